"""Deploy rehearsal of the Redis Cloud PrivateLink example: the custom resource's
handler runs whole lifecycles against the fake Redis Cloud API and a fake AWS
configured exactly as the synthesized ``RedisCloudPrivateLinkExample`` template
configures the function (its environment, the secret's real ARN with its
six-character suffix); every AWS call the fake recorded is then evaluated by the
IAM simulator against that template (tests/support/rehearsal.py). The example's app
function is rehearsed too: Lambda's own calls with its role, and its network
path to the Redis Cloud resource endpoint."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aws_cdk as cdk
import pytest

from examples.redis_cloud_private_link import SECRET_NAME, RedisCloudPrivateLinkStack

from ..redis_cloud.test_redis_cloud_handler import SUB, event, lifecycle, props, wire_ram
from ..support import rehearsal
from ..support.aws_wire import ACCOUNT, Call, arn
from ..support.fake_redis_cloud import API_KEY, SECRET_KEY, FakeRedisCloud, running
from ..support.fake_secretsmanager_ram import FakeAws, running_aws

#: The secret as Secrets Manager really names it: its name, a dash and six random characters.
REAL_SECRET_ARN = arn("secretsmanager", f"secret:{SECRET_NAME}-Ab12Cd")


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False)
    stack = RedisCloudPrivateLinkStack(app, "RedisCloudPrivateLinkExample")
    return app.synth().get_stack_by_name(stack.stack_name).template  # type: ignore[no-any-return]


def handler_functions(template: dict[str, Any]) -> dict[str, rehearsal.Component]:
    """The custom resource's own functions (on_event, is_complete), by logical id."""
    return {lid: c for lid, c in rehearsal.functions(template).items()
            if "redis_cloud.handler" in template["Resources"][lid]["Properties"].get("Handler", "")}


def lambda_platform_calls(template: dict[str, Any], function: str, resolver: rehearsal.Resolver) -> list[Call]:
    """What Lambda itself does with the function's role: write its logs (to its log group),
    and manage its network interfaces when it runs in a VPC."""
    props = template["Resources"][function]["Properties"]
    group = props.get("LoggingConfig", {}).get("LogGroup")
    name = resolver.resolve(group) if group is not None else f"/aws/lambda/{resolver.ref(function)}"
    stream = arn("logs", f"log-group:{name}:log-stream:2026/12/05/[$LATEST]0123456789abcdef")
    calls = [Call("logs:CreateLogStream", stream), Call("logs:PutLogEvents", stream)]
    if "VpcConfig" in props:
        calls += [Call(f"ec2:{a}", "*") for a in ("CreateNetworkInterface", "DescribeNetworkInterfaces",
                                                   "DeleteNetworkInterface")]
    return calls


@pytest.fixture
def aws(template: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeAws]:
    """The fakes, and the handler's environment as the template sets it."""
    resolver = rehearsal.Resolver(template)
    (function, *_) = handler_functions(template)
    environment = resolver.resolve(template["Resources"][function]["Properties"]["Environment"]["Variables"])
    fake = FakeAws(secrets={REAL_SECRET_ARN: json.dumps({"apiKey": API_KEY, "secretKey": SECRET_KEY})}, caller_account=ACCOUNT)
    redis = FakeRedisCloud()
    redis.add_subscription(SUB, pending_reads=1, regions={7: "us-east-1"})
    wire_ram(redis, fake)
    with running(redis) as (_, url), running_aws(fake) as (_, aws_url):
        for name, value in {
            "REDIS_CLOUD_SECRET_ARN": environment["REDIS_CLOUD_SECRET_ARN"],  # what the template gives the function
            "REDIS_CLOUD_API_URL": url, "REDIS_CLOUD_POLL_INTERVAL": "0.002", "REDIS_CLOUD_MAX_POLL_INTERVAL": "0.01",
            "REDIS_CLOUD_RETRY_BASE": "0.002", "REDIS_CLOUD_SAFETY_MARGIN": "0",
            "AWS_ENDPOINT_URL_RAM": aws_url, "AWS_ENDPOINT_URL_SECRETS_MANAGER": aws_url,
            "AWS_ACCESS_KEY_ID": "ASIAREHEARSALHANDLER", "AWS_SECRET_ACCESS_KEY": "fake-secret-for-signing",
            "AWS_DEFAULT_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_CONFIG_FILE": str(tmp_path / "none"), "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none"),
        }.items():
            monkeypatch.setenv(name, value)
        yield fake


def run_create_and_delete() -> None:
    properties = props([f"arn:aws:iam::{ACCOUNT}:root"], DeletionPolicy="delete")
    physical, _, _ = lifecycle(event("Create", properties))
    lifecycle(event("Delete", properties, physical=physical))


def test_handler_calls_are_allowed_by_the_example_template(template: dict[str, Any], aws: FakeAws) -> None:
    run_create_and_delete()
    calls = list(aws.calls)
    assert {c.action for c in calls} == {"secretsmanager:GetSecretValue", "ram:GetResourceShareInvitations",
                                         "ram:AcceptResourceShareInvitation"}
    # the invitation lives in the sharing (Redis) account, the secret in the stack's
    (accept,) = {c.resource for c in calls if c.action == "ram:AcceptResourceShareInvitation"}
    assert accept.split(":")[4] != ACCOUNT and ":resource-share-invitation/" in accept
    assert {c.resource for c in calls if c.action.startswith("secretsmanager")} == {REAL_SECRET_ARN}
    resolver = rehearsal.Resolver(template)
    for function, component in handler_functions(template).items():
        verdicts = rehearsal.assert_allowed(template, component, [*calls, *lambda_platform_calls(template, function, resolver)])
        assert all(v.decision == "Allowed" for v in verdicts)


def test_handler_denied_list(template: dict[str, Any]) -> None:
    """Calls outside the handler's job: another secret, writing its own secret, another share's
    owner rejecting, ElastiCache at all."""
    (component, *_) = handler_functions(template).values()
    rehearsal.assert_denied(template, component, [
        Call("secretsmanager:GetSecretValue", arn("secretsmanager", "secret:redis-cloud/other-keys-Zz99Yy")),
        Call("secretsmanager:GetSecretValue", arn("secretsmanager", "secret:prod/db-password-Ab12Cd")),
        Call("secretsmanager:PutSecretValue", REAL_SECRET_ARN),
        Call("ram:RejectResourceShareInvitation",
             "arn:aws:ram:us-east-1:444455556666:resource-share-invitation/00000001-1111-2222-3333-444455556666"),
        Call("ram:CreateResourceShare", "*"),
        Call("elasticache:DescribeReplicationGroups", arn("elasticache", "replicationgroup:orders")),
    ])


def test_partial_secret_arn_is_denied_and_the_rehearsal_says_so(template: dict[str, Any]) -> None:
    """What main emitted (the partial ARN of Secret.from_secret_name_v2): the simulator denies the real secret."""
    broken = json.loads(json.dumps(template).replace(":secret:redis-cloud/api-keys-??????\"", ":secret:redis-cloud/api-keys\""))
    assert broken != template, "the template names the secret with the -?????? suffix"
    (component, *_) = handler_functions(broken).values()
    with pytest.raises(AssertionError, match=r"secretsmanager:GetSecretValue on .*api-keys-Ab12Cd: ImplicitlyDenied"):
        rehearsal.assert_allowed(broken, component, [Call("secretsmanager:GetSecretValue", REAL_SECRET_ARN)])


def test_negative_control_a_removed_statement_fails_the_rehearsal(template: dict[str, Any], aws: FakeAws) -> None:
    run_create_and_delete()
    broken = rehearsal.without_statement(template, "ram:AcceptResourceShareInvitation")
    (component, *_) = handler_functions(broken).values()
    with pytest.raises(AssertionError, match=r"ram:AcceptResourceShareInvitation on arn:aws:ram:.*ImplicitlyDenied"):
        rehearsal.assert_allowed(broken, component, list(aws.calls))


def test_app_function_is_rehearsed(template: dict[str, Any]) -> None:
    """The example's own function: Lambda's calls with its role, and a path to the resource endpoint
    on the databases' ports."""
    resolver = rehearsal.Resolver(template)
    (app,) = [lid for lid in rehearsal.functions(template) if lid.startswith("App")]
    rehearsal.assert_allowed(template, rehearsal.function_component(template, app),
                             lambda_platform_calls(template, app, resolver))
    (endpoint,) = [lid for lid, r in rehearsal.of_type(template, "AWS::EC2::VPCEndpoint").items()
                   if r["Properties"].get("VpcEndpointType") == "Resource"]
    rehearsal.assert_path(template, app, endpoint, 12000)
    # negative control: the same function has no path on a port nobody opened
    assert rehearsal.path_problem(template, app, endpoint, 22) is not None


def test_handler_never_reads_a_secret_by_another_name(aws: FakeAws) -> None:
    """The handler reads exactly the secret the template names, by the id the template gives it."""
    run_create_and_delete()
    assert {body["SecretId"] for body in aws.operations("GetSecretValue")} == {os.environ["REDIS_CLOUD_SECRET_ARN"]}


def test_a_secret_encrypted_with_a_customer_key_is_rehearsed_through_kms(monkeypatch: pytest.MonkeyPatch,
                                                                         tmp_path: Path) -> None:
    """The keys in a secret encrypted with a customer managed key (imported by partial ARN, with its key):
    Secrets Manager decrypts on the handler's behalf, so kms:Decrypt comes with kms:ViaService."""
    from aws_cdk import aws_kms as kms
    from aws_cdk import aws_secretsmanager as secretsmanager

    import elasticache_kit as elasticache

    key_arn = arn("kms", "key/1234abcd-12ab-34cd-56ef-1234567890ab")
    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False)
    stack = cdk.Stack(app, "Keyed")
    secret = secretsmanager.Secret.from_secret_attributes(
        stack, "Keys", secret_partial_arn=arn("secretsmanager", "secret:team/redis-keys"),
        encryption_key=kms.Key.from_key_arn(stack, "Key", key_arn))
    elasticache.RedisCloudPrivateLink(stack, "RedisCloud", subscription_id=SUB, share_name="orders", api_credentials=secret)
    template = app.synth().get_stack_by_name("Keyed").template
    real = arn("secretsmanager", "secret:team/redis-keys-Qw12Er")
    fake = FakeAws(secrets={real: json.dumps({"apiKey": API_KEY, "secretKey": SECRET_KEY})}, secret_keys={real: key_arn},
                   caller_account=ACCOUNT)
    redis = FakeRedisCloud()
    redis.add_subscription(SUB, pending_reads=1, regions={7: "us-east-1"})
    wire_ram(redis, fake)
    resolver = rehearsal.Resolver(template, stack_name="Keyed")
    (function, *_) = handler_functions(template)
    environment = resolver.resolve(template["Resources"][function]["Properties"]["Environment"]["Variables"])
    with running(redis) as (_, url), running_aws(fake) as (_, aws_url):
        for name, value in {
            "REDIS_CLOUD_SECRET_ARN": environment["REDIS_CLOUD_SECRET_ARN"], "REDIS_CLOUD_API_URL": url,
            "REDIS_CLOUD_POLL_INTERVAL": "0.002", "REDIS_CLOUD_MAX_POLL_INTERVAL": "0.01",
            "REDIS_CLOUD_RETRY_BASE": "0.002", "REDIS_CLOUD_SAFETY_MARGIN": "0",
            "AWS_ENDPOINT_URL_RAM": aws_url, "AWS_ENDPOINT_URL_SECRETS_MANAGER": aws_url,
            "AWS_ACCESS_KEY_ID": "ASIAREHEARSALHANDLER", "AWS_SECRET_ACCESS_KEY": "fake-secret-for-signing",
            "AWS_DEFAULT_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_CONFIG_FILE": str(tmp_path / "none"), "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none"),
        }.items():
            monkeypatch.setenv(name, value)
        run_create_and_delete()
    calls = list(fake.calls)
    assert Call("kms:Decrypt", key_arn, "", {"kms:ViaService": "secretsmanager.us-east-1.amazonaws.com",
                                             "kms:CallerAccount": ACCOUNT}) in [Call(c.action, c.resource, "", c.context)
                                                                                 for c in calls]
    component = handler_functions(template)[function]
    rehearsal.assert_allowed(template, component, calls, resolver)
    rehearsal.assert_denied(template, component, [Call("kms:Decrypt", key_arn)], resolver)  # not through Secrets Manager
