"""Rules for ``AWS::ElastiCache::ServerlessCache``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from . import _docs
from .findings import Path, Severity
from .registry import rule
from .template import Template

__all__ = ["RBAC_ENGINES", "cache_engine", "cache_ports"]

SERVERLESS = "AWS::ElastiCache::ServerlessCache"
#: Engines whose caches take a user group (RBAC); Memcached has no authentication.
RBAC_ENGINES = frozenset({"valkey", "redis"})


def cache_engine(props: Mapping[str, Any]) -> str:
    """The cache's engine in lower case (``valkey``, ``redis``, ``memcached``; ``?`` for a token)."""
    engine = props.get("Engine")
    return engine.lower() if isinstance(engine, str) else "?"


def cache_ports(engine: str) -> tuple[int, ...]:
    """The ports clients use: the endpoint and the reader endpoint."""
    return (11211,) if engine == "memcached" else (6379, 6380)


Found = Iterator[tuple[str, Path, str]]


@rule("EC-SC1", Severity.ERROR, resource_types=(SERVERLESS,),
      title="Valkey/Redis OSS serverless cache without a user group",
      why="RBAC is the only access control of a serverless cache: without a user group, anyone who reaches "
          "the endpoint is the passwordless default user with every command on every key.",
      fix="Attach a user group (UserGroupId) whose default user is disabled or has a password.",
      documentation=_docs.RBAC)
def _no_user_group(template: Template) -> Found:
    for logical_id, props in template.of_type(SERVERLESS):
        if cache_engine(props) in RBAC_ENGINES and props.get("UserGroupId") is None:
            yield (logical_id, ("Properties", "UserGroupId"),
                   f"{logical_id}: {cache_engine(props)} serverless cache has no UserGroupId, so every client "
                   "that reaches it is the passwordless default user")


@rule("EC-SC2", Severity.WARNING, resource_types=(SERVERLESS,),
      title="Serverless cache without automatic backups",
      why="Without SnapshotRetentionLimit no daily snapshot is taken, so lost or corrupted data cannot be restored.",
      fix="Set SnapshotRetentionLimit (1-35 days) and, optionally, DailySnapshotTime.",
      documentation=_docs.BACKUPS)
def _no_backups(template: Template) -> Found:
    for logical_id, props in template.of_type(SERVERLESS):
        if cache_engine(props) in RBAC_ENGINES and template.number(props.get("SnapshotRetentionLimit")) in (None, 0) \
                and not _is_token(props.get("SnapshotRetentionLimit")):
            yield (logical_id, ("Properties", "SnapshotRetentionLimit"),
                   f"{logical_id}: SnapshotRetentionLimit is not set, so the cache has no automatic backups")


@rule("EC-SC3", Severity.INFO, resource_types=(SERVERLESS,),
      title="Serverless cache encrypted with an AWS owned key",
      why="With no KmsKeyId the data at rest is encrypted with a key you cannot audit, rotate or revoke.",
      fix="Set KmsKeyId to a customer managed symmetric KMS key, if your policy requires one.",
      documentation=_docs.AT_REST)
def _no_cmk(template: Template) -> Found:
    for logical_id, props in template.of_type(SERVERLESS):
        if props.get("KmsKeyId") is None:
            yield (logical_id, ("Properties", "KmsKeyId"),
                   f"{logical_id}: no KmsKeyId, data at rest is encrypted with an AWS owned key")


@rule("EC-SC4", Severity.ERROR, resource_types=("AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"),
      title="Cache security group open to the world on the cache ports",
      why="An ingress rule from 0.0.0.0/0 or ::/0 on the port of a serverless cache, replication group or "
          "cache cluster admits every address that can route to the cache's network interfaces.",
      fix="Admit only the clients' security groups or CIDR blocks (connections.allow_default_port_from(...)).",
      documentation=_docs.ACCESS)
def _open_security_group(template: Template) -> Found:
    for logical_id, kind, ports, groups in _caches_and_groups(template):
        for group in template.groups_of(groups):
            for ingress in template.ingress(group):
                if ingress.open_to_world and any(ingress.covers(p) for p in ports):
                    yield (ingress.owner, ingress.path,
                           f"{ingress.owner}: ingress from {ingress.cidr} reaches {kind} {logical_id} "
                           f"on port {'/'.join(map(str, ports))}")


def _caches_and_groups(template: Template) -> Iterator[tuple[str, str, tuple[int, ...], Any]]:
    """Every cache of the template: (logical id, what it is, its client ports, its security group ids)."""
    for logical_id, props in template.of_type(SERVERLESS):
        yield logical_id, "serverless cache", cache_ports(cache_engine(props)), props.get("SecurityGroupIds")
    for logical_id, props in template.of_type("AWS::ElastiCache::ReplicationGroup"):
        port = template.number(props.get("Port"))
        yield logical_id, "replication group", (port or 6379,), props.get("SecurityGroupIds")
    for logical_id, props in template.of_type("AWS::ElastiCache::CacheCluster"):
        default = 11211 if cache_engine(props) == "memcached" else 6379
        port = template.number(props.get("Port"))
        yield logical_id, "cache cluster", (port or default,), props.get("VpcSecurityGroupIds")


@rule("EC-SC5", Severity.WARNING, resource_types=(SERVERLESS,),
      title="Serverless cache name with upper-case letters",
      why="ElastiCache stores the name in lower case, so metric dimensions, ARNs and IAM policies built "
          "from the mixed-case name do not match the cache.",
      fix="Use a lower-case ServerlessCacheName.",
      documentation=_docs.CREATE_SERVERLESS)
def _mixed_case_name(template: Template) -> Found:
    for logical_id, props in template.of_type(SERVERLESS):
        name = props.get("ServerlessCacheName")
        if isinstance(name, str) and name != name.lower():
            yield (logical_id, ("Properties", "ServerlessCacheName"),
                   f"{logical_id}: ServerlessCacheName {name!r} is stored as {name.lower()!r}; "
                   "names and ARNs built from it will not match")


@rule("EC-SC6", Severity.WARNING, resource_types=("AWS::CloudWatch::Alarm",),
      title="Alarm on a serverless cache metric with a dimension it is not published under",
      why="ElastiCache Serverless publishes its metrics under the clusterId dimension; an alarm on "
          "ServerlessCacheName never receives data.",
      fix="Use the dimension clusterId with the cache's (lower-case) name.",
      documentation=_docs.SERVERLESS_METRICS)
def _wrong_metric_dimension(template: Template) -> Found:
    for logical_id, props in template.of_type("AWS::CloudWatch::Alarm"):
        metrics: list[tuple[Path, Any]] = [(("Properties",), props)]
        if isinstance(props.get("Metrics"), list):
            metrics += [(("Properties", "Metrics", i, "MetricStat", "Metric"), q.get("MetricStat", {}).get("Metric", {}))
                        for i, q in enumerate(props["Metrics"]) if isinstance(q, Mapping)]
        for path, metric in metrics:
            if not isinstance(metric, Mapping) or metric.get("Namespace") != "AWS/ElastiCache":
                continue
            dimensions = metric.get("Dimensions")
            for i, dimension in enumerate(dimensions if isinstance(dimensions, list) else []):
                if isinstance(dimension, Mapping) and dimension.get("Name") == "ServerlessCacheName":
                    yield (logical_id, (*path, "Dimensions", i),
                           f"{logical_id}: dimension ServerlessCacheName has no data; serverless caches "
                           "publish under clusterId")


def _is_token(value: Any) -> bool:
    return isinstance(value, Mapping)
