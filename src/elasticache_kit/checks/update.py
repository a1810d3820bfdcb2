"""Update safety: what deploying a new template over a deployed one will do to
the caches already running.

``python -m elasticache_kit check --baseline OLD NEW...`` and
``ElastiCacheChecks(baseline=PATH)`` compare every ElastiCache resource of the
two templates by logical id and report:

- **data loss** (``EC-UP1``): the resource is deleted, or replaced because a
  property CloudFormation's resource schema marks create-only changed (read
  from the schemas cfn-lint ships, not a hand list), with or without a final
  snapshot (``UpdateReplacePolicy: Snapshot``);
- **updates CloudFormation cannot apply** (``EC-UP2``..``EC-UP8``, ``EC-UP10``), each with
  its source;
- **a failed scale-down recorded as success** (``EC-UP9``, a warning);
- **durability changes CloudFormation refuses** (``EC-UP10``: failover or
  Multi-AZ turned on with the first replica, failover off in cluster mode);

and, where a change has to be made in stages, the staged plan: the deploys to
make instead, with the CloudFormation properties and this library's
``ReplicationGroup`` props of each step.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .findings import Finding, Path, Severity

__all__ = ["UPDATE_RULES", "UpdateReport", "UpdateRule", "compare", "create_only"]

GROUP = "AWS::ElastiCache::ReplicationGroup"
CLUSTER = "AWS::ElastiCache::CacheCluster"
SERVERLESS = "AWS::ElastiCache::ServerlessCache"
#: Resources that hold data.
DATA_TYPES = (GROUP, CLUSTER, SERVERLESS)

_RG = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticache-replicationgroup.html"
_REPLACE_POLICY = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatereplacepolicy.html"
_UPDATE_POLICY = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatepolicy.html"
_TLS = "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption-enable-existing.html"
_UPGRADE = "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VersionManagement.html"
_GLOBAL = "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Redis-Global-Datastores-Console.html"
_RBAC_MIGRATE = "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html#Migrate-From-RBAC-to-Auth"


@dataclass(frozen=True)
class UpdateRule:
    """A kind of update problem: a stable id, severity, what to tell the user, and the source."""

    id: str
    severity: Severity
    title: str
    fix: str
    documentation: str
    """Where the behaviour is documented or reported."""


UPDATE_RULES: dict[str, UpdateRule] = {r.id: r for r in (
    UpdateRule("EC-UP1", Severity.ERROR, "The update deletes or replaces a cache: its data is lost",
               "Keep the create-only properties as deployed, or create the new cache beside the old one "
               "(seeded from a snapshot), move the clients, then remove the old one.", _REPLACE_POLICY),
    UpdateRule("EC-UP2", Severity.ERROR, "Capitalised ClusterMode together with another change",
               "Write ClusterMode in lower case ('enabled', 'disabled'), or deploy the other change alone.",
               "https://github.com/aws/aws-cdk/issues/26294"),
    UpdateRule("EC-UP3", Severity.ERROR, "AUTH token replaced by a user group: CloudFormation replaces the group",
               "Migrate in stages (see the plan), or create a second group with the user group and move the clients.",
               "https://github.com/aws-cloudformation/cloudformation-coverage-roadmap/issues/2356"),
    UpdateRule("EC-UP4", Severity.ERROR, "In-transit encryption switched straight to required",
               "Deploy TransitEncryptionEnabled: true with TransitEncryptionMode: preferred first, move the clients "
               "to TLS, then deploy required.", _TLS),
    UpdateRule("EC-UP5", Severity.ERROR, "Engine change without a parameter group of the new family",
               "Give a parameter group of the new version's family in the same deploy (or leave the "
               "parameter group to the default).", _UPGRADE),
    UpdateRule("EC-UP6", Severity.ERROR, "Shard count changed without UseOnlineResharding: the group is replaced",
               "Add UpdatePolicy: {UseOnlineResharding: true} to the group (deploy it first, or with the change).",
               _UPDATE_POLICY),
    UpdateRule("EC-UP7", Severity.ERROR, "Update of a cluster-mode group without replicas",
               "Add a replica per shard first (ReplicasPerNodeGroup: 1), then make the other change.",
               "https://github.com/aws-cloudformation/cloudformation-coverage-roadmap/issues/1275"),
    UpdateRule("EC-UP8", Severity.ERROR, "Node type changed on a member of a global datastore",
               "Change the node type on the AWS::ElastiCache::GlobalReplicationGroup (CacheNodeType), not on "
               "its members.", _GLOBAL),
    UpdateRule("EC-UP10", Severity.ERROR, "Durability change CloudFormation refuses (failover, Multi-AZ, Durability on/off)",
               "Add the replica in one deploy and enable AutomaticFailoverEnabled/MultiAZEnabled in the next; "
               "a cluster-mode group keeps automatic failover on; turn Durability on or off with a new group "
               "(sync <-> async changes in place).",
               "https://github.com/aws-cloudformation/cloudformation-coverage-roadmap/issues/383"),
    UpdateRule("EC-UP9", Severity.WARNING, "Scale-down that may fail while CloudFormation reports success",
               "Check the memory in use against the new node type (or node count) first; after the deploy, "
               "check the group's events and node type, since a failed scale-down is recorded as UPDATE_COMPLETE.",
               "https://github.com/aws-cloudformation/cloudformation-coverage-roadmap/issues/2273"),
)}

#: Node sizes, smallest first (``cache.r7g.large`` has size ``large``).
_SIZES = ("nano", "micro", "small", "medium", "large", "xlarge") + tuple(f"{n}xlarge" for n in range(2, 49))
_NODE = re.compile(r"cache\.([a-z0-9-]+)\.([a-z0-9]+)\Z")


@cache
def create_only(resource_type: str) -> tuple[str, ...]:
    """The properties of ``resource_type`` whose change replaces the resource,
    from the CloudFormation resource schema cfn-lint ships (us-east-1)."""
    try:
        from cfnlint.schema import PROVIDER_SCHEMA_MANAGER  # type: ignore[import-untyped]
    except ImportError as error:  # pragma: no cover - cfn-lint is in the dev extra
        raise ValueError("comparing templates needs cfn-lint's resource schemas (pip install cfn-lint)") from error
    schema = PROVIDER_SCHEMA_MANAGER.get_resource_schema("us-east-1", resource_type).schema
    return tuple(p.split("/")[-1] for p in schema.get("createOnlyProperties", ()) if p.startswith("/properties/"))


@dataclass
class UpdateReport:
    """What one update does: findings, and the staged plans that work instead."""

    findings: list[Finding] = field(default_factory=list)
    plans: list[tuple[str, str, list[str]]] = field(default_factory=list)
    """(logical id, what the plan is for, its steps)."""

    def plan_lines(self) -> list[str]:
        """The plans as text, one step a line."""
        lines = []
        for logical_id, what, steps in self.plans:
            lines.append(f"plan for {logical_id} ({what}):")
            lines += [f"  {i}. {step}" for i, step in enumerate(steps, 1)]
        return lines


def _props(resource: Any) -> Mapping[str, Any]:
    props = resource.get("Properties") if isinstance(resource, Mapping) else None
    return props if isinstance(props, Mapping) else {}


def _same(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True, default=str) == json.dumps(b, sort_keys=True, default=str)



def _durable(value: Any) -> bool | None:
    """Whether a ``Durability`` value keeps a transaction log (sync, async); None when not a literal
    (a parameter, a condition) or ``default`` (the service decides: disabled today, but not ours to say)."""
    if value is None:
        return False
    text = _lower(value)
    if text in ("sync", "async"):
        return True
    if text == "disabled":
        return False
    return None

def _lower(value: Any) -> str | None:
    return value.lower() if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else None


def _number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    return int(value) if isinstance(value, str) and value.isdigit() else None


def _tls(props: Mapping[str, Any]) -> str:
    """``off``, ``preferred``, ``required`` or ``?``."""
    enabled = _lower(props.get("TransitEncryptionEnabled"))
    mode = _lower(props.get("TransitEncryptionMode"))
    if enabled in (None, "false"):
        return "off"
    if enabled != "true":
        return "?"
    return mode if mode in ("preferred", "required") else "required" if mode is None else "?"


def _shards(props: Mapping[str, Any]) -> int | None:
    groups = props.get("NodeGroupConfiguration")
    if isinstance(groups, list):
        return len(groups)
    return _number(props.get("NumNodeGroups", 1))


def _replicas(props: Mapping[str, Any]) -> int | None:
    if props.get("ReplicasPerNodeGroup") is not None:
        return _number(props["ReplicasPerNodeGroup"])
    groups = props.get("NodeGroupConfiguration")
    if isinstance(groups, list) and groups:
        counts = [_number(g.get("ReplicaCount")) if isinstance(g, Mapping) else None for g in groups]
        return None if None in counts else min(c for c in counts if c is not None)
    clusters = _number(props.get("NumCacheClusters", 1))
    return None if clusters is None else clusters - 1


def _cluster_mode(props: Mapping[str, Any]) -> bool:
    mode = _lower(props.get("ClusterMode"))
    shards = _shards(props)
    return mode == "enabled" or (shards is not None and shards > 1) or isinstance(props.get("NodeGroupConfiguration"), list)


def _family(template: Mapping[str, Any], props: Mapping[str, Any]) -> str | None:
    """The family of the group's parameter group, when the template says it."""
    name = props.get("CacheParameterGroupName")
    if isinstance(name, Mapping) and isinstance(name.get("Ref"), str):
        group = (template.get("Resources") or {}).get(name["Ref"])
        family = _props(group).get("CacheParameterGroupFamily")
        return family if isinstance(family, str) else None
    if isinstance(name, str) and name.startswith("default."):
        return name[len("default."):].removesuffix(".cluster.on")
    return None


def _version_family(engine: str, version: Any) -> str | None:
    from ..clusters.engine_versions import EngineVersion
    from ..errors import ValidationError

    if not isinstance(version, str):
        return None
    match = re.match(r"(\d+)\.(\d+|x)", version)  # "7.1", "6.x", "5.0.6"
    if match is None:
        return None
    try:
        return EngineVersion.of(engine, f"{match.group(1)}.{match.group(2).replace('x', '0')}").parameter_group_family
    except ValidationError:
        return None


def _size(node_type: Any) -> tuple[str, int] | None:
    match = _NODE.match(node_type) if isinstance(node_type, str) else None
    return (match.group(1), _SIZES.index(match.group(2))) if match and match.group(2) in _SIZES else None


class _Comparison:
    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any], name: str) -> None:
        self.old, self.new, self.name = old, new, name
        self.report = UpdateReport()

    def add(self, rule_id: str, logical_id: str, path: Path, message: str, severity: Severity | None = None) -> None:
        rule = UPDATE_RULES[rule_id]
        self.report.findings.append(Finding(self.name, logical_id, rule_id, path, f"{logical_id}: {message}",
                                            severity or rule.severity, rule.fix, rule.documentation))

    def plan(self, logical_id: str, what: str, steps: list[str]) -> None:
        self.report.plans.append((logical_id, what, steps))

    def run(self) -> UpdateReport:
        old_resources = self.old.get("Resources") or {}
        new_resources = self.new.get("Resources") or {}
        for logical_id, resource in old_resources.items():
            kind = resource.get("Type") if isinstance(resource, Mapping) else None
            if kind not in DATA_TYPES:
                continue
            after = new_resources.get(logical_id)
            if not isinstance(after, Mapping) or after.get("Type") != kind:
                self._deleted(logical_id, resource, after)
                continue
            self._resource(logical_id, kind, resource, after)
        return self.report

    # -- data loss ------------------------------------------------------------
    def _snapshot(self, resource: Mapping[str, Any], policy: str) -> str:
        kept = resource.get(policy) == "Snapshot"
        return "a final snapshot is kept" if kept else f"no final snapshot ({policy} is not Snapshot)"

    def _deleted(self, logical_id: str, resource: Mapping[str, Any], after: Any) -> None:
        what = "removed from the template" if after is None else f"changes type to {after.get('Type')}"
        snapshot = self._snapshot(resource, "DeletionPolicy")
        kept = resource.get("DeletionPolicy") in ("Snapshot", "Retain")
        self.add("EC-UP1", logical_id, ("Type",), f"{what}: CloudFormation deletes it, {snapshot}",
                 Severity.WARNING if kept else None)

    def _resource(self, logical_id: str, kind: str, before: Mapping[str, Any], after: Mapping[str, Any]) -> None:
        old, new = _props(before), _props(after)
        if _same(old, new) and _same(before.get("UpdatePolicy"), after.get("UpdatePolicy")):
            return
        changed = sorted(k for k in set(old) | set(new) if not _same(old.get(k), new.get(k)))
        replacing = [k for k in changed if k in create_only(kind)]
        if kind == GROUP:
            replacing += self._group(logical_id, old, new, after, changed)
        if replacing:
            snapshot = self._snapshot(before, "UpdateReplacePolicy")
            kept = before.get("UpdateReplacePolicy") == "Snapshot"
            self.add("EC-UP1", logical_id, ("Properties", replacing[0]),
                     f"changing {', '.join(replacing)} replaces it: a new, empty cache with a new endpoint, "
                     f"{snapshot}", Severity.WARNING if kept else None)

    # -- replication groups --------------------------------------------------------
    def _group(self, logical_id: str, old: Mapping[str, Any], new: Mapping[str, Any], after: Mapping[str, Any],
               changed: list[str]) -> list[str]:
        replacing: list[str] = []
        mode = new.get("ClusterMode")
        if isinstance(mode, str) and mode != mode.lower() and [c for c in changed if c != "ClusterMode"]:
            self.add("EC-UP2", logical_id, ("Properties", "ClusterMode"),
                     f"ClusterMode {mode!r} is capitalised and {', '.join(c for c in changed if c != 'ClusterMode')} "
                     "changes too: CloudFormation fails with 'Cluster mode updates are not supported while "
                     "attempting to update additional properties' (aws-cdk#26294)")
        if old.get("AuthToken") is not None and not old.get("UserGroupIds") and new.get("UserGroupIds"):
            replacing.append("AuthToken to UserGroupIds")
            self.add("EC-UP3", logical_id, ("Properties", "UserGroupIds"),
                     "an AUTH token gives way to UserGroupIds: CloudFormation replaces the group "
                     "(cloudformation-coverage-roadmap#2356)")
            self.plan(logical_id, "AUTH token to RBAC without replacement", [
                "outside CloudFormation: modify-replication-group --auth-token-update-strategy DELETE "
                "--user-group-ids-to-add GROUP --apply-immediately (the group must use TLS with mode required; "
                "the service keeps the data)",
                "then change the template to match: remove AuthToken, set UserGroupIds: [GROUP] "
                "(ReplicationGroup(..., user_group=group)); the deploy is a no-op update",
                "or, in CloudFormation only: add a second group with UserGroupIds seeded from a snapshot of this "
                "one (snapshot_name=), move the clients, then remove this group",
            ])
        before, now = _tls(old), _tls(new)
        if before == "off" and now == "required":
            self.add("EC-UP4", logical_id, ("Properties", "TransitEncryptionMode"),
                     "in-transit encryption goes from off straight to required; ElastiCache enables TLS on a "
                     "running group only through TransitEncryptionMode preferred")
            steps = ["deploy TransitEncryptionEnabled: true, TransitEncryptionMode: preferred "
                     "(ReplicationGroup(..., transit_encryption=True, transit_encryption_mode=\"preferred\")); "
                     "move every client to TLS",
                     "deploy TransitEncryptionMode: required (transit_encryption_mode=\"required\")"]
            if new.get("UserGroupIds") and not old.get("UserGroupIds"):
                steps.append("deploy UserGroupIds (user_group=group): a user group is refused while the mode is "
                             "preferred")
            self.plan(logical_id, "TLS off to required", steps)
        self._engine(logical_id, old, new)
        old_shards, new_shards = _shards(old), _shards(new)
        policy = after.get("UpdatePolicy")
        online = isinstance(policy, Mapping) and _lower(policy.get("UseOnlineResharding")) == "true"
        if old_shards is not None and new_shards is not None and old_shards != new_shards and not online:
            replacing.append("the shard count")
            self.add("EC-UP6", logical_id, ("Properties", "NumNodeGroups"),
                     f"the shard count changes from {old_shards} to {new_shards} without "
                     "UpdatePolicy.UseOnlineResharding: CloudFormation replaces the group instead of resharding")
        if _cluster_mode(old) and _replicas(old) == 0 and [c for c in changed if c != "ReplicasPerNodeGroup"]:
            self.add("EC-UP7", logical_id, ("Properties", "ReplicasPerNodeGroup"),
                     "cluster mode with no replicas: updates fail with 'Replication group must have at least one "
                     "read replica to enable autofailover' (cloudformation-coverage-roadmap#1275)")
            self.plan(logical_id, "update of a cluster without replicas", [
                "deploy ReplicasPerNodeGroup: 1 alone (replicas_per_node_group=1)",
                f"then deploy the other changes ({', '.join(c for c in changed if c != 'ReplicasPerNodeGroup')})"])
        if "CacheNodeType" in changed and (old.get("GlobalReplicationGroupId") or new.get("GlobalReplicationGroupId")):
            self.add("EC-UP8", logical_id, ("Properties", "CacheNodeType"),
                     "the node type of a global datastore member changes: ElastiCache refuses it on the member; "
                     "the global datastore scales all its members")
        self._durability(logical_id, old, new)
        self._scale_down(logical_id, old, new)
        return replacing

    def _durability(self, logical_id: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        was, now = _durable(old.get("Durability")), _durable(new.get("Durability"))
        if was is not None and now is not None and was != now:
            self.add("EC-UP10", logical_id, ("Properties", "Durability"),
                     f"durability turned {'on' if now else 'off'} on an existing group: CloudFormation refuses it "
                     "(AWS::ElastiCache::ReplicationGroup, Durability: 'Enabling durability on an existing non-durable "
                     "cluster or disabling durability on an existing durable cluster is not currently supported and "
                     "will result in an error'); sync <-> async changes in place")
            self.plan(logical_id, "turning durability " + ("on" if now else "off"), [
                "create a new group with the durability you want (a new replication_group_id) and move the data "
                "to it (a snapshot: snapshot_name= / snapshot_arns=)",
                "or change it outside CloudFormation (ModifyReplicationGroup --durability, which ElastiCache accepts "
                "on Valkey 9 since 2026-10-27), then deploy the template that matches"])
        turned_on = [p for p in ("AutomaticFailoverEnabled", "MultiAZEnabled")
                     if _lower(new.get(p)) == "true" and _lower(old.get(p)) != "true"]
        if turned_on and _replicas(old) == 0 and (_replicas(new) or 0) > 0:
            self.add("EC-UP10", logical_id, ("Properties", turned_on[0]),
                     f"{' and '.join(turned_on)} turned on in the deploy that adds the first replica: the update "
                     "fails with 'Replication group must have at least one read replica to enable autofailover' "
                     "(cloudformation-coverage-roadmap#383)")
            self.plan(logical_id, "adding replicas and failover", [
                "deploy the replica alone (NumCacheClusters: 2, or ReplicasPerNodeGroup: 1; num_cache_clusters=2)",
                f"then deploy {', '.join(f'{p}: true' for p in turned_on)}"])
        if _cluster_mode(old) and _lower(old.get("AutomaticFailoverEnabled")) == "true" \
                and _lower(new.get("AutomaticFailoverEnabled")) == "false":
            self.add("EC-UP10", logical_id, ("Properties", "AutomaticFailoverEnabled"),
                     "automatic failover turned off on a cluster-mode group: ElastiCache refuses it ('Turning off "
                     "automatic failover for replication group with cluster mode enabled is not supported', "
                     "cloudformation-coverage-roadmap#1275)")

    def _engine(self, logical_id: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        old_engine = _lower(old.get("Engine")) or "redis"
        new_engine = _lower(new.get("Engine")) or "redis"
        old_family = _version_family(old_engine, old.get("EngineVersion"))
        new_family = _version_family(new_engine, new.get("EngineVersion")) or (
            f"{new_engine}?" if new_engine != old_engine else None)
        if old_family is None or new_family is None or old_family == new_family:
            return
        given = _family(self.new, new)
        if given is None or given == new_family:
            return
        if old_engine == "redis" and new_engine == "valkey":
            what = (f"Redis OSS to Valkey keeps a parameter group of family {given}: ElastiCache refuses it "
                    f"('Expected a parameter group of family {new_family}')")
            self.plan(logical_id, "Redis OSS to Valkey", [
                "make sure the group runs Redis OSS 5.0.6 or later (the service's cross-engine upgrade starts there)",
                f"deploy Engine: valkey, EngineVersion: {new.get('EngineVersion')} with a parameter group of family "
                f"{new_family} in the same deploy (ReplicationGroup(..., engine_version=EngineVersion.of(\"valkey\", "
                f"\"{new.get('EngineVersion')}\")); the parameter group the construct makes follows)",
            ])
        else:
            what = (f"the engine version moves from family {old_family} to {new_family} but the parameter group "
                    f"stays of family {given}: ElastiCache refuses the upgrade")
        self.add("EC-UP5", logical_id, ("Properties", "CacheParameterGroupName"), what)

    def _scale_down(self, logical_id: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        before, after = _size(old.get("CacheNodeType")), _size(new.get("CacheNodeType"))
        if before and after and before[0] == after[0] and after[1] < before[1]:
            self.add("EC-UP9", logical_id, ("Properties", "CacheNodeType"),
                     f"the node type shrinks from {old.get('CacheNodeType')} to {new.get('CacheNodeType')}: if the "
                     "data does not fit, ElastiCache does not scale down but CloudFormation records UPDATE_COMPLETE "
                     "(cloudformation-coverage-roadmap#2273)")
        for prop in ("NumNodeGroups", "NumCacheClusters", "ReplicasPerNodeGroup"):
            a, b = _number(old.get(prop)), _number(new.get(prop))
            if a is not None and b is not None and b < a and prop == "NumNodeGroups":
                self.add("EC-UP9", logical_id, ("Properties", prop),
                         f"{prop} shrinks from {a} to {b}: the remaining shards must hold the data; check the "
                         "group's events after the deploy (cloudformation-coverage-roadmap#2273)")


def compare(old: Mapping[str, Any], new: Mapping[str, Any], *, name: str = "template") -> UpdateReport:
    """What deploying ``new`` over the deployed ``old`` does to its ElastiCache resources."""
    return _Comparison(old, new, name).run()


def findings(old: Mapping[str, Any], new: Mapping[str, Any], *, name: str = "template") -> Iterator[Finding]:
    """The findings of :func:`compare`, sorted by resource and rule."""
    yield from sorted(compare(old, new, name=name).findings, key=lambda f: (f.logical_id, f.rule_id))
