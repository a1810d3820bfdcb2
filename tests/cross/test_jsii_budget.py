"""Round trips to the jsii kernel per construct: the guide's performance rules
(about one call per resource; nothing read back that Python knows) as exact,
deterministic budgets. Timing belongs to the benchmark, not here."""

from __future__ import annotations

import ast
import importlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2
from jsii._kernel.providers import process

import elasticache_kit as elasticache
from elasticache_kit._internal.arns import pseudo_parameters

from ..conftest import imported_vpc, new_stack, resources, synth


@contextmanager
def round_trips() -> Iterator[list[str]]:
    """Record every request sent to the jsii kernel inside the block."""
    seen: list[str] = []
    original: Callable = process._NodeProcess.send

    def send(self, request, response_type):  # type: ignore[no-untyped-def]
        detail = getattr(request, "property", None) or getattr(request, "method", None) or getattr(request, "fqn", "")
        seen.append(f"{type(request).__name__}:{detail}")
        return original(self, request, response_type)

    process._NodeProcess.send = send
    try:
        yield seen
    finally:
        process._NodeProcess.send = original


def test_serverless_cache_budget() -> None:
    stack = new_stack()
    vpc = imported_vpc(stack)
    acl = elasticache.AccessControl.full_access()
    elasticache.ServerlessCache(stack, "Warm", vpc=vpc)  # pays the VPC's subnet lookup once
    with round_trips() as named:
        elasticache.ServerlessCache(stack, "Named", vpc=vpc, serverless_cache_name="named")
    # one call: the construct builds its security group and L1 on the JavaScript side
    assert named == ["CreateRequest:elasticache-kit-core.CoreServerlessCache"], named
    with round_trips() as generated:
        elasticache.ServerlessCache(stack, "Generated", vpc=vpc)
    assert len(generated) == 1, generated  # the name derives from the scope's path, read once per scope
    with round_trips() as users:
        elasticache.IamUser(stack, "User", user_id="u1", access_control=acl)
    assert users == ["CreateRequest:elasticache-kit-core.CoreUser"], users


def test_shared_vpc_subnets_are_looked_up_once() -> None:
    stack = new_stack()
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
    with round_trips() as first:
        elasticache.ServerlessCache(stack, "A", vpc=vpc)
    with round_trips() as second:
        elasticache.ServerlessCache(stack, "B", vpc=vpc)
    # the scope's path (for the generated name) and the default selection: once per scope and VPC
    assert first == ["GetRequest:node", "GetRequest:path", "StaticInvokeRequest:defaultSubnetIds", *second], first
    assert second == ["CreateRequest:elasticache-kit-core.CoreServerlessCache"], second


def test_rbac_set_budget() -> None:
    stack = new_stack()
    vpc = imported_vpc(stack)
    acl = elasticache.AccessControl.full_access()
    elasticache.ServerlessCache(stack, "Warm", vpc=vpc)
    with round_trips() as calls:
        user = elasticache.IamUser(stack, "U", user_id="u", access_control=acl)
        default = elasticache.IamUser(stack, "D", user_id="d", access_control=acl)
        group = elasticache.UserGroup(stack, "G", users=[user, default], user_group_name="g")
        elasticache.ServerlessCache(stack, "C", vpc=vpc, serverless_cache_name="c", user_group=group)
    # one call per construct: member and group references are wired on the JavaScript side
    assert len(calls) == 4, calls
    assert cdk.Stack.of(group) is stack


def test_password_user_and_cache_settings_budget() -> None:
    stack = new_stack()
    vpc = imported_vpc(stack)
    acl = elasticache.AccessControl.disabled()
    elasticache.ServerlessCache(stack, "Warm", vpc=vpc)
    # the generated secret names the user's ARN: the pseudo-parameter tokens are read once per process
    pseudo_parameters()
    password = cdk.SecretValue.secrets_manager("app/default")
    size = cdk.Size.gibibytes(10)
    with round_trips() as calls:
        given = elasticache.PasswordUser(stack, "Given", user_id="given", user_name="default",
                                         access_control=acl, passwords=[password])
        generated = elasticache.PasswordUser(stack, "Generated", user_id="generated", access_control=acl)
        elasticache.ServerlessCache(
            stack, "Limited", vpc=vpc,
            cache_usage_limits=elasticache.CacheUsageLimits(data_storage_maximum_size=size,
                                                            request_rate_limit_maximum=5000),
            backup=elasticache.BackupSettings(backup_retention_limit=7, backup_time="03:00"),
        )
    # passwords are unwrapped and checked, the secret generated, the Size converted, all on the JavaScript side
    assert calls == ["CreateRequest:elasticache-kit-core.CoreUser"] * 2 + [
        "CreateRequest:elasticache-kit-core.CoreServerlessCache"], calls
    assert given.secret is None
    assert generated.secret is not None


def _type_checking_imports(package: ModuleType) -> dict[str, str]:
    """What the package's ``if TYPE_CHECKING:`` block imports: public name -> module (relative)."""
    tree = ast.parse(Path(package.__file__ or "").read_text())
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for statement in node.body:
                if isinstance(statement, ast.ImportFrom) and statement.level == 1 and statement.module:
                    for alias in statement.names:
                        assert alias.asname == alias.name, f"{alias.name}: re-export it as itself ('X as X')"
                        found[alias.name] = statement.module
    return found


@pytest.mark.parametrize("package_name", ["elasticache_kit", "elasticache_kit.checks", "elasticache_kit.redis_cloud"])
def test_export_table_is_the_one_list(package_name: str) -> None:
    # __all__ is the export table; the type checkers' view (the TYPE_CHECKING imports) names the same
    # modules, so a name added to one and not the other fails here
    package = importlib.import_module(package_name)
    assert package.__all__ == list(package._EXPORTS)
    assert _type_checking_imports(package) == package._EXPORTS


def test_every_public_name_resolves() -> None:
    # names are loaded on first use (PEP 562); each one in __all__ must resolve and be documented
    for name in elasticache.__all__:
        value = getattr(elasticache, name)
        assert value is not None
    assert "ServerlessCache" in dir(elasticache)


def test_first_group_in_a_stack_is_one_call() -> None:
    stack = new_stack()
    user = elasticache.IamUser(stack, "U", user_id="u", access_control=elasticache.AccessControl.full_access())
    with round_trips() as calls:
        elasticache.UserGroup(stack, "G", users=[user], user_group_name="g")
    # the synth-time default-user check lives on the JavaScript side: no per-stack registration, no callback
    assert calls == ["CreateRequest:elasticache-kit-core.CoreUserGroup"], calls


def test_metric_budget() -> None:
    stack = new_stack()
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=imported_vpc(stack), serverless_cache_name="c")
    with round_trips() as plain:
        metric = cache.metric_processing_units_consumed()
    # the defaults go as plain arguments: no MetricProps struct and no Duration built on the Python side
    assert plain == ["StaticInvokeRequest:metric"], plain
    with round_trips() as alarm:
        metric.create_alarm(stack, "Alarm", threshold=1000, evaluation_periods=1)
    assert len(alarm) == 1, alarm
    with round_trips() as options:
        cache.metric_cache_hit_count(statistic="p99")
    assert options[-1] == "CreateRequest:aws-cdk-lib.aws_cloudwatch.Metric", options


def test_connections_budget() -> None:
    from aws_cdk import aws_lambda as lambda_

    stack = new_stack()
    vpc = imported_vpc(stack)
    elasticache.ServerlessCache(stack, "Warm", vpc=vpc)
    fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                          code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"), vpc=vpc)
    group = ec2.SecurityGroup.from_security_group_id(stack, "Sg", "sg-0123456789abcdef0")
    with round_trips() as created:
        cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, serverless_cache_name="c")
    # the JavaScript side makes the Connections in the same one call
    assert created == ["CreateRequest:elasticache-kit-core.CoreServerlessCache"], created
    with round_trips() as first:
        cache.connections  # noqa: B018
    with round_trips() as again:
        cache.connections  # noqa: B018
    assert first == ["GetRequest:connections"], first  # was 3: the groups, a Port, a Python-made Connections
    assert again == [], again
    with round_trips() as from_lambda:
        fn.connections.allow_to_default_port(cache)
    # aws-cdk-lib reads cache.connections on its side: no callback into Python (a CompleteRequest)
    assert from_lambda == ["GetRequest:connections", "InvokeRequest:allowToDefaultPort"], from_lambda
    with round_trips() as imported:
        elasticache.ServerlessCache.from_serverless_cache_attributes(
            stack, "Imported", serverless_cache_name="i", engine=elasticache.CacheEngine.VALKEY_8,
            security_groups=[group])
    assert imported == ["CreateRequest:elasticache-kit-core.CoreImportedServerlessCache"], imported


def test_interface_endpoint_budget() -> None:
    stack = new_stack()
    vpc = imported_vpc(stack)
    peers = [ec2.Peer.ipv4("198.51.100.0/24")]
    target = elasticache.EndpointTarget.endpoint_service("com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0",
                                                         [6379, 6380])
    elasticache.InterfaceEndpoint(stack, "Warm", vpc=vpc, target=target, allowed_peers=peers)
    with round_trips() as calls:
        endpoint = elasticache.InterfaceEndpoint(stack, "Endpoint", vpc=vpc, target=target, allowed_peers=peers)
    # construct, security group, its rules, Connections and the VPCEndpoint: one call (was 10 with given peers)
    assert calls == ["CreateRequest:elasticache-kit-core.CoreInterfaceEndpoint"], calls
    with round_trips() as reads:
        endpoint.connections  # noqa: B018
        endpoint.connections  # noqa: B018
    assert reads == ["GetRequest:connections"], reads


def test_nat_bastion_network_budget() -> None:
    stack = new_stack()
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
    with round_trips() as calls:
        bastion = elasticache.NatBastion(stack, "Bastion", vpc=vpc, trusted_cidrs=["198.51.100.27/32"])
    # the construct, its security group (HTTPS egress) and Connections are one call, read back once
    assert calls.count("CreateRequest:elasticache-kit-core.CoreConnectableResource") == 1, calls
    assert calls.count("GetRequest:securityGroup") == 1, calls
    assert not [c for c in calls if c.endswith(("aws_ec2.SecurityGroup", "aws_ec2.Connections", "aws-cdk-lib.Resource"))]
    with round_trips() as reads:
        bastion.connections  # noqa: B018
        bastion.connections  # noqa: B018
    assert reads == ["GetRequest:connections"], reads


def test_node_cluster_budgets() -> None:
    """Replication groups (with their subnet, parameter and security groups),
    Memcached clusters and the two groups: one call each; metrics and
    connections one call, connections read once."""
    stack = new_stack()
    vpc = imported_vpc(stack)
    elasticache.ReplicationGroup(stack, "Warm", vpc=vpc)  # pays the VPC's subnet lookup and the scope's path once
    with round_trips() as group:
        elasticache.ReplicationGroup(stack, "Group", vpc=vpc)
    assert group == ["CreateRequest:elasticache-kit-core.CoreReplicationGroup"], group
    with round_trips() as sharded:
        elasticache.ClusterReplicationGroup(stack, "Sharded", vpc=vpc, replication_group_id="sharded")
    assert sharded == ["CreateRequest:elasticache-kit-core.CoreReplicationGroup"], sharded
    with round_trips() as memcached:
        elasticache.MemcachedCluster(stack, "Memcached", vpc=vpc)
    assert memcached == ["CreateRequest:elasticache-kit-core.CoreCacheCluster"], memcached
    with round_trips() as groups:
        subnets = elasticache.SubnetGroup(stack, "Subnets", vpc=vpc)
        params = elasticache.ParameterGroup(stack, "Params")
    assert groups == ["CreateRequest:elasticache-kit-core.CoreSubnetGroup",
                      "CreateRequest:elasticache-kit-core.CoreParameterGroup"], groups
    users = elasticache.UserGroup(stack, "Users", users=[
        elasticache.IamUser(stack, "User", user_id="u1", access_control=elasticache.AccessControl.full_access())])
    with round_trips() as wired:
        given = elasticache.ReplicationGroup(stack, "Wired", vpc=vpc, user_group=users, subnet_group=subnets,
                                             parameter_group=params)
    assert len(wired) == 1, wired  # the given groups are passed by reference, nothing read back
    with round_trips() as reads:
        given.metric_cpu_utilization()
        assert given.connections is given.connections
    assert reads == ["StaticInvokeRequest:metric", "GetRequest:connections"], reads


def test_redis_cloud_private_link_budget() -> None:
    """The PrivateLink's ~19 resources (custom resource, functions, role, policy, log groups,
    Provider framework) with the DependsOn clean-up and cdk-nag acknowledgements: one call
    (was 122); its attributes are read when used, once."""
    from aws_cdk import aws_secretsmanager as secretsmanager

    stack = new_stack()
    keys = secretsmanager.Secret.from_secret_name_v2(stack, "Keys", "redis-cloud/api-keys")
    elasticache.RedisCloudPrivateLink(stack, "Warm", subscription_id=1, share_name="warm", api_credentials=keys)
    with round_trips() as calls:
        link = elasticache.RedisCloudPrivateLink(stack, "Link", subscription_id=1234567, share_name="orders",
                                                 api_credentials=keys)
    assert calls == ["CreateRequest:elasticache-kit-core.CoreRedisCloudPrivateLink"], calls
    vpc = imported_vpc(stack)
    timeout = cdk.Duration.minutes(30)
    with round_trips() as in_vpc:
        elasticache.RedisCloudPrivateLink(stack, "InVpc", subscription_id=1234567, share_name="orders",
                                          api_credentials=keys, vpc=vpc, total_timeout=timeout)
    assert in_vpc == ["CreateRequest:elasticache-kit-core.CoreRedisCloudPrivateLink"], in_vpc
    with round_trips() as reads:
        assert link.share_arn is link.share_arn
        assert link.database_ports is link.database_ports
    assert reads == ["GetRequest:shareArn", "GetRequest:databasePorts"], reads
    assert len(resources(synth(stack), "Custom::RedisCloudPrivateLink")) == 3


def test_redis_cloud_endpoint_budget() -> None:
    """``endpoint(vpc)``: the construct, its security group and rules (from the VPC's CIDR,
    read on the JavaScript side), Connections and the VPCEndpoint: one call (was 6)."""
    from aws_cdk import aws_secretsmanager as secretsmanager

    stack = new_stack()
    vpc = imported_vpc(stack, cidr="10.0.0.0/16")
    keys = secretsmanager.Secret.from_secret_name_v2(stack, "Keys", "redis-cloud/api-keys")
    warm = elasticache.RedisCloudPrivateLink(stack, "Warm", subscription_id=1, share_name="warm", api_credentials=keys)
    warm.endpoint(vpc)  # pays the VPC's subnet lookup once
    link = elasticache.RedisCloudPrivateLink(stack, "Link", subscription_id=1234567, share_name="orders",
                                             api_credentials=keys)
    with round_trips() as calls:
        endpoint = link.endpoint(vpc)
    assert calls == ["CreateRequest:elasticache-kit-core.CoreRedisCloudEndpoint"], calls
    given = [ec2.Peer.ipv4("198.51.100.0/24")]
    with round_trips() as peers:
        elasticache.RedisCloudEndpoint(stack, "Peers", link=link, vpc=vpc, allowed_peers=given)
    assert peers == ["CreateRequest:elasticache-kit-core.CoreRedisCloudEndpoint"], peers
    with round_trips() as reads:
        assert endpoint.vpc_endpoint_id is endpoint.vpc_endpoint_id
        assert endpoint.connections is endpoint.connections
    assert reads == ["GetRequest:vpcEndpointId", "GetRequest:connections"], reads


def test_recommended_alarms_and_dashboard_budget() -> None:
    """A cache's whole alarm set (here 36 alarms and a composite, on a 3-shard group with a
    replica each) is one call; reading the alarms back two more; a dashboard of several caches
    with their alarm states one call."""
    from aws_cdk import aws_sns as sns

    stack = new_stack()
    vpc = imported_vpc(stack)
    topic = sns.Topic(stack, "Topic")
    group = elasticache.ClusterReplicationGroup(stack, "Group", vpc=vpc, replication_group_id="orders",
                                                num_node_groups=3, replicas_per_node_group=1)
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, serverless_cache_name="carts")
    with round_trips() as created:
        alarm_set = elasticache.RecommendedAlarms(stack, "Alarms", cache=group, actions=[topic])
    assert created == ["CreateRequest:elasticache-kit-core.CoreAlarmSet"], created
    with round_trips() as reads:
        assert len(alarm_set.all_alarms) == 37
        assert len(alarm_set.all_alarms) == 37
    assert reads == ["GetRequest:compositeAlarm", "GetRequest:alarms"], reads
    with round_trips() as one_line:
        cache.add_recommended_alarms(actions=[topic])
    assert one_line == ["CreateRequest:elasticache-kit-core.CoreAlarmSet", "GetRequest:compositeAlarm",
                        "GetRequest:alarms"], one_line
    with round_trips() as dashboard:
        elasticache.CacheDashboard(stack, "Dashboard", caches=[group, cache])
    assert dashboard == ["CreateRequest:elasticache-kit-core.CoreCacheDashboard"], dashboard
    assert len(resources(synth(stack), "AWS::CloudWatch::Alarm")) == 36 + 4
def test_global_datastore_and_durable_public_budgets() -> None:
    """Issue 22: a global datastore is one call (its same-stack check and region on the
    JavaScript side); a secondary is its group's call plus the datastore's id and regions,
    read once; durability and public caches add no call."""
    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False)
    east = cdk.Stack(app, "East", env=cdk.Environment(account="111111111111", region="us-east-1"))
    west = cdk.Stack(app, "West", env=cdk.Environment(account="111111111111", region="eu-west-1"),
                     cross_region_references=True)
    vpc_east, vpc_west = imported_vpc(east), imported_vpc(west)
    elasticache.ClusterReplicationGroup(east, "Warm", vpc=vpc_east)  # the VPC's subnets and the scope's path
    elasticache.ClusterReplicationGroup(west, "Warm", vpc=vpc_west)
    primary = elasticache.ClusterReplicationGroup(east, "Primary", vpc=vpc_east, cache_node_type="cache.r7g.large",
                                                  replication_group_id="primary")
    with round_trips() as created:
        datastore = elasticache.GlobalDatastore(east, "Global", primary=primary, global_replication_group_id_suffix="g")
    assert created == ["CreateRequest:elasticache-kit-core.CoreGlobalDatastore"], created
    with round_trips() as secondary:
        elasticache.ClusterReplicationGroup(west, "Secondary", vpc=vpc_west, global_datastore=datastore,
                                            replication_group_id="secondary")
    assert secondary == ["StaticInvokeRequest:of", "GetRequest:region", "GetRequest:primaryRegion",
                         "GetRequest:globalReplicationGroupId",
                         "CreateRequest:elasticache-kit-core.CoreReplicationGroup"], secondary
    with round_trips() as durable:
        elasticache.ClusterReplicationGroup(east, "Durable", vpc=vpc_east, cache_node_type="cache.r7g.large",
                                            durability=elasticache.Durability.SYNC, replication_group_id="durable")
    assert durable == ["CreateRequest:elasticache-kit-core.CoreReplicationGroup"], durable
    with round_trips() as public:
        elasticache.ServerlessCache(east, "Public", engine=elasticache.CacheEngine.VALKEY_9,
                                    serverless_cache_name="public", use_default_iam_user_group=True,
                                    connection_type=elasticache.ConnectionType.PUBLIC)
    assert public == ["CreateRequest:elasticache-kit-core.CoreServerlessCache"], public
