"""Shards of a cluster-mode-enabled replication group, configured one by one
(``NodeGroupConfiguration``, rule T4): id, key slots, primary and replica zones."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .._internal.context import Site
from .._internal.js import plain
from .._internal.tokens import is_token

__all__ = ["NodeGroup", "render_node_groups", "HASH_SLOTS"]

#: Valkey and Redis OSS clusters have 16384 hash slots (0..16383).
HASH_SLOTS = 16384
_NODE_GROUP_ID = re.compile(r"\d{1,4}\Z")
_RANGE = re.compile(r"(\d+)-(\d+)\Z")


@dataclass(frozen=True)
class NodeGroup:
    """One shard of a :class:`ClusterReplicationGroup`."""

    node_group_id: str | None = None
    """1-4 digits, e.g. ``"0001"``. Default: the service numbers the shards ``0001``, ``0002``..."""
    slots: str | None = None
    """Key slots, ``"0-5460"`` or several ranges ``"0-99,200-5460"``. Default: an even split."""
    primary_availability_zone: str | None = None
    """Zone of the shard's primary. Default: the service's choice."""
    replica_availability_zones: Sequence[str] | None = None
    """One zone per replica. Default: the service's choice."""


def _ranges(site: Site, prop: str, slots: str) -> list[tuple[int, int]]:
    ranges = []
    for part in slots.split(","):
        match = _RANGE.match(part.strip())
        if match is None:
            site.fail(prop, slots, "must be slot ranges 'LOW-HIGH' separated by commas, e.g. '0-5460'")
        low, high = int(match.group(1)), int(match.group(2))
        if not low <= high < HASH_SLOTS:
            site.fail(prop, slots, f"has the range {low}-{high}; slots are 0..{HASH_SLOTS - 1}, low before high")
        ranges.append((low, high))
    return ranges


def render_node_groups(
    site: Site, groups: Sequence[NodeGroup] | None, shards: int, replicas: int
) -> tuple[list[dict[str, Any]] | None, list[str] | None]:
    """The ``NodeGroupConfiguration`` (rule T4) and the node group ids (None: the service's ``0001``...)."""
    if groups is None:
        return None, None
    if isinstance(groups, NodeGroup) or not isinstance(groups, Sequence):
        site.fail("node_groups", type(groups).__name__, "must be a list of NodeGroup")
    if not is_token(shards) and len(groups) != shards:
        site.fail("node_groups", f"{len(groups)} node groups", f"must list one NodeGroup per shard (num_node_groups={shards})")
    rendered = []
    ids: list[str] = []
    covered: list[tuple[int, int, int]] = []
    with_slots = 0
    for index, group in enumerate(groups):
        prop = f"node_groups[{index}]"
        if not isinstance(group, NodeGroup):
            site.fail(prop, type(group).__name__, "must be a NodeGroup")
        node_group_id = group.node_group_id if group.node_group_id is not None else f"{index + 1:04d}"
        if not isinstance(node_group_id, str) or not _NODE_GROUP_ID.match(node_group_id):
            site.fail(f"{prop}.node_group_id", node_group_id, "must be 1-4 digits, e.g. '0001'")
        if node_group_id in ids:
            site.fail(f"{prop}.node_group_id", node_group_id, "is used by two node groups")
        ids.append(node_group_id)
        if group.slots is not None:
            with_slots += 1
            covered.extend((low, high, index) for low, high in _ranges(site, f"{prop}.slots", group.slots))
        zones = group.replica_availability_zones
        if zones is not None:
            if isinstance(zones, str) or not isinstance(zones, Sequence):
                site.fail(f"{prop}.replica_availability_zones", zones, "must be a list of zone names")
            if not is_token(replicas) and len(zones) != replicas:
                site.fail(
                    f"{prop}.replica_availability_zones", list(zones),
                    f"lists {len(zones)} zones for {replicas} replicas (replicas_per_node_group): one zone per replica",
                )
        rendered.append(plain(
            nodeGroupId=group.node_group_id,
            slots=group.slots,
            primaryAvailabilityZone=group.primary_availability_zone,
            replicaAvailabilityZones=list(zones) if zones is not None else None,
            replicaCount=replicas,
        ))
    if with_slots not in (0, len(groups)):
        site.fail("node_groups", f"{with_slots} of {len(groups)} with slots", "must give slots for every node group or none")
    if covered:
        covered.sort()
        expected = 0
        for low, high, index in covered:
            if low < expected:
                site.fail(f"node_groups[{index}].slots", groups[index].slots, f"overlaps another node group at slot {low}")
            if low > expected:
                site.fail("node_groups", f"slots {expected}-{low - 1}", "are assigned to no node group: cover 0..16383")
            expected = high + 1
        if expected != HASH_SLOTS:
            site.fail("node_groups", f"slots {expected}-{HASH_SLOTS - 1}", "are assigned to no node group: cover 0..16383")
    return rendered, ids
