"""Valkey and Redis OSS replication groups created in the app: the options
both kinds take, the steps that create either (one jsii call), what both
share, and :class:`ReplicationGroup` (cluster mode disabled: one shard,
primary and reader endpoints).

Two classes rather than one because their endpoints, topology and rules
differ: a cluster-mode-enabled group (:class:`~.cluster_replication_group.ClusterReplicationGroup`)
has no primary or reader endpoint (reading them fails at deploy time,
aws-cdk#6585), a cluster-mode-disabled one no configuration endpoint; the
types say which a group has.  Their shared base and imports are in
:mod:`.replication_group_base`, the rules of creating one in
:mod:`.replication_group_rules`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

import aws_cdk as cdk
from constructs import Construct

from .._internal.context import Site, construct_path, provides
from .._internal.core_props import CoreReplicationGroupProps
from .._internal.identifiers import check_description, check_replication_group_id, generated_name
from .._internal.js import core, is_marked, js_checks, js_get, plain, tag_list
from .._internal.tokens import is_token
from ..rbac.user_group import IUserGroup
from .durability import Durability, check_durability
from .engine_versions import EngineVersion
from .logs import LogDelivery, render_logs
from .parameter_group import IParameterGroup
from .replication_group_base import ReplicationGroupBase
from .replication_group_rules import (
    _auth,
    _backups,
    _check_azs,
    _encryption,
    _failover,
    _parameter_group,
    _secondary_of,
    _subnet_group,
    _Topology,
)
from .rules import (
    check_count,
    check_network,
    check_node_type,
    check_port,
    check_security_groups,
    data_tiering,
)
from .subnet_group import ISubnetGroup

if TYPE_CHECKING:
    from aws_cdk import aws_ec2 as ec2
    from aws_cdk import aws_kms as kms
    from aws_cdk import aws_secretsmanager as secretsmanager
    from aws_cdk import aws_sns as sns

    from .global_datastore import GlobalDatastore

__all__ = ["ReplicationGroup", "ReplicationGroupOptions"]

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


class ReplicationGroupOptions(TypedDict, total=False):
    """Options both kinds of replication group take."""

    engine_version: EngineVersion
    """Engine and version. Default: ``EngineVersion.VALKEY_LATEST``."""
    cache_node_type: str
    """Node type, current generation. Default: ``cache.t4g.micro``."""
    replication_group_id: str
    """1-40 lower-case letters, digits, single hyphens. Default: generated from the construct path."""
    description: str
    """At most 255 characters. Default: ``ElastiCache replication group ID``."""
    vpc_subnets: ec2.SubnetSelection
    """Subnets of the subnet group created for it. Default: one per AZ of the private subnets, else isolated."""
    subnet_group: ISubnetGroup
    """A subnet group to use instead of creating one."""
    security_groups: Sequence[ec2.ISecurityGroup]
    """Security groups. Default: a new one with no ingress and no egress."""
    parameter_group: IParameterGroup
    """A parameter group to use. Default: one created for it: the version's family, cluster-enabled set."""
    parameters: Mapping[str, Any]
    """Parameters of the parameter group created for it. Default: none."""
    port: int
    """Port. Default: 6379."""
    transit_encryption: bool
    """TLS. Default: True."""
    transit_encryption_mode: str
    """``required`` or ``preferred`` (Valkey, Redis OSS 7+). Default: ``required``."""
    at_rest_encryption: bool
    """Encryption at rest. Default: True."""
    kms_key: kms.IKey
    """Customer managed key for encryption at rest. Default: AWS owned key."""
    user_group: IUserGroup
    """RBAC user group. Default: none."""
    auth_token: cdk.SecretValue
    """AUTH token, only as a SecretValue. Default: none."""
    generate_auth_token: bool
    """Generate the AUTH token into Secrets Manager. Default: False."""
    auth_token_encryption_key: kms.IKey
    """KMS key of the generated token's secret. Default: aws/secretsmanager."""
    automatic_failover: bool
    """Automatic failover. Default: True when there is a replica."""
    multi_az: bool
    """Multi-AZ. Default: True when there is a replica."""
    preferred_maintenance_window: str
    """``ddd:hh24:mi-ddd:hh24:mi`` UTC, at least 60 minutes. Default: chosen by the service."""
    snapshot_window: str
    """``hh24:mi-hh24:mi`` UTC, at least 60 minutes, apart from the maintenance window. Default: chosen by the service."""
    snapshot_retention_limit: int
    """Days automatic snapshots are kept, 0..35. Default: 1."""
    snapshot_arns: Sequence[str]
    """S3 ARNs of .rdb files to seed the group from. Default: none."""
    snapshot_name: str
    """A snapshot to seed the group from. Default: none."""
    data_tiering: bool
    """Must match the node type (on exactly for cache.r6gd). Default: derived."""
    network_type: str
    """``ipv4``, ``ipv6`` or ``dual_stack``. Default: ``ipv4``."""
    ip_discovery: str
    """``ipv4`` or ``ipv6``. Default: the service's."""
    logs: Sequence[LogDelivery]
    """Slow and engine log delivery. Default: none."""
    notification_topic: sns.ITopic
    """SNS topic for the group's events. Default: none."""
    auto_minor_version_upgrade: bool
    """Automatic minor version upgrades. Default: the service's: true."""
    removal_policy: cdk.RemovalPolicy
    """DESTROY, RETAIN or SNAPSHOT (a final snapshot, kept after the group is deleted). Default: SNAPSHOT."""
    durability: Durability
    """Multi-AZ transaction log (Valkey 9.0+, cluster mode enabled, Multi-AZ, TLS; see
    :mod:`elasticache_kit.clusters.durability`): ``SYNC`` and ``ASYNC`` switch in place, enabling or
    disabling it on an existing group fails. Default: not set: the service's default, disabled."""
    global_datastore: GlobalDatastore
    """Join this global datastore as a secondary: engine, version, node type, parameter group,
    encryption, AUTH, port and snapshots come from its primary and may not be set. Default: none."""
    tags: Mapping[str, str]
    """Tags. Default: none."""


_OPTION_NAMES = frozenset(ReplicationGroupOptions.__annotations__)
_SHARDED_ONLY = frozenset({"num_node_groups", "replicas_per_node_group", "node_groups"})
_SINGLE_SHARD_ONLY = frozenset({"num_cache_clusters", "preferred_cache_cluster_azs"})


def _check_option_names(site: Site, options: ReplicationGroupOptions, vpc: ec2.IVpc) -> None:
    """Rule T3 and the VPC: every option is one of this kind of group's."""
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


def _engine_version(site: Site, options: ReplicationGroupOptions) -> EngineVersion:
    """The engine version: a Valkey or Redis OSS ``EngineVersion``. Default: ``VALKEY_LATEST``."""
    version = options.get("engine_version") or EngineVersion.VALKEY_LATEST
    if not isinstance(version, EngineVersion):
        site.fail("engine_version", version, "must be an EngineVersion, e.g. EngineVersion.VALKEY_8_2")
    if version.is_memcached:
        site.fail("engine_version", str(version), "is Memcached: replication groups are Valkey or Redis OSS (use MemcachedCluster)")
    return version


def _names(site: Site, scope: Construct, id: str, options: ReplicationGroupOptions) -> tuple[str, str]:
    """The group's id (given, or generated from the construct path) and description."""
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
    return group_id, description


def _warnings(
    version: EngineVersion, topology: _Topology, auth: Mapping[str, Any], user_group: IUserGroup | None,
    primary: _CreatedGroup | None,
) -> list[list[str]]:
    """The synth warnings (id, message) the group gets: unauthenticated, past standard support, no replicas, node quota."""
    warnings: list[list[str]] = []
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
    return warnings


def _remember(
    owner: _CreatedGroup, group_id: str, version: EngineVersion, port: int, topology: _Topology,
    user_group: IUserGroup | None, node_type: str, mode: str | None, multi_az: bool, failover: bool,
    groups: list[ec2.ISecurityGroup] | None, options: ReplicationGroupOptions, global_datastore: GlobalDatastore | None,
) -> None:
    """Keep on the Python side what it knows (never read back through jsii)."""
    owner._group_id = group_id
    owner._engine_version = version
    owner._port = port
    owner._cluster_mode = topology.cluster_mode
    owner._members = topology.members
    owner._user_group = user_group
    owner.cache_node_type = node_type
    owner.transit_encryption_mode = mode
    owner.multi_az = multi_az
    owner.automatic_failover = failover
    owner._given_security_groups = groups
    owner.durability = options.get("durability")
    owner.global_datastore = global_datastore


def _check_zones_apart(site: Site, multi_az: bool, topology: _Topology) -> None:
    """Multi-AZ needs the preferred zones to differ."""
    azs = topology.properties.get("preferredCacheClusterAZs")
    if multi_az and azs and not is_token(azs) and len(set(azs)) == 1 and len(azs) > 1:
        site.fail(
            "preferred_cache_cluster_azs", azs,
            f"places every cluster in {azs[0]}: Multi-AZ needs a replica in another zone (or multi_az=False)",
        )


def _check_notifications(site: Site, options: ReplicationGroupOptions) -> tuple[sns.ITopic | None, bool | None]:
    """The event topic and minor version upgrades."""
    topic = options.get("notification_topic")
    if topic is not None and not provides(topic, "topic_arn"):
        site.fail("notification_topic", topic, "must be an sns.ITopic")
    upgrade = options.get("auto_minor_version_upgrade")
    if upgrade is not None and not isinstance(upgrade, bool):
        site.fail("auto_minor_version_upgrade", upgrade, "must be True or False")
    return topic, upgrade


def _engine_properties(
    version: EngineVersion, node_type: str, port: int, topology: _Topology, transit: bool, mode: str | None,
    at_rest: bool, tiering: bool | None, durability: Any,
) -> dict[str, Any]:
    """The properties a secondary of a global datastore inherits from the primary (rule G2)."""
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
    return inherited


def _join_global_datastore(
    site: Site, scope: Construct, options: ReplicationGroupOptions,
) -> tuple[GlobalDatastore | None, _CreatedGroup | None, ReplicationGroupOptions]:
    """The datastore a secondary joins, its primary, and the options with the primary's engine version and
    node type (rule G2); (None, None, the options) for a group on its own."""
    global_datastore = options.get("global_datastore")
    if global_datastore is None:
        return None, None, options
    primary = _secondary_of(site, scope, global_datastore, options)
    options = {**options, "engine_version": primary.engine_version, "cache_node_type": primary.cache_node_type}  # type: ignore[typeddict-item]
    return global_datastore, primary, options


def _check_primary_mode(
    site: Site, global_datastore: GlobalDatastore | None, primary: _CreatedGroup | None, topology: _Topology,
) -> None:
    """A secondary is the same kind of group (cluster mode) as the datastore's primary."""
    if primary is not None and topology.cluster_mode != primary.cluster_mode_enabled:
        site.fail("global_datastore", global_datastore.node.path,  # type: ignore[union-attr]
                  "has a primary of the other cluster mode: a secondary is the same kind of group as the primary "
                  f"({type(primary).__name__})")


def _removal_policy(site: Site, options: ReplicationGroupOptions) -> cdk.RemovalPolicy:
    """The removal policy: SNAPSHOT unless given."""
    removal = options.get("removal_policy", cdk.RemovalPolicy.SNAPSHOT)
    if not isinstance(removal, cdk.RemovalPolicy):
        site.fail("removal_policy", removal, "must be a cdk.RemovalPolicy")
    return removal


def _group_properties(
    site: Site, options: ReplicationGroupOptions, group_id: str, description: str, inherited: dict[str, Any],
    topology: _Topology, backups: dict[str, Any], failover: bool, multi_az: bool, network: tuple[str | None, str | None],
    upgrade: bool | None, global_datastore: GlobalDatastore | None,
) -> dict[str, Any]:
    """The group's CloudFormation properties. A secondary of a global datastore gets from it (rule G2) the
    engine properties, the shards and the backups (all but the maintenance window): it names the datastore."""
    topology_properties = dict(topology.properties)
    if global_datastore is not None:
        inherited = {"globalReplicationGroupId": global_datastore.global_replication_group_id}
        backups = {k: v for k, v in backups.items() if k == "preferredMaintenanceWindow"}
        for key in ("numNodeGroups", "nodeGroupConfiguration"):
            topology_properties.pop(key, None)
    network_type, ip_discovery = network
    return plain(
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


def _core_props(
    properties: dict[str, Any], vpc: ec2.IVpc, options: ReplicationGroupOptions, group_id: str, port: int,
    cluster_mode: bool, groups: list[ec2.ISecurityGroup] | None, topic: sns.ITopic | None, logs: Any,
    removal: cdk.RemovalPolicy, warnings: list[list[str]], references: dict[str, Any], auth: dict[str, Any],
) -> Any:
    """What the JavaScript half is created from: the properties and the resources it makes or wires beside
    the group (security group, subnet and parameter groups, AUTH token, logs, warnings)."""
    return plain(CoreReplicationGroupProps(
        properties=properties,
        vpc=vpc,
        securityGroups=groups,
        securityGroupDescription=f"ElastiCache replication group {group_id}",
        port=port,
        kmsKey=options.get("kms_key"),
        notificationTopic=topic,
        logs=logs,
        removalPolicy=removal,
        onlineResharding=True if cluster_mode else None,
        publicName="ClusterReplicationGroup" if cluster_mode else None,
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
    _check_option_names(site, options, vpc)
    global_datastore, primary, options = _join_global_datastore(site, scope, options)
    version = _engine_version(site, options)
    node_type = options.get("cache_node_type", DEFAULT_NODE_TYPE)
    family = check_node_type(site, "cache_node_type", node_type)
    group_id, description = _names(site, scope, id, options)
    port = check_port(site, options.get("port"), version.default_port)
    topology = topology_of(site, group_id)
    _check_primary_mode(site, global_datastore, primary, topology)
    failover, multi_az = _failover(site, options, topology)
    _check_zones_apart(site, multi_az, topology)
    transit, mode, at_rest = _encryption(site, options, version)
    durability = check_durability(
        site, options.get("durability"), version=version, family=family, cluster_mode=topology.cluster_mode,
        multi_az=multi_az, replicas=topology.replicas, transit=transit, at_rest=at_rest,
    )
    auth = _auth(site, options, version, transit, mode, group_id)
    tiering = data_tiering(site, family, version, options.get("data_tiering"))
    network = check_network(site, version, family, options.get("network_type"), options.get("ip_discovery"))
    logs = render_logs(site, version, options.get("logs"))
    topic, upgrade = _check_notifications(site, options)
    groups = check_security_groups(site, options.get("security_groups"))
    references = {
        **_subnet_group(site, options, vpc, description),
        **({} if primary is not None else _parameter_group(site, options, version, topology.cluster_mode, description)),
    }
    backups = _backups(site, options)
    removal = _removal_policy(site, options)
    user_group = options.get("user_group")
    warnings = _warnings(version, topology, auth, user_group, primary)
    inherited = _engine_properties(version, node_type, port, topology, transit, mode, at_rest, tiering, durability)
    properties = _group_properties(site, options, group_id, description, inherited, topology, backups, failover,
                                   multi_az, network, upgrade, global_datastore)
    props = _core_props(properties, vpc, options, group_id, port, topology.cluster_mode, groups, topic, logs, removal,
                        warnings, references, auth)
    _remember(owner, group_id, version, port, topology, user_group, node_type, mode, multi_az, failover, groups,
              options, global_datastore)
    owner.transit_encryption = bool(transit)
    owner.vpc = vpc
    with js_checks(site):
        core.CoreReplicationGroup.__init__(owner, scope, id, props)
    if global_datastore is not None:
        global_datastore._add_secondary(owner)


class _CreatedGroup(core.CoreReplicationGroup, ReplicationGroupBase):
    """What both created kinds share: the JavaScript half and its attributes."""

    _created = True

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
