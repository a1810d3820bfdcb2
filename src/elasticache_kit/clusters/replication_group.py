"""Valkey and Redis OSS replication groups: cluster mode disabled
(:class:`ReplicationGroup`: one shard, primary and reader endpoints) and
enabled (:class:`ClusterReplicationGroup`: shards behind a configuration
endpoint), on one shared base with grants, metrics, connections and imports.

Two classes rather than one because their endpoints, topology and rules
differ: a cluster-mode-enabled group has no primary or reader endpoint
(reading them fails at deploy time, aws-cdk#6585), a cluster-mode-disabled one
no configuration endpoint; the types say which a group has.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol, TypedDict, Unpack, runtime_checkable

import aws_cdk as cdk
from constructs import Construct

from .._internal.arns import elasticache_arn, name_from_arn
from .._internal.context import ResourceMixin, Site, construct_path, provides
from .._internal.core_props import CoreGeneratedTokenProps, CoreImportedResourceProps, CoreReplicationGroupProps
from .._internal.identifiers import check_description, check_replication_group_id, generated_name
from .._internal.js import core, is_marked, js_checks, js_get, plain, tag_list
from .._internal.lazy import LazyModule
from .._internal.metrics import elasticache_metric
from .._internal.tokens import is_token
from ..errors import ValidationError
from ..rbac.user_group import IUserGroup, default_user_problem, group_label
from .durability import Durability, check_durability
from .engine_versions import EngineVersion
from .logs import LogDelivery, render_logs
from .node_groups import NodeGroup, render_node_groups
from .parameter_group import CLUSTER_ENABLED, IParameterGroup, check_parameters
from .rules import (
    check_count,
    check_network,
    check_node_type,
    check_port,
    check_retention,
    check_security_groups,
    data_tiering,
)
from .subnet_group import ISubnetGroup, subnet_group_subnets
from .windows import check_maintenance_window, check_snapshot_window, check_windows_apart

if TYPE_CHECKING:
    from aws_cdk import aws_cloudwatch as cloudwatch
    from aws_cdk import aws_ec2 as ec2
    from aws_cdk import aws_iam as iam
    from aws_cdk import aws_kms as kms
    from aws_cdk import aws_secretsmanager as secretsmanager
    from aws_cdk import aws_sns as sns

    from ..serverless.cache import MetricOptions
    from .global_datastore import GlobalDatastore
else:
    cloudwatch = LazyModule("aws_cdk.aws_cloudwatch")

__all__ = [
    "IReplicationGroup",
    "ReplicationGroupBase",
    "ReplicationGroup",
    "ClusterReplicationGroup",
    "ReplicationGroupOptions",
    "NodeGroup",
    "AUTH_TOKEN_SPECIALS",
]

#: Special characters ElastiCache accepts in an AUTH token (its AUTH documentation).
AUTH_TOKEN_SPECIALS = "!&#$^<>-"
#: Length of a generated AUTH token (16..128 allowed).
GENERATED_TOKEN_LENGTH = 64
#: CME: more nodes than this needs a raised quota (default 90 per cluster, up to 500).
DEFAULT_NODE_QUOTA = 90
MAX_NODES = 500
DEFAULT_NODE_TYPE = "cache.t4g.micro"

#: The synth warning (id, message) on a group with neither RBAC nor an AUTH token.
UNAUTHENTICATED_WARNING = (
    "elasticache-kit:unauthenticated-replication-group",
    "This replication group has neither a user_group nor an AUTH token, so it accepts every client that reaches "
    "it over the network; set user_group= (RBAC) or auth_token=/generate_auth_token=True, or acknowledge this "
    "warning if network access alone is your control.",
)
#: The synth warning on a cluster-mode-enabled group without replicas (pitfall P3).
NO_REPLICA_WARNING = (
    "elasticache-kit:cluster-mode-without-replicas",
    "This cluster-mode-enabled group has no replicas: a node failure loses that shard's data, and later "
    "updates of such groups are known to fail (aws-cdk#13389); set replicas_per_node_group >= 1.",
)
NODE_QUOTA_WARNING = "elasticache-kit:node-quota"
#: The synth warning id on a group whose engine version is past its end of standard support.
STANDARD_SUPPORT_WARNING = "elasticache-kit:engine-past-standard-support"
#: What a secondary member of a global datastore inherits from the primary and may not set (rule G2).
SECONDARY_INHERITS = (
    "engine_version", "cache_node_type", "parameter_group", "parameters", "transit_encryption",
    "transit_encryption_mode", "at_rest_encryption", "kms_key", "auth_token", "generate_auth_token",
    "auth_token_encryption_key", "snapshot_arns", "snapshot_name", "snapshot_retention_limit", "snapshot_window",
    "data_tiering", "durability", "port",
)


class ReplicationGroupOptions(TypedDict, total=False):
    """Options both kinds of replication group take (defaults in brackets)."""

    engine_version: EngineVersion
    """Engine and version [``EngineVersion.VALKEY_LATEST``]."""
    cache_node_type: str
    """Node type, current generation [``cache.t4g.micro``]."""
    replication_group_id: str
    """1-40 lower-case letters, digits, single hyphens [generated from the construct path]."""
    description: str
    """At most 255 characters [``ElastiCache replication group ID``]."""
    vpc_subnets: ec2.SubnetSelection
    """Subnets of the subnet group created for it [one per AZ of the private subnets, else isolated]."""
    subnet_group: ISubnetGroup
    """A subnet group to use instead of creating one."""
    security_groups: Sequence[ec2.ISecurityGroup]
    """Security groups [a new one with no ingress and no egress]."""
    parameter_group: IParameterGroup
    """A parameter group to use [one created for it: the version's family, cluster-enabled set]."""
    parameters: Mapping[str, Any]
    """Parameters of the parameter group created for it [none]."""
    port: int
    """Port [6379]."""
    transit_encryption: bool
    """TLS [True]."""
    transit_encryption_mode: str
    """``required`` or ``preferred`` (Valkey, Redis OSS 7+) [``required``]."""
    at_rest_encryption: bool
    """Encryption at rest [True]."""
    kms_key: kms.IKey
    """Customer managed key for encryption at rest [AWS owned key]."""
    user_group: IUserGroup
    """RBAC user group [none]."""
    auth_token: cdk.SecretValue
    """AUTH token, only as a SecretValue [none]."""
    generate_auth_token: bool
    """Generate the AUTH token into Secrets Manager [False]."""
    auth_token_encryption_key: kms.IKey
    """KMS key of the generated token's secret [aws/secretsmanager]."""
    automatic_failover: bool
    """Automatic failover [True when there is a replica]."""
    multi_az: bool
    """Multi-AZ [True when there is a replica]."""
    preferred_maintenance_window: str
    """``ddd:hh24:mi-ddd:hh24:mi`` UTC, at least 60 minutes [chosen by the service]."""
    snapshot_window: str
    """``hh24:mi-hh24:mi`` UTC, at least 60 minutes, apart from the maintenance window [chosen by the service]."""
    snapshot_retention_limit: int
    """Days automatic snapshots are kept, 0..35 [1]."""
    snapshot_arns: Sequence[str]
    """S3 ARNs of .rdb files to seed the group from [none]."""
    snapshot_name: str
    """A snapshot to seed the group from [none]."""
    data_tiering: bool
    """Must match the node type (on exactly for cache.r6gd) [derived]."""
    network_type: str
    """``ipv4``, ``ipv6`` or ``dual_stack`` [``ipv4``]."""
    ip_discovery: str
    """``ipv4`` or ``ipv6`` [the service's]."""
    logs: Sequence[LogDelivery]
    """Slow and engine log delivery [none]."""
    notification_topic: sns.ITopic
    """SNS topic for the group's events [none]."""
    auto_minor_version_upgrade: bool
    """Automatic minor version upgrades [the service's: true]."""
    removal_policy: cdk.RemovalPolicy
    """DESTROY, RETAIN or SNAPSHOT (a final snapshot, kept after the group is deleted) [SNAPSHOT]."""
    durability: Durability
    """Multi-AZ transaction log (Valkey 9.0+, cluster mode enabled, Multi-AZ, TLS; see
    :mod:`elasticache_kit.clusters.durability`): ``SYNC`` and ``ASYNC`` switch in place, enabling or
    disabling it on an existing group fails [not set: the service's default, disabled]."""
    global_datastore: GlobalDatastore
    """Join this global datastore as a secondary: engine, version, node type, parameter group,
    encryption, AUTH, port and snapshots come from its primary and may not be set [none]."""
    tags: Mapping[str, str]
    """Tags [none]."""


_OPTION_NAMES = frozenset(ReplicationGroupOptions.__annotations__)
_SHARDED_ONLY = frozenset({"num_node_groups", "replicas_per_node_group", "node_groups"})
_SINGLE_SHARD_ONLY = frozenset({"num_cache_clusters", "preferred_cache_cluster_azs"})


@runtime_checkable
class IReplicationGroup(Protocol):
    """A replication group, created in this app or imported."""

    @property
    def replication_group_id(self) -> str:
        """The group's id (lower case)."""
        ...

    @property
    def replication_group_arn(self) -> str:
        """``arn:PARTITION:elasticache:REGION:ACCOUNT:replicationgroup:ID``."""
        ...

    @property
    def port(self) -> int | None:
        """The engine port; None when unknown (imports)."""
        ...

    @property
    def cluster_mode_enabled(self) -> bool:
        """Whether the group is sharded (cluster mode enabled)."""
        ...

    @property
    def connections(self) -> ec2.Connections:
        """Network access to the group's port."""
        ...


class ReplicationGroupBase(ResourceMixin):
    """What created and imported replication groups share: id, ARN, port,
    grants, metrics, connections."""

    _group_id: str
    _engine_version: EngineVersion | None = None
    _port: int | None = None
    _cluster_mode: bool = False
    _members: list[str] | None = None
    _user_group: IUserGroup | None = None
    _given_arn: str | None = None

    @property
    def replication_group_id(self) -> str:
        """The group's id (lower case, as the service stores it)."""
        return self._group_id

    @property
    def replication_group_arn(self) -> str:
        """``arn:PARTITION:elasticache:REGION:ACCOUNT:replicationgroup:ID``: the deploying
        stack's account and region, or the ARN an import was given."""
        return self._given_arn or elasticache_arn("replicationgroup", self._group_id)

    @property
    def engine(self) -> str | None:
        """``valkey`` or ``redis``; None when unknown (imports without ``engine_version``)."""
        return self._engine_version.engine if self._engine_version is not None else None

    @property
    def engine_version(self) -> EngineVersion | None:
        """The engine version; None when unknown (imports)."""
        return self._engine_version

    @property
    def port(self) -> int | None:
        """The engine port; None when unknown (imports without ``port``)."""
        return self._port

    @property
    def cluster_mode_enabled(self) -> bool:
        """Whether the group is sharded (cluster mode enabled)."""
        return self._cluster_mode

    @property
    def member_cluster_ids(self) -> list[str] | None:
        """Ids of the member clusters (one node each) the service creates:
        ``ID-001``, ``ID-002``... with cluster mode disabled, ``ID-0001-001``...
        (shard, then node) with it enabled; None when unknown (imports)."""
        return list(self._members) if self._members is not None else None

    @property
    def user_group(self) -> IUserGroup | None:
        """The RBAC user group, if any (and known)."""
        return self._user_group

    if TYPE_CHECKING:  # created and imported groups read it from their JavaScript half

        @property
        def connections(self) -> ec2.Connections:
            """Network access to the group."""
            ...

    # ------------------------------------------------------------------ grants
    def grant(self, grantee: iam.IGrantable, *actions: str) -> iam.Grant:
        """Allow ``grantee`` the given ``actions`` on this group's ARN only."""
        return core.CoreGrants.on_principal(grantee, list(actions), [self.replication_group_arn])

    def grant_connect_as(self, grantee: iam.IGrantable, user: Any) -> iam.Grant:
        """Allow ``grantee`` to connect as the IAM-enabled ``user``: one
        ``elasticache:Connect`` statement on exactly the group's and the user's ARNs.

        Refused when the user does not authenticate with IAM, is not in the
        group's user group, or the version has no IAM authentication (Valkey
        7.2+ and Redis OSS 7.0+ have it).  Clients sign tokens with
        ``generate_auth_token(group_id, user_id, serverless=False)``.
        """
        site = Site(self)
        if not provides(user, "user_id", "user_arn", "authentication_type"):
            site.fail("user", type(user).__name__, "must be an RBAC user (IamUser or an imported user)")
        version = self._engine_version
        if version is not None and not version.supports_iam_auth:
            site.fail("engine_version", str(version), "has no IAM authentication: it needs Valkey 7.2+ or Redis OSS 7.0+")
        authentication = user.authentication_type
        if authentication is not None and authentication.value != "iam":
            site.fail("user", user.user_id, f"is a {authentication.value} user; IAM authentication needs an IamUser")
        group = self._user_group
        if group is None and isinstance(self, _CreatedGroup):
            site.fail("user", user.user_id, "cannot connect: this replication group has no user_group")
        members = group.users if group is not None else None
        if group is not None and members is not None and user.user_id not in [m.user_id for m in members]:
            site.fail("user", user.user_id, f"is not in the group's user group {group_label(group)!r}; add it with add_user()")
        return core.CoreGrants.on_principal(grantee, ["elasticache:Connect"], [self.replication_group_arn, user.user_arn])

    # ----------------------------------------------------------------- metrics
    def metric(
        self,
        metric_name: str,
        *,
        member_cluster_id: str | None = None,
        cache_node_id: str | None = None,
        **props: Unpack[MetricOptions],
    ) -> cloudwatch.Metric:
        """The named ``AWS/ElastiCache`` metric of one member cluster (5 minutes).

        Node-based clusters publish every metric per node, under
        ``CacheClusterId`` (each member of a replication group is a cluster of
        one node) and optionally ``CacheNodeId`` (``0001``).  Default: the first
        member (``ID-001`` or ``ID-0001-001``), the primary at creation.
        """
        member = member_cluster_id or self._first_member()
        statistic = props.pop("statistic", "Average")
        dimensions = {"CacheClusterId": member}
        if cache_node_id is not None:
            dimensions["CacheNodeId"] = cache_node_id
        return elasticache_metric(metric_name, dimensions, statistic, props)

    def metrics_per_member(self, metric_name: str, **props: Unpack[MetricOptions]) -> list[cloudwatch.Metric]:
        """The metric of every member cluster (what an alarm on each node needs)."""
        return [self.metric(metric_name, member_cluster_id=m, **props) for m in self._all_members()]

    def _first_member(self) -> str:
        members = self._all_members()
        return members[0]

    def _all_members(self) -> list[str]:
        if not self._members:
            raise ValidationError(
                self.node.path, "member_cluster_ids", None, "are unknown: pass member_cluster_ids to the import for its metrics"
            )
        return self._members

    def metric_cpu_utilization(self, **kwargs: Any) -> cloudwatch.Metric:
        """Host CPU percent of one member (``CPUUtilization``, Average)."""
        return self.metric("CPUUtilization", **kwargs)

    def metric_engine_cpu_utilization(self, **kwargs: Any) -> cloudwatch.Metric:
        """Engine thread CPU percent of one member (``EngineCPUUtilization``, Average)."""
        return self.metric("EngineCPUUtilization", **kwargs)

    def metric_memory_usage_percentage(self, **kwargs: Any) -> cloudwatch.Metric:
        """Memory used of maxmemory, percent (``DatabaseMemoryUsagePercentage``, Average)."""
        return self.metric("DatabaseMemoryUsagePercentage", **kwargs)

    def metric_current_connections(self, **kwargs: Any) -> cloudwatch.Metric:
        """Client connections (``CurrConnections``, Maximum)."""
        kwargs.setdefault("statistic", "Maximum")
        return self.metric("CurrConnections", **kwargs)

    def metric_evictions(self, **kwargs: Any) -> cloudwatch.Metric:
        """Keys evicted for maxmemory (``Evictions``, Sum)."""
        kwargs.setdefault("statistic", "Sum")
        return self.metric("Evictions", **kwargs)

    def metric_replication_lag(self, **kwargs: Any) -> cloudwatch.Metric:
        """Seconds a replica is behind its primary (``ReplicationLag``, Maximum; replicas only)."""
        kwargs.setdefault("statistic", "Maximum")
        return self.metric("ReplicationLag", **kwargs)

    def metric_cache_hit_rate(self, **kwargs: Any) -> cloudwatch.Metric:
        """Hits / (hits + misses), percent (``CacheHitRate``, Average)."""
        return self.metric("CacheHitRate", **kwargs)

    # ----------------------------------------------------------------- imports
    @classmethod
    def from_replication_group_id(cls, scope: Construct, id: str, replication_group_id: str) -> ReplicationGroupBase:
        """Import an existing replication group by id."""
        return cls.from_replication_group_attributes(scope, id, replication_group_id=replication_group_id)

    @classmethod
    def from_replication_group_arn(cls, scope: Construct, id: str, replication_group_arn: str) -> ReplicationGroupBase:
        """Import an existing replication group by ARN (``...:replicationgroup:ID``)."""
        return cls.from_replication_group_attributes(scope, id, replication_group_arn=replication_group_arn)

    @classmethod
    def from_replication_group_attributes(
        cls,
        scope: Construct,
        id: str,
        *,
        replication_group_id: str | None = None,
        replication_group_arn: str | None = None,
        engine_version: EngineVersion | None = None,
        port: int | None = None,
        cluster_mode_enabled: bool = False,
        security_groups: Sequence[ec2.ISecurityGroup] | None = None,
        user_group: IUserGroup | None = None,
        member_cluster_ids: Sequence[str] | None = None,
        primary_endpoint_address: str | None = None,
        reader_endpoint_address: str | None = None,
        configuration_endpoint_address: str | None = None,
    ) -> ReplicationGroupBase:
        """Import an existing replication group; give one of id and ARN.

        :param port: sets the default port of ``connections``. Default: unknown (none).
        :param security_groups: its security groups, for ``connections``. Default: none.
        :param member_cluster_ids: for the metric helpers. Default: unknown.
        """
        site = Site(scope, id)
        if replication_group_id is not None and replication_group_arn is not None:
            site.fail("replication_group_arn", replication_group_arn, "conflicts with replication_group_id: give one of them")
        if replication_group_arn is not None:
            replication_group_id = name_from_arn(site, "replication_group_arn", replication_group_arn, "replicationgroup")
        elif replication_group_id is not None:
            check_replication_group_id(site, "replication_group_id", replication_group_id)
        else:
            site.fail("replication_group_id", None, "is required: give one of replication_group_id or replication_group_arn")
        if engine_version is not None and (not isinstance(engine_version, EngineVersion) or engine_version.is_memcached):
            site.fail("engine_version", engine_version, "must be a Valkey or Redis OSS EngineVersion")
        if port is not None:
            check_port(site, port, 6379)
        if cluster_mode_enabled and primary_endpoint_address is not None:
            site.fail("primary_endpoint_address", primary_endpoint_address, "does not exist with cluster mode enabled")
        if not cluster_mode_enabled and configuration_endpoint_address is not None:
            site.fail("configuration_endpoint_address", configuration_endpoint_address, "exists only with cluster mode enabled")
        groups = check_security_groups(site, security_groups) or []
        imported = _ImportedReplicationGroup(
            scope, id, plain(CoreImportedResourceProps(securityGroups=groups, clientPorts=[port] if port is not None else None)),
        )
        imported._group_id = replication_group_id
        imported._given_arn = replication_group_arn
        imported._engine_version = engine_version
        imported._port = port
        imported._cluster_mode = cluster_mode_enabled
        imported._user_group = user_group
        imported._members = list(member_cluster_ids) if member_cluster_ids is not None else None
        imported.primary_endpoint_address = primary_endpoint_address
        imported.reader_endpoint_address = reader_endpoint_address
        imported.configuration_endpoint_address = configuration_endpoint_address
        return imported

    # -------------------------------------------------------------- monitoring
    def add_recommended_alarms(
        self, *, actions: Sequence[Any] | None = None, id: str = "RecommendedAlarms", **options: Any
    ) -> list[cloudwatch.IAlarm]:
        """Add AWS's recommended CloudWatch alarms for this replication group (one set per member cluster) and return
        them, the composite alarm ("this cache is unhealthy") last.

        :param actions: SNS topics or ``cloudwatch.IAlarmAction`` notified on ALARM and OK.
        :param id: construct id of the alarm set (a child of this construct).
        :param options: the other options of :class:`elasticache_kit.monitoring.RecommendedAlarms`
            (``thresholds``, ``exclude``, ``composite_actions``...).
        """
        from ..monitoring.alarms import RecommendedAlarms

        return RecommendedAlarms(self, id, cache=self, actions=actions, **options).all_alarms  # type: ignore[arg-type]


class _ImportedReplicationGroup(core.CoreImportedNodeCluster, ReplicationGroupBase):
    """A replication group that exists outside this app (one jsii call: the
    construct and its ``Connections``)."""

    primary_endpoint_address: str | None
    reader_endpoint_address: str | None
    configuration_endpoint_address: str | None

    @cached_property
    def connections(self) -> ec2.Connections:
        """Network access over the security groups it was imported with (the
        JavaScript side's object, read once)."""
        return js_get(self, "connections")  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- creation
class _Topology:
    """What the two kinds of group differ in, decided by their constructors."""

    __slots__ = ("cluster_mode", "replicas", "members", "properties")

    def __init__(self, cluster_mode: bool, replicas: int, members: list[str], properties: dict[str, Any]) -> None:
        self.cluster_mode = cluster_mode
        self.replicas = replicas  # replicas (per shard); a token counts as "some"
        self.members = members
        self.properties = properties


def _auth(
    site: Site, options: ReplicationGroupOptions, version: EngineVersion, transit: bool, mode: str | None, group_id: str
) -> dict[str, Any]:
    """Rules A4/A5: AUTH token (SecretValue, or generated) xor RBAC, both only over TLS."""
    user_group = options.get("user_group")
    token = options.get("auth_token")
    generate = options.get("generate_auth_token", False)
    if not isinstance(generate, bool):
        site.fail("generate_auth_token", generate, "must be True or False")
    if token is not None and not isinstance(token, cdk.SecretValue):
        site.fail(
            "auth_token", "(hidden)" if isinstance(token, str) else type(token).__name__,
            "must be a cdk.SecretValue (e.g. SecretValue.secrets_manager(...)): a plain string would be written into the template",
        )
    if token is not None and generate:
        site.fail("generate_auth_token", True, "conflicts with auth_token: give a token or have one generated")
    if options.get("auth_token_encryption_key") is not None and not generate:
        site.fail("auth_token_encryption_key", options.get("auth_token_encryption_key"), "applies only with generate_auth_token=True")
    has_token = token is not None or generate
    if user_group is not None and has_token:
        site.fail(
            "user_group", getattr(user_group, "user_group_name", user_group),
            "conflicts with the AUTH token: a replication group uses RBAC or an AUTH token, never both",
        )
    if (has_token or user_group is not None) and not transit:
        what = "user_group" if user_group is not None else ("auth_token" if token is not None else "generate_auth_token")
        site.fail(what, "(set)", "needs transit_encryption=True: ElastiCache accepts AUTH tokens and user groups only over TLS")
    if user_group is not None:
        _check_user_group(site, version, user_group, mode)
    result: dict[str, Any] = {}
    if user_group is not None:
        reference = getattr(user_group, "_cache_reference", None)
        result["userGroup"] = reference() if callable(reference) else user_group.user_group_name
    if token is not None:
        result["authToken"] = token
    if generate:
        excluded = "".join(ch for ch in string.punctuation if ch not in AUTH_TOKEN_SPECIALS)
        result["generatedAuthToken"] = plain(CoreGeneratedTokenProps(
            description=f"AUTH token of ElastiCache replication group {group_id}",
            length=GENERATED_TOKEN_LENGTH,
            excludeCharacters=excluded,
            encryptionKey=options.get("auth_token_encryption_key"),
        ))
    return result


def _check_user_group(site: Site, version: EngineVersion, user_group: IUserGroup, mode: str | None) -> None:
    if not provides(user_group, "user_group_name", "engine", "users"):
        site.fail("user_group", type(user_group).__name__, "must be a UserGroup or an imported user group")
    if not version.supports_rbac:
        site.fail("user_group", group_label(user_group), f"needs RBAC, which {version} lacks (Valkey 7.2+, Redis OSS 6.0+)")
    if mode == "preferred":
        site.fail(
            "user_group", group_label(user_group),
            "needs transit_encryption_mode='required': move from preferred to required in one deploy, then attach "
            "the user group in the next",
        )
    group_engine = user_group.engine
    if group_engine is not None and version.engine == "redis" and group_engine.engine_type != "redis":
        site.fail(
            "user_group", group_label(user_group),
            f"is a {group_engine.engine_type} user group; a Redis OSS group takes only redis user groups",
        )
    members = user_group.users
    if members is not None:
        problem = default_user_problem(group_engine, members)
        if problem:
            site.fail("user_group", group_label(user_group), problem + "; add every user before attaching the group")


def _encryption(site: Site, options: ReplicationGroupOptions, version: EngineVersion) -> tuple[bool, str | None, bool]:
    """Rules A1-A3: transit (always emitted), its mode, at-rest (always emitted) and its key."""
    transit = options.get("transit_encryption", True)
    at_rest = options.get("at_rest_encryption", True)
    for prop, value in (("transit_encryption", transit), ("at_rest_encryption", at_rest)):
        if not isinstance(value, bool):
            site.fail(prop, value, "must be True or False")
    mode = options.get("transit_encryption_mode")
    if mode is not None:
        if mode not in ("required", "preferred"):
            site.fail("transit_encryption_mode", mode, "must be 'required' or 'preferred'")
        if not transit:
            site.fail("transit_encryption_mode", mode, "needs transit_encryption=True")
        if not version.supports_transit_encryption_mode:
            site.fail("transit_encryption_mode", mode, f"is not available on {version} (Valkey 7.2+, Redis OSS 7.0+)")
    elif transit and version.supports_transit_encryption_mode:
        mode = "required"
    kms_key = options.get("kms_key")
    if kms_key is not None:
        if not provides(kms_key, "key_arn"):
            site.fail("kms_key", kms_key, "must be a kms.IKey")
        if not at_rest:
            site.fail("kms_key", kms_key.node.path, "needs at_rest_encryption=True")
    return transit, mode, at_rest


def _failover(site: Site, options: ReplicationGroupOptions, topology: _Topology) -> tuple[bool, bool]:
    """Rules H1-H3: failover needs a replica, Multi-AZ needs failover, cluster mode needs failover."""
    has_replica = is_token(topology.replicas) or topology.replicas >= 1
    failover = options.get("automatic_failover")
    multi_az = options.get("multi_az")
    for prop, value in (("automatic_failover", failover), ("multi_az", multi_az)):
        if value is not None and not isinstance(value, bool):
            site.fail(prop, value, "must be True or False")
    if failover is None:
        failover = has_replica or topology.cluster_mode
    if multi_az is None:
        multi_az = has_replica and failover
    if topology.cluster_mode and not failover:
        site.fail("automatic_failover", False, "must be True with cluster mode enabled (ElastiCache requires it)")
    if failover and not has_replica and not topology.cluster_mode:
        site.fail("automatic_failover", True, "needs a replica: num_cache_clusters must be at least 2")
    if multi_az and not failover:
        site.fail("multi_az", True, "needs automatic_failover=True")
    if multi_az and not has_replica:
        site.fail("multi_az", True, "needs at least one replica (in another Availability Zone)")
    return failover, multi_az


def _parameter_group(
    site: Site, options: ReplicationGroupOptions, version: EngineVersion, cluster_mode: bool, description: str
) -> dict[str, Any]:
    """Rules C1/C2 (and N5): the given group fits the version and mode, or one is created."""
    group = options.get("parameter_group")
    if group is None:
        parameters = check_parameters(site, version, options.get("parameters"), cluster_mode)
        return {"parameterGroupProperties": plain(
            cacheParameterGroupFamily=version.parameter_group_family,
            description=f"Parameters of {description}"[:255],
            properties=parameters or None,
        )}
    if options.get("parameters") is not None:
        site.fail("parameters", dict(options["parameters"]), "conflicts with parameter_group: set them on that group")
    if not provides(group, "parameter_group_name", "family", "cluster_enabled"):
        site.fail("parameter_group", type(group).__name__, "must be a ParameterGroup or an imported one")
    family = group.family
    if family is not None and family != version.parameter_group_family:
        site.fail(
            "parameter_group", family,
            f"is of family {family}; {version} needs a {version.parameter_group_family} parameter group",
        )
    enabled = group.cluster_enabled
    if enabled is not None and enabled != cluster_mode:
        want = "yes" if cluster_mode else "no"
        site.fail(
            "parameter_group", f"{CLUSTER_ENABLED}={'yes' if enabled else 'no'}",
            f"must have {CLUSTER_ENABLED}={want} for cluster mode {'enabled' if cluster_mode else 'disabled'} "
            f"(e.g. {version.default_parameter_group_name(cluster_mode)})",
        )
    reference = getattr(group, "_cluster_reference", None)
    return {"parameterGroup": reference() if callable(reference) else group.parameter_group_name}


def _subnet_group(site: Site, options: ReplicationGroupOptions, vpc: ec2.IVpc, description: str) -> dict[str, Any]:
    group = options.get("subnet_group")
    if group is None:
        ids = subnet_group_subnets(site, vpc, options.get("vpc_subnets"))
        return {"subnetGroupProperties": {"description": f"Subnets of {description}"[:255], "subnetIds": ids}}
    if options.get("vpc_subnets") is not None:
        site.fail("vpc_subnets", "(set)", "conflicts with subnet_group: the subnet group decides the subnets")
    if not provides(group, "subnet_group_name"):
        site.fail("subnet_group", type(group).__name__, "must be a SubnetGroup or an imported one")
    reference = getattr(group, "_cluster_reference", None)
    return {"subnetGroup": reference() if callable(reference) else group.subnet_group_name}


def _backups(site: Site, options: ReplicationGroupOptions) -> dict[str, Any]:
    """Rules B1-B5: retention, windows apart, seeding."""
    retention = check_retention(site, options.get("snapshot_retention_limit", 1))
    maintenance_text = options.get("preferred_maintenance_window")
    snapshot_text = options.get("snapshot_window")
    maintenance = check_maintenance_window(site, "preferred_maintenance_window", maintenance_text) if maintenance_text else None
    snapshot = check_snapshot_window(site, "snapshot_window", snapshot_text) if snapshot_text else None
    check_windows_apart(site, maintenance, snapshot, maintenance_text or "", snapshot_text or "")
    if snapshot_text is not None and retention == 0:
        site.fail("snapshot_window", snapshot_text, "needs snapshot_retention_limit >= 1 (0 turns automatic snapshots off)")
    arns = options.get("snapshot_arns")
    name = options.get("snapshot_name")
    if arns is not None:
        if isinstance(arns, str) or not isinstance(arns, Sequence) or not arns:
            site.fail("snapshot_arns", arns, "must be a non-empty list of S3 object ARNs (arn:aws:s3:::bucket/key.rdb)")
        for arn in arns:
            if not isinstance(arn, str) or (not is_token(arn) and not (arn.startswith("arn:aws") and ":s3:::" in arn)):
                site.fail("snapshot_arns", arn, "is not an S3 object ARN (arn:PARTITION:s3:::bucket/key.rdb)")
    if arns is not None and name is not None:
        site.fail("snapshot_name", name, "conflicts with snapshot_arns: seed from one source")
    if name is not None and (not isinstance(name, str) or (not is_token(name) and not name)):
        site.fail("snapshot_name", name, "must be a snapshot name")
    return plain(
        snapshotRetentionLimit=retention,
        preferredMaintenanceWindow=maintenance_text.lower() if maintenance_text and not is_token(maintenance_text) else maintenance_text,
        snapshotWindow=snapshot_text,
        snapshotArns=list(arns) if arns is not None else None,
        snapshotName=name,
    )


def _create(
    owner: _CreatedGroup,
    scope: Construct,
    id: str,
    vpc: ec2.IVpc,
    options: ReplicationGroupOptions,
    topology_of: Callable[[Site, str], _Topology],
) -> None:
    """Check everything, then create the group in one jsii call."""
    site = Site(scope, id)
    unknown = sorted(set(options) - _OPTION_NAMES)
    if unknown:
        name = unknown[0]
        value = options[name]  # type: ignore[literal-required]
        if name in _SHARDED_ONLY:  # rule T3: each mode has its own topology
            site.fail(name, value, "is an option of ClusterReplicationGroup (cluster mode enabled) only")
        if name in _SINGLE_SHARD_ONLY:
            site.fail(name, value, "is an option of ReplicationGroup (cluster mode disabled) only")
        site.fail(name, value, "is not an option of replication groups")
    if vpc is None or getattr(vpc, "__jsii_ref__", None) is None:
        site.fail("vpc", vpc, "is required: an ec2.IVpc (the group's security group and subnets live in it)")
    global_datastore = options.get("global_datastore")
    primary = None
    if global_datastore is not None:
        primary = _secondary_of(site, scope, global_datastore, options)
        options = {**options, "engine_version": primary.engine_version, "cache_node_type": primary.cache_node_type}  # type: ignore[typeddict-item]
    version = options.get("engine_version") or EngineVersion.VALKEY_LATEST
    if not isinstance(version, EngineVersion):
        site.fail("engine_version", version, "must be an EngineVersion, e.g. EngineVersion.VALKEY_8_2")
    if version.is_memcached:
        site.fail("engine_version", str(version), "is Memcached: replication groups are Valkey or Redis OSS (use MemcachedCluster)")
    node_type = options.get("cache_node_type", DEFAULT_NODE_TYPE)
    family = check_node_type(site, "cache_node_type", node_type)
    group_id = options.get("replication_group_id")
    if group_id is not None:
        check_replication_group_id(site, "replication_group_id", group_id)
    else:
        group_id = generated_name(construct_path(scope, id))
    description = options.get("description")
    if description is not None:
        check_description(site, "description", description)
    else:
        description = f"ElastiCache replication group {group_id}"
    port = check_port(site, options.get("port"), version.default_port)
    topology = topology_of(site, group_id)
    if primary is not None and topology.cluster_mode != primary.cluster_mode_enabled:
        site.fail("global_datastore", global_datastore.node.path,  # type: ignore[union-attr]
                  "has a primary of the other cluster mode: a secondary is the same kind of group as the primary "
                  f"({type(primary).__name__})")
    failover, multi_az = _failover(site, options, topology)
    azs = topology.properties.get("preferredCacheClusterAZs")
    if multi_az and azs and not is_token(azs) and len(set(azs)) == 1 and len(azs) > 1:
        site.fail(
            "preferred_cache_cluster_azs", azs,
            f"places every cluster in {azs[0]}: Multi-AZ needs a replica in another zone (or multi_az=False)",
        )
    transit, mode, at_rest = _encryption(site, options, version)
    durability = check_durability(
        site, options.get("durability"), version=version, family=family, cluster_mode=topology.cluster_mode,
        multi_az=multi_az, replicas=topology.replicas, transit=transit, at_rest=at_rest,
    )
    auth = _auth(site, options, version, transit, mode, group_id)
    tiering = data_tiering(site, family, version, options.get("data_tiering"))
    network_type, ip_discovery = check_network(site, version, family, options.get("network_type"), options.get("ip_discovery"))
    logs = render_logs(site, version, options.get("logs"))
    topic = options.get("notification_topic")
    if topic is not None and not provides(topic, "topic_arn"):
        site.fail("notification_topic", topic, "must be an sns.ITopic")
    upgrade = options.get("auto_minor_version_upgrade")
    if upgrade is not None and not isinstance(upgrade, bool):
        site.fail("auto_minor_version_upgrade", upgrade, "must be True or False")
    groups = check_security_groups(site, options.get("security_groups"))
    references = {
        **_subnet_group(site, options, vpc, description),
        **({} if primary is not None else _parameter_group(site, options, version, topology.cluster_mode, description)),
    }
    backups = _backups(site, options)
    removal = options.get("removal_policy", cdk.RemovalPolicy.SNAPSHOT)
    if not isinstance(removal, cdk.RemovalPolicy):
        site.fail("removal_policy", removal, "must be a cdk.RemovalPolicy")
    user_group = options.get("user_group")
    warnings = []
    if user_group is None and "authToken" not in auth and "generatedAuthToken" not in auth and primary is None:
        warnings.append(list(UNAUTHENTICATED_WARNING))
    support = version.support
    if version.past_standard_support() and support is not None:
        warnings.append([
            STANDARD_SUPPORT_WARNING,
            f"{version} left standard support on {support.end_of_standard_support.isoformat()}: ElastiCache bills "
            f"Extended Support for it{'' if support.end_of_life is None else ' until ' + support.end_of_life.isoformat()} "
            f"and upgrades it after that ({support.source}); choose Valkey or a supported Redis OSS version.",
        ])
    if topology.cluster_mode and topology.replicas == 0:
        warnings.append(list(NO_REPLICA_WARNING))
    if len(topology.members) > DEFAULT_NODE_QUOTA:
        warnings.append([
            NODE_QUOTA_WARNING,
            f"This group has {len(topology.members)} nodes; ElastiCache's default quota is {DEFAULT_NODE_QUOTA} nodes per "
            f"cluster (raisable to {MAX_NODES}): request a quota increase before deploying.",
        ])
    cluster_mode_value = None
    if version.supports_cluster_mode_setting:
        cluster_mode_value = "enabled" if topology.cluster_mode else "disabled"
    inherited: dict[str, Any] = plain(
        engine=version.engine,
        engineVersion=version.version,
        cacheNodeType=node_type,
        port=port,
        clusterMode=cluster_mode_value,
        transitEncryptionEnabled=transit,
        transitEncryptionMode=mode,
        atRestEncryptionEnabled=at_rest,
        dataTieringEnabled=tiering,
        durability=durability,
    )
    topology_properties = dict(topology.properties)
    if primary is not None:  # a secondary: the global datastore gives these (rule G2); the shards too
        inherited = {"globalReplicationGroupId": global_datastore.global_replication_group_id}  # type: ignore[union-attr]
        backups = {k: v for k, v in backups.items() if k == "preferredMaintenanceWindow"}
        for key in ("numNodeGroups", "nodeGroupConfiguration"):
            topology_properties.pop(key, None)
    properties = plain(
        replicationGroupId=group_id,
        replicationGroupDescription=description,
        **inherited,
        automaticFailoverEnabled=failover,
        multiAzEnabled=multi_az,
        networkType=network_type,
        ipDiscovery=ip_discovery,
        autoMinorVersionUpgrade=upgrade,
        tags=tag_list(site, options.get("tags")),
        **topology_properties,
        **backups,
    )
    props = plain(CoreReplicationGroupProps(
        properties=properties,
        vpc=vpc,
        securityGroups=groups,
        securityGroupDescription=f"ElastiCache replication group {group_id}",
        port=port,
        kmsKey=options.get("kms_key"),
        notificationTopic=topic,
        logs=logs,
        removalPolicy=removal,
        onlineResharding=True if topology.cluster_mode else None,
        warnings=warnings or None,
        # the helpers' results, by the key names they use (each one a key of CoreReplicationGroupProps)
        subnetGroup=references.get("subnetGroup"),
        subnetGroupProperties=references.get("subnetGroupProperties"),
        parameterGroup=references.get("parameterGroup"),
        parameterGroupProperties=references.get("parameterGroupProperties"),
        userGroup=auth.get("userGroup"),
        authToken=auth.get("authToken"),
        generatedAuthToken=auth.get("generatedAuthToken"),
    ))
    owner._group_id = group_id
    owner._engine_version = version
    owner._port = port
    owner._cluster_mode = topology.cluster_mode
    owner._members = topology.members
    owner._user_group = user_group
    owner.cache_node_type = node_type
    owner.transit_encryption_mode = mode
    owner.transit_encryption = bool(transit)
    owner.vpc = vpc
    owner.multi_az = multi_az
    owner.automatic_failover = failover
    owner._given_security_groups = groups
    owner.durability = options.get("durability")
    owner.global_datastore = global_datastore
    with js_checks(site):
        core.CoreReplicationGroup.__init__(owner, scope, id, props)
    if global_datastore is not None:
        global_datastore._add_secondary(owner)


class _CreatedGroup(core.CoreReplicationGroup, ReplicationGroupBase):
    """What both created kinds share: the JavaScript half and its attributes."""

    cache_node_type: str
    """The node type."""
    transit_encryption_mode: str | None
    """``required`` or ``preferred``; None without TLS (or before Redis OSS 7)."""
    transit_encryption: bool
    """Whether clients connect with TLS."""
    vpc: ec2.IVpc
    """The group's VPC."""
    multi_az: bool
    """Whether Multi-AZ is on."""
    automatic_failover: bool
    """Whether automatic failover is on."""
    _given_security_groups: list[ec2.ISecurityGroup] | None
    durability: Durability | None
    """The durability asked for, if any (the effective one is :attr:`effective_durability`)."""
    global_datastore: GlobalDatastore | None
    """The global datastore this group joined as a secondary, if any."""

    @property
    def effective_durability(self) -> str:
        """``sync``, ``async`` or ``disabled``: the durability in effect (``EffectiveDurability``,
        known at deploy time)."""
        return str(self._cfn.attr_effective_durability)

    @cached_property
    def connections(self) -> ec2.Connections:
        """Network access to the group; the default port is the group's port.
        The JavaScript side's object (what aws-cdk-lib reads), read once."""
        return js_get(self, "connections")  # type: ignore[no-any-return]

    @staticmethod
    def is_replication_group(x: object) -> bool:
        """Whether ``x`` is a replication group created with this library (either
        cluster mode), not an import: an ``isinstance`` check, else the marker
        ``Symbol.for('elasticache-kit.ReplicationGroup')`` on the JavaScript object."""
        return isinstance(x, _CreatedGroup) or is_marked(x, "ReplicationGroup")

    @cached_property
    def _cfn(self) -> Any:
        return js_get(self, "cfnReplicationGroup")

    @cached_property
    def auth_token_secret(self) -> secretsmanager.ISecret | None:
        """The secret holding the generated AUTH token (a plain string secret), if generated."""
        return js_get(self, "authTokenSecret")  # type: ignore[no-any-return]

    @property
    def security_groups(self) -> list[ec2.ISecurityGroup]:
        """The group's security groups (given, or the one created)."""
        if self._given_security_groups:
            return list(self._given_security_groups)
        return list(js_get(self, "clusterSecurityGroups"))


def _check_azs(site: Site, azs: Sequence[str] | None, count: int) -> list[str] | None:
    if azs is None:
        return None
    if isinstance(azs, str) or not isinstance(azs, Sequence):
        site.fail("preferred_cache_cluster_azs", azs, "must be a list of Availability Zone names")
    if not is_token(count) and len(azs) != count:
        site.fail(
            "preferred_cache_cluster_azs", list(azs),
            f"lists {len(azs)} zones for {count} clusters: give one zone per cluster (primary first)",
        )
    return list(azs)


class ReplicationGroup(_CreatedGroup):
    """A Valkey or Redis OSS replication group with cluster mode disabled: one
    primary and up to five replicas (``num_cache_clusters`` 1..6), a primary
    endpoint for writes and a reader endpoint for reads.

    Secure defaults: Valkey (newest version), TLS required, encryption at rest,
    Multi-AZ with automatic failover when there is a replica, a subnet group of
    one private subnet per AZ, a dedicated security group with no ingress, and
    automatic backups kept for a day.  Without a user group or AUTH token the
    group gets the synth warning ``elasticache-kit:unauthenticated-replication-group``.

    Example::

        group = elasticache.ReplicationGroup(self, "Sessions", vpc=vpc, num_cache_clusters=2,
                                             generate_auth_token=True, snapshot_retention_limit=7)
        group.connections.allow_default_port_from(ec2.Peer.ipv4(vpc.vpc_cidr_block))
        lag = group.metric_replication_lag()
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: ec2.IVpc,
        num_cache_clusters: int = 2,
        preferred_cache_cluster_azs: Sequence[str] | None = None,
        **options: Unpack[ReplicationGroupOptions],
    ) -> None:
        """
        :param vpc: the VPC of the group.
        :param num_cache_clusters: the primary plus replicas, 1..6. Default: 2.
        :param preferred_cache_cluster_azs: one zone per cluster, primary first
            (forces replacement when changed). Default: the service's choice.
        :param options: see :class:`ReplicationGroupOptions`.
        """

        def topology(site: Site, group_id: str) -> _Topology:
            count = check_count(site, "num_cache_clusters", num_cache_clusters, 1, 6, "the primary plus up to five replicas")
            azs = _check_azs(site, preferred_cache_cluster_azs, count)
            members = [] if is_token(count) else [f"{group_id}-{i:03d}" for i in range(1, count + 1)]
            return _Topology(False, count if is_token(count) else count - 1, members,
                             plain(numCacheClusters=count, preferredCacheClusterAZs=azs))

        self.num_cache_clusters = num_cache_clusters
        """The primary plus replicas."""
        _create(self, scope, id, vpc, options, topology)

    @property
    def primary_endpoint_address(self) -> str:
        """DNS name of the primary endpoint (writes; known at deploy time)."""
        return str(self._cfn.attr_primary_end_point_address)

    @property
    def primary_endpoint_port(self) -> int:
        """Port of the primary endpoint (the group's port)."""
        return self._port  # type: ignore[return-value]

    @property
    def reader_endpoint_address(self) -> str:
        """DNS name of the reader endpoint (reads, spread over the replicas)."""
        return str(self._cfn.attr_reader_end_point_address)

    @property
    def reader_endpoint_port(self) -> int:
        """Port of the reader endpoint (the group's port)."""
        return self._port  # type: ignore[return-value]


class ClusterReplicationGroup(_CreatedGroup):
    """A Valkey or Redis OSS replication group with cluster mode enabled: data
    sharded over ``num_node_groups`` shards of one primary and
    ``replicas_per_node_group`` replicas each, behind a configuration endpoint.

    Defaults as :class:`ReplicationGroup`, plus: a parameter group with
    ``cluster-enabled=yes``, automatic failover always on, and the update policy
    ``UseOnlineResharding`` so a change of ``num_node_groups`` reshards online.
    A group without replicas gets the synth warning
    ``elasticache-kit:cluster-mode-without-replicas``.

    Example::

        orders = elasticache.ClusterReplicationGroup(self, "Orders", vpc=vpc, num_node_groups=3,
                                                     replicas_per_node_group=1, generate_auth_token=True)
        orders.connections.allow_default_port_from(ec2.Peer.ipv4(vpc.vpc_cidr_block))
        address = orders.configuration_endpoint_address
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: ec2.IVpc,
        num_node_groups: int = 2,
        replicas_per_node_group: int = 1,
        node_groups: Sequence[NodeGroup] | None = None,
        **options: Unpack[ReplicationGroupOptions],
    ) -> None:
        """
        :param vpc: the VPC of the group.
        :param num_node_groups: shards, 1..500. Default: 2.
        :param replicas_per_node_group: replicas of each shard, 0..5 (a change
            replaces the group in CloudFormation). Default: 1.
        :param node_groups: one :class:`NodeGroup` per shard (ids, key slots,
            zones). Default: the service numbers the shards and splits the slots evenly.
        :param options: see :class:`ReplicationGroupOptions`.
        """

        def topology(site: Site, group_id: str) -> _Topology:
            shards = check_count(site, "num_node_groups", num_node_groups, 1, MAX_NODES, "shards")
            replicas = check_count(site, "replicas_per_node_group", replicas_per_node_group, 0, 5, "replicas per shard")
            if not is_token(shards) and not is_token(replicas) and shards * (replicas + 1) > MAX_NODES:
                site.fail(
                    "num_node_groups", shards,
                    f"with {replicas} replicas each makes {shards * (replicas + 1)} nodes; ElastiCache allows at most {MAX_NODES}",
                )
            configuration, ids = render_node_groups(site, node_groups, shards, replicas)
            members = [] if is_token(shards) or is_token(replicas) else [
                f"{group_id}-{shard}-{n:03d}"
                for shard in (ids or [f"{s:04d}" for s in range(1, shards + 1)])
                for n in range(1, replicas + 2)
            ]
            return _Topology(True, replicas, members, plain(
                numNodeGroups=shards, replicasPerNodeGroup=replicas, nodeGroupConfiguration=configuration))

        self.num_node_groups = num_node_groups
        """The number of shards."""
        self.replicas_per_node_group = replicas_per_node_group
        """Replicas of each shard."""
        _create(self, scope, id, vpc, options, topology)

    @property
    def configuration_endpoint_address(self) -> str:
        """DNS name of the configuration endpoint (cluster-aware clients start here)."""
        return str(self._cfn.attr_configuration_end_point_address)

    @property
    def configuration_endpoint_port(self) -> int:
        """Port of the configuration endpoint (the group's port)."""
        return self._port  # type: ignore[return-value]


def _secondary_of(site: Site, scope: Construct, global_datastore: Any, options: ReplicationGroupOptions) -> _CreatedGroup:
    """Rules G2 and the regions of a secondary member: returns the datastore's primary."""
    from .global_datastore import GlobalDatastore

    if not isinstance(global_datastore, GlobalDatastore):
        site.fail("global_datastore", global_datastore, "must be a GlobalDatastore")
    for name in SECONDARY_INHERITS:
        if name in options:
            site.fail(name, options[name],  # type: ignore[literal-required]
                      "cannot be set on a secondary of a global datastore: it inherits it from the primary "
                      f"{global_datastore.primary.node.path}")
    global_datastore._check_secondary_region(site, scope)
    return global_datastore.primary
