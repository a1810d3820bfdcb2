"""RBAC users (IamUser, PasswordUser, NoPasswordUser): templates, generated secrets, imports, grants;
the snapshot has them in a user group.  UserGroup has its own module, test_user_group.py."""

from __future__ import annotations

import json

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

import elasticache_kit as elasticache
from elasticache_kit import AccessControl, AuthenticationType, UserEngine

from ..conftest import only, synth

ACL = AccessControl.read_write("app:*")


def test_snapshot_users_and_group(stack, checked) -> None:
    default = elasticache.PasswordUser(stack, "Default", user_id="app-default", user_name="default",
                                       access_control=AccessControl.disabled())
    iam_user = elasticache.IamUser(stack, "Iam", user_id="app-iam", access_control=ACL)
    rotating = elasticache.PasswordUser(stack, "Rotating", user_id="rotating", access_control=ACL, passwords=[
        cdk.SecretValue.secrets_manager("app/cache", json_field="current"),
        cdk.SecretValue.secrets_manager("app/cache", json_field="next"),
    ])
    elasticache.UserGroup(stack, "Group", users=[default, iam_user, rotating], user_group_name="app-users",
                          tags={"team": "cache"})
    checked(stack)


def test_generated_password_secret(stack) -> None:
    user = elasticache.PasswordUser(stack, "User", user_id="app", user_name="app-name", access_control=ACL)
    assert user.secret is not None
    template = synth(stack)
    secret = only(template, "AWS::SecretsManager::Secret")
    generator = secret["GenerateSecretString"]
    assert generator["GenerateStringKey"] == "password"
    assert generator["PasswordLength"] == 32 and generator["ExcludePunctuation"] is True
    # {"username", "user_arn"} with the ARN's pseudo parameters resolved at deploy (the rotation format)
    template_text = "".join(part if isinstance(part, str) else f"<{part['Ref']}>"
                            for part in generator["SecretStringTemplate"]["Fn::Join"][1])
    assert json.loads(template_text) == {
        "username": "app-name", "user_arn": "arn:<AWS::Partition>:elasticache:<AWS::Region>:<AWS::AccountId>:user:app"}
    (password,) = only(template, "AWS::ElastiCache::User")["AuthenticationMode"]["Passwords"]
    text = str(password)
    assert "resolve:secretsmanager:" in text and "SecretString:password" in text
    assert "Ref" in text  # points at the generated secret, not a literal


def test_plain_text_password_is_checked_and_emitted_only_when_asked(stack) -> None:
    elasticache.PasswordUser(stack, "User", user_id="app", access_control=ACL,
                             passwords=[cdk.SecretValue.unsafe_plain_text("sixteen-chars-ok")])
    props = only(synth(stack), "AWS::ElastiCache::User")
    assert props["AuthenticationMode"]["Passwords"] == ["sixteen-chars-ok"]


def test_iam_user_grant_connect_on_user_arn(stack) -> None:
    user = elasticache.IamUser(stack, "User", user_id="app-iam", access_control=ACL)
    role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
    user.grant_connect(role)
    (statement,) = only(synth(stack), "AWS::IAM::Policy")["PolicyDocument"]["Statement"]
    assert statement["Action"] == "elasticache:Connect"
    assert statement["Resource"] == {"Fn::Join": ["", [
        "arn:", {"Ref": "AWS::Partition"}, ":elasticache:", {"Ref": "AWS::Region"}, ":",
        {"Ref": "AWS::AccountId"}, ":user:app-iam"]]}


def test_imported_users_work_in_groups_and_grants(stack) -> None:
    by_arn = elasticache.IamUser.from_user_arn(stack, "ByArn",
                                               "arn:aws-us-gov:elasticache:us-gov-west-1:123456789012:user:svc")
    assert by_arn.user_id == "svc" and by_arn.user_name == "svc"
    assert by_arn.authentication_type is AuthenticationType.IAM
    pw = elasticache.PasswordUser.from_user_attributes(stack, "Pw", user_id="reader", engine=UserEngine.VALKEY)
    role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
    by_arn.grant_connect(role)
    group = elasticache.UserGroup(stack, "Group", users=[by_arn, pw])
    assert group.user_ids == ["svc", "reader"]
    props = only(synth(stack), "AWS::ElastiCache::UserGroup")
    assert props["UserIds"] == ["svc", "reader"]
