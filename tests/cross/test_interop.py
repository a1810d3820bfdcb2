"""Our constructs as aws-cdk-lib sees them: every construct kind x every API
aws-cdk-lib takes it in, asserted on the emitted template (rules, tags,
policies, dependencies, outputs), every template linted.

A construct kind joins the matrix by one line in ``KINDS``; an API by one line
in ``NETWORK_APIS`` (ports and security groups) or one test below.

Each kind is built once, in its own stack, with every API applied to it (each
API with its own client security group or peer CIDR block, so the rules of one
API never stand for another's); the stack is synthesized and linted once, and
every cell of the matrix reads its own part of that template.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import aws_cdk as cdk
import jsii
import pytest
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_

import elasticache_kit as elasticache
from elasticache_kit._internal.context import jsii_ref
from elasticache_kit._internal.js import is_marked

from ..conftest import new_stack, resources, synth
from ..support.lint import lint_errors

Rule = tuple[str, str, str, int, int]
"""(direction, the group it belongs to, the peer group or CIDR block, from port, to port)."""

IMPORTED_SG = "sg-0123456789abcdef0"
FIXED_PORT = 7000
ACL = elasticache.AccessControl.full_access()


# ----------------------------------------------------------------- template reading
def _key(value: Any) -> str:
    """A security group (or peer) as a template names it: a logical id, or a literal id / CIDR."""
    if isinstance(value, str):
        return value
    if "Fn::GetAtt" in value:
        return str(value["Fn::GetAtt"][0])
    if "Ref" in value:
        return str(value["Ref"])
    return json.dumps(value, sort_keys=True)


def _peer(rule: dict[str, Any], group_field: str) -> str:
    return str(rule["CidrIp"]) if "CidrIp" in rule else _key(rule[group_field])


def emitted_rules(template: dict[str, Any]) -> set[Rule]:
    """Every ingress and egress rule in the template, inline or standalone."""
    found: set[Rule] = set()
    for logical_id, resource in template["Resources"].items():
        props = resource.get("Properties", {})
        kind = resource["Type"]
        if kind == "AWS::EC2::SecurityGroup":
            for rule in props.get("SecurityGroupIngress", []):
                found.add(("ingress", logical_id, _peer(rule, "SourceSecurityGroupId"), rule["FromPort"], rule["ToPort"]))
            for rule in props.get("SecurityGroupEgress", []):
                if rule.get("IpProtocol") == "icmp":  # CDK's "disallow all traffic" placeholder
                    continue
                found.add(("egress", logical_id, _peer(rule, "DestinationSecurityGroupId"), rule["FromPort"], rule["ToPort"]))
        elif kind == "AWS::EC2::SecurityGroupIngress":
            found.add(("ingress", _key(props["GroupId"]), _peer(props, "SourceSecurityGroupId"),
                       props["FromPort"], props["ToPort"]))
        elif kind == "AWS::EC2::SecurityGroupEgress":
            found.add(("egress", _key(props["GroupId"]), _peer(props, "DestinationSecurityGroupId"),
                       props["FromPort"], props["ToPort"]))
    return found


def _one(template: dict[str, Any], type_name: str) -> tuple[str, dict[str, Any]]:
    found = resources(template, type_name)
    assert len(found) == 1, f"expected one {type_name}, found {sorted(found)}"
    logical_id, resource = next(iter(found.items()))
    return logical_id, resource.get("Properties", {})


def _instance_groups(props: dict[str, Any]) -> list[str]:
    if "SecurityGroupIds" in props:
        return [_key(g) for g in props["SecurityGroupIds"]]
    return [_key(g) for interface in props["NetworkInterfaces"] for g in interface["GroupSet"]]


def render(value: Any) -> str:
    """A template value as text: ``Fn::Join`` joined, pseudo parameters as ``${AWS::Region}``."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and "Fn::Join" in value:
        separator, parts = value["Fn::Join"]
        return str(separator).join(render(part) for part in parts)
    if isinstance(value, dict) and "Ref" in value:
        return "${" + str(value["Ref"]) + "}"
    return json.dumps(value, sort_keys=True)


def _arn(kind: str, name: str) -> str:
    return f"arn:${{AWS::Partition}}:elasticache:${{AWS::Region}}:${{AWS::AccountId}}:{kind}:{name}"


# --------------------------------------------------------------------- the kinds
@dataclass
class Ctx:
    """A kind's stack, its VPC, and fresh clients for the APIs."""

    stack: cdk.Stack
    vpc: ec2.IVpc
    count: int = 0

    def id(self, prefix: str) -> str:
        self.count += 1
        return f"{prefix}{self.count}"

    def group_key(self, group: ec2.ISecurityGroup) -> str:
        return _key(self.stack.resolve(group.security_group_id))

    def security_group(self) -> ec2.SecurityGroup:
        return ec2.SecurityGroup(self.stack, self.id("Sg"), vpc=self.vpc, allow_all_outbound=False)

    def lambda_function(self) -> lambda_.Function:
        return lambda_.Function(
            self.stack, self.id("Fn"), runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
            code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"),
            vpc=self.vpc, allow_all_outbound=False,
        )

    def instance(self) -> ec2.Instance:
        return ec2.Instance(
            self.stack, self.id("Instance"), vpc=self.vpc, instance_type=ec2.InstanceType("t3.micro"),
            machine_image=ec2.MachineImage.latest_amazon_linux2023(), allow_all_outbound=False,
            require_imdsv2=True,
        )

    def cidr(self) -> str:
        self.count += 1
        return f"198.51.100.{self.count}/32"


def _imported_group(ctx: Ctx) -> ec2.ISecurityGroup:
    return ec2.SecurityGroup.from_security_group_id(ctx.stack, "ImportedSg", IMPORTED_SG, allow_all_outbound=False)


def _bastion(ctx: Ctx) -> elasticache.NatBastion:
    bastion = elasticache.NatBastion(ctx.stack, "X", vpc=ctx.vpc, trusted_cidrs=["203.0.113.0/28"])
    bastion.forward(7100, "192.0.2.10", 6379)
    return bastion


def _group(ctx: Ctx) -> elasticache.UserGroup:
    member = elasticache.IamUser(ctx.stack, "Member", user_id="member", access_control=ACL)
    return elasticache.UserGroup(ctx.stack, "X", users=[member], user_group_name="interop-group")


def _cache_groups(template: dict[str, Any]) -> list[str]:
    return [_key(g) for g in _one(template, "AWS::ElastiCache::ServerlessCache")[1]["SecurityGroupIds"]]


def _groups_of(type_name: str, prop: str) -> Callable[[dict[str, Any]], list[str]]:
    return lambda template: [_key(g) for g in _one(template, type_name)[1][prop]]


def _endpoint_groups(template: dict[str, Any]) -> list[str]:
    return [_key(g) for g in _one(template, "AWS::EC2::VPCEndpoint")[1]["SecurityGroupIds"]]


def _bastion_groups(template: dict[str, Any]) -> list[str]:
    instance = _key(_one(template, "AWS::EC2::EIP")[1]["InstanceId"])
    return _instance_groups(template["Resources"][instance]["Properties"])


def _getatt(type_name: str, attribute: str) -> Callable[[dict[str, Any]], Any]:
    return lambda template: {"Fn::GetAtt": [_one(template, type_name)[0], attribute]}


def _ref(type_name: str) -> Callable[[dict[str, Any]], Any]:
    return lambda template: {"Ref": _one(template, type_name)[0]}


def _text(value: str) -> Callable[[dict[str, Any]], Any]:
    return lambda template: value


CACHE_TYPES = frozenset({"AWS::ElastiCache::ServerlessCache", "AWS::EC2::SecurityGroup"})
BASTION_TYPES = frozenset({"AWS::EC2::SecurityGroup", "AWS::EC2::Instance", "AWS::EC2::EIP", "AWS::IAM::Role"})


@dataclass(frozen=True)
class Kind:
    """A construct kind and what aws-cdk-lib should see of it."""

    name: str
    make: Callable[[Ctx], Any]
    #: client ports (the service's documentation), or None: no default port; ... or not connectable at all
    default_port: tuple[int, int] | None = None
    #: the security groups it wears, read from the template; None: not connectable
    worn: Callable[[dict[str, Any]], list[str]] | None = None
    #: CloudFormation types among its own resources (empty: an import emits nothing)
    types: frozenset[str] = frozenset()
    #: the types of its own resources that Tags.of(x) must tag
    tagged: frozenset[str] = frozenset()
    #: the types apply_removal_policy must reach; None: refused (an import has no resource)
    retained: frozenset[str] | None = None
    #: the is_* method that must say True for it; None: every one says False
    marker: str | None = None
    #: the value of its metrics' dimension, or None: no metrics
    metric_name: str | None = None
    #: attribute -> the template value a CfnOutput of it must have
    outputs: dict[str, Callable[[dict[str, Any]], Any]] = field(default_factory=dict)
    #: the dimension its metrics are published under (serverless: clusterId; node-based: CacheClusterId)
    metric_dimension: str = "clusterId"
    #: False for a composite Construct that is no IResource (its deletion behaviour is a property of its own)
    resource: bool = True


CLUSTER_TYPES = frozenset({"AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::SubnetGroup",
                           "AWS::EC2::SecurityGroup"})
MEMCACHED_TYPES = frozenset({"AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::SubnetGroup",
                             "AWS::EC2::SecurityGroup"})
LINK_TYPES = frozenset({"Custom::RedisCloudPrivateLink", "AWS::Lambda::Function", "AWS::IAM::Role",
                        "AWS::StepFunctions::StateMachine"})
LINK_TAGGED = frozenset({"AWS::Lambda::Function", "AWS::IAM::Role", "AWS::StepFunctions::StateMachine"})
REDIS_CLOUD_TYPES = frozenset({"AWS::EC2::VPCEndpoint", "AWS::EC2::SecurityGroup"})


def _global_datastore(ctx: Ctx) -> Any:
    primary = elasticache.ClusterReplicationGroup(ctx.stack, "Primary", vpc=ctx.vpc, cache_node_type="cache.r7g.large",
                                                  replication_group_id="interop-primary", generate_auth_token=True)
    return elasticache.GlobalDatastore(ctx.stack, "X", primary=primary, global_replication_group_id_suffix="interop")


def _redis_cloud_endpoint(ctx: Ctx) -> Any:
    from aws_cdk import aws_secretsmanager as secretsmanager

    keys = secretsmanager.Secret.from_secret_name_v2(ctx.stack, "Keys", "redis-cloud/api-keys")
    link = elasticache.RedisCloudPrivateLink(ctx.stack, "Link", subscription_id=1234567, share_name="orders",
                                             api_credentials=keys)
    return elasticache.RedisCloudEndpoint(ctx.stack, "X", link=link, vpc=ctx.vpc)


def _redis_cloud_link(ctx: Ctx) -> Any:
    from aws_cdk import aws_secretsmanager as secretsmanager

    keys = secretsmanager.Secret.from_secret_name_v2(ctx.stack, "Keys", "redis-cloud/api-keys")
    return elasticache.RedisCloudPrivateLink(ctx.stack, "X", subscription_id=1234567, share_name="orders",
                                             api_credentials=keys)


KINDS = [
    Kind("created Valkey cache",
         lambda c: elasticache.ServerlessCache(c.stack, "X", vpc=c.vpc, serverless_cache_name="interop-valkey"),
         (6379, 6380), _cache_groups, CACHE_TYPES, CACHE_TYPES,
         frozenset({"AWS::ElastiCache::ServerlessCache"}), "ServerlessCache.is_serverless_cache", "interop-valkey",
         {"serverless_cache_endpoint_address": _getatt("AWS::ElastiCache::ServerlessCache", "Endpoint.Address"),
          "serverless_cache_arn": _text(_arn("serverlesscache", "interop-valkey"))}),
    Kind("created Memcached cache",
         lambda c: elasticache.ServerlessCache(c.stack, "X", vpc=c.vpc, serverless_cache_name="interop-memcached",
                                               engine=elasticache.CacheEngine.MEMCACHED_LATEST),
         (11211, 11211), _cache_groups, CACHE_TYPES, CACHE_TYPES,
         frozenset({"AWS::ElastiCache::ServerlessCache"}), "ServerlessCache.is_serverless_cache", "interop-memcached",
         {"serverless_cache_endpoint_address": _getatt("AWS::ElastiCache::ServerlessCache", "Endpoint.Address")}),
    Kind("imported cache with engine",
         lambda c: elasticache.ServerlessCache.from_serverless_cache_attributes(
             c.stack, "X", serverless_cache_name="interop-imported", engine=elasticache.CacheEngine.VALKEY_8,
             security_groups=[_imported_group(c)]),
         (6379, 6380), lambda t: [IMPORTED_SG], metric_name="interop-imported",
         outputs={"serverless_cache_arn": _text(_arn("serverlesscache", "interop-imported"))}),
    Kind("imported cache without engine",
         lambda c: elasticache.ServerlessCache.from_serverless_cache_arn(
             c.stack, "X", "arn:aws:elasticache:us-east-1:123456789012:serverlesscache:interop-arn"),
         None, lambda t: [], metric_name="interop-arn",
         outputs={"serverless_cache_arn": _text("arn:aws:elasticache:us-east-1:123456789012:serverlesscache:interop-arn")}),
    Kind("imported cache without engine, with a security group",
         lambda c: elasticache.ServerlessCache.from_serverless_cache_attributes(
             c.stack, "X", serverless_cache_name="interop-sg", security_groups=[_imported_group(c)]),
         None, lambda t: [IMPORTED_SG], metric_name="interop-sg"),
    Kind("InterfaceEndpoint (ElastiCache API)",
         lambda c: elasticache.InterfaceEndpoint(c.stack, "X", vpc=c.vpc,
                                                 target=elasticache.EndpointTarget.elasticache_api()),
         (443, 443), _endpoint_groups, frozenset({"AWS::EC2::VPCEndpoint", "AWS::EC2::SecurityGroup"}),
         frozenset({"AWS::EC2::VPCEndpoint", "AWS::EC2::SecurityGroup"}), frozenset({"AWS::EC2::VPCEndpoint"}),
         outputs={"vpc_endpoint_id": _ref("AWS::EC2::VPCEndpoint")}),
    Kind("InterfaceEndpoint (endpoint service, two ports, extra group)",
         lambda c: elasticache.InterfaceEndpoint(
             c.stack, "X", vpc=c.vpc, security_groups=[_imported_group(c)],
             target=elasticache.EndpointTarget.endpoint_service(
                 "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0", [6379, 16379])),
         (6379, 6379), _endpoint_groups, frozenset({"AWS::EC2::VPCEndpoint", "AWS::EC2::SecurityGroup"}),
         frozenset({"AWS::EC2::VPCEndpoint", "AWS::EC2::SecurityGroup"}), frozenset({"AWS::EC2::VPCEndpoint"}),
         outputs={"vpc_endpoint_id": _ref("AWS::EC2::VPCEndpoint")}),
    Kind("NatBastion", _bastion, None, _bastion_groups, BASTION_TYPES, BASTION_TYPES, BASTION_TYPES,
         outputs={"public_ip": _getatt("AWS::EC2::EIP", "PublicIp")}),
    Kind("IamUser", lambda c: elasticache.IamUser(c.stack, "X", user_id="interop-iam", access_control=ACL),
         types=frozenset({"AWS::ElastiCache::User"}), tagged=frozenset({"AWS::ElastiCache::User"}),
         retained=frozenset({"AWS::ElastiCache::User"}), marker="IamUser.is_iam_user",
         outputs={"user_arn": _text(_arn("user", "interop-iam"))}),
    Kind("PasswordUser (generated secret)",
         lambda c: elasticache.PasswordUser(c.stack, "X", user_id="interop-password", access_control=ACL),
         types=frozenset({"AWS::ElastiCache::User", "AWS::SecretsManager::Secret"}),
         tagged=frozenset({"AWS::ElastiCache::User", "AWS::SecretsManager::Secret"}),
         retained=frozenset({"AWS::ElastiCache::User"}), marker="PasswordUser.is_password_user",
         outputs={"user_arn": _text(_arn("user", "interop-password"))}),
    Kind("NoPasswordUser",
         lambda c: elasticache.NoPasswordUser(c.stack, "X", user_id="interop-nopass", access_control=ACL),
         types=frozenset({"AWS::ElastiCache::User"}), tagged=frozenset({"AWS::ElastiCache::User"}),
         retained=frozenset({"AWS::ElastiCache::User"}), marker="NoPasswordUser.is_no_password_user"),
    Kind("UserGroup", _group, types=frozenset({"AWS::ElastiCache::UserGroup"}),
         tagged=frozenset({"AWS::ElastiCache::UserGroup"}), retained=frozenset({"AWS::ElastiCache::UserGroup"}),
         marker="UserGroup.is_user_group", outputs={"user_group_arn": _text(_arn("usergroup", "interop-group"))}),
    Kind("imported IamUser", lambda c: elasticache.IamUser.from_user_id(c.stack, "X", "interop-imported-user"),
         outputs={"user_arn": _text(_arn("user", "interop-imported-user"))}),
    Kind("imported UserGroup",
         lambda c: elasticache.UserGroup.from_user_group_name(c.stack, "X", "interop-imported-group"),
         outputs={"user_group_arn": _text(_arn("usergroup", "interop-imported-group"))}),
    Kind("ReplicationGroup",
         lambda c: elasticache.ReplicationGroup(c.stack, "X", vpc=c.vpc, replication_group_id="interop-rg"),
         (6379, 6379), _groups_of("AWS::ElastiCache::ReplicationGroup", "SecurityGroupIds"), CLUSTER_TYPES,
         CLUSTER_TYPES, frozenset({"AWS::ElastiCache::ReplicationGroup"}), "ReplicationGroup.is_replication_group",
         "interop-rg-001", metric_dimension="CacheClusterId",
         outputs={"primary_endpoint_address": _getatt("AWS::ElastiCache::ReplicationGroup", "PrimaryEndPoint.Address"),
          "replication_group_arn": _text(_arn("replicationgroup", "interop-rg"))}),
    Kind("ClusterReplicationGroup",
         lambda c: elasticache.ClusterReplicationGroup(c.stack, "X", vpc=c.vpc, replication_group_id="interop-crg"),
         (6379, 6379), _groups_of("AWS::ElastiCache::ReplicationGroup", "SecurityGroupIds"), CLUSTER_TYPES,
         CLUSTER_TYPES, frozenset({"AWS::ElastiCache::ReplicationGroup"}), "ReplicationGroup.is_replication_group",
         "interop-crg-0001-001", metric_dimension="CacheClusterId",
         outputs={"configuration_endpoint_address": _getatt("AWS::ElastiCache::ReplicationGroup",
                                                    "ConfigurationEndPoint.Address")}),
    Kind("imported ReplicationGroup",
         lambda c: elasticache.ReplicationGroup.from_replication_group_attributes(
             c.stack, "X", replication_group_id="interop-imported-rg", port=6379, security_groups=[_imported_group(c)],
             member_cluster_ids=["interop-imported-rg-001"]),
         (6379, 6379), lambda t: [IMPORTED_SG], metric_name="interop-imported-rg-001", metric_dimension="CacheClusterId",
         outputs={"replication_group_arn": _text(_arn("replicationgroup", "interop-imported-rg"))}),
    Kind("MemcachedCluster", lambda c: elasticache.MemcachedCluster(c.stack, "X", vpc=c.vpc, cluster_id="interop-mc"),
         (11211, 11211), _groups_of("AWS::ElastiCache::CacheCluster", "VpcSecurityGroupIds"), MEMCACHED_TYPES,
         MEMCACHED_TYPES, frozenset({"AWS::ElastiCache::CacheCluster"}), "MemcachedCluster.is_memcached_cluster",
         "interop-mc", metric_dimension="CacheClusterId",
         outputs={"configuration_endpoint_address": _getatt("AWS::ElastiCache::CacheCluster", "ConfigurationEndpoint.Address"),
          "cache_cluster_arn": _text(_arn("cluster", "interop-mc"))}),
    Kind("imported MemcachedCluster",
         lambda c: elasticache.MemcachedCluster.from_cluster_attributes(
             c.stack, "X", cluster_id="interop-imported-mc", port=11211, security_groups=[_imported_group(c)]),
         (11211, 11211), lambda t: [IMPORTED_SG], metric_name="interop-imported-mc", metric_dimension="CacheClusterId",
         outputs={"cache_cluster_arn": _text(_arn("cluster", "interop-imported-mc"))}),
    Kind("SubnetGroup", lambda c: elasticache.SubnetGroup(c.stack, "X", vpc=c.vpc),
         types=frozenset({"AWS::ElastiCache::SubnetGroup"}), tagged=frozenset({"AWS::ElastiCache::SubnetGroup"}),
         retained=frozenset({"AWS::ElastiCache::SubnetGroup"}), marker="SubnetGroup.is_subnet_group",
         outputs={"subnet_group_name": _ref("AWS::ElastiCache::SubnetGroup")}),
    Kind("ParameterGroup", lambda c: elasticache.ParameterGroup(c.stack, "X"),
         types=frozenset({"AWS::ElastiCache::ParameterGroup"}), tagged=frozenset({"AWS::ElastiCache::ParameterGroup"}),
         retained=frozenset({"AWS::ElastiCache::ParameterGroup"}), marker="ParameterGroup.is_parameter_group",
         outputs={"parameter_group_name": _ref("AWS::ElastiCache::ParameterGroup")}),
    Kind("RedisCloudPrivateLink", _redis_cloud_link, types=LINK_TYPES, tagged=LINK_TAGGED, resource=False,
         outputs={"share_arn": _getatt("Custom::RedisCloudPrivateLink", "ShareArn")}),
    Kind("RedisCloudEndpoint", _redis_cloud_endpoint, (10000, 19999), _endpoint_groups, REDIS_CLOUD_TYPES,
         REDIS_CLOUD_TYPES, frozenset({"AWS::EC2::VPCEndpoint"}),
         outputs={"vpc_endpoint_id": _ref("AWS::EC2::VPCEndpoint")}),
    Kind("GlobalDatastore", _global_datastore, types=frozenset({"AWS::ElastiCache::GlobalReplicationGroup"}),
         tagged=frozenset({"AWS::ElastiCache::GlobalReplicationGroup"}),
         retained=frozenset({"AWS::ElastiCache::GlobalReplicationGroup"}),
         marker="GlobalDatastore.is_global_datastore",
         outputs={"global_replication_group_id": _getatt("AWS::ElastiCache::GlobalReplicationGroup",
                                                         "GlobalReplicationGroupId")}),
]
NETWORK_KINDS = [k for k in KINDS if k.worn is not None]

MARKERS: dict[str, Callable[[object], bool]] = {
    "ServerlessCache.is_serverless_cache": elasticache.ServerlessCache.is_serverless_cache,
    "IamUser.is_iam_user": elasticache.IamUser.is_iam_user,
    "PasswordUser.is_password_user": elasticache.PasswordUser.is_password_user,
    "NoPasswordUser.is_no_password_user": elasticache.NoPasswordUser.is_no_password_user,
    "UserGroup.is_user_group": elasticache.UserGroup.is_user_group,
    "ReplicationGroup.is_replication_group": elasticache.ReplicationGroup.is_replication_group,
    "MemcachedCluster.is_memcached_cluster": elasticache.MemcachedCluster.is_memcached_cluster,
    "SubnetGroup.is_subnet_group": elasticache.SubnetGroup.is_subnet_group,
    "ParameterGroup.is_parameter_group": elasticache.ParameterGroup.is_parameter_group,
    "GlobalDatastore.is_global_datastore": elasticache.GlobalDatastore.is_global_datastore,
}


# ------------------------------------------------------------- the network APIs
Expect = Callable[[list[str]], set[Rule]]


def _client_to_x(client: str, ports: tuple[int, int]) -> Expect:
    """``client`` reaches x: egress from the client's group, ingress on each of x's."""
    low, high = ports
    return lambda worn: ({("egress", client, g, low, high) for g in worn}
                         | {("ingress", g, client, low, high) for g in worn})


def _x_to_client(client: str, ports: tuple[int, int]) -> Expect:
    """x reaches ``client``: egress from each of x's groups, ingress on the client's."""
    low, high = ports
    return lambda worn: ({("egress", g, client, low, high) for g in worn}
                         | {("ingress", client, g, low, high) for g in worn})


def _lambda_default_port(ctx: Ctx, x: Any, ports: tuple[int, int]) -> tuple[str, Expect]:
    fn = ctx.lambda_function()
    fn.connections.allow_to_default_port(x, "interop")
    client = ctx.group_key(fn.connections.security_groups[0])
    return client, _client_to_x(client, ports)


def _instance_default_port(ctx: Ctx, x: Any, ports: tuple[int, int]) -> tuple[str, Expect]:
    instance = ctx.instance()
    instance.connections.allow_to_default_port(x, "interop")
    client = ctx.group_key(instance.connections.security_groups[0])
    return client, _client_to_x(client, ports)


def _group_default_port(ctx: Ctx, x: Any, ports: tuple[int, int]) -> tuple[str, Expect]:
    group = ctx.security_group()
    group.connections.allow_to_default_port(x, "interop")
    client = ctx.group_key(group)
    return client, _client_to_x(client, ports)


def _new_connections_allow_to(ctx: Ctx, x: Any, ports: tuple[int, int]) -> tuple[str, Expect]:
    group = ctx.security_group()
    ec2.Connections(security_groups=[group]).allow_to(x, ec2.Port.tcp(FIXED_PORT), "interop")
    client = ctx.group_key(group)
    return client, _client_to_x(client, (FIXED_PORT, FIXED_PORT))


def _group_allow_from_x(ctx: Ctx, x: Any, ports: tuple[int, int]) -> tuple[str, Expect]:
    group = ctx.security_group()
    group.connections.allow_from(x, ec2.Port.tcp(FIXED_PORT), "interop")
    client = ctx.group_key(group)
    return client, _x_to_client(client, (FIXED_PORT, FIXED_PORT))


def _x_allow_to_group(ctx: Ctx, x: Any, ports: tuple[int, int]) -> tuple[str, Expect]:
    group = ctx.security_group()
    x.connections.allow_to(group, ec2.Port.tcp(FIXED_PORT), "interop")
    client = ctx.group_key(group)
    return client, _x_to_client(client, (FIXED_PORT, FIXED_PORT))


def _x_allow_from_group(ctx: Ctx, x: Any, ports: tuple[int, int]) -> tuple[str, Expect]:
    group = ctx.security_group()
    x.connections.allow_from(group, ec2.Port.tcp(FIXED_PORT), "interop")
    client = ctx.group_key(group)
    return client, _client_to_x(client, (FIXED_PORT, FIXED_PORT))


def _x_default_port_from_cidr(ctx: Ctx, x: Any, ports: tuple[int, int]) -> tuple[str, Expect]:
    cidr = ctx.cidr()
    x.connections.allow_default_port_from(ec2.Peer.ipv4(cidr), "interop")
    low, high = ports
    return cidr, lambda worn: {("ingress", g, cidr, low, high) for g in worn}


def _x_groups_as_peers(ctx: Ctx, x: Any, ports: tuple[int, int]) -> tuple[str, Expect]:
    group = ctx.security_group()
    for peer in x.connections.security_groups:
        group.add_ingress_rule(peer, ec2.Port.tcp(FIXED_PORT), "interop")
    client = ctx.group_key(group)
    return client, lambda worn: {("ingress", client, g, FIXED_PORT, FIXED_PORT) for g in worn}


@dataclass(frozen=True)
class NetworkApi:
    """An API that takes x as an ec2.IConnectable (or reads its connections)."""

    name: str
    apply: Callable[[Ctx, Any, tuple[int, int]], tuple[str, Expect]]
    uses_default_port: bool = False


NETWORK_APIS = [
    NetworkApi("fn.connections.allow_to_default_port(x)", _lambda_default_port, True),
    NetworkApi("instance.connections.allow_to_default_port(x)", _instance_default_port, True),
    NetworkApi("sg.connections.allow_to_default_port(x)", _group_default_port, True),
    NetworkApi("ec2.Connections(security_groups=[sg]).allow_to(x, port)", _new_connections_allow_to),
    NetworkApi("sg.connections.allow_from(x, port)", _group_allow_from_x),
    NetworkApi("x.connections.allow_to(sg, port)", _x_allow_to_group),
    NetworkApi("x.connections.allow_from(sg, port)", _x_allow_from_group),
    NetworkApi("x.connections.allow_default_port_from(peer)", _x_default_port_from_cidr, True),
    NetworkApi("x's security groups as peers in sg.add_ingress_rule", _x_groups_as_peers),
]


# ----------------------------------------------------------------------- building
@jsii.implements(cdk.IAspect)
class _Visitor:
    """A Python aspect: records every construct aws-cdk-lib hands it."""

    def __init__(self) -> None:
        self.seen: list[Any] = []

    def visit(self, node: Any) -> None:
        self.seen.append(node)


@dataclass
class Built:
    """One kind's stack, after every API was applied and the stack synthesized."""

    kind: Kind
    x: Any
    stack: cdk.Stack
    template: dict[str, Any] = field(default_factory=dict)
    network: dict[str, tuple[str, Expect] | Exception] = field(default_factory=dict)
    removal_error: Exception | None = None
    l1_ids: list[str] = field(default_factory=list)
    visitor: _Visitor = field(default_factory=_Visitor)
    outputs: dict[str, str] = field(default_factory=dict)


_BUILT: dict[str, Built] = {}


def _lint(template: dict[str, Any]) -> list[str]:
    """cfn-lint's findings, less one that aws-cdk-lib's own Lambda function makes
    in every template (a DependsOn on its service role that its GetAtt already implies)."""
    return [finding for finding in lint_errors(template)
            if not (finding.startswith("W3005 ") and "ServiceRole" in finding and "/Properties/Role'" in finding)]


def _vpc(stack: cdk.Stack) -> ec2.IVpc:
    # zones as the env-agnostic stack knows them (Fn::GetAZs), not hard-coded names
    zones = [cdk.Fn.select(index, cdk.Fn.get_azs()) for index in range(2)]
    return ec2.Vpc.from_vpc_attributes(
        stack, "Vpc", vpc_id="vpc-0123456789abcdef0", availability_zones=zones, vpc_cidr_block="10.0.0.0/16",
        private_subnet_ids=["subnet-0a1b2c3d4e5f60718", "subnet-0b1c2d3e4f5061728"],
        public_subnet_ids=["subnet-0c1d2e3f405162738", "subnet-0d1e2f3a405162738"],
    )


def built(kind: Kind) -> Built:
    """``kind`` built once, with every API applied, synthesized and linted."""
    if kind.name in _BUILT:
        return _BUILT[kind.name]
    stack = new_stack("Interop")
    ctx = Ctx(stack, _vpc(stack))
    x = kind.make(ctx)
    result = Built(kind, x, stack)
    if kind.worn is not None:
        for api in NETWORK_APIS:
            try:
                result.network[api.name] = api.apply(ctx, x, kind.default_port or (0, 0))
            except RuntimeError as error:  # jsii raises JavaScript errors as RuntimeError
                result.network[api.name] = error
    cdk.Tags.of(x).add("interop", "tagged")
    try:
        if kind.resource:
            x.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
    except RuntimeError as error:
        result.removal_error = error
    before = cdk.CfnWaitConditionHandle(stack, "Before")
    after = cdk.CfnWaitConditionHandle(stack, "After")
    x.node.add_dependency(before)
    after.node.add_dependency(x)
    result.l1_ids = [stack.resolve(c.logical_id) for c in x.node.find_all() if isinstance(c, cdk.CfnResource)]
    cdk.Aspects.of(stack).add(result.visitor)
    if kind.metric_name is not None:
        serverless = kind.metric_dimension == "clusterId"  # its typed helpers; node-based clusters: metric(name)
        hits = x.metric_cache_hit_count() if serverless else x.metric("CacheHits", statistic="Sum")
        hits.create_alarm(stack, "Alarm", threshold=1, evaluation_periods=1)
        dashboard = cloudwatch.Dashboard(stack, "Dashboard")
        connections = x.metric_active_connections() if serverless else x.metric_current_connections()
        dashboard.add_widgets(cloudwatch.GraphWidget(left=[connections]))
    for index, attribute in enumerate(kind.outputs):
        output_id = f"Output{index}"
        cdk.CfnOutput(stack, output_id, value=getattr(x, attribute))
        result.outputs[attribute] = output_id
    result.template = synth(stack)
    assert _lint(result.template) == [], kind.name
    _BUILT[kind.name] = result
    return result


def _ids(values: list[Any]) -> list[str]:
    return [getattr(v, "name", str(v)) for v in values]


def _cells() -> Iterator[Any]:
    for kind in NETWORK_KINDS:
        for api in NETWORK_APIS:
            yield pytest.param(kind, api, id=f"{kind.name} | {api.name}")


# -------------------------------------------------------------------------- tests
@pytest.mark.parametrize(("kind", "api"), list(_cells()))
def test_network_api(kind: Kind, api: NetworkApi) -> None:
    result = built(kind)
    outcome = result.network[api.name]
    if api.uses_default_port and kind.default_port is None:
        assert isinstance(outcome, RuntimeError), outcome
        assert "no default port" in str(outcome)
        return
    assert not isinstance(outcome, Exception), outcome
    anchor, expect = outcome
    assert kind.worn is not None
    worn = kind.worn(result.template)
    expected = expect(worn)
    assert expected or not worn, "a case that expects nothing checks nothing"
    emitted = emitted_rules(result.template)
    # exact for the API's own client group (or CIDR block): these rules and no others
    assert {rule for rule in emitted if anchor in (rule[1], rule[2])} == expected


@pytest.mark.parametrize("kind", NETWORK_KINDS, ids=_ids(NETWORK_KINDS))
def test_connections_is_the_javascript_object(kind: Kind) -> None:
    x = built(kind).x
    # the Python property is read once and wraps the very JavaScript object aws-cdk-lib reads
    assert x.connections is x.connections
    assert jsii_ref(x.connections) == jsii_ref(jsii.get(x, "connections"))
    default = kind.default_port
    if default is None:
        with pytest.raises(RuntimeError, match="no default port"):
            x.connections.allow_default_port_internally()
    else:
        port = x.connections.default_port
        assert port is not None
        assert cdk.Stack.of(x).resolve(port.to_string()) == (
            str(default[0]) if default[0] == default[1] else f"{default[0]}-{default[1]}")


@pytest.mark.parametrize("client", ["fn", "instance", "sg"])
@pytest.mark.parametrize("kind_name", ["created Valkey cache", "InterfaceEndpoint (ElastiCache API)"])
def test_lambda_instance_and_security_group_reach_cache_and_endpoint(kind_name: str, client: str) -> None:
    # the definition of done, from the client's side of the call
    kind = next(k for k in KINDS if k.name == kind_name)
    result = built(kind)
    outcome = result.network[f"{client}.connections.allow_to_default_port(x)"]
    assert not isinstance(outcome, Exception)
    anchor, _ = outcome
    assert kind.worn is not None and kind.default_port is not None
    (target,) = kind.worn(result.template)
    low, high = kind.default_port
    emitted = emitted_rules(result.template)
    assert ("egress", anchor, target, low, high) in emitted
    assert ("ingress", target, anchor, low, high) in emitted


def _own_resources(result: Built) -> dict[str, dict[str, Any]]:
    template = result.template["Resources"]
    return {logical_id: template[logical_id] for logical_id in result.l1_ids}


@pytest.mark.parametrize("kind", KINDS, ids=_ids(KINDS))
def test_tags_of(kind: Kind) -> None:
    result = built(kind)
    own = _own_resources(result)
    assert kind.types <= {r["Type"] for r in own.values()}
    if not kind.types:
        assert own == {}  # an import emits nothing to tag
    for logical_id, resource in own.items():
        if resource["Type"] in kind.tagged:
            tags = resource["Properties"].get("Tags", [])
            assert {"Key": "interop", "Value": "tagged"} in tags, logical_id
    tagged = {r["Type"] for r in own.values() if {"Key": "interop", "Value": "tagged"} in r.get("Properties", {}).get("Tags", [])}
    assert kind.tagged <= tagged
    # nothing outside x is tagged
    for logical_id, resource in result.template["Resources"].items():
        if logical_id not in own:
            assert {"Key": "interop", "Value": "tagged"} not in resource.get("Properties", {}).get("Tags", []), logical_id


@pytest.mark.parametrize("kind", KINDS, ids=_ids(KINDS))
def test_apply_removal_policy(kind: Kind) -> None:
    result = built(kind)
    own = _own_resources(result)
    if not kind.resource:  # a composite Construct: no IResource to claim
        assert not hasattr(result.x, "apply_removal_policy") and kind.retained is None
        return
    if kind.retained is None:
        assert result.removal_error is not None and "Cannot apply RemovalPolicy" in str(result.removal_error)
        return
    assert result.removal_error is None
    reached = {r["Type"] for r in own.values() if r.get("DeletionPolicy") == "Retain" and r.get("UpdateReplacePolicy") == "Retain"}
    assert kind.retained <= reached
    if kind.retained != kind.types:  # the default child only: the rest keeps CloudFormation's default
        assert reached == kind.retained


@pytest.mark.parametrize("kind", KINDS, ids=_ids(KINDS))
def test_add_dependency_both_ways(kind: Kind) -> None:
    result = built(kind)
    resources_ = result.template["Resources"]
    own = _own_resources(result)
    assert kind.types <= {r["Type"] for r in own.values()}
    for logical_id, resource in own.items():
        assert "Before" in resource.get("DependsOn", []), logical_id
    assert sorted(resources_["After"].get("DependsOn", [])) == sorted(own)


@pytest.mark.parametrize("kind", KINDS, ids=_ids(KINDS))
def test_stack_of_and_aspects(kind: Kind) -> None:
    result = built(kind)
    assert cdk.Stack.of(result.x) is result.stack
    # aws-cdk-lib hands a Python aspect the very Python object, so our API works on what it visits
    visited = [node for node in result.visitor.seen if node is result.x]
    assert len(visited) == 1
    assert result.stack.node.find_child("X") is result.x


@pytest.mark.parametrize("kind", KINDS, ids=_ids(KINDS))
def test_is_methods(kind: Kind) -> None:
    x = built(kind).x
    for name, check in MARKERS.items():
        assert check(x) is (name == kind.marker), name
    # the JavaScript side's marker says the same (what TypeScript code and other copies of the library see)
    for name in MARKERS:
        assert is_marked(x, name.split(".")[0]) is (name == kind.marker), name


@pytest.mark.parametrize("kind", [k for k in KINDS if k.metric_name is not None],
                         ids=_ids([k for k in KINDS if k.metric_name is not None]))
def test_metric_in_alarm_and_dashboard(kind: Kind) -> None:
    result = built(kind)
    _, alarm = _one(result.template, "AWS::CloudWatch::Alarm")
    assert alarm["Namespace"] == "AWS/ElastiCache"
    assert alarm["MetricName"] == "CacheHits"
    assert alarm["Statistic"] == "Sum"
    assert alarm["Dimensions"] == [{"Name": kind.metric_dimension, "Value": kind.metric_name}]
    _, dashboard = _one(result.template, "AWS::CloudWatch::Dashboard")
    body = json.loads(render(dashboard["DashboardBody"]))
    (widget,) = body["widgets"]
    assert widget["properties"]["metrics"][0][:4] == ["AWS/ElastiCache", "CurrConnections", kind.metric_dimension, kind.metric_name]


@pytest.mark.parametrize("kind", [k for k in KINDS if k.outputs], ids=_ids([k for k in KINDS if k.outputs]))
def test_attributes_in_cfn_output(kind: Kind) -> None:
    result = built(kind)
    for attribute, expected in kind.outputs.items():
        value = result.template["Outputs"][result.outputs[attribute]]["Value"]
        want = expected(result.template)
        if isinstance(want, str):
            assert render(value) == want, attribute
        else:
            assert value == want, attribute


def test_matrix_is_complete() -> None:
    # every public construct class with connections is a kind of the matrix (add one line to KINDS)
    public = [getattr(elasticache, name) for name in elasticache.__all__]
    connectable = {cls for cls in public if isinstance(cls, type) and hasattr(cls, "connections")
                   and not cls.__name__.endswith("Base") and not getattr(cls, "_is_protocol", False)}
    covered = {type(built(kind).x) for kind in NETWORK_KINDS}
    missing = sorted(c.__name__ for c in connectable - covered)
    assert not missing, f"add a line to KINDS in tests/cross/test_interop.py for each of {missing}"
    assert set(MARKERS) == {k.marker for k in KINDS if k.marker is not None}


def test_is_methods_on_anything_else() -> None:
    stack = new_stack()
    things: list[object] = [None, "cache", 42, {"serverless_cache_name": "x"}, object(), stack,
                            ec2.SecurityGroup.from_security_group_id(stack, "Sg", IMPORTED_SG)]
    for thing in things:
        for name, check in MARKERS.items():
            assert check(thing) is False, (name, thing)


def test_python_only_connections_fail_the_matrix() -> None:
    # negative control: connections that exist only on the Python side (how ours were before)
    # are invisible to aws-cdk-lib, and the matrix's first cell reports it
    stack = new_stack()
    vpc = _vpc(stack)

    class PythonOnly(cdk.Resource):
        def __init__(self, scope: cdk.Stack, id: str) -> None:
            super().__init__(scope, id)
            group = ec2.SecurityGroup(self, "Sg", vpc=vpc, allow_all_outbound=False)
            self.connections = ec2.Connections(security_groups=[group], default_port=ec2.Port.tcp(6379))

    with pytest.raises(RuntimeError, match="defaultPort"):
        _lambda_default_port(Ctx(stack, vpc), PythonOnly(stack, "X"), (6379, 6379))


def test_connections_across_stacks() -> None:
    # the client in one stack, the cache and the endpoint in another: aws-cdk-lib places each rule
    # with its group and wires the other stack's group id by export, as for its own constructs
    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False)
    data, client_stack = (cdk.Stack(app, name, synthesizer=cdk.DefaultStackSynthesizer(
        generate_bootstrap_version_rule=False)) for name in ("Data", "Client"))
    vpc = _vpc(data)
    cache = elasticache.ServerlessCache(data, "Cache", vpc=vpc, serverless_cache_name="shared")
    endpoint = elasticache.InterfaceEndpoint(data, "Api", vpc=vpc, target=elasticache.EndpointTarget.elasticache_api())
    client = ec2.SecurityGroup(client_stack, "Client", vpc=_vpc(client_stack), allow_all_outbound=False)
    client.connections.allow_to_default_port(cache, "to the cache")
    client.connections.allow_to_default_port(endpoint, "to the API")
    assembly = app.synth()
    data_template = assembly.get_stack_by_name("Data").template
    client_template = assembly.get_stack_by_name("Client").template
    assert _lint(data_template) == [] and _lint(client_template) == []
    (cache_group,) = _cache_groups(data_template)
    (endpoint_group,) = _endpoint_groups(data_template)
    client_group = _key(client_stack.resolve(client.security_group_id))
    # aws-cdk-lib puts both rules in the stack that depends on the other, naming the data
    # stack's group through its export (whose name carries the group's logical id)
    rules = emitted_rules(client_template)
    for target, low, high in ((cache_group, 6379, 6380), (endpoint_group, 443, 443)):
        (imported,) = {r[1] for r in rules if r[0] == "ingress" and target in r[1] and "Fn::ImportValue" in r[1]}
        assert ("ingress", imported, client_group, low, high) in rules
        assert ("egress", client_group, imported, low, high) in rules
    assert len(rules) == 4


# ------------------------------------------------------------------ monitoring: alarms and dashboards
MONITORED: list[tuple[str, Callable[[cdk.Stack, Any], Any], int]] = [
    ("created serverless cache", lambda s, v: elasticache.ServerlessCache(s, "X", vpc=v, serverless_cache_name="m-s"), 4),
    ("imported serverless cache", lambda s, v: elasticache.ServerlessCache.from_serverless_cache_arn(
        s, "X", "arn:aws:elasticache:us-east-1:123456789012:serverlesscache:m-arn"), 4),
    ("created replication group", lambda s, v: elasticache.ReplicationGroup(s, "X", vpc=v), 12),
    ("created cluster replication group", lambda s, v: elasticache.ClusterReplicationGroup(s, "X", vpc=v), 24),
    ("imported replication group", lambda s, v: elasticache.ReplicationGroup.from_replication_group_attributes(
        s, "X", replication_group_id="legacy", cluster_mode_enabled=True,
        member_cluster_ids=["legacy-0001-001", "legacy-0001-002"]), 12),
    ("created Memcached cluster", lambda s, v: elasticache.MemcachedCluster(s, "X", vpc=v), 12),
    ("imported Memcached cluster", lambda s, v: elasticache.MemcachedCluster.from_cluster_attributes(
        s, "X", cluster_id="legacy-mc", num_cache_nodes=3), 18),
]


@pytest.mark.parametrize(("name", "make", "count"), MONITORED, ids=[m[0] for m in MONITORED])
def test_alarms_and_dashboards_of_every_kind(name: str, make: Callable[[cdk.Stack, Any], Any], count: int) -> None:
    stack = new_stack()
    cache = make(stack, _vpc(stack))
    alarms = cache.add_recommended_alarms()
    dashboard = elasticache.CacheDashboard(stack, "Dashboard", caches=[cache])
    # aws-cdk-lib takes them in: our alarms in a composite of the user's, a widget on our dashboard
    cloudwatch.CompositeAlarm(stack, "Mine", alarm_rule=cloudwatch.AlarmRule.any_of(*alarms[:2]))
    dashboard.add_widgets(cloudwatch.AlarmWidget(alarm=alarms[0], title="first"))
    template = synth(stack)
    assert _lint(template) == []
    assert len(resources(template, "AWS::CloudWatch::Alarm")) == count
    assert len(resources(template, "AWS::CloudWatch::CompositeAlarm")) == 2
    body = json.dumps(resources(template, "AWS::CloudWatch::Dashboard"))
    assert '\\"title\\":\\"first\\"' in body and "Alarms of" in body


def test_alarms_in_another_stack_need_no_exports() -> None:
    # alarms name the cache's metrics by id: a monitoring stack needs no reference to the data stack
    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False)
    data, ops = (cdk.Stack(app, name, synthesizer=cdk.DefaultStackSynthesizer(
        generate_bootstrap_version_rule=False)) for name in ("Data", "Ops"))
    group = elasticache.ClusterReplicationGroup(data, "Group", vpc=_vpc(data), replication_group_id="orders")
    elasticache.RecommendedAlarms(ops, "Alarms", cache=group)
    elasticache.CacheDashboard(ops, "Dashboard", caches=[group])
    assembly = app.synth()
    ops_template = assembly.get_stack_by_name("Ops").template
    assert "Fn::ImportValue" not in json.dumps(ops_template) and _lint(ops_template) == []
    assert "Outputs" not in assembly.get_stack_by_name("Data").template
