"""Replication groups: defaults, every service rule (with its message), auth,
connections from aws-cdk-lib's side, grants, metrics, imports, snapshots."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_sns as sns

import elasticache_kit as elasticache
from elasticache_kit import EngineVersion, LogDelivery, ValidationError

from ..conftest import SUBNETS, dumps, imported_vpc, new_stack, only, resources, synth

RG = "AWS::ElastiCache::ReplicationGroup"


def _group(stack: cdk.Stack, **kwargs: Any) -> elasticache.ReplicationGroup:
    return elasticache.ReplicationGroup(stack, "Group", vpc=imported_vpc(stack), **kwargs)


def _cluster(stack: cdk.Stack, **kwargs: Any) -> elasticache.ClusterReplicationGroup:
    return elasticache.ClusterReplicationGroup(stack, "Group", vpc=imported_vpc(stack), **kwargs)


def _users(stack: cdk.Stack, engine: elasticache.UserEngine | None = None) -> tuple[elasticache.UserGroup, elasticache.IamUser]:
    user = elasticache.IamUser(stack, "App", user_id="app", access_control=elasticache.AccessControl.full_access())
    members: list[Any] = [user]
    if engine == elasticache.UserEngine.REDIS:
        user = elasticache.IamUser(
            stack, "RedisApp", user_id="redis-app", engine=engine, access_control=elasticache.AccessControl.full_access()
        )
        members = [user, elasticache.NoPasswordUser.from_user_id(stack, "Default", "default")]
    return elasticache.UserGroup(stack, "Users", users=members, engine=engine), user


# ---------------------------------------------------------------------- defaults
def test_cluster_mode_disabled_defaults(checked: Callable[[cdk.Stack], dict[str, Any]]) -> None:
    stack = new_stack()
    group = _group(stack)
    template = checked(stack)
    props = only(template, RG)
    assert props["Engine"] == "valkey" and props["EngineVersion"] == EngineVersion.VALKEY_LATEST.version
    assert props["TransitEncryptionEnabled"] is True and props["TransitEncryptionMode"] == "required"
    assert props["AtRestEncryptionEnabled"] is True
    assert props["NumCacheClusters"] == 2
    assert props["AutomaticFailoverEnabled"] is True and props["MultiAZEnabled"] is True
    assert props["SnapshotRetentionLimit"] == 1
    assert props["ClusterMode"] == "disabled"
    # U2: replacement-forcing properties are explicit from the first deploy
    for key in ("Port", "NetworkType", "DataTieringEnabled", "ReplicationGroupId", "CacheSubnetGroupName"):
        assert key in props, key
    assert only(template, "AWS::ElastiCache::SubnetGroup")["SubnetIds"] == SUBNETS
    params = only(template, "AWS::ElastiCache::ParameterGroup")
    assert params["CacheParameterGroupFamily"] == "valkey9" and params["Properties"] == {"cluster-enabled": "no"}
    assert "CacheParameterGroupName" not in params
    sg = only(template, "AWS::EC2::SecurityGroup")
    assert "SecurityGroupIngress" not in sg
    assert sg["SecurityGroupEgress"][0]["CidrIp"] == "255.255.255.255/32"  # no egress
    rg = next(iter(resources(template, RG).values()))
    assert rg["DeletionPolicy"] == "Snapshot"  # a final snapshot by default
    assert group.replication_group_id == props["ReplicationGroupId"] == props["ReplicationGroupId"].lower()
    assert group.member_cluster_ids == [f"{group.replication_group_id}-001", f"{group.replication_group_id}-002"]
    assert group.port == 6379 and group.cluster_mode_enabled is False and group.engine == "valkey"
    assert group.num_cache_clusters == 2


def test_cluster_mode_disabled_warns_without_auth() -> None:
    stack = new_stack()
    _group(stack)
    assembly = cdk.Stage.of(stack).synth()  # type: ignore[union-attr]
    messages = [m.entry.data for m in assembly.get_stack_artifact(stack.artifact_id).messages]
    assert any("elasticache-kit:unauthenticated-replication-group" in str(m) for m in messages)


def test_single_node_group_has_no_failover() -> None:
    stack = new_stack()
    _group(stack, num_cache_clusters=1)
    props = only(synth(stack), RG)
    assert props["AutomaticFailoverEnabled"] is False and props["MultiAZEnabled"] is False


def test_isolated_subnets_when_no_private() -> None:
    stack = new_stack()
    elasticache.ReplicationGroup(stack, "Group", vpc=imported_vpc(stack, isolated=True))
    assert only(synth(stack), "AWS::ElastiCache::SubnetGroup")["SubnetIds"] == SUBNETS


def test_cluster_mode_enabled_defaults(checked: Callable[[cdk.Stack], dict[str, Any]]) -> None:
    stack = new_stack()
    group = _cluster(stack, num_node_groups=3, replicas_per_node_group=2)
    template = checked(stack)
    props = only(template, RG)
    assert props["NumNodeGroups"] == 3 and props["ReplicasPerNodeGroup"] == 2
    assert "NumCacheClusters" not in props and "PreferredCacheClusterAZs" not in props  # T3
    assert props["ClusterMode"] == "enabled" and props["AutomaticFailoverEnabled"] is True
    rg = next(iter(resources(template, RG).values()))
    assert rg["UpdatePolicy"] == {"UseOnlineResharding": True}  # U1
    assert only(template, "AWS::ElastiCache::ParameterGroup")["Properties"] == {"cluster-enabled": "yes"}  # C1
    gid = group.replication_group_id
    assert group.member_cluster_ids[:4] == [f"{gid}-0001-001", f"{gid}-0001-002", f"{gid}-0001-003", f"{gid}-0002-001"]
    assert len(group.member_cluster_ids) == 9
    assert group.cluster_mode_enabled and group.num_node_groups == 3 and group.replicas_per_node_group == 2
    assert stack.resolve(group.configuration_endpoint_address) == {"Fn::GetAtt": [next(iter(resources(template, RG))), "ConfigurationEndPoint.Address"]}
    assert group.configuration_endpoint_port == 6379


def test_endpoints_of_cluster_mode_disabled() -> None:
    stack = new_stack()
    group = _group(stack, port=6390)
    logical = next(iter(resources(synth(stack), RG)))
    assert stack.resolve(group.primary_endpoint_address) == {"Fn::GetAtt": [logical, "PrimaryEndPoint.Address"]}
    assert stack.resolve(group.reader_endpoint_address) == {"Fn::GetAtt": [logical, "ReaderEndPoint.Address"]}
    assert group.primary_endpoint_port == group.reader_endpoint_port == 6390
    assert not hasattr(group, "configuration_endpoint_address")  # P10: CMD has no configuration endpoint


def test_cluster_mode_without_replicas_warns() -> None:
    stack = new_stack()
    _cluster(stack, replicas_per_node_group=0)
    props = only(synth(stack), RG)
    assert props["MultiAZEnabled"] is False and props["AutomaticFailoverEnabled"] is True
    assembly = cdk.Stage.of(stack).synth()  # type: ignore[union-attr]
    messages = [str(m.entry.data) for m in assembly.get_stack_artifact(stack.artifact_id).messages]
    assert any("elasticache-kit:cluster-mode-without-replicas" in m for m in messages)


def test_redis_6_cluster_mode_has_no_cluster_mode_property() -> None:
    stack = new_stack()
    _cluster(stack, engine_version=EngineVersion.REDIS_6_2)
    props = only(synth(stack), RG)
    assert "ClusterMode" not in props and "TransitEncryptionMode" not in props
    assert props["TransitEncryptionEnabled"] is True
    assert only(synth(stack), "AWS::ElastiCache::ParameterGroup")["CacheParameterGroupFamily"] == "redis6.x"


def test_old_redis_omits_fields_it_does_not_know() -> None:
    stack = new_stack()
    _group(stack, engine_version=EngineVersion.REDIS_5_0_6)
    props = only(synth(stack), RG)
    for key in ("NetworkType", "DataTieringEnabled", "ClusterMode", "TransitEncryptionMode"):
        assert key not in props


# ------------------------------------------------------------------------- rules
@pytest.mark.parametrize(
    ("kwargs", "prop", "message"),
    [
        # N1
        ({"replication_group_id": "My-Group"}, "replication_group_id", "must be lower case"),
        ({"replication_group_id": "1group"}, "replication_group_id", "must begin with a letter"),
        ({"replication_group_id": "group-"}, "replication_group_id", "must not end with a hyphen"),
        ({"replication_group_id": "a--b"}, "replication_group_id", "two consecutive hyphens"),
        ({"replication_group_id": "a" * 41}, "replication_group_id", "has at most 40"),
        # N4
        ({"description": "x" * 256}, "description", "at most 255"),
        # T1
        ({"num_cache_clusters": 7}, "num_cache_clusters", r"must be a whole number in 1\.\.6"),
        ({"num_cache_clusters": 0}, "num_cache_clusters", r"1\.\.6"),
        ({"preferred_cache_cluster_azs": ["us-east-1a"]}, "preferred_cache_cluster_azs", "lists 1 zones for 2 clusters"),
        ({"preferred_cache_cluster_azs": ["us-east-1a", "us-east-1a"]}, "preferred_cache_cluster_azs", "Multi-AZ needs a replica in another zone"),
        # H1, H2
        ({"num_cache_clusters": 1, "automatic_failover": True}, "automatic_failover", "needs a replica"),
        ({"automatic_failover": False, "multi_az": True}, "multi_az", "needs automatic_failover=True"),
        ({"num_cache_clusters": 1, "multi_az": True}, "multi_az", "needs automatic_failover=True"),
        # H5
        ({"cache_node_type": "cache.m3.medium"}, "cache_node_type", "is a previous-generation node type"),
        ({"cache_node_type": "r7g.large"}, "cache_node_type", "is not a node type"),
        # E1
        ({"engine_version": EngineVersion.MEMCACHED_1_6_22}, "engine_version", "replication groups are Valkey or Redis OSS"),
        ({"engine_version": "valkey"}, "engine_version", "must be an EngineVersion"),
        # A2, A3
        ({"transit_encryption": False, "transit_encryption_mode": "required"}, "transit_encryption_mode", "needs transit_encryption=True"),
        ({"transit_encryption_mode": "optional"}, "transit_encryption_mode", "must be 'required' or 'preferred'"),
        ({"engine_version": EngineVersion.REDIS_6_2, "transit_encryption_mode": "preferred"}, "transit_encryption_mode", "is not available on redis 6.2"),
        # D1
        ({"cache_node_type": "cache.r6gd.xlarge", "data_tiering": False}, "data_tiering", "does not match the node type"),
        ({"data_tiering": True}, "data_tiering", "does not match the node type"),
        ({"cache_node_type": "cache.r6gd.xlarge", "engine_version": EngineVersion.REDIS_6_0}, "engine_version", "has no data tiering"),
        # B1-B4
        ({"snapshot_retention_limit": 36}, "snapshot_retention_limit", r"0\.\.35"),
        ({"snapshot_retention_limit": -1}, "snapshot_retention_limit", r"0\.\.35"),
        ({"snapshot_window": "03:00-03:30"}, "snapshot_window", "shorter than 60 minutes"),
        ({"preferred_maintenance_window": "mon:03:00-mon:03:30"}, "preferred_maintenance_window", "shorter than 60 minutes"),
        ({"preferred_maintenance_window": "sun:03:00-sun:05:00", "snapshot_window": "04:00-05:00"}, "snapshot_window", "overlaps the maintenance window"),
        ({"snapshot_retention_limit": 0, "snapshot_window": "04:00-05:00"}, "snapshot_window", "needs snapshot_retention_limit >= 1"),
        ({"snapshot_arns": ["s3://bucket/x.rdb"]}, "snapshot_arns", "is not an S3 object ARN"),
        ({"snapshot_arns": ["arn:aws:s3:::b/x.rdb"], "snapshot_name": "snap"}, "snapshot_name", "conflicts with snapshot_arns"),
        # W1, W2
        ({"port": 0}, "port", r"1\.\.65535"),
        ({"port": 70000}, "port", r"1\.\.65535"),
        ({"network_type": "ipv5"}, "network_type", "must be one of ipv4, ipv6, dual_stack"),
        ({"network_type": "ipv6", "engine_version": EngineVersion.REDIS_6_0}, "network_type", "needs IPv6 support"),
        ({"network_type": "dual_stack", "cache_node_type": "cache.t2.micro"}, "network_type", "needs a Nitro node type"),
        ({"ip_discovery": "ipv6"}, "ip_discovery", "needs network_type 'ipv6' or 'dual_stack'"),
        ({"network_type": "ipv6", "ip_discovery": "ipv4"}, "ip_discovery", "must be 'ipv6' on an IPv6-only network"),
        # L1
        ({"logs": [LogDelivery.slow_log(), LogDelivery.slow_log()]}, "logs[1].log_type", "is delivered twice"),
        ({"logs": [LogDelivery("audit-log")]}, "logs[0].log_type", "must be one of slow-log, engine-log"),
        ({"logs": [LogDelivery("slow-log", log_format="xml")]}, "logs[0].log_format", "must be one of json, text"),
        ({"logs": [LogDelivery.engine_log()], "engine_version": EngineVersion.REDIS_6_0}, "logs[0].log_type", "is not delivered by redis 6.0"),
        ({"logs": [LogDelivery.slow_log()], "engine_version": EngineVersion.REDIS_5_0_6}, "logs[0].log_type", "is not delivered"),
        ({"logs": LogDelivery.slow_log()}, "logs", "must be a list of LogDelivery"),
        ({"logs": [LogDelivery.slow_log(firehose_stream_name="s", retention=logs.RetentionDays.ONE_DAY)]}, "logs[0].retention", "applies only to the log group created"),
        # options and parameter groups
        ({"num_shards": 2}, "num_shards", "is not an option of replication groups"),
        ({"num_node_groups": 2}, "num_node_groups", "is an option of ClusterReplicationGroup .cluster mode enabled. only"),  # T3
        ({"node_groups": []}, "node_groups", "is an option of ClusterReplicationGroup"),
        ({"parameters": {"cluster-enabled": "yes"}}, "parameters", "contradicts cluster_mode_enabled=False"),
        ({"removal_policy": "snapshot"}, "removal_policy", "must be a cdk.RemovalPolicy"),
    ],
)
def test_cluster_mode_disabled_rules(kwargs: dict[str, Any], prop: str, message: str) -> None:
    stack = new_stack()
    with pytest.raises(ValidationError, match=message) as raised:
        _group(stack, **kwargs)
    assert raised.value.construct_path == "Test/Group"
    assert raised.value.prop == prop


@pytest.mark.parametrize(
    ("kwargs", "prop", "message"),
    [
        ({"num_node_groups": 0}, "num_node_groups", r"1\.\.500"),
        ({"replicas_per_node_group": 6}, "replicas_per_node_group", r"0\.\.5"),
        ({"num_node_groups": 100, "replicas_per_node_group": 5}, "num_node_groups", "at most 500"),
        ({"automatic_failover": False}, "automatic_failover", "must be True with cluster mode enabled"),
        ({"preferred_cache_cluster_azs": ["us-east-1a"]}, "preferred_cache_cluster_azs", "is an option of ReplicationGroup .cluster mode disabled. only"),
        ({"num_cache_clusters": 3}, "num_cache_clusters", "is an option of ReplicationGroup"),
    ],
)
def test_cluster_mode_enabled_rules(kwargs: dict[str, Any], prop: str, message: str) -> None:
    stack = new_stack()
    with pytest.raises((ValidationError, TypeError), match=message) as raised:
        _cluster(stack, **kwargs)
    if isinstance(raised.value, ValidationError):
        assert raised.value.prop == prop


def test_many_nodes_warn_about_the_quota() -> None:
    stack = new_stack()
    _cluster(stack, num_node_groups=50, replicas_per_node_group=1)
    assembly = cdk.Stage.of(stack).synth()  # type: ignore[union-attr]
    assert any("elasticache-kit:node-quota" in str(m.entry.data) for m in assembly.get_stack_artifact(stack.artifact_id).messages)


# --------------------------------------------------------- parameter group rules
def test_cluster_mode_needs_a_cluster_enabled_parameter_group() -> None:  # C1
    stack = new_stack()
    params = elasticache.ParameterGroup.from_parameter_group_name(stack, "P", "default.valkey9")
    with pytest.raises(ValidationError, match="must have cluster-enabled=yes for cluster mode enabled.*default.valkey9.cluster.on"):
        _cluster(stack, parameter_group=params)
    stack = new_stack()
    params = elasticache.ParameterGroup(stack, "P", cluster_mode_enabled=True)
    with pytest.raises(ValidationError, match="must have cluster-enabled=no for cluster mode disabled"):
        _group(stack, parameter_group=params)


def test_parameter_group_family_must_match_the_version() -> None:  # C2
    stack = new_stack()
    params = elasticache.ParameterGroup(stack, "P", engine_version=EngineVersion.VALKEY_8_2)
    with pytest.raises(ValidationError, match="is of family valkey8; valkey 9.1 needs a valkey9 parameter group"):
        _group(stack, parameter_group=params)


def test_given_groups_are_referenced() -> None:
    stack = new_stack()
    vpc = imported_vpc(stack)
    params = elasticache.ParameterGroup(stack, "P", engine_version=EngineVersion.VALKEY_8_2, cluster_mode_enabled=True)
    subnets = elasticache.SubnetGroup(stack, "S", vpc=vpc)
    elasticache.ClusterReplicationGroup(
        stack, "Group", vpc=vpc, engine_version=EngineVersion.VALKEY_8_2, parameter_group=params, subnet_group=subnets
    )
    template = synth(stack)
    props = only(template, RG)
    assert props["CacheParameterGroupName"] == {"Ref": next(iter(resources(template, "AWS::ElastiCache::ParameterGroup")))}
    assert props["CacheSubnetGroupName"] == {"Ref": next(iter(resources(template, "AWS::ElastiCache::SubnetGroup")))}
    assert len(resources(template, "AWS::ElastiCache::ParameterGroup")) == 1


def test_given_groups_conflict_with_their_settings() -> None:
    stack = new_stack()
    vpc = imported_vpc(stack)
    subnets = elasticache.SubnetGroup.from_subnet_group_name(stack, "S", "shared")
    with pytest.raises(ValidationError, match="vpc_subnets.*conflicts with subnet_group"):
        elasticache.ReplicationGroup(stack, "A", vpc=vpc, subnet_group=subnets, vpc_subnets=ec2.SubnetSelection())
    params = elasticache.ParameterGroup.from_parameter_group_name(stack, "P", "default.valkey9")
    with pytest.raises(ValidationError, match="parameters.*conflicts with parameter_group"):
        elasticache.ReplicationGroup(stack, "B", vpc=vpc, parameter_group=params, parameters={"timeout": 5})
    elasticache.ReplicationGroup(stack, "C", vpc=vpc, subnet_group=subnets, parameter_group=params)
    props = only(synth(stack), RG)
    assert props["CacheSubnetGroupName"] == "shared" and props["CacheParameterGroupName"] == "default.valkey9"


# ------------------------------------------------------------------------- auth
def test_rbac_user_group(checked: Callable[[cdk.Stack], dict[str, Any]]) -> None:
    stack = new_stack()
    users, _ = _users(stack)
    _group(stack, user_group=users)
    props = only(checked(stack), RG)
    assert props["UserGroupIds"] == [{"Ref": next(iter(resources(synth(stack), "AWS::ElastiCache::UserGroup")))}]
    assert "AuthToken" not in props


def test_auth_token_from_a_secret_never_in_plain_text() -> None:
    stack = new_stack()
    token = cdk.SecretValue.secrets_manager("cache/token")
    _group(stack, auth_token=token)
    props = only(synth(stack), RG)
    assert "{{resolve:secretsmanager:cache/token" in dumps(props["AuthToken"])


def test_generated_auth_token(checked: Callable[[cdk.Stack], dict[str, Any]]) -> None:
    stack = new_stack()
    group = _group(stack, generate_auth_token=True)
    template = checked(stack)
    secret = only(template, "AWS::SecretsManager::Secret")["GenerateSecretString"]
    excluded = set(secret["ExcludeCharacters"])
    assert not excluded & set("!&#$^<>-")  # the specials the service accepts stay
    assert {"/", '"', "@", "%", "'"} <= excluded
    assert 16 <= secret["PasswordLength"] <= 128
    assert "resolve:secretsmanager" in dumps(only(template, RG)["AuthToken"])
    assert group.auth_token_secret is not None


@pytest.mark.parametrize(
    ("make", "prop", "message"),
    [
        (lambda s: {"auth_token": "plain-text-token-123"}, "auth_token", "must be a cdk.SecretValue"),
        (lambda s: {"auth_token": cdk.SecretValue.unsafe_plain_text("x" * 16), "generate_auth_token": True}, "generate_auth_token", "conflicts with auth_token"),
        (lambda s: {"user_group": _users(s)[0], "generate_auth_token": True}, "user_group", "RBAC or an AUTH token, never both"),
        (lambda s: {"generate_auth_token": True, "transit_encryption": False}, "generate_auth_token", "needs transit_encryption=True"),
        (lambda s: {"user_group": _users(s)[0], "transit_encryption": False}, "user_group", "needs transit_encryption=True"),
        (lambda s: {"user_group": _users(s)[0], "transit_encryption_mode": "preferred"}, "user_group", "needs transit_encryption_mode='required'"),
        (lambda s: {"user_group": _users(s)[0], "engine_version": EngineVersion.REDIS_5_0_6}, "user_group", "needs RBAC"),
        (lambda s: {"user_group": _users(s)[0], "engine_version": EngineVersion.REDIS_7_1}, "user_group", "a Redis OSS group takes only redis user groups"),
        (lambda s: {"auth_token_encryption_key": kms.Key(s, "K")}, "auth_token_encryption_key", "applies only with generate_auth_token"),
        (lambda s: {"kms_key": kms.Key(s, "K"), "at_rest_encryption": False}, "kms_key", "needs at_rest_encryption=True"),
    ],
)
def test_auth_rules(make: Callable[[cdk.Stack], dict[str, Any]], prop: str, message: str) -> None:
    stack = new_stack()
    with pytest.raises(ValidationError, match=message) as raised:
        _group(stack, **make(stack))
    assert raised.value.prop == prop
    assert "plain-text-token" not in str(raised.value)  # A4: never echoes a token


@pytest.mark.parametrize(
    ("token", "message"),
    [("short", "must be 16..128 characters long"), ("x" * 129, "16..128"), ("a" * 15 + "/x", "may contain only letters")],
)
def test_literal_auth_token_rules_on_the_javascript_side(token: str, message: str) -> None:
    stack = new_stack()
    with pytest.raises(ValidationError, match=message) as raised:
        _group(stack, auth_token=cdk.SecretValue.unsafe_plain_text(token))
    assert token not in str(raised.value)


def test_redis_group_with_redis_users() -> None:
    stack = new_stack()
    users, _ = _users(stack, elasticache.UserEngine.REDIS)
    _group(stack, user_group=users, engine_version=EngineVersion.REDIS_7_1)
    assert only(synth(stack), RG)["Engine"] == "redis"


def test_grant_connect_as() -> None:
    stack = new_stack()
    users, user = _users(stack)
    group = _group(stack, user_group=users, replication_group_id="orders")
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    group.grant_connect_as(role, user)
    policy = only(synth(stack), "AWS::IAM::Policy")["PolicyDocument"]["Statement"]
    assert len(policy) == 1 and policy[0]["Action"] == "elasticache:Connect"
    text = dumps(policy[0]["Resource"])
    assert ":replicationgroup:orders" in text and ":user:app" in text


def test_grant_connect_as_rules() -> None:
    stack = new_stack()
    users, user = _users(stack)
    other = elasticache.IamUser(stack, "Other", user_id="other", access_control=elasticache.AccessControl.full_access())
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    bare = elasticache.ReplicationGroup(stack, "Bare", vpc=imported_vpc(stack), generate_auth_token=True)
    with pytest.raises(ValidationError, match="this replication group has no user_group"):
        bare.grant_connect_as(role, user)
    group = elasticache.ReplicationGroup(stack, "G", vpc=bare.node.scope.node.find_child("Vpc"), user_group=users)  # type: ignore[union-attr, arg-type]
    with pytest.raises(ValidationError, match="is not in the group's user group"):
        group.grant_connect_as(role, other)
    old = elasticache.ReplicationGroup.from_replication_group_attributes(
        stack, "Old", replication_group_id="old", engine_version=EngineVersion.REDIS_6_2
    )
    with pytest.raises(ValidationError, match="has no IAM authentication"):
        old.grant_connect_as(role, user)


# ----------------------------------------------------------------- operations
def test_operations(checked: Callable[[cdk.Stack], dict[str, Any]]) -> None:
    stack = new_stack()
    key = kms.Key(stack, "Key", enable_key_rotation=True)
    topic = sns.Topic(stack, "Events", enforce_ssl=True)  # ElastiCache cannot publish to an encrypted topic
    given = logs.LogGroup(stack, "Engine", retention=logs.RetentionDays.ONE_MONTH)
    _cluster(
        stack,
        num_node_groups=3,
        cache_node_type="cache.r6gd.xlarge",
        kms_key=key,
        notification_topic=topic,
        preferred_maintenance_window="Sun:05:00-Sun:06:00",
        snapshot_window="03:00-04:00",
        snapshot_retention_limit=7,
        network_type="dual_stack",
        ip_discovery="ipv6",
        logs=[LogDelivery.slow_log(retention=logs.RetentionDays.THREE_MONTHS, encryption_key=key), LogDelivery.engine_log(log_group=given, log_format="text")],
        auto_minor_version_upgrade=True,
        removal_policy=cdk.RemovalPolicy.RETAIN,
        tags={"team": "orders"},
    )
    template = checked(stack)
    props = only(template, RG)
    assert props["DataTieringEnabled"] is True
    assert props["PreferredMaintenanceWindow"] == "sun:05:00-sun:06:00"
    assert props["NetworkType"] == "dual_stack" and props["IpDiscovery"] == "ipv6"
    assert props["KmsKeyId"] == {"Fn::GetAtt": [next(iter(resources(template, "AWS::KMS::Key"))), "Arn"]}
    assert props["NotificationTopicArn"] == {"Ref": next(iter(resources(template, "AWS::SNS::Topic")))}
    statements = only(template, "AWS::SNS::TopicPolicy")["PolicyDocument"]["Statement"]
    publish = next(st for st in statements if st.get("Sid") == "AllowElastiCachePublish")
    assert publish["Action"] == "SNS:Publish" and publish["Effect"] == "Allow"
    assert publish["Condition"] == {"StringEquals": {"AWS:SourceOwner": {"Ref": "AWS::AccountId"}}}
    deliveries = {d["LogType"]: d for d in props["LogDeliveryConfigurations"]}
    assert deliveries["engine-log"]["LogFormat"] == "text"
    created = [k for k, v in resources(template, "AWS::Logs::LogGroup").items() if v["Properties"].get("RetentionInDays") == 90]
    assert deliveries["slow-log"]["DestinationDetails"]["CloudWatchLogsDetails"]["LogGroup"] == {"Ref": created[0]}


def test_firehose_log_delivery_and_seeding() -> None:
    stack = new_stack()
    _group(
        stack,
        logs=[LogDelivery.slow_log(firehose_stream_name="cache-logs")],
        snapshot_arns=["arn:aws:s3:::backups/orders.rdb"],
    )
    props = only(synth(stack), RG)
    (delivery,) = props["LogDeliveryConfigurations"]
    assert delivery["DestinationType"] == "kinesis-firehose"
    assert delivery["DestinationDetails"] == {"KinesisFirehoseDetails": {"DeliveryStream": "cache-logs"}}
    assert props["SnapshotArns"] == ["arn:aws:s3:::backups/orders.rdb"]


# --------------------------------------------------- connections, metrics, imports
def test_connections_from_aws_cdk_libs_side() -> None:
    stack = new_stack()
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0,
                  subnet_configuration=[ec2.SubnetConfiguration(name="i", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
    group = elasticache.ClusterReplicationGroup(stack, "Group", vpc=vpc, port=6390)
    fn = lambda_.Function(
        stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
        code=lambda_.Code.from_inline("def handler(e, c): pass"), vpc=vpc,
    )
    fn.connections.allow_to_default_port(group)  # aws-cdk-lib reads group.connections in JavaScript
    ingress = only(synth(stack), "AWS::EC2::SecurityGroupIngress")
    assert ingress["FromPort"] == ingress["ToPort"] == 6390
    assert group.connections.default_port is not None


def test_metrics_per_member() -> None:
    stack = new_stack()
    group = _cluster(stack, num_node_groups=2, replicas_per_node_group=1, replication_group_id="shop")
    metric = group.metric_engine_cpu_utilization()
    assert metric.dimensions == {"CacheClusterId": "shop-0001-001"}
    assert metric.namespace == "AWS/ElastiCache" and metric.statistic == "Average"
    node = group.metric("CPUUtilization", member_cluster_id="shop-0002-002", cache_node_id="0001", statistic="Maximum")
    assert node.dimensions == {"CacheClusterId": "shop-0002-002", "CacheNodeId": "0001"}
    assert node.statistic == "Maximum"
    assert [m.dimensions["CacheClusterId"] for m in group.metrics_per_member("CurrConnections")] == [
        "shop-0001-001", "shop-0001-002", "shop-0002-001", "shop-0002-002",
    ]
    assert group.metric_evictions().statistic == "Sum"
    group.metric_current_connections().create_alarm(stack, "Alarm", threshold=1000, evaluation_periods=1)
    alarm = only(synth(stack), "AWS::CloudWatch::Alarm")
    assert alarm["Dimensions"] == [{"Name": "CacheClusterId", "Value": "shop-0001-001"}]


def test_imports() -> None:
    stack = new_stack()
    sg = ec2.SecurityGroup.from_security_group_id(stack, "Sg", "sg-0123456789abcdef0")
    imported = elasticache.ReplicationGroup.from_replication_group_attributes(
        stack, "Imported", replication_group_id="orders", port=6379, security_groups=[sg],
        engine_version=EngineVersion.VALKEY_8_2, member_cluster_ids=["orders-001"],
    )
    assert imported.replication_group_id == "orders" and imported.port == 6379 and imported.engine == "valkey"
    assert ":replicationgroup:orders" in dumps(stack.resolve(imported.replication_group_arn))
    assert imported.connections.default_port is not None
    assert imported.metric("CPUUtilization").dimensions == {"CacheClusterId": "orders-001"}
    by_arn = elasticache.ReplicationGroup.from_replication_group_arn(
        stack, "ByArn", "arn:aws:elasticache:eu-west-1:123456789012:replicationgroup:remote"
    )
    assert by_arn.replication_group_id == "remote"
    assert by_arn.replication_group_arn == "arn:aws:elasticache:eu-west-1:123456789012:replicationgroup:remote"
    with pytest.raises(ValidationError, match="member_cluster_ids=None are unknown"):
        by_arn.metric("CPUUtilization")
    with pytest.raises(ValidationError, match="is the ARN of a 'cluster'"):
        elasticache.ReplicationGroup.from_replication_group_arn(stack, "Bad", "arn:aws:elasticache:eu-west-1:123456789012:cluster:x")
    with pytest.raises(ValidationError, match="does not exist with cluster mode enabled"):
        elasticache.ReplicationGroup.from_replication_group_attributes(
            stack, "Cme", replication_group_id="c", cluster_mode_enabled=True, primary_endpoint_address="x"
        )
    # an import works where a created group does
    fn_sg = ec2.SecurityGroup(stack, "FnSg", vpc=imported_vpc(stack))
    fn_sg.connections.allow_to_default_port(imported)
    ingress = only(synth(stack), "AWS::EC2::SecurityGroupIngress")
    assert ingress["GroupId"] == "sg-0123456789abcdef0" and ingress["FromPort"] == 6379


def test_tokens_skip_value_checks() -> None:
    stack = new_stack()
    count = cdk.CfnParameter(stack, "Count", type="Number").value_as_number
    window = cdk.CfnParameter(stack, "Window").value_as_string
    group = _group(stack, num_cache_clusters=count, snapshot_window=window)
    props = only(synth(stack), RG)
    assert props["NumCacheClusters"] == {"Ref": "Count"} and props["SnapshotWindow"] == {"Ref": "Window"}
    assert group.member_cluster_ids == []


# -------------------------------------------------------------- node groups (T4)
def test_node_group_configuration() -> None:
    stack = new_stack()
    group = _cluster(stack, num_node_groups=2, replicas_per_node_group=1, replication_group_id="shop", node_groups=[
        elasticache.NodeGroup(node_group_id="0007", slots="0-8191", primary_availability_zone="us-east-1a",
                              replica_availability_zones=["us-east-1b"]),
        elasticache.NodeGroup(node_group_id="0008", slots="8192-10000,10001-16383"),
    ])
    props = only(synth(stack), RG)
    assert props["NodeGroupConfiguration"] == [
        {"NodeGroupId": "0007", "Slots": "0-8191", "PrimaryAvailabilityZone": "us-east-1a",
         "ReplicaAvailabilityZones": ["us-east-1b"], "ReplicaCount": 1},
        {"NodeGroupId": "0008", "Slots": "8192-10000,10001-16383", "ReplicaCount": 1},
    ]
    assert group.member_cluster_ids == ["shop-0007-001", "shop-0007-002", "shop-0008-001", "shop-0008-002"]


@pytest.mark.parametrize(
    ("groups", "prop", "message"),
    [
        ([elasticache.NodeGroup()], "node_groups", "one NodeGroup per shard"),
        ([elasticache.NodeGroup(node_group_id="12345"), elasticache.NodeGroup()], "node_groups[0].node_group_id", "1-4 digits"),
        ([elasticache.NodeGroup(node_group_id="0002"), elasticache.NodeGroup()], "node_groups[1].node_group_id", "is used by two"),
        ([elasticache.NodeGroup(slots="0-16383"), elasticache.NodeGroup()], "node_groups", "for every node group or none"),
        ([elasticache.NodeGroup(slots="0-9000"), elasticache.NodeGroup(slots="9000-16383")], "node_groups[1].slots", "overlaps another node group at slot 9000"),
        ([elasticache.NodeGroup(slots="0-100"), elasticache.NodeGroup(slots="200-16383")], "node_groups", "are assigned to no node group"),
        ([elasticache.NodeGroup(slots="0-100"), elasticache.NodeGroup(slots="101-16000")], "node_groups", "slots 16001-16383"),
        ([elasticache.NodeGroup(slots="0-16384"), elasticache.NodeGroup(slots="1-2")], "node_groups[0].slots", r"slots are 0\.\.16383"),
        ([elasticache.NodeGroup(slots="zero"), elasticache.NodeGroup(slots="1-2")], "node_groups[0].slots", "must be slot ranges"),
        ([elasticache.NodeGroup(replica_availability_zones=["a", "b"]), elasticache.NodeGroup()], "node_groups[0].replica_availability_zones", "lists 2 zones for 1 replicas"),
    ],
)
def test_node_group_rules(groups: list[Any], prop: str, message: str) -> None:
    stack = new_stack()
    with pytest.raises(ValidationError, match=message) as raised:
        _cluster(stack, num_node_groups=2, replicas_per_node_group=1, node_groups=groups)
    assert raised.value.prop == prop


def test_is_markers() -> None:
    stack = new_stack()
    vpc = imported_vpc(stack)
    created = [elasticache.ReplicationGroup(stack, "A", vpc=vpc), elasticache.ClusterReplicationGroup(stack, "B", vpc=vpc)]
    imported = elasticache.ReplicationGroup.from_replication_group_id(stack, "C", "c")
    assert all(elasticache.ReplicationGroup.is_replication_group(g) for g in created)
    assert not elasticache.ReplicationGroup.is_replication_group(imported)
    assert not elasticache.ReplicationGroup.is_replication_group(vpc)
    memcached = elasticache.MemcachedCluster(stack, "M", vpc=vpc)
    assert elasticache.MemcachedCluster.is_memcached_cluster(memcached)
    assert not elasticache.MemcachedCluster.is_memcached_cluster(created[0])
    subnets = elasticache.SubnetGroup(stack, "S", vpc=vpc)
    params = elasticache.ParameterGroup(stack, "P")
    assert elasticache.SubnetGroup.is_subnet_group(subnets) and not elasticache.SubnetGroup.is_subnet_group(params)
    assert elasticache.ParameterGroup.is_parameter_group(params) and not elasticache.ParameterGroup.is_parameter_group(subnets)
    # the JavaScript object's marker answers for a construct reached through aws-cdk-lib (another copy of the library)
    found = stack.node.find_child("A")
    assert elasticache.ReplicationGroup.is_replication_group(found)


def test_iam_token_for_a_replication_group() -> None:
    """Clients of a group sign the connect request for the group id without ResourceType (serverless=False)."""
    from botocore.credentials import ReadOnlyCredentials

    from elasticache_kit.auth import sign_token

    credentials = ReadOnlyCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None)
    stack = new_stack()
    users, user = _users(stack)
    group = _group(stack, user_group=users, replication_group_id="orders")
    token = sign_token(credentials, "us-east-1", group.replication_group_id, user.user_id, serverless=False)
    assert token.startswith("orders/?Action=connect&User=app&")
    assert "ResourceType" not in token and "X-Amz-Signature=" in token
    serverless = sign_token(credentials, "us-east-1", "orders", "app")
    assert "ResourceType=ServerlessCache" in serverless


def test_encrypted_topics_are_refused() -> None:
    stack = new_stack()
    topic = sns.Topic(stack, "Events", master_key=kms.Key(stack, "Key"))
    with pytest.raises(ValidationError, match="notification_topic='Test/Events' is encrypted: ElastiCache cannot publish"):
        _group(stack, notification_topic=topic)
    stack = new_stack()
    imported = sns.Topic.from_topic_arn(stack, "Imported", "arn:aws:sns:us-east-1:123456789012:events")
    _cluster(stack, notification_topic=imported)  # an import keeps its own policy
    assert "AWS::SNS::TopicPolicy" not in dumps(synth(stack))


def test_security_groups_given_or_created() -> None:
    stack = new_stack()
    vpc = imported_vpc(stack)
    sg = ec2.SecurityGroup.from_security_group_id(stack, "Sg", "sg-0123456789abcdef0")
    given = elasticache.ReplicationGroup(stack, "A", vpc=vpc, security_groups=[sg], replication_group_id="a")
    own = elasticache.ReplicationGroup(stack, "B", vpc=vpc, replication_group_id="b")
    assert given.security_groups == [sg]
    (created,) = own.security_groups
    assert created.node.path == "Test/B/SecurityGroup"
    template = synth(stack)
    by_id = {v["Properties"]["ReplicationGroupId"]: v["Properties"] for v in resources(template, RG).values()}
    assert by_id["a"]["SecurityGroupIds"] == ["sg-0123456789abcdef0"]
    assert len(resources(template, "AWS::EC2::SecurityGroup")) == 1  # only B's own
    with pytest.raises(ValidationError, match="lists the same security group twice"):
        elasticache.ReplicationGroup(stack, "C", vpc=vpc, security_groups=[sg, sg])
    with pytest.raises(ValidationError, match="must contain ec2.ISecurityGroup"):
        elasticache.ReplicationGroup(stack, "D", vpc=vpc, security_groups=["sg-0123456789abcdef0"])
