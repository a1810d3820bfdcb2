"""ServerlessCache: templates, networking, attributes, grants, metrics, imports."""

from __future__ import annotations

import hashlib
import re

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from hypothesis import given
from hypothesis import strategies as st

import elasticache_kit as elasticache
from elasticache_kit._internal.identifiers import CACHE_NAME_MAX, generated_name

from ..conftest import SUBNETS, imported_vpc, new_stack, only, resources, synth
from ..support.lint import lint_errors

ARN_RE = r"arn:\$\{Token\[AWS\.Partition\.\d+\]\}:elasticache:\$\{Token\[AWS\.Region\.\d+\]\}:\$\{Token\[AWS\.AccountId\.\d+\]\}"


# ----------------------------------------------------------------- snapshots
def test_snapshot_defaults(stack, vpc, checked) -> None:
    elasticache.ServerlessCache(stack, "Cache", vpc=vpc)
    checked(stack)


def test_snapshot_everything(stack, vpc, checked) -> None:
    key = kms.Key(stack, "Key", enable_key_rotation=True)
    user = elasticache.IamUser(stack, "User", user_id="app", access_control=elasticache.AccessControl.full_access())
    group = elasticache.UserGroup(stack, "Group", users=[user], user_group_name="app-group")
    elasticache.ServerlessCache(
        stack,
        "Cache",
        vpc=vpc,
        engine=elasticache.CacheEngine.VALKEY_8,
        serverless_cache_name="everything",
        description="All the options",
        cache_usage_limits=elasticache.CacheUsageLimits(
            data_storage_minimum_size=cdk.Size.gibibytes(1),
            data_storage_maximum_size=cdk.Size.gibibytes(5000),
            request_rate_limit_minimum=1000,
            request_rate_limit_maximum=15_000_000,
        ),
        backup=elasticache.BackupSettings(
            backup_retention_limit=35,
            backup_time=events.Schedule.cron(hour="23", minute="59"),
            backup_name_before_deletion="everything-final",
            backup_arns_to_restore=[
                "arn:aws:elasticache:us-east-1:123456789012:serverlesscachesnapshot:nightly",
                "arn:aws:s3:::my-backups/dump.rdb",
            ],
        ),
        kms_key=key,
        user_group=group,
        removal_policy=cdk.RemovalPolicy.RETAIN,
        tags={"team": "cache"},
    )
    template = checked(stack)
    cache = resources(template, "AWS::ElastiCache::ServerlessCache")
    (logical, resource), = cache.items()
    assert resource["DeletionPolicy"] == "Retain"
    assert resource["Properties"]["MajorEngineVersion"] == "8"
    assert resource["Properties"]["Tags"] == [{"Key": "team", "Value": "cache"}]


@pytest.mark.parametrize("given", ["07:30", "00:00", "23:59"])
def test_backup_time_as_text(stack, vpc, given: str) -> None:
    elasticache.ServerlessCache(stack, "Cache", vpc=vpc,
                                backup=elasticache.BackupSettings(backup_retention_limit=1, backup_time=given))
    props = only(synth(stack), "AWS::ElastiCache::ServerlessCache")
    assert props["DailySnapshotTime"] == given


def test_backup_time_text_and_cron_agree(stack, vpc) -> None:
    elasticache.ServerlessCache(stack, "Text", vpc=vpc, serverless_cache_name="text",
                                backup=elasticache.BackupSettings(backup_time="06:05"))
    elasticache.ServerlessCache(stack, "Cron", vpc=vpc, serverless_cache_name="cron",
                                backup=elasticache.BackupSettings(backup_time=events.Schedule.cron(hour="6", minute="5")))
    caches = resources(synth(stack), "AWS::ElastiCache::ServerlessCache").values()
    assert {c["Properties"]["DailySnapshotTime"] for c in caches} == {"06:05"}


def test_snapshot_memcached(stack, vpc, checked) -> None:
    elasticache.ServerlessCache(stack, "Cache", vpc=vpc, engine=elasticache.CacheEngine.MEMCACHED_1_6,
                                serverless_cache_name="sessions")
    props = only(checked(stack), "AWS::ElastiCache::ServerlessCache")
    assert (props["Engine"], props["MajorEngineVersion"]) == ("memcached", "1.6")


def test_snapshot_redis_with_redis_group(stack, vpc, checked) -> None:
    default = elasticache.NoPasswordUser(stack, "Default", user_id="no-default", user_name="default",
                                         access_control=elasticache.AccessControl.disabled())
    app = elasticache.IamUser(stack, "App", user_id="app", engine=elasticache.UserEngine.REDIS,
                              access_control=elasticache.AccessControl.read_write())
    group = elasticache.UserGroup(stack, "Group", engine=elasticache.UserEngine.REDIS, users=[default, app])
    elasticache.ServerlessCache(stack, "Cache", vpc=vpc, engine=elasticache.CacheEngine.REDIS_7, user_group=group,
                                serverless_cache_name="redis-cache")
    checked(stack)


# ------------------------------------------------------------------ engines
@pytest.mark.parametrize(
    ("engine", "expected"),
    [
        (elasticache.CacheEngine.VALKEY_LATEST, ("valkey", None)),
        (elasticache.CacheEngine.VALKEY_7, ("valkey", "7")),
        (elasticache.CacheEngine.VALKEY_9, ("valkey", "9")),
        (elasticache.CacheEngine.REDIS_LATEST, ("redis", None)),
        (elasticache.CacheEngine.MEMCACHED_LATEST, ("memcached", None)),
    ],
)
def test_engine_versions_emitted(stack, vpc, engine, expected) -> None:
    elasticache.ServerlessCache(stack, "Cache", vpc=vpc, engine=engine)
    props = only(synth(stack), "AWS::ElastiCache::ServerlessCache")
    assert (props["Engine"], props.get("MajorEngineVersion")) == expected


def test_engine_of_validates_versions() -> None:
    assert elasticache.CacheEngine.of("valkey", "8") == elasticache.CacheEngine.VALKEY_8
    with pytest.raises(elasticache.ValidationError, match=r"'6' is not offered for redis.*use one of 7"):
        elasticache.CacheEngine.of("redis", "6")
    with pytest.raises(elasticache.ValidationError, match=r"engine_type='mysql' is not a serverless engine"):
        elasticache.CacheEngine.of("mysql")
    with pytest.raises(elasticache.ValidationError, match="is not a user engine"):
        elasticache.UserEngine.of("memcached")


# --------------------------------------------------------------- networking
def test_default_subnets_private_with_egress() -> None:
    stack = new_stack()
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
    elasticache.ServerlessCache(stack, "Cache", vpc=vpc)
    template = synth(stack)
    subnet_ids = only(template, "AWS::ElastiCache::ServerlessCache")["SubnetIds"]
    private = [k for k in resources(template, "AWS::EC2::Subnet") if "Private" in k]
    assert sorted(s["Ref"] for s in subnet_ids) == sorted(private)


def test_default_subnets_isolated_when_no_nat() -> None:
    stack = new_stack()
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, subnet_configuration=[
        ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC),
        ec2.SubnetConfiguration(name="data", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    ])
    elasticache.ServerlessCache(stack, "Cache", vpc=vpc)
    subnet_ids = only(synth(stack), "AWS::ElastiCache::ServerlessCache")["SubnetIds"]
    assert all("data" in s["Ref"] for s in subnet_ids) and len(subnet_ids) == 2


def test_imported_vpc_isolated_subnets(stack) -> None:
    vpc = imported_vpc(stack, isolated=True)
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc)
    assert cache.subnet_ids == SUBNETS


def test_vpc_without_private_subnets_is_an_error(stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0,
                  subnet_configuration=[ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC)])
    with pytest.raises(elasticache.ValidationError, match="has no private subnets") as error:
        elasticache.ServerlessCache(stack, "Cache", vpc=vpc)
    assert error.value.construct_path == "Test/Cache"


def test_explicit_selection(stack, vpc) -> None:
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc,
                                        vpc_subnets=ec2.SubnetSelection(availability_zones=["us-east-1b"]))
    assert cache.subnet_ids == [SUBNETS[1]]


def test_selection_yielding_nothing_is_an_error(stack, vpc) -> None:
    with pytest.raises(elasticache.ValidationError, match="vpc_subnets=.*(selects no subnets|cannot be selected)"):
        elasticache.ServerlessCache(stack, "Cache", vpc=vpc,
                                    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC))


def test_dedicated_security_group_has_no_ingress(stack, vpc) -> None:
    elasticache.ServerlessCache(stack, "Cache", vpc=vpc)
    template = synth(stack)
    sg = only(template, "AWS::EC2::SecurityGroup")
    assert "SecurityGroupIngress" not in sg
    assert not resources(template, "AWS::EC2::SecurityGroupIngress")
    # no open egress either: the cache initiates nothing
    assert sg["SecurityGroupEgress"][0]["CidrIp"] == "255.255.255.255/32"


def test_given_security_groups_are_used(stack, vpc) -> None:
    sg = ec2.SecurityGroup.from_security_group_id(stack, "Sg", "sg-0123456789abcdef0")
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, security_groups=[sg])
    template = synth(stack)
    assert not resources(template, "AWS::EC2::SecurityGroup")
    assert only(template, "AWS::ElastiCache::ServerlessCache")["SecurityGroupIds"] == ["sg-0123456789abcdef0"]
    assert cache.security_groups == [sg]


@pytest.mark.parametrize(
    ("engine", "ports"),
    [(elasticache.CacheEngine.VALKEY_8, (6379, 6380)), (elasticache.CacheEngine.REDIS_7, (6379, 6380)),
     (elasticache.CacheEngine.MEMCACHED_1_6, (11211, 11211))],
)
def test_connections_default_port_covers_endpoint_and_reader(stack, vpc, engine, ports) -> None:
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, engine=engine)
    client = ec2.SecurityGroup(stack, "Client", vpc=vpc)
    cache.connections.allow_default_port_from(client)
    ingress = only(synth(stack), "AWS::EC2::SecurityGroupIngress")
    assert (ingress["FromPort"], ingress["ToPort"]) == ports
    assert ingress["IpProtocol"] == "tcp"


# --------------------------------------------------------------- attributes
@given(st.text(min_size=1, max_size=300))
def test_generated_name_digest_is_sha256_of_the_path(path: str) -> None:
    """Generated names end in SHA-256 of the construct path (names of deployed resources depend on
    it): the built-in implementation identifiers.py uses gives hashlib's digest."""
    name = generated_name(path)
    assert name.endswith("-" + hashlib.sha256(path.encode("utf-8")).hexdigest()[:8])
    assert len(name) <= CACHE_NAME_MAX


def test_generated_name_is_valid_lower_case_and_stable(stack, vpc) -> None:
    long_id = "A" * 30 + "VeryLongConstructIdForACache"
    cache = elasticache.ServerlessCache(stack, long_id, vpc=vpc)
    other = elasticache.ServerlessCache(stack, long_id + "2", vpc=vpc)
    name = cache.serverless_cache_name
    assert re.fullmatch(r"[a-z][a-z0-9-]*[a-z0-9]", name) and "--" not in name
    assert len(name) <= CACHE_NAME_MAX
    assert name != other.serverless_cache_name
    again = new_stack()
    assert elasticache.ServerlessCache(again, long_id, vpc=imported_vpc(again)).serverless_cache_name == name
    assert lint_errors(synth(stack)) == []


def test_attributes(stack, vpc) -> None:
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, serverless_cache_name="attrs")
    assert cache.serverless_cache_endpoint_port == 6379
    assert cache.serverless_cache_reader_endpoint_port == 6380
    assert re.fullmatch(ARN_RE + ":serverlesscache:attrs", cache.serverless_cache_arn)
    assert stack.resolve(cache.serverless_cache_endpoint_address) == {
        "Fn::GetAtt": [stack.get_logical_id(cache.node.default_child), "Endpoint.Address"]
    }
    assert stack.resolve(cache.serverless_cache_status)["Fn::GetAtt"][1] == "Status"
    memcached = elasticache.ServerlessCache(stack, "Mem", vpc=vpc, engine=elasticache.CacheEngine.MEMCACHED_LATEST)
    assert (memcached.serverless_cache_endpoint_port, memcached.serverless_cache_reader_endpoint_port) == (11211, None)


def test_arn_resolves_in_every_partition(stack, vpc) -> None:
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, serverless_cache_name="part")
    assert stack.resolve(cache.serverless_cache_arn) == {"Fn::Join": ["", [
        "arn:", {"Ref": "AWS::Partition"}, ":elasticache:", {"Ref": "AWS::Region"}, ":",
        {"Ref": "AWS::AccountId"}, ":serverlesscache:part"]]}


# ------------------------------------------------------------------- grants
def test_grant_connect_is_least_privilege(stack, vpc) -> None:
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, serverless_cache_name="grants")
    role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
    cache.grant_connect(role)
    cache.grant(role, "elasticache:DescribeServerlessCaches")
    statements = only(synth(stack), "AWS::IAM::Policy")["PolicyDocument"]["Statement"]
    arn = stack.resolve(cache.serverless_cache_arn)
    assert statements == [
        {"Action": "elasticache:Connect", "Effect": "Allow", "Resource": arn},
        {"Action": "elasticache:DescribeServerlessCaches", "Effect": "Allow", "Resource": arn},
    ]


# ------------------------------------------------------------------ metrics
METRICS = [
    ("metric_cache_hit_count", "CacheHits", "Sum"),
    ("metric_cache_miss_count", "CacheMisses", "Sum"),
    ("metric_cache_hit_rate", "CacheHitRate", "Average"),
    ("metric_data_stored", "BytesUsedForCache", "Maximum"),
    ("metric_processing_units_consumed", "ElastiCacheProcessingUnits", "Average"),
    ("metric_network_bytes_in", "NetworkBytesIn", "Sum"),
    ("metric_network_bytes_out", "NetworkBytesOut", "Sum"),
    ("metric_active_connections", "CurrConnections", "Maximum"),
    ("metric_write_request_latency", "SuccessfulWriteRequestLatency", "Average"),
    ("metric_read_request_latency", "SuccessfulReadRequestLatency", "Average"),
]


@pytest.mark.parametrize(("method", "name", "statistic"), METRICS)
def test_metric_helpers(stack, vpc, method, name, statistic) -> None:
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc)
    metric = getattr(cache, method)()
    assert (metric.namespace, metric.metric_name, metric.statistic) == ("AWS/ElastiCache", name, statistic)
    assert metric.dimensions == {"clusterId": cache.serverless_cache_name}
    assert metric.period.to_seconds() == 300


def test_metric_options_override(stack, vpc) -> None:
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc)
    metric = cache.metric_cache_hit_count(period=cdk.Duration.minutes(1), statistic="p99")
    assert (metric.period.to_seconds(), metric.statistic) == (60, "p99")
    assert cache.metric("ThrottledCmds").metric_name == "ThrottledCmds"


# ------------------------------------------------------------------ imports
def test_import_by_arn_uses_the_colon_format(stack) -> None:
    imported = elasticache.ServerlessCache.from_serverless_cache_arn(
        stack, "Imported", "arn:aws-cn:elasticache:cn-north-1:123456789012:serverlesscache:my-cache")
    assert imported.serverless_cache_name == "my-cache"
    assert imported.metric_data_stored().dimensions == {"clusterId": "my-cache"}


def test_import_by_token_arn(stack) -> None:
    arn = cdk.CfnParameter(stack, "CacheArn").value_as_string
    imported = elasticache.ServerlessCache.from_serverless_cache_arn(stack, "Imported", arn)
    assert stack.resolve(imported.serverless_cache_name) == {
        "Fn::Select": [6, {"Fn::Split": [":", {"Ref": "CacheArn"}]}]}


def test_imported_cache_works_in_grants_metrics_and_connections(stack, vpc) -> None:
    sg = ec2.SecurityGroup(stack, "CacheSg", vpc=vpc)
    imported = elasticache.ServerlessCache.from_serverless_cache_attributes(
        stack, "Imported", serverless_cache_name="shared", engine=elasticache.CacheEngine.VALKEY_LATEST,
        security_groups=[sg])
    role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
    imported.grant_connect(role)
    client = ec2.SecurityGroup(stack, "Client", vpc=vpc)
    imported.connections.allow_default_port_from(client)
    template = synth(stack)
    statement = only(template, "AWS::IAM::Policy")["PolicyDocument"]["Statement"][0]
    assert statement["Resource"] == stack.resolve(imported.serverless_cache_arn)
    ingress = only(template, "AWS::EC2::SecurityGroupIngress")
    assert (ingress["FromPort"], ingress["ToPort"]) == (6379, 6380)
    assert imported.metric_cache_hit_rate().dimensions == {"clusterId": "shared"}


def test_imported_memcached_port(stack, vpc) -> None:
    sg = ec2.SecurityGroup(stack, "CacheSg", vpc=vpc)
    imported = elasticache.ServerlessCache.from_serverless_cache_attributes(
        stack, "Imported", serverless_cache_name="mc", engine=elasticache.CacheEngine.MEMCACHED_1_6,
        security_groups=[sg])
    imported.connections.allow_default_port_from(ec2.SecurityGroup(stack, "Client", vpc=vpc))
    ingress = only(synth(stack), "AWS::EC2::SecurityGroupIngress")
    assert (ingress["FromPort"], ingress["ToPort"]) == (11211, 11211)


def test_imported_user_group_attaches(stack, vpc) -> None:
    group = elasticache.UserGroup.from_user_group_name(stack, "Group", "shared-group")
    elasticache.ServerlessCache(stack, "Cache", vpc=vpc, user_group=group)
    assert only(synth(stack), "AWS::ElastiCache::ServerlessCache")["UserGroupId"] == "shared-group"


def test_tags_of_reaches_the_cache(stack, vpc) -> None:
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc)
    cdk.Tags.of(cache).add("env", "dev")
    assert {"Key": "env", "Value": "dev"} in only(synth(stack), "AWS::ElastiCache::ServerlessCache")["Tags"]


def test_apply_removal_policy(stack, vpc) -> None:
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc)
    # CloudFormation's Snapshot policy covers CacheCluster and ReplicationGroup, not ServerlessCache
    with pytest.raises(elasticache.ValidationError, match=r"Test/Cache: apply_removal_policy='SNAPSHOT' is not a DeletionPolicy"):
        cache.apply_removal_policy(cdk.RemovalPolicy.SNAPSHOT)
    cache.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
    (resource,) = resources(synth(stack), "AWS::ElastiCache::ServerlessCache").values()
    assert resource["DeletionPolicy"] == "Retain"
