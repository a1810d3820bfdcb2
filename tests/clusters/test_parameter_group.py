"""ParameterGroup: cluster mode, parameters, its rules, imports of the default groups."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import aws_cdk as cdk
import pytest

import elasticache_kit as elasticache
from elasticache_kit import EngineVersion, ValidationError

from ..conftest import new_stack, only, synth


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

