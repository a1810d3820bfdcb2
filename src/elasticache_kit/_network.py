"""Subnet selection and ports, with the jsii round trips paid once per VPC."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from ._context import Site, jsii_ref
from ._lazy import LazyModule

if TYPE_CHECKING:
    from aws_cdk import aws_ec2 as ec2
else:
    ec2 = LazyModule("aws_cdk.aws_ec2")

# Default subnet ids per VPC (keyed by the VPC's jsii reference): many caches in
# one VPC share one selection (one round trip, made on the JavaScript side).
_DEFAULT_SUBNETS: dict[tuple[str, bool], list[str]] = {}


def default_subnet_ids(site: Site, vpc: ec2.IVpc, *, one_per_az: bool = False) -> list[str]:
    """The VPC's private subnets with egress, else its isolated subnets.

    A cache needs no egress, so a VPC without NAT works; a VPC with neither
    kind of private subnet is an error (caches never go in public subnets by
    default).
    """
    key = (jsii_ref(vpc), one_per_az)
    cached = _DEFAULT_SUBNETS.get(key)
    if cached is not None:
        return cached
    from ._js import core, js_checks  # the JavaScript side loads with the first construct that needs it

    with js_checks(site):
        ids = list(core.CoreNetwork.default_subnet_ids(vpc, one_per_az))
    _DEFAULT_SUBNETS[key] = ids
    return ids


def subnet_ids(
    site: Site, vpc: ec2.IVpc, selection: ec2.SubnetSelection | None, *, one_per_az: bool = False
) -> list[str]:
    """The ids of ``selection``, or the default subnets when it is None."""
    if selection is None:
        return default_subnet_ids(site, vpc, one_per_az=one_per_az)
    return selected_subnet_ids(site, vpc, selection)


def selected_subnet_ids(site: Site, vpc: ec2.IVpc, selection: ec2.SubnetSelection) -> list[str]:
    """Subnet ids of an explicit selection; an empty result is an error."""
    try:
        ids = list(vpc.select_subnets(**selection_kwargs(selection)).subnet_ids)
    except RuntimeError as error:
        site.fail("vpc_subnets", _describe(selection), f"cannot be selected: {error}")
    if not ids:
        site.fail("vpc_subnets", _describe(selection), "selects no subnets in the VPC")
    return ids


def selection_kwargs(selection: ec2.SubnetSelection) -> dict[str, Any]:
    """The set fields of a ``SubnetSelection``, as keyword arguments for ``select_subnets``."""
    names = ("availability_zones", "one_per_az", "subnet_filters", "subnet_group_name", "subnets", "subnet_type")
    return {name: getattr(selection, name) for name in names if getattr(selection, name, None) is not None}


def _describe(selection: ec2.SubnetSelection) -> str:
    return ", ".join(f"{k}={v}" for k, v in selection_kwargs(selection).items()) or "SubnetSelection()"


def is_tcp_port(value: object) -> bool:
    """Whether ``value`` is a TCP port number (an int in 1..65535, not a bool)."""
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 65535


@cache
def tcp_ports(ports: tuple[int, ...]) -> ec2.Port:
    """An ``ec2.Port`` covering ``ports`` (a range when they are contiguous)."""
    low, high = min(ports), max(ports)
    if low == high:
        return ec2.Port.tcp(low)
    return ec2.Port.tcp_range(low, high)
