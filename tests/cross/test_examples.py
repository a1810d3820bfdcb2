"""The example stacks synthesize under every check of ``examples.app.add_checks``
(cdk-nag's six packs, Control Tower's guard rules) with no unacknowledged
finding, every acknowledgement has a reason, those checks do report a
deliberately non-compliant stack (the negative control), and the templates
pass cfn-lint."""

from __future__ import annotations

import json
from pathlib import Path

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_logs as logs

from examples.app import add_checks, build_app

from ..conftest import only
from ..support.lint import lint_errors


@pytest.fixture(scope="module")
def assembly() -> cdk.cx_api.CloudAssembly:
    app = build_app(cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False))
    return app.synth()  # raises on any unacknowledged cdk-nag finding


@pytest.mark.parametrize("stack_name", [
    "ValkeyCacheExample", "MemcachedCacheExample", "ElastiCacheApiEndpointExample", "RedisCloudEndpointExample",
    "NatBastionExample", "IamAuthExample", "ReplicationGroupExample", "ClusterModeGroupExample",
    "MemcachedClusterExample", "NatBastionClusterExample", "MonitoringExample",
    "GlobalDatastorePrimaryExample", "GlobalDatastoreSecondaryExample", "PublicCacheExample"])
def test_example_template(assembly, stack_name: str, snapshot_json) -> None:
    template = assembly.get_stack_by_name(stack_name).template
    assert lint_errors(template) == []
    assert template == snapshot_json


#: The plugins add_checks adds, by the names they report under.
PLUGINS = {"AwsSolutions", "HIPAA.Security", "PCI.DSS.321", "NIST.800.53.R4", "NIST.800.53.R5", "Serverless",
           "cdk-validator-cfnguard"}


def test_the_checks_report_a_non_compliant_stack(tmp_path) -> None:
    """Negative control: the examples' checks, run over a stack that breaks a rule of
    every plugin, report it; a run that checked nothing would not."""
    app = cdk.App(outdir=str(tmp_path), analytics_reporting=False, builtin_cloud_formation_validation=False)
    stack = cdk.Stack(app, "NonCompliant")
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0, subnet_configuration=[
        ec2.SubnetConfiguration(name="isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
    open_ssh = ec2.SecurityGroup(stack, "OpenSsh", vpc=vpc, description="SSH from anywhere")
    open_ssh.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(22))
    logs.CfnLogGroup(stack, "Unencrypted")  # no key, no retention
    add_checks(app)
    with pytest.raises(RuntimeError, match="ValidationFailed"):
        app.synth()
    report = json.loads((tmp_path / "validation-report.json").read_text())
    failed = {r["pluginName"] for r in report["pluginReports"] if r["conclusion"] == "failure"}
    assert PLUGINS <= failed, PLUGINS - failed
    reported = {(r["pluginName"], c["constructPath"]) for r in report["pluginReports"]
                for v in r["violations"] for c in v["violatingConstructs"]}
    assert ("AwsSolutions", "NonCompliant/OpenSsh/Resource") in reported
    assert ("cdk-validator-cfnguard", "NonCompliant/Unencrypted") in reported


def test_nag_ran_and_every_acknowledgement_has_a_reason(assembly) -> None:
    report = json.loads((Path(assembly.directory) / "validation-report.json").read_text())
    # nothing unacknowledged (a clean cdk-nag pack writes no report at all: the negative control
    # above is what shows that the checks run)
    assert all(r.get("conclusion") == "success" for r in report["pluginReports"])
    reasons: dict[str, str] = {}
    for path in Path(assembly.directory).glob("*.metadata.json"):
        for construct, entries in json.loads(path.read_text()).items():
            for entry in entries:
                if entry["type"] == "aws:cdk:acknowledged-rules":
                    for rule, reason in entry["data"].items():
                        reasons[f"{construct} {rule}"] = reason
    assert any("AwsSolutions-SMG4" in key for key in reasons), reasons
    assert all(len(reason) > 20 for reason in reasons.values()), reasons


def test_elasticache_checks_ran_with_no_unacknowledged_finding(assembly) -> None:
    from elasticache_kit.checks.cli import run

    report = json.loads((Path(assembly.directory) / "validation-report.json").read_text())
    (ours,) = [r for r in report["pluginReports"] if r["pluginName"] == "ElastiCacheChecks"]
    assert ours.get("violations", []) == [], ours["violations"]
    # the plugin ran: what the examples acknowledge is reported as suppressed, each with its reason
    suppressed = {(v["ruleName"], v["violatingConstructs"][0]["constructPath"]) for v in ours["suppressedViolations"]}
    assert any(rule == "EC-SC2" and path.startswith("IamAuthExample/Cache/") for rule, path in suppressed), suppressed
    assert all(len(v["reason"]) > 20 for v in ours["suppressedViolations"])
    # the CLI over the cloud assembly honours the same acknowledgements
    assert run([assembly.directory]) == 0


def test_valkey_example_wires_what_the_issue_asks(assembly) -> None:
    resources = assembly.get_stack_by_name("ValkeyCacheExample").template["Resources"]
    by_type: dict[str, list[dict]] = {}
    for resource in resources.values():
        by_type.setdefault(resource["Type"], []).append(resource.get("Properties", {}))
    (cache,) = by_type["AWS::ElastiCache::ServerlessCache"]
    assert cache["CacheUsageLimits"] and cache["SnapshotRetentionLimit"] == 7 and "KmsKeyId" in cache
    users = by_type["AWS::ElastiCache::User"]
    default = [u for u in users if u["UserName"] == "default"]
    assert default and default[0]["AccessString"] == "off -@all"
    assert {u["AuthenticationMode"]["Type"] for u in users} == {"iam", "password"}
    secrets = [k for k, r in resources.items() if r["Type"] == "AWS::SecretsManager::Secret"]
    assert len(secrets) == 2
    # the reporting user's secret rotates (every 30 days, by the library's function); the disabled one cannot
    (schedule,) = by_type["AWS::SecretsManager::RotationSchedule"]
    assert schedule["SecretId"] == {"Ref": next(s for s in secrets if "Reporting" in s)}
    assert schedule["RotationRules"] == {"AutomaticallyAfterDays": 30}
    assert len(by_type["AWS::EC2::VPCEndpoint"]) == 2  # Secrets Manager and ElastiCache API: no NAT
    (log_group,) = [g for g in by_type["AWS::Logs::LogGroup"] if "KmsKeyId" in g]  # the flow-log group
    assert log_group["RetentionInDays"] == 365
    (alarm,) = by_type["AWS::CloudWatch::Alarm"]
    assert alarm["MetricName"] == "ElastiCacheProcessingUnits"
    connect = [s for p in by_type["AWS::IAM::Policy"] for s in p["PolicyDocument"]["Statement"]
               if s["Action"] == "elasticache:Connect"]
    assert len(connect) == 2


def test_api_endpoint_example_policy(assembly) -> None:
    endpoint = only(assembly.get_stack_by_name("ElastiCacheApiEndpointExample").template, "AWS::EC2::VPCEndpoint")
    allow, deny = endpoint["PolicyDocument"]["Statement"]
    assert allow["Effect"] == "Allow" and "elasticache:DescribeServerlessCaches" in allow["Action"]
    assert deny == {"Effect": "Deny", "Principal": {"AWS": ["111122223333"]}, "Action": "*", "Resource": "*"}


def test_redis_cloud_example_takes_the_arn_as_a_parameter(assembly) -> None:
    template = assembly.get_stack_by_name("RedisCloudEndpointExample").template
    endpoint = only(template, "AWS::EC2::VPCEndpoint")
    assert endpoint["ResourceConfigurationArn"] == {"Ref": "ResourceConfigurationArn"}
    assert "AllowedPattern" in template["Parameters"]["ResourceConfigurationArn"]


def test_iam_auth_example_grants_exactly_connect(assembly) -> None:
    resources = assembly.get_stack_by_name("IamAuthExample").template["Resources"]
    (statement,) = [s for r in resources.values() if r["Type"] == "AWS::IAM::Policy"
                    for s in r["Properties"]["PolicyDocument"]["Statement"] if "elasticache" in str(s["Action"])]
    assert statement["Action"] == "elasticache:Connect" and len(statement["Resource"]) == 2
    assert ":serverlesscache:" in str(statement["Resource"][0]) and ":user:app-iam" in str(statement["Resource"][1])
