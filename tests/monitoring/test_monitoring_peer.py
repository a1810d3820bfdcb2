"""Side by side with cdk-monitoring-constructs (installed only into
bench/.monitoring by ``make bench/.monitoring/.installed``, never a
dependency; these tests skip without it): for the same cluster-mode group and
serverless cache, which alarms each produces, on which dimensions, and
whether ElastiCache publishes those metrics (the table of test_monitoring)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import aws_cdk as cdk
import pytest

import elasticache_kit as elasticache

from ..conftest import imported_vpc, new_stack, resources, synth
from ..support.lint import lint_errors
from .test_monitoring import ALARM, PUBLISHED, _metrics_of_alarm

PEER = Path(__file__).resolve().parents[2] / "bench" / ".monitoring"


@pytest.fixture(scope="module")
def cmc() -> ModuleType:
    """cdk-monitoring-constructs from bench/.monitoring."""
    if not (PEER / "cdk_monitoring_constructs").is_dir():
        pytest.skip("cdk-monitoring-constructs is not installed in bench/.monitoring (make bench/.monitoring/.installed)")
    sys.path.insert(0, str(PEER))
    try:
        import cdk_monitoring_constructs as module  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(PEER))
    return module


def _caches(stack: cdk.Stack) -> tuple[Any, Any]:
    vpc = imported_vpc(stack)
    group = elasticache.ClusterReplicationGroup(stack, "Orders", vpc=vpc, replication_group_id="orders",
                                                num_node_groups=3, replicas_per_node_group=1,
                                                cache_node_type="cache.r7g.xlarge")
    cache = elasticache.ServerlessCache(stack, "Carts", vpc=vpc, serverless_cache_name="carts",
                                        cache_usage_limits=elasticache.CacheUsageLimits(
                                            data_storage_maximum_size=cdk.Size.gibibytes(10),
                                            request_rate_limit_maximum=5000))
    return group, cache


def _peer_alarms(cmc: ModuleType) -> tuple[list[tuple[str, dict[str, str]]], int]:
    """Every alarm cdk-monitoring-constructs offers for the two caches, all switched on."""
    stack = new_stack()
    group, cache = _caches(stack)
    facade = cmc.MonitoringFacade(stack, "Monitoring", alarm_factory_defaults=cmc.AlarmFactoryDefaults(
        actions_enabled=True, alarm_name_prefix="Peer"))
    # its node-based monitoring takes one cluster id: a replication group's id is what users pass
    facade.monitor_elasti_cache_cluster(
        cluster_id=group.replication_group_id, cluster_type=cmc.ElastiCacheClusterType.REDIS,
        add_cpu_usage_alarm={"Warning": cmc.UsageThreshold(max_usage_percent=90)},
        add_redis_engine_cpu_usage_alarm={"Warning": cmc.UsageThreshold(max_usage_percent=90)},
        add_max_evicted_items_count_alarm={"Warning": cmc.MaxItemsCountThreshold(max_items_count=1000)},
        add_max_items_count_alarm={"Warning": cmc.MaxItemsCountThreshold(max_items_count=10_000_000)},
        add_max_used_swap_memory_alarm={"Warning": cmc.MaxUsedSwapMemoryThreshold(
            max_used_swap_memory_in_bytes=50 * 2**20)},
        add_min_freeable_memory_alarm={"Warning": cmc.MinFreeableMemoryThreshold(
            min_freeable_memory_in_bytes=100 * 2**20)},
    )
    latency = {"Warning": cmc.LatencyThreshold(max_latency=cdk.Duration.millis(10))}
    facade.monitor_serverless_elasti_cache(
        cluster_id=cache.serverless_cache_name,
        add_average_successful_read_request_latency_alarm=latency,
        add_average_successful_write_request_latency_alarm=latency,
        add_tm99_successful_read_request_latency_alarm=latency,
        add_tm99_successful_write_request_latency_alarm=latency,
        add_throttle_rate_alarm={"Warning": cmc.MaxThrottleRateThreshold(max_throttle_rate_percent=1)},
        add_hit_rate_alarm={"Warning": cmc.MinHitRateThreshold(min_hit_rate_percent=80)},
    )
    template = synth(stack)
    assert lint_errors(template) == []
    return [(name, dims) for props in (r["Properties"] for r in resources(template, ALARM).values())
            for _, name, _, dims in _metrics_of_alarm(props)], len(resources(template, ALARM))


def _our_alarms() -> tuple[list[tuple[str, dict[str, str]]], int]:
    stack = new_stack()
    group, cache = _caches(stack)
    group.add_recommended_alarms()
    cache.add_recommended_alarms()
    template = synth(stack)
    return [(name, dims) for props in (r["Properties"] for r in resources(template, ALARM).values())
            for _, name, _, dims in _metrics_of_alarm(props)], len(resources(template, ALARM))


def _kind(dims: dict[str, str]) -> str:
    return "serverless" if "clusterId" in dims or dims.get("CacheClusterId") == "carts" else "replication_group"


def _has_data(name: str, dims: dict[str, str]) -> bool:
    """Whether ElastiCache publishes ``name`` with these dimensions for the cache named in them."""
    kind = _kind(dims)
    names, dimension_sets = PUBLISHED[kind]
    if name not in names or frozenset(dims) not in dimension_sets:
        return False
    # a replication group's metrics are published per member cluster, never under the group's id
    return kind == "serverless" or dims["CacheClusterId"] != "orders"


def test_side_by_side(cmc: ModuleType) -> None:
    peer, peer_count = _peer_alarms(cmc)
    ours, count = _our_alarms()
    peer_group = [(n, d) for n, d in peer if _kind(d) == "replication_group"]
    peer_serverless = [(n, d) for n, d in peer if _kind(d) == "serverless"]
    # cdk-monitoring-constructs: one alarm per option, on the cluster id it was given
    assert sorted(n for n, _ in peer_group) == [
        "CPUUtilization", "CurrItems", "EngineCPUUtilization", "Evictions",
        "FreeableMemory", "SwapUsage"]
    assert {d["CacheClusterId"] for _, d in peer_group} == {"orders"}
    # ... which ElastiCache never publishes metrics under: every one of them stays without data
    assert [n for n, d in peer_group if _has_data(n, d)] == []
    # its serverless alarms use clusterId (the 2026-08 fix; before it, CacheClusterId: never any data)
    assert {frozenset(d) for _, d in peer_serverless} <= {frozenset({"clusterId"})}
    assert sorted({n for n, _ in peer_serverless}) == [
        "CacheHitRate", "SuccessfulReadRequestLatency", "SuccessfulWriteRequestLatency", "ThrottledCmds",
        "TotalCmdsCount"]
    # ours: per member cluster (6 nodes x 6 alarms) and 6 for the serverless cache, every metric with data
    assert count == 36 + 6 and peer_count == 6 + 6
    assert {d["CacheClusterId"] for _, d in ours if _kind(d) == "replication_group"} == set(
        ["orders-0001-001", "orders-0001-002", "orders-0002-001", "orders-0002-002", "orders-0003-001",
         "orders-0003-002"])
    assert all(_has_data(n, d) for n, d in ours)
    ours_names = {n for n, _ in ours}
    assert {"ReplicationLag", "DatabaseMemoryUsagePercentage", "CurrConnections", "ElastiCacheProcessingUnits",
            "BytesUsedForCache", "NetworkBandwidthInAllowanceExceeded"} <= ours_names
    assert not {n for n, _ in peer} & {"ReplicationLag", "DatabaseMemoryUsagePercentage", "ElastiCacheProcessingUnits",
                                      "BytesUsedForCache", "NetworkBandwidthInAllowanceExceeded"}
