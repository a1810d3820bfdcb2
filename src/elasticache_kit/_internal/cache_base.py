"""What every kind of cache shares (serverless caches, replication groups,
Memcached clusters), below all of them: metric options, ``add_recommended_alarms``,
the rules of ``grant_connect_as``, the security-group check, and how a cache names
the user, subnet or parameter group it uses."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from .context import Site, jsii_ref, provides
from .lazy import LazyModule

if TYPE_CHECKING:
    import aws_cdk as cdk
    from aws_cdk import aws_cloudwatch as cloudwatch
    from aws_cdk import aws_ec2 as ec2

    from ..rbac.user_group import IUserGroup
else:
    ec2 = LazyModule("aws_cdk.aws_ec2")

__all__ = ["MetricOptions", "RecommendedAlarmsMixin", "check_connect_as", "check_security_groups", "reference_to"]


class RecommendedAlarmsMixin:
    """``add_recommended_alarms``, the same for every kind of cache."""

    def add_recommended_alarms(
        self, *, actions: Sequence[Any] | None = None, id: str = "RecommendedAlarms", **options: Any
    ) -> list[cloudwatch.IAlarm]:
        """Add AWS's recommended CloudWatch alarms for this cache and return them, the
        composite alarm ("this cache is unhealthy") last. A replication group gets one
        set per member cluster, a Memcached cluster one per node.

        :param actions: SNS topics or ``cloudwatch.IAlarmAction`` notified on ALARM and OK.
        :param id: construct id of the alarm set (a child of this construct).
        :param options: the other options of :class:`elasticache_kit.monitoring.RecommendedAlarms`
            (``thresholds``, ``exclude``, ``composite_actions``...).
        """
        from ..monitoring.alarms import RecommendedAlarms

        return RecommendedAlarms(self, id, cache=self, actions=actions, **options).all_alarms  # type: ignore[arg-type]


class MetricOptions(TypedDict, total=False):
    """Options of a metric helper; any of ``cloudwatch.MetricOptions``."""

    account: str
    color: str
    dimensions_map: Mapping[str, str]
    id: str
    label: str
    period: cdk.Duration
    region: str
    stack_account: str
    stack_region: str
    statistic: str
    unit: cloudwatch.Unit
    visible: bool


def check_security_groups(site: Site, security_groups: Sequence[ec2.ISecurityGroup] | None) -> list[ec2.ISecurityGroup] | None:
    """CDK security-group objects, each once; None when not given."""
    if security_groups is None:
        return None
    if isinstance(security_groups, str) or not isinstance(security_groups, Sequence):
        site.fail("security_groups", type(security_groups).__name__, "must be a list of ec2.ISecurityGroup")
    seen: set[str] = set()
    for group in security_groups:
        if getattr(group, "__jsii_ref__", None) is None:
            site.fail("security_groups", group, "must contain ec2.ISecurityGroup (e.g. ec2.SecurityGroup.from_security_group_id)")
        key = jsii_ref(group)
        if key in seen:
            site.fail("security_groups", group.node.path, "lists the same security group twice")
        seen.add(key)
    return list(security_groups) or None


def reference_to(resource: Any, reference: str, name: str) -> Any:
    """How a cache names a user, subnet or parameter group: the group itself when
    created in this app (its ``reference`` method: named by ``Ref``, an implicit
    dependency), else its ``name`` attribute (an id)."""
    method = getattr(resource, reference, None)
    return method() if callable(method) else getattr(resource, name)


def check_connect_as(
    site: Site, user: Any, group: IUserGroup | None, *, engine_problem: tuple[str, str, str] | None, created: bool,
    owner: str, no_group: str,
) -> None:
    """The rules of ``grant_connect_as`` every cache shares: ``user`` is an RBAC
    user, the engine has IAM authentication (``engine_problem``: the
    ``(prop, value, rule)`` refusal when it has not), the user authenticates with
    IAM and is in the cache's user ``group`` (a created cache must have one:
    ``no_group``).  ``owner`` names the cache in messages (``cache``, ``group``)."""
    if not provides(user, "user_id", "user_arn", "authentication_type"):
        site.fail("user", type(user).__name__, "must be an RBAC user (IamUser or an imported user)")
    if engine_problem is not None:
        site.fail(*engine_problem)
    authentication = user.authentication_type
    if authentication is not None and authentication.value != "iam":
        site.fail("user", user.user_id, f"is a {authentication.value} user; IAM authentication needs an IamUser")
    if group is None and created:
        site.fail("user", user.user_id, no_group)
    members = group.users if group is not None else None
    if group is not None and members is not None and user.user_id not in [m.user_id for m in members]:
        from ..rbac.user_group import group_label  # rbac builds on _internal: imported when needed

        site.fail("user", user.user_id, f"is not in the {owner}'s user group {group_label(group)!r}; add it with add_user()")
