"""Deploy rehearsal of password rotation: the rotation function runs Secrets
Manager's four steps against the fake Secrets Manager / ElastiCache (and a real
loopback redis-server), configured as the synthesized stack configures it (the
secret's and the user's real ARNs, the KMS key); every call it made is evaluated
by the IAM simulator against the template (identity policies, the KMS key
policy, and the ElastiCache API endpoint's policy the calls go through), and its
network paths (to the cache or group on its port, to the API endpoints) are
checked. Serverless caches, replication groups and cluster-mode groups."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms

import elasticache_kit as elasticache
from elasticache_kit import EndpointPolicy, PasswordRotation, ValidationError
from elasticache_kit.rbac.rotation_function import handler as rotation

from ..conftest import new_stack, synth
from ..rbac.test_rotation_handler import OLD, Context, cache, free_port, tls_files  # noqa: F401 - fixtures
from ..support import rehearsal
from ..support.aws_wire import Call, arn
from ..support.fake_secretsmanager_elasticache import FakeAws

pytestmark = pytest.mark.skipif(
    __import__("shutil").which("redis-server") is None or __import__("shutil").which("openssl") is None,
    reason="needs redis-server and openssl",
)


def isolated(stack: cdk.Stack) -> ec2.Vpc:
    return ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, subnet_configuration=[
        ec2.SubnetConfiguration(name="cache", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])


def build(kind: str, *, endpoint_policy: EndpointPolicy | None = None) -> tuple[cdk.Stack, Any]:
    """A stack as a user would write it: an isolated VPC with interface endpoints for both APIs,
    a user with a KMS-encrypted secret, the cache or group, rotation."""
    stack = new_stack("Rotation")
    vpc = isolated(stack)
    vpc.add_interface_endpoint("SecretsManager", service=ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER)
    api = elasticache.InterfaceEndpoint(
        stack, "ElastiCacheApi", vpc=vpc, target=elasticache.EndpointTarget.elasticache_api(),
        policy=endpoint_policy or EndpointPolicy().allow(["elasticache:ModifyUser", "elasticache:DescribeUsers"]))
    key = kms.Key(stack, "Key", enable_key_rotation=True)
    user = elasticache.PasswordUser(stack, "Reporting", user_id="reporting",
                                    access_control=elasticache.AccessControl.read_only("app:*"), secret_encryption_key=key)
    group = elasticache.UserGroup(stack, "Users", users=[user])
    target: Any
    if kind == "serverless":
        target = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, user_group=group)
    elif kind == "group":
        target = elasticache.ReplicationGroup(stack, "Group", vpc=vpc, replication_group_id="orders", user_group=group,
                                              num_cache_clusters=2)
    else:
        target = elasticache.ClusterReplicationGroup(stack, "Group", vpc=vpc, replication_group_id="orders",
                                                     user_group=group, num_node_groups=2, replicas_per_node_group=1)
    user.add_rotation(PasswordRotation(cache=target, api_endpoint=api))
    return stack, target


def logical(template: dict[str, Any], kind: str, contains: str = "") -> str:
    (found,) = [k for k in rehearsal.of_type(template, kind) if contains in k]
    return found


@pytest.fixture
def rehearse(cache: dict[str, int], tls_files: Any, monkeypatch: pytest.MonkeyPatch  # noqa: F811
             ) -> Iterator[Callable[[dict[str, Any]], FakeAws]]:
    """Run a whole rotation as the template configures it; return the fake with its recorded calls."""
    fakes: list[FakeAws] = []

    def run(template: dict[str, Any]) -> FakeAws:
        resolver = rehearsal.Resolver(template)
        secret_arn = resolver.ref(logical(template, "AWS::SecretsManager::Secret"))
        user = logical(template, "AWS::ElastiCache::User")
        user_arn = resolver.get_att(user, "Arn")
        key_arn = resolver.get_att(logical(template, "AWS::KMS::Key"), "Arn")
        value = {"username": "reporting", "password": OLD, "user_arn": user_arn}
        fake = FakeAws(secret_arn=secret_arn, secret_value=value, redis_port=cache["plain"], kms_key_arn=key_arn,
                       user={"user_id": resolver.ref(user), "user_name": "reporting", "arn": user_arn})
        fakes.append(fake)
        fake.__enter__()
        for name, val in {
            "AWS_ENDPOINT_URL_SECRETS_MANAGER": fake.url, "AWS_ENDPOINT_URL_ELASTICACHE": fake.url,
            "AWS_ACCESS_KEY_ID": "ASIAREHEARSALROTATION", "AWS_SECRET_ACCESS_KEY": "fake-secret-for-signing",
            "AWS_DEFAULT_REGION": "us-east-1", "AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent",
            "CACHE_ENDPOINT_HOST": "localhost", "CACHE_ENDPOINT_PORT": str(cache["tls"]), "CACHE_TLS": "true",
            "SSL_CERT_FILE": str(tls_files / "ca.pem"), "WAIT_SECONDS": "0.01",
        }.items():
            monkeypatch.setenv(name, val)
        token = str(uuid.uuid4())
        fake.versions[token] = {"string": None, "stages": ["AWSPENDING"]}
        for step in ("createSecret", "setSecret", "testSecret", "finishSecret"):
            rotation.handler({"SecretId": secret_arn, "ClientRequestToken": token, "Step": step}, Context())
        assert fake.stage_of("AWSCURRENT") == token
        return fake

    try:
        yield run
    finally:
        for fake in fakes:
            fake.__exit__()


def function_of(template: dict[str, Any]) -> str:
    return logical(template, "AWS::Lambda::Function", "Rotation")


@pytest.mark.parametrize("kind", ["serverless", "group", "cluster"])
def test_rotation_is_rehearsed(kind: str, rehearse: Callable[[dict[str, Any]], FakeAws]) -> None:
    stack, target = build(kind)
    template = synth(stack)
    fake = rehearse(template)
    calls = list(fake.calls)
    assert {c.action for c in calls} == {
        "secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue",
        "secretsmanager:UpdateSecretVersionStage", "elasticache:DescribeUsers", "elasticache:ModifyUser",
        "kms:Decrypt", "kms:GenerateDataKey"}
    function = function_of(template)
    component = rehearsal.function_component(template, function)
    verdicts = rehearsal.assert_allowed(template, component, calls)
    # the ElastiCache calls went through the endpoint's policy, the KMS calls through the key policy
    assert any(s["policy"].startswith("vpc-endpoint:") for v in verdicts if v.call.action.startswith("elasticache:")
               for s in v.considered)
    # what the template tells the function: the cache's port, TLS on
    variables = rehearsal.Resolver(template).resolve(template["Resources"][function]["Properties"]["Environment"]["Variables"])
    assert variables["CACHE_TLS"] == "true"
    port = int(variables["CACHE_ENDPOINT_PORT"])
    cache_kind = "AWS::ElastiCache::ServerlessCache" if kind == "serverless" else "AWS::ElastiCache::ReplicationGroup"
    rehearsal.assert_path(template, function, logical(template, cache_kind), port)
    for endpoint in rehearsal.of_type(template, "AWS::EC2::VPCEndpoint"):
        rehearsal.assert_path(template, function, endpoint, 443)
    # the denied-list: another user, another secret, the key without Secrets Manager
    rehearsal.assert_denied(template, component, [
        Call("elasticache:ModifyUser", arn("elasticache", "user:admin")),
        Call("elasticache:ModifyUser", arn("elasticache", "user:default")),
        Call("secretsmanager:GetSecretValue", arn("secretsmanager", "secret:prod/other-Ab12Cd")),
        Call("secretsmanager:DeleteSecret", fake.secret_arn),
        Call("kms:Decrypt", fake.kms_key_arn or ""),
        Call("elasticache:DeleteReplicationGroup", arn("elasticache", "replicationgroup:orders")),
        Call("elasticache:ModifyServerlessCache", arn("elasticache", "serverlesscache:cache")),
    ])


def test_negative_controls(rehearse: Callable[[dict[str, Any]], FakeAws]) -> None:
    stack, _ = build("group")
    template = synth(stack)
    fake = rehearse(template)
    component = rehearsal.function_component(template, function_of(template))
    for action in ("elasticache:ModifyUser", "secretsmanager:PutSecretValue", "kms:GenerateDataKey"):
        broken = rehearsal.without_statement(template, action)
        with pytest.raises(AssertionError, match=f"{action} on arn:aws:.*Denied"):
            rehearsal.assert_allowed(broken, component, list(fake.calls))


def test_an_endpoint_policy_that_refuses_modify_user_fails_the_rehearsal(
        rehearse: Callable[[dict[str, Any]], FakeAws]) -> None:
    """The template as the synth-time check would refuse it: the rehearsal names the endpoint's policy."""
    stack, _ = build("serverless")
    template = synth(stack)
    fake = rehearse(template)
    (endpoint,) = [k for k, v in rehearsal.of_type(template, "AWS::EC2::VPCEndpoint").items()
                   if "PolicyDocument" in v["Properties"]]
    template["Resources"][endpoint]["Properties"]["PolicyDocument"] = EndpointPolicy.read_only().to_json()
    component = rehearsal.function_component(template, function_of(template))
    with pytest.raises(AssertionError, match=r"elasticache:ModifyUser on arn:aws:elasticache:.*user:reporting: \w*Denied"):
        rehearsal.assert_allowed(template, component, list(fake.calls))


def test_replication_group_rotation_template() -> None:
    """Main refused a replication group (``must be a ServerlessCache``); the function gets the group's
    endpoint and port, and a path to it through the group's connections, with no user wiring."""
    stack = new_stack()
    vpc = isolated(stack)
    user = elasticache.PasswordUser(stack, "U", user_id="reporting", access_control=elasticache.AccessControl.read_only("app:*"))
    group = elasticache.ReplicationGroup(stack, "Group", vpc=vpc, replication_group_id="orders", port=6390,
                                         user_group=elasticache.UserGroup(stack, "G", users=[user]), num_cache_clusters=2)
    function = user.add_rotation(PasswordRotation(cache=group))
    template = synth(stack)
    (lid,) = rehearsal.of_type(template, "AWS::Lambda::Function")
    variables = template["Resources"][lid]["Properties"]["Environment"]["Variables"]
    (group_lid,) = rehearsal.of_type(template, "AWS::ElastiCache::ReplicationGroup")
    assert variables["CACHE_ENDPOINT_HOST"] == {"Fn::GetAtt": [group_lid, "PrimaryEndPoint.Address"]}
    assert variables["CACHE_ENDPOINT_PORT"] == "6390" and variables["CACHE_TLS"] == "true"
    rehearsal.assert_path(template, lid, group_lid, 6390)
    assert rehearsal.path_problem(template, lid, group_lid, 6379) is not None  # the port is the group's, no other
    # add_rotation returns a function with connections (main: a CfnFunction, AttributeError)
    assert function.connections.security_groups
    assert function.function_arn


def test_given_api_endpoint_is_checked_at_synth() -> None:
    stack = new_stack()
    vpc = isolated(stack)
    other_vpc = ec2.Vpc(stack, "Other", max_azs=2, nat_gateways=0, subnet_configuration=[
        ec2.SubnetConfiguration(name="x", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
    user = elasticache.PasswordUser(stack, "U", user_id="reporting", access_control=elasticache.AccessControl.read_only("app:*"))
    serverless = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, user_group=elasticache.UserGroup(stack, "G", users=[user]))
    read_only = elasticache.InterfaceEndpoint(stack, "ReadOnly", vpc=vpc, target=elasticache.EndpointTarget.elasticache_api(),
                                              policy=EndpointPolicy.read_only())
    with pytest.raises(ValidationError) as raised:
        user.add_rotation(PasswordRotation(cache=serverless, api_endpoint=read_only))
    message = str(raised.value)
    assert raised.value.prop == "rotation.api_endpoint" and "Test/ReadOnly" in message
    assert "elasticache:ModifyUser" in message and ":user:reporting" in message and "no statement allows it" in message
    elsewhere = elasticache.InterfaceEndpoint(stack, "Elsewhere", vpc=other_vpc,
                                              target=elasticache.EndpointTarget.elasticache_api())
    with pytest.raises(ValidationError, match=r"Test/Elsewhere.* is in VPC Test/Other, not in .*VPC Test/Vpc"):
        user.add_rotation(PasswordRotation(cache=serverless, api_endpoint=elsewhere))
    denying = elasticache.InterfaceEndpoint(
        stack, "Denying", vpc=vpc, target=elasticache.EndpointTarget.elasticache_api(), private_dns_enabled=False,
        policy=EndpointPolicy.full_access().deny("elasticache:ModifyUser"))
    with pytest.raises(ValidationError, match="refuses elasticache:ModifyUser on .*denied by statement 2"):
        user.add_rotation(PasswordRotation(cache=serverless, api_endpoint=denying))
    allowing = elasticache.InterfaceEndpoint(
        stack, "Allowing", vpc=vpc, target=elasticache.EndpointTarget.elasticache_api(), private_dns_enabled=False,
        policy=EndpointPolicy().allow(["elasticache:ModifyUser", "elasticache:DescribeUsers"],
                                      resources=["arn:aws:elasticache:*:*:user:reporting"]))
    user.add_rotation(PasswordRotation(cache=serverless, api_endpoint=allowing))
    template = synth(stack)
    (lid,) = rehearsal.of_type(template, "AWS::Lambda::Function")
    assert "AWS_ENDPOINT_URL_ELASTICACHE" in template["Resources"][lid]["Properties"]["Environment"]["Variables"]
    (endpoint,) = [k for k in rehearsal.of_type(template, "AWS::EC2::VPCEndpoint") if k.startswith("Allowing")]
    rehearsal.assert_path(template, lid, endpoint, 443)
    print(json.dumps({"connections": len(rehearsal.CONNECTIONS)}))
