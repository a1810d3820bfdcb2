"""Endpoint policy builders: the AWS examples in a line or two, principal and
action validation, lints, and the action catalog kept in step with botocore."""

from __future__ import annotations

import json

import botocore.session
import pytest

from elasticache_kit import Effect, EndpointPolicy, EndpointPolicyStatement, PolicyPrincipal, ValidationError
from elasticache_kit import ElastiCacheActions as A
from elasticache_kit.endpoints._action_catalog import API_OPERATIONS

SEED_VALKEY = """{ "Statement": [{ "Principal": "*", "Effect": "Allow", "Action": [ "elasticache:CreateCacheCluster",
"elasticache:ModifyCacheCluster", "elasticache:CreateSnapshot" ], "Resource": "*" }] }"""
SEED_MEMCACHED = """{ "Statement": [{ "Principal": "*", "Effect": "Allow", "Action": [ "elasticache:CreateCacheCluster",
"elasticache:ModifyCacheCluster" ], "Resource": "*" }] }"""
SEED_DENY_ACCOUNT = """{ "Statement": [{ "Action": "*", "Effect": "Allow", "Resource": "*", "Principal": "*" },
{ "Action": "*", "Effect": "Deny", "Resource": "*", "Principal": { "AWS": [ "123456789012" ] } } ] }"""


def test_seed_examples_in_a_line() -> None:
    assert EndpointPolicy.only_actions(A.CREATE_CACHE_CLUSTER, A.MODIFY_CACHE_CLUSTER, A.CREATE_SNAPSHOT).to_json() \
        == json.loads(SEED_VALKEY)
    assert EndpointPolicy.only_actions(A.CREATE_CACHE_CLUSTER, A.MODIFY_CACHE_CLUSTER).to_json() \
        == json.loads(SEED_MEMCACHED)
    assert EndpointPolicy.deny_accounts("123456789012").to_json() == json.loads(SEED_DENY_ACCOUNT)


def test_presets_and_builders() -> None:
    assert EndpointPolicy.full_access().to_json() == {
        "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}
    assert EndpointPolicy.read_only().to_json()["Statement"][0]["Action"] == [
        "elasticache:Describe*", "elasticache:List*"]
    policy = (EndpointPolicy()
              .allow(A.DESCRIBE_SERVERLESS_CACHES, principals="arn:aws:iam::123456789012:role/app",
                     conditions={"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}, sid="App")
              .with_version())
    statement = policy.to_json()["Statement"][0]
    assert policy.to_json()["Version"] == "2012-10-17"
    assert statement == {"Sid": "App", "Effect": "Allow",
                         "Principal": {"AWS": ["arn:aws:iam::123456789012:role/app"]},
                         "Action": "elasticache:DescribeServerlessCaches", "Resource": "*",
                         "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}}


def test_builders_are_immutable() -> None:
    base = EndpointPolicy.full_access()
    extended = base.deny("*", principals=PolicyPrincipal.account("111122223333"))
    assert len(base.statements) == 1 and len(extended.statements) == 2
    with pytest.raises(AttributeError):
        base.statements = ()  # type: ignore[misc]


@pytest.mark.parametrize("principal", [
    "123456789012", "arn:aws:iam::123456789012:root", "arn:aws-cn:iam::123456789012:root",
    "arn:aws-us-gov:iam::123456789012:user/division/alice", "arn:aws:iam::123456789012:role/app-role",
])
def test_principal_formats(principal: str) -> None:
    assert PolicyPrincipal.parse(principal).value == principal


@pytest.mark.parametrize(("call", "arg", "expected"), [
    (PolicyPrincipal.account, "12345", "a 12-digit account id"),
    (PolicyPrincipal.account, "arn:aws:iam::123456789012:user/x", "a 12-digit account id"),
    (PolicyPrincipal.iam_user, "arn:aws:iam::123456789012:role/x", "arn:PARTITION:iam::123456789012:user/NAME"),
    (PolicyPrincipal.iam_role, "arn:aws:iam::12345:role/x", "arn:PARTITION:iam::123456789012:role/NAME"),
    (PolicyPrincipal.iam_role, "arn:aws-moon:iam::123456789012:role/x", "arn:PARTITION:iam::123456789012:role/NAME"),
    (PolicyPrincipal.parse, "alice", "is not a principal"),
])
def test_malformed_principals(call, arg: str, expected: str) -> None:
    with pytest.raises(ValidationError, match="malformed|is not a principal") as raised:
        call(arg)
    assert expected in str(raised.value)


def test_unknown_action_suggests_the_closest() -> None:
    with pytest.raises(ValidationError, match=r"did you mean elasticache:CreateCacheCluster\?"):
        EndpointPolicy().allow("elasticache:CreateCacheClustr")


@pytest.mark.parametrize(("action", "rule"), [
    ("elasticache:Frobnicate*", "matches no ElastiCache action"),
    ("s3:GetObject", "is not an ElastiCache action"),
    ("elasticache:", "is not an ElastiCache action"),
    ("", "must be a non-empty string"),
])
def test_bad_actions(action: str, rule: str) -> None:
    with pytest.raises(ValidationError, match=rule):
        EndpointPolicy().allow(action)


def test_wildcards_and_case() -> None:
    policy = EndpointPolicy().allow(["elasticache:Describe*", "elasticache:*Snapshot*", "ELASTICACHE:connect"])
    assert policy.to_json()["Statement"][0]["Action"][2] == "ELASTICACHE:connect"


def test_lints() -> None:
    with pytest.raises(ValidationError, match="only deny"):
        EndpointPolicy().deny("*", principals="123456789012").to_json()
    with pytest.raises(ValidationError, match="would allow nothing"):
        EndpointPolicy().to_json()
    with pytest.raises(ValidationError, match="at least one action"):
        EndpointPolicy().allow([])
    with pytest.raises(ValidationError, match="NotPrincipal"):
        EndpointPolicyStatement(Effect.ALLOW, ("*",), not_principals=(PolicyPrincipal.account("123456789012"),))
    deny_others = EndpointPolicyStatement(Effect.DENY, ("*",), not_principals=(PolicyPrincipal.account("123456789012"),))
    rendered = EndpointPolicy.full_access().with_statement(deny_others).to_json()["Statement"][1]
    assert rendered["NotPrincipal"] == {"AWS": ["123456789012"]} and "Principal" not in rendered


def test_catalog_matches_installed_botocore() -> None:
    model = botocore.session.get_session().get_service_model("elasticache")
    missing = sorted(set(model.operation_names) - set(API_OPERATIONS))
    assert not missing, f"botocore knows new operations {missing}: run scripts/generate_action_catalog.py"
    assert A.CREATE_CACHE_CLUSTER == "elasticache:CreateCacheCluster" and A.CONNECT == "elasticache:Connect"


def test_as_policy_document() -> None:
    import aws_cdk as cdk

    stack = cdk.Stack()
    document = EndpointPolicy.read_only().to_policy_document()
    assert stack.resolve(document)["Statement"][0]["Action"] == ["elasticache:Describe*", "elasticache:List*"]
