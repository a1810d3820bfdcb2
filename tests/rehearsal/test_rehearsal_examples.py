"""Deploy rehearsal over every example stack: each function's own calls (what
Lambda does with its role: logs, network interfaces) and each example's
application calls (IAM authentication's ``elasticache:Connect``) evaluated by
the IAM simulator against the example's synthesized template, with a
denied-list; a Lambda granted ``connect`` reaches its cache; and the examples'
validation report (cdk-nag, Control Tower guard rules) has no ERROR finding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import aws_cdk as cdk
import pytest
from aws_cdk import Validations
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_
from cdklabs.cdk_validator_cfnguard import CfnGuardValidator

import elasticache_kit as elasticache
from examples.app import build_app
from examples.cluster_mode_group import ClusterModeGroupStack
from examples.valkey_cache import ValkeyCacheStack

from ..conftest import new_stack, synth
from ..support import rehearsal
from ..support.aws_wire import Call, arn
from .test_rehearsal_redis_cloud import lambda_platform_calls


@pytest.fixture(scope="module")
def templates() -> dict[str, dict[str, Any]]:
    """Every example stack's template (the app of ``make synth``, without its checks)."""
    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False)
    build_app(app)  # the checks run as validation plugins, outside the templates
    assembly = app.synth()
    return {stack.stack_name: stack.template for stack in assembly.stacks}


def test_every_example_function_may_do_what_lambda_does_with_its_role(templates: dict[str, dict[str, Any]]) -> None:
    rehearsed = 0
    for name, template in templates.items():
        resolver = rehearsal.Resolver(template, stack_name=name)
        for function, component in rehearsal.functions(template).items():
            if "Role" not in template["Resources"][function]["Properties"] or not isinstance(
                    template["Resources"][function]["Properties"]["Role"], dict):
                continue
            rehearsal.assert_allowed(template, component, lambda_platform_calls(template, function, resolver), resolver)
            rehearsed += 1
    assert rehearsed >= 3  # the Redis Cloud handler's two functions and the example's app function at least


def test_iam_auth_example_connect_is_allowed_and_nothing_else(templates: dict[str, dict[str, Any]]) -> None:
    template = templates["IamAuthExample"]
    resolver = rehearsal.Resolver(template, stack_name="IamAuthExample")
    (role,) = [k for k in rehearsal.of_type(template, "AWS::IAM::Role") if k.startswith("FunctionRole")]
    (cache,) = rehearsal.of_type(template, "AWS::ElastiCache::ServerlessCache")
    (user,) = rehearsal.of_type(template, "AWS::ElastiCache::User")
    component = rehearsal.Component("IamAuthExample app", role)
    # an IAM authentication token is a presigned elasticache:Connect, evaluated on the cache and on the user
    rehearsal.assert_allowed(template, component, [Call("elasticache:Connect", resolver.get_att(cache, "Arn")),
                                                   Call("elasticache:Connect", resolver.get_att(user, "Arn"))], resolver)
    rehearsal.assert_denied(template, component, [
        Call("elasticache:Connect", arn("elasticache", "user:admin")),
        Call("elasticache:Connect", arn("elasticache", "serverlesscache:other")),
        Call("elasticache:ModifyUser", resolver.get_att(user, "Arn")),
    ], resolver)
    broken = rehearsal.without_statement(template, "elasticache:Connect")
    with pytest.raises(AssertionError, match="elasticache:Connect on .*ImplicitlyDenied"):
        rehearsal.assert_allowed(broken, component, [Call("elasticache:Connect", resolver.get_att(cache, "Arn"))], resolver)


def test_a_lambda_granted_connect_reaches_its_cache() -> None:
    stack = new_stack()
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, subnet_configuration=[
        ec2.SubnetConfiguration(name="cache", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
    user = elasticache.IamUser(stack, "App", user_id="app-iam", access_control=elasticache.AccessControl.read_write("app:*"))
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, user_group=elasticache.UserGroup(stack, "G", users=[user]))
    function = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_14, handler="index.main", vpc=vpc,
                                code=lambda_.Code.from_inline("def main(e, c): pass"), allow_all_outbound=False)
    cache.grant_connect_as(function, user)
    function.connections.allow_to_default_port(cache, "the app")
    template = synth(stack)
    (fn,) = rehearsal.of_type(template, "AWS::Lambda::Function")
    (cache_lid,) = rehearsal.of_type(template, "AWS::ElastiCache::ServerlessCache")
    resolver = rehearsal.Resolver(template)
    rehearsal.assert_path(template, fn, cache_lid, 6379)
    component = rehearsal.function_component(template, fn)
    rehearsal.assert_allowed(template, component, [Call("elasticache:Connect", resolver.get_att(cache_lid, "Arn")),
                                                   *lambda_platform_calls(template, fn, resolver)])
    # negative control: without the connections call there is no path
    stack = new_stack()
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, subnet_configuration=[
        ec2.SubnetConfiguration(name="cache", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
    elasticache.ServerlessCache(stack, "Cache", vpc=vpc)
    lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_14, handler="index.main", vpc=vpc,
                     code=lambda_.Code.from_inline("def main(e, c): pass"), allow_all_outbound=False)
    template = synth(stack)
    (fn,) = rehearsal.of_type(template, "AWS::Lambda::Function")
    (cache_lid,) = rehearsal.of_type(template, "AWS::ElastiCache::ServerlessCache")
    with pytest.raises(AssertionError, match=rf"no network path: {fn} -> {cache_lid} port 6379: no egress rule"):
        rehearsal.assert_path(template, fn, cache_lid, 6379)


def test_examples_with_keys_have_no_control_tower_error(tmp_path: Path) -> None:
    """Main printed CT.KMS.PR.3 (kms_create_grant_aws_service_check) as ERROR for every key and exited 0:
    the keys now limit grants to AWS services, so the guard rules report nothing."""
    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False, outdir=str(tmp_path),
                  context={"@aws-cdk/core:validationReportJson": True})
    ValkeyCacheStack(app, "ValkeyCacheExample")
    ClusterModeGroupStack(app, "ClusterModeGroupExample")
    Validations.of(app).add_plugins(CfnGuardValidator())
    try:
        app.synth()
    except Exception as error:  # a failing report raises; its findings are in the JSON report
        print(error)
    report = json.loads((tmp_path / "policy-validation-report.json").read_text())
    rules = [v.get("ruleName") for plugin in report.get("pluginReports", []) for v in plugin.get("violations", [])]
    assert not [r for r in rules if "kms_create_grant" in str(r)], rules
