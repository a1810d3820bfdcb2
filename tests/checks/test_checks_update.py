"""Update safety: pairs of templates (deployed, new), made with plain L1
templates and with this library's constructs, each reported with the right
verdict; a no-op change reports nothing; the CLI and the CDK plugin read the
deployed template from a path."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

import aws_cdk as cdk
import pytest

import elasticache_kit as elasticache
from elasticache_kit import EngineVersion
from elasticache_kit.checks import ElastiCacheChecks
from elasticache_kit.checks.cli import run
from elasticache_kit.checks.update import UPDATE_RULES, compare, create_only

from ..conftest import imported_vpc, new_stack, synth

GROUP = "AWS::ElastiCache::ReplicationGroup"
DEPLOYED: dict[str, Any] = {"Resources": {"G": {"Type": GROUP, "Properties": {
    "ReplicationGroupDescription": "app", "Engine": "redis", "EngineVersion": "7.1",
    "CacheNodeType": "cache.r7g.xlarge", "NumCacheClusters": 2, "AutomaticFailoverEnabled": True,
    "TransitEncryptionEnabled": False, "Port": 6379, "CacheParameterGroupName": "default.redis7"}}}}


def changed(base: dict[str, Any] = DEPLOYED, policy: dict[str, Any] | None = None, **props: Any) -> dict[str, Any]:
    new = copy.deepcopy(base)
    resource = new["Resources"]["G"]
    for key, value in props.items():
        if value is None:
            resource["Properties"].pop(key, None)
        else:
            resource["Properties"][key] = value
    if policy is not None:
        resource.update(policy)
    return new


def verdict(old: dict[str, Any], new: dict[str, Any]) -> set[tuple[str, str]]:
    return {(f.rule_id, f.severity.value) for f in compare(old, new).findings}


def test_replacement_comes_from_the_schemas_create_only_properties() -> None:
    assert "Port" in create_only(GROUP) and "AtRestEncryptionEnabled" in create_only(GROUP)
    assert "CacheNodeType" not in create_only(GROUP) and "Engine" in create_only("AWS::ElastiCache::CacheCluster")
    for prop in create_only(GROUP):
        value = 6380 if prop == "Port" else [f"new-{prop}"] if prop in ("SnapshotArns", "PreferredCacheClusterAZs") \
            else f"new-{prop.lower()}"
        assert verdict(DEPLOYED, changed(**{prop: value})) >= {("EC-UP1", "error")}, prop


def test_no_op_and_in_place_changes_report_nothing() -> None:
    assert compare(DEPLOYED, copy.deepcopy(DEPLOYED)).findings == []
    assert compare(DEPLOYED, changed(CacheNodeType="cache.r7g.2xlarge", NumCacheClusters=3)).findings == []


def test_final_snapshot_makes_a_replacement_a_warning() -> None:
    kept = changed(policy={"UpdateReplacePolicy": "Snapshot"})
    (finding,) = compare(kept, changed(kept, Port=6380)).findings
    assert finding.severity.value == "warning" and "final snapshot is kept" in finding.message
    (removed,) = compare(DEPLOYED, {"Resources": {}}).findings
    assert removed.rule_id == "EC-UP1" and "no final snapshot" in removed.message


@pytest.mark.parametrize(("name", "new", "expected"), [
    ("ClusterMode capitalised + another change", changed(ClusterMode="Enabled", NumCacheClusters=3), "EC-UP2"),
    ("TLS off to required", changed(TransitEncryptionEnabled=True, TransitEncryptionMode="required"), "EC-UP4"),
    ("Redis OSS to Valkey keeping the family", changed(Engine="valkey", EngineVersion="8.0"), "EC-UP5"),
    ("major version, same family", changed(EngineVersion="6.2", CacheParameterGroupName="default.redis7"), "EC-UP5"),
    ("node type of a global datastore member", changed(changed(GlobalReplicationGroupId="gdr"),
                                                       CacheNodeType="cache.r7g.2xlarge"), "EC-UP8"),
    ("scale-down", changed(CacheNodeType="cache.r7g.large"), "EC-UP9"),
])
def test_updates_cloudformation_cannot_apply(name: str, new: dict[str, Any], expected: str) -> None:
    old = DEPLOYED if expected != "EC-UP8" else changed(GlobalReplicationGroupId="gdr")
    found = {f.rule_id for f in compare(old, new).findings}
    assert found == {expected}, name
    assert UPDATE_RULES[expected].documentation.startswith("https://")


def test_lower_case_cluster_mode_with_another_change_is_fine() -> None:
    assert compare(changed(ClusterMode="disabled"), changed(ClusterMode="disabled", NumCacheClusters=3)).findings == []


def test_auth_token_to_user_group_replaces_and_has_a_plan() -> None:
    old = changed(TransitEncryptionEnabled=True, AuthToken="{{resolve:secretsmanager:token}}")
    report = compare(old, changed(old, AuthToken=None, UserGroupIds=["app"]))
    assert {f.rule_id for f in report.findings} == {"EC-UP1", "EC-UP3"}
    (plan,) = report.plans
    assert "auth-token-update-strategy DELETE" in plan[2][0] and "user_group=" in plan[2][1]


def test_tls_plan_steps_carry_the_props() -> None:
    report = compare(DEPLOYED, changed(TransitEncryptionEnabled=True, TransitEncryptionMode="required",
                                       UserGroupIds=["app"]))
    (plan,) = report.plans
    assert [s.split(" (")[0] for s in plan[2]] == [
        "deploy TransitEncryptionEnabled: true, TransitEncryptionMode: preferred",
        "deploy TransitEncryptionMode: required", "deploy UserGroupIds"]
    assert 'transit_encryption_mode="preferred"' in plan[2][0]
    # negative control: through preferred, no finding
    preferred = changed(TransitEncryptionEnabled=True, TransitEncryptionMode="preferred")
    assert compare(DEPLOYED, preferred).findings == []
    assert compare(preferred, changed(preferred, TransitEncryptionMode="required")).findings == []


def test_shards_without_online_resharding_and_clusters_without_replicas() -> None:
    cluster = changed(NumCacheClusters=None, ClusterMode="enabled", NumNodeGroups=2, ReplicasPerNodeGroup=1)
    assert verdict(cluster, changed(cluster, NumNodeGroups=3)) == {("EC-UP6", "error"), ("EC-UP1", "error")}
    online = changed(cluster, policy={"UpdatePolicy": {"UseOnlineResharding": True}})
    assert compare(online, changed(online, NumNodeGroups=3)).findings == []
    bare = changed(cluster, ReplicasPerNodeGroup=0)
    assert verdict(bare, changed(bare, SnapshotRetentionLimit=7)) == {("EC-UP7", "error")}
    assert compare(bare, changed(bare, ReplicasPerNodeGroup=1)).findings == []


# -- with this library's constructs -------------------------------------------------------

def group_template(stack_name: str = "Test", **props: Any) -> dict[str, Any]:
    stack = new_stack(stack_name)
    elasticache.ReplicationGroup(stack, "Group", vpc=imported_vpc(stack), **props)
    return synth(stack)


def test_constructs_pairs() -> None:
    base = group_template(engine_version=EngineVersion.VALKEY_8_0)
    assert compare(base, group_template(engine_version=EngineVersion.VALKEY_8_0)).findings == []
    port = compare(base, group_template(engine_version=EngineVersion.VALKEY_8_0, port=6380)).findings
    assert {(f.rule_id, "Port" in f.message) for f in port} == {("EC-UP1", True)}
    # the construct switches its own parameter group with the family: no EC-UP5
    upgrade = compare(base, group_template(engine_version=EngineVersion.VALKEY_9_0)).findings
    assert "EC-UP5" not in {f.rule_id for f in upgrade}


def test_cli_and_plugin_read_the_baseline_from_a_path(tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(DEPLOYED))
    new.write_text(json.dumps(changed(TransitEncryptionEnabled=True, TransitEncryptionMode="required")))
    out, err = io.StringIO(), io.StringIO()
    code = run([str(new)], baseline=str(old), rule_ids=["EC-UP-none"], out=out, err=err)
    assert code == 2 and ":EC-UP4:error:" in out.getvalue() and "plan for G (TLS off to required):" in out.getvalue()
    assert run([str(old)], baseline=str(old), rule_ids=["EC-UP-none"], out=io.StringIO(), err=err) == 0

    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False, outdir=str(tmp_path / "out"))
    stack = cdk.Stack(app, "Checked")
    elasticache.ReplicationGroup(stack, "Group", vpc=imported_vpc(stack), port=6380)
    deployed = group_template("Checked")
    saved = tmp_path / "deployed.template.json"
    saved.write_text(json.dumps(deployed))
    cdk.Validations.of(app).add_plugins(ElastiCacheChecks(baseline=str(saved), rules=[]))
    app.synth()  # the construct keeps a final snapshot (UpdateReplacePolicy: Snapshot): a warning
    reports = json.loads((tmp_path / "out" / "validation-report.json").read_text())["pluginReports"]
    (ours,) = [r for r in reports if r["pluginName"] == "ElastiCacheChecks"]
    (violation,) = ours["violations"]
    assert violation["ruleName"] == "EC-UP1" and violation["severity"] == "warning"
    assert "changing Port replaces it" in violation["description"] and "final snapshot is kept" in violation["description"]


def test_get_template_output_and_sarif_describe_the_update_rules(tmp_path: Path) -> None:
    old, new = tmp_path / "deployed.json", tmp_path / "new.json"
    old.write_text(json.dumps({"TemplateBody": DEPLOYED, "StagesAvailable": ["Original", "Processed"]}))
    new.write_text(json.dumps(changed(Port=6380)))
    out = io.StringIO()
    assert run([str(new)], baseline=str(old), rule_ids=["EC-UP-none"], output_format="sarif", out=out,
               err=io.StringIO()) == 2
    (run_,) = json.loads(out.getvalue())["runs"]
    (result,) = run_["results"]
    rules = run_["tool"]["driver"]["rules"]
    assert result["ruleId"] == "EC-UP1" and rules[result["ruleIndex"]]["id"] == "EC-UP1"
    yaml_body = "Resources:\n  G:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      Port: 6379\n"
    old.write_text(json.dumps({"TemplateBody": yaml_body}))
    text = io.StringIO()
    assert run([str(new)], baseline=str(old), rule_ids=["EC-UP-none"], out=text, err=io.StringIO()) == 2
    assert ":EC-UP1:error: G: changing Port" in text.getvalue()


def group_with(build: Any) -> dict[str, Any]:
    stack = new_stack()
    elasticache.ReplicationGroup(stack, "Group", vpc=imported_vpc(stack), **build(stack))
    return synth(stack)


def users(stack: cdk.Stack) -> elasticache.UserGroup:
    user = elasticache.IamUser(stack, "App", user_id="app", access_control=elasticache.AccessControl.full_access())
    return elasticache.UserGroup(stack, "Users", users=[user])


def test_constructs_tls_and_auth_token_to_rbac() -> None:
    plain = group_with(lambda s: {"transit_encryption": False})
    required = group_with(lambda s: {"transit_encryption": True, "transit_encryption_mode": "required"})
    preferred = group_with(lambda s: {"transit_encryption": True, "transit_encryption_mode": "preferred"})
    report = compare(plain, required)
    assert {f.rule_id for f in report.findings} == {"EC-UP4"} and report.plans[0][1] == "TLS off to required"
    assert compare(plain, preferred).findings == [] and compare(preferred, required).findings == []
    token = group_with(lambda s: {"generate_auth_token": True})
    rbac = group_with(lambda s: {"user_group": users(s)})
    report = compare(token, rbac)
    assert {f.rule_id for f in report.findings} == {"EC-UP1", "EC-UP3"}
    assert report.plans and report.plans[0][1] == "AUTH token to RBAC without replacement"


def test_durability_changes_cloudformation_refuses() -> None:
    single = changed(NumCacheClusters=1, AutomaticFailoverEnabled=False)
    both = changed(single, NumCacheClusters=2, AutomaticFailoverEnabled=True, MultiAZEnabled=True)
    report = compare(single, both)
    assert {f.rule_id for f in report.findings} == {"EC-UP10"}
    assert [s.split(" (")[0] for s in report.plans[0][2]] == [
        "deploy the replica alone", "then deploy AutomaticFailoverEnabled: true, MultiAZEnabled: true"]
    # in two deploys: nothing to report
    replica = changed(single, NumCacheClusters=2)
    assert compare(single, replica).findings == []
    assert compare(replica, both).findings == []
    cluster = changed(NumCacheClusters=None, ClusterMode="enabled", NumNodeGroups=2, ReplicasPerNodeGroup=1)
    off = compare(cluster, changed(cluster, AutomaticFailoverEnabled=False)).findings
    assert [(f.rule_id, "cluster mode" in f.message) for f in off] == [("EC-UP10", True)]


def test_durability_turned_on_or_off_is_refused_and_sync_async_is_not() -> None:
    """CloudFormation's reference for Durability: turning it on or off on an existing group errors."""
    plain = changed(NumCacheClusters=None, ClusterMode="enabled", NumNodeGroups=2, ReplicasPerNodeGroup=1,
                    MultiAZEnabled=True, Engine="valkey", EngineVersion="9.0", TransitEncryptionEnabled=True,
                    CacheParameterGroupName="default.valkey9.cluster.on")
    sync, asynchronous = changed(plain, Durability="sync"), changed(plain, Durability="async")
    on = compare(plain, sync)
    assert [(f.rule_id, "turned on" in f.message) for f in on.findings] == [("EC-UP10", True)]
    assert on.plans and on.plans[0][1] == "turning durability on"
    assert [(f.rule_id, "turned off" in f.message) for f in compare(sync, changed(plain, Durability="disabled")).findings] \
        == [("EC-UP10", True)]
    assert compare(sync, asynchronous).findings == [] and compare(asynchronous, sync).findings == []
    # a parameter or "default" is not ours to decide
    assert compare(plain, changed(plain, Durability={"Ref": "Mode"})).findings == []
    assert compare(plain, changed(plain, Durability="default")).findings == []

