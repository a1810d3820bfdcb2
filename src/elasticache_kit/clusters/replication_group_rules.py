"""The rules of creating a replication group (either cluster mode), grouped
in one place: authentication (AUTH token or RBAC), encryption, failover and
Multi-AZ, the subnet and parameter groups, backups, zones, and a global
datastore's secondaries.  The checks' docstrings name their rule ids (A1-A5,
H1-H3, C1/C2, B1-B5, G2).

The service rules the clusters share (node types, ports, network types) are
in :mod:`.rules`.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import aws_cdk as cdk
from constructs import Construct

from .._internal.cache_base import reference_to
from .._internal.context import Site, provides
from .._internal.core_props import CoreGeneratedTokenProps
from .._internal.js import plain
from .._internal.tokens import is_token
from ..rbac.user_group import IUserGroup, default_user_problem, group_label
from .engine_versions import EngineVersion
from .parameter_group import CLUSTER_ENABLED, check_parameters
from .rules import check_retention
from .subnet_group import subnet_group_subnets
from .windows import check_maintenance_window, check_snapshot_window, check_windows_apart

if TYPE_CHECKING:
    from aws_cdk import aws_ec2 as ec2

    from .replication_group import ReplicationGroupOptions, _CreatedGroup

__all__ = ["AUTH_TOKEN_SPECIALS", "SECONDARY_INHERITS"]

#: Special characters ElastiCache accepts in an AUTH token (its AUTH documentation).
AUTH_TOKEN_SPECIALS = "!&#$^<>-"
#: Length of a generated AUTH token (16..128 allowed).
GENERATED_TOKEN_LENGTH = 64
#: What a secondary member of a global datastore inherits from the primary and may not set (rule G2).
SECONDARY_INHERITS = (
    "engine_version", "cache_node_type", "parameter_group", "parameters", "transit_encryption",
    "transit_encryption_mode", "at_rest_encryption", "kms_key", "auth_token", "generate_auth_token",
    "auth_token_encryption_key", "snapshot_arns", "snapshot_name", "snapshot_retention_limit", "snapshot_window",
    "data_tiering", "durability", "port",
)


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
        result["userGroup"] = reference_to(user_group, "_cache_reference", "user_group_name")
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
    return {"parameterGroup": reference_to(group, "_cluster_reference", "parameter_group_name")}


def _subnet_group(site: Site, options: ReplicationGroupOptions, vpc: ec2.IVpc, description: str) -> dict[str, Any]:
    group = options.get("subnet_group")
    if group is None:
        ids = subnet_group_subnets(site, vpc, options.get("vpc_subnets"))
        return {"subnetGroupProperties": {"description": f"Subnets of {description}"[:255], "subnetIds": ids}}
    if options.get("vpc_subnets") is not None:
        site.fail("vpc_subnets", "(set)", "conflicts with subnet_group: the subnet group decides the subnets")
    if not provides(group, "subnet_group_name"):
        site.fail("subnet_group", type(group).__name__, "must be a SubnetGroup or an imported one")
    return {"subnetGroup": reference_to(group, "_cluster_reference", "subnet_group_name")}


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
