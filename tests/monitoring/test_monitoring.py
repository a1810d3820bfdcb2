"""Recommended alarms and dashboards: every metric and dimension set is one
ElastiCache publishes for the kind of cache, thresholds per node type, alarm
counts per shape, actions, validation, cfn-lint, every cdk-nag pack, snapshots."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import aws_cdk as cdk
import pytest
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_cloudwatch_actions as cw_actions
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sns as sns

import elasticache_kit as elasticache
from elasticache_kit import AlarmThresholds, ValidationError
from elasticache_kit.monitoring.thresholds import ALARM_KEYS, SOURCES
from elasticache_kit.node_types import NODE_TYPES, node_type

from ..conftest import imported_vpc, new_stack, resources, synth
from ..support.lint import lint_errors
from ..support.nag import findings

ALARM = "AWS::CloudWatch::Alarm"
COMPOSITE = "AWS::CloudWatch::CompositeAlarm"

# ------------------------------------------------------------------ what ElastiCache publishes
# Metric names and dimension sets per kind of cache, from the CloudWatch metrics documentation
# (read 2026-12-05):
#   host-level:  https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.HostLevel.html
#   Valkey/Redis OSS: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.Redis.html
#   Memcached:   https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.Memcached.html
#   serverless:  https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/serverless-metrics-events-redis.html
#                https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/serverless-metrics-events.memcached.html
#   dimensions:  https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CloudWatchMetrics.html
# Node-based metrics are published per node: CacheClusterId with CacheNodeId, and aggregated
# under CacheClusterId (a replication group's member cluster has one node). Serverless caches
# publish under clusterId (the cache's name), never CacheClusterId.
NODE_DIMENSIONS = {frozenset({"CacheClusterId"}), frozenset({"CacheClusterId", "CacheNodeId"})}
SERVERLESS_DIMENSIONS = {frozenset({"clusterId"})}
HOST_LEVEL = {
    "CPUUtilization", "CPUCreditBalance", "CPUCreditUsage", "FreeableMemory", "SwapUsage", "NetworkBytesIn",
    "NetworkBytesOut", "NetworkPacketsIn", "NetworkPacketsOut", "NetworkBandwidthInAllowanceExceeded",
    "NetworkBandwidthOutAllowanceExceeded", "NetworkConntrackAllowanceExceeded",
    "NetworkPacketsPerSecondAllowanceExceeded", "NetworkMaxBytesIn", "NetworkMaxBytesOut",
}
VALKEY_REDIS = {
    "EngineCPUUtilization", "DatabaseMemoryUsagePercentage", "DatabaseCapacityUsagePercentage", "CurrConnections",
    "NewConnections", "Evictions", "ReplicationLag", "CacheHitRate", "CacheHits", "CacheMisses", "CurrItems",
    "BytesUsedForCache", "IsPrimary", "MasterLinkHealthStatus",
}
MEMCACHED = {
    "CurrConnections", "NewConnections", "Evictions", "GetHits", "GetMisses", "CmdGet", "CmdSet", "CurrItems",
    "BytesUsedForCacheItems", "Reclaimed", "UnusedMemory",
}
SERVERLESS = {
    "BytesUsedForCache", "ElastiCacheProcessingUnits", "SuccessfulReadRequestLatency",
    "SuccessfulWriteRequestLatency", "TotalCmdsCount", "CacheHitRate", "CacheHits", "CacheMisses",
    "CurrConnections", "ThrottledCmds", "NewConnections", "CurrItems", "CurrVolatileItems", "NetworkBytesIn",
    "NetworkBytesOut", "Evictions", "Reclaimed",
}
PUBLISHED: dict[str, tuple[set[str], set[frozenset[str]]]] = {
    "replication_group": (HOST_LEVEL | VALKEY_REDIS, NODE_DIMENSIONS),
    "memcached": (HOST_LEVEL | MEMCACHED, NODE_DIMENSIONS),
    "serverless": (SERVERLESS, SERVERLESS_DIMENSIONS),
}


def _metrics_of_alarm(props: dict[str, Any]) -> Iterator[tuple[str, str, frozenset[str], dict[str, Any]]]:
    if "MetricName" in props:
        dims = {d["Name"]: d["Value"] for d in props.get("Dimensions", [])}
        yield props["Namespace"], props["MetricName"], frozenset(dims), dims
    for query in props.get("Metrics", []):
        stat = query.get("MetricStat")
        if stat:
            metric = stat["Metric"]
            dims = {d["Name"]: d["Value"] for d in metric.get("Dimensions", [])}
            yield metric["Namespace"], metric["MetricName"], frozenset(dims), dims


def _dashboard_body(props: dict[str, Any]) -> dict[str, Any]:
    body = props["DashboardBody"]
    if isinstance(body, dict):  # Fn::Join of text and tokens: tokens become a placeholder
        body = "".join(part if isinstance(part, str) else "TOKEN" for part in body["Fn::Join"][1])
    return json.loads(body)  # type: ignore[no-any-return]


def _metrics_of_dashboard(props: dict[str, Any]) -> Iterator[tuple[str, str, frozenset[str], dict[str, Any]]]:
    for widget in _dashboard_body(props)["widgets"]:
        for row in widget.get("properties", {}).get("metrics", []):
            fields = [f for f in row if not isinstance(f, dict)]
            namespace, name, rest = fields[0], fields[1], fields[2:]
            if namespace == ".":
                continue
            dims = dict(zip(rest[::2], rest[1::2], strict=True))
            yield namespace, name, frozenset(dims), dims


def unpublished(template: dict[str, Any], kind_of: Callable[[dict[str, str]], str]) -> list[str]:
    """Every alarm or widget metric that ElastiCache does not publish with those dimensions."""
    problems = []
    found: list[tuple[str, str, frozenset[str], dict[str, Any]]] = []
    for props in [r["Properties"] for r in resources(template, ALARM).values()]:
        found.extend(_metrics_of_alarm(props))
    for props in [r["Properties"] for r in resources(template, "AWS::CloudWatch::Dashboard").values()]:
        found.extend(_metrics_of_dashboard(props))
    assert found, "no metrics found: the reader would check nothing"
    for namespace, name, dim_names, dims in found:
        kind = kind_of(dims)
        names, dimension_sets = PUBLISHED[kind]
        if namespace != "AWS/ElastiCache" or name not in names or dim_names not in dimension_sets:
            problems.append(f"{kind}: {namespace} {name} {sorted(dim_names)}")
    return problems


def _kind_by_name(serverless: set[str], memcached: set[str]) -> Callable[[dict[str, str]], str]:
    def kind_of(dims: dict[str, str]) -> str:
        value = next(iter(dims.values()))
        if value in serverless:
            return "serverless"
        return "memcached" if value in memcached else "replication_group"
    return kind_of


# ------------------------------------------------------------------ fixtures
def _topic(stack: cdk.Stack) -> sns.Topic:
    key = kms.Key(stack, "TopicKey", enable_key_rotation=True)
    return sns.Topic(stack, "Alarms", master_key=key, enforce_ssl=True)


def _all_kinds(stack: cdk.Stack, vpc: ec2.IVpc) -> tuple[Any, Any, Any, Any]:
    group = elasticache.ReplicationGroup(stack, "Group", vpc=vpc, replication_group_id="session", num_cache_clusters=3)
    sharded = elasticache.ClusterReplicationGroup(stack, "Sharded", vpc=vpc, replication_group_id="orders",
                                                  num_node_groups=3, replicas_per_node_group=1,
                                                  cache_node_type="cache.r7g.xlarge")
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, serverless_cache_name="carts",
                                        cache_usage_limits=elasticache.CacheUsageLimits(
                                            data_storage_maximum_size=cdk.Size.gibibytes(10),
                                            request_rate_limit_maximum=5000))
    memcached = elasticache.MemcachedCluster(stack, "Memcached", vpc=vpc, cluster_id="pages", num_cache_nodes=3)
    return group, sharded, cache, memcached


def _alarms(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Alarm properties by alarm name."""
    return {r["Properties"]["AlarmName"]: r["Properties"] for r in resources(template, ALARM).values()}


# ------------------------------------------------------------------ dimensions
def test_every_metric_is_one_elasticache_publishes_for_the_kind() -> None:
    stack = new_stack()
    vpc = imported_vpc(stack)
    group, sharded, cache, memcached = _all_kinds(stack, vpc)
    for each in (group, sharded, cache, memcached):
        each.add_recommended_alarms()
    elasticache.CacheDashboard(stack, "Dashboard", caches=[group, sharded, cache, memcached])
    template = synth(stack)
    assert unpublished(template, _kind_by_name({"carts"}, {"pages"})) == []
    assert lint_errors(template) == []
    # each kind's own dimension: serverless clusterId (never CacheClusterId), nodes CacheClusterId
    alarms = _alarms(template)
    assert alarms["ElastiCache carts ThrottledCmds"]["Dimensions"] == [{"Name": "clusterId", "Value": "carts"}]
    assert alarms["ElastiCache pages/0002 CPUUtilization"]["Dimensions"] == [
        {"Name": "CacheClusterId", "Value": "pages"}, {"Name": "CacheNodeId", "Value": "0002"}]


def test_a_wrong_dimension_is_caught() -> None:
    # negative control: cdk-monitoring-constructs' serverless mistake (CacheClusterId on a serverless cache)
    stack = new_stack()
    metric = cloudwatch.Metric(namespace="AWS/ElastiCache", metric_name="ThrottledCmds",
                               dimensions_map={"CacheClusterId": "carts"}, statistic="Sum")
    metric.create_alarm(stack, "Wrong", threshold=0, evaluation_periods=1)
    host_on_serverless = cloudwatch.Metric(namespace="AWS/ElastiCache", metric_name="EngineCPUUtilization",
                                           dimensions_map={"clusterId": "carts"})
    host_on_serverless.create_alarm(stack, "NoSuchMetric", threshold=90, evaluation_periods=1)
    problems = unpublished(synth(stack), lambda dims: "serverless")
    assert problems == ["serverless: AWS/ElastiCache ThrottledCmds ['CacheClusterId']",
                        "serverless: AWS/ElastiCache EngineCPUUtilization ['clusterId']"]


# ------------------------------------------------------------------ thresholds per node type
def _group_alarms(node: str, **kwargs: Any) -> dict[str, dict[str, Any]]:
    stack = new_stack()
    group = elasticache.ReplicationGroup(stack, "G", vpc=imported_vpc(stack), replication_group_id="g",
                                         cache_node_type=node, **kwargs)
    group.add_recommended_alarms()
    return _alarms(synth(stack))


@pytest.mark.parametrize("node", ["cache.t4g.micro", "cache.t2.micro", "cache.m7g.large", "cache.r7g.xlarge",
                                  "cache.r6gd.xlarge", "cache.c7gn.16xlarge"])
def test_cpu_alarm_follows_the_node_type(node: str) -> None:
    alarms = _group_alarms(node)
    vcpus = node_type(node).vcpus
    names = {name.split(" ")[-1] for name in alarms}
    if vcpus <= 2:  # "Which metrics should I monitor": 90 % of the host divided by the cores
        assert alarms["ElastiCache g-001 CPUUtilization"]["Threshold"] == round(90 / vcpus, 2)
        assert "EngineCPUUtilization" not in names
    else:  # 4 vCPUs or more: the engine thread's own CPU
        assert alarms["ElastiCache g-001 EngineCPUUtilization"]["Threshold"] == 90
        assert "CPUUtilization" not in names
    memory = "DatabaseCapacityUsagePercentage" if node_type(node).data_tiering else "DatabaseMemoryUsagePercentage"
    assert alarms[f"ElastiCache g-001 {memory}"]["Threshold"] == 80


def test_the_documented_two_core_example() -> None:
    # the guide's example: a node with two cores alarms at 90/2 = 45 %
    assert _group_alarms("cache.m6g.large")["ElastiCache g-002 CPUUtilization"]["Threshold"] == 45


def test_memcached_thresholds() -> None:
    stack = new_stack()
    cluster = elasticache.MemcachedCluster(stack, "M", vpc=imported_vpc(stack), cluster_id="m", num_cache_nodes=2,
                                           cache_node_type="cache.r7g.large")
    cluster.add_recommended_alarms()
    alarms = _alarms(synth(stack))
    # multi-threaded: CPUUtilization up to 90 % whatever the vCPUs; swap and freeable memory from the guide
    assert alarms["ElastiCache m/0001 CPUUtilization"]["Threshold"] == 90
    assert alarms["ElastiCache m/0001 SwapUsage"]["Threshold"] == 50 * 1024 * 1024
    freeable = alarms["ElastiCache m/0002 FreeableMemory"]
    assert freeable["Threshold"] == 100 * 1024 * 1024 and freeable["ComparisonOperator"] == "LessThanThreshold"
    assert not any(name.endswith(("EngineCPUUtilization", "ReplicationLag", "DatabaseMemoryUsagePercentage"))
                   for name in alarms)


def test_serverless_with_and_without_limits() -> None:
    stack = new_stack()
    vpc = imported_vpc(stack)
    limited = elasticache.ServerlessCache(stack, "L", vpc=vpc, serverless_cache_name="limited",
                                          cache_usage_limits=elasticache.CacheUsageLimits(
                                              data_storage_maximum_size=cdk.Size.gibibytes(10),
                                              request_rate_limit_maximum=5000))
    free = elasticache.ServerlessCache(stack, "F", vpc=vpc, serverless_cache_name="free")
    limited.add_recommended_alarms(thresholds=AlarmThresholds(ecpu_percent_of_limit=50))
    free.add_recommended_alarms()
    alarms = _alarms(synth(stack))
    # ECPUs: a share of the per-second limit, over a one-minute Sum
    assert alarms["ElastiCache limited ElastiCacheProcessingUnits"]["Threshold"] == 0.5 * 5000 * 60
    # storage: 80 % of 10 GB (10^9 bytes: alarms early rather than late)
    assert alarms["ElastiCache limited BytesUsedForCache"]["Threshold"] == 8 * 10**9
    assert not any(name.startswith("ElastiCache free ") and name.endswith(("ElastiCacheProcessingUnits",
                                                                           "BytesUsedForCache")) for name in alarms)
    for name in ("free", "limited"):
        assert alarms[f"ElastiCache {name} ThrottledCmds"]["Threshold"] == 0
        assert alarms[f"ElastiCache {name} SuccessfulReadRequestLatency"]["ExtendedStatistic"] == "p99"


def test_imported_serverless_takes_its_limits() -> None:
    stack = new_stack()
    cache = elasticache.ServerlessCache.from_serverless_cache_name(stack, "I", "imported")
    cache.add_recommended_alarms(cache_usage_limits=elasticache.CacheUsageLimits(request_rate_limit_maximum=1000))
    assert _alarms(synth(stack))["ElastiCache imported ElastiCacheProcessingUnits"]["Threshold"] == 0.8 * 1000 * 60


# ------------------------------------------------------------------ counts per shape
# Per node: CPU (host or engine), memory, connections, evictions, network allowance; + replication lag
# when the group has replicas. Memcached per node: CPU, freeable memory, swap, connections, evictions,
# network allowance. Serverless: connections, throttling, read and write latency; + ECPU and storage
# with limits. Plus one composite alarm per cache.
SHAPES: list[tuple[str, Callable[[cdk.Stack, ec2.IVpc], Any], int]] = [
    ("primary only", lambda s, v: elasticache.ReplicationGroup(s, "X", vpc=v, num_cache_clusters=1), 1 * 5),
    ("primary + 2 replicas", lambda s, v: elasticache.ReplicationGroup(s, "X", vpc=v, num_cache_clusters=3), 3 * 6),
    ("3 shards x 2", lambda s, v: elasticache.ClusterReplicationGroup(s, "X", vpc=v, num_node_groups=3), 6 * 6),
    ("2 shards, no replicas", lambda s, v: elasticache.ClusterReplicationGroup(
        s, "X", vpc=v, num_node_groups=2, replicas_per_node_group=0), 2 * 5),
    ("Memcached x 3", lambda s, v: elasticache.MemcachedCluster(s, "X", vpc=v, num_cache_nodes=3), 3 * 6),
    ("serverless", lambda s, v: elasticache.ServerlessCache(s, "X", vpc=v), 4),
    ("serverless with limits", lambda s, v: elasticache.ServerlessCache(
        s, "X", vpc=v, cache_usage_limits=elasticache.CacheUsageLimits(
            data_storage_maximum_size=cdk.Size.gibibytes(5), request_rate_limit_maximum=1000)), 6),
]


@pytest.mark.parametrize(("shape", "make", "count"), SHAPES, ids=[s[0] for s in SHAPES])
def test_alarm_counts_per_shape(shape: str, make: Callable[[cdk.Stack, ec2.IVpc], Any], count: int) -> None:
    stack = new_stack()
    cache = make(stack, imported_vpc(stack))
    returned = cache.add_recommended_alarms()
    template = synth(stack)
    assert len(resources(template, ALARM)) == count
    assert len(resources(template, COMPOSITE)) == 1
    assert len(returned) == count + 1


def test_per_node_alarms_name_the_node() -> None:
    stack = new_stack()
    group = elasticache.ClusterReplicationGroup(stack, "G", vpc=imported_vpc(stack), replication_group_id="orders",
                                                num_node_groups=3, replicas_per_node_group=1)
    group.add_recommended_alarms()
    names = set(_alarms(synth(stack)))
    members = group.member_cluster_ids
    assert members is not None and len(members) == 6
    for member in members:  # orders-0001-001 ... orders-0003-002
        assert f"ElastiCache {member} CPUUtilization" in names
        assert f"ElastiCache {member} ReplicationLag" in names


def test_large_cluster_composite_is_nested() -> None:
    stack = new_stack()
    group = elasticache.ClusterReplicationGroup(stack, "G", vpc=imported_vpc(stack), replication_group_id="big",
                                                num_node_groups=10, replicas_per_node_group=1)
    group.add_recommended_alarms()
    template = synth(stack)
    assert len(resources(template, ALARM)) == 20 * 6
    composites = {r["Properties"]["AlarmName"]: r["Properties"] for r in resources(template, COMPOSITE).values()}
    assert sorted(composites) == ["ElastiCache big unhealthy"] + [f"ElastiCache big unhealthy (part {i})" for i in (1, 2, 3)]
    assert lint_errors(template) == []


# ------------------------------------------------------------------ actions, switches, overrides
def test_actions_for_alarm_and_ok() -> None:
    stack = new_stack()
    topic = sns.Topic(stack, "Topic")
    pager = sns.Topic(stack, "Pager")
    cache = elasticache.ServerlessCache(stack, "C", vpc=imported_vpc(stack), serverless_cache_name="c")
    cache.add_recommended_alarms(actions=[topic], composite_actions=[cw_actions.SnsAction(pager)])
    template = synth(stack)
    topic_ref = {"Ref": stack.get_logical_id(topic.node.default_child)}
    pager_ref = {"Ref": stack.get_logical_id(pager.node.default_child)}
    for props in _alarms(template).values():
        assert props["AlarmActions"] == [topic_ref] and props["OKActions"] == [topic_ref]
    (composite,) = [r["Properties"] for r in resources(template, COMPOSITE).values()]
    assert composite["AlarmActions"] == [pager_ref] and composite["OKActions"] == [pager_ref]


def test_ok_actions_apart_and_none() -> None:
    stack = new_stack()
    topic = sns.Topic(stack, "Topic")
    quiet = sns.Topic(stack, "Quiet")
    cache = elasticache.ServerlessCache(stack, "C", vpc=imported_vpc(stack), serverless_cache_name="c")
    elasticache.RecommendedAlarms(stack, "Alarms", cache=cache, actions=[topic], ok_actions=[quiet], composite=False)
    template = synth(stack)
    for props in _alarms(template).values():
        assert props["OKActions"] == [{"Ref": stack.get_logical_id(quiet.node.default_child)}]
    assert resources(template, COMPOSITE) == {}


def test_exclude_and_override() -> None:
    stack = new_stack()
    group = elasticache.ReplicationGroup(stack, "G", vpc=imported_vpc(stack), replication_group_id="g",
                                         cache_node_type="cache.r7g.large")
    alarms = elasticache.RecommendedAlarms(
        stack, "Alarms", cache=group, exclude=["evictions", "network_allowance"],
        thresholds=AlarmThresholds(cpu_utilization=30, replication_lag_seconds=5, current_connections=1000))
    assert {spec.key for spec in alarms.specs} == {"cpu", "memory", "connections", "replication_lag"}
    template = _alarms(synth(stack))
    assert template["ElastiCache g-001 CPUUtilization"]["Threshold"] == 30
    assert template["ElastiCache g-002 ReplicationLag"]["Threshold"] == 5
    assert template["ElastiCache g-002 CurrConnections"]["Threshold"] == 1000
    assert len(alarms.alarms) == len(alarms.specs) == 8 and alarms.composite_alarm is not None


def test_every_key_has_a_source() -> None:
    assert set(SOURCES) == set(ALARM_KEYS)
    assert all(url.startswith("https://docs.aws.amazon.com/") for url in SOURCES.values())


@pytest.mark.parametrize(("options", "prop", "rule"), [
    ({"exclude": ["cpu", "nope"]}, "exclude", "is not an alarm key"),
    ({"thresholds": AlarmThresholds(memory_usage_percentage=120)}, "thresholds.memory_usage_percentage", "0..100"),
    ({"thresholds": AlarmThresholds(evictions_per_minute=-1)}, "thresholds.evictions_per_minute", ">= 0"),
    ({"actions": ["arn:aws:sns:us-east-1:123456789012:t"]}, "actions", "sns.ITopic or cloudwatch.IAlarmAction"),
    ({"cache_node_type": "cache.x9.huge"}, "cache_node_type", "is not an ElastiCache node type"),
    ({"cache_usage_limits": elasticache.CacheUsageLimits()}, "cache_usage_limits", "serverless caches only"),
])
def test_bad_input(options: dict[str, Any], prop: str, rule: str) -> None:
    stack = new_stack()
    group = elasticache.ReplicationGroup(stack, "G", vpc=imported_vpc(stack), replication_group_id="g")
    with pytest.raises(ValidationError) as caught:
        elasticache.RecommendedAlarms(stack, "Alarms", cache=group, **options)
    assert "Test/Alarms" in str(caught.value) and prop in str(caught.value) and rule in str(caught.value)


def test_imports_without_nodes_are_refused() -> None:
    stack = new_stack()
    group = elasticache.ReplicationGroup.from_replication_group_id(stack, "G", "legacy")
    with pytest.raises(ValidationError, match="member_cluster_ids"):
        group.add_recommended_alarms()
    cluster = elasticache.MemcachedCluster.from_cluster_id(stack, "M", "legacy")
    with pytest.raises(ValidationError, match="num_cache_nodes"):
        elasticache.CacheDashboard(stack, "D", caches=[cluster])
    serverless = elasticache.ServerlessCache.from_serverless_cache_name(stack, "S", "s")
    with pytest.raises(ValidationError, match="cache_node_type"):
        serverless.add_recommended_alarms(cache_node_type="cache.r7g.large")
    with pytest.raises(ValidationError, match="dashboard_name"):
        elasticache.CacheDashboard(stack, "D2", caches=[serverless], dashboard_name="no spaces")


# ------------------------------------------------------------------ dashboard
def test_dashboard_widgets_and_alarm_states() -> None:
    stack = new_stack()
    vpc = imported_vpc(stack)
    group, sharded, cache, memcached = _all_kinds(stack, vpc)
    sharded_alarms = sharded.add_recommended_alarms()
    dashboard = elasticache.CacheDashboard(stack, "Dashboard", caches=[sharded, cache], dashboard_name="caches")
    dashboard.add_widgets(cloudwatch.TextWidget(markdown="mine", width=24, height=1))  # it is a cloudwatch.Dashboard
    template = synth(stack)
    (props,) = [r["Properties"] for r in resources(template, "AWS::CloudWatch::Dashboard").values()]
    assert props["DashboardName"] == "caches"
    widgets = _dashboard_body(props)["widgets"]
    titles = [w["properties"].get("title") for w in widgets]
    assert "EngineCPUUtilization (alarm at 90 %)" in titles and "Replication lag" in titles
    assert "ECPUs consumed" in titles and "Latency p99 (µs)" in titles
    (status,) = [w for w in widgets if w["type"] == "alarm"]
    assert len(status["properties"]["alarms"]) == len(sharded_alarms) == 37
    assert widgets[-1]["properties"]["markdown"] == "mine"
    # widgets stay inside the 24-column grid
    assert all(w["x"] + w["width"] <= 24 for w in widgets)
    assert lint_errors(template) == []


# ------------------------------------------------------------------ cdk-nag and snapshots
def test_alarms_and_dashboard_are_clean_under_every_nag_pack(tmp_path: Any) -> None:
    app = cdk.App(outdir=str(tmp_path), analytics_reporting=False, builtin_cloud_formation_validation=False)
    stack = cdk.Stack(app, "Nag")
    vpc = imported_vpc(stack)
    topic = _topic(stack)
    caches = _all_kinds(stack, vpc)
    for cache in caches:
        cache.add_recommended_alarms(actions=[topic])
    quiet = elasticache.ServerlessCache(stack, "Quiet", vpc=vpc, serverless_cache_name="quiet")
    quiet.add_recommended_alarms()  # negative control: alarms without any action
    elasticache.CacheDashboard(stack, "Dashboard", caches=[*caches, quiet])
    found = findings(app, str(tmp_path))
    ours = [f for f in found if any("/RecommendedAlarms/" in p or "/Dashboard/" in p for p in f["paths"])]
    quiet_findings = [f for f in ours if all(p.startswith("Nag/Quiet/") for p in f["paths"])]
    assert [f for f in ours if f not in quiet_findings] == []
    assert {f["rule"].split("-")[-1] for f in quiet_findings} == {"CloudWatchAlarmAction"}


def test_snapshot(snapshot_json: Any) -> None:
    stack = new_stack()
    vpc = imported_vpc(stack)
    topic = sns.Topic(stack, "Topic")
    group, sharded, cache, memcached = _all_kinds(stack, vpc)
    for each in (sharded, cache, memcached):
        each.add_recommended_alarms(actions=[topic])
    elasticache.CacheDashboard(stack, "Dashboard", caches=[sharded, cache, memcached], dashboard_name="ops")
    template = synth(stack)
    assert lint_errors(template) == []
    monitoring = {k: v for k, v in template["Resources"].items() if v["Type"].startswith("AWS::CloudWatch::")}
    assert monitoring == snapshot_json


# ------------------------------------------------------------------ node types
def test_node_type_model() -> None:
    from elasticache_kit.clusters.rules import DATA_TIERING_FAMILIES, PREVIOUS_GENERATION_FAMILIES
    from elasticache_kit.node_types import families, find_node_type, node_types

    assert {n.family for n in NODE_TYPES.values() if n.data_tiering} == set(DATA_TIERING_FAMILIES)
    assert {n.family for n in NODE_TYPES.values() if n.previous_generation} == set(PREVIOUS_GENERATION_FAMILIES)
    for family in families():  # bigger sizes never have fewer vCPUs or less memory
        sizes = list(node_types(family=family))
        assert sizes and all(a.vcpus <= b.vcpus and a.memory_gib < b.memory_gib for a, b in zip(sizes, sizes[1:], strict=False))
    assert find_node_type("cache.r7g.large") == node_type("cache.r7g.large")
    assert node_type("cache.t4g.micro").burstable and node_type("cache.t4g.micro").graviton
    assert not node_type("cache.m5.large").graviton and node_type("cache.c7gn.large").family_class == "network"
    assert [n.name for n in node_types(vcpus=64, family="r7g")] == ["cache.r7g.16xlarge"]
    assert find_node_type("cache.x9.huge") is None
    with pytest.raises(KeyError, match="families"):
        node_type("cache.x9.huge")


def test_imported_group_takes_its_node_type() -> None:
    stack = new_stack()
    members = ["legacy-001", "legacy-002"]
    small = elasticache.ReplicationGroup.from_replication_group_attributes(
        stack, "Small", replication_group_id="legacy", member_cluster_ids=members)
    small.add_recommended_alarms(cache_node_type="cache.t4g.small", alarm_name_prefix="small ")
    unknown = elasticache.ReplicationGroup.from_replication_group_attributes(
        stack, "Unknown", replication_group_id="legacy", member_cluster_ids=members)
    unknown.add_recommended_alarms(alarm_name_prefix="unknown ")
    alarms = _alarms(synth(stack))
    assert alarms["small legacy-002 CPUUtilization"]["Threshold"] == 45
    # without a node type: the engine thread's CPU, which ElastiCache publishes on every node type
    assert alarms["unknown legacy-002 EngineCPUUtilization"]["Threshold"] == 90
    assert "unknown legacy-002 CPUUtilization" not in alarms
