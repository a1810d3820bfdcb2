"""ElastiCache subnet groups: the subnets a node-based cluster's nodes go in."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import aws_cdk as cdk
from constructs import Construct

from .._internal import network as _network
from .._internal.context import ResourceMixin, Site, construct_path
from .._internal.core_props import CoreSubnetGroupProps
from .._internal.identifiers import check_description
from .._internal.js import core, is_marked, js_checks, js_get, plain, tag_list
from .._internal.lazy import LazyModule
from .._internal.tokens import is_token

if TYPE_CHECKING:
    from aws_cdk import aws_ec2 as ec2
else:
    ec2 = LazyModule("aws_cdk.aws_ec2")

__all__ = ["ISubnetGroup", "SubnetGroupBase", "SubnetGroup", "check_subnet_group_name", "subnet_group_subnets"]

SUBNET_GROUP_NAME_MAX = 255
_NAME = re.compile(r"[a-z0-9-]+\Z")


def check_subnet_group_name(site: Site, prop: str, value: str) -> None:
    """A subnet group name (rule N3): 1..255 lower-case letters, digits and hyphens."""
    if not isinstance(value, str):
        site.fail(prop, value, "must be a string (subnet group name)")
    if is_token(value):
        return
    if not 1 <= len(value) <= SUBNET_GROUP_NAME_MAX:
        site.fail(prop, value, f"must be 1..{SUBNET_GROUP_NAME_MAX} characters (subnet group name)")
    if _NAME.match(value) is None:
        hint = f" (use {value.lower()!r})" if _NAME.match(value.lower()) else ""
        site.fail(
            prop, value,
            "may contain only lower-case letters, digits and hyphens: ElastiCache stores subnet group names in lower case"
            + hint,
        )


def subnet_group_subnets(site: Site, vpc: ec2.IVpc, selection: ec2.SubnetSelection | None) -> list[str]:
    """Subnet ids for a subnet group: one per AZ of the private subnets (with
    egress, else isolated) by default; any non-empty explicit selection."""
    if selection is None:
        return _network.default_subnet_ids(site, vpc)
    if not isinstance(selection, (ec2.SubnetSelection, Mapping)):
        site.fail("vpc_subnets", type(selection).__name__, "must be an ec2.SubnetSelection")
    kwargs = _network.selection_kwargs(selection)
    try:
        ids = list(vpc.select_subnets(**kwargs).subnet_ids)
    except (RuntimeError, TypeError) as error:
        site.fail("vpc_subnets", kwargs, f"cannot be selected: {error}")
    if not ids:
        site.fail("vpc_subnets", kwargs, "selects no subnets in the VPC")
    return ids


@runtime_checkable
class ISubnetGroup(Protocol):
    """A subnet group, created in this app or imported."""

    @property
    def subnet_group_name(self) -> str:
        """The subnet group's name (a ``Ref`` token for created groups without a name)."""
        ...


class SubnetGroupBase(ResourceMixin):
    """What created and imported subnet groups share."""

    _given_name: str | None = None

    @property
    def subnet_group_name(self) -> str:
        """The subnet group's name."""
        assert self._given_name is not None
        return self._given_name

    def _cluster_reference(self) -> Any:
        """What a cluster's ``CacheSubnetGroupName`` names: the created group (by ``Ref``) or the name."""
        return self.subnet_group_name

    @classmethod
    def from_subnet_group_name(cls, scope: Construct, id: str, subnet_group_name: str) -> SubnetGroupBase:
        """Import an existing subnet group by name."""
        site = Site(scope, id)
        check_subnet_group_name(site, "subnet_group_name", subnet_group_name)
        group = _ImportedSubnetGroup(scope, id)
        group._given_name = subnet_group_name
        return group


class _ImportedSubnetGroup(cdk.Resource, SubnetGroupBase):
    """A subnet group that exists outside this app."""


class SubnetGroup(core.CoreSubnetGroup, SubnetGroupBase):
    """An ElastiCache subnet group (``AWS::ElastiCache::SubnetGroup``).

    Defaults to one subnet per Availability Zone of the VPC's private subnets
    (with egress when there are any, else isolated).  Without
    ``subnet_group_name`` CloudFormation names it; clusters always refer to it
    by ``Ref`` (a literal name can race its creation, aws-cdk#4411).

    Example::

        subnets = elasticache.SubnetGroup(self, "CacheSubnets", vpc=vpc,
                                          vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED))
        elasticache.ReplicationGroup(self, "Group", vpc=vpc, subnet_group=subnets, generate_auth_token=True)
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: ec2.IVpc,
        vpc_subnets: ec2.SubnetSelection | None = None,
        description: str | None = None,
        subnet_group_name: str | None = None,
        tags: Mapping[str, str] | None = None,
    ) -> None:
        """
        :param vpc: the VPC whose subnets to use.
        :param vpc_subnets: which subnets. Default: one per AZ of the private subnets, else isolated.
        :param description: Default: ``ElastiCache subnet group PATH``.
        :param subnet_group_name: lower-case letters, digits, hyphens. Default: named by CloudFormation.
        :param tags: Default: none.
        """
        site = Site(scope, id)
        if vpc is None or getattr(vpc, "__jsii_ref__", None) is None:
            site.fail("vpc", vpc, "is required: an ec2.IVpc")
        if subnet_group_name is not None:
            check_subnet_group_name(site, "subnet_group_name", subnet_group_name)
        if description is not None:
            check_description(site, "description", description)
        ids = subnet_group_subnets(site, vpc, vpc_subnets)
        self._given_name = subnet_group_name
        self.subnet_ids = ids
        """Ids of the group's subnets."""
        properties = plain(
            description=description or f"ElastiCache subnet group {construct_path(scope, id)}",
            subnetIds=ids,
            cacheSubnetGroupName=subnet_group_name,
            tags=tag_list(site, tags),
        )
        with js_checks(site):
            core.CoreSubnetGroup.__init__(self, scope, id, CoreSubnetGroupProps(properties=properties))

    @cached_property
    def subnet_group_name(self) -> str:
        """The name: the one given, else the ``Ref`` token (read once)."""
        if self._given_name is not None:
            return self._given_name
        return str(js_get(js_get(self, "cfnSubnetGroup"), "ref"))

    def _cluster_reference(self) -> Any:
        return self

    @staticmethod
    def is_subnet_group(x: object) -> bool:
        """Whether ``x`` is a subnet group created with this library, not an import."""
        return isinstance(x, SubnetGroup) or is_marked(x, "SubnetGroup")
