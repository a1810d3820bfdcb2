"""The ElastiCache checks from CDK: the validation plugin and its
acknowledgements (aws-cdk-lib's own mechanism), and the same situation built
three ways -- elasticache_kit, the alpha module, raw L1s -- giving the same
finding. The alpha module is a benchmark-only install (``make
bench/.alpha/.installed``); its tests skip when it is missing."""

from __future__ import annotations

import datetime
import io
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import aws_cdk as cdk
import pytest
from aws_cdk import SecretValue
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticache as l1
from aws_cdk import aws_secretsmanager as secretsmanager

import elasticache_kit as elasticache
from elasticache_kit.checks import ElastiCacheChecks, acknowledgment, check_template

from ..conftest import imported_vpc, new_stack, synth

ROOT = Path(__file__).resolve().parents[2]
ALPHA = ROOT / "bench" / ".alpha" / "aws_cdk"
TODAY = datetime.date(2026, 12, 1)


@pytest.fixture(scope="module")
def alpha() -> ModuleType:
    """aws-cdk.aws-elasticache-alpha from bench/.alpha (never a dependency)."""
    if not (ALPHA / "aws_elasticache_alpha").is_dir():
        pytest.skip("aws-cdk.aws-elasticache-alpha is not installed in bench/.alpha (run make bench/.alpha/.installed)")
    cdk.__path__.append(str(ALPHA))  # type: ignore[attr-defined]
    try:
        import aws_cdk.aws_elasticache_alpha as module  # type: ignore[import-not-found]
    finally:
        cdk.__path__.remove(str(ALPHA))  # type: ignore[attr-defined]
    return module


def findings(stack: cdk.Stack) -> dict[str, set[str]]:
    """rule id -> resource types it was found on."""
    template = synth(stack)
    found: dict[str, set[str]] = {}
    for f in check_template(template, today=TODAY):
        found.setdefault(f.rule_id, set()).add(template["Resources"][f.logical_id]["Type"])
    return found


# -- the plugin --------------------------------------------------------------

def plugin_app(build: Callable[[cdk.Stack], None], plugin: bool = True) -> tuple[cdk.App, Path]:
    out = Path(tempfile.mkdtemp(prefix="ec-checks-"))
    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False, outdir=str(out))
    build(cdk.Stack(app, "Checked"))
    if plugin:
        cdk.Validations.of(app).add_plugins(ElastiCacheChecks(today=TODAY))
    return app, out


def report(out: Path) -> dict[str, Any]:
    (ours,) = [r for r in json.loads((out / "validation-report.json").read_text())["pluginReports"]
               if r["pluginName"] == "ElastiCacheChecks"]
    return ours  # type: ignore[no-any-return]


def open_cache(stack: cdk.Stack, id: str = "Cache") -> l1.CfnServerlessCache:
    return l1.CfnServerlessCache(stack, id, engine="valkey", serverless_cache_name=id.lower(),
                                 snapshot_retention_limit=1, kms_key_id="arn:aws:kms:us-east-1:111122223333:key/k")


def test_plugin_fails_synth_on_an_error_and_names_rule_resource_and_fix() -> None:
    app, out = plugin_app(open_cache)
    with pytest.raises(Exception, match="ValidationFailed") as error:
        app.synth()
    assert "EC-SC1" in str(error.value) and "UserGroupId" in str(error.value)
    (violation,) = report(out)["violations"]
    assert violation["ruleName"] == "EC-SC1" and violation["severity"] == "error"
    assert violation["suggestedFix"].startswith("Attach a user group")
    (construct,) = violation["violatingConstructs"]
    assert construct["constructPath"] == "Checked/Cache"
    assert construct["cloudFormationResource"]["propertyPaths"] == ["Properties.UserGroupId"]


def test_acknowledged_findings_pass_with_their_reason_on_the_construct_or_above() -> None:
    def build(stack: cdk.Stack) -> None:
        cache = open_cache(stack)
        cdk.Validations.of(cache).acknowledge(acknowledgment("EC-SC1", "only reachable from a test harness"))
        other = open_cache(stack, "Other")  # acknowledged on an ancestor (the stack)
        cdk.Validations.of(stack).acknowledge(acknowledgment("EC-SC1", "the whole stack is a fixture"))
        assert other.node.path == "Checked/Other"

    app, out = plugin_app(build)
    app.synth()
    ours = report(out)
    assert ours["conclusion"] == "success" and ours.get("violations", []) == []
    reasons = {v["violatingConstructs"][0]["constructPath"]: v["reason"] for v in ours["suppressedViolations"]}
    assert reasons == {"Checked/Cache": "only reachable from a test harness",
                       "Checked/Other": "the whole stack is a fixture"}


def test_an_acknowledgement_of_another_rule_does_not_hide_a_finding() -> None:
    def build(stack: cdk.Stack) -> None:
        cache = open_cache(stack)
        cdk.Validations.of(cache).acknowledge(acknowledgment("EC-SC2", "no backups on purpose"),
                                              cdk.Acknowledgment(id="EC-SC1", reason="bare id, no plugin prefix"))

    app, _ = plugin_app(build)
    with pytest.raises(Exception, match="EC-SC1"):
        app.synth()


def test_warnings_are_reported_without_failing_synth() -> None:
    def build(stack: cdk.Stack) -> None:
        group = l1.CfnUserGroup(stack, "Group", engine="valkey", user_group_id="g", user_ids=["a"])
        l1.CfnServerlessCache(stack, "Cache", engine="valkey", serverless_cache_name="c", user_group_id=group.ref,
                              kms_key_id="arn:aws:kms:us-east-1:111122223333:key/k")

    app, out = plugin_app(build)
    app.synth()
    ours = report(out)
    assert ours["conclusion"] == "success"
    assert [(v["ruleName"], v["severity"]) for v in ours["violations"]] == [("EC-SC2", "warning")]


def test_cli_over_a_cloud_assembly_honours_the_apps_acknowledgements() -> None:
    from elasticache_kit.checks.cli import run

    def build(stack: cdk.Stack) -> None:
        cache = open_cache(stack)
        cdk.Validations.of(cache).acknowledge(acknowledgment("EC-SC1", "only reachable from a test harness"))
        open_cache(stack, "Other")
        stage = cdk.Stage(stack.node.scope, "Staged")  # a nested cloud assembly
        open_cache(cdk.Stack(stage, "Inner"), "InStage")

    app, out = plugin_app(build, plugin=False)
    app.synth()
    stdout, stderr = io.StringIO(), io.StringIO()
    assert run([str(out)], rule_ids=["EC-SC1"], out=stdout, err=stderr) == 2
    assert sorted(line.split(":")[3] for line in stdout.getvalue().splitlines()) == ["InStage", "Other"]
    assert "1 acknowledged" in stderr.getvalue()


# -- the same situation three ways -------------------------------------------

def test_open_serverless_cache_three_ways(alpha: ModuleType) -> None:
    kit = new_stack("Kit")
    elasticache.ServerlessCache(kit, "Cache", vpc=imported_vpc(kit))
    peer = new_stack("Alpha")
    alpha.ServerlessCache(peer, "Cache", vpc=imported_vpc(peer))
    raw = new_stack("L1")
    l1.CfnServerlessCache(raw, "Cache", engine="valkey", serverless_cache_name="cache",
                          subnet_ids=["subnet-0a1b2c3d4e5f60718"])
    expected = {rule: {"AWS::ElastiCache::ServerlessCache"} for rule in ("EC-SC1", "EC-SC2", "EC-SC3")}
    for stack in (kit, peer, raw):
        found = findings(stack)
        assert {rule: found.get(rule) for rule in expected} == expected, stack.stack_name


def _group_with_admin_kit(stack: cdk.Stack) -> None:
    default = elasticache.PasswordUser(stack, "Default", user_id="app-default", user_name="default",
                                       access_control=elasticache.AccessControl.disabled())
    admin = elasticache.PasswordUser(stack, "Admin", user_id="admin",
                                     access_control=elasticache.AccessControl.full_access())
    app = elasticache.PasswordUser(stack, "App", user_id="app",
                                   access_control=elasticache.AccessControl.read_only("app:*"))
    group = elasticache.UserGroup(stack, "Group", users=[default, admin, app])
    elasticache.ServerlessCache(stack, "Cache", vpc=imported_vpc(stack), user_group=group)


def _group_with_admin_alpha(alpha: ModuleType, stack: cdk.Stack) -> None:
    def user(id: str, user_id: str, access: str, name: str | None = None) -> Any:
        secret = secretsmanager.Secret(stack, f"{id}Secret")
        return alpha.PasswordUser(stack, id, user_id=user_id, user_name=name or user_id,
                                  access_control=alpha.AccessControl.from_access_string(access),
                                  passwords=[secret.secret_value])

    users = [user("Default", "app-default", "off -@all", "default"), user("Admin", "admin", "on ~* &* +@all"),
             user("App", "app", "on ~app:* -@all +@read")]
    group = alpha.UserGroup(stack, "Group", users=users)
    alpha.ServerlessCache(stack, "Cache", vpc=imported_vpc(stack), user_group=group)


def _group_with_admin_l1(stack: cdk.Stack) -> None:
    users = []
    for id, user_id, access, name in (("DefaultUser", "app-default", "off -@all", "default"),
                                      ("Admin", "admin", "on ~* &* +@all", "admin"),
                                      ("App", "app", "on ~app:* -@all +@read", "app")):
        secret = secretsmanager.CfnSecret(stack, f"{id}Secret", generate_secret_string={"passwordLength": 32})
        users.append(l1.CfnUser(stack, id, engine="valkey", user_id=user_id, user_name=name, access_string=access,
                                authentication_mode={"Type": "password", "Passwords": [cdk.Fn.join("", [
                                    "{{resolve:secretsmanager:", secret.ref, ":SecretString:::}}"])]}))
    group = l1.CfnUserGroup(stack, "Group", engine="valkey", user_group_id="group", user_ids=[u.ref for u in users])
    l1.CfnServerlessCache(stack, "Cache", engine="valkey", serverless_cache_name="cache", user_group_id=group.ref,
                          snapshot_retention_limit=1)


def test_full_access_user_among_others_three_ways(alpha: ModuleType) -> None:
    kit, peer, raw = new_stack("Kit"), new_stack("Alpha"), new_stack("L1")
    _group_with_admin_kit(kit)
    _group_with_admin_alpha(alpha, peer)
    _group_with_admin_l1(raw)
    for stack in (kit, peer, raw):
        found = findings(stack)
        assert found.get("EC-RB2") == {"AWS::ElastiCache::UserGroup"}, stack.stack_name
        assert found.get("EC-RB3") == {"AWS::ElastiCache::User"}, stack.stack_name  # no rotation schedules
        assert "EC-SC1" not in found


def test_cache_open_to_the_world_three_ways(alpha: ModuleType) -> None:
    kit, peer, raw = new_stack("Kit"), new_stack("Alpha"), new_stack("L1")
    elasticache.ServerlessCache(kit, "Cache", vpc=imported_vpc(kit)).connections.allow_default_port_from(
        ec2.Peer.any_ipv4())
    alpha.ServerlessCache(peer, "Cache", vpc=imported_vpc(peer)).connections.allow_default_port_from(
        ec2.Peer.any_ipv4())
    group = ec2.CfnSecurityGroup(raw, "Sg", group_description="cache", vpc_id="vpc-1", security_group_ingress=[
        {"ipProtocol": "tcp", "fromPort": 6379, "toPort": 6379, "cidrIp": "0.0.0.0/0"}])
    l1.CfnServerlessCache(raw, "Cache", engine="valkey", serverless_cache_name="cache",
                          security_group_ids=[group.attr_group_id])
    for stack in (kit, peer, raw):
        assert findings(stack).get("EC-SC4") in ({"AWS::EC2::SecurityGroup"}, {"AWS::EC2::SecurityGroupIngress"}), \
            stack.stack_name


def test_what_the_kit_refuses_is_reported_in_alpha_and_l1_templates(alpha: ModuleType) -> None:
    # a new user with the id "default" (the alpha README's first user snippet) in a valkey group
    with pytest.raises(elasticache.ValidationError, match="built-in default user"):
        elasticache.NoPasswordUser(new_stack("Kit"), "User", user_id="default",
                                   access_control=elasticache.AccessControl.from_access_string("on ~* +@all"))
    peer = new_stack("Alpha")
    user = alpha.NoPasswordUser(peer, "User", user_id="default",
                                access_control=alpha.AccessControl.from_access_string("on ~* +@all"))
    alpha.UserGroup(peer, "Group", users=[user])
    raw = new_stack("L1")
    cfn_user = l1.CfnUser(raw, "User", engine="redis", user_id="default", user_name="default",
                          access_string="on ~* +@all", authentication_mode={"Type": "no-password-required"})
    l1.CfnUserGroup(raw, "Group", engine="valkey", user_group_id="group", user_ids=[cfn_user.ref])
    for stack in (peer, raw):
        found = findings(stack)
        assert found.get("EC-RB5") == {"AWS::ElastiCache::User"}, stack.stack_name
        assert found.get("EC-RB6") == {"AWS::ElastiCache::UserGroup"}, stack.stack_name


def test_replication_group_without_authentication_kit_and_l1() -> None:
    # the alpha module has no node-based clusters: elasticache_kit and L1s only
    kit, raw = new_stack("Kit"), new_stack("L1")
    elasticache.ReplicationGroup(kit, "Group", vpc=imported_vpc(kit))
    l1.CfnReplicationGroup(raw, "Group", replication_group_description="g", engine="valkey",
                           cache_node_type="cache.t4g.micro", num_cache_clusters=2, automatic_failover_enabled=True,
                           multi_az_enabled=True, transit_encryption_enabled=True, at_rest_encryption_enabled=True,
                           snapshot_retention_limit=1)
    for stack in (kit, raw):
        found = findings(stack)
        assert found.get("EC-CL12") == {"AWS::ElastiCache::ReplicationGroup"}, stack.stack_name
        assert not {"EC-CL1", "EC-CL2", "EC-CL4", "EC-CL5", "EC-CL6"} & set(found), stack.stack_name


def test_nat_bastion_to_open_caches_kit_and_l1() -> None:
    # the alpha module has no bastion: elasticache_kit's NatBastion and a hand-made NAT instance
    from .cases import bastion

    kit = new_stack("Kit")
    vpc = ec2.Vpc(kit, "Vpc", max_azs=2, nat_gateways=0, subnet_configuration=[
        ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC),
        ec2.SubnetConfiguration(name="cache", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
    cache = elasticache.ServerlessCache(kit, "Cache", vpc=vpc)
    group = elasticache.ReplicationGroup(kit, "Group", vpc=vpc)
    nat = elasticache.NatBastion(kit, "Bastion", vpc=vpc, trusted_cidrs=["10.0.0.0/12"])
    nat.forward_cache(cache, allow_unauthenticated=True)
    nat.forward_replication_group(group, allow_unauthenticated=True, first_public_port=7000)
    template = synth(kit)
    found = {(f.rule_id, template["Resources"][f.logical_id]["Type"], f.message.split(", ")[0])
             for f in check_template(template, today=TODAY) if f.rule_id.startswith("EC-NB")}
    instance = next(k for k, v in template["Resources"].items() if v["Type"] == "AWS::EC2::Instance")
    caches = {k for k, v in template["Resources"].items()
              if v["Type"] in ("AWS::ElastiCache::ServerlessCache", "AWS::ElastiCache::ReplicationGroup")}
    assert {m for r, _, m in found if r == "EC-NB1"} == {f"{instance}: forwards cache {c}" for c in caches}
    assert {(r, t) for r, t, _ in found if r == "EC-NB2"} == {("EC-NB2", "AWS::EC2::SecurityGroup")}

    raw = bastion({"UserGroupId": None}, cidr="10.0.0.0/12")
    assert {f.rule_id for f in check_template(raw, today=TODAY)} >= {"EC-NB1", "EC-NB2"}


# -- the alpha README's examples, built with the alpha module ---------------

ALPHA_README_FIXTURE = ROOT / "tests" / "checks" / "fixtures" / "alpha_readme.template.json"


def alpha_readme_stack(alpha: ModuleType) -> cdk.Stack:
    """The alpha module README's examples (serverless cache, ECPU alarm, users and group), one stack."""
    self = new_stack("Readme")
    vpc = ec2.Vpc(self, "VPC")
    cache = alpha.ServerlessCache(self, "ServerlessCache", vpc=vpc)
    cache.metric_processing_units_consumed().create_alarm(self, "ElastiCacheProcessingUnitsAlarm",
                                                          threshold=50, evaluation_periods=1)
    new_default_user = alpha.NoPasswordUser(self, "NoPasswordUser", user_id="default",
                                            access_control=alpha.AccessControl.from_access_string("on ~* +@all"))
    alpha.UserGroup(self, "UserGroup", users=[new_default_user])
    alpha.PasswordUser(self, "User", engine=alpha.UserEngine.VALKEY, user_id="my-user-id",
                       access_control=alpha.AccessControl.from_access_string("on ~* +@all"), user_name="my-user-name",
                       passwords=[SecretValue.secrets_manager("SecretIdForPassword"),
                                  SecretValue.secrets_manager("AnotherSecretIdForPassword")])
    return self


def test_alpha_readme_examples_show_the_problems_our_differences_section_names(alpha: ModuleType) -> None:
    live = synth(alpha_readme_stack(alpha))
    # the committed fixture is that template (so the CLI test below needs no alpha module)
    assert {(f.rule_id, f.logical_id) for f in check_template(live, today=TODAY)} == \
        {(f.rule_id, f.logical_id) for f in check_template(json.loads(ALPHA_README_FIXTURE.read_text()), today=TODAY)}


def test_alpha_readme_fixture_shows_the_problems_our_differences_section_names() -> None:
    template = json.loads(ALPHA_README_FIXTURE.read_text())
    found: dict[str, set[str]] = {}
    for f in check_template(template, today=TODAY):
        found.setdefault(f.rule_id, set()).add(template["Resources"][f.logical_id]["Type"])
    # "A new user with user_id='default' is refused"; "No-password users in valkey groups are refused";
    # "Generated names are lower case"; "Metrics use the clusterId dimension"; and the open cache itself.
    assert found["EC-RB5"] == {"AWS::ElastiCache::User"}
    assert found["EC-RB6"] == {"AWS::ElastiCache::UserGroup"}
    assert found["EC-SC5"] == {"AWS::ElastiCache::ServerlessCache"}
    assert found["EC-SC6"] == {"AWS::CloudWatch::Alarm"}
    assert found["EC-SC1"] == {"AWS::ElastiCache::ServerlessCache"}
    # passwords from Secrets Manager by name: not clear text, and no secret in the template to rotate
    assert "EC-RB4" not in found and "EC-RB3" not in found
    from elasticache_kit.checks.cli import run

    out = io.StringIO()
    assert run([str(ALPHA_README_FIXTURE)], out=out, err=io.StringIO()) == 2
    assert {line.split(":")[5] for line in out.getvalue().splitlines()} >= {"EC-RB5", "EC-RB6", "EC-SC5", "EC-SC6"}
