"""Template fixtures of the ElastiCache rules: for every rule, a template that
fires it and the nearest template that does not (same resources, the one
property fixed)."""

from __future__ import annotations

import copy
from typing import Any

Template = dict[str, Any]

SECRET_REF = {"Fn::Join": ["", ["{{resolve:secretsmanager:", {"Ref": "Secret"}, ":SecretString:password::}}"]]}


def template(**resources: dict[str, Any]) -> Template:
    """A template of the given resources (logical id -> resource)."""
    return {"AWSTemplateFormatVersion": "2010-09-09", "Resources": copy.deepcopy(resources)}


def res(type_: str, **props: Any) -> dict[str, Any]:
    """One resource."""
    return {"Type": type_, "Properties": props}


def cache(**props: Any) -> dict[str, Any]:
    """A serverless cache with everything the serverless rules ask for, overridden by ``props``."""
    base: dict[str, Any] = {"Engine": "valkey", "ServerlessCacheName": "app", "UserGroupId": {"Ref": "Group"},
                            "SnapshotRetentionLimit": 7, "KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/k",
                            "SecurityGroupIds": [{"Fn::GetAtt": ["CacheSg", "GroupId"]}]}
    base.update(props)
    return res("AWS::ElastiCache::ServerlessCache", **{k: v for k, v in base.items() if v is not None})


def user(user_id: str, access: str, kind: str = "password", name: str | None = None, **extra: Any) -> dict[str, Any]:
    """An RBAC user."""
    mode: dict[str, Any] = {"Type": kind}
    if kind == "password":
        mode["Passwords"] = [extra.pop("password", SECRET_REF)]
    return res("AWS::ElastiCache::User", UserId=user_id, UserName=name or user_id, Engine=extra.pop("engine", "valkey"),
               AccessString=access, AuthenticationMode=mode, **extra)


def group(*users: Any, engine: str = "valkey") -> dict[str, Any]:
    """A user group of users (logical ids, or literal ids such as ``"default"`` given as ``("default",)``)."""
    ids = [u[0] if isinstance(u, tuple) else {"Ref": u} for u in users]
    return res("AWS::ElastiCache::UserGroup", UserGroupId="group", Engine=engine, UserIds=ids)


def sg(*ingress: dict[str, Any]) -> dict[str, Any]:
    """A security group with inline ingress rules."""
    return res("AWS::EC2::SecurityGroup", GroupDescription="sg", VpcId="vpc-1", SecurityGroupIngress=list(ingress))


def tcp(cidr: str, low: int, high: int | None = None) -> dict[str, Any]:
    """A TCP ingress rule."""
    return {"IpProtocol": "tcp", "CidrIp": cidr, "FromPort": low, "ToPort": high or low}


SECURE_RBAC = {
    "Secret": res("AWS::SecretsManager::Secret", GenerateSecretString={"PasswordLength": 32}),
    "Rotation": res("AWS::SecretsManager::RotationSchedule", SecretId={"Ref": "Secret"},
                    RotationRules={"AutomaticallyAfterDays": 30}),
    "DefaultUser": user("app-default", "off -@all", name="default"),
    "Group": group("DefaultUser"),
    "CacheSg": sg(),
}


def serverless(**props: Any) -> Template:
    """A secure serverless cache (with its RBAC resources), ``props`` overriding the cache's."""
    return template(**SECURE_RBAC, Cache=cache(**props))


def replication_group(**props: Any) -> dict[str, Any]:
    """A replication group with everything the cluster rules ask for, overridden by ``props``."""
    base: dict[str, Any] = {
        "ReplicationGroupDescription": "app", "Engine": "valkey", "EngineVersion": "8.0",
        "CacheNodeType": "cache.t4g.small", "NumCacheClusters": 2, "AutomaticFailoverEnabled": True,
        "MultiAZEnabled": True, "TransitEncryptionEnabled": True, "AtRestEncryptionEnabled": True,
        "SnapshotRetentionLimit": 7, "UserGroupIds": ["group"],
        "LogDeliveryConfigurations": [{"LogType": "slow-log", "LogFormat": "json", "DestinationType": "cloudwatch-logs",
                                       "DestinationDetails": {"CloudWatchLogsDetails": {"LogGroup": "slow"}}}],
    }
    base.update(props)
    return res("AWS::ElastiCache::ReplicationGroup", **{k: v for k, v in base.items() if v is not None})


def memcached(**props: Any) -> dict[str, Any]:
    """A Memcached cluster with TLS, overridden by ``props``."""
    base: dict[str, Any] = {"Engine": "memcached", "CacheNodeType": "cache.t4g.small", "NumCacheNodes": 1,
                            "TransitEncryptionEnabled": True}
    base.update(props)
    return res("AWS::ElastiCache::CacheCluster", **{k: v for k, v in base.items() if v is not None})


API_SERVICE = {"Fn::Join": ["", ["com.amazonaws.", {"Ref": "AWS::Region"}, ".elasticache"]]}
NARROW_POLICY = {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": ["elasticache:Describe*"],
                                "Resource": "*"}]}


def endpoint(**props: Any) -> dict[str, Any]:
    """An ElastiCache API interface endpoint with a narrow policy, overridden by ``props``."""
    base: dict[str, Any] = {"VpcId": "vpc-1", "ServiceName": API_SERVICE, "VpcEndpointType": "Interface",
                            "PrivateDnsEnabled": True, "PolicyDocument": NARROW_POLICY,
                            "SecurityGroupIds": [{"Fn::GetAtt": ["EndpointSg", "GroupId"]}]}
    base.update(props)
    return res("AWS::EC2::VPCEndpoint", **{k: v for k, v in base.items() if v is not None})


def bastion(cache_props: dict[str, Any], cidr: str = "198.51.100.27/32") -> Template:
    """A NAT bastion (what NatBastion emits, reduced) forwarding a serverless cache."""
    user_data = {"Fn::Base64": {"Fn::Join": ["", ["#!/bin/bash\n6379 ", {"Fn::GetAtt": ["Cache", "Endpoint.Address"]},
                                                   " 6379\n"]]}}
    return template(
        **SECURE_RBAC, Cache=cache(**cache_props),
        BastionSg=sg(tcp(cidr, 6379)),
        Bastion=res("AWS::EC2::Instance", ImageId="ami-1", InstanceType="t3.micro", SourceDestCheck=False,
                    UserData=user_data, NetworkInterfaces=[{"DeviceIndex": "0", "SubnetId": "subnet-1",
                                                            "GroupSet": [{"Fn::GetAtt": ["BastionSg", "GroupId"]}]}]),
    )


def _two_endpoints(private_dns: bool) -> Template:
    return template(EndpointSg=sg(tcp("10.0.0.0/16", 443)), A=endpoint(),
                    B=endpoint(PrivateDnsEnabled=private_dns))


def _rb2(admin_access: str) -> Template:
    return template(**{**SECURE_RBAC, "Group": group("DefaultUser", "Admin", "App")},
                    Admin=user("admin", admin_access), App=user("app", "on ~app:* -@all +@read"))


ARN_PREFIX = ["arn:", {"Ref": "AWS::Partition"}, ":secretsmanager:", {"Ref": "AWS::Region"}, ":",
              {"Ref": "AWS::AccountId"}, ":secret:"]


def _dr1(secret_name: str) -> Template:
    """A role whose policy reads a secret named by ARN (``Secret.from_secret_name_v2`` + a hand-written statement)."""
    return template(
        Role=res("AWS::IAM::Role", AssumeRolePolicyDocument={"Statement": []}),
        Read=res("AWS::IAM::Policy", PolicyName="read", Roles=[{"Ref": "Role"}], PolicyDocument={"Statement": [
            {"Effect": "Allow", "Action": "secretsmanager:GetSecretValue",
             "Resource": {"Fn::Join": ["", [*ARN_PREFIX, secret_name]]}}]}))


def _dr2(endpoint_actions: list[str]) -> Template:
    """A function whose role describes one replication group, and the ElastiCache API endpoint it calls through."""
    group_arn = {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":elasticache:", {"Ref": "AWS::Region"}, ":",
                                   {"Ref": "AWS::AccountId"}, ":replicationgroup:orders"]]}
    return template(
        EndpointSg=sg(tcp("10.0.0.0/16", 443)),
        A=endpoint(PolicyDocument={"Statement": [{"Effect": "Allow", "Principal": "*", "Action": endpoint_actions,
                                                  "Resource": "*"}]}),
        Role=res("AWS::IAM::Role", AssumeRolePolicyDocument={"Statement": []}),
        Describe=res("AWS::IAM::Policy", PolicyName="describe", Roles=[{"Ref": "Role"}], PolicyDocument={"Statement": [
            {"Effect": "Allow", "Action": "elasticache:DescribeReplicationGroups", "Resource": group_arn}]}),
        Fn=res("AWS::Lambda::Function", Role={"Fn::GetAtt": ["Role", "Arn"]}, Runtime="python3.14", Handler="h.h",
               Code={"ZipFile": "def h(e, c): pass"}),
    )


def _dr3(cache_ingress_port: int) -> Template:
    """A rotation schedule whose function (in the VPC) rotates a password on a serverless cache."""
    return template(
        **{**SECURE_RBAC, "CacheSg": res("AWS::EC2::SecurityGroup", GroupDescription="cache", VpcId="vpc-1", SecurityGroupIngress=[
            {"IpProtocol": "tcp", "FromPort": cache_ingress_port, "ToPort": cache_ingress_port,
             "SourceSecurityGroupId": {"Fn::GetAtt": ["FnSg", "GroupId"]}}])},
        Cache=cache(),
        FnSg=res("AWS::EC2::SecurityGroup", GroupDescription="rotation", VpcId="vpc-1", SecurityGroupEgress=[
            {"IpProtocol": "tcp", "FromPort": 6379, "ToPort": 6379,
             "DestinationSecurityGroupId": {"Fn::GetAtt": ["CacheSg", "GroupId"]}}]),
        Fn=res("AWS::Lambda::Function", Role="arn:aws:iam::111122223333:role/rotation", Runtime="python3.14",
               Handler="handler.handler", Code={"ZipFile": "def handler(e, c): pass"},
               VpcConfig={"SecurityGroupIds": [{"Fn::GetAtt": ["FnSg", "GroupId"]}], "SubnetIds": ["subnet-1"]},
               Environment={"Variables": {"CACHE_ENDPOINT_HOST": {"Fn::GetAtt": ["Cache", "Endpoint.Address"]},
                                          "CACHE_ENDPOINT_PORT": "6379"}}),
        FnRotation=res("AWS::SecretsManager::RotationSchedule", SecretId={"Ref": "Secret"},
                       RotationLambdaARN={"Fn::GetAtt": ["Fn", "Arn"]}, RotationRules={"AutomaticallyAfterDays": 30}),
    )


#: rule id -> (template that fires it, template that does not).
CASES: dict[str, tuple[Template, Template]] = {
    "EC-SC1": (serverless(UserGroupId=None), serverless()),
    "EC-SC2": (serverless(SnapshotRetentionLimit=None), serverless()),
    "EC-SC3": (serverless(KmsKeyId=None), serverless()),
    "EC-SC4": (template(**{**SECURE_RBAC, "CacheSg": sg(tcp("0.0.0.0/0", 6379, 6380))}, Cache=cache()),
               template(**{**SECURE_RBAC, "CacheSg": sg(tcp("10.0.0.0/16", 6379, 6380), tcp("0.0.0.0/0", 443))},
                        Cache=cache())),
    "EC-SC5": (serverless(ServerlessCacheName="AppCacheB7B1BFA8"), serverless(ServerlessCacheName="appcache-b7b1bfa8")),
    "EC-SC6": tuple(  # type: ignore[assignment]
        template(**SECURE_RBAC, Cache=cache(), Alarm=res(
            "AWS::CloudWatch::Alarm", Namespace="AWS/ElastiCache", MetricName="ElastiCacheProcessingUnits",
            Dimensions=[{"Name": dimension, "Value": "app"}], Statistic="Average", Period=300,
            EvaluationPeriods=1, Threshold=50, ComparisonOperator="GreaterThanOrEqualToThreshold"))
        for dimension in ("ServerlessCacheName", "clusterId")),
    "EC-RB1": (template(**{**SECURE_RBAC, "Group": group(("default",), engine="redis")}),
               template(**{**SECURE_RBAC, "Group": group("DefaultUser", engine="redis")})),
    "EC-RB2": (_rb2("on ~* +@all"), _rb2("on ~* +@all -@dangerous")),
    # an enabled user (a disabled one, 'off', cannot log in and is left out: tests/rbac/test_default_user.py)
    "EC-RB3": (template(**{**{k: v for k, v in SECURE_RBAC.items() if k != "Rotation"},
                           "DefaultUser": user("app-default", "on ~app:* +@read", name="default")}),
               template(**{**SECURE_RBAC, "DefaultUser": user("app-default", "on ~app:* +@read", name="default")})),
    "EC-RB4": (template(**{**SECURE_RBAC, "DefaultUser": user("app-default", "off -@all", name="default",
                                                              password="correct-horse-battery-staple")}),
               template(**SECURE_RBAC)),
    "EC-RB5": (template(**{**SECURE_RBAC, "DefaultUser": user("default", "on ~* +@all", "no-password-required")}),
               template(**SECURE_RBAC)),
    "EC-RB6": (template(**{**SECURE_RBAC, "DefaultUser": user("app-default", "off -@all", "no-password-required",
                                                              name="default")}),
               template(**{**SECURE_RBAC, "DefaultUser": user("app-default", "off -@all", "no-password-required",
                                                              name="default", engine="redis"),
                           "Group": group("DefaultUser", engine="redis")})),
    "EC-RB7": (template(**{**SECURE_RBAC, "App": user("app", "on ~app:* +@read", engine="redis"),
                           "Group": group("App", engine="redis")}),
               template(**{**SECURE_RBAC, "Group": group("DefaultUser", engine="redis")})),
    "EC-EP1": (template(EndpointSg=sg(), A=endpoint(PolicyDocument=None)), template(EndpointSg=sg(), A=endpoint())),
    "EC-EP2": (template(EndpointSg=sg(), A=endpoint(PolicyDocument={"Statement": [
                   {"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]})),
               template(EndpointSg=sg(), A=endpoint(PolicyDocument={"Statement": [
                   {"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*",
                    "Condition": {"StringEquals": {"aws:PrincipalAccount": "111122223333"}}}]}))),
    "EC-EP3": (template(EndpointSg=sg(tcp("0.0.0.0/0", 443)), A=endpoint()),
               template(EndpointSg=sg(tcp("10.0.0.0/16", 443)), A=endpoint())),
    "EC-EP4": (_two_endpoints(True), _two_endpoints(False)),
    "EC-CL1": (template(G=replication_group(TransitEncryptionEnabled=None)), template(G=replication_group())),
    "EC-CL2": (template(G=replication_group(AtRestEncryptionEnabled=False)), template(G=replication_group())),
    "EC-CL3": (template(G=replication_group(TransitEncryptionEnabled=False, AuthToken={
                   "Fn::Sub": "{{resolve:secretsmanager:${Secret}:SecretString:token}}"}), Secret=SECURE_RBAC["Secret"]),
               template(G=replication_group(AuthToken={
                   "Fn::Sub": "{{resolve:secretsmanager:${Secret}:SecretString:token}}"}), Secret=SECURE_RBAC["Secret"])),
    "EC-CL4": (template(G=replication_group(AutomaticFailoverEnabled=False, MultiAZEnabled=None)),
               template(G=replication_group(NumCacheClusters=1, AutomaticFailoverEnabled=False, MultiAZEnabled=None))),
    "EC-CL5": (template(G=replication_group(MultiAZEnabled=False)), template(G=replication_group())),
    "EC-CL6": (template(G=replication_group(SnapshotRetentionLimit=0)), template(G=replication_group())),
    "EC-CL7": (template(G=replication_group(Engine="redis", EngineVersion="5.0.6")),
               template(G=replication_group(Engine="redis", EngineVersion="7.1"))),
    "EC-CL8": (template(G=replication_group(Engine="redis", EngineVersion="3.2.10")),
               template(G=replication_group(Engine="redis", EngineVersion="6.2"))),
    "EC-CL9": (template(G=replication_group(NumCacheClusters=None, NumNodeGroups=3, ReplicasPerNodeGroup=0,
                                            AutomaticFailoverEnabled=True, MultiAZEnabled=False)),
               template(G=replication_group(NumCacheClusters=None, NumNodeGroups=3, ReplicasPerNodeGroup=1))),
    "EC-CL10": (template(M=memcached(TransitEncryptionEnabled=None)), template(M=memcached())),
    "EC-CL11": (template(G=replication_group(LogDeliveryConfigurations=None)), template(G=replication_group())),
    "EC-CL12": (template(G=replication_group(UserGroupIds=None)),
                template(G=replication_group(UserGroupIds=None, AuthToken="{{resolve:secretsmanager:t:SecretString}}"))),
    "EC-NB1": (bastion({"UserGroupId": None}), bastion({})),
    "EC-NB2": (bastion({}, cidr="10.0.0.0/8"), bastion({}, cidr="203.0.113.0/24")),
    "EC-DR1": (_dr1("redis-cloud/api-keys"), _dr1("redis-cloud/api-keys-??????")),
    "EC-DR2": (_dr2(["elasticache:DescribeUsers"]), _dr2(["elasticache:Describe*"])),
    "EC-DR3": (_dr3(6380), _dr3(6379)),
}


# Issue 22: public serverless caches, durability, global datastores.
def _connect_policy(*, limited: bool) -> dict[str, Any]:
    statement: dict[str, Any] = {"Effect": "Allow", "Action": "elasticache:Connect",
                                 "Resource": [{"Fn::GetAtt": ["Cache", "ARN"]}]}
    if limited:
        statement["Condition"] = {"StringEquals": {"elasticache:ConnectionType": "public"}}
    return res("AWS::IAM::Policy", PolicyName="connect", Roles=["app"],
               PolicyDocument={"Version": "2012-10-17", "Statement": [statement]})


def _public(group_user: dict[str, Any]) -> Template:
    return template(AppUser=group_user, Group=group("AppUser"),
                    Cache=cache(ConnectionType="public", SecurityGroupIds=None))


def _durable(**props: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"EngineVersion": "9.0", "CacheNodeType": "cache.r7g.large", "NumCacheClusters": None,
                            "NumNodeGroups": 2, "ReplicasPerNodeGroup": 1, "ClusterMode": "enabled",
                            "Durability": "sync"}
    base.update(props)
    return replication_group(**base)


def _global(node_type: str) -> Template:
    return template(G=replication_group(CacheNodeType=node_type), Global=res(
        "AWS::ElastiCache::GlobalReplicationGroup", CacheNodeType=node_type,
        Members=[{"ReplicationGroupId": {"Ref": "G"}, "ReplicationGroupRegion": "us-east-1", "Role": "PRIMARY"}]))


_SECONDARY = {"Engine": None, "EngineVersion": None, "CacheNodeType": None, "AtRestEncryptionEnabled": None,
              "TransitEncryptionEnabled": None, "GlobalReplicationGroupId": "ldgnf-orders"}

CASES.update({
    "EC-SC7": (template(**SECURE_RBAC, Cache=cache(ConnectionType="public", UserGroupId=None, SecurityGroupIds=None)),
               template(**SECURE_RBAC, Cache=cache(ConnectionType="public", UserGroupId="default.iam-user-group",
                                                   SecurityGroupIds=None))),
    "EC-SC8": (template(**SECURE_RBAC, Cache=cache(ConnectionType="public", SecurityGroupIds=None),
                        Connect=_connect_policy(limited=False)),
               template(**SECURE_RBAC, Cache=cache(ConnectionType="public", SecurityGroupIds=None),
                        Connect=_connect_policy(limited=True))),
    "EC-SC9": (_public(user("app", "on ~* +@all")), _public(user("app", "on ~* +@all", kind="iam"))),
    "EC-CL13": (template(G=_durable(MultiAZEnabled=False)), template(G=_durable())),
    "EC-CL14": (_global("cache.t4g.small"), _global("cache.r7g.large")),
    "EC-CL15": (template(G=replication_group(**{**_SECONDARY, "CacheNodeType": "cache.r7g.large"})),
                template(G=replication_group(**_SECONDARY))),
})
