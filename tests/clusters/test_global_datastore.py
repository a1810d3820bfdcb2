"""Global datastores: a primary in one region's stack, secondaries in other
regions' stacks joined through CDK's cross-region references; the service
rules (G1/G2, regions, at most two secondaries) with their messages; the
templates (snapshots, cfn-lint in each member's region) and our checks."""

from __future__ import annotations

import json
from typing import Any

import aws_cdk as cdk
import pytest
from aws_cdk import aws_iam as iam
from cfnlint.api import ManualArgs, lint

import elasticache_kit as elasticache
from elasticache_kit import Durability, EngineVersion, GlobalDatastore, ValidationError
from elasticache_kit.checks import check_template

from ..conftest import imported_vpc, only, resources

RG = "AWS::ElastiCache::ReplicationGroup"
GRG = "AWS::ElastiCache::GlobalReplicationGroup"
ACCOUNT = "111111111111"


def _app() -> cdk.App:
    return cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False)


def _stack(app: cdk.App, name: str, region: str | None, **kwargs: Any) -> cdk.Stack:
    env = cdk.Environment(account=ACCOUNT, region=region) if region else None
    return cdk.Stack(app, name, env=env, synthesizer=cdk.DefaultStackSynthesizer(generate_bootstrap_version_rule=False),
                     **kwargs)


def _vpc(stack: cdk.Stack) -> Any:
    """The stack's imported VPC (made once)."""
    return stack.node.try_find_child("Vpc") or imported_vpc(stack)


def _primary(stack: cdk.Stack, cluster: bool = True, **kwargs: Any) -> Any:
    options: dict[str, Any] = {"cache_node_type": "cache.r7g.large", "generate_auth_token": True, **kwargs}
    kind = elasticache.ClusterReplicationGroup if cluster else elasticache.ReplicationGroup
    return kind(stack, "Primary", vpc=_vpc(stack), **options)


def _pair(cluster: bool = True) -> tuple[cdk.App, cdk.Stack, cdk.Stack, GlobalDatastore]:
    app = _app()
    east = _stack(app, "East", "us-east-1")
    west = _stack(app, "West", "eu-west-1", cross_region_references=True)
    datastore = GlobalDatastore(east, "Global", primary=_primary(east, cluster), global_replication_group_id_suffix="orders")
    return app, east, west, datastore


def _lint(template: dict[str, Any], region: str) -> list[str]:
    """cfn-lint in the member's region (tests/support/lint.py's settings). One finding is dropped: W3005 on
    aws-cdk-lib's own cross-region export writer and reader (each handler lists DependsOn on the role it also
    names by GetAtt); that code is CDK's, not ours."""
    found = lint(json.dumps(template), config=ManualArgs(regions=[region], include_checks=["I"], ignore_checks=["I1022"]))
    return [f"{m.rule.id} {m.message}" for m in found
            if not (m.rule.id == "W3005" and "CustomCrossRegionExport" in m.message)]


def test_primary_and_secondary_across_regions(snapshot_json: Any) -> None:
    app, east, west, datastore = _pair()
    secondary = elasticache.ClusterReplicationGroup(west, "Secondary", vpc=_vpc(west), global_datastore=datastore,
                                                    replicas_per_node_group=2)
    assembly = app.synth()
    primary_template = assembly.get_stack_by_name("East").template
    secondary_template = assembly.get_stack_by_name("West").template
    assert _lint(primary_template, "us-east-1") == [] and _lint(secondary_template, "eu-west-1") == []
    assert {"East": primary_template, "West": secondary_template} == snapshot_json
    grg = only(primary_template, GRG)
    primary_props = only(primary_template, RG)
    (primary_id,) = resources(primary_template, RG)
    assert grg["Members"] == [{"ReplicationGroupId": {"Ref": primary_id}, "ReplicationGroupRegion": "us-east-1",
                               "Role": "PRIMARY"}]
    for key in ("Engine", "EngineVersion", "CacheNodeType"):  # the datastore owns them (pitfall P7)
        assert grg[key] == primary_props[key]
    assert grg["GlobalNodeGroupCount"] == primary_props["NumNodeGroups"] == 2
    props = only(secondary_template, RG)
    assert "ExportsReader" in json.dumps(props["GlobalReplicationGroupId"])  # CDK's cross-region reference
    for key in ("Engine", "EngineVersion", "CacheNodeType", "CacheParameterGroupName", "AtRestEncryptionEnabled",
                "TransitEncryptionEnabled", "AuthToken", "NumNodeGroups", "Port", "SnapshotRetentionLimit"):
        assert key not in props, key
    assert props["ReplicasPerNodeGroup"] == 2
    assert not resources(secondary_template, "AWS::ElastiCache::ParameterGroup")
    assert datastore.secondaries == [secondary] and secondary.global_datastore is datastore
    assert secondary.engine_version == EngineVersion.VALKEY_LATEST and secondary.cache_node_type == "cache.r7g.large"
    for template in (primary_template, secondary_template):
        assert {f.rule_id for f in check_template(template)} & {"EC-CL13", "EC-CL14", "EC-CL15"} == set()


def test_grants_on_the_datastore_arn() -> None:
    app, east, _, datastore = _pair(cluster=False)
    role = iam.Role(east, "Operator", assumed_by=iam.AccountRootPrincipal())
    datastore.grant_failover(role)
    template = app.synth().get_stack_by_name("East").template
    (statement,) = only(template, "AWS::IAM::Policy")["PolicyDocument"]["Statement"]
    assert statement["Action"] == "elasticache:FailoverGlobalReplicationGroup"
    parts = statement["Resource"]["Fn::Join"][1]
    assert parts[2] == f":elasticache::{ACCOUNT}:globalreplicationgroup:"  # global: no region
    assert parts[3]["Fn::GetAtt"][1] == "GlobalReplicationGroupId"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"cache_node_type": "cache.t4g.medium"}, "is not a global datastore node type"),
        ({"cache_node_type": "cache.r7g.medium"}, "is not a global datastore node type"),
        ({"engine_version": EngineVersion.REDIS_4_0_10}, "has no global datastores"),
        ({"durability": Durability.SYNC}, "is not supported with global datastores"),
    ],
)
def test_primary_rules(kwargs: dict[str, Any], message: str) -> None:
    app = _app()
    east = _stack(app, "East", "us-east-1")
    primary = _primary(east, cluster=kwargs.get("engine_version") is None, **kwargs)
    with pytest.raises(ValidationError, match=message) as raised:
        GlobalDatastore(east, "Global", primary=primary)
    assert raised.value.prop == "primary" and raised.value.construct_path == "East/Global"


def test_primary_must_be_created_here_and_in_this_stack() -> None:
    app = _app()
    east = _stack(app, "East", "us-east-1")
    other = _stack(app, "Other", "us-east-1")
    imported = elasticache.ReplicationGroup.from_replication_group_id(east, "Imported", "orders")
    with pytest.raises(ValidationError, match="created in this app"):
        GlobalDatastore(east, "Global", primary=imported)
    with pytest.raises(ValidationError, match="must be in this global datastore's stack"):
        GlobalDatastore(other, "Global", primary=_primary(east))
    with pytest.raises(ValidationError, match="1-40 lower-case letters"):
        GlobalDatastore(east, "Bad", primary=east.node.find_child("Primary"), global_replication_group_id_suffix="Orders_1")


@pytest.mark.parametrize(
    "option",
    [("engine_version", EngineVersion.VALKEY_8_2), ("cache_node_type", "cache.r7g.xlarge"), ("parameters", {"a": "b"}),
     ("transit_encryption", True), ("at_rest_encryption", True), ("generate_auth_token", True),
     ("snapshot_retention_limit", 3), ("durability", Durability.ASYNC), ("port", 6380)],
)
def test_secondary_may_not_set_what_it_inherits(option: tuple[str, Any]) -> None:
    _, _, west, datastore = _pair()
    with pytest.raises(ValidationError, match="inherits it from the primary") as raised:
        elasticache.ClusterReplicationGroup(west, "Secondary", vpc=_vpc(west), global_datastore=datastore,
                                            **{option[0]: option[1]})
    assert raised.value.prop == option[0]


def test_secondary_regions_and_count() -> None:
    app, east, west, datastore = _pair()
    with pytest.raises(ValidationError, match="has a member in us-east-1 already"):
        elasticache.ClusterReplicationGroup(east, "Same", vpc=_vpc(east), global_datastore=datastore)
    agnostic = _stack(app, "Agnostic", None)
    with pytest.raises(ValidationError, match="explicit region"):
        elasticache.ClusterReplicationGroup(agnostic, "Secondary", vpc=_vpc(agnostic), global_datastore=datastore)
    with pytest.raises(ValidationError, match="same kind of group as the primary"):
        elasticache.ReplicationGroup(west, "Other", vpc=_vpc(west), global_datastore=datastore)
    elasticache.ClusterReplicationGroup(west, "Secondary", vpc=_vpc(west), global_datastore=datastore)
    with pytest.raises(ValidationError, match="has a member in eu-west-1 already"):
        elasticache.ClusterReplicationGroup(west, "Again", vpc=_vpc(west), global_datastore=datastore)
    tokyo = _stack(app, "Tokyo", "ap-northeast-1", cross_region_references=True)
    elasticache.ClusterReplicationGroup(tokyo, "Secondary", vpc=_vpc(tokyo), global_datastore=datastore)
    sydney = _stack(app, "Sydney", "ap-southeast-2", cross_region_references=True)
    with pytest.raises(ValidationError, match="takes at most 2"):
        elasticache.ClusterReplicationGroup(sydney, "Secondary", vpc=_vpc(sydney), global_datastore=datastore)
    with pytest.raises(ValidationError, match="must be a GlobalDatastore"):
        elasticache.ClusterReplicationGroup(sydney, "Wrong", vpc=_vpc(sydney), global_datastore="ldgnf-orders")  # type: ignore[typeddict-item]


def test_checks_report_a_hand_written_secondary_and_node_type() -> None:
    """Negative control for EC-CL14/EC-CL15: L1s without the library's rules."""
    from aws_cdk import aws_elasticache as cfn

    app = _app()
    stack = _stack(app, "Raw", "us-east-1")
    cfn.CfnGlobalReplicationGroup(stack, "Global", cache_node_type="cache.t3.small", members=[
        cfn.CfnGlobalReplicationGroup.GlobalReplicationGroupMemberProperty(
            replication_group_id="orders", replication_group_region="us-east-1", role="PRIMARY")])
    cfn.CfnReplicationGroup(stack, "Secondary", replication_group_description="s", global_replication_group_id="x-orders",
                            cache_node_type="cache.r7g.large")
    found = {f.rule_id for f in check_template(app.synth().get_stack_by_name("Raw").template)}
    assert {"EC-CL14", "EC-CL15"} <= found


def test_replication_lag_metric_of_a_secondary() -> None:
    app, east, west, datastore = _pair()
    secondary = elasticache.ClusterReplicationGroup(west, "Secondary", vpc=_vpc(west), global_datastore=datastore,
                                                    replication_group_id="orders-eu")
    metric = datastore.metric_replication_lag(secondary)
    assert metric.metric_name == "GlobalDatastoreReplicationLag" and metric.namespace == "AWS/ElastiCache"
    assert metric.dimensions == {"CacheClusterId": "orders-eu-0001-001"}
    with pytest.raises(ValidationError, match="is not a secondary of this global datastore"):
        datastore.metric_replication_lag(datastore.primary)


def test_removal_policy_without_snapshot() -> None:
    app = _app()
    east = _stack(app, "East", "us-east-1")
    with pytest.raises(ValidationError, match="must be DESTROY or RETAIN") as raised:
        GlobalDatastore(east, "Global", primary=_primary(east), removal_policy=cdk.RemovalPolicy.SNAPSHOT)
    assert raised.value.prop == "removal_policy"
    GlobalDatastore(east, "Kept", primary=east.node.find_child("Primary"), removal_policy=cdk.RemovalPolicy.RETAIN)
    (kept,) = resources(app.synth().get_stack_by_name("East").template, GRG).values()
    assert kept["DeletionPolicy"] == "Retain"


def test_node_type_model_answers_durability_and_global_datastores() -> None:
    # the families the service ties to durability and global datastores live on the node-type model
    from elasticache_kit.node_types import global_datastore_node_type, node_type

    assert node_type("cache.r7g.large").durability and node_type("cache.r7g.large").global_datastore
    assert not node_type("cache.r5.large").durability and node_type("cache.r5.large").global_datastore
    assert node_type("cache.m6g.large").durability and not node_type("cache.t4g.micro").global_datastore
    # global datastores need size large or bigger, even in a listed family
    assert not global_datastore_node_type("cache.r6g.medium") and global_datastore_node_type("cache.r6g.2xlarge")
    assert node_type("cache.r6gd.xlarge").global_datastore and not node_type("cache.r6gd.xlarge").durability
