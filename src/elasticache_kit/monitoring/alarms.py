"""AWS's recommended CloudWatch alarms for a cache of any kind (serverless
cache, replication group with cluster mode disabled or enabled, Memcached
cluster; created or imported), per node where the metric is per node, with a
composite alarm per cache, in one jsii call.

Every alarm is decided here, in Python: its metric and dimensions (the ones
ElastiCache publishes for the kind: ``clusterId`` for serverless caches,
``CacheClusterId`` for each member of a replication group, ``CacheClusterId``
and ``CacheNodeId`` for each Memcached node), statistic, period, threshold
(:mod:`.thresholds`, with sources) and a name that says which node it watches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Final

from constructs import Construct

from .._internal.context import Site, provides
from .._internal.core_props import CoreAlarmSetProps, CoreAlarmSpec, CoreCompositeAlarmSpec, CoreMetricSpec
from .._internal.js import core, js_checks, js_get, plain
from .._internal.tokens import is_token
from ..node_types import NodeType, find_node_type
from .thresholds import ALARM_KEYS, SOURCES, AlarmThresholds, check_thresholds, cpu_rule

if TYPE_CHECKING:
    from aws_cdk import aws_cloudwatch as cloudwatch

    from ..serverless.settings import CacheUsageLimitsProperty

__all__ = ["RecommendedAlarms", "AlarmSpec", "CacheSubject", "describe_cache"]

#: Every alarm evaluates 1-minute datapoints (ElastiCache publishes every 60 s).
PERIOD: Final = 60
DEFAULT_PREFIX: Final = "ElastiCache "
_GREATER: Final = "GreaterThanThreshold"
_LESS: Final = "LessThanThreshold"
_MISSING: Final = "missing"
_NOT_BREACHING: Final = "notBreaching"


@dataclass(frozen=True)
class AlarmSpec:
    """One recommended alarm as decided in Python (what the template will hold)."""

    key: str
    """Which recommended alarm (a key of ``ALARM_KEYS``)."""
    node: str | None
    """The node it watches (member cluster id, ``CLUSTER/NODE`` for Memcached); None for a serverless cache."""
    alarm_name: str
    metric_names: tuple[str, ...]
    dimensions: dict[str, str]
    statistic: str
    threshold: float | None
    """The threshold; None when it is a share of a data storage limit (resolved at synth)."""
    comparison_operator: str
    evaluation_periods: int
    datapoints_to_alarm: int
    treat_missing_data: str
    description: str
    expression: str | None = None
    threshold_size: Any = None
    """A ``cdk.Size`` limit the threshold is a share of (serverless data storage)."""
    size_factor: float | None = None
    """The share of ``threshold_size`` (0..1)."""

    def render(self, construct_id: str) -> CoreAlarmSpec:
        """The plain object the JavaScript side builds the Alarm from."""
        if self.expression is None:
            metrics = [plain(CoreMetricSpec(metricName=self.metric_names[0], dimensions=self.dimensions,
                                            statistic=self.statistic, periodSeconds=PERIOD))]
        else:
            metrics = [plain(CoreMetricSpec(id=_metric_id(name), metricName=name, dimensions=self.dimensions,
                                            statistic=self.statistic, periodSeconds=PERIOD))
                       for name in self.metric_names]
        threshold = self.size_factor if self.threshold_size is not None else self.threshold
        assert threshold is not None, self.alarm_name  # one of the two is always decided
        return plain(CoreAlarmSpec(
            id=construct_id,
            alarmName=self.alarm_name,
            description=self.description,
            metrics=metrics,
            expression=self.expression,
            expressionLabel="Packets shaped by network allowances" if self.expression else None,
            periodSeconds=PERIOD,
            threshold=threshold,
            thresholdSize=self.threshold_size,
            comparisonOperator=self.comparison_operator,
            evaluationPeriods=self.evaluation_periods,
            datapointsToAlarm=self.datapoints_to_alarm,
            treatMissingData=self.treat_missing_data,
        ))


def _metric_id(metric_name: str) -> str:
    return {"NetworkBandwidthInAllowanceExceeded": "bwin", "NetworkBandwidthOutAllowanceExceeded": "bwout",
            "NetworkPacketsPerSecondAllowanceExceeded": "pps"}.get(metric_name, metric_name.lower())


NETWORK_ALLOWANCE_METRICS: Final = (
    "NetworkBandwidthInAllowanceExceeded",
    "NetworkBandwidthOutAllowanceExceeded",
    "NetworkPacketsPerSecondAllowanceExceeded",
)


@dataclass
class CacheSubject:
    """What the alarms and the dashboard need to know of a cache, read without jsii calls."""

    kind: str
    """``serverless``, ``replication_group`` or ``memcached``."""
    name: str
    """Serverless cache name, replication group id or Memcached cluster id."""
    nodes: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    """(label, dimensions) of every node; one entry (the cache) for a serverless cache."""
    node_type: NodeType | None = None
    memcached: bool = False
    replicas: bool = False
    cluster_mode: bool = False
    ecpu_maximum: int | None = None
    data_storage_maximum: Any = None


def _limits(site: Site, limits: CacheUsageLimitsProperty | None) -> tuple[int | None, Any]:
    if limits is None:
        return None, None
    from ..serverless.settings import CacheUsageLimitsProperty

    if not isinstance(limits, CacheUsageLimitsProperty):
        site.fail("cache_usage_limits", limits, "must be a CacheUsageLimits")
    ecpu = limits.request_rate_limit_maximum
    return (None if ecpu is None or is_token(ecpu) else int(ecpu)), limits.data_storage_maximum_size


def describe_cache(
    site: Site,
    cache: Any,
    *,
    cache_node_type: str | None = None,
    cache_usage_limits: CacheUsageLimitsProperty | None = None,
) -> CacheSubject:
    """The :class:`CacheSubject` of a created or imported cache of any kind."""
    if provides(cache, "serverless_cache_name"):
        if cache_node_type is not None:
            site.fail("cache_node_type", cache_node_type, "applies to node-based clusters, not serverless caches")
        name = cache.serverless_cache_name
        given = cache_usage_limits if cache_usage_limits is not None else getattr(cache, "cache_usage_limits", None)
        ecpu, storage = _limits(site, given)
        engine = cache.engine
        memcached = engine is not None and engine.engine_type == "memcached"
        return CacheSubject("serverless", name, [(name, {"clusterId": name})], memcached=memcached,
                            ecpu_maximum=ecpu, data_storage_maximum=storage)
    if cache_usage_limits is not None:
        site.fail("cache_usage_limits", cache_usage_limits, "applies to serverless caches only")
    if provides(cache, "replication_group_id", "member_cluster_ids"):
        members = cache.member_cluster_ids
        if not members:
            site.fail("cache", cache.replication_group_id,
                      "has unknown member cluster ids: import it with member_cluster_ids=[...] for its alarms")
        nodes = [(member, {"CacheClusterId": member}) for member in members]
        replicas = any(not member.endswith("-001") for member in members)
        node = _node_type(site, cache, cache_node_type)
        return CacheSubject("replication_group", cache.replication_group_id, nodes, node, False, replicas,
                            bool(cache.cluster_mode_enabled))
    if provides(cache, "cluster_id", "cache_node_ids"):
        ids = cache.cache_node_ids
        if not ids:
            site.fail("cache", cache.cluster_id, "has an unknown number of nodes: import it with num_cache_nodes for its alarms")
        cluster = cache.cluster_id
        nodes = [(f"{cluster}/{node}", {"CacheClusterId": cluster, "CacheNodeId": node}) for node in ids]
        return CacheSubject("memcached", cluster, nodes, _node_type(site, cache, cache_node_type), memcached=True)
    site.fail("cache", type(cache).__name__,
              "must be a ServerlessCache, ReplicationGroup, ClusterReplicationGroup or MemcachedCluster (created or imported)")


def _node_type(site: Site, cache: Any, given: str | None) -> NodeType | None:
    name = given if given is not None else getattr(cache, "cache_node_type", None)
    if name is None or is_token(name):
        return None
    found = find_node_type(name)
    if found is None and given is not None:
        site.fail("cache_node_type", given, "is not an ElastiCache node type (see elasticache_kit.node_types)")
    return found


def _fmt(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


class _Builder:
    """Collects the specs of one cache."""

    def __init__(self, subject: CacheSubject, thresholds: AlarmThresholds, exclude: frozenset[str], prefix: str) -> None:
        self.subject = subject
        self.thresholds = thresholds
        self.exclude = exclude
        self.prefix = prefix
        self.specs: list[AlarmSpec] = []

    def add(
        self, key: str, node: str | None, dimensions: dict[str, str], metric: str, statistic: str,
        threshold: float | None, what: str, reason: str, *, comparison: str = _GREATER, evaluation: int = 5,
        datapoints: int = 5, missing: str = _MISSING, expression: str | None = None,
        metrics: tuple[str, ...] | None = None, threshold_size: Any = None, size_factor: float | None = None,
    ) -> None:
        if key in self.exclude:
            return
        subject = node if node is not None else self.subject.name
        title = metric if expression is None else "NetworkAllowanceExceeded"
        sign = ">" if comparison == _GREATER else "<"
        shown = _fmt(threshold) if threshold is not None else "the share of the limit below"
        description = (
            f"{what} of {self.subject.kind.replace('_', ' ')} {self.subject.name}"
            f"{'' if node is None else ' node ' + node}: {statistic} {sign} {shown}"
            f" in {datapoints} of {evaluation} minutes ({reason}). Source: {SOURCES[key]}"
        )[:1024]
        self.specs.append(AlarmSpec(
            key, node, f"{self.prefix}{subject} {title}", metrics or (metric,), dimensions, statistic, threshold,
            comparison, evaluation, datapoints, missing, description, expression, threshold_size, size_factor,
        ))

    def node_alarms(self) -> None:
        subject, t = self.subject, self.thresholds
        node_type = subject.node_type
        cpu_key, cpu_threshold, cpu_reason = cpu_rule(node_type, subject.memcached, t)
        for label, dims in subject.nodes:
            if cpu_key == "cpu":
                self.add("cpu", label, dims, "CPUUtilization", "Average", cpu_threshold, "Host CPU", cpu_reason)
            else:
                self.add("engine_cpu", label, dims, "EngineCPUUtilization", "Average", cpu_threshold,
                         "Engine thread CPU", cpu_reason)
            if subject.memcached:
                self.add("freeable_memory", label, dims, "FreeableMemory", "Minimum", t.freeable_memory_bytes,
                         "Freeable memory", "below 100 MB means memory pressure (Which metrics)", comparison=_LESS)
                self.add("swap", label, dims, "SwapUsage", "Maximum", t.swap_usage_bytes, "Swap usage",
                         "Memcached should not swap more than 50 MB (Which metrics)")
            else:
                tiered = node_type is not None and node_type.data_tiering
                metric = "DatabaseCapacityUsagePercentage" if tiered else "DatabaseMemoryUsagePercentage"
                reason = ("data tiering: memory plus SSD in use" if tiered else "data memory in use of maxmemory") + \
                    " (ours; AWS: depends on your workload)"
                self.add("memory", label, dims, metric, "Average", t.memory_usage_percentage, "Memory use", reason)
            self.add("connections", label, dims, "CurrConnections", "Maximum", t.current_connections,
                     "Client connections", "90 % of the 65,000 connections a node takes (ours)",
                     evaluation=10, datapoints=10)
            self.add("evictions", label, dims, "Evictions", "Sum", t.evictions_per_minute, "Evictions",
                     "keys evicted for memory each minute (ours; AWS: determine your own)", missing=_NOT_BREACHING)
            self.add("network_allowance", label, dims, NETWORK_ALLOWANCE_METRICS[0], "Sum",
                     t.network_allowance_exceeded, "Network allowance exceeded",
                     "packets queued or dropped because the node's bandwidth or PPS allowance ran out",
                     expression="FILL(bwin, 0) + FILL(bwout, 0) + FILL(pps, 0)", metrics=NETWORK_ALLOWANCE_METRICS,
                     missing=_NOT_BREACHING)
            if subject.replicas:
                self.add("replication_lag", label, dims, "ReplicationLag", "Maximum", t.replication_lag_seconds,
                         "Replication lag", "seconds a replica is behind; published by whichever member is a "
                         "replica now, so every member has the alarm (follows failovers)",
                         evaluation=15, datapoints=15, missing=_NOT_BREACHING)

    def serverless_alarms(self) -> None:
        subject, t = self.subject, self.thresholds
        ((_, dims),) = subject.nodes
        self.add("connections", None, dims, "CurrConnections", "Maximum", t.current_connections,
                 "Client connections", "90 % of the 65,000 connections a serverless cache takes (ours)",
                 evaluation=10, datapoints=10)
        self.add("throttled_commands", None, dims, "ThrottledCmds", "Sum", t.throttled_commands,
                 "Throttled commands", "requests ElastiCache throttled (scaling slower than the workload, or a limit)",
                 evaluation=5, datapoints=3, missing=_NOT_BREACHING)
        self.add("read_latency", None, dims, "SuccessfulReadRequestLatency", "p99", t.read_latency_microseconds,
                 "Read latency", "p99 in microseconds (ours)", missing=_NOT_BREACHING)
        self.add("write_latency", None, dims, "SuccessfulWriteRequestLatency", "p99", t.write_latency_microseconds,
                 "Write latency", "p99 in microseconds (ours)", missing=_NOT_BREACHING)
        if subject.ecpu_maximum is not None:
            percent = t.ecpu_percent_of_limit
            threshold = percent / 100 * subject.ecpu_maximum * PERIOD
            self.add("ecpu", None, dims, "ElastiCacheProcessingUnits", "Sum", threshold, "ECPUs consumed",
                     f"{_fmt(percent)} % of request_rate_limit_maximum ({subject.ecpu_maximum:,}/s x {PERIOD} s)")
        if subject.data_storage_maximum is not None:
            percent = t.data_storage_percent_of_limit
            self.add("data_storage", None, dims, "BytesUsedForCache", "Maximum", None, "Data stored",
                     f"{_fmt(percent)} % of data_storage_maximum_size (GB = 10^9 bytes)",
                     threshold_size=subject.data_storage_maximum, size_factor=percent / 100)

    def render(self) -> list[CoreAlarmSpec]:
        return [spec.render(f"{spec.node or ''}{spec.alarm_name.rsplit(' ', 1)[-1]}".replace("/", "-"))
                for spec in self.specs]


def _check_actions(site: Site, prop: str, actions: Sequence[Any] | None) -> list[Any] | None:
    if actions is None:
        return None
    if isinstance(actions, (str, bytes)) or not isinstance(actions, Sequence):
        site.fail(prop, actions, "must be a list of sns.ITopic or cloudwatch.IAlarmAction")
    for action in actions:
        if not (provides(action, "topic_arn") or provides(action, "bind")):
            site.fail(prop, type(action).__name__, "must hold sns.ITopic or cloudwatch.IAlarmAction objects")
    return list(actions) or None


class RecommendedAlarms(core.CoreAlarmSet):
    """AWS's recommended CloudWatch alarms for one cache, per node where the
    metric is per node, plus a composite alarm ("this cache is unhealthy").

    Works on every kind this library creates or imports: ``ServerlessCache``
    (``clusterId`` dimension), ``ReplicationGroup`` and
    ``ClusterReplicationGroup`` (each member cluster: ``ID-001``...,
    ``ID-0001-001``...), ``MemcachedCluster`` (each node).  The alarms are made
    in one jsii call; ``specs`` lists what was decided, with thresholds.

    The common case is one line on the cache: ``cache.add_recommended_alarms(actions=[topic])``.

    Example::

        from aws_cdk import aws_sns as sns

        cache = elasticache.ServerlessCache(self, "Sessions", vpc=vpc)
        elasticache.RecommendedAlarms(self, "SessionAlarms", cache=cache, actions=[sns.Topic(self, "OnCall")],
                                      thresholds=elasticache.AlarmThresholds(read_latency_microseconds=2_000),
                                      exclude=["write_latency"])
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cache: Any,
        actions: Sequence[Any] | None = None,
        ok_actions: Sequence[Any] | None = None,
        thresholds: AlarmThresholds | None = None,
        exclude: Sequence[str] = (),
        composite: bool = True,
        composite_actions: Sequence[Any] | None = None,
        cache_node_type: str | None = None,
        cache_usage_limits: CacheUsageLimitsProperty | None = None,
        alarm_name_prefix: str = DEFAULT_PREFIX,
    ) -> None:
        """
        :param cache: the cache (any kind, created or imported).
        :param actions: SNS topics or ``cloudwatch.IAlarmAction`` notified when
            an alarm goes to ALARM. Default: none.
        :param ok_actions: notified when an alarm returns to OK. Default: ``actions``.
        :param thresholds: overrides of the thresholds. Default: :class:`AlarmThresholds` ().
        :param exclude: keys of alarms to leave out (``"evictions"``...; see
            ``ALARM_KEYS``). Default: none.
        :param composite: add the composite alarm that is in ALARM when any
            alarm is. Default: True.
        :param composite_actions: notified when the composite alarm goes to
            ALARM and back to OK (page on this one). Default: none.
        :param cache_node_type: the node type of an imported node-based cache
            (picks the CPU metric and threshold). Default: the created cache's;
            unknown for imports (``EngineCPUUtilization`` at 90 %).
        :param cache_usage_limits: the limits of an imported serverless cache.
            Default: the created cache's; none for imports.
        :param alarm_name_prefix: start of every alarm name. Default: ``"ElastiCache "``.
        """
        site = Site(scope, id)
        checked = check_thresholds(site, thresholds)
        if isinstance(exclude, str) or not isinstance(exclude, Sequence):
            site.fail("exclude", exclude, "must be a list of alarm keys")
        unknown = sorted(set(exclude) - set(ALARM_KEYS))
        if unknown:
            site.fail("exclude", unknown[0], f"is not an alarm key: one of {', '.join(ALARM_KEYS)}")
        if not isinstance(alarm_name_prefix, str) or len(alarm_name_prefix) > 100:
            site.fail("alarm_name_prefix", alarm_name_prefix, "must be a string of at most 100 characters")
        if not isinstance(composite, bool):
            site.fail("composite", composite, "must be True or False")
        subject = describe_cache(site, cache, cache_node_type=cache_node_type, cache_usage_limits=cache_usage_limits)
        alarm_actions = _check_actions(site, "actions", actions)
        okays = _check_actions(site, "ok_actions", ok_actions) if ok_actions is not None else alarm_actions
        paging = _check_actions(site, "composite_actions", composite_actions)
        builder = _Builder(subject, checked, frozenset(exclude), alarm_name_prefix)
        if subject.kind == "serverless":
            builder.serverless_alarms()
        else:
            builder.node_alarms()
        self.subject = subject
        """What the alarms were decided from."""
        self.specs: list[AlarmSpec] = builder.specs
        """Every alarm as decided (key, node, metric, threshold...), in creation order."""
        self.thresholds = checked
        """The thresholds used."""
        props = plain(CoreAlarmSetProps(
            alarms=builder.render(),
            actions=alarm_actions,
            okActions=okays,
            composite=plain(CoreCompositeAlarmSpec(
                alarmName=f"{alarm_name_prefix}{subject.name} unhealthy",
                description=f"ElastiCache {subject.kind.replace('_', ' ')} {subject.name} is unhealthy: "
                            f"one of its {len(builder.specs)} recommended alarms is in ALARM",
                actions=paging,
                okActions=paging,
            )) if composite else None,
        ))
        with js_checks(site):
            core.CoreAlarmSet.__init__(self, scope, id, props)
        sets = cache.__dict__.setdefault("_recommended_alarm_sets", [])
        sets.append(self)

    @cached_property
    def alarms(self) -> list[cloudwatch.Alarm]:
        """The alarms (one jsii read, then cached), in the order of ``specs``."""
        return list(js_get(self, "alarms"))

    @cached_property
    def composite_alarm(self) -> cloudwatch.CompositeAlarm | None:
        """The composite alarm, if any (one jsii read, then cached)."""
        return js_get(self, "compositeAlarm")  # type: ignore[no-any-return]

    @property
    def all_alarms(self) -> list[cloudwatch.IAlarm]:
        """The alarms and, last, the composite alarm."""
        composite = self.composite_alarm
        return [*self.alarms, *([composite] if composite is not None else [])]
