"""Memcached clusters (``AWS::ElastiCache::CacheCluster`` with engine
``memcached``): nodes, AZ mode, TLS, and Memcached's own rules (M1-M3)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import aws_cdk as cdk
from constructs import Construct

from .._internal.arns import elasticache_arn, name_from_arn
from .._internal.cache_base import RecommendedAlarmsMixin, reference_to
from .._internal.context import ResourceMixin, Site, construct_path, provides
from .._internal.core_props import CoreImportedResourceProps, CoreNodeClusterProps
from .._internal.identifiers import CACHE_CLUSTER_ID_MAX, check_cache_cluster_id, generated_name
from .._internal.js import core, is_marked, js_checks, js_get, plain, tag_list
from .._internal.metrics import elasticache_metric
from .._internal.tokens import is_token
from .engine_versions import EngineVersion
from .parameter_group import IParameterGroup, check_parameters
from .rules import check_count, check_network, check_node_type, check_port, check_security_groups
from .subnet_group import ISubnetGroup, subnet_group_subnets
from .windows import check_maintenance_window

if TYPE_CHECKING:
    from aws_cdk import aws_cloudwatch as cloudwatch
    from aws_cdk import aws_ec2 as ec2
    from aws_cdk import aws_iam as iam
    from aws_cdk import aws_sns as sns

__all__ = ["IMemcachedCluster", "MemcachedClusterBase", "MemcachedCluster", "MAX_MEMCACHED_NODES"]

#: Nodes of a Memcached cluster (rule M1).
MAX_MEMCACHED_NODES = 40
AZ_MODES = ("single-az", "cross-az")
DEFAULT_NODE_TYPE = "cache.t4g.micro"
_NO_SNAPSHOT = "is not possible: Memcached clusters have no snapshots; use DESTROY or RETAIN"


@runtime_checkable
class IMemcachedCluster(Protocol):
    """A Memcached cluster, created in this app or imported."""

    @property
    def cluster_id(self) -> str:
        """The cluster's id (``CacheClusterId``, lower case)."""
        ...

    @property
    def cache_cluster_arn(self) -> str:
        """``arn:PARTITION:elasticache:REGION:ACCOUNT:cluster:ID``."""
        ...

    @property
    def port(self) -> int | None:
        """The port; None when unknown (imports)."""
        ...

    @property
    def connections(self) -> ec2.Connections:
        """Network access to the cluster's port."""
        ...


class MemcachedClusterBase(ResourceMixin, RecommendedAlarmsMixin):
    """What created and imported Memcached clusters share."""

    _cluster_id: str
    _port: int | None = None
    _num_nodes: int | None = None
    _given_arn: str | None = None

    @property
    def cluster_id(self) -> str:
        """The cluster's id (lower case, as the service stores it)."""
        return self._cluster_id

    @property
    def cache_cluster_arn(self) -> str:
        """``arn:PARTITION:elasticache:REGION:ACCOUNT:cluster:ID``."""
        return self._given_arn or elasticache_arn("cluster", self._cluster_id)

    @property
    def engine(self) -> str:
        """``memcached``."""
        return "memcached"

    @property
    def port(self) -> int | None:
        """The port; None when unknown (imports without ``port``)."""
        return self._port

    @property
    def num_cache_nodes(self) -> int | None:
        """Nodes in the cluster; None when unknown (imports)."""
        return self._num_nodes

    @property
    def cache_node_ids(self) -> list[str] | None:
        """The node ids the service gives (``0001``, ``0002``...); None when unknown."""
        count = self._num_nodes
        if count is None or is_token(count):
            return None
        return [f"{i:04d}" for i in range(1, count + 1)]

    if TYPE_CHECKING:

        @property
        def connections(self) -> ec2.Connections:
            """Network access to the cluster."""
            ...

    def grant(self, grantee: iam.IGrantable, *actions: str) -> iam.Grant:
        """Allow ``grantee`` the given ``actions`` on this cluster's ARN only."""
        return core.CoreGrants.on_principal(grantee, list(actions), [self.cache_cluster_arn])

    def metric(
        self, metric_name: str, *, cache_node_id: str | None = None, statistic: str = "Average", **props: Any
    ) -> cloudwatch.Metric:
        """The named ``AWS/ElastiCache`` metric of the cluster (5 minutes).

        Every Memcached metric is published per node (``CacheClusterId`` and
        ``CacheNodeId``); CloudWatch also aggregates the cluster's nodes under
        ``CacheClusterId`` alone, which is the default here.
        """
        dimensions = {"CacheClusterId": self._cluster_id}
        if cache_node_id is not None:
            dimensions["CacheNodeId"] = cache_node_id
        return elasticache_metric(metric_name, dimensions, statistic, props)

    def metric_cpu_utilization(self, **kwargs: Any) -> cloudwatch.Metric:
        """Host CPU percent (``CPUUtilization``, Average)."""
        return self.metric("CPUUtilization", **kwargs)

    def metric_evictions(self, **kwargs: Any) -> cloudwatch.Metric:
        """Items evicted for space (``Evictions``, Sum)."""
        kwargs.setdefault("statistic", "Sum")
        return self.metric("Evictions", **kwargs)

    def metric_current_connections(self, **kwargs: Any) -> cloudwatch.Metric:
        """Client connections (``CurrConnections``, Maximum)."""
        kwargs.setdefault("statistic", "Maximum")
        return self.metric("CurrConnections", **kwargs)

    @classmethod
    def from_cluster_attributes(
        cls,
        scope: Construct,
        id: str,
        *,
        cluster_id: str | None = None,
        cache_cluster_arn: str | None = None,
        port: int | None = None,
        num_cache_nodes: int | None = None,
        security_groups: Sequence[ec2.ISecurityGroup] | None = None,
        configuration_endpoint_address: str | None = None,
    ) -> MemcachedClusterBase:
        """Import an existing Memcached cluster; give one of ``cluster_id`` and ``cache_cluster_arn``."""
        site = Site(scope, id)
        if cluster_id is not None and cache_cluster_arn is not None:
            site.fail("cache_cluster_arn", cache_cluster_arn, "conflicts with cluster_id: give one of them")
        if cache_cluster_arn is not None:
            cluster_id = name_from_arn(site, "cache_cluster_arn", cache_cluster_arn, "cluster")
        elif cluster_id is not None:
            check_cache_cluster_id(site, "cluster_id", cluster_id)
        else:
            site.fail("cluster_id", None, "is required: give one of cluster_id or cache_cluster_arn")
        if port is not None:
            check_port(site, port, 11211)
        if num_cache_nodes is not None:
            check_count(site, "num_cache_nodes", num_cache_nodes, 1, MAX_MEMCACHED_NODES, "nodes")
        groups = check_security_groups(site, security_groups) or []
        imported = _ImportedMemcachedCluster(
            scope, id, plain(CoreImportedResourceProps(securityGroups=groups, clientPorts=[port] if port is not None else None)),
        )
        imported._cluster_id = cluster_id
        imported._given_arn = cache_cluster_arn
        imported._port = port
        imported._num_nodes = num_cache_nodes
        imported.configuration_endpoint_address = configuration_endpoint_address
        return imported

    @classmethod
    def from_cluster_id(cls, scope: Construct, id: str, cluster_id: str) -> MemcachedClusterBase:
        """Import an existing Memcached cluster by id."""
        return cls.from_cluster_attributes(scope, id, cluster_id=cluster_id)


class _ImportedMemcachedCluster(core.CoreImportedNodeCluster, MemcachedClusterBase):
    """A Memcached cluster that exists outside this app."""

    configuration_endpoint_address: str | None

    @cached_property
    def connections(self) -> ec2.Connections:
        """Network access over the security groups it was imported with (read once)."""
        return js_get(self, "connections")  # type: ignore[no-any-return]


def _az_mode(site: Site, az_mode: str | None, azs: Sequence[str] | None, count: int) -> tuple[str, list[str] | None]:
    """Rule M2: single-az or cross-az; one preferred zone per node; several zones need cross-az."""
    if az_mode is not None and az_mode not in AZ_MODES:
        site.fail("az_mode", az_mode, f"must be one of {', '.join(AZ_MODES)}")
    multi = is_token(count) or count > 1
    mode = az_mode or ("cross-az" if multi else "single-az")
    if mode == "cross-az" and not multi:
        site.fail("az_mode", mode, "needs at least two nodes (num_cache_nodes >= 2)")
    if azs is None:
        return mode, None
    if isinstance(azs, str) or not isinstance(azs, Sequence):
        site.fail("preferred_availability_zones", azs, "must be a list of Availability Zone names")
    zones = list(azs)
    if not is_token(count) and len(zones) != count:
        site.fail("preferred_availability_zones", zones, f"lists {len(zones)} zones for {count} nodes: give one zone per node")
    literal = {z for z in zones if not is_token(z)}
    if mode == "single-az" and len(literal) > 1:
        site.fail("preferred_availability_zones", zones, "names several zones, which needs az_mode='cross-az'")
    if mode == "cross-az" and len(literal) == 1 and not any(map(is_token, zones)):
        site.fail(
            "preferred_availability_zones", zones,
            f"places every node in {zones[0]}: cross-az needs nodes in two zones (or az_mode='single-az')",
        )
    return mode, zones


def _check_transit(site: Site, version: EngineVersion, transit_encryption: bool) -> None:
    """TLS needs Memcached 1.6.12 or later."""
    if not isinstance(transit_encryption, bool):
        site.fail("transit_encryption", transit_encryption, "must be True or False")
    if transit_encryption and not version.supports_transit_encryption:
        site.fail("transit_encryption", True, f"needs Memcached 1.6.12 or later ({version} has no TLS)")


def _group_references(
    site: Site, cluster_id: str, version: EngineVersion, vpc: ec2.IVpc, vpc_subnets: ec2.SubnetSelection | None,
    subnet_group: ISubnetGroup | None, parameter_group: IParameterGroup | None, parameters: Mapping[str, Any] | None,
) -> CoreNodeClusterProps:
    """The JavaScript side's props with the subnet and parameter groups: the given ones (named), or the
    properties of those created for it (the rest is filled in by the caller)."""
    references = CoreNodeClusterProps(
        properties=None, vpc=vpc, securityGroupDescription=f"Memcached cluster {cluster_id}", port=0,
    )
    if subnet_group is None:
        ids = subnet_group_subnets(site, vpc, vpc_subnets)
        references["subnetGroupProperties"] = {"description": f"Subnets of Memcached cluster {cluster_id}", "subnetIds": ids}
    else:
        if vpc_subnets is not None:
            site.fail("vpc_subnets", "(set)", "conflicts with subnet_group: the subnet group decides the subnets")
        references["subnetGroup"] = reference_to(subnet_group, "_cluster_reference", "subnet_group_name")
    if parameter_group is None:
        rendered = check_parameters(site, version, parameters, None)
        references["parameterGroupProperties"] = plain(
            cacheParameterGroupFamily=version.parameter_group_family,
            description=f"Parameters of Memcached cluster {cluster_id}",
            properties=rendered or None,
        )
    else:
        if parameters is not None:
            site.fail("parameters", dict(parameters), "conflicts with parameter_group: set them on that group")
        if parameter_group.family is not None and parameter_group.family != version.parameter_group_family:
            site.fail(
                "parameter_group", parameter_group.family,
                f"is of family {parameter_group.family}; {version} needs {version.parameter_group_family}",
            )
        references["parameterGroup"] = reference_to(parameter_group, "_cluster_reference", "parameter_group_name")
    return references


def _memcached_version(site: Site, engine_version: EngineVersion | None) -> EngineVersion:
    """The engine version: a Memcached ``EngineVersion`` (1.6.22 unless given)."""
    version = EngineVersion.MEMCACHED_1_6_22 if engine_version is None else engine_version
    if not isinstance(version, EngineVersion) or not version.is_memcached:
        site.fail("engine_version", str(version), "must be a Memcached EngineVersion (Valkey and Redis OSS: ReplicationGroup)")
    return version


def _cluster_name(site: Site, scope: Construct, id: str, cluster_id: str | None) -> str:
    """The cluster's id: given (and checked), or generated from the construct path."""
    if cluster_id is not None:
        check_cache_cluster_id(site, "cluster_id", cluster_id)
        return cluster_id
    return generated_name(construct_path(scope, id), CACHE_CLUSTER_ID_MAX)


def _removal_policy(site: Site, removal_policy: cdk.RemovalPolicy | None) -> cdk.RemovalPolicy:
    """DESTROY unless given; never SNAPSHOT (rule M3)."""
    removal = cdk.RemovalPolicy.DESTROY if removal_policy is None else removal_policy
    if removal == cdk.RemovalPolicy.SNAPSHOT:
        site.fail("removal_policy", "SNAPSHOT", _NO_SNAPSHOT)
    return removal


def _cluster_properties(
    site: Site, cluster_id: str, version: EngineVersion, cache_node_type: str, count: int, mode: str,
    zones: list[str] | None, port: int, transit_encryption: bool, maintenance_window: str | None,
    network: tuple[str | None, str | None], auto_minor_version_upgrade: bool | None, tags: Mapping[str, str] | None,
) -> dict[str, Any]:
    """The cluster's CloudFormation properties."""
    network_type, ip_discovery = network
    return plain(
        clusterName=cluster_id,
        engine="memcached",
        engineVersion=version.version,
        cacheNodeType=cache_node_type,
        numCacheNodes=count,
        azMode=mode,
        # one zone for every node: the singular property, as CloudFormation's reference advises
        preferredAvailabilityZone=zones[0] if zones and mode == "single-az" else None,
        preferredAvailabilityZones=zones if zones and mode == "cross-az" else None,
        port=port,
        transitEncryptionEnabled=transit_encryption if version.supports_transit_encryption else None,
        preferredMaintenanceWindow=maintenance_window,
        networkType=network_type,
        ipDiscovery=ip_discovery,
        autoMinorVersionUpgrade=auto_minor_version_upgrade,
        tags=tag_list(site, tags),
    )


class MemcachedCluster(core.CoreCacheCluster, MemcachedClusterBase):
    """A Memcached cluster: 1..40 nodes behind a configuration endpoint
    (auto discovery), spread across AZs when it has more than one node.

    Secure defaults: Memcached 1.6.22 with TLS, a subnet group of one private
    subnet per AZ, a dedicated security group with no ingress, a parameter
    group of its own.  Memcached has no snapshots, logs or AUTH (rule M3):
    the constructor takes none, and ``RemovalPolicy.SNAPSHOT`` is refused.

    Example::

        memcached = elasticache.MemcachedCluster(self, "Sessions", vpc=vpc, num_cache_nodes=3)
        memcached.connections.allow_default_port_from(ec2.Peer.ipv4(vpc.vpc_cidr_block))
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: ec2.IVpc,
        engine_version: EngineVersion | None = None,
        cache_node_type: str = DEFAULT_NODE_TYPE,
        num_cache_nodes: int = 2,
        az_mode: str | None = None,
        preferred_availability_zones: Sequence[str] | None = None,
        cluster_id: str | None = None,
        transit_encryption: bool = True,
        port: int | None = None,
        vpc_subnets: ec2.SubnetSelection | None = None,
        subnet_group: ISubnetGroup | None = None,
        security_groups: Sequence[ec2.ISecurityGroup] | None = None,
        parameter_group: IParameterGroup | None = None,
        parameters: Mapping[str, Any] | None = None,
        preferred_maintenance_window: str | None = None,
        network_type: str | None = None,
        ip_discovery: str | None = None,
        notification_topic: sns.ITopic | None = None,
        auto_minor_version_upgrade: bool | None = None,
        removal_policy: cdk.RemovalPolicy | None = None,
        tags: Mapping[str, str] | None = None,
    ) -> None:
        """
        :param vpc: the VPC of the cluster.
        :param engine_version: a Memcached version. Default: ``EngineVersion.MEMCACHED_1_6_22``.
        :param cache_node_type: current generation. Default: ``cache.t4g.micro``.
        :param num_cache_nodes: 1..40. Default: 2.
        :param az_mode: ``single-az`` or ``cross-az``. Default: cross-az with more than one node.
        :param preferred_availability_zones: one zone per node. Default: the service's choice.
        :param cluster_id: 1-50 lower-case letters, digits, single hyphens. Default: generated.
        :param transit_encryption: TLS (Memcached 1.6.12+). Default: True.
        :param port: Default: 11211.
        :param vpc_subnets: subnets of the subnet group created for it. Default: one per AZ of the private subnets.
        :param subnet_group: a subnet group to use instead. Default: one created.
        :param security_groups: Default: a new one with no ingress or egress.
        :param parameter_group: a memcached parameter group. Default: one created for the version's family.
        :param parameters: parameters of the group created for it. Default: none.
        :param preferred_maintenance_window: ``ddd:hh24:mi-ddd:hh24:mi`` UTC, >= 60 minutes. Default: the service's.
        :param network_type: ``ipv4``, ``ipv6``, ``dual_stack``. Default: ``ipv4``.
        :param ip_discovery: ``ipv4`` or ``ipv6``. Default: the service's.
        :param notification_topic: SNS topic for events. Default: none.
        :param auto_minor_version_upgrade: Default: the service's.
        :param removal_policy: DESTROY or RETAIN. Default: DESTROY (a cache holds no data worth a snapshot).
        :param tags: Default: none.
        """
        site = Site(scope, id)
        if vpc is None or getattr(vpc, "__jsii_ref__", None) is None:
            site.fail("vpc", vpc, "is required: an ec2.IVpc")
        version = _memcached_version(site, engine_version)
        family = check_node_type(site, "cache_node_type", cache_node_type)
        cluster_id = _cluster_name(site, scope, id, cluster_id)
        count = check_count(site, "num_cache_nodes", num_cache_nodes, 1, MAX_MEMCACHED_NODES, "Memcached nodes")
        mode, zones = _az_mode(site, az_mode, preferred_availability_zones, count)
        _check_transit(site, version, transit_encryption)
        chosen_port = check_port(site, port, version.default_port)
        if preferred_maintenance_window is not None:
            check_maintenance_window(site, "preferred_maintenance_window", preferred_maintenance_window)
        network = check_network(site, version, family, network_type, ip_discovery)
        if notification_topic is not None and not provides(notification_topic, "topic_arn"):
            site.fail("notification_topic", notification_topic, "must be an sns.ITopic")
        removal = _removal_policy(site, removal_policy)
        groups = check_security_groups(site, security_groups)
        references = _group_references(site, cluster_id, version, vpc, vpc_subnets, subnet_group, parameter_group, parameters)
        properties = _cluster_properties(
            site, cluster_id, version, cache_node_type, count, mode, zones, chosen_port, transit_encryption,
            preferred_maintenance_window, network, auto_minor_version_upgrade, tags,
        )
        self._cluster_id = cluster_id
        self._port = chosen_port
        self._num_nodes = count
        self.engine_version = version
        """The Memcached version."""
        self.cache_node_type = cache_node_type
        """The node type."""
        self.az_mode = mode
        """``single-az`` or ``cross-az``."""
        self.transit_encryption = transit_encryption
        """Whether TLS is on."""
        references["properties"] = properties
        references["securityGroups"] = groups
        references["port"] = chosen_port
        references["notificationTopic"] = notification_topic
        references["removalPolicy"] = removal
        props = plain(references)
        with js_checks(site):
            core.CoreCacheCluster.__init__(self, scope, id, props)

    def apply_removal_policy(self, policy: cdk.RemovalPolicy) -> None:
        """Apply ``policy`` to the cluster, as ``removal_policy=`` does;
        ``RemovalPolicy.SNAPSHOT`` is refused (Memcached has no snapshots).
        Also what aws-cdk-lib calls when it is handed the cluster."""
        if policy == cdk.RemovalPolicy.SNAPSHOT:
            Site(self).fail("apply_removal_policy", "SNAPSHOT", _NO_SNAPSHOT)
        core.CoreCacheCluster.apply_removal_policy(self, policy)

    @staticmethod
    def is_memcached_cluster(x: object) -> bool:
        """Whether ``x`` is a Memcached cluster created with this library, not an
        import (``isinstance``, else the JavaScript object's marker)."""
        return isinstance(x, MemcachedCluster) or is_marked(x, "MemcachedCluster")

    @cached_property
    def connections(self) -> ec2.Connections:
        """Network access to the cluster; the default port is its port (the
        JavaScript side's object, read once)."""
        return js_get(self, "connections")  # type: ignore[no-any-return]

    @cached_property
    def _cfn(self) -> Any:
        return js_get(self, "cfnCacheCluster")

    @property
    def configuration_endpoint_address(self) -> str:
        """DNS name of the configuration endpoint (auto discovery)."""
        return str(self._cfn.attr_configuration_endpoint_address)

    @property
    def configuration_endpoint_port(self) -> int:
        """Port of the configuration endpoint (the cluster's port)."""
        return self._port  # type: ignore[return-value]
