"""Deploy rehearsal of a public serverless cache's connect grant: the IAM simulator
evaluates ``elasticache:Connect`` (what an IAM authentication token is) against the
synthesized policy, with and without the ``elasticache:ConnectionType`` key in the
request, since the Service Authorization Reference does not list the key on Connect
(as of 2026-12): the grant must work whether or not the request carries it."""

from __future__ import annotations

from typing import Any

import pytest
from aws_cdk import aws_iam as iam

import elasticache_kit as elasticache
from elasticache_kit import ConnectionType

from ..conftest import new_stack, synth
from ..support import rehearsal
from ..support.aws_wire import Call


def _public_grant(strict: bool) -> tuple[dict[str, Any], rehearsal.Component, rehearsal.Resolver, list[str]]:
    stack = new_stack("Public")
    user = elasticache.IamUser(stack, "App", user_id="app-iam", access_control=elasticache.AccessControl.read_write("app:*"))
    cache = elasticache.ServerlessCache(stack, "Cache", engine=elasticache.CacheEngine.VALKEY_9, connection_type=ConnectionType.PUBLIC,
                                        user_group=elasticache.UserGroup(stack, "Users", users=[user]))
    role = iam.Role(stack, "AppRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    cache.grant_connect_as(role, user)
    template = synth(stack)
    if strict:  # the plain StringEquals a library could have written instead
        for policy in rehearsal.of_type(template, "AWS::IAM::Policy").values():
            for statement in policy["Properties"]["PolicyDocument"]["Statement"]:
                statement["Condition"] = {"StringEquals": statement["Condition"]["StringEqualsIfExists"]}
    (role_id,) = [k for k in rehearsal.of_type(template, "AWS::IAM::Role") if k.startswith("AppRole")]
    resolver = rehearsal.Resolver(template, stack_name="Public")
    (cache_id,) = rehearsal.of_type(template, "AWS::ElastiCache::ServerlessCache")
    (user_id,) = rehearsal.of_type(template, "AWS::ElastiCache::User")
    arns = [resolver.get_att(cache_id, "Arn"), resolver.get_att(user_id, "Arn")]
    return template, rehearsal.Component("public cache client", role_id), resolver, arns


def test_connect_grant_works_with_and_without_the_key() -> None:
    template, component, resolver, arns = _public_grant(strict=False)
    rehearsal.assert_allowed(template, component, [Call("elasticache:Connect", arn) for arn in arns], resolver)
    rehearsal.assert_allowed(template, component, [Call("elasticache:Connect", arn, context={"elasticache:ConnectionType": "public"})
                                                   for arn in arns], resolver)
    # the simulator's action data (the Service Authorization Reference) has no elasticache:ConnectionType on
    # Connect, so it never puts the key in a Connect request: the IfExists limit is inert until AWS adds it
    # there, and a plain StringEquals denies every connection (the control below)
    rehearsal.assert_denied(template, component, [Call("elasticache:Connect", "arn:aws:elasticache:us-east-1:111122223333:serverlesscache:other",
                                                       context={"elasticache:ConnectionType": "public"})], resolver)


def test_negative_control_a_plain_string_equals_denies_requests_without_the_key() -> None:
    template, component, resolver, arns = _public_grant(strict=True)
    with pytest.raises(AssertionError, match="elasticache:Connect on .*ImplicitlyDenied"):
        rehearsal.assert_allowed(template, component, [Call("elasticache:Connect", arns[0])], resolver)
