"""SubnetGroup: the subnets it selects, its name rule, imports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2

import elasticache_kit as elasticache
from elasticache_kit import ValidationError

from ..conftest import SUBNETS, imported_vpc, new_stack, only, synth


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

