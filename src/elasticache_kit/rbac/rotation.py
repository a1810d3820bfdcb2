"""Opt-in rotation of a :class:`~elasticache_kit.PasswordUser`'s generated secret
by the library's own rotation function (:mod:`elasticache_kit.rbac.rotation_function`:
Python, standard library and boto3 only), with least-privilege IAM on exactly
that user and that secret."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import aws_cdk as cdk
from constructs import Construct

from .._internal.arns import pseudo_parameters
from .._internal.context import Site
from .._internal.lazy import LazyModule
from .._internal.network import is_tcp_port, selection_kwargs, tcp_ports
from .._internal.tokens import is_token
from ..endpoints.allows import EndpointCall, check_given_endpoint

if TYPE_CHECKING:
    from aws_cdk import aws_ec2 as ec2
    from aws_cdk import aws_iam as iam
    from aws_cdk import aws_kms as kms
    from aws_cdk import aws_lambda as lambda_
    from aws_cdk import aws_logs as logs
    from aws_cdk import aws_s3_assets as s3_assets
    from aws_cdk import aws_secretsmanager as secretsmanager

    from ..clusters.replication_group_base import IReplicationGroup
    from ..endpoints.interface_endpoint import InterfaceEndpoint
    from ..serverless.cache import IServerlessCache
else:
    ec2 = LazyModule("aws_cdk.aws_ec2")
    iam = LazyModule("aws_cdk.aws_iam")
    kms = LazyModule("aws_cdk.aws_kms")
    lambda_ = LazyModule("aws_cdk.aws_lambda")
    logs = LazyModule("aws_cdk.aws_logs")
    s3_assets = LazyModule("aws_cdk.aws_s3_assets")
    secretsmanager = LazyModule("aws_cdk.aws_secretsmanager")

__all__ = ["PasswordRotation"]

#: The function's code: one directory, shipped as the Lambda asset.
FUNCTION_CODE = Path(__file__).resolve().parent / "rotation_function"
#: Secrets Manager's limits for AutomaticallyAfterDays.
SCHEDULE_DAYS = (1, 1000)
DEFAULT_SCHEDULE_DAYS = 30

_SECRET_ACTIONS = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue",
                   "secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage"]
_USER_ACTIONS = ["elasticache:ModifyUser", "elasticache:DescribeUsers"]
# What Lambda needs to attach a function to a VPC (the actions of AWSLambdaVPCAccessExecutionRole).
_VPC_ACTIONS = ["ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DescribeSubnets",
                "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses"]

#: cdk-nag findings acknowledged on every rotation function (per pack), with the reasons.
_CONCURRENCY = ("Reserved concurrency would take capacity from the account's unreserved pool (and cannot be set "
                "on accounts below 100 concurrent executions); Secrets Manager runs one step at a time.")
_DLQ = ("Secrets Manager invokes the rotation function synchronously and retries failed steps itself; a DLQ "
        "only receives failed asynchronous invocations.")
_ENCRYPTED_LOGS = ("The function's log group holds step names and version ids, never a password (the handler "
                   "logs none); CloudWatch Logs encrypts it at rest.")
_ACKNOWLEDGED = (
    ("AwsSolutions-IAM5[Resource::*]",
     "Lambda's VPC actions (ec2:CreateNetworkInterface, ec2:Describe*) take no resource ARNs (the actions of "
     "AWSLambdaVPCAccessExecutionRole); every other statement names the one secret, user, key or log group."),
    *((f"{pack}-LambdaConcurrency", _CONCURRENCY) for pack in ("HIPAA.Security", "NIST.800.53.R5")),
    *((f"{pack}-LambdaDLQ", _DLQ) for pack in ("HIPAA.Security", "NIST.800.53.R5", "Serverless")),
    ("Serverless-LambdaTracing",
     "X-Ray tracing would need the X-Ray API reachable from the function's subnets (another interface endpoint "
     "in a VPC without NAT); rotation steps are logged and Secrets Manager records each rotation in CloudTrail."),
    *((f"{pack}-CloudWatchLogGroupEncrypted", _ENCRYPTED_LOGS) for pack in ("HIPAA.Security", "PCI.DSS.321",
                                                                            "NIST.800.53.R4", "NIST.800.53.R5")),
    # AWS Control Tower's guard rules (cdklabs-cdk-validator-cfnguard), prefixed by their plugin's name
    ("cdk-validator-cfnguard::cloudwatch_log_group_encrypted_check", _ENCRYPTED_LOGS),
)


@dataclass(frozen=True)
class PasswordRotation:
    """How a :class:`~elasticache_kit.PasswordUser`'s generated secret rotates.

    The rotation function runs in the cache's VPC: testSecret authenticates
    with the new password against the cache.  Give ``cache`` (a
    ``ServerlessCache``, ``ReplicationGroup`` or ``ClusterReplicationGroup``
    created in this app: endpoint, port, TLS, VPC and the network path from the
    function follow from it, through the cache's ``connections``; use
    ``PasswordUser.add_rotation`` once the cache exists), or ``endpoint_host``
    and ``vpc``.

    The function calls the Secrets Manager and ElastiCache APIs: its subnets
    need a NAT route, or interface endpoints with private DNS for both
    (``ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER`` and
    ``InterfaceEndpoint(..., target=EndpointTarget.elasticache_api())``).

    Example::

        reports = elasticache.PasswordUser(self, "Reports", user_id="reports",
                                           access_control=elasticache.AccessControl.read_only("app:*"))
        cache = elasticache.ServerlessCache(self, "Cache", vpc=vpc,
                                            user_group=elasticache.UserGroup(self, "Users", users=[reports]))
        reports.add_rotation(elasticache.PasswordRotation(cache=cache, schedule=cdk.Duration.days(30)))
    """

    schedule: cdk.Duration | None = None
    """How often to rotate, in whole days 1..1000. Default: 30 days."""
    cache: IServerlessCache | IReplicationGroup | None = None
    """The cache the user belongs to (a ``ServerlessCache`` or replication group created in this app). Default: none."""
    endpoint_host: str | None = None
    """The endpoint testSecret authenticates against. Default: the cache's endpoint."""
    endpoint_port: int | None = None
    """Its port. Default: the cache's port, else 6379."""
    tls: bool = True
    """Whether the endpoint speaks TLS (serverless caches always do). Default: True."""
    vpc: ec2.IVpc | None = None
    """The function's VPC. Default: the cache's."""
    vpc_subnets: ec2.SubnetSelection | None = None
    """The function's subnets. Default: the VPC's private subnets with egress, else its isolated ones."""
    security_groups: Sequence[ec2.ISecurityGroup] | None = None
    """The function's security groups. Default: a new one with egress to the endpoint and to HTTPS only."""
    api_endpoint: InterfaceEndpoint | None = None
    """The ElastiCache API interface endpoint (``EndpointTarget.elasticache_api()``) the function calls
    ``ModifyUser`` and ``DescribeUsers`` through. Checked at synth: it must be in the function's VPC and
    its policy must allow both calls on the user; the function's security groups get a path to it, and
    the function its DNS name when its private DNS is off. Default: none (the API's default name:
    NAT, or an endpoint with private DNS)."""


def cache_kind(cache: Any) -> str | None:
    """``serverless`` or ``group`` for a cache created in this app, else None (read from Python attributes only)."""
    if cache is None:
        return None
    if getattr(cache, "serverless_cache_endpoint_address", None) is not None:
        return "serverless"
    if all(hasattr(type(cache), name) for name in ("replication_group_id", "connections", "cluster_mode_enabled")) \
            and getattr(cache, "vpc", None) is not None and getattr(cache, "port", None) is not None:
        return "group"
    return None


def _endpoint(rotation: PasswordRotation) -> tuple[str, Any, bool]:
    """The endpoint testSecret authenticates against: host, port and TLS."""
    cache: Any = rotation.cache
    kind = cache_kind(cache)
    if kind == "group":
        cluster = bool(cache.cluster_mode_enabled)
        host = rotation.endpoint_host or (cache.configuration_endpoint_address if cluster
                                          else cache.primary_endpoint_address)
        return host, rotation.endpoint_port or cache.port, rotation.tls and bool(cache.transit_encryption)
    if kind == "serverless":
        return (rotation.endpoint_host or cache.serverless_cache_endpoint_address,
                rotation.endpoint_port or cache.serverless_cache_endpoint_port, rotation.tls)
    return rotation.endpoint_host or "", rotation.endpoint_port or 6379, rotation.tls


def _endpoint_url(endpoint: Any) -> dict[str, str]:
    """botocore's endpoint variable for an ElastiCache API endpoint whose private DNS is off."""
    if endpoint is None or endpoint.private_dns_enabled:
        return {}
    return {"AWS_ENDPOINT_URL_ELASTICACHE": f"https://{endpoint.regional_dns_name}"}


def check_rotation(site: Site, rotation: Any) -> int:
    """Check ``rotation``; return the schedule in days."""
    if not isinstance(rotation, PasswordRotation):
        site.fail("rotation", type(rotation).__name__, "must be a PasswordRotation")
    cache: Any = rotation.cache
    kind = cache_kind(cache)
    if cache is not None and kind is None:
        site.fail("rotation.cache", type(cache).__name__,
                  "must be a ServerlessCache, ReplicationGroup or ClusterReplicationGroup created in this app")
    if kind == "serverless" and not cache.engine.supports_rbac:
        site.fail("rotation.cache", cache.engine.engine_type, "has no users: only Valkey and Redis OSS caches do")
    if cache is None and rotation.endpoint_host is None:
        site.fail("rotation.endpoint_host", None, "is required without cache: testSecret authenticates there")
    if cache is None and rotation.vpc is None:
        site.fail("rotation.vpc", None, "is required without cache: the function must reach the endpoint")
    endpoint = rotation.api_endpoint
    if endpoint is not None:
        target = getattr(endpoint, "target", None)
        if target is None or getattr(target, "kind", None) != "aws-service":
            site.fail("rotation.api_endpoint", str(getattr(getattr(endpoint, "node", None), "path", endpoint)),
                      "must be an InterfaceEndpoint for the ElastiCache API (EndpointTarget.elasticache_api())")
    port = rotation.endpoint_port
    if port is not None and not is_token(port) and not is_tcp_port(port):
        site.fail("rotation.endpoint_port", port, "must be a TCP port in 1..65535")
    if rotation.schedule is None:
        return DEFAULT_SCHEDULE_DAYS
    if not isinstance(rotation.schedule, cdk.Duration):
        site.fail("rotation.schedule", rotation.schedule, "must be a Duration, e.g. Duration.days(30)")
    try:
        days = rotation.schedule.to_days()
    except RuntimeError:
        site.fail("rotation.schedule", rotation.schedule.to_human_string(), "must be a whole number of days")
    low, high = SCHEDULE_DAYS
    if not is_token(days) and not (isinstance(days, (int, float)) and float(days).is_integer() and low <= days <= high):
        site.fail("rotation.schedule", f"{days} days", f"must be a whole number of days in {low}..{high}")
    return int(days)


def _endpoint_cidr(site: Site, rotation: PasswordRotation, vpc: ec2.IVpc) -> str | None:
    """The VPC's CIDR block, the egress to ``endpoint_host`` of a function without a cache or given security
    groups; None otherwise."""
    if rotation.cache is not None or rotation.security_groups:
        return None
    try:
        return vpc.vpc_cidr_block
    except RuntimeError:
        site.fail("rotation.vpc", "(imported)", "has no CIDR block for the egress to endpoint_host: import it "
                  "with vpc_cidr_block, or give security_groups")


def _role(
    root: Construct, log_group: logs.LogGroup, *, secret_arn: str, user_arn: str, key: kms.IKey | None,
    region: str, user_id: str,
) -> iam.Role:
    """The function's role: this secret, this user, this log group, the key through Secrets Manager only,
    and Lambda's VPC actions (which take no resource)."""
    statements = [
        iam.PolicyStatement(actions=_SECRET_ACTIONS, resources=[secret_arn]),
        iam.PolicyStatement(actions=_USER_ACTIONS, resources=[user_arn]),
        iam.PolicyStatement(actions=["logs:CreateLogStream", "logs:PutLogEvents"],
                            resources=[log_group.log_group_arn]),
        iam.PolicyStatement(actions=_VPC_ACTIONS, resources=["*"]),
    ]
    if key is not None:
        statements.append(iam.PolicyStatement(
            actions=["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"], resources=[key.key_arn],
            conditions={"StringEquals": {"kms:ViaService": f"secretsmanager.{region}.amazonaws.com"}},
        ))
    policy = iam.ManagedPolicy(root, "Policy", statements=statements,
                               description=f"Rotation of ElastiCache user {user_id}'s secret only")
    # the role lists the policy, so it exists before the function (Lambda checks the VPC
    # permissions when it creates a function in a VPC)
    return iam.Role(root, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
                    description=f"Rotates the password of ElastiCache user {user_id}", managed_policies=[policy])


def _security_groups(
    root: Construct, rotation: PasswordRotation, vpc: ec2.IVpc, cidr: str | None, port: Any, user_id: str,
) -> list[ec2.ISecurityGroup]:
    """The given security groups, or one of its own: HTTPS out to the APIs, and the endpoint's port to the
    VPC when the endpoint is not a cache's (a cache opens its own port to the function)."""
    groups = list(rotation.security_groups or [])
    if groups:
        return groups
    group = ec2.SecurityGroup(root, "SecurityGroup", vpc=vpc, allow_all_outbound=False,
                              description=f"Rotation function of ElastiCache user {user_id}")
    group.add_egress_rule(ec2.Peer.any_ipv4(), tcp_ports((443,)), "HTTPS to the Secrets Manager and ElastiCache APIs")
    if cidr is not None:
        group.add_egress_rule(ec2.Peer.ipv4(cidr), tcp_ports((port,)), "to the cache endpoint")
    return [group]


def _subnet_ids(site: Site, rotation: PasswordRotation, vpc: ec2.IVpc) -> list[str]:
    """The function's subnets: the selection given, else the private subnets (with egress if any)."""
    if rotation.vpc_subnets is not None:
        subnet_ids = vpc.select_subnets(**selection_kwargs(rotation.vpc_subnets)).subnet_ids
    else:
        kind = ec2.SubnetType.PRIVATE_WITH_EGRESS if vpc.private_subnets else ec2.SubnetType.PRIVATE_ISOLATED
        subnet_ids = vpc.select_subnets(subnet_type=kind).subnet_ids
    if not subnet_ids:
        site.fail("rotation.vpc_subnets", "(selection)", "selects no subnets for the rotation function")
    return subnet_ids


def _schedule(root: Construct, function: lambda_.CfnFunction, secret_arn: str, account: str, days: int) -> None:
    """Secrets Manager may invoke the function for this secret only, every ``days`` days."""
    permission = lambda_.CfnPermission(
        root, "InvokedBySecretsManager", action="lambda:InvokeFunction", function_name=function.ref,
        principal="secretsmanager.amazonaws.com", source_arn=secret_arn, source_account=account,
    )
    schedule = secretsmanager.CfnRotationSchedule(
        root, "Schedule", secret_id=secret_arn, rotation_lambda_arn=function.attr_arn,
        rotation_rules=secretsmanager.CfnRotationSchedule.RotationRulesProperty(automatically_after_days=days),
    )
    schedule.add_resource_dependency(permission)


def add_rotation(
    scope: Construct, site: Site, rotation: PasswordRotation, days: int, *,
    secret: secretsmanager.ISecret, key: kms.IKey | None, user_arn: str, user_id: str,
) -> lambda_.IFunction:
    """Create the rotation function, its role and log group, and the schedule, under ``scope``; return the
    function as a ``lambda.IFunction`` with its role and ``connections`` (its security groups)."""
    cache: Any = rotation.cache  # check_rotation: a cache, or both endpoint_host and vpc
    vpc = rotation.vpc or cache.vpc
    host, port, tls = _endpoint(rotation)
    secret_arn = secret.secret_arn
    _, region, account = pseudo_parameters()

    if rotation.api_endpoint is not None:  # before anything is created: the function's role is not known yet
        check_given_endpoint(site, "rotation.api_endpoint", rotation.api_endpoint, vpc=vpc,
                             principal="${Token[rotation function role]}",
                             calls=[EndpointCall(action, user_arn) for action in _USER_ACTIONS],
                             component=f"the rotation function of user {user_id}")
    cidr = _endpoint_cidr(site, rotation, vpc)

    root = Construct(scope, "Rotation")
    log_group = logs.LogGroup(root, "Logs", retention=logs.RetentionDays.ONE_YEAR,
                              removal_policy=cdk.RemovalPolicy.DESTROY)
    role = _role(root, log_group, secret_arn=secret_arn, user_arn=user_arn, key=key, region=region, user_id=user_id)
    groups = _security_groups(root, rotation, vpc, cidr, port, user_id)
    subnet_ids = _subnet_ids(site, rotation, vpc)
    code = s3_assets.Asset(root, "Code", path=str(FUNCTION_CODE), exclude=["__pycache__", "*.pyc"])
    # an L1 (one call): the L2 Function would add a DependsOn on its role that its Role GetAtt
    # already implies (cfn-lint W3005); the role lists the policy, so that exists first (Lambda
    # checks the VPC permissions when it creates a function in a VPC)
    function = lambda_.CfnFunction(
        root, "Function",
        runtime="python3.14",
        handler="handler.handler",
        code=lambda_.CfnFunction.CodeProperty(s3_bucket=code.s3_bucket_name, s3_key=code.s3_object_key),
        description=f"Rotates the password of ElastiCache user {user_id} (Secrets Manager rotation)",
        role=role.role_arn,
        timeout=300,
        memory_size=256,
        logging_config=lambda_.CfnFunction.LoggingConfigProperty(
            log_format="JSON", log_group=log_group.log_group_name),
        vpc_config=lambda_.CfnFunction.VpcConfigProperty(
            security_group_ids=[g.security_group_id for g in groups], subnet_ids=subnet_ids),
        environment=lambda_.CfnFunction.EnvironmentProperty(variables={
            "CACHE_ENDPOINT_HOST": host,
            "CACHE_ENDPOINT_PORT": str(port),
            "CACHE_TLS": "true" if tls else "false",
            **_endpoint_url(rotation.api_endpoint),
        }),
    )
    for target in (cache, rotation.api_endpoint):  # the cache's port and the API endpoint's, from the function
        if target is not None:
            for peer in groups:
                target.connections.allow_default_port_from(peer, f"rotation of user {user_id}")
    _schedule(root, function, secret_arn, account, days)
    cdk.Validations.of(root).acknowledge(*(cdk.Acknowledgment(id=rule, reason=why) for rule, why in _ACKNOWLEDGED))
    # the L1 above keeps the template free of a redundant DependsOn; users get the L2 interface
    # (grants, metrics, connections) over the same function
    handle = lambda_.Function.from_function_attributes(
        root, "Handle", function_arn=function.attr_arn, role=role, security_group=groups[0], same_environment=True)
    for extra in groups[1:]:
        handle.connections.add_security_group(extra)
    return handle
