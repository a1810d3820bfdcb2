"""NatBastion.forward_replication_group / forward_memcached_cluster: the
template (discovery configuration, least-privilege role and endpoint policy,
node table parameter, outputs), the set-up script's discovery part run for
real, and every validation rule."""

from __future__ import annotations

import base64
import gzip
import json
import re
from typing import Any

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2

import elasticache_kit as elasticache
from elasticache_kit import NatBastion, ValidationError
from elasticache_kit.bastion.discovery import plan_source
from elasticache_kit.bastion.script import render_discover_program

from ..conftest import dumps, new_stack, resources, synth
from ..support.lint import lint_errors
from .test_nat_bastion import TRUSTED, public_vpc


def cluster_group(stack: cdk.Stack, vpc: ec2.IVpc, id: str = "Group", group_id: str = "orders", **kwargs: Any) -> Any:
    user_group = kwargs.pop("user_group", None)
    if user_group is None and not kwargs.pop("unauthenticated", False):
        kwargs["generate_auth_token"] = True
    elif user_group is not None:
        kwargs["user_group"] = user_group
    return elasticache.ClusterReplicationGroup(stack, id, vpc=vpc, replication_group_id=group_id, num_node_groups=3,
                                               replicas_per_node_group=1, **kwargs)


def bastion(stack: cdk.Stack, vpc: ec2.IVpc, **kwargs: Any) -> NatBastion:
    return NatBastion(stack, "Bastion", vpc=vpc, trusted_cidrs=[TRUSTED], **kwargs)


def user_data(template: dict[str, Any]) -> str:
    (instance,) = resources(template, "AWS::EC2::Instance").values()
    return dumps(instance["Properties"]["UserData"])


def test_cluster_mode_group_template() -> None:
    stack = new_stack()
    vpc = public_vpc(stack)
    group = cluster_group(stack, vpc)
    nat = bastion(stack, vpc)
    forward = nat.forward_replication_group(group, first_public_port=7000, port_count=8)
    assert forward.endpoint_ports == {"configuration": 7000}
    assert forward.planned_ports == {"0001-001": 7001, "0001-002": 7002, "0002-001": 7003, "0002-002": 7004,
                                     "0003-001": 7005, "0003-002": 7006}
    template = synth(stack)
    assert lint_errors(template) == []

    # The role: exactly the two describe calls on this group and its members' id pattern, and the table parameter.
    policies = [p["Properties"] for p in resources(template, "AWS::IAM::ManagedPolicy").values()
                if "node table" in p["Properties"].get("Description", "")]
    assert len(policies) == 1
    statements = policies[0]["PolicyDocument"]["Statement"]
    assert [s["Action"] for s in statements] == [
        "elasticache:DescribeReplicationGroups", "elasticache:DescribeCacheClusters", "ssm:PutParameter"]
    assert dumps(statements[0]["Resource"]).endswith(':replicationgroup:orders"]]}')
    assert dumps(statements[1]["Resource"]).endswith(':cluster:orders-????-???"]]}')
    assert "*" not in dumps(statements)
    assert not resources(template, "AWS::IAM::Policy")  # no inline policy

    # The API endpoint made for the bastion: the two read actions, for the bastion's role only; reachable from it only.
    (endpoint,) = resources(template, "AWS::EC2::VPCEndpoint").values()
    document = endpoint["Properties"]["PolicyDocument"]["Statement"]
    assert [sorted(s["Action"]) for s in document] == [sorted(["elasticache:DescribeReplicationGroups",
                                                               "elasticache:DescribeCacheClusters"])]
    assert "Role" in dumps(document[0]["Principal"]) and endpoint["Properties"]["PrivateDnsEnabled"] is True
    ingress = [r["Properties"] for r in resources(template, "AWS::EC2::SecurityGroupIngress").values()]
    assert any(r["FromPort"] == 443 and "BastionSecurityGroup" in dumps(r.get("SourceSecurityGroupId")) for r in ingress)

    # Public range open to the trusted clients; the group open to the bastion on its port.
    sg = [r for r in resources(template, "AWS::EC2::SecurityGroup").values() if "NAT bastion" in dumps(r)]
    assert any(rule.get("FromPort") == 7000 and rule.get("ToPort") == 7007 and rule["CidrIp"] == TRUSTED
               for r in sg for rule in r["Properties"].get("SecurityGroupIngress", []))
    assert any(r["FromPort"] == 6379 and "BastionSecurityGroup" in dumps(r.get("SourceSecurityGroupId")) for r in ingress)

    # The table parameter (the bastion writes it) and the outputs.
    (parameter,) = resources(template, "AWS::SSM::Parameter").values()
    assert parameter["Properties"]["Value"] == '{"status":"pending"}'
    outputs = dumps(template["Outputs"])
    assert "redis-cli --tls -h " in outputs and "-p 7006 PING  # node 0003-002" in outputs
    assert "RefreshingRemap.from_parameter" in outputs

    # The user data: the discovery configuration and the packed discovery program.
    data = user_data(template)
    assert "/etc/nat-bastion/discovery.json" in data and "nat-bastion-discover" in data
    assert '\\"first_port\\": 7000' in data and '\\"port_count\\": 8' in data and '\\"endpoints\\": [\\"configuration\\"]' in data


def test_packed_discovery_program_is_the_module() -> None:
    stack = new_stack()
    vpc = public_vpc(stack)
    nat = bastion(stack, vpc)
    nat.forward_replication_group(cluster_group(stack, vpc), first_public_port=7000)
    data = json.loads(user_data(synth(stack)))
    text = "".join(part if isinstance(part, str) else "" for part in data["Fn::Base64"]["Fn::Join"][1])
    packed = re.search(r"base64 -d <<'NAT_BASTION_EOF' \| gunzip > /usr/local/sbin/nat-bastion-discover\n(.*?)\nNAT_BASTION_EOF",
                       text, re.S)
    assert packed is not None
    assert gzip.decompress(base64.b64decode(packed.group(1))).decode() == render_discover_program()


def test_cluster_mode_disabled_group_has_primary_and_reader_ports() -> None:
    stack = new_stack()
    vpc = public_vpc(stack)
    group = elasticache.ReplicationGroup(stack, "Group", vpc=vpc, replication_group_id="sessions", num_cache_clusters=3,
                                         generate_auth_token=True)
    forward = bastion(stack, vpc).forward_replication_group(group, first_public_port=6400)
    assert forward.endpoint_ports == {"primary": 6400, "reader": 6401}
    assert forward.planned_ports == {"001": 6402, "002": 6403, "003": 6404}
    template = synth(stack)
    assert lint_errors(template) == []
    assert ':cluster:sessions-???"' in dumps(template)


def test_memcached_cluster_needs_the_opt_in_and_names_its_cluster() -> None:
    stack = new_stack()
    vpc = public_vpc(stack)
    cluster = elasticache.MemcachedCluster(stack, "Memcached", vpc=vpc, cluster_id="sessions-mc", num_cache_nodes=3)
    nat = bastion(stack, vpc)
    with pytest.raises(ValidationError, match="allow_unauthenticated=False but Memcached cluster sessions-mc accepts any client"):
        nat.forward_memcached_cluster(cluster, first_public_port=11211)
    forward = nat.forward_memcached_cluster(cluster, first_public_port=11211, allow_unauthenticated=True)
    assert forward.endpoint_ports == {"configuration": 11211} and forward.planned_ports == {
        "0001": 11212, "0002": 11213, "0003": 11214}
    template = synth(stack)
    assert lint_errors(template) == []
    (policy,) = [p["Properties"] for p in resources(template, "AWS::IAM::ManagedPolicy").values()
                 if "node table" in p["Properties"].get("Description", "")]
    statements = policy["PolicyDocument"]["Statement"]
    assert statements[0]["Action"] == "elasticache:DescribeCacheClusters"
    assert dumps(statements[0]["Resource"]).endswith(':cluster:sessions-mc"]]}')


def test_given_api_endpoint_is_used_and_shared() -> None:
    stack = new_stack()
    vpc = public_vpc(stack)
    endpoint = elasticache.InterfaceEndpoint(stack, "Api", vpc=vpc, target=elasticache.EndpointTarget.elasticache_api(),
                                             private_dns_enabled=False)
    nat = bastion(stack, vpc)
    nat.forward_replication_group(cluster_group(stack, vpc), first_public_port=7000, api_endpoint=endpoint)
    nat.forward_replication_group(cluster_group(stack, vpc, "Other", "other"), first_public_port=7100)
    template = synth(stack)
    assert len(resources(template, "AWS::EC2::VPCEndpoint")) == 1  # none created: the given one serves both
    assert "https://" in user_data(template) and "DnsEntries" in user_data(template)  # private DNS off: its own name
    assert lint_errors(template) == []
    other = elasticache.InterfaceEndpoint(stack, "Api2", vpc=vpc, target=elasticache.EndpointTarget.elasticache_api(),
                                          private_dns_enabled=False)
    with pytest.raises(ValidationError, match="one ElastiCache API endpoint per bastion"):
        nat.forward_replication_group(cluster_group(stack, vpc, "Third", "third"), first_public_port=7200, api_endpoint=other)


# ------------------------------------------------------------------ validation
@pytest.fixture
def lab() -> tuple[cdk.Stack, ec2.IVpc, NatBastion, Any]:
    stack = new_stack()
    vpc = public_vpc(stack)
    return stack, vpc, bastion(stack, vpc), cluster_group(stack, vpc)


def test_same_group_twice_is_refused(lab: tuple[cdk.Stack, ec2.IVpc, NatBastion, Any]) -> None:
    _, _, nat, group = lab
    nat.forward_replication_group(group, first_public_port=7000)
    with pytest.raises(ValidationError, match=r"Test/Bastion: group='orders' is already forwarded by this bastion"):
        nat.forward_replication_group(group, first_public_port=8000)


def test_port_ranges_that_collide_are_refused(lab: tuple[cdk.Stack, ec2.IVpc, NatBastion, Any]) -> None:
    stack, vpc, nat, group = lab
    nat.forward(7003, "192.0.2.50", 6379)
    with pytest.raises(ValidationError, match=r"first_public_port=7000 range 7000\.\.7006 collides with the forward of public port 7003"):
        nat.forward_replication_group(group, first_public_port=7000)
    nat.forward_replication_group(group, first_public_port=7100)
    other = cluster_group(stack, vpc, "Other", "other")
    with pytest.raises(ValidationError, match=r"collides with replication-group orders's ports 7100\.\.7106"):
        nat.forward_replication_group(other, first_public_port=7106)
    with pytest.raises(ValidationError, match="public_port=7104 is already forwarded"):
        nat.forward(7104, "192.0.2.51", 6379)


def test_ranges_past_65535_and_too_few_ports_are_refused(lab: tuple[cdk.Stack, ec2.IVpc, NatBastion, Any]) -> None:
    _, _, nat, group = lab
    with pytest.raises(ValidationError, match=r"port_count=7 runs past 65535: ports 65530\.\.65536"):
        nat.forward_replication_group(group, first_public_port=65530)
    with pytest.raises(ValidationError, match="port_count=5 is fewer than the 7 ports replication-group orders needs"):
        nat.forward_replication_group(group, first_public_port=7000, port_count=5)
    with pytest.raises(ValidationError, match="first_public_port=0 must be a TCP port"):
        nat.forward_replication_group(group, first_public_port=0)


def test_ssh_port_inside_the_range_is_refused() -> None:
    stack = new_stack()
    vpc = public_vpc(stack)
    nat = bastion(stack, vpc, key_pair=ec2.KeyPair.from_key_pair_name(stack, "Key", "dev"))
    with pytest.raises(ValidationError, match=r"range 20\.\.26 includes port 22, used by SSH"):
        nat.forward_replication_group(cluster_group(stack, vpc), first_public_port=20)


def test_unauthenticated_group_needs_the_opt_in() -> None:
    stack = new_stack()
    vpc = public_vpc(stack)
    group = cluster_group(stack, vpc, unauthenticated=True)
    nat = bastion(stack, vpc)
    with pytest.raises(ValidationError, match="replication group orders accepts any client that reaches it"):
        nat.forward_replication_group(group, first_public_port=7000)
    nat.forward_replication_group(group, first_public_port=7000, allow_unauthenticated=True)


def test_a_group_given_by_secret_auth_token_counts_as_authenticated() -> None:
    stack = new_stack()
    vpc = public_vpc(stack)
    group = cluster_group(stack, vpc, unauthenticated=True,
                          auth_token=cdk.SecretValue.secrets_manager("orders-token"))
    bastion(stack, vpc).forward_replication_group(group, first_public_port=7000)


def test_not_a_group_or_an_unknown_one_is_refused(lab: tuple[cdk.Stack, ec2.IVpc, NatBastion, Any]) -> None:
    stack, _, nat, _ = lab
    with pytest.raises(ValidationError, match="group=.* must be a ReplicationGroup"):
        nat.forward_replication_group("orders", first_public_port=7000)
    imported = elasticache.ReplicationGroup.from_replication_group_id(stack, "Imported", "legacy")
    with pytest.raises(ValidationError, match="group='legacy' has no known member clusters"):
        nat.forward_replication_group(imported, first_public_port=7000)


def test_api_endpoint_that_cannot_reach_the_api_is_refused(lab: tuple[cdk.Stack, ec2.IVpc, NatBastion, Any]) -> None:
    stack, vpc, nat, group = lab
    vendor = elasticache.InterfaceEndpoint(
        stack, "Vendor", vpc=vpc, target=elasticache.EndpointTarget.endpoint_service(
            "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0", [6379]))
    with pytest.raises(ValidationError, match="api_endpoint=.* must be an InterfaceEndpoint for the ElastiCache API"):
        nat.forward_replication_group(group, first_public_port=7000, api_endpoint=vendor)


def test_bastion_that_cannot_create_an_api_endpoint_is_refused() -> None:
    stack = new_stack()
    vpc = public_vpc(stack)
    elasticache.InterfaceEndpoint(stack, "Api", vpc=vpc, target=elasticache.EndpointTarget.elasticache_api())
    nat = bastion(stack, vpc)
    # the VPC's one private-DNS ElastiCache API endpoint exists already: the bastion cannot make its own
    with pytest.raises(ValidationError, match="api_endpoint=None could not be created .* so the bastion could not reach"):
        nat.forward_replication_group(cluster_group(stack, vpc), first_public_port=7000)


def test_discovery_plan_matches_the_synth_plan() -> None:
    """The ports the construct prints are the ones the bastion's first round gives."""
    stack = new_stack()
    vpc = public_vpc(stack)
    forward = bastion(stack, vpc).forward_replication_group(cluster_group(stack, vpc), first_public_port=7000, port_count=9)
    nodes = [{"id": node, "cluster": f"orders-{node}", "shard": node[:4], "role": None, "host": "192.0.2.9", "port": 6379}
             for node in reversed(list(forward.planned_ports))]
    table, lines, _ = plan_source(forward._config, nodes, {"configuration": ("cfg.example.test", 6379)}, {}, "203.0.113.73")
    assert {n["id"]: n["public_port"] for n in table["nodes"]} == forward.planned_ports
    assert lines[0] == "7000 cfg.example.test 6379"


def test_user_data_over_ec2s_limit_is_refused() -> None:
    stack = new_stack()
    vpc = public_vpc(stack)
    nat = bastion(stack, vpc)
    big = [elasticache.ClusterReplicationGroup(stack, f"Big{n}", vpc=vpc, replication_group_id=f"big-{n}", num_node_groups=30,
                                               replicas_per_node_group=2, generate_auth_token=True) for n in range(8)]
    nat.forward_replication_group(big[0], first_public_port=20000)
    with pytest.raises(ValidationError, match="over EC2's 16 KB user data"):
        for n, group in enumerate(big[1:], start=1):
            nat.forward_replication_group(group, first_public_port=20000 + 100 * n)


def test_grant_read_node_table_allows_get_parameter_on_that_parameter_only() -> None:
    from aws_cdk import aws_iam as iam

    stack = new_stack()
    vpc = public_vpc(stack)
    forward = bastion(stack, vpc).forward_replication_group(cluster_group(stack, vpc), first_public_port=7000)
    reader = iam.Role(stack, "Reader", assumed_by=iam.AccountRootPrincipal())
    forward.grant_read_node_table(reader)
    template = synth(stack)
    (policy,) = [p["Properties"] for p in resources(template, "AWS::IAM::Policy").values()]
    (statement,) = policy["PolicyDocument"]["Statement"]
    assert statement["Action"] == "ssm:GetParameter"
    assert dumps(statement["Resource"]).endswith('/Bastion/orders"]]}')
    assert lint_errors(template) == []


def test_node_forward_round_trips() -> None:
    """About one jsii call per resource: a second group costs its parameter, policy, three outputs,
    two security-group rules and the group's ingress, plus the render (the endpoint is shared)."""
    from ..cross.test_jsii_budget import round_trips

    stack = new_stack()
    vpc = public_vpc(stack)
    groups = [cluster_group(stack, vpc, f"G{n}", f"group-{n}") for n in range(2)]
    nat = bastion(stack, vpc)
    nat.forward_replication_group(groups[0], first_public_port=7000)
    with round_trips() as calls:
        nat.forward_replication_group(groups[1], first_public_port=7100)
    assert len(calls) <= 19, calls  # 8 resources + the render (5) + peers, ports and pseudo parameters
