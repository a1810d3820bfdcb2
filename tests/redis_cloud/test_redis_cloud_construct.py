"""RedisCloudPrivateLink: template (snapshot, cfn-lint), least-privilege IAM, the
resource endpoint, cdk-nag's six packs, the Lambda asset, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_secretsmanager as secretsmanager
from cdk_nag import (
    AwsSolutionsChecks,
    HIPAASecurityChecks,
    NIST80053R4Checks,
    NIST80053R5Checks,
    PCIDSS321Checks,
    ServerlessChecks,
)

from elasticache_kit import ValidationError
from elasticache_kit.redis_cloud import RedisCloudPrincipal, RedisCloudPrivateLink, handler

from ..conftest import dumps, imported_vpc, new_stack, only, resources, synth
from ..support.lint import lint_errors

CIDR = "10.0.0.0/16"
PACKS = (AwsSolutionsChecks, HIPAASecurityChecks, PCIDSS321Checks, NIST80053R4Checks, NIST80053R5Checks,
         ServerlessChecks)


def build(stack: cdk.Stack, **kwargs: Any) -> RedisCloudPrivateLink:
    options: dict[str, Any] = dict(subscription_id=1234567, share_name="orders")
    options.update(kwargs)
    if "api_credentials" not in options:
        options["api_credentials"] = secretsmanager.Secret.from_secret_name_v2(stack, "Keys", "redis-cloud/api-keys")
    return RedisCloudPrivateLink(stack, "PrivateLink", **options)


def handler_policy(template: dict[str, Any]) -> list[dict[str, Any]]:
    (policy,) = [p for k, p in resources(template, "AWS::IAM::Policy").items() if "HandlerPolicy" in k]
    return policy["Properties"]["PolicyDocument"]["Statement"]  # type: ignore[no-any-return]


def test_template_snapshot(checked) -> None:
    stack = new_stack()
    link = build(stack)
    link.endpoint(imported_vpc(stack, cidr=CIDR))
    link.add_outputs()
    template = checked(stack)
    custom = only(template, "Custom::RedisCloudPrivateLink")
    assert custom["SubscriptionId"] == "1234567" and custom["ShareName"] == "orders"
    assert custom["Principals"] == [{"Ref": "AWS::AccountId"}]  # default: this stack's account
    assert custom["DeletionPolicy"] == "remove-principals" and "RegionId" not in custom
    outputs = {o["Description"]: o["Value"] for o in template["Outputs"].values()}
    assert len(outputs) == 5
    assert outputs["Principals whose accounts have not accepted the AWS RAM invitation yet"] == {
        "Fn::GetAtt": [next(iter(resources(template, "Custom::RedisCloudPrivateLink"))), "PendingPrincipals"]}
    (custom_id,) = resources(template, "Custom::RedisCloudPrivateLink")
    assert outputs["AWS RAM resource share from Redis Cloud"] == {"Fn::GetAtt": [custom_id, "ShareArn"]}
    (endpoint_id,) = resources(template, "AWS::EC2::VPCEndpoint")
    assert outputs["Resource VPC endpoint to Redis Cloud"] == {"Ref": endpoint_id}


def test_least_privilege_and_no_secret_in_the_template() -> None:
    stack = new_stack()
    build(stack)
    template = synth(stack)
    statements = handler_policy(template)
    by_action = {json.dumps(s["Action"]): s for s in statements}
    secret = by_action['"secretsmanager:GetSecretValue"']
    assert "redis-cloud/api-keys" in dumps(secret["Resource"]) and "*" not in dumps(secret["Resource"])
    assert by_action['"ram:GetResourceShareInvitations"']["Resource"] == "*"
    assert ":resource-share-invitation/*" in dumps(by_action['"ram:AcceptResourceShareInvitation"']["Resource"])
    logs = [s for s in statements if s["Action"] == ["logs:CreateLogStream", "logs:PutLogEvents"]]
    assert len(logs) == 2 and all("Fn::GetAtt" in s["Resource"] for s in logs)
    assert len(statements) == 5 and not any("kms" in dumps(s) for s in statements)
    actions = {a for s in statements for a in ([s["Action"]] if isinstance(s["Action"], str) else s["Action"])}
    assert not any(a.endswith("*") for a in actions)
    text = dumps(template)
    assert "resolve:secretsmanager" not in text and "SecretString" not in text
    functions = resources(template, "AWS::Lambda::Function")
    ours = [f for k, f in functions.items() if "Provider" not in k]
    assert len(ours) == 2
    for function in ours:
        env = function["Properties"]["Environment"]["Variables"]
        assert set(env) == {"REDIS_CLOUD_SECRET_ARN", "REDIS_CLOUD_API_URL"}
        assert env["REDIS_CLOUD_API_URL"] == "https://api.redislabs.com/v1"
        assert function["Properties"]["Runtime"] == lambda_.Runtime.PYTHON_3_14.name
    assert {f["Properties"]["Handler"] for f in ours} == {"redis_cloud.handler.on_event",
                                                          "redis_cloud.handler.is_complete"}


def test_kms_decrypt_only_on_the_secrets_key() -> None:
    stack = new_stack()
    key = kms.Key(stack, "Key", enable_key_rotation=True)
    secret = secretsmanager.Secret(stack, "Keys", encryption_key=key)
    build(stack, api_credentials=secret)
    statements = handler_policy(synth(stack))
    (decrypt,) = [s for s in statements if s["Action"] == "kms:Decrypt"]
    assert decrypt["Resource"] == {"Fn::GetAtt": [stack.get_logical_id(key.node.default_child), "Arn"]}
    assert "kms:ViaService" in decrypt["Condition"]["StringEquals"]


def test_endpoint_is_a_resource_endpoint_on_redis_cloud_ports() -> None:
    stack = new_stack()
    link = build(stack)
    vpc = imported_vpc(stack, cidr=CIDR)
    endpoint = link.endpoint(vpc)
    # usable from aws-cdk-lib's side of jsii, as any IConnectable
    function = lambda_.Function(stack, "App", runtime=lambda_.Runtime.PYTHON_3_14, handler="app.main",
                                code=lambda_.Code.from_inline("def main(e, c): pass"), vpc=vpc)
    function.connections.allow_to_default_port(endpoint)
    template = synth(stack)
    rules = resources(template, "AWS::EC2::SecurityGroupIngress")
    assert any(r["Properties"]["FromPort"] == 10000 and r["Properties"]["ToPort"] == 19999 for r in rules.values())
    props = only(template, "AWS::EC2::VPCEndpoint")
    (custom_id,) = resources(template, "Custom::RedisCloudPrivateLink")
    assert props["VpcEndpointType"] == "Resource"
    assert props["ResourceConfigurationArn"] == {"Fn::GetAtt": [custom_id, "ResourceConfigurationArn"]}
    assert props["PrivateDnsEnabled"] is True
    assert props["DnsOptions"] == {"PrivateDnsPreference": "VERIFIED_DOMAINS_ONLY"}
    (group,) = [g for k, g in resources(template, "AWS::EC2::SecurityGroup").items() if "Endpoint" in k]
    ingress = {(r["FromPort"], r["ToPort"], r["CidrIp"]) for r in group["Properties"]["SecurityGroupIngress"]}
    assert ingress == {(10000, 19999, CIDR), (8070, 8070, CIDR)}
    assert "0.0.0.0/0" not in dumps(only(template, "AWS::EC2::VPCEndpoint"))


def test_endpoint_without_private_dns_and_with_peers() -> None:
    stack = new_stack()
    link = build(stack)
    link.endpoint(imported_vpc(stack), private_dns_preference=None, allowed_peers=[ec2.Peer.ipv4("10.1.0.0/24")])
    template = synth(stack)
    props = only(template, "AWS::EC2::VPCEndpoint")
    assert "DnsOptions" not in props and "PrivateDnsEnabled" not in props
    assert "10.1.0.0/24" in dumps(template)
    assert lint_errors(template) == []


def test_active_active_region_and_options() -> None:
    stack = new_stack()
    build(stack, region_id=3, principals=["111122223333", "arn:aws:iam::444455556666:root"],
          deletion_policy="delete", accept_resource_share=False)
    custom = only(synth(stack), "Custom::RedisCloudPrivateLink")
    assert custom["RegionId"] == "3" and custom["DeletionPolicy"] == "delete"
    assert custom["Principals"] == ["111122223333", "arn:aws:iam::444455556666:root"]
    assert custom["AcceptResourceShare"] == "false"


def test_tokens_skip_value_checks() -> None:
    stack = new_stack()
    subscription = cdk.CfnParameter(stack, "Subscription", type="Number").value_as_number
    share = cdk.CfnParameter(stack, "Share").value_as_string
    account = cdk.CfnParameter(stack, "Account").value_as_string
    build(stack, subscription_id=subscription, share_name=share, principals=[account])
    custom = only(synth(stack), "Custom::RedisCloudPrivateLink")
    assert custom["SubscriptionId"] == {"Ref": "Subscription"} and custom["Principals"] == [{"Ref": "Account"}]


def test_every_cdk_nag_pack_is_clean_or_acknowledged_with_reasons(tmp_path: Path) -> None:
    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False, outdir=str(tmp_path / "out"))
    stack = cdk.Stack(app, "Nag")
    link = build(stack, vpc=None)
    link.endpoint(imported_vpc(stack, cidr=CIDR))
    in_vpc = cdk.Stack(app, "NagInVpc")
    build(in_vpc, vpc=imported_vpc(in_vpc, cidr=CIDR))
    cdk.Validations.of(app).add_plugins(*(pack(app) for pack in PACKS))
    assembly = app.synth()  # raises on an unacknowledged finding
    reasons = {}
    for path in Path(assembly.directory).glob("Nag.metadata.json"):
        for construct, entries in json.loads(path.read_text()).items():
            for entry in entries:
                if entry["type"] == "aws:cdk:acknowledged-rules":
                    reasons.update({f"{construct} {rule}": why for rule, why in entry["data"].items()})
    prefixes = {key.split(" ", 1)[1].split("::", 1)[-1].split("-", 1)[0] for key in reasons}
    assert {"AwsSolutions", "HIPAA.Security", "PCI.DSS.321", "NIST.800.53.R4", "NIST.800.53.R5",
            "Serverless"} <= prefixes
    assert all(len(why) > 40 for why in reasons.values())


def test_nag_negative_control(tmp_path: Path) -> None:
    """The same packs refuse a bare function: the clean run above checked something."""
    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False, outdir=str(tmp_path / "out"))
    stack = cdk.Stack(app, "Bare")
    lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_14, handler="a.b",
                     code=lambda_.Code.from_inline("x = 1"))
    cdk.Validations.of(app).add_plugins(AwsSolutionsChecks(app))
    with pytest.raises(Exception, match="AwsSolutions-IAM4"):
        app.synth()


def test_lambda_asset_holds_only_the_client_and_handler(tmp_path: Path) -> None:
    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False, outdir=str(tmp_path / "out"))
    stack = cdk.Stack(app, "Asset", synthesizer=cdk.DefaultStackSynthesizer(generate_bootstrap_version_rule=False))
    build(stack)
    assembly = app.synth()
    template = assembly.get_stack_by_name("Asset").template
    function = next(f for k, f in resources(template, "AWS::Lambda::Function").items() if "OnEvent" in k
                    and "Provider" not in k)
    asset_hash = function["Properties"]["Code"]["S3Key"].removesuffix(".zip")
    asset = Path(assembly.directory) / f"asset.{asset_hash}"
    files = sorted(str(p.relative_to(asset)) for p in asset.rglob("*") if p.is_file())
    assert files == ["redis_cloud/__init__.py", "redis_cloud/client.py", "redis_cloud/errors.py",
                     "redis_cloud/handler.py"]
    # importable with no CDK at all, as in Lambda's Python runtime
    code = ("import sys; sys.modules.update(aws_cdk=None, constructs=None, jsii=None, elasticache_kit=None); "
            f"sys.path.insert(0, {str(asset)!r}); import redis_cloud.handler as h; print(h.on_event.__name__)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "on_event"


BAD: list[tuple[dict[str, Any], str, str]] = [
    ({"subscription_id": 0}, "subscription_id", "positive integer"),
    ({"subscription_id": -5}, "subscription_id", "positive integer"),
    ({"subscription_id": True}, "subscription_id", "positive integer"),
    ({"subscription_id": "123"}, "subscription_id", "positive integer"),
    ({"subscription_id": 1.5}, "subscription_id", "positive integer"),
    ({"region_id": 0}, "region_id", "positive integer"),
    ({"share_name": ""}, "share_name", "1..64"),
    ({"share_name": "s" * 65}, "share_name", "1..64"),
    ({"principals": ["12345"]}, "principals", "12-digit AWS account id"),
    ({"principals": ["arn:aws:iam::111122223333:group/app"]}, "principals", "12-digit AWS account id"),
    ({"principals": [RedisCloudPrincipal.role("arn:aws:iam::111122223333:user/app")]}, "principals",
     "not an IAM role ARN"),
    ({"principals": [RedisCloudPrincipal.account("11112222333")]}, "principals", "not a 12-digit AWS account id"),
    ({"principals": [RedisCloudPrincipal.organization("o-a1b2c3d4e5")]}, "principals", "not an organization ARN"),
    ({"principals": [RedisCloudPrincipal.organizational_unit(
        "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5")]}, "principals", "organizational unit ARN"),
    ({"principals": [RedisCloudPrincipal.service("elasticloadbalancing")]}, "principals", "service principal"),
    ({"principals": [123456789012]}, "principals", "not a string or a RedisCloudPrincipal"),
    ({"principals": []}, "principals", "non-empty list"),
    ({"principals": "111122223333"}, "principals", "non-empty list"),
    ({"api_credentials": "arn:aws:secretsmanager:us-east-1:111122223333:secret:x"}, "api_credentials", "CDK secret"),
    ({"api_credentials": {"apiKey": "k", "secretKey": "s"}}, "api_credentials", "CDK secret"),
    ({"deletion_policy": "snapshot"}, "deletion_policy", "must be one of"),
    ({"api_base_url": "http://api.redislabs.com/v1"}, "api_base_url", "https://"),
    ({"total_timeout": 3600}, "total_timeout", "cdk.Duration"),
    ({"vpc_subnets": ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)}, "vpc_subnets", "needs vpc="),
]


@pytest.mark.parametrize(("kwargs", "prop", "rule"), BAD, ids=[f"{b[1]}-{i}" for i, b in enumerate(BAD)])
def test_bad_input(kwargs: dict[str, Any], prop: str, rule: str) -> None:
    stack = new_stack("Bad")
    with pytest.raises(ValidationError) as caught:
        build(stack, **kwargs)
    error = caught.value
    assert error.construct_path == "Bad/PrivateLink" and error.prop == prop and rule in error.rule
    assert str(error).startswith(f"Bad/PrivateLink: {prop}=")
    assert "secretKey" not in str(error) or prop != "api_credentials"
    assert stack.node.try_find_child("PrivateLink") is None  # nothing added before the check


@pytest.mark.parametrize(("kwargs", "prop"), [
    ({"private_dns_preference": "ALL"}, "private_dns_preference"), ({"allowed_peers": []}, "allowed_peers")])
def test_bad_endpoint_input(kwargs: dict[str, Any], prop: str) -> None:
    stack = new_stack("Bad")
    link = build(stack)
    with pytest.raises(ValidationError) as caught:
        link.endpoint(imported_vpc(stack, cidr=CIDR), **kwargs)
    assert caught.value.prop == prop and caught.value.construct_path == "Bad/PrivateLink/Endpoint"


def test_endpoint_needs_peers_when_the_vpc_cidr_is_unknown() -> None:
    stack = new_stack("Bad")
    link = build(stack)
    with pytest.raises(ValidationError, match="allowed_peers=None must be given"):
        link.endpoint(imported_vpc(stack))


def test_every_principal_type_typed_and_normalised() -> None:
    stack = new_stack()
    org = "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5"
    ou = "arn:aws:organizations::111122223333:ou/o-a1b2c3d4e5/ou-ab12-cdef3456"
    role, user = "arn:aws:iam::444455556666:role/app/reader", "arn:aws:iam::444455556666:user/ci"
    build(stack, principals=[
        RedisCloudPrincipal.account(" arn:aws:iam::111122223333:root "), RedisCloudPrincipal.organization(org),
        RedisCloudPrincipal.organizational_unit(ou), RedisCloudPrincipal.role(role), RedisCloudPrincipal.user(user),
        RedisCloudPrincipal.service("elasticloadbalancing.amazonaws.com"), "777788889999",
        RedisCloudPrincipal.account("111122223333"),  # the same account again: once
    ])
    custom = only(synth(stack), "Custom::RedisCloudPrivateLink")
    assert custom["Principals"] == ["111122223333", org, ou, role, user, "elasticloadbalancing.amazonaws.com",
                                    "777788889999"]
    # what the deploy-time handler makes of them: each with its API type
    from elasticache_kit.redis_cloud.client import principal_type_of
    assert [principal_type_of(p) for p in custom["Principals"]] == [
        "aws_account", "organization", "organization_unit", "iam_role", "iam_user", "service_principal",
        "aws_account"]
    assert handler.parse_props({**custom, "SubscriptionId": "1"}).principals == tuple(custom["Principals"])


def test_typed_principal_tokens_are_taken_as_given() -> None:
    stack = new_stack()
    role = iam.Role(stack, "Reader", assumed_by=iam.AccountRootPrincipal())
    build(stack, principals=[RedisCloudPrincipal.role(role.role_arn), RedisCloudPrincipal.account(cdk.Aws.ACCOUNT_ID)])
    template = synth(stack)
    (reader,) = [k for k in resources(template, "AWS::IAM::Role") if k.startswith("Reader")]
    custom = only(template, "Custom::RedisCloudPrivateLink")
    assert custom["Principals"] == [{"Fn::GetAtt": [reader, "Arn"]}, {"Ref": "AWS::AccountId"}]
