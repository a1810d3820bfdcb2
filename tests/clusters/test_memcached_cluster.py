"""Memcached clusters: defaults, rules M1-M3 (and the shared ones), connections, imports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_

import elasticache_kit as elasticache
from elasticache_kit import EngineVersion, ValidationError

from ..conftest import SUBNETS, dumps, imported_vpc, new_stack, only, resources, synth
from ..support.lint import lint_errors

CC = "AWS::ElastiCache::CacheCluster"


def _cluster(stack: cdk.Stack, **kwargs: Any) -> elasticache.MemcachedCluster:
    return elasticache.MemcachedCluster(stack, "Cache", vpc=imported_vpc(stack), **kwargs)


def test_defaults(checked: Callable[[cdk.Stack], dict[str, Any]]) -> None:
    stack = new_stack()
    cluster = _cluster(stack)
    template = checked(stack)
    props = only(template, CC)
    assert props["Engine"] == "memcached" and props["EngineVersion"] == "1.6.22"
    assert props["TransitEncryptionEnabled"] is True
    assert props["NumCacheNodes"] == 2 and props["AZMode"] == "cross-az"
    assert props["Port"] == 11211 and props["NetworkType"] == "ipv4"
    assert props["ClusterName"] == cluster.cluster_id
    assert only(template, "AWS::ElastiCache::SubnetGroup")["SubnetIds"] == SUBNETS
    assert only(template, "AWS::ElastiCache::ParameterGroup")["CacheParameterGroupFamily"] == "memcached1.6"
    assert "SecurityGroupIngress" not in only(template, "AWS::EC2::SecurityGroup")
    assert next(iter(resources(template, CC).values()))["DeletionPolicy"] == "Delete"
    assert cluster.num_cache_nodes == 2 and cluster.port == 11211 and cluster.cache_node_ids == ["0001", "0002"]
    logical = next(iter(resources(template, CC)))
    assert stack.resolve(cluster.configuration_endpoint_address) == {"Fn::GetAtt": [logical, "ConfigurationEndpoint.Address"]}
    assert cluster.configuration_endpoint_port == 11211
    assert ":cluster:" + cluster.cluster_id in dumps(stack.resolve(cluster.cache_cluster_arn))


def test_single_node_is_single_az() -> None:
    stack = new_stack()
    _cluster(stack, num_cache_nodes=1, preferred_availability_zones=["us-east-1a"])
    props = only(synth(stack), CC)
    assert props["AZMode"] == "single-az" and props["PreferredAvailabilityZone"] == "us-east-1a"
    assert "PreferredAvailabilityZones" not in props


def test_cross_az_zones() -> None:
    stack = new_stack()
    _cluster(stack, num_cache_nodes=3, preferred_availability_zones=["us-east-1a", "us-east-1b", "us-east-1c"])
    assert only(synth(stack), CC)["PreferredAvailabilityZones"] == ["us-east-1a", "us-east-1b", "us-east-1c"]
    with pytest.raises(ValidationError, match="places every node in us-east-1a: cross-az needs nodes in two zones"):
        _cluster(new_stack(), preferred_availability_zones=["us-east-1a", "us-east-1a"])


def test_nodes_sharing_a_zone_repeat_it() -> None:
    # one zone per node: two nodes in us-east-1a list it twice (valid; cfn-lint's I3037 is dropped there only)
    stack = new_stack()
    _cluster(stack, num_cache_nodes=3, preferred_availability_zones=["us-east-1a", "us-east-1a", "us-east-1b"])
    template = synth(stack)
    assert only(template, CC)["PreferredAvailabilityZones"] == ["us-east-1a", "us-east-1a", "us-east-1b"]
    assert lint_errors(template) == []
    duplicated = {"Resources": {"Topic": {"Type": "AWS::SNS::Topic", "Properties": {"Tags": [
        {"Key": "a", "Value": "1"}, {"Key": "a", "Value": "1"}]}}}}
    assert lint_errors(duplicated), "duplicate items elsewhere are still reported"


def test_old_memcached_without_tls() -> None:
    stack = new_stack()
    _cluster(stack, engine_version=EngineVersion.MEMCACHED_1_6_6, transit_encryption=False)
    assert "TransitEncryptionEnabled" not in only(synth(stack), CC)


@pytest.mark.parametrize(
    ("kwargs", "prop", "message"),
    [
        ({"num_cache_nodes": 41}, "num_cache_nodes", r"1\.\.40"),  # M1
        ({"num_cache_nodes": 0}, "num_cache_nodes", r"1\.\.40"),
        ({"az_mode": "multi-az"}, "az_mode", "must be one of single-az, cross-az"),  # M2
        ({"num_cache_nodes": 1, "az_mode": "cross-az"}, "az_mode", "needs at least two nodes"),
        ({"preferred_availability_zones": ["us-east-1a"]}, "preferred_availability_zones", "lists 1 zones for 2 nodes"),
        ({"az_mode": "single-az", "preferred_availability_zones": ["us-east-1a", "us-east-1b"]}, "preferred_availability_zones", "needs az_mode='cross-az'"),
        ({"engine_version": EngineVersion.MEMCACHED_1_6_6}, "transit_encryption", "needs Memcached 1.6.12"),  # M3
        ({"removal_policy": cdk.RemovalPolicy.SNAPSHOT}, "removal_policy", "have no snapshots"),
        ({"engine_version": EngineVersion.VALKEY_8_2}, "engine_version", "must be a Memcached EngineVersion"),
        ({"cluster_id": "Cache-1"}, "cluster_id", "must be lower case"),  # N2
        ({"cluster_id": "c" * 51}, "cluster_id", "has at most 50"),
        ({"cache_node_type": "cache.m1.small"}, "cache_node_type", "previous-generation"),
        ({"port": 0}, "port", r"1\.\.65535"),
        ({"preferred_maintenance_window": "sun:01:00-sun:01:10"}, "preferred_maintenance_window", "shorter than 60"),
        ({"network_type": "ipv6", "engine_version": EngineVersion.of("memcached", "1.5.16"), "transit_encryption": False}, "network_type", "needs IPv6 support"),
        ({"parameters": {"cluster-enabled": "yes"}}, "parameters", "Memcached has no cluster mode"),
    ],
)
def test_rules(kwargs: dict[str, Any], prop: str, message: str) -> None:
    stack = new_stack()
    with pytest.raises(ValidationError, match=message) as raised:
        _cluster(stack, **kwargs)
    assert raised.value.construct_path == "Test/Cache" and raised.value.prop == prop


def test_memcached_takes_no_snapshots_logs_or_auth() -> None:  # M3: not even as options
    for option in ({"snapshot_retention_limit": 1}, {"logs": []}, {"auth_token": None}, {"user_group": None}):
        with pytest.raises(TypeError, match="unexpected keyword argument"):
            _cluster(new_stack(), **option)


def test_parameter_group_family_checked() -> None:
    stack = new_stack()
    params = elasticache.ParameterGroup.from_parameter_group_name(stack, "P", "default.memcached1.5")
    with pytest.raises(ValidationError, match="is of family memcached1.5; memcached 1.6.22 needs memcached1.6"):
        _cluster(stack, parameter_group=params)


def test_connections_from_aws_cdk_libs_side_and_imports() -> None:
    stack = new_stack()
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0,
                  subnet_configuration=[ec2.SubnetConfiguration(name="i", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
    cluster = elasticache.MemcachedCluster(stack, "Cache", vpc=vpc)
    fn = lambda_.Function(
        stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
        code=lambda_.Code.from_inline("def handler(e, c): pass"), vpc=vpc,
    )
    fn.connections.allow_to_default_port(cluster)
    sg = ec2.SecurityGroup.from_security_group_id(stack, "Sg", "sg-0123456789abcdef0")
    imported = elasticache.MemcachedCluster.from_cluster_attributes(
        stack, "Imported", cluster_id="sessions", port=11211, security_groups=[sg], num_cache_nodes=3
    )
    fn.connections.allow_to_default_port(imported)
    template = synth(stack)
    ports = sorted((r["Properties"]["FromPort"], str(r["Properties"]["GroupId"])) for r in resources(template, "AWS::EC2::SecurityGroupIngress").values())
    assert [p for p, _ in ports] == [11211, 11211]
    assert imported.cache_node_ids == ["0001", "0002", "0003"]
    assert imported.metric("CPUUtilization", cache_node_id="0002").dimensions == {"CacheClusterId": "sessions", "CacheNodeId": "0002"}
    assert cluster.metric_evictions().dimensions == {"CacheClusterId": cluster.cluster_id}
    with pytest.raises(ValidationError, match="cluster_id=None is required"):
        elasticache.MemcachedCluster.from_cluster_attributes(stack, "Bad")


def test_apply_removal_policy_refuses_snapshot_from_either_side() -> None:
    stack = new_stack()
    cluster = _cluster(stack)
    with pytest.raises(ValidationError, match="apply_removal_policy='SNAPSHOT' is not possible"):
        cluster.apply_removal_policy(cdk.RemovalPolicy.SNAPSHOT)
    cluster.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
    assert next(iter(resources(synth(stack), CC).values()))["DeletionPolicy"] == "Retain"
