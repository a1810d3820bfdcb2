"""Rules for node-based clusters: ``AWS::ElastiCache::ReplicationGroup`` and
``AWS::ElastiCache::CacheCluster`` (property names and defaults as the
CloudFormation resource reference documents them)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from . import _docs
from .findings import Path, Severity
from .registry import rule
from .support import support_of
from .template import Template

__all__ = ["replicas", "cluster_mode_enabled"]

GROUP = "AWS::ElastiCache::ReplicationGroup"
CLUSTER = "AWS::ElastiCache::CacheCluster"

Found = Iterator["tuple[str, Path, str] | tuple[str, Path, str, Severity]"]


def _engine(props: Mapping[str, Any], default: str) -> str:
    engine = props.get("Engine", default)
    return engine.lower() if isinstance(engine, str) else "?"


def secondary(props: Mapping[str, Any]) -> bool:
    """Whether the group joins a global datastore (``GlobalReplicationGroupId``): it inherits engine,
    encryption, AUTH and snapshots from the datastore's primary, so the rules on those judge the primary."""
    return props.get("GlobalReplicationGroupId") is not None


def _redis_like(template: Template) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """Valkey/Redis OSS groups and clusters: (logical id, resource type, properties); global datastore
    secondaries (which inherit from the primary) are left out."""
    for logical_id, props in template.of_type(GROUP):
        if _engine(props, "redis") in ("redis", "valkey") and not secondary(props):
            yield logical_id, GROUP, props
    for logical_id, props in template.of_type(CLUSTER):
        if _engine(props, "?") in ("redis", "valkey"):
            yield logical_id, CLUSTER, props


def replicas(template: Template, props: Mapping[str, Any]) -> int | None:
    """Replicas per shard of a replication group (None when only known at deploy time)."""
    groups = props.get("NodeGroupConfiguration")
    if isinstance(groups, list) and groups:
        counts = [template.number(g.get("ReplicaCount", props.get("ReplicasPerNodeGroup", 0)))
                  if isinstance(g, Mapping) else None for g in groups]
        return None if any(c is None for c in counts) else min(c for c in counts if c is not None)
    if props.get("ReplicasPerNodeGroup") is not None:
        return template.number(props.get("ReplicasPerNodeGroup"))
    clusters = template.number(props.get("NumCacheClusters", 1))
    return None if clusters is None else max(clusters - 1, 0)


def cluster_mode_enabled(template: Template, props: Mapping[str, Any]) -> bool:
    """Whether the group has cluster mode enabled (shards): ``ClusterMode``, more
    than one shard, a ``cluster.on`` default parameter group, or a parameter
    group of the template with ``cluster-enabled: yes``."""
    mode = props.get("ClusterMode")
    groups = template.number(props.get("NumNodeGroups"))
    parameters = template.text(props.get("CacheParameterGroupName")) or ""
    return (isinstance(mode, str) and mode.lower() == "enabled") or (groups is not None and groups > 1) \
        or isinstance(props.get("NodeGroupConfiguration"), list) or "cluster.on" in parameters \
        or _cluster_enabled_group(template, props.get("CacheParameterGroupName"))


def _cluster_enabled_group(template: Template, name: Any) -> bool:
    group = template.target(name)
    if template.type_of(group) != "AWS::ElastiCache::ParameterGroup" or group is None:
        return False
    values = template.properties(group).get("Properties")
    setting = values.get("cluster-enabled") if isinstance(values, Mapping) else None
    return isinstance(setting, str) and setting.lower() == "yes"


@rule("EC-CL1", Severity.ERROR, resource_types=(GROUP, CLUSTER),
      title="Valkey/Redis OSS cluster without in-transit encryption",
      why="Without TLS, data and AUTH tokens cross the network in clear text.",
      fix="Set TransitEncryptionEnabled: true (clients then connect with TLS).",
      documentation=_docs.IN_TRANSIT)
def _no_tls(template: Template) -> Found:
    for logical_id, _, props in _redis_like(template):
        if template.flag(props.get("TransitEncryptionEnabled")) is False and props.get("AuthToken") is None:
            yield (logical_id, ("Properties", "TransitEncryptionEnabled"),
                   f"{logical_id}: TransitEncryptionEnabled is not true, traffic is not encrypted")


@rule("EC-CL2", Severity.ERROR, resource_types=(GROUP,),
      title="Replication group without encryption at rest",
      why="Without at-rest encryption, backups and data on disk (swap, snapshots) are not encrypted.",
      fix="Set AtRestEncryptionEnabled: true (optionally with KmsKeyId). It cannot be changed after creation.",
      documentation=_docs.AT_REST)
def _no_at_rest(template: Template) -> Found:
    for logical_id, kind, props in _redis_like(template):
        # the service's default: true for Valkey, false for Redis OSS
        default = _engine(props, "redis") == "valkey"
        if kind == GROUP and template.flag(props.get("AtRestEncryptionEnabled"), default) is False:
            yield (logical_id, ("Properties", "AtRestEncryptionEnabled"),
                   f"{logical_id}: AtRestEncryptionEnabled is not true, data at rest is not encrypted")


@rule("EC-CL3", Severity.ERROR, resource_types=(GROUP,),
      title="AUTH token without in-transit encryption",
      why="ElastiCache accepts an AuthToken only on replication groups with TransitEncryptionEnabled: true; "
          "the stack fails to deploy.",
      fix="Set TransitEncryptionEnabled: true, or remove AuthToken and use RBAC user groups.",
      documentation=_docs.AUTH)
def _auth_without_tls(template: Template) -> Found:
    for logical_id, props in template.of_type(GROUP):
        if props.get("AuthToken") is not None and template.flag(props.get("TransitEncryptionEnabled")) is False:
            yield (logical_id, ("Properties", "AuthToken"),
                   f"{logical_id}: AuthToken is set but TransitEncryptionEnabled is not true")


@rule("EC-CL4", Severity.WARNING, resource_types=(GROUP,),
      title="Replicas without automatic failover",
      why="With replicas but AutomaticFailoverEnabled off, a failed primary is not replaced by a replica: "
          "writes stop until it is repaired.",
      fix="Set AutomaticFailoverEnabled: true.",
      documentation=_docs.MULTI_AZ)
def _no_failover(template: Template) -> Found:
    for logical_id, props in template.of_type(GROUP):
        count = replicas(template, props)
        if count and template.flag(props.get("AutomaticFailoverEnabled")) is False:
            yield (logical_id, ("Properties", "AutomaticFailoverEnabled"),
                   f"{logical_id}: {count} replica(s) per shard but AutomaticFailoverEnabled is not true")


@rule("EC-CL5", Severity.WARNING, resource_types=(GROUP,),
      title="Replication group without Multi-AZ",
      why="Without Multi-AZ the group's nodes may share one Availability Zone and failover does not cross "
          "zones; an AZ outage takes the cache down.",
      fix="Set MultiAZEnabled: true with at least one replica per shard and automatic failover.",
      documentation=_docs.MULTI_AZ)
def _no_multi_az(template: Template) -> Found:
    for logical_id, props in template.of_type(GROUP):
        if _engine(props, "redis") in ("redis", "valkey") and template.flag(props.get("MultiAZEnabled")) is False:
            count = replicas(template, props)
            if count == 0:
                # nothing to fail over to: the finding is about the single node, and often a deliberate choice
                yield (logical_id, ("Properties", "MultiAZEnabled"),
                       f"{logical_id}: one node per shard and no Multi-AZ: an Availability Zone outage or a node "
                       "failure takes the cache down (Multi-AZ needs a replica)", Severity.INFO)
            else:
                known = f"{count} replica(s) per shard but " if count else ""
                yield (logical_id, ("Properties", "MultiAZEnabled"),
                       f"{logical_id}: {known}MultiAZEnabled is not true, so failover may not cross "
                       "Availability Zones")


@rule("EC-CL6", Severity.WARNING, resource_types=(GROUP, CLUSTER),
      title="Valkey/Redis OSS cluster without automatic backups",
      why="With SnapshotRetentionLimit 0 (the default) no daily snapshot is kept.",
      fix="Set SnapshotRetentionLimit (1-35 days) and SnapshotWindow.",
      documentation=_docs.BACKUPS)
def _no_cluster_backups(template: Template) -> Found:
    for logical_id, _, props in _redis_like(template):
        value = props.get("SnapshotRetentionLimit")
        if template.number(value) in (None, 0) and not isinstance(value, Mapping):
            yield (logical_id, ("Properties", "SnapshotRetentionLimit"),
                   f"{logical_id}: SnapshotRetentionLimit is 0 or unset, so there are no automatic backups")


def _versions(template: Template) -> Iterator[tuple[str, str, Any]]:
    for logical_id, props in template.of_type(GROUP):
        yield logical_id, _engine(props, "redis"), props.get("EngineVersion")
    for logical_id, props in template.of_type(CLUSTER):
        yield logical_id, _engine(props, "?"), props.get("EngineVersion")


@rule("EC-CL7", Severity.WARNING, resource_types=(GROUP, CLUSTER),
      title="Engine version past its end of standard support",
      why="After the end of standard support ElastiCache bills Extended Support for the version and later "
          "upgrades it automatically.",
      fix="Upgrade to Valkey or a supported Redis OSS version (EngineVersion).",
      documentation=_docs.EXTENDED_SUPPORT)
def _past_standard_support(template: Template) -> Found:
    for logical_id, engine, version in _versions(template):
        support = support_of(engine, version) if isinstance(version, str) else None
        if support and support.end_of_standard_support < template.today \
                and not (support.end_of_life and support.end_of_life < template.today):
            yield (logical_id, ("Properties", "EngineVersion"),
                   f"{logical_id}: {engine} {version} left standard support on "
                   f"{support.end_of_standard_support.isoformat()} (Extended Support is billed)")


@rule("EC-CL8", Severity.ERROR, resource_types=(GROUP, CLUSTER),
      title="Engine version past its end of life",
      why="ElastiCache no longer creates caches of a version past its end of life; the stack fails to deploy.",
      fix="Use Valkey or a supported Redis OSS version (EngineVersion).",
      documentation=_docs.ENGINE_VERSIONS)
def _past_end_of_life(template: Template) -> Found:
    for logical_id, engine, version in _versions(template):
        support = support_of(engine, version) if isinstance(version, str) else None
        if support and support.end_of_life and support.end_of_life < template.today:
            yield (logical_id, ("Properties", "EngineVersion"),
                   f"{logical_id}: {engine} {version} reached end of life on {support.end_of_life.isoformat()}")


@rule("EC-CL9", Severity.WARNING, resource_types=(GROUP,),
      title="Cluster mode enabled without replicas",
      why="A shard without replicas loses its data and its slots when its node fails; the cluster "
          "cannot fail over.",
      fix="Set ReplicasPerNodeGroup (or each NodeGroupConfiguration's ReplicaCount) to at least 1.",
      documentation=_docs.REPLICATION)
def _shards_without_replicas(template: Template) -> Found:
    for logical_id, props in template.of_type(GROUP):
        if cluster_mode_enabled(template, props) and replicas(template, props) == 0:
            yield (logical_id, ("Properties", "ReplicasPerNodeGroup"),
                   f"{logical_id}: cluster mode is enabled but the shards have no replicas")


@rule("EC-CL10", Severity.ERROR, resource_types=(CLUSTER,),
      title="Memcached cluster without in-transit encryption",
      why="Memcached has no authentication: without TLS anyone on the path can read and change the data.",
      fix="Set TransitEncryptionEnabled: true (Memcached 1.6.12 or later).",
      documentation=_docs.IN_TRANSIT)
def _memcached_without_tls(template: Template) -> Found:
    for logical_id, props in template.of_type(CLUSTER):
        if _engine(props, "?") == "memcached" and template.flag(props.get("TransitEncryptionEnabled")) is False:
            yield (logical_id, ("Properties", "TransitEncryptionEnabled"),
                   f"{logical_id}: Memcached cluster without TransitEncryptionEnabled")


@rule("EC-CL11", Severity.INFO, resource_types=(GROUP, CLUSTER),
      title="No log delivery",
      why="Without LogDeliveryConfigurations the slow log and engine log stay on the nodes and are lost "
          "with them.",
      fix="Deliver the slow-log (and engine-log) to CloudWatch Logs or Kinesis Data Firehose.",
      documentation=_docs.LOG_DELIVERY)
def _no_logs(template: Template) -> Found:
    for logical_id, _, props in _redis_like(template):
        if not props.get("LogDeliveryConfigurations"):
            yield (logical_id, ("Properties", "LogDeliveryConfigurations"),
                   f"{logical_id}: no LogDeliveryConfigurations, so slow commands cannot be looked into "
                   "after the fact (the slow log stays on the nodes)")


@rule("EC-CL12", Severity.ERROR, resource_types=(GROUP,),
      title="Valkey/Redis OSS replication group without authentication",
      why="With neither UserGroupIds (RBAC) nor an AuthToken, every client that reaches the nodes is the "
          "passwordless default user with every command on every key.",
      fix="Attach a user group (UserGroupIds) whose default user is disabled, or set an AuthToken from "
          "Secrets Manager (both need TransitEncryptionEnabled).",
      documentation=_docs.RBAC)
def _no_authentication(template: Template) -> Found:
    for logical_id, props in template.of_type(GROUP):
        if _engine(props, "redis") in ("redis", "valkey") and not props.get("UserGroupIds") \
                and props.get("AuthToken") is None and not secondary(props):
            yield (logical_id, ("Properties", "UserGroupIds"),
                   f"{logical_id}: no UserGroupIds and no AuthToken, so every client that reaches it is the "
                   "passwordless default user")
