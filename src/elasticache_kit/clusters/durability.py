"""Durability of Valkey 9 replication groups: every write is persisted to a
Multi-AZ transaction log, before (``sync``) or after (``async``) the reply.

Service rules (ElastiCache's "Durability limitations",
https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Durability.Limitations.html,
and "Configuring durability", .../dg/Durability.Configuring.html, read 2026-12-05):

* Valkey 9.0 or later;
* node families R7g, R6g, M7g, M6g and C7gn (the English page); the translated
  pages of a later revision add R8g, M8g and C8gn, which are accepted here too;
* cluster mode enabled only (not cluster mode disabled);
* Multi-AZ with at least one replica per shard;
* in-transit encryption (TLS) at creation; at-rest encryption is required
  and switched on by the service;
* not with global datastores, data tiering, Outposts or Local Zones, nor on
  ElastiCache Serverless.

Changing it later: the ElastiCache API switches sync and async on an existing
group (``ModifyReplicationGroup --durability``) and, since 2026-10-27 (the
announcement "Amazon ElastiCache for Valkey now supports changing durability on
existing clusters"; the user guide's "Changing durability on an existing
cluster"), also turns durability on or off. CloudFormation has not followed:
``Durability`` is not a create-only property of
``AWS::ElastiCache::ReplicationGroup`` (an update, no replacement), and its
schema (cfn-lint's bundled copy, 2026-12) says "Enabling durability on an
existing non-durable cluster or disabling durability on an existing durable
cluster is not currently supported and will result in an error; specify the
desired durability at create time". So ``SYNC`` <-> ``ASYNC`` deploys in place,
while a change between ``DISABLED``/``DEFAULT`` and ``SYNC``/``ASYNC`` fails the
stack update (a new group, e.g. a new ``replication_group_id``, or the API call
outside CloudFormation and then the matching template; ``check --baseline``
reports such a change as EC-UP10).
"""

from __future__ import annotations

import enum

from .._internal.context import Site
from ..node_types import DURABILITY_FAMILIES
from .engine_versions import EngineVersion

__all__ = ["Durability", "DURABILITY_FAMILIES", "check_durability"]


class Durability(enum.Enum):
    """``Durability`` of a replication group (CloudFormation's values)."""

    SYNC = "sync"
    """Writes reach the Multi-AZ transaction log before the client's reply."""
    ASYNC = "async"
    """Writes reach the Multi-AZ transaction log after the client's reply."""
    DISABLED = "disabled"
    """No transaction log: ElastiCache's usual replication."""
    DEFAULT = "default"
    """The service decides by version and configuration (disabled on Valkey 9.0)."""

    @property
    def enabled(self) -> bool:
        """Whether this asks for a transaction log (``SYNC`` or ``ASYNC``)."""
        return self in (Durability.SYNC, Durability.ASYNC)


def check_durability(
    site: Site,
    durability: object,
    *,
    version: EngineVersion,
    family: str | None,
    cluster_mode: bool,
    multi_az: bool,
    replicas: object,
    transit: bool,
    at_rest: bool,
) -> str | None:
    """The ``Durability`` value to emit (None when not given), after the service's rules."""
    if durability is None:
        return None
    if not isinstance(durability, Durability):
        site.fail("durability", durability, "must be a Durability (SYNC, ASYNC, DISABLED or DEFAULT)")
    if not durability.enabled:
        return durability.value
    wanted = f"durability={durability.name}"
    if not version.supports_durability:
        site.fail("durability", durability.name, f"needs Valkey 9.0 or later; the group runs {version}")
    if not cluster_mode:
        site.fail("durability", durability.name,
                  "needs cluster mode enabled: use ClusterReplicationGroup (durability is not offered on cluster mode disabled groups)")
    if family is not None and family not in DURABILITY_FAMILIES:
        site.fail("cache_node_type", f"cache.{family}.*",
                  f"cannot run {wanted}: durability runs on the node families {', '.join(DURABILITY_FAMILIES)}")
    if isinstance(replicas, int) and replicas < 1:
        site.fail("replicas_per_node_group", replicas, f"must be at least 1 with {wanted} (Multi-AZ with a replica per shard)")
    if not multi_az:
        site.fail("multi_az", multi_az, f"must be True with {wanted}")
    if not transit:
        site.fail("transit_encryption", transit, f"must be True with {wanted} (TLS at creation)")
    if not at_rest:
        site.fail("at_rest_encryption", at_rest, f"must be True with {wanted} (the service requires and enables it)")
    return durability.value
