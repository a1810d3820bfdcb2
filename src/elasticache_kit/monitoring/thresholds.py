"""The thresholds of the recommended alarms, where each number comes from, and
the node-type rule that picks the CPU metric.

Sources (read 2026-12-05):

* CloudWatch user guide, "Recommended alarms", section Amazon ElastiCache
  (the metrics AWS recommends alarming on: CPUUtilization, CurrConnections,
  DatabaseMemoryUsagePercentage, EngineCPUUtilization, ReplicationLag; 1-minute
  periods, M-of-N datapoints):
  https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html
* ElastiCache user guide, "Which metrics should I monitor?" (CPUUtilization at
  90 % divided by the vCPUs on nodes with 2 vCPUs or fewer, EngineCPUUtilization
  on 4 vCPUs or more, Memcached's CPU up to 90 %, SwapUsage below 50 MB and
  FreeableMemory above 100 MB for Memcached, Evictions and CurrConnections
  "determine your own"):
  https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.WhichShouldIMonitor.html
* ElastiCache user guide, "Host-level metrics" (CPUUtilization, FreeableMemory,
  SwapUsage, the Network*AllowanceExceeded counters) and "Metrics for Valkey and
  Redis OSS" (EngineCPUUtilization, DatabaseMemoryUsagePercentage,
  DatabaseCapacityUsagePercentage on data-tiering nodes, ReplicationLag):
  https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.HostLevel.html
  https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.Redis.html
* ElastiCache user guide, "Serverless metrics and events" (dimension
  ``clusterId``; ElastiCacheProcessingUnits, BytesUsedForCache, ThrottledCmds,
  SuccessfulRead/WriteRequestLatency in microseconds, CurrConnections):
  https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/serverless-metrics-events-redis.html
* ElastiCache quotas (65,000 connections per serverless cache; ``maxclients``
  65,000 on Valkey and Redis OSS nodes, ``max_simultaneous_connections`` on
  Memcached): https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/quota-limits.html

Where AWS says "depends on your situation" or "determine your own", the
default below is ours and says so; every one can be overridden.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Final

from .._internal.context import Site
from ..node_types import NodeType

__all__ = ["AlarmThresholds", "SOURCES", "ALARM_KEYS", "cpu_rule", "check_thresholds"]

RECOMMENDED_ALARMS_URL: Final = (
    "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html"
)
WHICH_METRICS_URL: Final = "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.WhichShouldIMonitor.html"
HOST_METRICS_URL: Final = "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.HostLevel.html"
ENGINE_METRICS_URL: Final = "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.Redis.html"
MEMCACHED_METRICS_URL: Final = "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.Memcached.html"
SERVERLESS_METRICS_URL: Final = "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/serverless-metrics-events-redis.html"
QUOTAS_URL: Final = "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/quota-limits.html"

#: The connection limit of a node (``maxclients``) and of a serverless cache (quotas page).
MAX_CONNECTIONS: Final = 65_000
MIB: Final = 1024 * 1024


@dataclass(frozen=True, kw_only=True)
class AlarmThresholds:
    """The thresholds of :class:`RecommendedAlarms`; every one overridable.

    ``cpu_utilization`` None means derived from the node type (90 % divided
    by the vCPUs for Valkey and Redis OSS, 90 % for Memcached).
    """

    cpu_utilization: float | None = None
    """``CPUUtilization`` percent (Average, 1 min, 5 of 5). Default: 90/vCPUs; Memcached 90."""
    engine_cpu_utilization: float = 90
    """``EngineCPUUtilization`` percent on 4+ vCPU nodes (Average, 1 min, 5 of 5). Default: 90."""
    memory_usage_percentage: float = 80
    """``DatabaseMemoryUsagePercentage`` (``DatabaseCapacityUsagePercentage`` on
    data-tiering nodes) percent (Average, 1 min, 5 of 5). Default: 80, ours: AWS leaves it to you."""
    freeable_memory_bytes: float = 100 * MIB
    """Memcached ``FreeableMemory`` below this (Minimum, 1 min, 5 of 5). Default: 100 MB, "Which metrics"."""
    swap_usage_bytes: float = 50 * MIB
    """Memcached ``SwapUsage`` above this (Maximum, 1 min, 5 of 5). Default: 50 MB, "Which metrics"."""
    current_connections: float = 0.9 * MAX_CONNECTIONS
    """``CurrConnections`` (Maximum, 1 min, 10 of 10). Default: 58,500: 90 % of the 65,000 limit, ours."""
    replication_lag_seconds: float = 30
    """``ReplicationLag`` seconds on every member (Maximum, 1 min, 15 of 15). Default: 30, ours."""
    evictions_per_minute: float = 1000
    """``Evictions`` a minute (Sum, 1 min, 5 of 5). Default: 1,000, ours: AWS says "determine your own"."""
    network_allowance_exceeded: float = 0
    """Packets shaped by the node's network allowances a minute (Sum of the four
    ``Network*AllowanceExceeded`` counters, 1 min, 5 of 5). Default: 0: sustained shaping, ours."""
    ecpu_percent_of_limit: float = 80
    """``ElastiCacheProcessingUnits`` as percent of ``request_rate_limit_maximum`` (Sum, 1 min, 5 of 5). Default: 80, ours."""
    data_storage_percent_of_limit: float = 80
    """``BytesUsedForCache`` as percent of ``data_storage_maximum_size`` (Maximum, 1 min, 5 of 5). Default: 80, ours."""
    throttled_commands: float = 0
    """``ThrottledCmds`` a minute (Sum, 1 min, 3 of 5). Default: 0: throttled requests fail, ours."""
    read_latency_microseconds: float = 10_000
    """``SuccessfulReadRequestLatency`` p99, microseconds (1 min, 5 of 5). Default: 10 ms, ours."""
    write_latency_microseconds: float = 10_000
    """``SuccessfulWriteRequestLatency`` p99, microseconds (1 min, 5 of 5). Default: 10 ms, ours."""


#: Every alarm's key (what ``exclude=`` takes), with the kinds of cache it applies to.
ALARM_KEYS: Final[dict[str, str]] = {
    "cpu": "node-based (CPUUtilization; Valkey/Redis OSS on nodes with 2 vCPUs or fewer, Memcached always)",
    "engine_cpu": "Valkey/Redis OSS nodes with 4 vCPUs or more, or of unknown type (EngineCPUUtilization)",
    "memory": "Valkey/Redis OSS nodes (DatabaseMemoryUsagePercentage / DatabaseCapacityUsagePercentage)",
    "freeable_memory": "Memcached nodes (FreeableMemory)",
    "swap": "Memcached nodes (SwapUsage)",
    "connections": "every kind (CurrConnections)",
    "replication_lag": "replication groups with replicas (ReplicationLag)",
    "evictions": "node-based (Evictions)",
    "network_allowance": "node-based (Network*AllowanceExceeded)",
    "ecpu": "serverless with request_rate_limit_maximum (ElastiCacheProcessingUnits)",
    "data_storage": "serverless with data_storage_maximum_size (BytesUsedForCache)",
    "throttled_commands": "serverless (ThrottledCmds)",
    "read_latency": "serverless (SuccessfulReadRequestLatency)",
    "write_latency": "serverless (SuccessfulWriteRequestLatency)",
}

#: Where each alarm's threshold comes from (README table; alarm descriptions).
SOURCES: Final[dict[str, str]] = {
    "cpu": WHICH_METRICS_URL,
    "engine_cpu": WHICH_METRICS_URL,
    "memory": RECOMMENDED_ALARMS_URL,
    "freeable_memory": WHICH_METRICS_URL,
    "swap": WHICH_METRICS_URL,
    "connections": QUOTAS_URL,
    "replication_lag": RECOMMENDED_ALARMS_URL,
    "evictions": WHICH_METRICS_URL,
    "network_allowance": HOST_METRICS_URL,
    "ecpu": SERVERLESS_METRICS_URL,
    "data_storage": SERVERLESS_METRICS_URL,
    "throttled_commands": SERVERLESS_METRICS_URL,
    "read_latency": SERVERLESS_METRICS_URL,
    "write_latency": SERVERLESS_METRICS_URL,
}

#: Valkey and Redis OSS run commands on one engine thread: on nodes with more
#: vCPUs than this, host CPU hides a saturated engine ("Which metrics").
SMALL_NODE_VCPUS: Final = 2


def cpu_rule(node: NodeType | None, memcached: bool, thresholds: AlarmThresholds) -> tuple[str, float, str]:
    """The CPU alarm of a node: (key, threshold percent, reason).

    Memcached is multi-threaded: ``CPUUtilization`` at 90 %.  Valkey and
    Redis OSS: on nodes with 2 vCPUs or fewer ``CPUUtilization`` at 90 % of
    one vCPU's share (90 / vCPUs); on larger nodes, and when the node type is
    unknown (imports), ``EngineCPUUtilization`` (the engine thread) at 90 %.
    """
    given = thresholds.cpu_utilization
    if memcached:
        return "cpu", 90.0 if given is None else float(given), "Memcached is multi-threaded: up to 90 % of the host"
    if node is not None and node.vcpus <= SMALL_NODE_VCPUS:
        share = round(90 / node.vcpus, 2)
        reason = f"{node.name} has {node.vcpus} vCPU(s): 90 % / {node.vcpus} = {share} % of the host"
        return "cpu", share if given is None else float(given), reason
    if node is None:
        reason = "node type unknown: the engine thread's own CPU"
    else:
        reason = f"{node.name} has {node.vcpus} vCPUs: the engine thread's own CPU"
    return "engine_cpu", float(thresholds.engine_cpu_utilization), reason


_PERCENTAGES: Final = frozenset({
    "cpu_utilization", "engine_cpu_utilization", "memory_usage_percentage",
    "ecpu_percent_of_limit", "data_storage_percent_of_limit",
})


def check_thresholds(site: Site, thresholds: AlarmThresholds | None) -> AlarmThresholds:
    """``thresholds`` (or the defaults) checked: numbers >= 0, percentages <= 100."""
    if thresholds is None:
        return AlarmThresholds()
    if not isinstance(thresholds, AlarmThresholds):
        site.fail("thresholds", thresholds, "must be an AlarmThresholds")
    for field in fields(thresholds):
        value = getattr(thresholds, field.name)
        if value is None and field.name == "cpu_utilization":
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            site.fail(f"thresholds.{field.name}", value, "must be a number >= 0")
        if field.name in _PERCENTAGES and value > 100:
            site.fail(f"thresholds.{field.name}", value, "is a percentage: 0..100")
    return thresholds
