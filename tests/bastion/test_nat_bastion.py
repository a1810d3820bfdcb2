"""NatBastion: the template, hardening, forwards and their validation rules."""

from __future__ import annotations

from typing import Any

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2

import elasticache_kit as elasticache
from elasticache_kit import NatBastion, ValidationError
from elasticache_kit.bastion.script import Forward, render_setup_script

from ..conftest import dumps, new_stack, only, resources, synth

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
    bastion.forward_cache(cache, allow_unauthenticated=True)  # the cache has no user group
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
    (interface,) = instance["NetworkInterfaces"]
    assert "public" in interface["SubnetId"]["Ref"] and interface["AssociatePublicIpAddress"] is False
    eip = only(template, "AWS::EC2::EIP")
    assert eip["InstanceId"] == {"Ref": next(iter(resources(template, "AWS::EC2::Instance")))}
    statements = only(template, "AWS::IAM::ManagedPolicy")["PolicyDocument"]["Statement"]
    assert [s["Action"] for s in statements] == ["ssm:UpdateInstanceInformation", [
        "ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
        "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel"]]
    assert not resources(template, "AWS::IAM::Policy")  # no inline policy


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
    assert "flock" in script and "iptables -w -t \"$table\" -C" in script
    user_data = cdk.Stack.of(bastion).resolve(
        only(synth(stack), "AWS::EC2::Instance")["UserData"])
    joined = "".join(p if isinstance(p, str) else "<token>" for p in user_data["Fn::Base64"]["Fn::Join"][1])
    assert "6379 <token> 6379" in joined and "6380 <token> 6380" in joined and "7001 10.0.3.230 6379" in joined


def test_the_timer_is_the_only_starter_of_the_apply_program() -> None:
    script = render_setup_script([Forward(6379, "10.0.1.230", 6379)])
    program = "/usr/local/sbin/nat-bastion-apply"
    runs = [line for line in script.splitlines()
            if program in line and not line.startswith(("cat > ", "chmod ", "ExecStart="))]
    assert runs == []  # the set-up does not run it next to the timer (the two raced)
    assert "ExecStart=" + program in script
    assert script.rstrip().endswith("systemctl enable --now nat-bastion-apply.timer")


def test_open_to_the_internet_only_when_asked_by_name() -> None:
    stack = new_stack()
    vpc = public_vpc(stack)
    with pytest.raises(ValidationError, match="whole internet.*allow_public_access=True"):
        NatBastion(stack, "Bastion", vpc=vpc, trusted_cidrs=["0.0.0.0/0"])
    open_bastion = NatBastion(stack, "Open", vpc=vpc, trusted_cidrs=["0.0.0.0/0"], allow_public_access=True)
    assert open_bastion.trusted_cidrs == ["0.0.0.0/0"]


@pytest.mark.parametrize("cidrs", [["0.0.0.0/1", "128.0.0.0/1"], ["64.0.0.0/2"], ["198.0.0.0/7"]])
def test_blocks_wider_than_a_slash_8_need_allow_public_access(cidrs: list[str]) -> None:
    stack = new_stack()
    vpc = public_vpc(stack)
    with pytest.raises(ValidationError) as raised:
        NatBastion(stack, "Bastion", vpc=vpc, trusted_cidrs=cidrs)
    assert raised.value.prop == "trusted_cidrs" and raised.value.value == cidrs[0]
    assert raised.value.construct_path == "Test/Bastion"
    assert "a large part of the internet" in str(raised.value) and "allow_public_access=True" in str(raised.value)
    opened = NatBastion(stack, "Open", vpc=vpc, trusted_cidrs=cidrs, allow_public_access=True)
    assert opened.trusted_cidrs == cidrs


def test_a_slash_8_is_not_public_access() -> None:
    stack = new_stack()
    assert NatBastion(stack, "Bastion", vpc=public_vpc(stack), trusted_cidrs=["10.0.0.0/8"]).trusted_cidrs == ["10.0.0.0/8"]


@pytest.mark.parametrize(("cidr", "allow"), [("::/0", False), ("::/0", True), ("2001:db8::/32", False),
                                             ("2001:db8::1/128", True)])
def test_ipv6_blocks_are_refused(cidr: str, allow: bool) -> None:
    stack = new_stack()
    with pytest.raises(ValidationError) as raised:
        NatBastion(stack, "Bastion", vpc=public_vpc(stack), trusted_cidrs=[TRUSTED, cidr], allow_public_access=allow)
    assert raised.value.prop == "trusted_cidrs" and raised.value.value == cidr
    assert raised.value.construct_path == "Test/Bastion"
    assert "IPv6" in str(raised.value) and "IPv4-only" in str(raised.value)


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


def instance_id_of(forwards: list[tuple[int, str, int]]) -> tuple[str, dict[str, Any]]:
    """The instance's logical id, and the template, of a bastion to a cache plus ``forwards``."""
    stack = new_stack()
    bastion, _ = bastion_with_cache(stack)
    for forward in forwards:
        bastion.forward(*forward)
    template = synth(stack)
    (logical_id,) = resources(template, "AWS::EC2::Instance")
    return logical_id, template


def test_a_new_forward_replaces_the_instance_and_keeps_the_elastic_ip() -> None:
    base, template = instance_id_of([])
    again, _ = instance_id_of([])  # another app: the cache endpoint's token has another number
    extended, extended_template = instance_id_of([(7001, "10.0.3.230", 6379)])
    assert base == again
    assert extended != base
    assert base.startswith("BastionInstance") and extended.startswith("BastionInstance")
    assert base[:-8] == extended[:-8]  # one base id, a hash of the set-up script appended
    for logical_id, built in ((base, template), (extended, extended_template)):
        assert only(built, "AWS::EC2::EIP")["InstanceId"] == {"Ref": logical_id}
        assert len(resources(built, "AWS::EC2::EIP")) == 1
        (elastic_ip,) = resources(built, "AWS::EC2::EIP")
        assert elastic_ip == next(iter(resources(template, "AWS::EC2::EIP")))  # the same Elastic IP resource
        assert logical_id in dumps(built["Outputs"])  # the session command follows the new instance


def test_the_instance_id_follows_each_forward() -> None:
    ids = {instance_id_of([(7001, "10.0.3.230", 6379)])[0],
           instance_id_of([(7001, "10.0.3.231", 6379)])[0],
           instance_id_of([(7001, "10.0.3.230", 6380)])[0],
           instance_id_of([(7002, "10.0.3.230", 6379)])[0]}
    assert len(ids) == 4


def test_one_render_per_call() -> None:
    stack = new_stack()
    bastion = NatBastion(stack, "Bastion", vpc=public_vpc(stack), trusted_cidrs=[TRUSTED])
    rendered: list[int] = []
    original = bastion._render

    def counting() -> None:
        rendered.append(len(bastion.forwards))
        original()

    bastion._render = counting  # type: ignore[method-assign]
    bastion.forward_nodes(["10.0.1.230", "10.0.1.231", "10.0.1.232"])
    bastion.forward(7000, "10.0.1.240", 11211)
    assert rendered == [3, 4]
    with pytest.raises(ValidationError, match="target_host"):
        bastion.forward(7001, "bad host!", 6379)  # refused before anything was added: nothing to render
    assert rendered == [3, 4]
    with pytest.raises(ValidationError, match="target_host"):
        bastion.forward_nodes(["10.0.1.250", "bad host!"], first_public_port=8000)
    assert rendered == [3, 4, 5]  # the node added before the bad one is in the user data
    user_data = dumps(only(synth(stack), "AWS::EC2::Instance")["UserData"])
    assert "8000 10.0.1.250 6379" in user_data


def test_connection_commands_send_sni_only_for_names() -> None:
    stack = new_stack()
    bastion, _ = bastion_with_cache(stack)
    bastion.forward(7001, "10.0.1.230", 6379)
    bastion.forward(7002, "node.example.test", 6379)
    outputs = synth(stack)["Outputs"]
    (key,) = [k for k in outputs if k.startswith("BastionConnectionCommands")]
    joined = "".join(p if isinstance(p, str) else "<token>" for p in outputs[key]["Value"]["Fn::Join"][1])
    commands = joined.split(" ; ")
    assert commands[0] == "redis-cli --tls --sni <token> -h <token> -p 6379 PING"  # the cache's endpoint name
    assert commands[2] == "redis-cli --tls -h <token> -p 7001 PING"  # an IP address is never SNI (RFC 6066)
    assert commands[3] == "redis-cli --tls --sni node.example.test -h <token> -p 7002 PING"
