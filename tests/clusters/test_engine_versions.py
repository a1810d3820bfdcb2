"""EngineVersion: parameter-group families, default parameter groups, the escape hatch for later versions, the rules, features by version."""

from __future__ import annotations

from typing import Any

import pytest

from elasticache_kit import EngineVersion, ValidationError


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

