"""``CacheDashboard``: a CloudWatch dashboard of one or several caches, the
metrics that matter for each kind and the state of their alarms, in one jsii call."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

from constructs import Construct

from .._internal.context import Site, provides
from .._internal.core_props import CoreCacheDashboardProps, CoreMetricSpec, CoreWidgetSpec
from .._internal.js import core, js_checks, plain
from .alarms import CacheSubject, describe_cache
from .thresholds import AlarmThresholds, cpu_rule

if TYPE_CHECKING:
    from aws_cdk import aws_cloudwatch as cloudwatch

__all__ = ["CacheDashboard", "dashboard_rows"]

#: Datapoints of the graphs: one a minute, as ElastiCache publishes them.
PERIOD: Final = 60
GRID: Final = 24
GRAPH_HEIGHT: Final = 6
_DASHBOARD_NAME = re.compile(r"[A-Za-z0-9_-]{1,255}\Z")


def _metric(name: str, dims: dict[str, str], statistic: str, label: str | None = None) -> CoreMetricSpec:
    return plain(CoreMetricSpec(metricName=name, dimensions=dims, statistic=statistic, periodSeconds=PERIOD, label=label))


def _per_node(subject: CacheSubject, name: str, statistic: str) -> list[CoreMetricSpec]:
    return [_metric(name, dims, statistic, label) for label, dims in subject.nodes]


def _graph(title: str, left: list[CoreMetricSpec], right: list[CoreMetricSpec] | None = None,
           left_label: str | None = None, right_label: str | None = None) -> CoreWidgetSpec:
    """A graph a whole row wide (:func:`_sized` shares the row among its graphs)."""
    return plain(CoreWidgetSpec(type="graph", title=title, width=GRID, height=GRAPH_HEIGHT, left=left,
                                right=right or None, leftLabel=left_label, rightLabel=right_label))


def _rows_of(subject: CacheSubject) -> list[list[CoreWidgetSpec]]:
    if subject.kind == "serverless":
        ((_, dims),) = subject.nodes
        return [
            [_graph("ECPUs consumed", [_metric("ElastiCacheProcessingUnits", dims, "Sum")], left_label="ECPUs/min"),
             _graph("Data stored", [_metric("BytesUsedForCache", dims, "Maximum")], left_label="bytes"),
             _graph("Latency p99 (µs)", [_metric("SuccessfulReadRequestLatency", dims, "p99", "read p99"),
                                        _metric("SuccessfulWriteRequestLatency", dims, "p99", "write p99")]),
             _graph("Connections", [_metric("CurrConnections", dims, "Maximum")])],
            [_graph("Commands", [_metric("TotalCmdsCount", dims, "Sum")], [_metric("ThrottledCmds", dims, "Sum")],
                    left_label="commands/min", right_label="throttled/min"),
             _graph("Cache hit rate", [_metric("CacheHitRate", dims, "Average")], left_label="%"),
             _graph("Network", [_metric("NetworkBytesIn", dims, "Sum", "in"),
                                _metric("NetworkBytesOut", dims, "Sum", "out")], left_label="bytes/min"),
             _graph("Evictions", [_metric("Evictions", dims, "Sum")])],
        ]
    key, threshold, _ = cpu_rule(subject.node_type, subject.memcached, AlarmThresholds())
    cpu_metric = "CPUUtilization" if key == "cpu" else "EngineCPUUtilization"
    cpu = _graph(f"{cpu_metric} (alarm at {threshold:g} %)", _per_node(subject, cpu_metric, "Average"), left_label="%")
    connections = _graph("Connections", _per_node(subject, "CurrConnections", "Maximum"))
    evictions = _graph("Evictions", _per_node(subject, "Evictions", "Sum"), left_label="keys/min")
    network = [_graph("Network in", _per_node(subject, "NetworkBytesIn", "Sum"), left_label="bytes/min"),
               _graph("Network out", _per_node(subject, "NetworkBytesOut", "Sum"), left_label="bytes/min")]
    if subject.memcached:
        memory = _graph("Freeable memory and swap", _per_node(subject, "FreeableMemory", "Minimum"),
                        _per_node(subject, "SwapUsage", "Maximum"), "freeable bytes", "swap bytes")
        hits = _graph("Get hits and misses", _per_node(subject, "GetHits", "Sum"), _per_node(subject, "GetMisses", "Sum"),
                      "hits/min", "misses/min")
        return [[cpu, memory, connections, evictions], [*network, hits]]
    tiered = subject.node_type is not None and subject.node_type.data_tiering
    memory_metric = "DatabaseCapacityUsagePercentage" if tiered else "DatabaseMemoryUsagePercentage"
    memory = _graph("Memory used", _per_node(subject, memory_metric, "Average"), left_label="%")
    second = [*network, _graph("Cache hit rate", _per_node(subject, "CacheHitRate", "Average"), left_label="%")]
    if subject.replicas:
        second.append(_graph("Replication lag", _per_node(subject, "ReplicationLag", "Maximum"), left_label="seconds"))
    return [[cpu, memory, connections, evictions], second]


def _sized(row: list[CoreWidgetSpec]) -> list[CoreWidgetSpec]:
    width = GRID // len(row)
    sized = []
    for widget in row:
        widget = widget.copy()
        widget["width"] = width
        widget["height"] = GRAPH_HEIGHT
        sized.append(widget)
    return sized


def dashboard_rows(
    subjects: Sequence[tuple[CacheSubject, list[Any]]],
) -> list[list[CoreWidgetSpec]]:
    """The widget rows of a dashboard of ``subjects`` (each with the alarms to show)."""
    rows: list[list[CoreWidgetSpec]] = []
    for subject, alarms in subjects:
        kind = {"serverless": "Serverless cache", "replication_group": "Replication group",
                "memcached": "Memcached cluster"}[subject.kind]
        detail = "" if subject.kind == "serverless" else f" · {len(subject.nodes)} node(s)"
        if subject.node_type is not None:
            detail += f" · {subject.node_type.name} ({subject.node_type.vcpus} vCPUs, {subject.node_type.memory_gib:g} GiB)"
        rows.append([plain(CoreWidgetSpec(type="text", markdown=f"### {kind} `{subject.name}`{detail}", width=GRID, height=1))])
        rows.extend(_sized(row) for row in _rows_of(subject))
        if alarms:
            height = min(2 + (len(alarms) + 3) // 4, 20)
            rows.append([plain(CoreWidgetSpec(type="alarms", title=f"Alarms of {subject.name}", alarms=alarms,
                                              width=GRID, height=height))])
    return rows


class CacheDashboard(core.CoreCacheDashboard):
    """A CloudWatch dashboard of one or several caches (any kind, created or
    imported): per cache a header, the metrics that matter for its kind (per
    node for node-based clusters) and the state of its recommended alarms.

    It is a ``cloudwatch.Dashboard``: ``add_widgets`` adds your own.

    Example::

        sessions = elasticache.ServerlessCache(self, "Sessions", vpc=vpc)
        orders = elasticache.ReplicationGroup(self, "Orders", vpc=vpc, num_cache_clusters=2)
        elasticache.CacheDashboard(self, "Caches", caches=[sessions, orders])
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        caches: Sequence[Any],
        dashboard_name: str | None = None,
        alarms: Sequence[cloudwatch.IAlarm] | None = None,
    ) -> None:
        """
        :param caches: the caches to show, in order.
        :param dashboard_name: 1-255 letters, digits, ``-`` and ``_``. Default: generated by CloudFormation.
        :param alarms: more alarms to show in an alarm status widget at the end.
            Default: none (each cache's recommended alarms are shown with it).
        """
        site = Site(scope, id)
        if isinstance(caches, (str, bytes)) or not isinstance(caches, Sequence) or not caches:
            site.fail("caches", caches, "must be a non-empty list of caches")
        if dashboard_name is not None and (not isinstance(dashboard_name, str) or not _DASHBOARD_NAME.match(dashboard_name)):
            site.fail("dashboard_name", dashboard_name, "must be 1-255 letters, digits, '-' and '_'")
        if alarms is not None:
            for alarm in alarms:
                if not provides(alarm, "alarm_arn"):
                    site.fail("alarms", type(alarm).__name__, "must hold cloudwatch.IAlarm objects")
        subjects = []
        for cache in caches:
            subject = describe_cache(site, cache)
            sets = getattr(cache, "__dict__", {}).get("_recommended_alarm_sets", [])
            subject_alarms = [alarm for alarm_set in sets for alarm in alarm_set.all_alarms]
            subjects.append((subject, subject_alarms))
        rows = dashboard_rows(subjects)
        if alarms:
            rows.append([plain(CoreWidgetSpec(type="alarms", title="Alarms", alarms=list(alarms), width=GRID,
                                              height=min(2 + (len(alarms) + 3) // 4, 20)))])
        self.caches = list(caches)
        """The caches shown."""
        with js_checks(site):
            core.CoreCacheDashboard.__init__(self, scope, id, plain(CoreCacheDashboardProps(dashboardName=dashboard_name,
                                                                                            rows=rows)))
