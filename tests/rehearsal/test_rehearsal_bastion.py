"""Deploy rehearsal of the NAT bastion: its node discovery (the real AWS CLI
against the fake ElastiCache/SSM API on 127.0.0.1) and its SSM publishing, for
the group of the ``NatBastionClusterExample`` stack, configured from the
synthesized template (the group's id, the node-table parameter's name); every
call the fake logged is evaluated by the IAM simulator against the template
(the instance role's policies, AWS-managed ones included, and the ElastiCache API
endpoint's policy the describe calls go through), and the bastion's network
paths (to the group's port, to the API endpoint) are checked."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2

import elasticache_kit as elasticache
from elasticache_kit import EndpointPolicy, NatBastion, ValidationError
from examples.nat_bastion_cluster import NatBastionClusterStack

from ..conftest import new_stack
from ..support import rehearsal
from ..support.aws_wire import Call, arn
from ..support.fake_elasticache_ssm import FakeServer

AWS_CLI = shutil.which("aws") or next((str(p) for p in [Path(__file__).parents[2] / ".awscli/bin/aws"] if p.exists()), None)


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False)
    stack = NatBastionClusterStack(app, "NatBastionClusterExample")
    return app.synth().get_stack_by_name(stack.stack_name).template  # type: ignore[no-any-return]


@pytest.fixture
def fake(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    (tmp_path / "state.json").write_text("{}")
    server = FakeServer(0, str(tmp_path / "state.json"), str(tmp_path / "log.jsonl"))
    server.server_address = ("127.0.0.1", server.server_address[1])
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", tmp_path
    finally:
        server.shutdown()
        server.server_close()


def bastion_component(template: dict[str, Any]) -> rehearsal.Component:
    (instance,) = rehearsal.of_type(template, "AWS::EC2::Instance")
    return rehearsal.instance_component(template, instance)


def discovered_calls(template: dict[str, Any], url: str, work: Path, monkeypatch: pytest.MonkeyPatch) -> list[Call]:
    """Run the discovery program once as the template configures it; the calls the fake logged."""
    from elasticache_kit.bastion.discovery import run

    if AWS_CLI is None:
        pytest.skip("the AWS CLI is not installed (make test-deps puts one in .awscli/)")
    resolver = rehearsal.Resolver(template, stack_name="NatBastionClusterExample")
    (group_lid,) = rehearsal.of_type(template, "AWS::ElastiCache::ReplicationGroup")
    group_id = resolver.ref(group_lid)
    (parameter,) = [resolver.resolve(p["Properties"]["Name"]) for p in rehearsal.of_type(template, "AWS::SSM::Parameter").values()]
    props = template["Resources"][group_lid]["Properties"]
    shards, replicas = props["NumNodeGroups"], props["ReplicasPerNodeGroup"]
    members = {f"{s:04d}": [f"{s:04d}-{r:03d}" for r in range(1, replicas + 2)] for s in range(1, shards + 1)}
    (work / "state.json").write_text(json.dumps({"replication_groups": {group_id: {
        "cluster_mode": True, "configuration": [f"clustercfg.{group_id}.abcdef.use1.cache.amazonaws.com", 6379],
        "shards": [{"id": shard, "members": [{"cluster": f"{group_id}-{node}", "node": "0001",
                                              "host": f"192.0.2.{10 + i}", "port": 6379, "role": None}
                                             for i, node in enumerate(nodes)]}
                   for shard, nodes in members.items()]}}}))
    for name, value in (("AWS_ACCESS_KEY_ID", "ASIAREHEARSALBASTION"), ("AWS_SECRET_ACCESS_KEY", "example"),
                        ("AWS_EC2_METADATA_DISABLED", "true"), ("AWS_CONFIG_FILE", "/dev/null"),
                        ("NAT_BASTION_AWS", AWS_CLI), ("NAT_BASTION_PUBLIC_IP", "203.0.113.73")):
        monkeypatch.setenv(name, value)
    planned = [node for nodes in members.values() for node in nodes]
    config = work / "discovery.json"
    config.write_text(json.dumps({"region": "us-east-1", "endpoint_url": url, "sources": [
        {"kind": "replication-group", "id": group_id, "first_port": 7000, "port_count": 9, "endpoints": ["configuration"],
         "planned": planned, "parameter": parameter}]}))
    assert run(str(config), str(work / "data")) == 0
    log = [json.loads(line) for line in (work / "log.jsonl").read_text().splitlines()]
    assert all(entry["signed_for"] in ("elasticache", "ssm") for entry in log)
    return [Call(entry["iam_action"], entry["resource"], entry["caller"]) for entry in log]


def test_discovery_and_publishing_are_allowed_by_the_example_template(
        template: dict[str, Any], fake: tuple[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    url, work = fake
    calls = discovered_calls(template, url, work, monkeypatch)
    assert {c.action for c in calls} == {"elasticache:DescribeReplicationGroups", "elasticache:DescribeCacheClusters",
                                         "ssm:PutParameter"}
    # member clusters in the service's shape: <group>-<shard>-<node>
    assert {c.resource.rsplit(":", 1)[1] for c in calls if c.action.endswith("DescribeCacheClusters")} == {
        "orders-0001-001", "orders-0001-002", "orders-0002-001", "orders-0002-002", "orders-0003-001", "orders-0003-002"}
    component = bastion_component(template)
    verdicts = rehearsal.assert_allowed(template, component, calls,
                                        rehearsal.Resolver(template, stack_name="NatBastionClusterExample"))
    assert any(s["policy"].startswith("vpc-endpoint:") for v in verdicts for s in v.considered
               if v.call.action.startswith("elasticache:"))


def test_bastion_denied_list(template: dict[str, Any]) -> None:
    """Another group, another group's members, another parameter, changing the group."""
    rehearsal.assert_denied(template, bastion_component(template), [
        Call("elasticache:DescribeReplicationGroups", arn("elasticache", "replicationgroup:payments")),
        Call("elasticache:DescribeCacheClusters", arn("elasticache", "cluster:payments-0001-001")),
        Call("elasticache:DescribeCacheClusters", arn("elasticache", "cluster:orders-extra-0001-001")),
        Call("ssm:PutParameter", arn("ssm", "parameter/elasticache-kit/NatBastionClusterExample/Bastion/payments")),
        Call("ssm:PutParameter", arn("ssm", "parameter/prod/database-url")),
        Call("elasticache:ModifyReplicationGroup", arn("elasticache", "replicationgroup:orders")),
        Call("elasticache:DeleteReplicationGroup", arn("elasticache", "replicationgroup:orders")),
    ], rehearsal.Resolver(template, stack_name="NatBastionClusterExample"))


def test_negative_control_removed_statements_fail_the_rehearsal(
        template: dict[str, Any], fake: tuple[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    url, work = fake
    calls = discovered_calls(template, url, work, monkeypatch)
    resolver_args = {"stack_name": "NatBastionClusterExample"}
    for action in ("elasticache:DescribeCacheClusters", "ssm:PutParameter"):
        broken = rehearsal.without_statement(template, action)
        with pytest.raises(AssertionError, match=f"{action} on arn:aws:.*ImplicitlyDenied"):
            rehearsal.assert_allowed(broken, bastion_component(broken), calls, rehearsal.Resolver(broken, **resolver_args))
    # the endpoint's policy narrowed to another group: the call is refused there, not by the role
    narrowed = json.loads(json.dumps(template).replace(":replicationgroup:*", ":replicationgroup:payments"))
    with pytest.raises(AssertionError, match="DescribeReplicationGroups on .*replicationgroup:orders: ImplicitlyDenied"):
        rehearsal.assert_allowed(narrowed, bastion_component(narrowed), calls, rehearsal.Resolver(narrowed, **resolver_args))


def test_bastion_network_paths(template: dict[str, Any]) -> None:
    (instance,) = rehearsal.of_type(template, "AWS::EC2::Instance")
    (group,) = rehearsal.of_type(template, "AWS::ElastiCache::ReplicationGroup")
    (endpoint,) = rehearsal.of_type(template, "AWS::EC2::VPCEndpoint")
    rehearsal.assert_path(template, instance, group, 6379)
    rehearsal.assert_path(template, instance, endpoint, 443)
    assert rehearsal.path_problem(template, instance, group, 6380) is not None  # negative control


def test_given_api_endpoint_policy_and_vpc_are_checked_at_synth() -> None:
    """Main synthesized a bastion whose given endpoint refused discovery's calls; now a ValidationError
    names the endpoint, the action and the resource."""
    from ..bastion.test_bastion_nodes import cluster_group
    from ..bastion.test_nat_bastion import TRUSTED, public_vpc

    stack = new_stack()
    vpc = public_vpc(stack)
    group = cluster_group(stack, vpc)
    nat = NatBastion(stack, "Bastion", vpc=vpc, trusted_cidrs=[TRUSTED])
    users_only = elasticache.InterfaceEndpoint(
        stack, "UsersOnly", vpc=vpc, target=elasticache.EndpointTarget.elasticache_api(), private_dns_enabled=False,
        policy=EndpointPolicy().allow(["elasticache:DescribeUsers"]))
    with pytest.raises(ValidationError) as raised:
        nat.forward_replication_group(group, first_public_port=7000, api_endpoint=users_only)
    message = str(raised.value)
    assert "Test/UsersOnly" in message and "elasticache:DescribeReplicationGroups" in message
    assert ":replicationgroup:orders" in message and "no statement allows it" in message

    stack = new_stack()
    vpc = public_vpc(stack)
    other = ec2.Vpc(stack, "Other", max_azs=1, nat_gateways=0, subnet_configuration=[
        ec2.SubnetConfiguration(name="x", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
    nat = NatBastion(stack, "Bastion", vpc=vpc, trusted_cidrs=[TRUSTED])
    elsewhere = elasticache.InterfaceEndpoint(stack, "Elsewhere", vpc=other, target=elasticache.EndpointTarget.elasticache_api())
    with pytest.raises(ValidationError, match=r"Test/Elsewhere.* is in VPC Test/Other, not in .*VPC"):
        nat.forward_replication_group(cluster_group(stack, vpc), first_public_port=7000, api_endpoint=elsewhere)

    stack = new_stack()
    vpc = public_vpc(stack)
    nat = NatBastion(stack, "Bastion", vpc=vpc, trusted_cidrs=[TRUSTED])
    fine = elasticache.InterfaceEndpoint(stack, "Fine", vpc=vpc, target=elasticache.EndpointTarget.elasticache_api(),
                                         policy=EndpointPolicy.read_only())
    nat.forward_replication_group(cluster_group(stack, vpc), first_public_port=7000, api_endpoint=fine)
