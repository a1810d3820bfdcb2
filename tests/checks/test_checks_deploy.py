"""The deploy-rehearsal rules (EC-DR1..3) through all three entry points: the CLI
(``python -m elasticache_kit check``), cfn-lint (``--append-rules``) and the CDK
validation plugin, on templates a user could write (CDK L2s, no elasticache_kit
construct), each with the nearest template that passes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_secretsmanager as secretsmanager

import elasticache_kit as elasticache
from elasticache_kit import EndpointPolicy, PasswordRotation

from .cases import CASES
from .test_checks_cdk import TODAY, plugin_app, report

RULES = ("EC-DR1", "EC-DR2", "EC-DR3")


def ours(out: Path) -> set[str]:
    """Our rules among the plugin's violations (none when the plugin reported nothing)."""
    path = out / "validation-report.json"
    plugins = json.loads(path.read_text())["pluginReports"] if path.exists() else []
    return {v["ruleName"] for p in plugins if p["pluginName"] == "ElastiCacheChecks" for v in p["violations"]} & set(RULES)


def test_cli_reports_each_rule_and_passes_the_fixed_templates(tmp_path: Path) -> None:
    for kind, index in (("bad", 0), ("good", 1)):
        for rule_id in RULES:
            (tmp_path / f"{kind}-{rule_id}.json").write_text(json.dumps(CASES[rule_id][index]))
    cli = [sys.executable, "-m", "elasticache_kit", "check", "--rules", ",".join(RULES)]
    bad = subprocess.run([*cli, *sorted(str(p) for p in tmp_path.glob("bad-*.json"))], capture_output=True, text=True,
                         timeout=120)
    assert bad.returncode != 0
    # FILE:LINE:COLUMN:LOGICAL_ID:PATH:RULE:SEVERITY: MESSAGE
    assert {line.split(":")[5] for line in bad.stdout.splitlines() if ":EC-DR" in line} == set(RULES), bad.stdout
    good = subprocess.run([*cli, *sorted(str(p) for p in tmp_path.glob("good-*.json"))], capture_output=True, text=True,
                          timeout=120)
    assert good.returncode == 0 and "EC-DR" not in good.stdout, good.stdout


def test_cfn_lint_append_rules_reports_them(tmp_path: Path) -> None:
    paths = []
    for rule_id in RULES:
        path = tmp_path / f"{rule_id}.json"
        path.write_text(json.dumps(CASES[rule_id][0]))
        paths.append(str(path))
    result = subprocess.run(
        [str(Path(sys.executable).parent / "cfn-lint"), "--format", "parseable", "--regions", "us-east-1",
         "--append-rules", "elasticache_kit.checks.cfn_lint_rules", "--", *paths],
        capture_output=True, text=True, timeout=120)
    ours = {line.split(":")[5] for line in result.stdout.splitlines() if re.search(r":E96\d{2}:", line)}
    assert ours == {"E9601", "E9602", "E9603"}, result.stdout


def test_cdk_plugin_reports_a_partial_secret_arn_in_a_users_app() -> None:
    """A hand-written grant on Secret.from_secret_name_v2's ARN, the defect main's handler had."""
    def build(stack: cdk.Stack) -> None:
        secret = secretsmanager.Secret.from_secret_name_v2(stack, "Keys", "app/keys")
        role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        role.add_to_policy(iam.PolicyStatement(actions=["secretsmanager:GetSecretValue"], resources=[secret.secret_arn]))

    app, out = plugin_app(build)
    with pytest.raises(Exception, match="ValidationFailed"):
        app.synth()
    (violation,) = [v for v in report(out)["violations"] if v["ruleName"] == "EC-DR1"]
    assert "app/keys" in json.dumps(violation)

    def fixed(stack: cdk.Stack) -> None:  # CDK's own grant writes the -?????? form
        secret = secretsmanager.Secret.from_secret_name_v2(stack, "Keys", "app/keys")
        secret.grant_read(iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com")))

    app, out = plugin_app(fixed)
    app.synth()
    assert not ours(out)


def _rotation_app(connect: bool, policy: EndpointPolicy) -> tuple[cdk.App, Path]:
    def build(stack: cdk.Stack) -> None:
        vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, subnet_configuration=[
            ec2.SubnetConfiguration(name="cache", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
        user = elasticache.PasswordUser(stack, "U", user_id="reporting",
                                        access_control=elasticache.AccessControl.read_only("app:*"))
        cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc,
                                            user_group=elasticache.UserGroup(stack, "G", users=[user]))
        # the rotation as a user might wire it by hand: a function whose security group may not reach the cache
        group = ec2.SecurityGroup(stack, "FnSg", vpc=vpc, allow_all_outbound=False)
        function = lambda_.Function(stack, "Rotator", runtime=lambda_.Runtime.PYTHON_3_14, handler="index.main", vpc=vpc,
                                    security_groups=[group], code=lambda_.Code.from_inline("def main(e, c): pass"),
                                    environment={"CACHE_ENDPOINT_HOST": cache.serverless_cache_endpoint_address,
                                                 "CACHE_ENDPOINT_PORT": "6379"})
        if connect:
            cache.connections.allow_default_port_from(group)
        secret = user.secret
        assert secret is not None
        secretsmanager.CfnRotationSchedule(stack, "Schedule", secret_id=secret.secret_arn,
                                           rotation_lambda_arn=function.function_arn,
                                           rotation_rules={"automaticallyAfterDays": 30})
        function.add_to_role_policy(iam.PolicyStatement(actions=["elasticache:ModifyUser"], resources=[user.user_arn]))
        elasticache.InterfaceEndpoint(stack, "Api", vpc=vpc, target=elasticache.EndpointTarget.elasticache_api(),
                                      policy=policy)
    return plugin_app(build)


def test_cdk_plugin_reports_rotation_without_a_path_and_an_endpoint_refusing_its_calls() -> None:
    app, out = _rotation_app(connect=False, policy=EndpointPolicy.read_only())
    with pytest.raises(Exception, match="ValidationFailed"):
        app.synth()
    rules = {v["ruleName"] for v in report(out)["violations"]}
    assert {"EC-DR2", "EC-DR3"} <= rules
    (refused,) = [v for v in report(out)["violations"] if v["ruleName"] == "EC-DR2"]
    assert "elasticache:ModifyUser" in json.dumps(refused)
    app, out = _rotation_app(connect=True, policy=EndpointPolicy().allow(["elasticache:ModifyUser"]))
    try:
        app.synth()
    except Exception:  # other rules may warn; ours must be silent
        pass
    assert not ours(out)


def test_the_librarys_own_rotation_passes_the_rules() -> None:
    def build(stack: cdk.Stack) -> None:
        vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, subnet_configuration=[
            ec2.SubnetConfiguration(name="cache", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
        user = elasticache.PasswordUser(stack, "U", user_id="reporting",
                                        access_control=elasticache.AccessControl.read_only("app:*"))
        group = elasticache.ReplicationGroup(stack, "Group", vpc=vpc, replication_group_id="orders",
                                             user_group=elasticache.UserGroup(stack, "G", users=[user]), num_cache_clusters=2)
        user.add_rotation(PasswordRotation(cache=group))

    app, out = plugin_app(build)
    try:
        app.synth()
    except Exception:
        pass
    assert not ours(out)
    assert TODAY
