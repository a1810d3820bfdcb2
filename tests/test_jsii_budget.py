"""Round trips to the jsii kernel per construct: the guide's performance rules
(about one call per resource; nothing read back that Python knows) as exact,
deterministic budgets. Timing belongs to the benchmark, not here."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from jsii._kernel.providers import process

import elasticache_kit as elasticache

from .conftest import imported_vpc, new_stack


@contextmanager
def round_trips() -> Iterator[list[str]]:
    """Record every request sent to the jsii kernel inside the block."""
    seen: list[str] = []
    original: Callable = process._NodeProcess.send

    def send(self, request, response_type):  # type: ignore[no-untyped-def]
        detail = getattr(request, "property", None) or getattr(request, "method", None) or getattr(request, "fqn", "")
        seen.append(f"{type(request).__name__}:{detail}")
        return original(self, request, response_type)

    process._NodeProcess.send = send
    try:
        yield seen
    finally:
        process._NodeProcess.send = original


def test_serverless_cache_budget() -> None:
    stack = new_stack()
    vpc = imported_vpc(stack)
    acl = elasticache.AccessControl.full_access()
    elasticache.ServerlessCache(stack, "Warm", vpc=vpc)  # pays the VPC's subnet lookup once
    with round_trips() as named:
        elasticache.ServerlessCache(stack, "Named", vpc=vpc, serverless_cache_name="named")
    # construct + security group + its id + the L1
    assert len(named) == 4, named
    with round_trips() as generated:
        elasticache.ServerlessCache(stack, "Generated", vpc=vpc)
    assert len(generated) == 4, generated  # the name derives from the scope's path, read once per scope
    with round_trips() as users:
        elasticache.IamUser(stack, "User", user_id="u1", access_control=acl)
    assert len(users) == 2, users  # construct + the L1


def test_shared_vpc_subnets_are_looked_up_once() -> None:
    stack = new_stack()
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
    with round_trips() as first:
        elasticache.ServerlessCache(stack, "A", vpc=vpc)
    with round_trips() as second:
        elasticache.ServerlessCache(stack, "B", vpc=vpc)
    assert len(first) - len(second) >= 5  # the selection is cached per VPC


def test_rbac_set_budget() -> None:
    stack = new_stack()
    vpc = imported_vpc(stack)
    acl = elasticache.AccessControl.full_access()
    elasticache.ServerlessCache(stack, "Warm", vpc=vpc)
    elasticache.UserGroup(stack, "WarmGroup")  # registers the stack's synth-time check once
    with round_trips() as calls:
        user = elasticache.IamUser(stack, "U", user_id="u", access_control=acl)
        default = elasticache.IamUser(stack, "D", user_id="d", access_control=acl)
        group = elasticache.UserGroup(stack, "G", users=[user, default], user_group_name="g")
        elasticache.ServerlessCache(stack, "C", vpc=vpc, serverless_cache_name="c", user_group=group)
    # 2 users x 2, group: construct + 2 member refs + L1, cache: 4 + group ref
    assert len(calls) == 4 + 4 + 5, calls
    assert cdk.Stack.of(group) is stack
