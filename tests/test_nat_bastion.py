"""NatBastion: the template, hardening, forwards and their validation rules."""

from __future__ import annotations

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2

import elasticache_kit as elasticache
from elasticache_kit import NatBastion, ValidationError
from elasticache_kit.bastion_script import Forward, render_setup_script

from .conftest import new_stack, only, resources, synth

TRUSTED = "198.51.100.27/32"


def public_vpc(stack: cdk.Stack) -> ec2.IVpc:
    return ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, subnet_configuration=[
        ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC),
        ec2.SubnetConfiguration(name="cache", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    ])


def bastion_with_cache(stack: cdk.Stack, **kwargs) -> tuple[NatBastion, elasticache.ServerlessCache]:  # type: ignore[no-untyped-def]
    vpc = public_vpc(stack)
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, serverless_cache_name="dev-cache")
    bastion = NatBastion(stack, "Bastion", vpc=vpc, trusted_cidrs=[TRUSTED], **kwargs)
    bastion.forward_cache(cache)
    return bastion, cache


def test_snapshot(checked) -> None:
    stack = new_stack()
    bastion, _ = bastion_with_cache(stack)
    bastion.forward_nodes(["10.0.3.230", "10.0.3.231"], first_public_port=7000)
    checked(stack)


def test_hardening() -> None:
    stack = new_stack()
    bastion_with_cache(stack)
    template = synth(stack)
    instance = only(template, "AWS::EC2::Instance")
    assert instance["SourceDestCheck"] is False
    assert instance["MetadataOptions"]["HttpTokens"] == "required"
    (device,) = instance["BlockDeviceMappings"]
    assert device["Ebs"]["Encrypted"] is True
    assert "KeyName" not in instance
    assert "public" in instance["SubnetId"]["Ref"]
    eip = only(template, "AWS::EC2::EIP")
    assert eip["InstanceId"] == {"Ref": next(iter(resources(template, "AWS::EC2::Instance")))}
    statements = only(template, "AWS::IAM::Policy")["PolicyDocument"]["Statement"]
    assert [sorted(s["Action"]) for s in statements] == [sorted([
        "ssm:UpdateInstanceInformation", "ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
        "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel"])]
    assert not resources(template, "AWS::IAM::ManagedPolicy")


def test_security_groups() -> None:
    stack = new_stack()
    bastion, cache = bastion_with_cache(stack)
    template = synth(stack)
    sg = template["Resources"][stack.get_logical_id(bastion.security_group.node.default_child)]["Properties"]
    ingress = sorted((r["FromPort"], r["CidrIp"]) for r in sg["SecurityGroupIngress"])
    assert ingress == [(6379, TRUSTED), (6380, TRUSTED)]  # no SSH without a key pair, nothing open
    egress = sg["SecurityGroupEgress"]
    assert [(e["FromPort"], e["CidrIp"]) for e in egress] == [(443, "0.0.0.0/0")]
    cache_rules = [r for r in resources(template, "AWS::EC2::SecurityGroupIngress").values()]
    assert [(r["Properties"]["FromPort"], r["Properties"]["ToPort"]) for r in cache_rules] == [(6379, 6380)]
    to_cache = [r["Properties"] for r in resources(template, "AWS::EC2::SecurityGroupEgress").values()]
    assert [(r["FromPort"], r["ToPort"]) for r in to_cache] == [(6379, 6380)]


def test_ssh_only_with_a_key_pair_and_only_from_trusted() -> None:
    stack = new_stack()
    key = ec2.KeyPair.from_key_pair_name(stack, "Key", "dev-key")
    bastion, _ = bastion_with_cache(stack, key_pair=key)
    sg = synth(stack)["Resources"][stack.get_logical_id(bastion.security_group.node.default_child)]["Properties"]
    assert (22, TRUSTED) in [(r["FromPort"], r["CidrIp"]) for r in sg["SecurityGroupIngress"]]


def test_user_data_carries_the_forwards() -> None:
    stack = new_stack()
    bastion, cache = bastion_with_cache(stack)
    bastion.forward(7001, "10.0.3.230", 6379)
    script = render_setup_script(bastion.forwards)
    assert "7001 10.0.3.230 6379" in script
    assert "net.ipv4.ip_forward = 1" in script and "/etc/sysctl.d/" in script
    assert "retry dnf install" in script and "OnUnitActiveSec=60s" in script and "OnBootSec" in script
    assert "eth0" not in script  # the public interface is detected
    user_data = cdk.Stack.of(bastion).resolve(
        only(synth(stack), "AWS::EC2::Instance")["UserData"])
    joined = "".join(p if isinstance(p, str) else "<token>" for p in user_data["Fn::Base64"]["Fn::Join"][1])
    assert "6379 <token> 6379" in joined and "6380 <token> 6380" in joined and "7001 10.0.3.230 6379" in joined


def test_open_to_the_internet_only_when_asked_by_name() -> None:
    stack = new_stack()
    vpc = public_vpc(stack)
    with pytest.raises(ValidationError, match="allow_public_access=True"):
        NatBastion(stack, "Bastion", vpc=vpc, trusted_cidrs=["0.0.0.0/0"])
    with pytest.raises(ValidationError, match="whole internet"):
        NatBastion(stack, "Bastion6", vpc=vpc, trusted_cidrs=["::/0"])
    open_bastion = NatBastion(stack, "Open", vpc=vpc, trusted_cidrs=["0.0.0.0/0"], allow_public_access=True)
    assert open_bastion.trusted_cidrs == ["0.0.0.0/0"]


@pytest.mark.parametrize(("kwargs", "prop", "rule"), [
    ({"trusted_cidrs": []}, "trusted_cidrs", "non-empty list"),
    ({"trusted_cidrs": "198.51.100.27/32"}, "trusted_cidrs", "non-empty list"),
    ({"trusted_cidrs": ["198.51.100.27/24"]}, "trusted_cidrs", "is not a CIDR block"),
    ({"trusted_cidrs": ["not-an-ip"]}, "trusted_cidrs", "is not a CIDR block"),
    ({"trusted_cidrs": [TRUSTED, TRUSTED]}, "trusted_cidrs", "twice"),
    ({"trusted_cidrs": [TRUSTED], "vpc_subnets": ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)},
     "vpc_subnets", "must select a public subnet"),
])
def test_construction_rules(kwargs, prop: str, rule: str) -> None:
    stack = new_stack()
    with pytest.raises(ValidationError) as raised:
        NatBastion(stack, "Bastion", vpc=public_vpc(stack), **kwargs)
    assert raised.value.prop == prop and rule in str(raised.value)
    assert raised.value.construct_path == "Test/Bastion"


def test_vpc_without_public_subnets() -> None:
    stack = new_stack()
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, subnet_configuration=[
        ec2.SubnetConfiguration(name="cache", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
    with pytest.raises(ValidationError, match="needs a public subnet"):
        NatBastion(stack, "Bastion", vpc=vpc, trusted_cidrs=[TRUSTED])


@pytest.mark.parametrize(("args", "prop", "rule"), [
    ((6379, "10.0.3.230", 6379), "public_port", "already forwarded"),
    ((0, "10.0.3.230", 6379), "public_port", "1..65535"),
    ((7000, "10.0.3.230", 70000), "target_port", "1..65535"),
    ((7000, "bad host!", 6379), "target_host", "IPv4 address or a DNS name"),
    ((7000, "2001:db8::1", 6379), "target_host", "IPv4 address or a DNS name"),
])
def test_forward_rules(args, prop: str, rule: str) -> None:
    stack = new_stack()
    bastion, _ = bastion_with_cache(stack)
    with pytest.raises(ValidationError) as raised:
        bastion.forward(*args)
    assert raised.value.prop == prop and rule in str(raised.value)
    assert raised.value.construct_path == "Test/Bastion"


def test_forward_cache_needs_a_created_cache() -> None:
    stack = new_stack()
    vpc = public_vpc(stack)
    bastion = NatBastion(stack, "Bastion", vpc=vpc, trusted_cidrs=[TRUSTED])
    imported = elasticache.ServerlessCache.from_serverless_cache_name(stack, "Imported", "shared")
    with pytest.raises(ValidationError, match="use forward\\(\\) with its endpoint address|forward_host|created in this app"):
        bastion.forward_cache(imported)


def test_a_bastion_without_forwards_fails_synth() -> None:
    stack = new_stack()
    NatBastion(stack, "Bastion", vpc=public_vpc(stack), trusted_cidrs=[TRUSTED])
    with pytest.raises(RuntimeError, match="Test/Bastion: forwards=\\[\\] is empty"):
        synth(stack)


def test_node_forwards_get_consecutive_ports() -> None:
    stack = new_stack()
    bastion = NatBastion(stack, "Bastion", vpc=public_vpc(stack), trusted_cidrs=[TRUSTED])
    forwards = bastion.forward_nodes(["10.0.1.230", "10.0.1.231", "10.0.1.232"])
    assert forwards == [Forward(6379, "10.0.1.230", 6379), Forward(6380, "10.0.1.231", 6379),
                        Forward(6381, "10.0.1.232", 6379)]
    egress = synth(stack)["Resources"][stack.get_logical_id(bastion.security_group.node.default_child)]
    cidrs = sorted(e["CidrIp"] for e in egress["Properties"]["SecurityGroupEgress"])
    assert cidrs == ["0.0.0.0/0", "10.0.1.230/32", "10.0.1.231/32", "10.0.1.232/32"]


def test_dev_only_warning() -> None:
    stack = new_stack()
    bastion_with_cache(stack)
    assembly = cdk.Stage.of(stack).synth()
    messages = [m.entry.data for m in assembly.get_stack_by_name("Test").messages]
    assert any("development and testing" in str(m) for m in messages)
