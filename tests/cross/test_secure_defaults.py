"""Secure defaults that no scanner checks for us: the unauthenticated-cache
warning, the bastion's refusal to expose such a cache, the bastion's network
interface and IAM conditions, and the bastion clean under every cdk-nag pack."""

from __future__ import annotations

import json

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2

import elasticache_kit as elasticache
from elasticache_kit import NatBastion, ValidationError
from elasticache_kit.serverless.cache import UNAUTHENTICATED_WARNING

from ..bastion.test_nat_bastion import TRUSTED, public_vpc
from ..conftest import imported_vpc, new_stack, only, synth
from ..support.nag import findings

WARNING_ID = UNAUTHENTICATED_WARNING[0]


def warnings_of(stack: cdk.Stack) -> list[str]:
    """The warning annotations of the stack's constructs, as ``path: text``."""
    assembly = cdk.Stage.of(stack).synth()  # type: ignore[union-attr]
    artifact = assembly.get_stack_by_name(stack.stack_name)
    return [f"{m.id}: {m.entry.data}" for m in artifact.messages if m.level == cdk.cx_api.SynthesisMessageLevel.WARNING]


def group(stack: cdk.Stack) -> elasticache.UserGroup:
    user = elasticache.IamUser(stack, "User", user_id="app", access_control=elasticache.AccessControl.full_access())
    return elasticache.UserGroup(stack, "Users", users=[user])


@pytest.mark.parametrize("engine", [elasticache.CacheEngine.VALKEY_8, elasticache.CacheEngine.REDIS_7])
def test_cache_without_user_group_warns(engine: elasticache.CacheEngine) -> None:
    stack = new_stack()
    elasticache.ServerlessCache(stack, "Cache", vpc=imported_vpc(stack), engine=engine)
    (warning,) = [w for w in warnings_of(stack) if WARNING_ID in w]
    assert warning.startswith("/Test/Cache: ") and "without authentication" in warning


@pytest.mark.parametrize("kind", ["user group", "memcached"])
def test_no_warning_with_a_user_group_or_for_memcached(kind: str) -> None:
    stack = new_stack()
    vpc = imported_vpc(stack)
    if kind == "memcached":
        elasticache.ServerlessCache(stack, "Cache", vpc=vpc, engine=elasticache.CacheEngine.MEMCACHED_1_6)
    else:
        elasticache.ServerlessCache(stack, "Cache", vpc=vpc, user_group=group(stack))
    assert not [w for w in warnings_of(stack) if WARNING_ID in w]


def test_the_warning_can_be_acknowledged() -> None:
    stack = new_stack()
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=imported_vpc(stack))
    cdk.Annotations.of(cache).acknowledge_warning(WARNING_ID, "Reached only from one locked-down security group")
    assert not [w for w in warnings_of(stack) if WARNING_ID in w]


def test_bastion_refuses_an_unauthenticated_cache() -> None:
    stack = new_stack()
    vpc = public_vpc(stack)
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, serverless_cache_name="open-cache")
    bastion = NatBastion(stack, "Bastion", vpc=vpc, trusted_cidrs=[TRUSTED])
    with pytest.raises(ValidationError) as raised:
        bastion.forward_cache(cache)
    error = raised.value
    assert (error.construct_path, error.prop, error.value) == ("Test/Bastion", "forward_cache", "open-cache")
    assert "allow_unauthenticated=True" in str(error)
    assert bastion.forwards == []  # nothing half-added
    forwards = bastion.forward_cache(cache, allow_unauthenticated=True)
    assert [f.target_port for f in forwards] == [6379, 6380]


@pytest.mark.parametrize("kind", ["user group", "memcached"])
def test_bastion_forwards_authenticated_and_memcached_caches(kind: str) -> None:
    stack = new_stack()
    vpc = public_vpc(stack)
    if kind == "memcached":
        cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, engine=elasticache.CacheEngine.MEMCACHED_1_6)
    else:
        cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, user_group=group(stack))
    bastion = NatBastion(stack, "Bastion", vpc=vpc, trusted_cidrs=[TRUSTED])
    assert bastion.forward_cache(cache)


def bastion_stack() -> tuple[cdk.Stack, NatBastion]:
    stack = new_stack()
    vpc = public_vpc(stack)
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, user_group=group(stack))
    bastion = NatBastion(stack, "Bastion", vpc=vpc, trusted_cidrs=[TRUSTED])
    bastion.forward_cache(cache)
    return stack, bastion


def test_bastion_has_no_auto_assigned_public_ip() -> None:
    stack, bastion = bastion_stack()
    template = synth(stack)
    instance = only(template, "AWS::EC2::Instance")
    (interface,) = instance["NetworkInterfaces"]
    assert interface["AssociatePublicIpAddress"] is False and interface["DeviceIndex"] == "0"
    # with NetworkInterfaces, the subnet and groups move onto the interface (CloudFormation
    # excludes SubnetId next to NetworkInterfaces); SourceDestCheck stays on the instance
    assert "SubnetId" not in instance and "SecurityGroupIds" not in instance
    assert interface["GroupSet"] == [{"Fn::GetAtt": [stack.get_logical_id(bastion.security_group.node.default_child),
                                                     "GroupId"]}]
    assert instance["SourceDestCheck"] is False


def test_bastion_statements_are_scoped_to_the_instance() -> None:
    stack, bastion = bastion_stack()
    template = synth(stack)
    register, channels = only(template, "AWS::IAM::ManagedPolicy")["PolicyDocument"]["Statement"]
    instance_id = next(k for k, v in template["Resources"].items() if v["Type"] == "AWS::EC2::Instance")
    # UpdateInstanceInformation takes the instance's ARN as its resource
    assert register["Action"] == "ssm:UpdateInstanceInformation"
    assert register["Resource"]["Fn::Join"][1][-2:] == [":instance/", {"Ref": instance_id}]
    # the ssmmessages actions take no ARNs: the condition names the instance
    assert channels["Resource"] == "*" and all(a.startswith("ssmmessages:") for a in channels["Action"])
    arn = channels["Condition"]["ArnEquals"]["ec2:SourceInstanceARN"]
    assert arn == register["Resource"]
    assert only(template, "AWS::IAM::ManagedPolicy")["Roles"] == [
        {"Ref": stack.get_logical_id(bastion.instance.role.node.default_child)}]
    # the instance must not wait for the policy that names it (that would be a cycle)
    assert "ManagedPolicy" not in json.dumps(template["Resources"][instance_id].get("DependsOn", []))


def test_bastion_is_clean_under_every_nag_pack(tmp_path) -> None:
    app = cdk.App(outdir=str(tmp_path), analytics_reporting=False, builtin_cloud_formation_validation=False)
    stack = cdk.Stack(app, "Nag")
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, subnet_configuration=[
        ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC),
        ec2.SubnetConfiguration(name="cache", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, user_group=group(stack))
    NatBastion(stack, "Bastion", vpc=vpc, trusted_cidrs=[TRUSTED]).forward_cache(cache)
    found = findings(app, str(tmp_path))
    # negative control: the bare VPC around it is reported, by every pack that has a flow-log rule
    assert {f["plugin"] for f in found if f["rule"].endswith(("VPC7", "VPCFlowLogsEnabled"))} == {
        "AwsSolutions", "HIPAA.Security", "PCI.DSS.321", "NIST.800.53.R4", "NIST.800.53.R5"}
    assert [f for f in found if any("/Bastion/" in p for p in f["paths"])] == []
