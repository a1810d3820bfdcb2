"""Engine versions, subnet groups, parameter groups and windows of node-based clusters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2

import elasticache_kit as elasticache
from elasticache_kit import EngineVersion, ValidationError
from elasticache_kit._internal.context import Site
from elasticache_kit.clusters.windows import (
    check_maintenance_window,
    check_snapshot_window,
    check_windows_apart,
)

from ..conftest import SUBNETS, imported_vpc, new_stack, only, synth


# ----------------------------------------------------------------- engine versions
@pytest.mark.parametrize(
    ("version", "family"),
    [
        (EngineVersion.VALKEY_7_2, "valkey7"),
        (EngineVersion.VALKEY_8_2, "valkey8"),
        (EngineVersion.VALKEY_9_1, "valkey9"),
        (EngineVersion.REDIS_7_1, "redis7"),
        (EngineVersion.REDIS_6_2, "redis6.x"),
        (EngineVersion.REDIS_6_0, "redis6.x"),
        (EngineVersion.REDIS_5_0_6, "redis5.0"),
        (EngineVersion.REDIS_4_0_10, "redis4.0"),
        (EngineVersion.MEMCACHED_1_6_22, "memcached1.6"),
    ],
)
def test_families_follow_the_service_naming(version: EngineVersion, family: str) -> None:
    assert version.parameter_group_family == family
    assert version.default_parameter_group_name() == f"default.{family}"


def test_default_parameter_groups_per_cluster_mode() -> None:
    assert EngineVersion.VALKEY_8_0.default_parameter_group_name(True) == "default.valkey8.cluster.on"
    assert EngineVersion.REDIS_6_2.default_parameter_group_name(True) == "default.redis6.x.cluster.on"
    assert EngineVersion.MEMCACHED_1_6_6.default_parameter_group_name(True) == "default.memcached1.6"


def test_escape_hatch_for_later_versions() -> None:
    later = EngineVersion.of("valkey", "10.0")
    assert later.parameter_group_family == "valkey10"
    assert later.supports_iam_auth and later.log_types == ("slow-log", "engine-log")
    odd = EngineVersion.of("redis", "7.2", parameter_group_family="redis7")
    assert odd.parameter_group_family == "redis7"
    assert EngineVersion.of("valkey", "9.1") == EngineVersion.VALKEY_9_1


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (("mysql", "8.0"), {}, "engine='mysql' is not a node-based engine"),
        (("valkey", "8"), {}, "version='8' must be MAJOR.MINOR"),
        (("valkey", "6.2"), {}, "is not a Valkey version"),
        (("redis", "7.1"), {"parameter_group_family": "valkey8"}, "must be a redis family"),
    ],
)
def test_engine_version_rules(args: tuple[str, str], kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        EngineVersion.of(*args, **kwargs)


def test_features_by_version() -> None:
    assert not EngineVersion.REDIS_5_0_6.supports_rbac and EngineVersion.REDIS_6_0.supports_rbac
    assert not EngineVersion.REDIS_6_2.supports_iam_auth and EngineVersion.REDIS_7_0.supports_iam_auth
    assert EngineVersion.REDIS_6_0.log_types == ("slow-log",)
    assert EngineVersion.REDIS_5_0_6.log_types == ()
    assert not EngineVersion.MEMCACHED_1_6_6.supports_transit_encryption
    assert EngineVersion.MEMCACHED_1_6_12.supports_transit_encryption
    assert not EngineVersion.REDIS_6_0.supports_data_tiering and EngineVersion.REDIS_6_2.supports_data_tiering


# ------------------------------------------------------------------- subnet groups
def test_subnet_group_defaults_to_private_subnets(checked: Callable[[cdk.Stack], dict[str, Any]]) -> None:
    stack = new_stack()
    group = elasticache.SubnetGroup(stack, "Subnets", vpc=imported_vpc(stack))
    template = checked(stack)
    props = only(template, "AWS::ElastiCache::SubnetGroup")
    assert props["SubnetIds"] == SUBNETS
    assert "CacheSubnetGroupName" not in props
    assert group.subnet_ids == SUBNETS
    assert set(stack.resolve(group.subnet_group_name)) == {"Ref"}  # clusters name it by Ref (aws-cdk#4411)


def test_subnet_group_isolated_and_named() -> None:
    stack = new_stack()
    group = elasticache.SubnetGroup(
        stack, "Subnets", vpc=imported_vpc(stack, isolated=True), subnet_group_name="cache-subnets", description="mine"
    )
    props = only(synth(stack), "AWS::ElastiCache::SubnetGroup")
    assert props == {"CacheSubnetGroupName": "cache-subnets", "Description": "mine", "SubnetIds": SUBNETS}
    assert group.subnet_group_name == "cache-subnets"


def test_subnet_group_explicit_selection() -> None:
    stack = new_stack()
    vpc = imported_vpc(stack)
    elasticache.SubnetGroup(stack, "Subnets", vpc=vpc, vpc_subnets=ec2.SubnetSelection(availability_zones=["us-east-1a"]))
    assert only(synth(stack), "AWS::ElastiCache::SubnetGroup")["SubnetIds"] == SUBNETS[:1]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Cache-Subnets", "may contain only lower-case letters, digits and hyphens.*use 'cache-subnets'"),
        ("a_b", "may contain only lower-case"),
        ("x" * 256, "must be 1..255 characters"),
    ],
)
def test_subnet_group_name_rule(name: str, message: str) -> None:
    stack = new_stack()
    with pytest.raises(ValidationError, match=f"Test/Subnets: subnet_group_name=.*{message}"):
        elasticache.SubnetGroup(stack, "Subnets", vpc=imported_vpc(stack), subnet_group_name=name)


def test_subnet_group_needs_private_subnets() -> None:
    stack = new_stack()
    vpc = ec2.Vpc.from_vpc_attributes(
        stack, "Vpc", vpc_id="vpc-1", availability_zones=["us-east-1a"], public_subnet_ids=["subnet-1"]
    )
    with pytest.raises(ValidationError, match="has no private subnets"):
        elasticache.SubnetGroup(stack, "Subnets", vpc=vpc)


def test_subnet_group_import() -> None:
    stack = new_stack()
    group = elasticache.SubnetGroup.from_subnet_group_name(stack, "Imported", "shared-subnets")
    assert group.subnet_group_name == "shared-subnets"
    with pytest.raises(ValidationError, match="subnet_group_name='Shared'"):
        elasticache.SubnetGroup.from_subnet_group_name(stack, "Bad", "Shared")


# ---------------------------------------------------------------- parameter groups
def test_parameter_group_cluster_mode(checked: Callable[[cdk.Stack], dict[str, Any]]) -> None:
    stack = new_stack()
    group = elasticache.ParameterGroup(
        stack, "Params", engine_version=EngineVersion.VALKEY_8_2, cluster_mode_enabled=True,
        parameters={"maxmemory-policy": "allkeys-lru", "activedefrag": True, "timeout": 300},
    )
    props = only(checked(stack), "AWS::ElastiCache::ParameterGroup")
    assert props["CacheParameterGroupFamily"] == "valkey8"
    assert props["Properties"] == {
        "maxmemory-policy": "allkeys-lru", "activedefrag": "yes", "timeout": "300", "cluster-enabled": "yes",
    }
    assert "CacheParameterGroupName" not in props  # N5: never a physical name
    assert group.cluster_enabled is True and group.family == "valkey8"


def test_parameter_group_add_parameter() -> None:
    stack = new_stack()
    group = elasticache.ParameterGroup(stack, "Params", engine_version=EngineVersion.MEMCACHED_1_6_22)
    group.add_parameter("max_item_size", 2097152)
    props = only(synth(stack), "AWS::ElastiCache::ParameterGroup")
    assert props["CacheParameterGroupFamily"] == "memcached1.6"
    assert props["Properties"] == {"max_item_size": "2097152"}
    assert group.cluster_enabled is None
    with pytest.raises(ValidationError, match="cluster-enabled' is fixed at creation"):
        group.add_parameter("cluster-enabled", "yes")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"engine_version": "valkey8"}, "engine_version='valkey8' must be an EngineVersion"),
        ({"parameters": {"cluster-enabled": "maybe"}}, "must be 'yes' or 'no'"),
        ({"parameters": {"cluster-enabled": "no"}, "cluster_mode_enabled": True}, "contradicts cluster_mode_enabled=True"),
        ({"engine_version": EngineVersion.MEMCACHED_1_6_22, "cluster_mode_enabled": True}, "Memcached has no cluster mode"),
        ({"parameters": {"bad name": "1"}}, "is not a parameter name"),
        ({"parameters": {"x": [1]}}, "must map parameter names to strings or numbers"),
        ({"description": "a<b"}, "must not contain '<' or '>'"),
    ],
)
def test_parameter_group_rules(kwargs: dict[str, Any], message: str) -> None:
    stack = new_stack()
    with pytest.raises(ValidationError, match=message):
        elasticache.ParameterGroup(stack, "Params", **kwargs)


def test_parameter_group_import_reads_default_names() -> None:
    stack = new_stack()
    on = elasticache.ParameterGroup.from_parameter_group_name(stack, "On", "default.valkey8.cluster.on")
    assert (on.family, on.cluster_enabled) == ("valkey8", True)
    off = elasticache.ParameterGroup.from_parameter_group_name(stack, "Off", "default.redis6.x")
    assert (off.family, off.cluster_enabled) == ("redis6.x", False)
    mine = elasticache.ParameterGroup.from_parameter_group_name(stack, "Mine", "my-params")
    assert (mine.family, mine.cluster_enabled) == (None, None)
    with pytest.raises(ValidationError, match="contradicts the default group's name"):
        elasticache.ParameterGroup.from_parameter_group_name(stack, "Bad", "default.valkey8", cluster_enabled=True)


# ------------------------------------------------------------------------- windows
SITE = Site(new_stack(), "W")


@pytest.mark.parametrize(
    ("window", "message"),
    [
        ("sun:05:00-sun:05:30", "is shorter than 60 minutes"),
        ("sun 05:00-06:00", "must be 'ddd:hh24:mi-ddd:hh24:mi'"),
        ("sun:25:00-mon:01:00", "hours are 00..23"),
        ("sun:05:00-abc:06:00", "days are sun, mon"),
    ],
)
def test_maintenance_window_rules(window: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        check_maintenance_window(SITE, "preferred_maintenance_window", window)


def test_maintenance_window_crosses_the_week() -> None:
    assert check_maintenance_window(SITE, "w", "sat:23:30-sun:00:30") == (6 * 1440 + 1410, 30)
    with pytest.raises(ValidationError, match="shorter than 60"):
        check_maintenance_window(SITE, "w", "sat:23:30-sun:00:10")


@pytest.mark.parametrize(
    ("window", "message"),
    [("03:00-03:59", "is shorter than 60 minutes"), ("3:00-4:00", "must be 'hh24:mi-hh24:mi'"), ("03:60-05:00", "minutes 00..59")],
)
def test_snapshot_window_rules(window: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        check_snapshot_window(SITE, "snapshot_window", window)


@pytest.mark.parametrize(
    ("maintenance", "snapshot", "overlaps"),
    [
        ("sun:05:00-sun:06:00", "05:30-06:30", True),
        ("sun:05:00-sun:06:00", "06:00-07:00", False),
        ("sat:23:30-sun:00:30", "00:00-01:00", True),  # across the week boundary
        ("sat:23:30-sun:00:30", "23:00-00:00", True),
        ("wed:10:00-wed:11:00", "23:30-00:30", False),
        ("mon:22:00-tue:02:00", "01:00-02:00", True),
    ],
)
def test_windows_never_overlap(maintenance: str, snapshot: str, overlaps: bool) -> None:
    m = check_maintenance_window(SITE, "preferred_maintenance_window", maintenance)
    s = check_snapshot_window(SITE, "snapshot_window", snapshot)
    if overlaps:
        with pytest.raises(ValidationError, match="overlaps the maintenance window"):
            check_windows_apart(SITE, m, s, maintenance, snapshot)
    else:
        check_windows_apart(SITE, m, s, maintenance, snapshot)
