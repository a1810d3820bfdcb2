"""The default user without acknowledgements: a Redis OSS group's disabled
default user needs no password (so no secret), a Valkey group needs no default
user, and a disabled password user's generated secret is not a finding (it
opens nothing): neither EC-RB3 nor cdk-nag's rotation rules fire for it, while
they still fire for an enabled user's secret (the negative control)."""

from __future__ import annotations

import tempfile
from typing import Any

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

import elasticache_kit as elasticache
from elasticache_kit import AccessControl, UserEngine
from elasticache_kit.checks import check_template

from ..conftest import resources, synth
from ..support.lint import lint_errors
from ..support.nag import findings as nag_findings


def _vpc(stack: cdk.Stack) -> ec2.IVpc:
    return ec2.Vpc.from_vpc_attributes(stack, "Vpc", vpc_id="vpc-0123456789abcdef0",
                                       availability_zones=["us-east-1a", "us-east-1b"],
                                       private_subnet_ids=["subnet-0a1b2c3d4e5f60718", "subnet-0b1c2d3e4f5061728"])


def _app() -> tuple[cdk.App, cdk.Stack, str]:
    out = tempfile.mkdtemp(prefix="default-user-")
    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False, outdir=out)
    stack = cdk.Stack(app, "Users", synthesizer=cdk.DefaultStackSynthesizer(generate_bootstrap_version_rule=False))
    return app, stack, out


def _ours(template: dict[str, Any]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for f in check_template(template):
        found.setdefault(f.rule_id, set()).add(f.logical_id)
    return found


def test_redis_group_default_user_without_a_secret() -> None:
    app, stack, out = _app()
    default = elasticache.NoPasswordUser(stack, "DisabledDefault", user_id="app-default", user_name="default",
                                         engine=UserEngine.REDIS, access_control=AccessControl.disabled())
    app_user = elasticache.IamUser(stack, "AppUser", user_id="app", engine=UserEngine.REDIS,
                                   access_control=AccessControl.read_write("app:*"))
    group = elasticache.UserGroup(stack, "Users", users=[default, app_user], engine=UserEngine.REDIS)
    elasticache.ServerlessCache(stack, "Cache", vpc=_vpc(stack), engine=elasticache.CacheEngine.REDIS_7,
                                user_group=group)
    template = synth(stack)
    assert not resources(template, "AWS::SecretsManager::Secret")
    assert lint_errors(template) == []
    found = _ours(template)
    assert not {"EC-RB1", "EC-RB3", "EC-RB7", "EC-SC1"} & set(found), found


def _disabled_and_enabled(stack: cdk.Stack) -> None:
    default = elasticache.PasswordUser(stack, "DisabledDefault", user_id="app-default", user_name="default",
                                       access_control=AccessControl.disabled())
    reports = elasticache.PasswordUser(stack, "Reports", user_id="reports",
                                       access_control=AccessControl.read_only("app:*"))
    group = elasticache.UserGroup(stack, "Users", users=[default, reports])
    elasticache.ServerlessCache(stack, "Cache", vpc=_vpc(stack), user_group=group)


def test_disabled_password_user_needs_no_acknowledgement() -> None:
    """A valkey group that keeps a disabled default user (a password user: valkey groups admit only users
    that authenticate) and an enabled password user, both with generated secrets."""
    app, stack, out = _app()
    _disabled_and_enabled(stack)
    template = synth(stack)
    assert len(resources(template, "AWS::SecretsManager::Secret")) == 2
    users = {props["Properties"]["UserId"]: logical_id
             for logical_id, props in resources(template, "AWS::ElastiCache::User").items()}
    # ours: the enabled user's secret is reported, the disabled one's is not
    assert _ours(template).get("EC-RB3") == {users["reports"]}
    # cdk-nag, every pack (a new app: a synthesized one is not synthesized again)
    app, stack, out = _app()
    _disabled_and_enabled(stack)
    rotation = [f for f in nag_findings(app, out)
                if f["rule"].endswith("SMG4") or f["rule"].endswith("SecretsManagerRotationEnabled")]
    paths = {path for f in rotation for path in f["paths"]}
    assert paths and all(path.startswith("Users/Reports/") for path in paths), rotation
    assert {f["rule"].split("-")[0] for f in rotation} >= {"AwsSolutions", "HIPAA.Security"}  # several packs ask
