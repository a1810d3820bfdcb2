"""Serverless-cache and RBAC validation rules raise ValidationError naming the construct path, the
property, the value and the rule -- before any resource is created."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import aws_cdk as cdk
import pytest
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam

import elasticache_kit as elasticache
from elasticache_kit import AccessControl, BackupSettings, CacheEngine, CacheUsageLimits, UserEngine

from ..conftest import imported_vpc, new_stack, resources, synth

ACL = AccessControl.full_access()
GB = cdk.Size.gibibytes


def cache(**props: Any) -> Callable[[cdk.Stack], Any]:
    return lambda stack: elasticache.ServerlessCache(stack, "Cache", vpc=imported_vpc(stack), **props)


def shared_sg(stack: cdk.Stack) -> Any:
    from aws_cdk import aws_ec2 as ec2

    return ec2.SecurityGroup.from_security_group_id(stack, "Sg", "sg-0123456789abcdef0")


def limits(**props: Any) -> Callable[[cdk.Stack], Any]:
    return cache(cache_usage_limits=CacheUsageLimits(**props))


def backup(**props: Any) -> Callable[[cdk.Stack], Any]:
    return cache(backup=BackupSettings(**props))


def iam_user(**props: Any) -> Callable[[cdk.Stack], Any]:
    return lambda stack: elasticache.IamUser(stack, "Cache", **{"user_id": "app", "access_control": ACL, **props})


def password_user(**props: Any) -> Callable[[cdk.Stack], Any]:
    return lambda stack: elasticache.PasswordUser(stack, "Cache", **{"user_id": "app", "access_control": ACL, **props})


def no_password_user(**props: Any) -> Callable[[cdk.Stack], Any]:
    return lambda stack: elasticache.NoPasswordUser(stack, "Cache", **{"user_id": "app", "access_control": ACL, **props})


def group_of(*kinds: str, engine: UserEngine | None = None) -> Callable[[cdk.Stack], Any]:
    def build(stack: cdk.Stack) -> Any:
        users = []
        for index, kind in enumerate(kinds):
            if kind == "valkey-iam":
                users.append(elasticache.IamUser(stack, f"U{index}", user_id=f"u{index}", access_control=ACL))
            elif kind == "redis-nopass-default":
                users.append(elasticache.NoPasswordUser(stack, f"U{index}", user_id=f"u{index}", user_name="default",
                                                        access_control=AccessControl.disabled()))
            elif kind == "same-id":
                users.append(elasticache.UserBase.from_user_id(stack, f"U{index}", "u0"))
            elif kind == "builtin-default":
                users.append(elasticache.NoPasswordUser.from_user_id(stack, f"U{index}", "default"))
            elif kind == "same-name":
                users.append(elasticache.PasswordUser(stack, f"U{index}", user_id=f"u{index}", user_name="u0",
                                                      access_control=ACL))
        return elasticache.UserGroup(stack, "Cache", users=users, engine=engine)
    return build


def redis_group_without_default_on_cache(stack: cdk.Stack) -> Any:
    user = elasticache.IamUser(stack, "U", user_id="app", engine=UserEngine.REDIS, access_control=ACL)
    group = elasticache.UserGroup(stack, "G", engine=UserEngine.REDIS, users=[user])
    return elasticache.ServerlessCache(stack, "Cache", vpc=imported_vpc(stack), user_group=group)


def valkey_group_on(engine: CacheEngine) -> Callable[[cdk.Stack], Any]:
    def build(stack: cdk.Stack) -> Any:
        user = elasticache.IamUser(stack, "U", user_id="app", access_control=ACL)
        group = elasticache.UserGroup(stack, "G", users=[user])
        return elasticache.ServerlessCache(stack, "Cache", vpc=imported_vpc(stack), engine=engine, user_group=group)
    return build


CASES: list[tuple[str, Callable[[cdk.Stack], Any], str, str]] = [
    # serverless cache name
    ("name uppercase", cache(serverless_cache_name="MyCache"), "serverless_cache_name", "must be lower case"),
    ("name underscore", cache(serverless_cache_name="my_cache"), "serverless_cache_name", "only ASCII letters, digits and hyphens"),
    ("name digit first", cache(serverless_cache_name="1cache"), "serverless_cache_name", "must begin with a letter"),
    ("name trailing hyphen", cache(serverless_cache_name="cache-"), "serverless_cache_name", "must not end with a hyphen"),
    ("name double hyphen", cache(serverless_cache_name="my--cache"), "serverless_cache_name", "two consecutive hyphens"),
    ("name too long", cache(serverless_cache_name="c" * 41), "serverless_cache_name", "at most 40"),
    ("name empty", cache(serverless_cache_name=""), "serverless_cache_name", "must not be empty"),
    # description
    ("description long", cache(description="x" * 256), "description", "at most 255"),
    ("description angle", cache(description="a <b>"), "description", "must not contain '<' or '>'"),
    ("description control", cache(description="line\nbreak"), "description", "control characters"),
    # engine and vpc
    ("engine string", cache(engine="valkey"), "engine", "must be a CacheEngine"),
    ("security group id string", cache(security_groups=["sg-0123456789abcdef0"]), "security_groups", "must contain ec2.ISecurityGroup"),
    ("security group twice", lambda s: cache(security_groups=[shared_sg(s)] * 2)(s), "security_groups", "same security group twice"),
    ("removal snapshot", cache(removal_policy=cdk.RemovalPolicy.SNAPSHOT), "removal_policy", "backup_name_before_deletion"),
    ("subnets not a selection", cache(vpc_subnets="private"), "vpc_subnets", "must be an ec2.SubnetSelection"),
    # tags (any tagged construct)
    ("tag aws prefix", cache(tags={"aws:owner": "me"}), "tags", "AWS reserves"),
    ("tag key characters", cache(tags={"team#1": "x"}), "tags", "is not a tag key"),
    ("tag value long", cache(tags={"team": "x" * 257}), "tags", "0..256"),
    ("tags not mapping", cache(tags=[("team", "x")]), "tags", "must be a mapping"),
    ("tags too many", iam_user(tags={f"k{i}": "v" for i in range(51)}), "tags", "at most 50"),
    # usage limits
    ("storage min 0", limits(data_storage_minimum_size=GB(0)), "cache_usage_limits.data_storage_minimum_size", "outside 1..5000 GB"),
    ("storage max 5001", limits(data_storage_maximum_size=GB(5001)), "cache_usage_limits.data_storage_maximum_size", "outside 1..5000 GB"),
    ("storage fractional", limits(data_storage_maximum_size=cdk.Size.mebibytes(1536)), "cache_usage_limits.data_storage_maximum_size", "whole number of GB"),
    ("storage min>max", limits(data_storage_minimum_size=GB(10), data_storage_maximum_size=GB(5)), "cache_usage_limits.data_storage_minimum_size", "greater than data_storage_maximum_size"),
    ("ecpu below", limits(request_rate_limit_minimum=999), "cache_usage_limits.request_rate_limit_minimum", "outside 1,000..15,000,000"),
    ("ecpu above", limits(request_rate_limit_maximum=15_000_001), "cache_usage_limits.request_rate_limit_maximum", "outside 1,000..15,000,000"),
    ("ecpu fraction", limits(request_rate_limit_maximum=1500.5), "cache_usage_limits.request_rate_limit_maximum", "whole number"),
    ("ecpu min>max", limits(request_rate_limit_minimum=5000, request_rate_limit_maximum=2000), "cache_usage_limits.request_rate_limit_minimum", "greater than request_rate_limit_maximum"),
    ("storage not size", limits(data_storage_maximum_size=10), "cache_usage_limits.data_storage_maximum_size", "must be a Size"),
    # backups
    ("retention 0", backup(backup_retention_limit=0), "backup.backup_retention_limit", "outside 1..35 days"),
    ("retention 36", backup(backup_retention_limit=36), "backup.backup_retention_limit", "outside 1..35 days"),
    ("retention fraction", backup(backup_retention_limit=1.5), "backup.backup_retention_limit", "whole number of days"),
    ("cron minute wildcard", backup(backup_time=events.Schedule.cron(hour="9")), "backup.backup_time.minute", "single number 0..59"),
    ("cron hour range", backup(backup_time=events.Schedule.cron(hour="1-3", minute="0")), "backup.backup_time.hour", "single number 0..23"),
    ("cron hour 24", backup(backup_time=events.Schedule.cron(hour="24", minute="0")), "backup.backup_time.hour", "outside 0..23"),
    ("cron minute step", backup(backup_time=events.Schedule.cron(hour="2", minute="*/5")), "backup.backup_time.minute", "no wildcards, ranges, lists or steps"),
    ("cron weekday", backup(backup_time=events.Schedule.cron(hour="2", minute="0", week_day="MON")), "backup.backup_time.week_day", "run daily"),
    ("cron day", backup(backup_time=events.Schedule.cron(hour="2", minute="0", day="1")), "backup.backup_time.day", "run daily"),
    ("time text hour 24", backup(backup_time="24:00"), "backup.backup_time", "'HH:MM' (00:00..23:59)"),
    ("time text one digit", backup(backup_time="3:00"), "backup.backup_time", "'HH:MM' (00:00..23:59)"),
    ("time number", backup(backup_time=300), "backup.backup_time", "must be 'HH:MM' or events.Schedule.cron"),
    ("rate schedule", backup(backup_time=events.Schedule.rate(cdk.Duration.days(1))), "backup.backup_time", "rate and at schedules"),
    ("final name", backup(backup_name_before_deletion="final_backup"), "backup.backup_name_before_deletion", "letters, digits and hyphens"),
    ("final name hyphens", backup(backup_name_before_deletion="final--backup"), "backup.backup_name_before_deletion", "two consecutive hyphens"),
    ("restore arn slash", backup(backup_arns_to_restore=["arn:aws:elasticache:us-east-1:123456789012:serverlesscachesnapshot/x"]), "backup.backup_arns_to_restore[0]", "is not a backup ARN"),
    ("restore arn cache", backup(backup_arns_to_restore=["arn:aws:elasticache:us-east-1:123456789012:serverlesscache:x"]), "backup.backup_arns_to_restore[0]", "is not a backup ARN"),
    ("restore arn twice", backup(backup_arns_to_restore=["arn:aws:s3:::bkt/a.rdb", "arn:aws:s3:::bkt/a.rdb"]), "backup.backup_arns_to_restore", "same ARN twice"),
    ("restore arns string", backup(backup_arns_to_restore="arn:aws:s3:::bkt/a.rdb"), "backup.backup_arns_to_restore", "list of ARNs"),
    # user groups on caches
    ("memcached group", lambda s: valkey_group_on(CacheEngine.MEMCACHED_LATEST)(s), "user_group", "only Valkey and Redis OSS caches take user groups"),
    ("redis cache valkey group", lambda s: valkey_group_on(CacheEngine.REDIS_7)(s), "user_group", "takes only redis user groups"),
    ("redis group no default", redis_group_without_default_on_cache, "user_group", "has no user named 'default'"),
    # users
    ("user id uppercase", iam_user(user_id="App"), "user_id", "must be lower case"),
    ("user id symbol", iam_user(user_id="app.user"), "user_id", "only ASCII letters, digits and hyphens"),
    ("user id default", password_user(user_id="default"), "user_id", "built-in default user"),
    ("iam name mismatch", iam_user(user_name="other"), "user_name", "must equal user_id"),
    ("user name space", password_user(user_name="my user"), "user_name", "without spaces"),
    ("access control type", iam_user(access_control=42), "access_control", "must be an AccessControl or an access string"),
    ("access string on a user", iam_user(access_control="on ~* +@raed"), "access_control", "did you mean '+@read'?"),
    ("user engine str", iam_user(engine="valkey"), "engine", "must be a UserEngine"),
    ("no-password valkey", no_password_user(engine=UserEngine.VALKEY), "engine", "does not support no-password users"),
    ("password plain str", password_user(passwords=["correct-horse-battery"]), "passwords[0]", "clear text"),
    ("password none", password_user(passwords=[]), "passwords", "one or two"),
    ("password three", password_user(passwords=[cdk.SecretValue.secrets_manager(n) for n in "abc"]), "passwords", "one or two"),
    ("password short", password_user(passwords=[cdk.SecretValue.unsafe_plain_text("short")]), "passwords[0]", "16..128 characters"),
    ("password space", password_user(passwords=[cdk.SecretValue.unsafe_plain_text("has a space in it!!")]), "passwords[0]", "without spaces"),
    ("password twice", password_user(passwords=[cdk.SecretValue.secrets_manager("s")] * 2), "passwords", "same password twice"),
    ("password secret twice", password_user(passwords=[cdk.SecretValue.secrets_manager("s"), cdk.SecretValue.secrets_manager("s")]),
     "passwords", "same password twice"),
    ("passwords one string", password_user(passwords="correct-horse-battery-staple"), "passwords", "must be a list"),
    # groups
    ("group duplicate id", group_of("valkey-iam", "same-id"), "users", "appears twice"),
    ("group duplicate name", group_of("valkey-iam", "same-name"), "users", "user names in a group must be unique"),
    ("valkey group no-password", group_of("redis-nopass-default"), "users", "admits only users that authenticate"),
    ("valkey group builtin default", group_of("builtin-default"), "users", "is a no-password user"),
    ("redis group valkey user", group_of("redis-nopass-default", "valkey-iam", engine=UserEngine.REDIS), "users", "admits only redis users"),
    ("group id uppercase", lambda s: elasticache.UserGroup(s, "Cache", user_group_name="Group"), "user_group_name", "must be lower case"),
]


@pytest.mark.parametrize(("case", "build", "prop", "rule"), CASES, ids=[c[0] for c in CASES])
def test_rule(case: str, build: Callable[[cdk.Stack], Any], prop: str, rule: str) -> None:
    stack = new_stack()
    with pytest.raises(elasticache.ValidationError) as raised:
        build(stack)
    error = raised.value
    assert isinstance(error, ValueError)
    assert error.prop == prop
    assert error.construct_path == "Test/Cache"
    assert rule in str(error)
    assert str(error).startswith(f"Test/Cache: {prop}=")
    # nothing was created at the failing construct
    assert stack.node.try_find_child("Cache") is None


def test_tokens_skip_value_checks() -> None:
    stack = new_stack()
    name = cdk.CfnParameter(stack, "Name").value_as_string
    retention = cdk.CfnParameter(stack, "Days", type="Number").value_as_number
    elasticache.ServerlessCache(stack, "Cache", vpc=imported_vpc(stack), serverless_cache_name=name,
                                backup=BackupSettings(backup_retention_limit=retention),
                                cache_usage_limits=CacheUsageLimits(request_rate_limit_maximum=retention))
    (cache,) = resources(synth(stack), "AWS::ElastiCache::ServerlessCache").values()
    assert cache["Properties"]["ServerlessCacheName"] == {"Ref": "Name"}
    assert cache["Properties"]["SnapshotRetentionLimit"] == {"Ref": "Days"}


def test_import_rules() -> None:
    stack = new_stack()
    arn = "arn:aws:elasticache:us-east-1:123456789012:user:app"
    with pytest.raises(elasticache.ValidationError, match="conflicts with user_id"):
        elasticache.IamUser.from_user_attributes(stack, "A", user_id="app", user_arn=arn)
    with pytest.raises(elasticache.ValidationError, match="is required"):
        elasticache.IamUser.from_user_attributes(stack, "B")
    with pytest.raises(elasticache.ValidationError, match=r"is not an ElastiCache ARN.*:user:NAME"):
        elasticache.IamUser.from_user_arn(stack, "C", "arn:aws:elasticache:us-east-1:123456789012:user/app")
    with pytest.raises(elasticache.ValidationError, match="is the ARN of a 'usergroup', not a 'user'"):
        elasticache.IamUser.from_user_arn(stack, "D", "arn:aws:elasticache:us-east-1:123456789012:usergroup:g")
    with pytest.raises(elasticache.ValidationError, match="import it with NoPasswordUser"):
        elasticache.IamUser.from_user_id(stack, "E", "default")
    with pytest.raises(elasticache.ValidationError, match="conflicts with serverless_cache_name"):
        elasticache.ServerlessCache.from_serverless_cache_attributes(
            stack, "F", serverless_cache_name="a", serverless_cache_arn="arn:aws:elasticache:us-east-1:123456789012:serverlesscache:a")
    with pytest.raises(elasticache.ValidationError, match=r"serverless_cache_arn=.*:serverlesscache:NAME"):
        elasticache.ServerlessCache.from_serverless_cache_arn(stack, "G", "arn:aws:elasticache:us-east-1:123456789012:serverlesscache/a")
    with pytest.raises(elasticache.ValidationError, match="user_group_name=None is required"):
        elasticache.UserGroup.from_user_group_attributes(stack, "H")


def test_add_user_to_imported_group_is_refused() -> None:
    stack = new_stack()
    group = elasticache.UserGroup.from_user_group_name(stack, "Group", "shared")
    user = elasticache.UserBase.from_user_id(stack, "User", "app")
    with pytest.raises(elasticache.ValidationError, match=r"Test/Group: add_user='app' cannot be added: this user group is imported"):
        group.add_user(user)


def test_add_user_is_checked() -> None:
    stack = new_stack()
    first = elasticache.IamUser(stack, "First", user_id="app", access_control=ACL)
    group = elasticache.UserGroup(stack, "Group", users=[first])
    with pytest.raises(elasticache.ValidationError, match=r"Test/Group: users='app' appears twice"):
        group.add_user(elasticache.UserBase.from_user_id(stack, "Again", "app"))


def test_grant_connect_on_password_user_is_refused() -> None:
    stack = new_stack()
    user = elasticache.PasswordUser(stack, "User", user_id="app", access_control=ACL)
    role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
    with pytest.raises(elasticache.ValidationError, match="only authorizes IAM-authenticated users"):
        user.grant_connect(role)


def test_unattached_redis_group_without_default_fails_synth() -> None:
    stack = new_stack()
    user = elasticache.IamUser(stack, "U", user_id="app", engine=UserEngine.REDIS, access_control=ACL)
    elasticache.UserGroup(stack, "Group", engine=UserEngine.REDIS, users=[user])
    with pytest.raises(RuntimeError, match=r"Test/Group: users=\['app'\] has no user named 'default'"):
        synth(stack)


def test_redis_group_completed_with_add_user_passes() -> None:
    stack = new_stack()
    user = elasticache.IamUser(stack, "U", user_id="app", engine=UserEngine.REDIS, access_control=ACL)
    group = elasticache.UserGroup(stack, "Group", engine=UserEngine.REDIS, users=[user])
    group.add_user(elasticache.NoPasswordUser.from_user_id(stack, "Default", "default"))
    template = synth(stack)
    (props,) = [r["Properties"] for r in resources(template, "AWS::ElastiCache::UserGroup").values()]
    assert props["UserIds"][1] == "default"


def test_passwords_given_as_a_string_are_not_echoed() -> None:
    """An error must not put a password into logs."""
    with pytest.raises(elasticache.ValidationError) as raised:
        password_user(passwords="correct-horse-battery-staple")(new_stack())
    assert "correct-horse" not in str(raised.value) and "passwords='str'" in str(raised.value)


def test_imports_keep_the_arn_they_were_given() -> None:
    """A user, group or cache in another account or region keeps its ARN in grants."""
    stack = new_stack()
    role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
    arns = {
        "user": "arn:aws:elasticache:eu-west-1:111122223333:user:bob",
        "usergroup": "arn:aws:elasticache:eu-west-1:111122223333:usergroup:team",
        "cache": "arn:aws:elasticache:eusc-de-east-1:111122223333:serverlesscache:other",
    }
    user = elasticache.IamUser.from_user_arn(stack, "User", arns["user"])
    group = elasticache.UserGroup.from_user_group_arn(stack, "Group", arns["usergroup"])
    cache = elasticache.ServerlessCache.from_serverless_cache_arn(stack, "Cache", arns["cache"])
    assert (user.user_arn, group.user_group_arn, cache.serverless_cache_arn) == (arns["user"], arns["usergroup"], arns["cache"])
    assert (user.user_id, group.user_group_name, cache.serverless_cache_name) == ("bob", "team", "other")
    user.grant_connect(role)
    cache.grant_connect(role)
    (policy,) = resources(synth(stack), "AWS::IAM::Policy").values()
    granted = [st["Resource"] for st in policy["Properties"]["PolicyDocument"]["Statement"]]
    assert sorted(str(r) for r in granted) == sorted([arns["user"], arns["cache"]])


def test_iam_user_import_needs_name_equal_to_id() -> None:
    stack = new_stack()
    with pytest.raises(elasticache.ValidationError, match=r"Test/U: user_name='default' must equal the user id \('x'\)"):
        elasticache.IamUser.from_user_attributes(stack, "U", user_id="x", user_name="default", engine=UserEngine.REDIS)


def test_subnet_selection_given_as_a_dict_is_honoured() -> None:
    """CDK's Python bindings accept a dict for a SubnetSelection; so do we."""
    from aws_cdk import aws_ec2 as ec2

    stack = new_stack()
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, subnet_configuration=[
        ec2.SubnetConfiguration(name="iso", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
        ec2.SubnetConfiguration(name="app", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
        ec2.SubnetConfiguration(name="pub", subnet_type=ec2.SubnetType.PUBLIC),
    ])
    by_dict = elasticache.ServerlessCache(stack, "A", vpc=vpc, vpc_subnets={"subnet_group_name": "iso"})
    by_struct = elasticache.ServerlessCache(stack, "B", vpc=vpc, vpc_subnets=ec2.SubnetSelection(subnet_group_name="iso"))
    default = elasticache.ServerlessCache(stack, "C", vpc=vpc)
    resolve = stack.resolve
    assert resolve(by_dict.subnet_ids) == resolve(by_struct.subnet_ids) != resolve(default.subnet_ids)


def test_automatic_backup_arns_with_dots_are_accepted() -> None:
    stack = new_stack()
    arn = "arn:aws:elasticache:us-east-1:123456789012:serverlesscachesnapshot:automatic.my-cache-2026-11-01-03-00"
    cache(backup=BackupSettings(backup_arns_to_restore=[arn]))(stack)
    (props,) = [r["Properties"] for r in resources(synth(stack), "AWS::ElastiCache::ServerlessCache").values()]
    assert props["SnapshotArnsToRestore"] == [arn]
    with pytest.raises(elasticache.ValidationError, match="names a user with a '.'"):
        elasticache.IamUser.from_user_arn(stack, "U", "arn:aws:elasticache:us-east-1:123456789012:user:a.b")


def test_memcached_grant_connect_as_names_the_engine() -> None:
    stack = new_stack()
    memcached = elasticache.ServerlessCache(stack, "Cache", vpc=imported_vpc(stack), engine=CacheEngine.MEMCACHED_LATEST)
    role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
    user = elasticache.IamUser.from_user_id(stack, "User", "app")
    with pytest.raises(elasticache.ValidationError, match=r"Test/Cache: engine='memcached' has no IAM authentication"):
        memcached.grant_connect_as(role, user)
