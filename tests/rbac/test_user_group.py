"""UserGroup: engines and the default user, generated ids, the empty-group rule at synth, imports by ARN."""

from __future__ import annotations

import re

import pytest

import elasticache_kit as elasticache
from elasticache_kit import AccessControl, UserEngine

from ..conftest import only, resources, synth

ACL = AccessControl.read_write("app:*")


def test_builtin_default_user_in_redis_group(stack) -> None:
    default = elasticache.NoPasswordUser.from_user_id(stack, "Default", "default")
    assert (default.user_name, default.engine) == ("default", UserEngine.REDIS)
    app = elasticache.PasswordUser(stack, "App", user_id="app", engine=UserEngine.REDIS, access_control=ACL)
    elasticache.UserGroup(stack, "Group", engine=UserEngine.REDIS, users=[default, app])
    props = only(synth(stack), "AWS::ElastiCache::UserGroup")
    assert props["UserIds"][0] == "default" and props["Engine"] == "redis"


def test_valkey_group_admits_redis_users_that_authenticate(stack) -> None:
    redis_iam = elasticache.IamUser(stack, "RedisIam", user_id="legacy", engine=UserEngine.REDIS, access_control=ACL)
    group = elasticache.UserGroup(stack, "Group", users=[redis_iam])
    assert group.engine == UserEngine.VALKEY
    assert len(resources(synth(stack), "AWS::ElastiCache::User")) == 1


def test_generated_group_id_is_valid(stack) -> None:
    group = elasticache.UserGroup(stack, "MyUserGroup")
    assert re.fullmatch(r"[a-z][a-z0-9-]*[a-z0-9]", group.user_group_name)
    group.add_user(elasticache.IamUser(stack, "User", user_id="app", access_control=ACL))
    assert len(only(synth(stack), "AWS::ElastiCache::UserGroup")["UserIds"]) == 1


def test_group_left_empty_fails_at_synth(stack) -> None:
    """CloudFormation requires UserIds with at least one id."""
    elasticache.UserGroup(stack, "Empty")
    with pytest.raises(RuntimeError, match=r"Test/Empty: users=\[\] is empty: a user group needs at least one user"):
        synth(stack)


def test_group_arn_format(stack) -> None:
    group = elasticache.UserGroup.from_user_group_arn(
        stack, "G", "arn:aws-cn:elasticache:cn-north-1:123456789012:usergroup:shared")
    assert group.user_group_name == "shared"
    assert group.user_group_arn.endswith(":usergroup:shared")
