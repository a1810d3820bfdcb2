"""Every Python example of the alpha module's README, with only the import line
changed, synthesizes a template cfn-lint accepts -- or, where the example would
fail at deploy time, raises our ValidationError that says why."""

from __future__ import annotations

import aws_cdk as cdk
import pytest
from aws_cdk import Size, SecretValue, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk.aws_kms import Key

import elasticache_kit as elasticache

from ..support.lint import lint_errors
from ..conftest import new_stack, only, resources, synth


@pytest.fixture
def self() -> Stack:  # the README's snippets run inside a Stack's __init__
    return new_stack("Readme")


@pytest.fixture
def vpc(self: Stack) -> ec2.Vpc:
    return ec2.Vpc(self, "VPC")


def lint_clean(stack: Stack) -> dict:
    template = synth(stack)
    assert lint_errors(template) == []
    return template


def test_serverless_cache_minimal(self: Stack) -> None:
    vpc = ec2.Vpc(self, "VPC")

    cache = elasticache.ServerlessCache(self, "ServerlessCache",
        vpc=vpc
    )

    props = only(lint_clean(self), "AWS::ElastiCache::ServerlessCache")
    assert props["Engine"] == "valkey"
    assert "MajorEngineVersion" not in props
    assert props["ServerlessCacheName"] == cache.serverless_cache_name


def test_connections_allow_default_port(self: Stack, vpc: ec2.Vpc) -> None:
    serverless_cache = elasticache.ServerlessCache(self, "ServerlessCache", vpc=vpc)
    instance = ec2.Instance(self, "Instance", vpc=vpc,
        instance_type=ec2.InstanceType("t3.micro"),
        machine_image=ec2.MachineImage.latest_amazon_linux2023())

    # allow the EC2 instance to connect to serverless cache on default port 6379
    serverless_cache.connections.allow_default_port_from(instance)

    template = lint_clean(self)
    ingress = only(template, "AWS::EC2::SecurityGroupIngress")
    assert (ingress["FromPort"], ingress["ToPort"]) == (6379, 6380)


def test_cache_usage_limits(self: Stack, vpc: ec2.Vpc) -> None:
    serverless_cache = elasticache.ServerlessCache(self, "ServerlessCache",
        engine=elasticache.CacheEngine.VALKEY_LATEST,
        vpc=vpc,
        cache_usage_limits=elasticache.CacheUsageLimitsProperty(
            # cache data storage limits (GB)
            data_storage_minimum_size=Size.gibibytes(2),  # minimum: 1GB
            data_storage_maximum_size=Size.gibibytes(3),  # maximum: 5000GB
            # rate limits (ECPU/second)
            request_rate_limit_minimum=1000,  # minimum: 1000
            request_rate_limit_maximum=10000
        )
    )

    props = only(lint_clean(self), "AWS::ElastiCache::ServerlessCache")
    assert props["CacheUsageLimits"] == {
        "DataStorage": {"Minimum": 2, "Maximum": 3, "Unit": "GB"},
        "ECPUPerSecond": {"Minimum": 1000, "Maximum": 10000},
    }


def test_backup_schedule(self: Stack, vpc: ec2.Vpc) -> None:
    serverless_cache = elasticache.ServerlessCache(self, "ServerlessCache",
        backup=elasticache.BackupSettings(
            # enable automatic backups and set the retention period to 6 days
            backup_retention_limit=6,
            # set the backup window to 9:00 AM UTC
            backup_time=events.Schedule.cron(
                hour="9",
                minute="0"
            )
        ),
        vpc=vpc
    )

    props = only(lint_clean(self), "AWS::ElastiCache::ServerlessCache")
    assert props["SnapshotRetentionLimit"] == 6
    assert props["DailySnapshotTime"] == "09:00"


def test_final_backup_name(self: Stack, vpc: ec2.Vpc) -> None:
    serverless_cache = elasticache.ServerlessCache(self, "ServerlessCache",
        engine=elasticache.CacheEngine.VALKEY_LATEST,
        backup=elasticache.BackupSettings(
            # set a backup name before deleting a cache
            backup_name_before_deletion="my-final-backup-name"
        ),
        vpc=vpc
    )

    props = only(lint_clean(self), "AWS::ElastiCache::ServerlessCache")
    assert props["FinalSnapshotName"] == "my-final-backup-name"


def test_restore_from_backup(self: Stack, vpc: ec2.Vpc) -> None:
    serverless_cache = elasticache.ServerlessCache(self, "ServerlessCache",
        engine=elasticache.CacheEngine.VALKEY_LATEST,
        backup=elasticache.BackupSettings(
            # set the backup(s) to restore
            backup_arns_to_restore=["arn:aws:elasticache:us-east-1:123456789012:serverlesscachesnapshot:my-final-backup-name"]
        ),
        vpc=vpc
    )

    props = only(lint_clean(self), "AWS::ElastiCache::ServerlessCache")
    assert props["SnapshotArnsToRestore"] == [
        "arn:aws:elasticache:us-east-1:123456789012:serverlesscachesnapshot:my-final-backup-name"
    ]


def test_customer_managed_key(self: Stack, vpc: ec2.Vpc) -> None:
    kms_key = Key(self, "Key")

    serverless_cache = elasticache.ServerlessCache(self, "ServerlessCache",
        engine=elasticache.CacheEngine.VALKEY_LATEST,
        serverless_cache_name="my-serverless-cache",
        vpc=vpc,
        # set Customer Managed Key
        kms_key=kms_key
    )

    props = only(lint_clean(self), "AWS::ElastiCache::ServerlessCache")
    assert props["ServerlessCacheName"] == "my-serverless-cache"
    assert props["KmsKeyId"] == {"Fn::GetAtt": [next(iter(resources(synth(self), "AWS::KMS::Key"))), "Arn"]}


def test_metrics_and_alarm(self: Stack, vpc: ec2.Vpc) -> None:
    serverless_cache = elasticache.ServerlessCache(self, "ServerlessCache", vpc=vpc,
        serverless_cache_name="my-serverless-cache")

    cache_hits = serverless_cache.metric_cache_hit_count()
    bytes_used_for_cache = serverless_cache.metric_data_stored()
    elasti_cache_processing_units = serverless_cache.metric_processing_units_consumed()

    # Create an alarm for ECPUs.
    elasti_cache_processing_units.create_alarm(self, "ElastiCacheProcessingUnitsAlarm",
        threshold=50,
        evaluation_periods=1
    )

    alarm = only(lint_clean(self), "AWS::CloudWatch::Alarm")
    assert alarm["MetricName"] == "ElastiCacheProcessingUnits"
    assert alarm["Namespace"] == "AWS/ElastiCache"
    assert alarm["Dimensions"] == [{"Name": "clusterId", "Value": "my-serverless-cache"}]
    assert (cache_hits.metric_name, cache_hits.statistic) == ("CacheHits", "Sum")
    assert (bytes_used_for_cache.metric_name, bytes_used_for_cache.statistic) == ("BytesUsedForCache", "Maximum")


def test_import_by_attributes(self: Stack, vpc: ec2.Vpc) -> None:
    security_group = ec2.SecurityGroup(self, "SG", vpc=vpc)

    imported_serverless_cache = elasticache.ServerlessCache.from_serverless_cache_attributes(self, "ImportedServerlessCache",
        serverless_cache_name="my-serverless-cache",
        security_groups=[security_group]
    )

    assert imported_serverless_cache.serverless_cache_name == "my-serverless-cache"
    assert imported_serverless_cache.serverless_cache_arn.endswith(":serverlesscache:my-serverless-cache")


def test_new_user_with_id_default_is_refused(self: Stack) -> None:
    # The README's first user snippet creates a user whose *id* is "default".
    # That id belongs to the built-in default user, so CreateUser would fail at
    # deploy time; we refuse it while the stack is built instead.
    with pytest.raises(elasticache.ValidationError, match="built-in default user") as error:
        new_default_user = elasticache.NoPasswordUser(self, "NoPasswordUser",
            user_id="default",
            access_control=elasticache.AccessControl.from_access_string("on ~* +@all")
        )
    assert error.value.prop == "user_id"
    assert error.value.construct_path == "Readme/NoPasswordUser"


def test_iam_user(self: Stack) -> None:
    user = elasticache.IamUser(self, "User",
        # set user engine
        engine=elasticache.UserEngine.REDIS,

        # set user id
        user_id="my-user",

        # set username
        user_name="my-user",

        # set access string
        access_control=elasticache.AccessControl.from_access_string("on ~* +@all")
    )

    props = only(lint_clean(self), "AWS::ElastiCache::User")
    assert props["AuthenticationMode"] == {"Type": "iam"}
    assert props["UserName"] == props["UserId"] == "my-user"


def test_password_user(self: Stack) -> None:
    user = elasticache.PasswordUser(self, "User",
        # set user engine
        engine=elasticache.UserEngine.VALKEY,

        # set user id
        user_id="my-user-id",

        # set access string
        access_control=elasticache.AccessControl.from_access_string("on ~* +@all"),

        # set username
        user_name="my-user-name",

        # set up to two passwords
        passwords=[
            # "SecretIdForPassword" is the secret id for the password
            SecretValue.secrets_manager("SecretIdForPassword"),
            # "AnotherSecretIdForPassword" is the secret id for the password
            SecretValue.secrets_manager("AnotherSecretIdForPassword")
        ]
    )

    props = only(lint_clean(self), "AWS::ElastiCache::User")
    assert props["AuthenticationMode"]["Type"] == "password"
    assert props["AuthenticationMode"]["Passwords"] == [
        "{{resolve:secretsmanager:SecretIdForPassword:SecretString:::}}",
        "{{resolve:secretsmanager:AnotherSecretIdForPassword:SecretString:::}}",
    ]


def test_no_password_user(self: Stack) -> None:
    user = elasticache.NoPasswordUser(self, "User",
        # set user engine
        engine=elasticache.UserEngine.REDIS,

        # set user id
        user_id="my-user-id",

        # set access string
        access_control=elasticache.AccessControl.from_access_string("on ~* +@all"),

        # set username
        user_name="my-user-name"
    )

    props = only(lint_clean(self), "AWS::ElastiCache::User")
    assert props["AuthenticationMode"] == {"Type": "no-password-required"}
    assert props["Engine"] == "redis"


def test_default_user_import_and_replacement(self: Stack) -> None:
    # use the original `default` user by using import method
    default_user = elasticache.NoPasswordUser.from_user_attributes(self, "DefaultUser",
        # userId and userName must be 'default'
        user_id="default"
    )

    # create a new default user
    new_default_user = elasticache.NoPasswordUser(self, "NewDefaultUser",
        # new default user id must not be 'default'
        user_id="new-default",
        # new default username must be 'default'
        user_name="default",
        # set access string
        access_control=elasticache.AccessControl.from_access_string("on ~* +@all")
    )

    assert default_user.user_name == "default"
    assert default_user.authentication_type is elasticache.AuthenticationType.NO_PASSWORD
    group = elasticache.UserGroup(self, "Group", engine=elasticache.UserEngine.REDIS, users=[new_default_user])
    assert only(lint_clean(self), "AWS::ElastiCache::UserGroup")["UserIds"] == [
        {"Ref": next(iter(resources(synth(self), "AWS::ElastiCache::User")))}
    ]


def test_user_group_add_user_and_assign(self: Stack, vpc: ec2.Vpc) -> None:
    # The README leaves the users' kinds open.  In the default (valkey) group they
    # must authenticate, so the replacement default user here has a password.
    new_default_user = elasticache.PasswordUser(self, "NewDefault", user_id="new-default",
        user_name="default", access_control=elasticache.AccessControl.disabled())
    user = elasticache.IamUser(self, "IamUser", user_id="my-user",
        access_control=elasticache.AccessControl.from_access_string("on ~* +@all"))
    another_user = elasticache.PasswordUser(self, "Another", user_id="another",
        access_control=elasticache.AccessControl.read_only())

    user_group = elasticache.UserGroup(self, "UserGroup",
        # add users including default user
        users=[new_default_user, user]
    )

    # you can also add a user by using addUser method
    user_group.add_user(another_user)

    serverless_cache = elasticache.ServerlessCache(self, "ServerlessCache",
        engine=elasticache.CacheEngine.VALKEY_LATEST,
        serverless_cache_name="my-serverless-cache",
        vpc=vpc,
        # assign User Group
        user_group=user_group
    )

    template = lint_clean(self)
    group = only(template, "AWS::ElastiCache::UserGroup")
    assert len(group["UserIds"]) == 3
    cache = only(template, "AWS::ElastiCache::ServerlessCache")
    assert cache["UserGroupId"] == {"Ref": next(iter(resources(template, "AWS::ElastiCache::UserGroup")))}


def test_grant_connect(self: Stack, vpc: ec2.Vpc) -> None:
    user = elasticache.IamUser(self, "User", user_id="my-user",
        access_control=elasticache.AccessControl.from_access_string("on ~* +@all"))
    serverless_cache = elasticache.ServerlessCache(self, "ServerlessCache", vpc=vpc,
        serverless_cache_name="my-serverless-cache")
    role = iam.Role(self, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))

    # grant "elasticache:Connect" action permissions to role
    user.grant_connect(role)
    serverless_cache.grant_connect(role)

    policy = only(lint_clean(self), "AWS::IAM::Policy")
    statements = policy["PolicyDocument"]["Statement"]
    assert [s["Action"] for s in statements] == ["elasticache:Connect", "elasticache:Connect"]


def test_imports(self: Stack) -> None:
    stack = Stack()

    imported_iam_user = elasticache.IamUser.from_user_id(self, "ImportedIamUser", "my-iam-user-id")

    imported_password_user = elasticache.PasswordUser.from_user_attributes(stack, "ImportedPasswordUser",
        user_id="my-password-user-id"
    )

    imported_no_password_user = elasticache.NoPasswordUser.from_user_attributes(stack, "ImportedNoPasswordUser",
        user_id="my-no-password-user-id"
    )

    imported_user_group = elasticache.UserGroup.from_user_group_attributes(self, "ImportedUserGroup",
        user_group_name="my-user-group-name"
    )

    assert imported_iam_user.user_id == "my-iam-user-id"
    assert imported_iam_user.authentication_type is elasticache.AuthenticationType.IAM
    assert imported_password_user.authentication_type is elasticache.AuthenticationType.PASSWORD
    assert imported_no_password_user.authentication_type is elasticache.AuthenticationType.NO_PASSWORD
    assert imported_user_group.user_group_name == "my-user-group-name"
