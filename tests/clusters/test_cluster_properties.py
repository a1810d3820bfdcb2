"""Property-based tests over the node-based clusters' props: any input either
raises our ValidationError naming the property, or synthesizes a template
cfn-lint accepts with zero findings (see ``tests/cross/test_properties.py``)."""

from __future__ import annotations

import aws_cdk as cdk
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import elasticache_kit as elasticache
from elasticache_kit import EngineVersion, LogDelivery

from ..conftest import imported_vpc
from ..cross.test_properties import identifier, mostly, outcome

CLUSTERS = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))

# mostly valid values, sometimes not: both outcomes are exercised
node_types = st.sampled_from(["cache.t4g.micro", "cache.r7g.large", "cache.r6gd.xlarge", "cache.m7g.large", "cache.t4g.micro",
                              "cache.t2.small", "cache.m3.medium", "r7g.large"])
rg_versions = st.sampled_from([EngineVersion.VALKEY_LATEST, EngineVersion.VALKEY_7_2, EngineVersion.VALKEY_8_2,
                               EngineVersion.VALKEY_LATEST, EngineVersion.VALKEY_9_0,
                               EngineVersion.REDIS_7_1, EngineVersion.REDIS_6_2, EngineVersion.REDIS_6_0,
                               EngineVersion.REDIS_5_0_6, EngineVersion.MEMCACHED_1_6_22])
maintenance = st.one_of(st.none(), st.none(), st.sampled_from(["sun:05:00-sun:06:00", "sat:23:30-sun:00:30", "mon:03:00-mon:03:30",
                                                    "Tue:10:00-tue:12:00", "xyz:01:00-sun:02:00", "sun:5:00-sun:6:00"]))
snapshot = st.one_of(st.none(), st.none(), st.sampled_from(["05:30-06:30", "00:00-01:00", "03:00-03:45", "23:30-00:30", "3:00-4:00"]))
network = st.one_of(st.none(), st.none(), st.sampled_from(["ipv4", "ipv6", "dual_stack", "ipv5"]))
discovery = st.one_of(st.none(), st.none(), st.sampled_from(["ipv4", "ipv6", "IPv6"]))
log_lists = st.one_of(st.none(), st.none(), st.lists(st.builds(
    LogDelivery, log_type=st.sampled_from(["slow-log", "engine-log", "audit"]),
    log_format=st.sampled_from(["json", "text", "xml"]),
    firehose_stream_name=st.one_of(st.none(), st.just("stream")),
), max_size=3))
flags = st.one_of(st.none(), st.none(), st.none(), st.booleans())


@CLUSTERS
@given(group_id=st.one_of(st.none(), identifier), version=rg_versions, node_type=node_types,
       count=st.one_of(st.none(), st.none(), mostly(1, 6)),
       failover=flags, multi_az=flags, transit=flags, mode=st.one_of(st.none(), st.none(), st.sampled_from(["required", "preferred", "off"])),
       token=st.sampled_from([None, None, None, "generate", "x" * 20, "short", "bad/char-token-123"]),
       retention=st.one_of(st.none(), mostly(0, 35)), maintenance=maintenance, snapshot=snapshot, network=network, discovery=discovery,
       logs=log_lists, port=st.one_of(st.none(), mostly(1, 65535)))
def test_replication_group_props(group_id, version, node_type, count, failover, multi_az, transit, mode, token,  # type: ignore[no-untyped-def]
                                 retention, maintenance, snapshot, network, discovery, logs, port) -> None:
    def build(stack: cdk.Stack) -> None:
        options = {k: v for k, v in {
            "replication_group_id": group_id, "engine_version": version, "cache_node_type": node_type,
            "automatic_failover": failover, "multi_az": multi_az, "transit_encryption": transit,
            "transit_encryption_mode": mode, "snapshot_retention_limit": retention,
            "preferred_maintenance_window": maintenance, "snapshot_window": snapshot, "network_type": network,
            "ip_discovery": discovery, "logs": logs, "port": port,
        }.items() if v is not None}
        if token == "generate":
            options["generate_auth_token"] = True
        elif token is not None:
            options["auth_token"] = cdk.SecretValue.unsafe_plain_text(token)
        elasticache.ReplicationGroup(stack, "Group", vpc=imported_vpc(stack), num_cache_clusters=2 if count is None else count,
                                     **options)

    outcome("ReplicationGroup", build)


node_group = st.builds(
    elasticache.NodeGroup,
    node_group_id=st.one_of(st.none(), st.sampled_from(["0001", "0002", "7", "12345", "ab"])),
    slots=st.one_of(st.none(), st.sampled_from(["0-8191", "8192-16383", "0-16383", "0-100,101-8191", "9000-1"])),
    replica_availability_zones=st.one_of(st.none(), st.lists(st.sampled_from(["us-east-1a", "us-east-1b"]), max_size=2)),
)


@CLUSTERS
@given(shards=mostly(1, 10), replicas=mostly(0, 5), version=rg_versions, node_type=node_types,
       cluster_params=flags, failover=flags, snapshot=snapshot, maintenance=maintenance,
       node_groups=st.one_of(st.none(), st.none(), st.lists(node_group, min_size=1, max_size=3)))
def test_cluster_replication_group_props(shards, replicas, version, node_type, cluster_params, failover,  # type: ignore[no-untyped-def]
                                         snapshot, maintenance, node_groups) -> None:
    def build(stack: cdk.Stack) -> None:
        options = {k: v for k, v in {"engine_version": version, "cache_node_type": node_type, "automatic_failover": failover,
                                     "snapshot_window": snapshot, "preferred_maintenance_window": maintenance}.items()
                   if v is not None}
        if cluster_params is not None and isinstance(version, EngineVersion) and not version.is_memcached:
            options["parameter_group"] = elasticache.ParameterGroup(
                stack, "Params", engine_version=version, cluster_mode_enabled=cluster_params)
        elasticache.ClusterReplicationGroup(
            stack, "Group", vpc=imported_vpc(stack), num_node_groups=2 if shards is None else shards,
            replicas_per_node_group=1 if replicas is None else replicas, node_groups=node_groups, **options)

    outcome("ClusterReplicationGroup", build)


@CLUSTERS
@given(cluster_id=identifier, nodes=mostly(1, 40), az_mode=st.one_of(st.none(), st.sampled_from(["single-az", "cross-az", "x"])),
       # distinct zones: a repeated zone is valid for the service but draws cfn-lint's informational I3037
       zones=st.one_of(st.none(), st.lists(st.sampled_from(["us-east-1a", "us-east-1b", "us-east-1c"]), max_size=3, unique=True),
                       st.just(["us-east-1a", "us-east-1a"])),
       version=st.sampled_from([EngineVersion.MEMCACHED_1_6_22, EngineVersion.MEMCACHED_1_6_6, EngineVersion.VALKEY_8_2]),
       transit=st.booleans(), node_type=node_types, network=network, maintenance=maintenance)
def test_memcached_cluster_props(cluster_id, nodes, az_mode, zones, version, transit, node_type, network, maintenance) -> None:  # type: ignore[no-untyped-def]
    def build(stack: cdk.Stack) -> None:
        elasticache.MemcachedCluster(
            stack, "Cache", vpc=imported_vpc(stack), cluster_id=cluster_id, num_cache_nodes=2 if nodes is None else nodes,
            az_mode=az_mode, preferred_availability_zones=zones, engine_version=version, transit_encryption=transit,
            cache_node_type=node_type, network_type=network, preferred_maintenance_window=maintenance)

    outcome("MemcachedCluster", build)
