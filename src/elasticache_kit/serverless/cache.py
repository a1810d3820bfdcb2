"""ElastiCache Serverless caches (Valkey, Redis OSS, Memcached): created and
imported, with connections, grants and metrics."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol, Unpack, runtime_checkable

import aws_cdk as cdk
from constructs import Construct

from .._internal import network as _network
from .._internal.arns import elasticache_arn, name_from_arn
from .._internal.cache_base import MetricOptions, RecommendedAlarmsMixin, check_connect_as, check_security_groups, reference_to
from .._internal.context import ResourceMixin, Site, construct_path, provides
from .._internal.core_props import CoreImportedResourceProps, CoreServerlessCacheProps
from .._internal.identifiers import check_cache_name, check_description, generated_name
from .._internal.js import core, is_marked, js_checks, js_get, plain, tag_list
from .._internal.lazy import LazyModule
from .._internal.metrics import METRIC_NAMESPACE, elasticache_metric
from ..engines import CacheEngine
from ..rbac.user_group import IUserGroup, default_user_problem, group_label
from .settings import (
    DATA_STORAGE_GB,
    BackupSettings,
    CacheUsageLimitsProperty,
    UsageLimits,
    check_usage_limits,
    render_backup,
)

if TYPE_CHECKING:
    from aws_cdk import aws_cloudwatch as cloudwatch
    from aws_cdk import aws_ec2 as ec2
    from aws_cdk import aws_iam as iam
    from aws_cdk import aws_kms as kms
else:
    cloudwatch = LazyModule("aws_cdk.aws_cloudwatch")
    ec2 = LazyModule("aws_cdk.aws_ec2")
    iam = LazyModule("aws_cdk.aws_iam")
    kms = LazyModule("aws_cdk.aws_kms")

__all__ = ["IServerlessCache", "ServerlessCacheBase", "ServerlessCache", "MetricOptions", "METRIC_NAMESPACE", "ConnectionType"]


class ConnectionType(enum.Enum):
    """How clients reach a serverless cache (``ConnectionType``; set at creation only).

    ``PUBLIC`` (Valkey 9.0+): an endpoint on the internet, no VPC; every
    connection uses TLS and IAM authentication, and every user of the cache's
    user group must be an IAM user ("Create a Valkey serverless cache with a
    public endpoint", https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/serverless-public-endpoints-chapter.html).
    """

    VPC = "vpc"
    """A VPC endpoint in your subnets, behind your security groups (the default)."""
    PUBLIC = "public"
    """A public endpoint reachable from the internet, IAM authentication only."""


#: The system-managed IAM user and user group a public cache may use instead of its own.
DEFAULT_IAM_USER_ID = "default.iam-user"
DEFAULT_IAM_USER_GROUP_ID = "default.iam-user-group"
#: The IAM condition key that carries a cache's connection type.
CONNECTION_TYPE_KEY = "elasticache:ConnectionType"
SERVERLESS_NETWORK_TYPES = ("ipv4", "ipv6", "dual_stack")

#: The dimension ElastiCache Serverless publishes its metrics under; its value
#: is the cache name as stored (lower case).
METRIC_DIMENSION = "clusterId"


@runtime_checkable
class IServerlessCache(Protocol):
    """A serverless cache, created in this app or imported."""

    @property
    def serverless_cache_name(self) -> str:
        """The cache's name (lower case)."""
        ...

    @property
    def serverless_cache_arn(self) -> str:
        """``arn:PARTITION:elasticache:REGION:ACCOUNT:serverlesscache:NAME``."""
        ...

    @property
    def engine(self) -> CacheEngine | None:
        """The cache's engine; None when unknown (imports)."""
        ...

    @property
    def connections(self) -> ec2.Connections:
        """Network access to the cache's client ports."""
        ...

    def grant_connect(self, grantee: iam.IGrantable) -> iam.Grant:
        """Allow ``grantee`` to ``elasticache:Connect`` to this cache."""
        ...

    def metric(self, metric_name: str, **props: Unpack[MetricOptions]) -> cloudwatch.Metric:
        """The named ``AWS/ElastiCache`` metric of this cache."""
        ...


class ServerlessCacheBase(ResourceMixin, RecommendedAlarmsMixin):
    """What created and imported serverless caches share: ARN, grants, metrics,
    connections."""

    _name: str
    _engine: CacheEngine | None
    _security_groups: list[ec2.ISecurityGroup] | None
    #: The ARN an import was given (it may name another account or region).
    _given_arn: str | None = None

    @property
    def serverless_cache_name(self) -> str:
        """The cache's name (lower case, as the service stores it)."""
        return self._name

    @property
    def serverless_cache_arn(self) -> str:
        """``arn:PARTITION:elasticache:REGION:ACCOUNT:serverlesscache:NAME``: the
        deploying stack's account and region, or the ARN an import was given."""
        return self._given_arn or elasticache_arn("serverlesscache", self._name)

    @property
    def engine(self) -> CacheEngine | None:
        """The cache's engine; None when unknown (imports without ``engine``)."""
        return self._engine

    def _groups(self) -> list[ec2.ISecurityGroup]:
        return self._security_groups or []  # imports always give a list

    @property
    def security_groups(self) -> list[ec2.ISecurityGroup]:
        """The cache's security groups."""
        return list(self._groups())

    if TYPE_CHECKING:  # created and imported caches read it from their JavaScript half

        @property
        def connections(self) -> ec2.Connections:
            """Network access to the cache."""
            ...

    # ------------------------------------------------------------------ grants
    #: The connection type grants are limited to (``elasticache:ConnectionType``); None: not limited.
    _grant_connection_type: ConnectionType | None = None

    def grant(self, grantee: iam.IGrantable, *actions: str) -> iam.Grant:
        """Allow ``grantee`` the given ``actions`` on this cache's ARN only."""
        return core.CoreGrants.on_principal(grantee, list(actions), [self.serverless_cache_arn])

    def _connect_grant(self, grantee: iam.IGrantable, arns: list[str]) -> iam.Grant:
        """``elasticache:Connect`` on ``arns``, limited to the cache's connection type when it has one."""
        kind = self._grant_connection_type
        if kind is None:
            return core.CoreGrants.on_principal(grantee, ["elasticache:Connect"], arns)
        return core.CoreGrants.on_principal_with_conditions(
            grantee, ["elasticache:Connect"], arns, {"StringEqualsIfExists": {CONNECTION_TYPE_KEY: kind.value}})

    def grant_connect(self, grantee: iam.IGrantable) -> iam.Grant:
        """Allow ``grantee`` to ``elasticache:Connect`` to this cache (IAM auth).

        Connecting also needs ``elasticache:Connect`` on the IAM user the client
        authenticates as: ``IamUser.grant_connect``.  On a cache created with
        ``connection_type`` the statement is limited to that connection type
        (condition ``StringEqualsIfExists elasticache:ConnectionType``: the key is
        documented for creating caches, and the Service Authorization Reference
        does not list it on ``elasticache:Connect`` as of 2026-12, so a plain
        ``StringEquals`` would deny every connection whose request lacks it;
        ``IfExists`` limits the grant wherever the request carries the key and
        never breaks it where it does not).
        """
        return self._connect_grant(grantee, [self.serverless_cache_arn])

    def grant_connect_as(self, grantee: iam.IGrantable, user: Any) -> iam.Grant:
        """Allow ``grantee`` to connect to this cache as the IAM-enabled ``user``:
        one ``elasticache:Connect`` statement on exactly the cache's and the
        user's ARNs.

        Refused while the stack is built when the user does not authenticate
        with IAM, is not in the cache's user group, or the engine has no IAM
        authentication (Memcached).
        """
        engine = self._engine
        check_connect_as(
            Site(self), user, getattr(self, "user_group", None),
            engine_problem=("engine", engine.engine_type,
                            "has no IAM authentication: only Valkey 7.2+ and Redis OSS 7.0+ caches support it")
            if engine is not None and not engine.supports_rbac else None,
            created=isinstance(self, ServerlessCache), owner="cache",
            no_group="cannot connect: this cache has no user group (set user_group=)",
        )
        return self._connect_grant(grantee, [self.serverless_cache_arn, user.user_arn])

    def grant_connect_as_default_iam_user(self, grantee: iam.IGrantable) -> iam.Grant:
        """Allow ``grantee`` to connect as the system-managed ``default.iam-user`` (caches
        created with ``use_default_iam_user_group=True``): ``elasticache:Connect`` on the
        cache's and that user's ARNs, limited to the cache's connection type."""
        if getattr(self, "_default_iam_group", False) is not True and isinstance(self, ServerlessCache):
            Site(self).fail("user", DEFAULT_IAM_USER_ID,
                            "cannot connect: the cache does not use default.iam-user-group (use_default_iam_user_group=True)")
        return self._connect_grant(grantee, [self.serverless_cache_arn, elasticache_arn("user", DEFAULT_IAM_USER_ID)])

    # ----------------------------------------------------------------- metrics
    def metric(self, metric_name: str, **props: Unpack[MetricOptions]) -> cloudwatch.Metric:
        """The named ``AWS/ElastiCache`` metric of this cache (Average over 5 minutes).

        Serverless caches publish under the ``clusterId`` dimension, whose
        value is the cache name.
        """
        return self._metric(metric_name, "Average", props)

    def _metric(self, metric_name: str, statistic: str, props: MetricOptions) -> cloudwatch.Metric:
        """One jsii call: the metric with our defaults, overridden by ``props``."""
        return elasticache_metric(metric_name, {METRIC_DIMENSION: self._name}, statistic, props)

    def metric_cache_hit_count(self, **props: Unpack[MetricOptions]) -> cloudwatch.Metric:
        """Successful read-only key lookups that hit (``CacheHits``, Sum over 5 minutes)."""
        return self._metric("CacheHits", "Sum", props)

    def metric_cache_miss_count(self, **props: Unpack[MetricOptions]) -> cloudwatch.Metric:
        """Read-only key lookups that missed (``CacheMisses``, Sum over 5 minutes)."""
        return self._metric("CacheMisses", "Sum", props)

    def metric_cache_hit_rate(self, **props: Unpack[MetricOptions]) -> cloudwatch.Metric:
        """Hits / (hits + misses) in percent (``CacheHitRate``, Average over 5 minutes)."""
        return self._metric("CacheHitRate", "Average", props)

    def metric_data_stored(self, **props: Unpack[MetricOptions]) -> cloudwatch.Metric:
        """Bytes of data stored (``BytesUsedForCache``, Maximum over 5 minutes)."""
        return self._metric("BytesUsedForCache", "Maximum", props)

    def metric_processing_units_consumed(self, **props: Unpack[MetricOptions]) -> cloudwatch.Metric:
        """ECPUs consumed (``ElastiCacheProcessingUnits``, Average over 5 minutes)."""
        return self._metric("ElastiCacheProcessingUnits", "Average", props)

    def metric_network_bytes_in(self, **props: Unpack[MetricOptions]) -> cloudwatch.Metric:
        """Bytes received (``NetworkBytesIn``, Sum over 5 minutes)."""
        return self._metric("NetworkBytesIn", "Sum", props)

    def metric_network_bytes_out(self, **props: Unpack[MetricOptions]) -> cloudwatch.Metric:
        """Bytes sent (``NetworkBytesOut``, Sum over 5 minutes)."""
        return self._metric("NetworkBytesOut", "Sum", props)

    def metric_active_connections(self, **props: Unpack[MetricOptions]) -> cloudwatch.Metric:
        """Client connections (``CurrConnections``, Maximum over 5 minutes)."""
        return self._metric("CurrConnections", "Maximum", props)

    def metric_write_request_latency(self, **props: Unpack[MetricOptions]) -> cloudwatch.Metric:
        """Write latency in microseconds (``SuccessfulWriteRequestLatency``, Average)."""
        return self._metric("SuccessfulWriteRequestLatency", "Average", props)

    def metric_read_request_latency(self, **props: Unpack[MetricOptions]) -> cloudwatch.Metric:
        """Read latency in microseconds (``SuccessfulReadRequestLatency``, Average)."""
        return self._metric("SuccessfulReadRequestLatency", "Average", props)

    # ----------------------------------------------------------------- imports
    @classmethod
    def from_serverless_cache_name(cls, scope: Construct, id: str, serverless_cache_name: str) -> ServerlessCacheBase:
        """Import an existing serverless cache by name."""
        return cls.from_serverless_cache_attributes(scope, id, serverless_cache_name=serverless_cache_name)

    @classmethod
    def from_serverless_cache_arn(cls, scope: Construct, id: str, serverless_cache_arn: str) -> ServerlessCacheBase:
        """Import an existing serverless cache by ARN (``...:serverlesscache:NAME``)."""
        return cls.from_serverless_cache_attributes(scope, id, serverless_cache_arn=serverless_cache_arn)

    @classmethod
    def from_serverless_cache_attributes(
        cls,
        scope: Construct,
        id: str,
        *,
        serverless_cache_name: str | None = None,
        serverless_cache_arn: str | None = None,
        engine: CacheEngine | None = None,
        security_groups: Sequence[ec2.ISecurityGroup] | None = None,
        vpc: ec2.IVpc | None = None,
        subnets: Sequence[ec2.ISubnet] | None = None,
        kms_key: kms.IKey | None = None,
        user_group: IUserGroup | None = None,
        backup_arns_to_restore: Sequence[str] | None = None,
    ) -> ServerlessCacheBase:
        """Import an existing serverless cache; give one of name and ARN.

        :param engine: its engine; sets the default port of ``connections``.
            Default: unknown (no default port).
        :param security_groups: its security groups, for ``connections``. Default: none.
        """
        site = Site(scope, id)
        if serverless_cache_name is not None and serverless_cache_arn is not None:
            site.fail(
                "serverless_cache_arn", serverless_cache_arn,
                "conflicts with serverless_cache_name: give one of them",
            )
        if serverless_cache_arn is not None:
            serverless_cache_name = name_from_arn(site, "serverless_cache_arn", serverless_cache_arn, "serverlesscache")
        elif serverless_cache_name is not None:
            check_cache_name(site, "serverless_cache_name", serverless_cache_name)
        else:
            site.fail("serverless_cache_name", None, "is required: give one of serverless_cache_name or serverless_cache_arn")
        if engine is not None and not isinstance(engine, CacheEngine):
            site.fail("engine", engine, "must be a CacheEngine")
        groups = list(security_groups or [])
        cache = _ImportedServerlessCache(
            scope, id,
            plain(CoreImportedResourceProps(securityGroups=groups, clientPorts=list(engine.ports) if engine is not None else None)),
        )
        cache._name = serverless_cache_name
        cache._given_arn = serverless_cache_arn
        cache._engine = engine
        cache._security_groups = groups
        cache.vpc = vpc
        cache.subnets = list(subnets) if subnets is not None else None
        cache.kms_key = kms_key
        cache.user_group = user_group
        cache.backup_arns_to_restore = list(backup_arns_to_restore) if backup_arns_to_restore else None
        return cache


class _ImportedServerlessCache(core.CoreImportedServerlessCache, ServerlessCacheBase):
    """A serverless cache that exists outside this app (one jsii call: the
    construct and its ``Connections``)."""

    vpc: ec2.IVpc | None
    subnets: list[ec2.ISubnet] | None
    kms_key: kms.IKey | None
    user_group: IUserGroup | None
    backup_arns_to_restore: list[str] | None

    @cached_property
    def connections(self) -> ec2.Connections:
        """Network access to the cache: over the security groups it was imported
        with; the default port covers its engine's client ports (none when
        imported without ``engine``).  The JavaScript side's object, read once."""
        return js_get(self, "connections")  # type: ignore[no-any-return]


def _check_user_group(site: Site, engine: CacheEngine, user_group: IUserGroup) -> None:
    if not provides(user_group, "user_group_name", "engine", "users"):
        site.fail("user_group", type(user_group).__name__, "must be a UserGroup or an imported user group")
    if not engine.supports_rbac:
        site.fail(
            "user_group", group_label(user_group),
            f"cannot be used with a {engine.engine_type} cache: only Valkey and Redis OSS caches take user groups",
        )
    group_engine = user_group.engine
    if group_engine is not None and not engine.accepts_group_engine(group_engine):
        site.fail(
            "user_group", group_label(user_group),
            f"is a {group_engine.engine_type} user group; a {engine} cache takes only redis user groups "
            f"(Valkey caches take valkey and redis groups)",
        )
    members = user_group.users
    if members is not None:
        problem = default_user_problem(group_engine, members)
        if problem:
            site.fail(
                "user_group", group_label(user_group),
                problem + "; add every user before attaching the group to a cache",
            )


def _check_connection(
    site: Site, engine: CacheEngine, connection_type: Any, network_type: Any, vpc: Any, vpc_subnets: Any,
    security_groups: Any, user_group: IUserGroup | None, use_default: Any,
) -> bool:
    """Rules of ``connection_type``/``network_type``; returns whether the cache is public."""
    if connection_type is not None and not isinstance(connection_type, ConnectionType):
        site.fail("connection_type", connection_type, "must be a ConnectionType (VPC or PUBLIC)")
    if network_type is not None and network_type not in SERVERLESS_NETWORK_TYPES:
        site.fail("network_type", network_type, f"must be one of {', '.join(SERVERLESS_NETWORK_TYPES)}")
    if not isinstance(use_default, bool):
        site.fail("use_default_iam_user_group", use_default, "must be True or False")
    if use_default and user_group is not None:
        site.fail("use_default_iam_user_group", True, "conflicts with user_group: give one of them")
    public = connection_type is ConnectionType.PUBLIC
    if use_default and not public:
        site.fail("use_default_iam_user_group", True, "is for public caches (connection_type=ConnectionType.PUBLIC)")
    if not public:
        return False
    major = engine.major_engine_version
    if engine.engine_type != "valkey" or (major is not None and int(major) < 9):
        site.fail("connection_type", "PUBLIC",
                  f"needs Valkey 9 or later (CacheEngine.VALKEY_9 or VALKEY_LATEST); the cache is {engine}")
    if vpc_subnets is not None:
        site.fail("vpc_subnets", "(given)", "does not apply to a public cache: it has no VPC endpoint")
    if security_groups:
        site.fail("security_groups", "(given)", "does not apply to a public cache: it has no VPC endpoint, so no security group")
    if user_group is None and not use_default:
        site.fail("user_group", None,
                  "is required on a public cache (reachable from the internet; IAM authentication only): give a "
                  "user group of IamUsers, or use_default_iam_user_group=True for the system-managed default.iam-user-group")
    members = user_group.users if user_group is not None else None
    for member in members or []:
        kind = getattr(member, "authentication_type", None)
        if kind is not None and kind.value != "iam":
            site.fail("user_group", group_label(user_group),
                      f"has {kind.value} user {member.user_id!r}: every user of a public cache's group must use IAM authentication")
    return True


#: The synth warning (id, message) on a Valkey or Redis OSS cache without a user
#: group; acknowledge it with ``Annotations.of(cache).acknowledge_warning(id, reason)``.
UNAUTHENTICATED_WARNING = (
    "elasticache-kit:unauthenticated-cache",
    "This Valkey/Redis OSS serverless cache has no user_group, so it accepts every client that reaches it "
    "over the network without authentication (RBAC is a serverless cache's only access control); "
    "set user_group=, or acknowledge this warning if network access alone is your control.",
)


_NO_SNAPSHOT = (
    "is not a DeletionPolicy ElastiCache serverless caches support; use RemovalPolicy.DESTROY "
    "with backup=BackupSettings(backup_name_before_deletion=...) for a final backup, or RETAIN"
)


def _cache_engine(site: Site, engine: CacheEngine | None) -> CacheEngine:
    """The engine and major version: a ``CacheEngine`` (Valkey's latest unless given)."""
    chosen = CacheEngine.VALKEY_LATEST if engine is None else engine
    if not isinstance(chosen, CacheEngine):
        site.fail("engine", chosen, "must be a CacheEngine, e.g. CacheEngine.VALKEY_8")
    return chosen


def _check_name_and_description(site: Site, name: str | None, description: str | None) -> None:
    """The service's rules for a given cache name and description."""
    if name is not None:
        check_cache_name(site, "serverless_cache_name", name)
    if description is not None:
        check_description(site, "description", description)


def _cache_properties(
    site: Site, engine: CacheEngine, name: str, description: str | None, subnet_ids: list[str] | None,
    connection_type: ConnectionType | None, network_type: str | None, usage: UsageLimits,
    tags: Mapping[str, str] | None, backup_props: dict[str, Any],
) -> dict[str, Any]:
    """The cache's CloudFormation properties (the data storage limits are the JavaScript side's: it
    converts them to GB)."""
    return plain(
        engine=engine.engine_type,
        majorEngineVersion=engine.major_engine_version,
        serverlessCacheName=name,
        description=description,
        subnetIds=subnet_ids,
        connectionType=connection_type.value if connection_type is not None else None,
        networkType=network_type,
        cacheUsageLimits={"ecpuPerSecond": usage.ecpu_per_second} if usage.ecpu_per_second else None,
        tags=tag_list(site, tags),
        **backup_props,
    )


def _core_props(
    properties: dict[str, Any], engine: CacheEngine, vpc: ec2.IVpc | None,
    security_groups: list[ec2.ISecurityGroup] | None, name: str, user_group: IUserGroup | None,
    use_default_iam_user_group: bool, public: bool, kms_key: kms.IKey | None, usage: UsageLimits,
    removal_policy: cdk.RemovalPolicy | None,
) -> CoreServerlessCacheProps:
    """What the JavaScript half is made from: the properties, the security group (none when given or
    public), the user group reference, the data storage limits and the unauthenticated-cache warning."""
    low, high = DATA_STORAGE_GB
    return plain(CoreServerlessCacheProps(
        properties=properties,
        vpc=vpc,
        securityGroups=security_groups,
        securityGroupDescription=f"ElastiCache serverless cache {name}",
        userGroup=reference_to(user_group, "_cache_reference", "user_group_name") if user_group is not None
        else (DEFAULT_IAM_USER_GROUP_ID if use_default_iam_user_group else None),
        publicEndpoint=True if public else None,
        kmsKey=kms_key,
        dataStorageMinimum=usage.data_storage_minimum,
        dataStorageMaximum=usage.data_storage_maximum,
        lowestDataStorageGb=low,
        highestDataStorageGb=high,
        removalPolicy=removal_policy,
        clientPorts=list(engine.ports),
        warning=list(UNAUTHENTICATED_WARNING)
        if user_group is None and not use_default_iam_user_group and engine.supports_rbac else None,
    ))


class ServerlessCache(core.CoreServerlessCache, ServerlessCacheBase):
    """An ElastiCache Serverless cache (Valkey, Redis OSS or Memcached).

    Placed in the VPC's private subnets (with egress when there are any,
    otherwise isolated) behind a dedicated security group with no ingress until
    you open it through :attr:`connections`.  Its name is generated, valid and
    lower case unless you set ``serverless_cache_name``.

    A Valkey or Redis OSS cache without ``user_group`` gets the synth warning
    ``elasticache-kit:unauthenticated-cache`` (such a cache lets in every client
    that reaches it); acknowledge it with ``Annotations.of(cache).acknowledge_warning``.

    Example::

        users = elasticache.UserGroup(self, "Users", users=[
            elasticache.IamUser(self, "AppUser", user_id="app", access_control="on ~app:* +@read +@write")])
        cache = elasticache.ServerlessCache(self, "Cache", vpc=vpc, user_group=users,
                                            backup=elasticache.BackupSettings(backup_retention_limit=7))
        cache.connections.allow_default_port_from(ec2.Peer.ipv4(vpc.vpc_cidr_block))
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: ec2.IVpc | None = None,
        engine: CacheEngine | None = None,
        serverless_cache_name: str | None = None,
        description: str | None = None,
        vpc_subnets: ec2.SubnetSelection | None = None,
        security_groups: Sequence[ec2.ISecurityGroup] | None = None,
        cache_usage_limits: CacheUsageLimitsProperty | None = None,
        backup: BackupSettings | None = None,
        kms_key: kms.IKey | None = None,
        user_group: IUserGroup | None = None,
        removal_policy: cdk.RemovalPolicy | None = None,
        tags: Mapping[str, str] | None = None,
        connection_type: ConnectionType | None = None,
        network_type: str | None = None,
        use_default_iam_user_group: bool = False,
    ) -> None:
        """
        :param vpc: the VPC to place the cache in; required unless
            ``connection_type=ConnectionType.PUBLIC`` (a public cache has no VPC endpoint).
        :param engine: engine and major version. Default: ``CacheEngine.VALKEY_LATEST``.
        :param serverless_cache_name: 1-40 lower-case letters, digits and single
            hyphens, starting with a letter. Default: generated from the construct path.
        :param description: at most 255 characters, no ``<`` or ``>``. Default: none.
        :param vpc_subnets: where to place it. Default: private subnets with egress,
            otherwise isolated subnets.
        :param security_groups: security groups to use. Default: a new dedicated one.
        :param cache_usage_limits: data storage and ECPU limits. Default: none.
        :param backup: automatic, final and restored backups. Default: none.
        :param kms_key: customer managed key for encryption at rest.
            Default: an AWS owned key (encryption at rest is always on).
        :param user_group: RBAC user group (Valkey and Redis OSS only). Default: none.
        :param removal_policy: what happens to the cache when it leaves the stack.
            Default: ``RemovalPolicy.DESTROY`` (CloudFormation's default).
        :param tags: tags for the cache. Default: none.
        :param connection_type: ``ConnectionType.VPC`` or ``PUBLIC`` (Valkey 9+, set at
            creation only). A public cache has no VPC endpoint: ``vpc`` is optional and
            ``vpc_subnets``/``security_groups`` are refused, it gets no security group
            (its ``connections`` has none, so allow rules on it do nothing: access is IAM
            authentication), and it needs a user group of IAM users (``user_group``, or
            ``use_default_iam_user_group=True`` by name). Grants (``grant_connect*``) on a
            cache created with ``connection_type`` carry the condition
            ``elasticache:ConnectionType``. Default: not emitted (the service's ``vpc``).
        :param network_type: ``ipv4``, ``ipv6`` or ``dual_stack`` (set at creation only).
            Default: not emitted (the service's: ipv4, or ipv6 on IPv6-only subnets).
        :param use_default_iam_user_group: use the system-managed ``default.iam-user-group``
            (user ``default.iam-user``) instead of ``user_group``. Default: False.
        """
        site = Site(scope, id)
        chosen = _cache_engine(site, engine)
        public = _check_connection(site, chosen, connection_type, network_type, vpc, vpc_subnets, security_groups,
                                   user_group, use_default_iam_user_group)
        if vpc is None and not public:
            site.fail("vpc", None, "is required: a serverless cache lives in a VPC (unless connection_type=ConnectionType.PUBLIC)")
        _check_name_and_description(site, serverless_cache_name, description)
        if user_group is not None:
            _check_user_group(site, chosen, user_group)
        if kms_key is not None and not provides(kms_key, "key_arn"):
            site.fail("kms_key", kms_key, "must be a kms.IKey")
        check_security_groups(site, security_groups)
        if removal_policy == cdk.RemovalPolicy.SNAPSHOT:
            site.fail("removal_policy", "SNAPSHOT", _NO_SNAPSHOT)
        usage = check_usage_limits(site, cache_usage_limits)
        backup_props = render_backup(site, backup)

        self._engine = chosen
        self._name = serverless_cache_name or generated_name(construct_path(scope, id))
        self.vpc = vpc
        """The VPC the cache is in."""
        self.kms_key = kms_key
        """The customer managed key, if any."""
        self.cache_usage_limits = cache_usage_limits
        """The usage limits, if any (the recommended alarms take percentages of them)."""
        self.user_group = user_group
        """The RBAC user group, if any."""
        self.backup_arns_to_restore = backup_props.get("snapshotArnsToRestore")
        """Backups the cache was seeded from, if any."""
        subnet_ids = None if public or vpc is None else _network.subnet_ids(
            site, vpc, vpc_subnets, user="a serverless cache (reached through a VPC endpoint)"
        )
        self.subnet_ids = subnet_ids
        """Ids of the subnets the cache is in."""
        # None: the JavaScript side creates one, read back only if asked for (``_groups``)
        self._security_groups = list(security_groups) if security_groups else None
        properties = _cache_properties(site, chosen, self._name, description, subnet_ids, connection_type,
                                       network_type, usage, tags, backup_props)
        props = _core_props(properties, chosen, vpc, self._security_groups, self._name, user_group,
                            use_default_iam_user_group, public, kms_key, usage, removal_policy)
        self.connection_type = connection_type
        """The connection type asked for (None: the service's default, vpc)."""
        self._grant_connection_type = connection_type
        self._default_iam_group = use_default_iam_user_group
        with js_checks(site):
            core.CoreServerlessCache.__init__(self, scope, id, props)

    def apply_removal_policy(self, policy: cdk.RemovalPolicy) -> None:
        """Apply ``policy`` to the cache (not to its security group), as
        ``removal_policy=`` does; ``RemovalPolicy.SNAPSHOT`` is refused.

        Also what aws-cdk-lib calls when it is handed the cache (this Python
        method is the JavaScript object's ``applyRemovalPolicy`` too).
        """
        if policy == cdk.RemovalPolicy.SNAPSHOT:
            Site(self).fail("apply_removal_policy", "SNAPSHOT", _NO_SNAPSHOT)
        core.CoreServerlessCache.apply_removal_policy(self, policy)

    @staticmethod
    def is_serverless_cache(x: object) -> bool:
        """Whether ``x`` is a serverless cache created with this class (True),
        not an import or anything else (False).

        Like the alpha module's ``isServerlessCache``, it asks a marker
        (``Symbol.for('elasticache-kit.ServerlessCache')`` on the JavaScript
        object), so it also answers for caches made by another copy of the
        library.
        """
        return isinstance(x, ServerlessCache) or is_marked(x, "ServerlessCache")

    @cached_property
    def connections(self) -> ec2.Connections:
        """Network access to the cache.

        The default port covers the client ports of the engine: 6379-6380 for
        Valkey and Redis OSS (endpoint and reader endpoint), 11211 for
        Memcached.  The JavaScript side's object (what aws-cdk-lib reads, e.g.
        in ``fn.connections.allow_to_default_port(cache)``), read once.
        """
        return js_get(self, "connections")  # type: ignore[no-any-return]

    def _groups(self) -> list[ec2.ISecurityGroup]:
        if self._security_groups is None:
            self._security_groups = list(self.cache_security_groups)
        return self._security_groups

    # ------------------------------------------------------------- attributes
    @property
    def _engine_ports(self) -> tuple[int, ...]:
        engine = self._engine
        assert engine is not None  # a created cache always knows its engine
        return engine.ports

    @property
    def serverless_cache_endpoint_address(self) -> str:
        """DNS name of the cache's endpoint (known at deploy time)."""
        return self.cfn_serverless_cache.attr_endpoint_address

    @property
    def serverless_cache_endpoint_port(self) -> int:
        """Port of the endpoint: 6379 (Valkey, Redis OSS) or 11211 (Memcached)."""
        return self._engine_ports[0]

    @property
    def serverless_cache_reader_endpoint_address(self) -> str:
        """DNS name of the reader endpoint (the same name as the endpoint)."""
        return self.cfn_serverless_cache.attr_reader_endpoint_address

    @property
    def serverless_cache_reader_endpoint_port(self) -> int | None:
        """Port of the reader endpoint: 6380 for Valkey and Redis OSS; None for Memcached."""
        ports = self._engine_ports
        return ports[1] if len(ports) > 1 else None

    @property
    def serverless_cache_status(self) -> str:
        """Status at deploy time (``CREATING``, ``AVAILABLE``, ...)."""
        return self.cfn_serverless_cache.attr_status
