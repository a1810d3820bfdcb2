"""The Redis Cloud PrivateLink example stack: clean under every check the
examples are kept clean under (cdk-nag's six packs, Control Tower's guard rules,
the ElastiCache checks), cfn-lint clean, and wired as the issue asks."""

from __future__ import annotations

import json
from typing import Any

import aws_cdk as cdk
import pytest

from examples.app import add_checks
from examples.redis_cloud_private_link import SECRET_NAME, RedisCloudPrivateLinkStack

from ..conftest import dumps, only, resources
from ..support.lint import lint_errors


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False)
    RedisCloudPrivateLinkStack(app, "RedisCloudPrivateLinkExample")
    add_checks(app)
    return app.synth().get_stack_by_name("RedisCloudPrivateLinkExample").template  # type: ignore[no-any-return]


def test_snapshot_and_lint(template: dict[str, Any], snapshot_json: Any) -> None:
    assert lint_errors(template) == []
    assert template == snapshot_json


def test_wiring(template: dict[str, Any]) -> None:
    custom_id, custom = next(iter(resources(template, "Custom::RedisCloudPrivateLink").items()))
    assert custom["Properties"]["SubscriptionId"] == {"Ref": "RedisCloudSubscriptionId"}
    # the secret is imported by name: only its name/ARN is in the template
    assert SECRET_NAME in dumps(template) and "secretKey" not in dumps(template)
    endpoint_id, endpoint = next(iter(resources(template, "AWS::EC2::VPCEndpoint").items()))
    assert endpoint["Properties"]["ResourceConfigurationArn"] == {"Fn::GetAtt": [custom_id, "ResourceConfigurationArn"]}
    (app_id,) = [k for k, f in resources(template, "AWS::Lambda::Function").items()
                 if f["Properties"].get("Handler") == "index.main"]
    app = template["Resources"][app_id]["Properties"]
    assert app["Environment"]["Variables"]["REDIS_PORTS"] == {"Fn::GetAtt": [custom_id, "DatabasePorts"]}
    # the function may reach the endpoint on the database ports, and nothing else
    ingress = [r["Properties"] for r in resources(template, "AWS::EC2::SecurityGroupIngress").values()]
    egress = [r["Properties"] for r in resources(template, "AWS::EC2::SecurityGroupEgress").values()]
    assert [(r["FromPort"], r["ToPort"]) for r in ingress] == [(10000, 19999)]
    assert [(r["FromPort"], r["ToPort"]) for r in egress] == [(10000, 19999)]
    assert "0.0.0.0/0" not in json.dumps([ingress, egress])
    outputs = {o["Description"] for o in template["Outputs"].values()}
    assert "Resource VPC endpoint to Redis Cloud" in outputs
    assert only(template, "AWS::EC2::VPCEndpoint")["VpcEndpointType"] == "Resource"
    del endpoint_id
