"""Rules for durability (``Durability`` of replication groups, Valkey 9+) and
global datastores (``AWS::ElastiCache::GlobalReplicationGroup`` and the
replication groups that join one). Sources: ElastiCache's "Durability
limitations" and "Global Datastore prerequisites and limitations", read
2026-12-05; the node families are those of :mod:`elasticache_kit.clusters.durability`
and :mod:`elasticache_kit.clusters.global_datastore` (one list each)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..node_types import DURABILITY_FAMILIES, global_datastore_node_type
from . import _docs
from .clusters import cluster_mode_enabled, replicas
from .findings import Path, Severity
from .registry import rule
from .template import Template

GROUP = "AWS::ElastiCache::ReplicationGroup"
GLOBAL = "AWS::ElastiCache::GlobalReplicationGroup"
#: What a secondary inherits from the global datastore's primary: setting it is refused or, for
#: CacheNodeType, fails on later updates (pitfall P7).
INHERITED = ("Engine", "EngineVersion", "CacheNodeType", "CacheParameterGroupName", "AtRestEncryptionEnabled",
             "TransitEncryptionEnabled", "AuthToken", "SnapshotArns", "SnapshotName", "Durability")
_NODE = re.compile(r"cache\.([a-z0-9-]+)\.([a-z0-9]+)\Z")

Found = Iterator[tuple[str, Path, str]]


def _node(value: Any) -> tuple[str, str] | None:
    match = _NODE.match(value) if isinstance(value, str) else None
    return (match.group(1), match.group(2)) if match else None


def _durability_problem(template: Template, props: Mapping[str, Any]) -> str | None:
    engine = props.get("Engine", "redis")
    version = props.get("EngineVersion")
    if isinstance(engine, str) and engine.lower() != "valkey":
        return f"the engine is {engine} (durability needs Valkey 9.0+)"
    if isinstance(version, str) and re.match(r"\d+", version) and int(re.match(r"\d+", version).group()) < 9:  # type: ignore[union-attr]
        return f"EngineVersion {version} is older than Valkey 9.0"
    if not cluster_mode_enabled(template, props):
        return "cluster mode is disabled (durability needs cluster mode enabled)"
    if template.flag(props.get("MultiAZEnabled")) is False:
        return "MultiAZEnabled is not true"
    if replicas(template, props) == 0:
        return "the shards have no replicas"
    if template.flag(props.get("TransitEncryptionEnabled")) is False:
        return "TransitEncryptionEnabled is not true"
    if props.get("GlobalReplicationGroupId") is not None:
        return "it is a member of a global datastore"
    node = _node(props.get("CacheNodeType"))
    if node and node[0] not in DURABILITY_FAMILIES:
        return f"cache.{node[0]} nodes have no durability"
    return None


@rule("EC-CL13", Severity.ERROR, resource_types=(GROUP,),
      title="Durability where the service does not offer it",
      why="Durability (sync or async) needs Valkey 9.0+, cluster mode enabled, Multi-AZ with a replica per "
          "shard, TLS and an R/M/C Graviton node family, and is not offered on global datastore members; "
          "otherwise the stack fails to deploy.",
      fix="Meet the durability requirements, or remove Durability.",
      documentation=_docs.DURABILITY)
def _durability(template: Template) -> Found:
    for logical_id, props in template.of_type(GROUP):
        value = props.get("Durability")
        if isinstance(value, str) and value.lower() in ("sync", "async"):
            problem = _durability_problem(template, props)
            if problem:
                yield (logical_id, ("Properties", "Durability"),
                       f"{logical_id}: Durability {value} but {problem}")


@rule("EC-CL14", Severity.ERROR, resource_types=(GLOBAL,),
      title="Global datastore on a node type it does not run on",
      why="Global datastores run on node types of size large or bigger of the M5, M6g, M7g, R5, R6g, R6gd, "
          "R7g and C7gn families; the stack fails to deploy otherwise.",
      fix="Use such a node type (e.g. cache.r7g.large) for the primary and the datastore.",
      documentation=_docs.GLOBAL_DATASTORE)
def _global_node_type(template: Template) -> Found:
    for logical_id, props in template.of_type(GLOBAL):
        node_type = props.get("CacheNodeType")
        if isinstance(node_type, str) and _node(node_type) and not global_datastore_node_type(node_type):
            yield (logical_id, ("Properties", "CacheNodeType"),
                   f"{logical_id}: {node_type} cannot run a global datastore")


@rule("EC-CL15", Severity.ERROR, resource_types=(GROUP,),
      title="Global datastore secondary that sets what it inherits",
      why="A secondary member inherits engine, version, node type, parameter group, encryption, AUTH and "
          "snapshots from the primary; setting them is refused, and a CacheNodeType on a member makes later "
          "updates fail.",
      fix="Remove the property from the secondary replication group; change it on the global datastore.",
      documentation=_docs.GLOBAL_DATASTORE)
def _secondary_sets_inherited(template: Template) -> Found:
    for logical_id, props in template.of_type(GROUP):
        if props.get("GlobalReplicationGroupId") is None:
            continue
        for name in INHERITED:
            if props.get(name) is not None:
                yield (logical_id, ("Properties", name),
                       f"{logical_id}: secondary of a global datastore sets {name}, which it inherits from the primary")
