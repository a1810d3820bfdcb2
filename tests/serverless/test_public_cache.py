"""Public serverless caches (ConnectionType public, Valkey 9) and network
types: the service's rules with their messages, the template (snapshot,
cfn-lint), grants limited by ``elasticache:ConnectionType`` read from
aws-cdk-lib's side, and our checks on the synthesized templates (rules
EC-SC7/EC-SC8 fire on templates CDK users write without the library's
defaults, and stay silent on the library's own)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticache as cfn
from aws_cdk import aws_iam as iam

import elasticache_kit as elasticache
from elasticache_kit import CacheEngine, ConnectionType, ValidationError
from elasticache_kit.checks import check_template

from ..conftest import imported_vpc, new_stack, only, resources, synth

SC = "AWS::ElastiCache::ServerlessCache"


def _iam_group(stack: cdk.Stack) -> tuple[elasticache.UserGroup, elasticache.IamUser]:
    user = elasticache.IamUser(stack, "App", user_id="app", access_control=elasticache.AccessControl.read_write("app:*"))
    return elasticache.UserGroup(stack, "Users", users=[user]), user


def _public(stack: cdk.Stack, **kwargs: Any) -> elasticache.ServerlessCache:
    options: dict[str, Any] = {"engine": CacheEngine.VALKEY_9, "connection_type": ConnectionType.PUBLIC, **kwargs}
    return elasticache.ServerlessCache(stack, "Cache", vpc=options.pop("vpc", None), **options)


def _findings(template: dict[str, Any]) -> set[str]:
    return {f.rule_id for f in check_template(template)}


def test_public_cache_with_iam_users(checked: Callable[[cdk.Stack], dict[str, Any]]) -> None:
    stack = new_stack()
    users, user = _iam_group(stack)
    cache = _public(stack, user_group=users, network_type="dual_stack")
    role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
    cache.grant_connect_as(role, user)
    template = checked(stack)
    props = only(template, SC)
    assert props["ConnectionType"] == "public" and props["NetworkType"] == "dual_stack"
    assert "SubnetIds" not in props and "SecurityGroupIds" not in props  # no VPC endpoint
    assert not resources(template, "AWS::EC2::SecurityGroup")
    (statement,) = only(template, "AWS::IAM::Policy")["PolicyDocument"]["Statement"]
    assert statement["Condition"] == {"StringEqualsIfExists": {"elasticache:ConnectionType": "public"}}
    assert statement["Resource"] == [stack.resolve(cache.serverless_cache_arn), stack.resolve(user.user_arn)]
    assert cache.connection_type is ConnectionType.PUBLIC
    assert _findings(template) & {"EC-SC7", "EC-SC8", "EC-SC9"} == set()


def test_default_iam_user_group_by_name(checked: Callable[[cdk.Stack], dict[str, Any]]) -> None:
    stack = new_stack()
    cache = _public(stack, use_default_iam_user_group=True, engine=CacheEngine.VALKEY_LATEST)
    fn_role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    cache.grant_connect_as_default_iam_user(fn_role)
    template = checked(stack)
    assert only(template, SC)["UserGroupId"] == "default.iam-user-group"
    (statement,) = only(template, "AWS::IAM::Policy")["PolicyDocument"]["Statement"]
    assert stack.resolve(statement["Resource"][1])["Fn::Join"][1][-1] == ":user:default.iam-user"
    assert statement["Condition"]["StringEqualsIfExists"]["elasticache:ConnectionType"] == "public"
    assert _findings(template) & {"EC-SC1", "EC-SC7", "EC-SC8"} == set()


def test_vpc_connection_type_limits_grants_to_vpc() -> None:
    stack = new_stack()
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=imported_vpc(stack), connection_type=ConnectionType.VPC)
    role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
    cache.grant_connect(role)
    template = synth(stack)
    assert only(template, SC)["ConnectionType"] == "vpc" and "SecurityGroupIds" in only(template, SC)
    (statement,) = only(template, "AWS::IAM::Policy")["PolicyDocument"]["Statement"]
    assert statement["Condition"] == {"StringEqualsIfExists": {"elasticache:ConnectionType": "vpc"}}


def test_grant_from_aws_cdk_libs_side_keeps_the_condition() -> None:
    stack = new_stack()
    users, _ = _iam_group(stack)
    cache = _public(stack, user_group=users)
    fn = iam.Role(stack, "Fn", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    grant = cache.grant_connect(fn)
    assert grant.success
    # aws-cdk-lib reads the public cache's connections: no security group, nothing to open
    assert cache.connections.security_groups == []


@pytest.mark.parametrize(
    ("kwargs", "prop", "message"),
    [
        ({}, "user_group", "is required on a public cache"),
        ({"engine": CacheEngine.VALKEY_8, "use_default_iam_user_group": True}, "connection_type", "needs Valkey 9 or later"),
        ({"engine": CacheEngine.REDIS_7, "use_default_iam_user_group": True}, "connection_type", "needs Valkey 9 or later"),
        ({"use_default_iam_user_group": True, "vpc_subnets": ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)},
         "vpc_subnets", "does not apply to a public cache"),
        ({"use_default_iam_user_group": True, "network_type": "ipv5"}, "network_type", "must be one of ipv4, ipv6, dual_stack"),
        ({"connection_type": "public"}, "connection_type", "must be a ConnectionType"),
    ],
)
def test_public_cache_rules(kwargs: dict[str, Any], prop: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as raised:
        _public(new_stack(), **kwargs)
    assert raised.value.prop == prop and raised.value.construct_path == "Test/Cache"


def test_public_cache_refuses_security_groups_and_non_iam_users() -> None:
    stack = new_stack()
    group = ec2.SecurityGroup.from_security_group_id(stack, "Sg", "sg-0123456789abcdef0")
    with pytest.raises(ValidationError, match="no security group") as raised:
        _public(stack, use_default_iam_user_group=True, security_groups=[group])
    assert raised.value.prop == "security_groups"
    stack = new_stack()
    password = elasticache.PasswordUser(stack, "Pw", user_id="pw", access_control=elasticache.AccessControl.read_only("*"))
    users = elasticache.UserGroup(stack, "Users", users=[password])
    with pytest.raises(ValidationError, match="must use IAM authentication") as raised:
        _public(stack, user_group=users)
    assert raised.value.prop == "user_group"


def test_default_iam_user_group_is_only_for_public_caches() -> None:
    stack = new_stack()
    with pytest.raises(ValidationError, match="is for public caches"):
        elasticache.ServerlessCache(stack, "Cache", vpc=imported_vpc(stack), use_default_iam_user_group=True)
    stack = new_stack()
    users, _ = _iam_group(stack)
    with pytest.raises(ValidationError, match="conflicts with user_group"):
        _public(stack, user_group=users, use_default_iam_user_group=True)
    stack = new_stack()
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=imported_vpc(stack), user_group=_iam_group(stack)[0])
    with pytest.raises(ValidationError, match="does not use default.iam-user-group"):
        cache.grant_connect_as_default_iam_user(iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal()))


def test_vpc_is_still_required_for_vpc_caches() -> None:
    with pytest.raises(ValidationError, match="unless connection_type=ConnectionType.PUBLIC"):
        elasticache.ServerlessCache(new_stack(), "Cache")


def test_checks_report_a_hand_written_public_cache() -> None:
    """Negative control for EC-SC7/EC-SC8: the L1 without the library's rules."""
    stack = new_stack()
    cfn.CfnServerlessCache(stack, "Raw", engine="valkey", serverless_cache_name="raw", major_engine_version="9",
                           connection_type="public")
    role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
    role.add_to_policy(iam.PolicyStatement(actions=["elasticache:Connect"], resources=["*"]))
    found = _findings(synth(stack))
    assert {"EC-SC7", "EC-SC8"} <= found
