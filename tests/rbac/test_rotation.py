"""PasswordUser rotation: the function, its least-privilege IAM, network access,
schedule, validation rules, cfn-lint and every cdk-nag pack."""

from __future__ import annotations

import json

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms

import elasticache_kit as elasticache
from elasticache_kit import PasswordRotation, ValidationError

from ..conftest import imported_vpc, new_stack, only, resources, synth
from ..support.lint import lint_errors
from ..support.nag import findings


def isolated(stack: cdk.Stack) -> ec2.Vpc:
    return ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, subnet_configuration=[
        ec2.SubnetConfiguration(name="cache", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])


def rotated(stack: cdk.Stack, *, key: bool = True, **settings) -> tuple[elasticache.PasswordUser, elasticache.ServerlessCache]:  # type: ignore[no-untyped-def]
    vpc = isolated(stack)
    encryption = kms.Key(stack, "Key", enable_key_rotation=True) if key else None
    user = elasticache.PasswordUser(stack, "Reporting", user_id="reporting",
                                    access_control=elasticache.AccessControl.read_only("app:*"),
                                    secret_encryption_key=encryption)
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, user_group=elasticache.UserGroup(stack, "G", users=[user]))
    user.add_rotation(PasswordRotation(cache=cache, **settings))
    return user, cache


def ref(stack: cdk.Stack, construct) -> dict:  # type: ignore[no-untyped-def]
    return {"Ref": stack.get_logical_id(construct.node.default_child)}


def test_the_secret_is_in_the_rotation_format(stack) -> None:
    user = elasticache.PasswordUser(stack, "U", user_id="reporting", user_name="report",
                                    access_control=elasticache.AccessControl.disabled())
    template = synth(stack)
    generator = only(template, "AWS::SecretsManager::Secret")["GenerateSecretString"]
    text = json.dumps(generator["SecretStringTemplate"])
    assert generator["GenerateStringKey"] == "password"
    # {"username": ..., "user_arn": "arn:PARTITION:elasticache:REGION:ACCOUNT:user:reporting"}
    parts = generator["SecretStringTemplate"]["Fn::Join"][1]
    assert parts[0] == '{"username":"report","user_arn":"arn:' and parts[-1] == ':user:reporting"}'
    assert {"Ref": "AWS::Partition"} in parts and {"Ref": "AWS::AccountId"} in parts
    assert "password" not in text.replace("GenerateStringKey", "")
    assert user.secret is not None


def test_rotation_resources_and_least_privilege() -> None:
    stack = new_stack()
    user, cache = rotated(stack)
    template = synth(stack)
    assert lint_errors(template) == []
    function = only(template, "AWS::Lambda::Function")
    assert function["Runtime"].startswith("python3.") and function["Handler"] == "handler.handler"
    env = function["Environment"]["Variables"]
    assert env["CACHE_ENDPOINT_HOST"] == {"Fn::GetAtt": [stack.get_logical_id(cache.node.default_child),
                                                         "Endpoint.Address"]}
    assert (env["CACHE_ENDPOINT_PORT"], env["CACHE_TLS"]) == ("6379", "true")
    assert "Password" not in json.dumps(function) and "SecretString" not in json.dumps(function)
    # IAM: exactly the one secret, the one user, the one key (through Secrets Manager only), the log group
    (policy,) = resources(template, "AWS::IAM::ManagedPolicy").values()
    statements = {tuple(sorted(s["Action"])): s for s in policy["Properties"]["PolicyDocument"]["Statement"]}
    secret_id = next(iter(resources(template, "AWS::SecretsManager::Secret")))
    assert statements[("secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue",
                       "secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage")]["Resource"] == {
        "Ref": secret_id}
    user_statement = statements[("elasticache:DescribeUsers", "elasticache:ModifyUser")]
    assert user_statement["Resource"]["Fn::Join"][1][-1] == ":user:reporting"
    kms_statement = statements[("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey")]
    assert kms_statement["Resource"] == {"Fn::GetAtt": [next(iter(resources(template, "AWS::KMS::Key"))), "Arn"]}
    assert "secretsmanager." in json.dumps(kms_statement["Condition"]["StringEquals"]["kms:ViaService"])
    star = [s for s in statements.values() if s["Resource"] == "*"]
    assert [sorted(a.split(":")[0] for a in s["Action"]) for s in star] == [["ec2"] * 6]
    assert not resources(template, "AWS::IAM::Policy")  # no inline policies
    role = only(template, "AWS::IAM::Role")
    assert role["ManagedPolicyArns"] == [{"Ref": next(iter(resources(template, "AWS::IAM::ManagedPolicy")))}]
    # invoked by Secrets Manager for this secret only; the schedule waits for that permission
    permission = only(template, "AWS::Lambda::Permission")
    assert permission["Principal"] == "secretsmanager.amazonaws.com" and permission["SourceArn"] == {"Ref": secret_id}
    (schedule_id, schedule), = resources(template, "AWS::SecretsManager::RotationSchedule").items()
    assert schedule["Properties"]["SecretId"] == {"Ref": secret_id}
    assert schedule["Properties"]["RotationRules"] == {"AutomaticallyAfterDays": 30}
    assert schedule["DependsOn"] == [next(iter(resources(template, "AWS::Lambda::Permission")))]


def test_rotation_network_access() -> None:
    stack = new_stack()
    user, cache = rotated(stack)
    template = synth(stack)
    groups = resources(template, "AWS::EC2::SecurityGroup")
    (function_group,) = [k for k, v in groups.items() if "Rotation" in k]
    egress = groups[function_group]["Properties"]["SecurityGroupEgress"]
    assert [(e["FromPort"], e["CidrIp"]) for e in egress] == [(443, "0.0.0.0/0")]  # the APIs
    (ingress,) = resources(template, "AWS::EC2::SecurityGroupIngress").values()
    assert ingress["Properties"]["SourceSecurityGroupId"] == {"Fn::GetAtt": [function_group, "GroupId"]}
    assert ingress["Properties"]["FromPort"] == 6379
    function = only(template, "AWS::Lambda::Function")
    assert function["VpcConfig"]["SecurityGroupIds"] == [{"Fn::GetAtt": [function_group, "GroupId"]}]
    assert len(function["VpcConfig"]["SubnetIds"]) == 2 and "cache" in json.dumps(function["VpcConfig"]["SubnetIds"])


def test_rotation_at_construction_with_an_endpoint() -> None:
    stack = new_stack()
    vpc = imported_vpc(stack, cidr="10.1.0.0/16")
    user = elasticache.PasswordUser(
        stack, "U", user_id="reporting", access_control=elasticache.AccessControl.read_only("app:*"),
        rotation=PasswordRotation(endpoint_host="cache.example.internal", endpoint_port=6390, vpc=vpc,
                                  schedule=cdk.Duration.days(7)),
    )
    template = synth(stack)
    assert lint_errors(template) == []
    assert user.rotation_function is not None
    env = only(template, "AWS::Lambda::Function")["Environment"]["Variables"]
    assert env == {"CACHE_ENDPOINT_HOST": "cache.example.internal", "CACHE_ENDPOINT_PORT": "6390", "CACHE_TLS": "true"}
    assert only(template, "AWS::SecretsManager::RotationSchedule")["RotationRules"] == {"AutomaticallyAfterDays": 7}
    egress = only(template, "AWS::EC2::SecurityGroup")["SecurityGroupEgress"]
    assert sorted((e["FromPort"], e["CidrIp"]) for e in egress) == [(443, "0.0.0.0/0"), (6390, "10.1.0.0/16")]
    # without a key: no kms statement at all
    assert "kms:" not in json.dumps(only(template, "AWS::IAM::ManagedPolicy"))


@pytest.mark.parametrize(("settings", "prop", "rule"), [
    ({}, "rotation.endpoint_host", "is required without cache"),
    ({"endpoint_host": "h.example"}, "rotation.vpc", "is required without cache"),
    ({"endpoint_host": "h.example", "vpc": "VPC", "endpoint_port": 70000}, "rotation.endpoint_port", "1..65535"),
    ({"endpoint_host": "h.example", "vpc": "VPC", "schedule": cdk.Duration.days(1001)}, "rotation.schedule",
     "1..1000"),
    ({"endpoint_host": "h.example", "vpc": "VPC", "schedule": cdk.Duration.hours(36)}, "rotation.schedule",
     "whole number of days"),
    ({"endpoint_host": "h.example", "vpc": "VPC", "schedule": 30}, "rotation.schedule", "must be a Duration"),
])
def test_rotation_rules(settings: dict, prop: str, rule: str) -> None:
    stack = new_stack()
    if settings.get("vpc") == "VPC":
        settings = {**settings, "vpc": imported_vpc(stack)}
    with pytest.raises(ValidationError) as raised:
        elasticache.PasswordUser(stack, "U", user_id="u", access_control=elasticache.AccessControl.disabled(),
                                 rotation=PasswordRotation(**settings))
    assert raised.value.prop == prop and rule in str(raised.value)
    assert raised.value.construct_path == "Test/U"


def test_rotation_needs_the_generated_secret_and_a_cache_with_users() -> None:
    stack = new_stack()
    vpc = imported_vpc(stack, cidr="10.1.0.0/16")
    with pytest.raises(ValidationError, match="needs the generated secret"):
        elasticache.PasswordUser(stack, "Given", user_id="given", access_control=elasticache.AccessControl.disabled(),
                                 passwords=[cdk.SecretValue.secrets_manager("app/pw")],
                                 rotation=PasswordRotation(endpoint_host="h.example", vpc=vpc))
    memcached = elasticache.ServerlessCache(stack, "Mc", vpc=vpc, engine=elasticache.CacheEngine.MEMCACHED_1_6)
    user = elasticache.PasswordUser(stack, "U", user_id="u", access_control=elasticache.AccessControl.disabled())
    with pytest.raises(ValidationError, match="has no users"):
        user.add_rotation(PasswordRotation(cache=memcached))
    with pytest.raises(ValidationError, match="must be a PasswordRotation"):
        user.add_rotation({"cache": memcached})  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="has no CIDR block"):
        user.add_rotation(PasswordRotation(endpoint_host="h.example", vpc=imported_vpc(new_stack())))
    user.add_rotation(PasswordRotation(endpoint_host="h.example", vpc=vpc))
    with pytest.raises(ValidationError, match="already set"):
        user.add_rotation(PasswordRotation(endpoint_host="h.example", vpc=vpc))


def test_rotation_is_clean_under_every_nag_pack(tmp_path) -> None:
    app = cdk.App(outdir=str(tmp_path), analytics_reporting=False, builtin_cloud_formation_validation=False)
    stack = cdk.Stack(app, "Nag")
    rotated(stack)
    found = findings(app, str(tmp_path))
    # negative control: the bare VPC around it is reported
    assert any(f["rule"] == "AwsSolutions-VPC7" for f in found)
    assert [f for f in found if any("/Reporting/" in p for p in f["paths"])] == []
    # and the secret counts as rotated: no SMG4 / SecretsManagerRotationEnabled finding on it
    assert not [f for f in found if "Rotation" in f["rule"] or "SMG4" in f["rule"]]
