"""What created and imported Valkey and Redis OSS replication groups share:
the interface :class:`IReplicationGroup`, the base :class:`ReplicationGroupBase`
(id, ARN, grants, metrics, connections, imports) and the imported group.

The created groups are :mod:`.replication_group` (cluster mode disabled) and
:mod:`.cluster_replication_group` (cluster mode enabled).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol, Unpack, runtime_checkable

from constructs import Construct

from .._internal.arns import elasticache_arn, name_from_arn
from .._internal.cache_base import RecommendedAlarmsMixin, check_connect_as
from .._internal.context import ResourceMixin, Site
from .._internal.core_props import CoreImportedResourceProps
from .._internal.identifiers import check_replication_group_id
from .._internal.js import core, js_get, plain
from .._internal.lazy import LazyModule
from .._internal.metrics import elasticache_metric
from ..errors import ValidationError
from ..rbac.user_group import IUserGroup
from .engine_versions import EngineVersion
from .rules import check_port, check_security_groups

if TYPE_CHECKING:
    from aws_cdk import aws_cloudwatch as cloudwatch
    from aws_cdk import aws_ec2 as ec2
    from aws_cdk import aws_iam as iam

    from .._internal.cache_base import MetricOptions
else:
    cloudwatch = LazyModule("aws_cdk.aws_cloudwatch")

__all__ = ["IReplicationGroup", "ReplicationGroupBase"]


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


class ReplicationGroupBase(ResourceMixin, RecommendedAlarmsMixin):
    """What created and imported replication groups share: id, ARN, port,
    grants, metrics, connections."""

    _group_id: str
    _engine_version: EngineVersion | None = None
    _port: int | None = None
    _cluster_mode: bool = False
    _members: list[str] | None = None
    _user_group: IUserGroup | None = None
    _given_arn: str | None = None
    #: Whether the group was created in this app (then a connection needs its user group).
    _created: bool = False

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
        version = self._engine_version
        check_connect_as(
            Site(self), user, self._user_group,
            engine_problem=("engine_version", str(version), "has no IAM authentication: it needs Valkey 7.2+ or Redis OSS 7.0+")
            if version is not None and not version.supports_iam_auth else None,
            created=self._created, owner="group", no_group="cannot connect: this replication group has no user_group",
        )
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
