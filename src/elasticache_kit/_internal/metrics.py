"""ElastiCache CloudWatch metrics, made one way for every construct: with only
the defaults, one jsii call with plain arguments (no ``MetricProps`` struct or
``Duration`` built on the Python side); with options, ``cloudwatch.Metric``."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .js import core
from .lazy import LazyModule

if TYPE_CHECKING:
    import aws_cdk as cdk
    from aws_cdk import aws_cloudwatch as cloudwatch
else:
    cdk = LazyModule("aws_cdk")
    cloudwatch = LazyModule("aws_cdk.aws_cloudwatch")

__all__ = ["METRIC_NAMESPACE", "METRIC_PERIOD_SECONDS", "elasticache_metric"]

METRIC_NAMESPACE = "AWS/ElastiCache"
#: The period of the metrics unless ``period`` is given: 5 minutes.
METRIC_PERIOD_SECONDS = 300


@lru_cache(maxsize=1)
def _five_minutes() -> cdk.Duration:
    return cdk.Duration.seconds(METRIC_PERIOD_SECONDS)


def elasticache_metric(
    metric_name: str, dimensions: Mapping[str, str], statistic: str, props: Mapping[str, Any]
) -> cloudwatch.Metric:
    """The ``AWS/ElastiCache`` metric ``metric_name`` of ``dimensions``, ``statistic``
    over 5 minutes unless ``props`` (any ``cloudwatch.MetricOptions``) say otherwise."""
    if not props and len(dimensions) == 1:
        ((name, value),) = dimensions.items()
        return core.CoreMetrics.metric(METRIC_NAMESPACE, metric_name, name, value, statistic, METRIC_PERIOD_SECONDS)
    options: dict[str, Any] = {
        "namespace": METRIC_NAMESPACE,
        "metric_name": metric_name,
        "dimensions_map": dict(dimensions),
        "period": _five_minutes(),
        "statistic": statistic,
    }
    options.update(props)
    return cloudwatch.Metric(**options)
