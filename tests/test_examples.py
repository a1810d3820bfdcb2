"""The example stacks synthesize with cdk-nag's AwsSolutions pack and no
unacknowledged findings, and their templates pass cfn-lint."""

from __future__ import annotations

import json
from pathlib import Path

import aws_cdk as cdk
import pytest

from examples.app import build_app

from ._lint import lint_errors
from .conftest import only


@pytest.fixture(scope="module")
def assembly() -> cdk.cx_api.CloudAssembly:
    app = build_app(cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False))
    return app.synth()  # raises on any unacknowledged cdk-nag finding


@pytest.mark.parametrize("stack_name", [
    "ValkeyCacheExample", "MemcachedCacheExample", "ElastiCacheApiEndpointExample", "RedisCloudEndpointExample",
    "NatBastionExample", "IamAuthExample"])
def test_example_template(assembly, stack_name: str, snapshot_json) -> None:
    template = assembly.get_stack_by_name(stack_name).template
    assert lint_errors(template) == []
    assert template == snapshot_json


def test_nag_ran_and_every_acknowledgement_has_a_reason(assembly) -> None:
    report = json.loads((Path(assembly.directory) / "validation-report.json").read_text())
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
    assert len(by_type["AWS::SecretsManager::Secret"]) == 2
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
