"""Durability of Valkey 9 replication groups and the engine-version support
table: every service rule with its message, the emitted template (snapshot,
cfn-lint), EffectiveDurability, and the end-of-standard-support warning."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import aws_cdk as cdk
import pytest

import elasticache_kit as elasticache
from elasticache_kit import Durability, EngineVersion, ValidationError
from elasticache_kit.checks import support as check_support
from elasticache_kit.clusters import engine_versions

from ..conftest import imported_vpc, new_stack, only, resources

RG = "AWS::ElastiCache::ReplicationGroup"


def _durable(stack: cdk.Stack, **kwargs: Any) -> elasticache.ClusterReplicationGroup:
    options: dict[str, Any] = {"cache_node_type": "cache.r7g.large", "durability": Durability.SYNC, **kwargs}
    return elasticache.ClusterReplicationGroup(stack, "Group", vpc=imported_vpc(stack), **options)


def _warnings(stack: cdk.Stack) -> list[str]:
    assembly = cdk.Stage.of(stack).synth()  # type: ignore[union-attr]
    return [str(m.entry.data) for m in assembly.get_stack_artifact(stack.artifact_id).messages]


def test_durable_group(checked: Callable[[cdk.Stack], dict[str, Any]]) -> None:
    stack = new_stack()
    group = _durable(stack, durability=Durability.ASYNC)
    template = checked(stack)
    props = only(template, RG)
    (logical_id,) = resources(template, RG)
    assert props["Durability"] == "async"
    assert props["ClusterMode"] == "enabled" and props["MultiAZEnabled"] is True
    assert props["TransitEncryptionEnabled"] is True and props["AtRestEncryptionEnabled"] is True
    assert group.durability is Durability.ASYNC
    assert stack.resolve(group.effective_durability) == {"Fn::GetAtt": [logical_id, "EffectiveDurability"]}


def test_durability_is_not_emitted_unless_asked() -> None:
    stack = new_stack()
    elasticache.ClusterReplicationGroup(stack, "Group", vpc=imported_vpc(stack))
    assert "Durability" not in only(cdk.Stage.of(stack).synth().get_stack_by_name("Test").template, RG)  # type: ignore[union-attr]


@pytest.mark.parametrize("value", [Durability.DISABLED, Durability.DEFAULT])
def test_disabled_and_default_have_no_rules(value: Durability) -> None:
    stack = new_stack()
    elasticache.ReplicationGroup(stack, "Group", vpc=imported_vpc(stack), engine_version=EngineVersion.REDIS_7_1,
                                 durability=value)
    template = cdk.Stage.of(stack).synth().get_stack_by_name("Test").template  # type: ignore[union-attr]
    assert only(template, RG)["Durability"] == value.value


@pytest.mark.parametrize(
    ("kwargs", "prop", "message"),
    [
        ({"engine_version": EngineVersion.VALKEY_8_2}, "durability", "needs Valkey 9.0 or later"),
        ({"engine_version": EngineVersion.REDIS_7_1}, "durability", "needs Valkey 9.0 or later"),
        ({"cache_node_type": "cache.t4g.medium"}, "cache_node_type", "durability runs on the node families"),
        ({"cache_node_type": "cache.r6gd.xlarge"}, "cache_node_type", "durability runs on the node families"),
        ({"replicas_per_node_group": 0}, "replicas_per_node_group", "must be at least 1"),
        ({"multi_az": False}, "multi_az", "must be True with durability=SYNC"),
        ({"transit_encryption": False}, "transit_encryption", "must be True with durability=SYNC"),
        ({"at_rest_encryption": False}, "at_rest_encryption", "the service requires and enables it"),
        ({"durability": "sync"}, "durability", "must be a Durability"),
    ],
)
def test_durability_rules(kwargs: dict[str, Any], prop: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as raised:
        _durable(new_stack(), **kwargs)
    assert raised.value.prop == prop and raised.value.construct_path == "Test/Group"


def test_durability_needs_cluster_mode_enabled() -> None:
    stack = new_stack()
    with pytest.raises(ValidationError, match="needs cluster mode enabled") as raised:
        elasticache.ReplicationGroup(stack, "Group", vpc=imported_vpc(stack), cache_node_type="cache.r7g.large",
                                     durability=Durability.SYNC)
    assert raised.value.prop == "durability"


# ----------------------------------------------------------------- versions
def test_valkey_9_versions_and_family() -> None:
    assert EngineVersion.VALKEY_9_0.parameter_group_family == EngineVersion.VALKEY_9_1.parameter_group_family == "valkey9"
    assert EngineVersion.VALKEY_9_0.supports_durability and not EngineVersion.VALKEY_8_2.supports_durability
    assert EngineVersion.REDIS_5_0_6.supports_global_datastore and not EngineVersion.REDIS_4_0_10.supports_global_datastore


def test_support_table_is_one_table() -> None:
    assert check_support.ENGINE_SUPPORT is engine_versions.ENGINE_SUPPORT
    assert check_support.support_of is engine_versions.support_of
    assert engine_versions.SUPPORT_TABLE_DATE <= datetime.date.today()


def test_past_standard_support_follows_the_table() -> None:
    end = engine_versions.ENGINE_SUPPORT["redis", "6"].end_of_standard_support
    assert not EngineVersion.REDIS_6_2.past_standard_support(end)
    assert EngineVersion.REDIS_6_2.past_standard_support(end + datetime.timedelta(days=1))
    assert EngineVersion.REDIS_7_1.support is None and not EngineVersion.REDIS_7_1.past_standard_support()
    assert not EngineVersion.VALKEY_9_1.past_standard_support(datetime.date(2100, 1, 1))


def test_synth_warns_about_a_version_past_standard_support() -> None:
    stack = new_stack()
    elasticache.ReplicationGroup(stack, "Group", vpc=imported_vpc(stack), engine_version=EngineVersion.REDIS_5_0_6,
                                 generate_auth_token=True)
    messages = [m for m in _warnings(stack) if "engine-past-standard-support" in m]
    assert len(messages) == 1 and "2026-01-31" in messages[0] and "Extended Support" in messages[0]
    stack = new_stack()
    elasticache.ReplicationGroup(stack, "Group", vpc=imported_vpc(stack), engine_version=EngineVersion.REDIS_7_1,
                                 generate_auth_token=True)
    assert not [m for m in _warnings(stack) if "engine-past-standard-support" in m]
