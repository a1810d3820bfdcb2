"""Service rules shared by replication groups and Memcached clusters: node
types (H5, D1), ports (W2), network types (W1), snapshot retention (B1), the
SecretValue and security-group checks, and the subnets of a subnet group."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from .._internal.cache_base import check_security_groups
from .._internal.context import Site
from .._internal.lazy import LazyModule
from .._internal.network import is_tcp_port
from .._internal.tokens import is_token
from .engine_versions import EngineVersion

if TYPE_CHECKING:
    from aws_cdk import aws_ec2 as ec2
else:
    ec2 = LazyModule("aws_cdk.aws_ec2")

__all__ = [
    "PREVIOUS_GENERATION_FAMILIES",
    "DATA_TIERING_FAMILIES",
    "NETWORK_TYPES",
    "check_node_type",
    "data_tiering",
    "check_port",
    "check_network",
    "check_retention",
    "check_security_groups",
    "check_count",
]

#: Node families ElastiCache calls previous generation (rule H5): refused.
PREVIOUS_GENERATION_FAMILIES: Final = ("t1", "m1", "m2", "m3", "c1", "r3")
#: Node families with SSD data tiering (rule D1): ``DataTieringEnabled`` is true exactly for these.
DATA_TIERING_FAMILIES: Final = ("r6gd",)
#: Node families without the Nitro system: no IPv6 or dual-stack networks (rule W1).
NON_NITRO_FAMILIES: Final = ("t2", "m4", "r4")
NETWORK_TYPES: Final = ("ipv4", "ipv6", "dual_stack")
IP_DISCOVERY: Final = ("ipv4", "ipv6")
SNAPSHOT_RETENTION_MAX: Final = 35

_NODE_TYPE = re.compile(r"cache\.([a-z][a-z0-9-]*)\.([a-z0-9]+)\Z")


def node_family(node_type: str) -> str | None:
    """``r6gd`` of ``cache.r6gd.xlarge``; None for tokens."""
    if is_token(node_type):
        return None
    match = _NODE_TYPE.match(node_type)
    return match.group(1) if match else None


def check_node_type(site: Site, prop: str, node_type: str) -> str | None:
    """A current-generation node type ``cache.FAMILY.SIZE``; returns its family (None for tokens)."""
    if not isinstance(node_type, str):
        site.fail(prop, node_type, "must be a node type string such as 'cache.r7g.large'")
    if is_token(node_type):
        return None
    family = node_family(node_type)
    if family is None:
        site.fail(prop, node_type, "is not a node type: 'cache.FAMILY.SIZE', e.g. 'cache.r7g.large'")
    if family in PREVIOUS_GENERATION_FAMILIES:
        site.fail(
            prop, node_type,
            f"is a previous-generation node type ({family}): choose a current generation such as cache.t4g, cache.m7g or cache.r7g",
        )
    return family


def data_tiering(site: Site, family: str | None, version: EngineVersion, given: bool | None) -> bool | None:
    """``DataTieringEnabled``: true exactly for r6gd nodes (rule D1), which need
    Valkey or Redis OSS 6.2+; None (not emitted) where the version has no data tiering."""
    tiered = family in DATA_TIERING_FAMILIES if family is not None else given
    if family is not None and given is not None and given != tiered:
        site.fail(
            "data_tiering", given,
            "does not match the node type: data tiering is on exactly for cache.r6gd nodes (leave it unset)",
        )
    if tiered and not version.supports_data_tiering:
        site.fail("engine_version", str(version), "has no data tiering: r6gd nodes need Valkey or Redis OSS 6.2+")
    if not version.supports_data_tiering:
        return None
    return bool(tiered)


def check_port(site: Site, port: Any, default: int) -> int:
    """A TCP port (rule W2); ``default`` when None."""
    if port is None:
        return default
    if is_token(port):
        return port  # type: ignore[no-any-return]
    if not is_tcp_port(port):
        site.fail("port", port, "must be a TCP port in 1..65535")
    return int(port)


def check_network(
    site: Site, version: EngineVersion, family: str | None, network_type: str | None, ip_discovery: str | None
) -> tuple[str | None, str | None]:
    """``NetworkType`` and ``IpDiscovery`` (rule W1): emitted explicitly (``ipv4``
    by default) where the version knows them, since changing it replaces the cluster."""
    if network_type is not None and network_type not in NETWORK_TYPES:
        site.fail("network_type", network_type, f"must be one of {', '.join(NETWORK_TYPES)}")
    if ip_discovery is not None and ip_discovery not in IP_DISCOVERY:
        site.fail("ip_discovery", ip_discovery, f"must be one of {', '.join(IP_DISCOVERY)}")
    chosen = network_type or "ipv4"
    if chosen != "ipv4":
        if not version.supports_ipv6:
            site.fail(
                "network_type", chosen,
                f"needs IPv6 support, which {version} lacks (Valkey 7.2+, Redis OSS 6.2+, Memcached 1.6.6+)",
            )
        if family in NON_NITRO_FAMILIES:
            site.fail("network_type", chosen, f"needs a Nitro node type; cache.{family} nodes support only ipv4")
    if ip_discovery == "ipv6" and chosen == "ipv4":
        site.fail("ip_discovery", ip_discovery, "needs network_type 'ipv6' or 'dual_stack'")
    if ip_discovery == "ipv4" and chosen == "ipv6":
        site.fail("ip_discovery", ip_discovery, "must be 'ipv6' on an IPv6-only network")
    if not version.supports_network_type:
        return None, None
    return chosen, ip_discovery


def check_retention(site: Site, value: Any) -> int:
    """Days automatic snapshots are kept: 0 (none) .. 35 (rule B1)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= SNAPSHOT_RETENTION_MAX:
        site.fail("snapshot_retention_limit", value, f"must be whole days in 0..{SNAPSHOT_RETENTION_MAX} (0 turns automatic backups off)")
    return value


def check_count(site: Site, prop: str, value: Any, low: int, high: int, what: str) -> int:
    """A whole number in ``low..high``."""
    if is_token(value):
        return value  # type: ignore[no-any-return]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        site.fail(prop, value, f"must be a whole number in {low}..{high} ({what})")
    return value
