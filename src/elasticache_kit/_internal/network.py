"""Subnet selection and ports, with the jsii round trips paid once per VPC."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from .context import Site, jsii_ref
from .lazy import LazyModule
from .tokens import is_token

if TYPE_CHECKING:
    from aws_cdk import aws_ec2 as ec2
else:
    ec2 = LazyModule("aws_cdk.aws_ec2")

# Default subnet ids per VPC (keyed by the VPC's jsii reference): many caches in
# one VPC share one selection (one round trip, made on the JavaScript side).
_DEFAULT_SUBNETS: dict[str, list[str]] = {}


def default_subnet_ids(site: Site, vpc: ec2.IVpc) -> list[str]:
    """One per Availability Zone of the VPC's private subnets with egress,
    else of its isolated subnets.

    A cache needs no egress, so a VPC without NAT works; a VPC with neither
    kind of private subnet is an error (caches never go in public subnets by
    default).
    """
    key = jsii_ref(vpc)
    cached = _DEFAULT_SUBNETS.get(key)
    if cached is not None:
        return cached
    from .js import core, js_checks  # the JavaScript side loads with the first construct that needs it

    with js_checks(site):
        ids = list(core.CoreNetwork.default_subnet_ids(vpc))
    _DEFAULT_SUBNETS[key] = ids
    return ids


def subnet_ids(
    site: Site,
    vpc: ec2.IVpc,
    selection: ec2.SubnetSelection | None,
    *,
    prop: str = "vpc_subnets",
    user: str,
) -> list[str]:
    """The ids of ``selection``, or the default subnets when it is None.

    Serverless caches and VPC endpoints take at most one subnet per
    Availability Zone: the default picks one per zone, and an explicit
    selection with two subnets in one zone is an error naming ``user``.
    """
    if selection is None:
        return default_subnet_ids(site, vpc)
    return selected_subnet_ids(site, vpc, selection, prop=prop, user=user)


def selected_subnet_ids(
    site: Site,
    vpc: ec2.IVpc,
    selection: ec2.SubnetSelection,
    *,
    prop: str,
    user: str,
) -> list[str]:
    """Subnet ids of an explicit selection; an empty result is an error."""
    if not isinstance(selection, (ec2.SubnetSelection, Mapping)):
        site.fail(prop, type(selection).__name__, "must be an ec2.SubnetSelection")
    kwargs = selection_kwargs(selection)
    try:
        selected = vpc.select_subnets(**kwargs)
        ids = list(selected.subnet_ids)
    except (RuntimeError, TypeError) as error:
        site.fail(prop, _describe(kwargs), f"cannot be selected: {error}")
    if not ids:
        site.fail(prop, _describe(kwargs), "selects no subnets in the VPC")
    if not kwargs.get("one_per_az"):
        # equal strings are one zone, also tokens (Fn::Select over Fn::GetAZs in env-agnostic stacks)
        zones = Counter(selected.availability_zones)
        crowded = [_zone_name(zone) for zone, count in zones.items() if count > 1]
        if crowded:
            site.fail(
                prop, _describe(kwargs),
                f"selects more than one subnet in {', '.join(crowded)}: {user} takes at most one subnet per "
                f"Availability Zone; add one_per_az=True or select fewer subnets",
            )
    return ids


def _zone_name(zone: str) -> str:
    return "one Availability Zone" if is_token(zone) else zone


_SELECTION_FIELDS = ("availability_zones", "one_per_az", "subnet_filters", "subnet_group_name", "subnets", "subnet_type")


def selection_kwargs(selection: ec2.SubnetSelection | Mapping[str, Any]) -> dict[str, Any]:
    """The set fields of a ``SubnetSelection`` (or of the dict CDK also accepts
    for one), as keyword arguments for ``select_subnets``."""
    if isinstance(selection, Mapping):
        return {name: value for name, value in selection.items() if value is not None}
    return {name: getattr(selection, name) for name in _SELECTION_FIELDS if getattr(selection, name, None) is not None}


def _describe(kwargs: Mapping[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in kwargs.items()) or "SubnetSelection()"


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
