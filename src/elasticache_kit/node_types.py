"""The node types ElastiCache offers: vCPUs, memory, network class, SSD data
tiering and family, for every node type the service lists (current and
previous generation).

Sources (read 2026-12-05):

* ElastiCache user guide, "Supported node types":
  https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheNodes.SupportedTypes.html
  (the node types, their generations, the network bandwidth per type);
* Amazon ElastiCache pricing, "On-Demand Nodes" (vCPU, memory and network
  performance per node type): https://aws.amazon.com/elasticache/pricing/
* ElastiCache user guide, "Data tiering" (r6gd nodes, SSD capacity):
  https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/data-tiering.html

Memory is the memory ElastiCache gives the node (GiB, as the pricing page
lists it), not the EC2 instance's.  Lookups never make a jsii call.

>>> from elasticache_kit.node_types import node_type
>>> node_type("cache.r7g.large").vcpus
2
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

__all__ = [
    "NodeType",
    "NODE_TYPES",
    "node_type",
    "find_node_type",
    "node_types",
    "families",
    "DURABILITY_FAMILIES",
    "GLOBAL_DATASTORE_FAMILIES",
    "global_datastore_node_type",
]

#: Where the table below comes from (see the module docstring for the URLs).
SOURCE: Final = (
    "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheNodes.SupportedTypes.html; "
    "https://aws.amazon.com/elasticache/pricing/ (read 2026-12-05)"
)


#: Durability: R7g, R6g, M7g, M6g, C7gn ("Durability limitations", English page, 2026-12-05);
#: R8g, M8g, C8gn are listed by the translated pages of a later revision and accepted too.
DURABILITY_FAMILIES: Final = ("r8g", "r7g", "r6g", "m8g", "m7g", "m6g", "c8gn", "c7gn")
#: Global datastores: these families, size large or bigger ("Global Datastore prerequisites and
#: limitations"; research note G1, ../shared/research/replication-group-l2.md).
GLOBAL_DATASTORE_FAMILIES: Final = ("m5", "m6g", "m7g", "r5", "r6g", "r6gd", "r7g", "c7gn")


@dataclass(frozen=True)
class NodeType:
    """One ElastiCache node type, e.g. ``cache.r7g.large``."""

    name: str
    """``cache.FAMILY.SIZE``."""
    vcpus: int
    """Virtual CPUs."""
    memory_gib: float
    """Memory available to the node, GiB."""
    network: str
    """Network performance as the service states it (``Up to 12.5 Gigabit``, ``Moderate``...)."""
    ssd_gib: float | None = None
    """SSD capacity used for data tiering, GiB (r6gd only); None without data tiering."""

    @property
    def family(self) -> str:
        """``r7g`` of ``cache.r7g.large``."""
        return self.name.split(".")[1]

    @property
    def size(self) -> str:
        """``large`` of ``cache.r7g.large``."""
        return self.name.split(".")[2]

    @property
    def family_class(self) -> str:
        """``burstable`` (t), ``general`` (m), ``memory`` (r), ``network`` (c7gn) or ``compute`` (c1)."""
        letter = self.family[0]
        if self.family == "c7gn":
            return "network"
        return {"t": "burstable", "m": "general", "r": "memory", "c": "compute"}[letter]

    @property
    def data_tiering(self) -> bool:
        """Whether the node tiers data to SSD (``DataTieringEnabled`` must be true)."""
        return self.ssd_gib is not None

    @property
    def graviton(self) -> bool:
        """Whether the node runs on AWS Graviton (a ``g`` in the family: t4g, m6g, r7g, c7gn...)."""
        return re.fullmatch(r"[a-z]\d+g[a-z]*", self.family) is not None

    @property
    def burstable(self) -> bool:
        """Whether the node earns CPU credits (t families: ``CPUCreditBalance`` is published)."""
        return self.family.startswith("t")

    @property
    def previous_generation(self) -> bool:
        """Whether ElastiCache calls the family previous generation (no new clusters)."""
        return self.family in PREVIOUS_GENERATION

    @property
    def durability(self) -> bool:
        """Whether the node can keep a Multi-AZ transaction log (``Durability``: :data:`DURABILITY_FAMILIES`)."""
        return self.family in DURABILITY_FAMILIES

    @property
    def global_datastore(self) -> bool:
        """Whether the node can run a global datastore (:func:`global_datastore_node_type`)."""
        return global_datastore_node_type(self.name)

    @property
    def memory_bytes(self) -> int:
        """Memory in bytes (GiB x 2^30, rounded)."""
        return round(self.memory_gib * 2**30)


#: Families the service lists as previous generation.
PREVIOUS_GENERATION: Final = frozenset({"t1", "m1", "m2", "m3", "c1", "r3"})

# (size, vCPUs, memory GiB, network[, SSD GiB]) per family.
_Row = tuple[str, int, float, str] | tuple[str, int, float, str, float]
_UP10 = "Up to 10 Gigabit"
_TABLE: Final[dict[str, tuple[_Row, ...]]] = {
    # burstable
    "t4g": (("micro", 2, 0.5, "Up to 5 Gigabit"), ("small", 2, 1.37, "Up to 5 Gigabit"),
            ("medium", 2, 3.09, "Up to 5 Gigabit")),
    "t3": (("micro", 2, 0.5, "Up to 5 Gigabit"), ("small", 2, 1.37, "Up to 5 Gigabit"),
           ("medium", 2, 3.09, "Up to 5 Gigabit")),
    "t2": (("micro", 1, 0.555, "Low to Moderate"), ("small", 1, 1.55, "Low to Moderate"),
           ("medium", 2, 3.22, "Low to Moderate")),
    # general purpose
    "m7g": (("large", 2, 6.38, "Up to 12.5 Gigabit"), ("xlarge", 4, 12.93, "Up to 12.5 Gigabit"),
            ("2xlarge", 8, 26.04, "Up to 15 Gigabit"), ("4xlarge", 16, 52.26, "Up to 15 Gigabit"),
            ("8xlarge", 32, 103.68, "15 Gigabit"), ("12xlarge", 48, 157.12, "22.5 Gigabit"),
            ("16xlarge", 64, 209.55, "30 Gigabit")),
    "m6g": (("large", 2, 6.38, _UP10), ("xlarge", 4, 12.93, _UP10), ("2xlarge", 8, 26.04, _UP10),
            ("4xlarge", 16, 52.26, _UP10), ("8xlarge", 32, 103.68, "12 Gigabit"),
            ("12xlarge", 48, 157.12, "20 Gigabit"), ("16xlarge", 64, 209.55, "25 Gigabit")),
    "m5": (("large", 2, 6.38, _UP10), ("xlarge", 4, 12.93, _UP10), ("2xlarge", 8, 26.04, _UP10),
           ("4xlarge", 16, 52.26, _UP10), ("12xlarge", 48, 157.12, "10 Gigabit"),
           ("24xlarge", 96, 314.32, "25 Gigabit")),
    "m4": (("large", 2, 6.42, "Moderate"), ("xlarge", 4, 14.28, "High"), ("2xlarge", 8, 29.7, "High"),
           ("4xlarge", 16, 60.78, "High"), ("10xlarge", 40, 154.64, "10 Gigabit")),
    # memory optimized
    "r7g": (("large", 2, 13.07, "Up to 12.5 Gigabit"), ("xlarge", 4, 26.32, "Up to 12.5 Gigabit"),
            ("2xlarge", 8, 52.82, "Up to 15 Gigabit"), ("4xlarge", 16, 105.81, "Up to 15 Gigabit"),
            ("8xlarge", 32, 209.55, "15 Gigabit"), ("12xlarge", 48, 317.77, "22.5 Gigabit"),
            ("16xlarge", 64, 419.09, "30 Gigabit")),
    "r6g": (("large", 2, 13.07, _UP10), ("xlarge", 4, 26.32, _UP10), ("2xlarge", 8, 52.82, _UP10),
            ("4xlarge", 16, 105.81, _UP10), ("8xlarge", 32, 209.55, "12 Gigabit"),
            ("12xlarge", 48, 317.77, "20 Gigabit"), ("16xlarge", 64, 419.09, "25 Gigabit")),
    "r6gd": (("xlarge", 4, 26.32, _UP10, 99.33), ("2xlarge", 8, 52.82, _UP10, 199.07),
             ("4xlarge", 16, 105.81, _UP10, 398.14), ("8xlarge", 32, 209.55, "12 Gigabit", 796.28),
             ("12xlarge", 48, 317.77, "20 Gigabit", 1194.42), ("16xlarge", 64, 419.1, "25 Gigabit", 1592.56)),
    "r5": (("large", 2, 13.07, _UP10), ("xlarge", 4, 26.32, _UP10), ("2xlarge", 8, 52.82, _UP10),
           ("4xlarge", 16, 105.81, _UP10), ("12xlarge", 48, 317.77, "10 Gigabit"),
           ("24xlarge", 96, 635.61, "25 Gigabit")),
    "r4": (("large", 2, 12.3, _UP10), ("xlarge", 4, 25.05, _UP10), ("2xlarge", 8, 50.47, _UP10),
           ("4xlarge", 16, 101.38, _UP10), ("8xlarge", 32, 203.26, "10 Gigabit"),
           ("16xlarge", 64, 407.0, "25 Gigabit")),
    # network optimized
    "c7gn": (("large", 2, 3.09, "Up to 30 Gigabit"), ("xlarge", 4, 6.38, "Up to 40 Gigabit"),
             ("2xlarge", 8, 12.94, "Up to 50 Gigabit"), ("4xlarge", 16, 26.05, "50 Gigabit"),
             ("8xlarge", 32, 52.26, "100 Gigabit"), ("12xlarge", 48, 78.56, "150 Gigabit"),
             ("16xlarge", 64, 105.81, "200 Gigabit")),
    # previous generation
    "t1": (("micro", 1, 0.213, "Very Low"),),
    "m1": (("small", 1, 1.3, "Low"), ("medium", 1, 3.35, "Moderate"), ("large", 2, 7.1, "Moderate"),
           ("xlarge", 4, 14.6, "High")),
    "m2": (("xlarge", 2, 16.7, "Moderate"), ("2xlarge", 4, 33.8, "Moderate"), ("4xlarge", 8, 68.0, "High")),
    "m3": (("medium", 1, 2.78, "Moderate"), ("large", 2, 6.05, "Moderate"), ("xlarge", 4, 13.3, "High"),
           ("2xlarge", 8, 27.9, "High")),
    "c1": (("xlarge", 8, 6.6, "High"),),
    "r3": (("large", 2, 13.5, "Moderate"), ("xlarge", 4, 28.4, "Moderate"), ("2xlarge", 8, 58.2, "High"),
           ("4xlarge", 16, 118.0, "High"), ("8xlarge", 32, 237.0, "10 Gigabit")),
}


def _build() -> dict[str, NodeType]:
    table: dict[str, NodeType] = {}
    for family, rows in _TABLE.items():
        for row in rows:
            size, vcpus, memory, network = row[:4]
            ssd = row[4] if len(row) == 5 else None
            name = f"cache.{family}.{size}"
            table[name] = NodeType(name, vcpus, memory, network, ssd)
    return table


#: Every node type by name.
NODE_TYPES: Final[dict[str, NodeType]] = _build()

_NAME = re.compile(r"cache\.[a-z0-9-]+\.[a-z0-9]+\Z")


def find_node_type(name: str) -> NodeType | None:
    """The node type called ``name`` (``cache.r7g.large``); None when the service lists no such type."""
    return NODE_TYPES.get(name) if isinstance(name, str) else None


def node_type(name: str) -> NodeType:
    """The node type called ``name``; ``KeyError`` naming the families when there is none."""
    found = find_node_type(name)
    if found is None:
        raise KeyError(f"{name!r} is not an ElastiCache node type (families: {', '.join(families())})")
    return found


def node_types(
    *,
    family: str | None = None,
    vcpus: int | None = None,
    min_memory_gib: float | None = None,
    data_tiering: bool | None = None,
    current_generation: bool | None = None,
) -> Iterator[NodeType]:
    """The node types matching every criterion given, smallest first within a family."""
    for found in NODE_TYPES.values():
        if family is not None and found.family != family:
            continue
        if vcpus is not None and found.vcpus != vcpus:
            continue
        if min_memory_gib is not None and found.memory_gib < min_memory_gib:
            continue
        if data_tiering is not None and found.data_tiering != data_tiering:
            continue
        if current_generation is not None and found.previous_generation == current_generation:
            continue
        yield found


def families() -> list[str]:
    """Every node family, current generation first."""
    return list(_TABLE)


_NODE = re.compile(r"cache\.([a-z][a-z0-9-]*)\.([a-z0-9]+)\Z")


def global_datastore_node_type(node_type: str) -> bool:
    """Whether ``node_type`` (``cache.FAMILY.SIZE``) can run a global datastore."""
    match = _NODE.match(node_type)
    if match is None:
        return False
    return match.group(1) in GLOBAL_DATASTORE_FAMILIES and re.fullmatch(r"large|\d*xlarge", match.group(2)) is not None
