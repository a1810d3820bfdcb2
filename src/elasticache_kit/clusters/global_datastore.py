"""Global datastores (``AWS::ElastiCache::GlobalReplicationGroup``): a primary
replication group in one region and up to two secondaries in others, each in
its own region's stack.

Usage (one stack per region)::

    primary_stack = Stack(app, "Primary", env=Environment(account=ACCOUNT, region="us-east-1"))
    secondary_stack = Stack(app, "Secondary", env=Environment(account=ACCOUNT, region="eu-west-1"),
                            cross_region_references=True)
    primary = ClusterReplicationGroup(primary_stack, "Orders", vpc=vpc1, cache_node_type="cache.r7g.large", ...)
    datastore = GlobalDatastore(primary_stack, "Global", primary=primary, global_replication_group_id_suffix="orders")
    ClusterReplicationGroup(secondary_stack, "OrdersEu", vpc=vpc2, global_datastore=datastore)

The secondary names the datastore's id, which the service makes at deploy
time (a regional prefix plus the suffix): CDK carries it across regions with
``cross_region_references=True`` on the secondary's stack (an SSM parameter
written in the secondary's region), no hand-copied ids.

Service rules checked at synth (ElastiCache's "Global Datastore prerequisites
and limitations", https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Redis-Global-Datastores-Getting-Started.html
and .../dg/Redis-Global-Datastore.html, read 2026-12-05):

* engine Valkey 7.2+ or Redis OSS 5.0.6+; node types of the families m5, m6g,
  m7g, r5, r6g, r6gd, r7g and c7gn, size large or bigger;
* at most two secondaries, each in a region of its own, distinct from the
  primary's; every member has the same engine, version, node type and number
  of shards: the secondaries inherit them, so they may not set them (nor
  parameter group, encryption, AUTH, port or snapshots);
* durability is not supported with global datastores.

Failover and promotion: a global datastore does not fail over between regions
by itself. Promote a secondary with ``aws elasticache
failover-global-replication-group --global-replication-group-id ID
--primary-region REGION --primary-replication-group-id GROUP``; the old
primary becomes a secondary. After a promotion outside CloudFormation, make the
stacks agree again (this construct's ``primary`` names the group CloudFormation
created as primary) before the next deploy.

Scaling: change the node type (or version) of the members through the
global datastore, not on a member: CloudFormation fails to change
``CacheNodeType`` on a replication group that belongs to a global datastore
(pitfall P7). This construct emits ``CacheNodeType``, ``EngineVersion`` and
(cluster mode enabled) ``GlobalNodeGroupCount`` from the primary from day one.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING, Any, Final

import aws_cdk as cdk
from constructs import Construct

from .._internal.context import Site, construct_path
from .._internal.core_props import CoreGlobalDatastoreProps
from .._internal.identifiers import check_description, generated_name
from .._internal.js import core, is_marked, js_checks, js_get, plain
from .._internal.tokens import is_token
from ..node_types import GLOBAL_DATASTORE_FAMILIES, global_datastore_node_type
from .durability import Durability

if TYPE_CHECKING:
    from aws_cdk import aws_iam as iam

    from .cluster_replication_group import ClusterReplicationGroup
    from .replication_group import ReplicationGroup

__all__ = ["GlobalDatastore", "GLOBAL_DATASTORE_FAMILIES", "MAX_SECONDARIES"]

#: Secondaries a global datastore takes.
MAX_SECONDARIES: Final = 2
_SUFFIX = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*\Z")


class GlobalDatastore(core.CoreGlobalDatastore):
    """A global datastore: ``primary`` (a :class:`ReplicationGroup` or
    :class:`ClusterReplicationGroup` created in this app, in this stack's
    region) replicated to up to two secondaries in other regions, created with
    ``ReplicationGroup(..., global_datastore=this)`` in those regions' stacks.

    Example::

        app = self.node.root
        east = cdk.Stack(app, "East", env=cdk.Environment(account="111111111111", region="us-east-1"))
        west = cdk.Stack(app, "West", env=cdk.Environment(account="111111111111", region="eu-west-1"),
                         cross_region_references=True)
        orders = elasticache.ClusterReplicationGroup(east, "Orders", vpc=ec2.Vpc(east, "Vpc", max_azs=2),
                                                     cache_node_type="cache.r7g.large")
        datastore = elasticache.GlobalDatastore(east, "Global", primary=orders,
                                                global_replication_group_id_suffix="orders")
        elasticache.ClusterReplicationGroup(west, "OrdersEu", vpc=ec2.Vpc(west, "Vpc", max_azs=2),
                                            global_datastore=datastore)
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        primary: ReplicationGroup | ClusterReplicationGroup,
        global_replication_group_id_suffix: str | None = None,
        description: str | None = None,
        removal_policy: cdk.RemovalPolicy | None = None,
    ) -> None:
        """
        :param primary: the primary replication group (created with this library, same stack).
        :param global_replication_group_id_suffix: lower-case letters, digits and single hyphens;
            the service prefixes it per region. Default: generated from the construct path.
        :param description: at most 255 characters. Default: ``Global datastore of PRIMARY_ID``.
        :param removal_policy: DESTROY or RETAIN. Default: CloudFormation's (delete).
        """
        from .replication_group import _CreatedGroup

        site = Site(scope, id)
        if not isinstance(primary, _CreatedGroup):
            site.fail("primary", type(primary).__name__,
                      "must be a ReplicationGroup or ClusterReplicationGroup created in this app (imports have no known engine or node type)")
        if primary.global_datastore is not None:
            site.fail("primary", primary.node.path, "is already a secondary of another global datastore")
        version = primary.engine_version
        assert version is not None
        if not version.supports_global_datastore:
            site.fail("primary", str(version), "has no global datastores: they need Valkey 7.2+ or Redis OSS 5.0.6+")
        node_type = primary.cache_node_type
        if not is_token(node_type) and not global_datastore_node_type(node_type):
            site.fail("primary", node_type,
                      f"is not a global datastore node type: size large or bigger of {', '.join(GLOBAL_DATASTORE_FAMILIES)}")
        if isinstance(primary.durability, Durability) and primary.durability.enabled:
            site.fail("primary", f"durability={primary.durability.name}", "is not supported with global datastores")
        suffix = global_replication_group_id_suffix
        if suffix is None:
            suffix = generated_name(construct_path(scope, id))
        elif not is_token(suffix) and (not isinstance(suffix, str) or not _SUFFIX.match(suffix) or len(suffix) > 40):
            site.fail("global_replication_group_id_suffix", suffix,
                      "must be 1-40 lower-case letters, digits and single hyphens, starting with a letter")
        if description is not None:
            check_description(site, "description", description)
        else:
            description = f"Global datastore of {primary.replication_group_id}"
        if removal_policy is not None and removal_policy not in (cdk.RemovalPolicy.DESTROY, cdk.RemovalPolicy.RETAIN):
            site.fail("removal_policy", removal_policy, "must be DESTROY or RETAIN (a global datastore has no snapshot)")
        shards = getattr(primary, "num_node_groups", None) if primary.cluster_mode_enabled else None
        properties = plain(
            globalReplicationGroupIdSuffix=suffix,
            globalReplicationGroupDescription=description,
            engine=version.engine,
            engineVersion=version.version,
            cacheNodeType=node_type,
            globalNodeGroupCount=shards,
            automaticFailoverEnabled=primary.automatic_failover,
        )
        self.primary: ReplicationGroup | ClusterReplicationGroup = primary
        """The primary replication group."""
        self.global_replication_group_id_suffix = suffix
        """The suffix of the datastore's id."""
        self._secondaries: list[ReplicationGroup | ClusterReplicationGroup] = []
        self._regions: list[str] | None = None
        self._pending_region = ""
        with js_checks(site):
            core.CoreGlobalDatastore.__init__(self, scope, id, plain(CoreGlobalDatastoreProps(
                properties=properties, primary=primary, removalPolicy=removal_policy)))

    @cached_property
    def global_replication_group_id(self) -> str:
        """The datastore's id (the service's regional prefix plus the suffix), known at deploy
        time: ``Fn::GetAtt GlobalReplicationGroupId``; read once."""
        return str(js_get(self, "globalReplicationGroupId"))

    @staticmethod
    def is_global_datastore(x: object) -> bool:
        """Whether ``x`` is a global datastore created with this class: an ``isinstance``
        check, else the marker ``Symbol.for('elasticache-kit.GlobalDatastore')`` on the
        JavaScript object."""
        return isinstance(x, GlobalDatastore) or is_marked(x, "GlobalDatastore")

    @property
    def primary_region(self) -> str:
        """The primary's region: its stack's (a token in an environment-agnostic stack)."""
        if self._regions is None:
            self._regions = [str(js_get(self, "primaryRegion"))]
        return self._regions[0]

    @property
    def secondaries(self) -> list[Any]:
        """The secondary replication groups added so far."""
        return list(self._secondaries)

    @property
    def global_replication_group_arn(self) -> str:
        """``arn:PARTITION:elasticache::ACCOUNT:globalreplicationgroup:ID`` (global: no region)."""
        return cdk.Stack.of(self).format_arn(
            service="elasticache", region="", resource="globalreplicationgroup",
            resource_name=self.global_replication_group_id, arn_format=cdk.ArnFormat.COLON_RESOURCE_NAME,
        )

    def grant(self, grantee: iam.IGrantable, *actions: str) -> iam.Grant:
        """Allow ``grantee`` the given ``actions`` (e.g. ``elasticache:FailoverGlobalReplicationGroup``)
        on this datastore's ARN only."""
        return core.CoreGrants.on_principal(grantee, list(actions), [self.global_replication_group_arn])

    def grant_failover(self, grantee: iam.IGrantable) -> iam.Grant:
        """Allow ``grantee`` to promote a secondary (``elasticache:FailoverGlobalReplicationGroup``)."""
        return self.grant(grantee, "elasticache:FailoverGlobalReplicationGroup")

    def metric_replication_lag(self, secondary: Any, **props: Any) -> Any:
        """Lag of a secondary region behind the primary, in seconds
        (``GlobalDatastoreReplicationLag``, Average over 5 minutes), published by the
        secondary's nodes under ``CacheClusterId`` (default: its first member).

        :param secondary: a secondary added to this datastore.
        :param props: ``member_cluster_id`` and any of ``MetricOptions``.
        """
        if secondary not in self._secondaries:
            Site(self).fail("secondary", getattr(secondary, "node", None) and secondary.node.path,
                            "is not a secondary of this global datastore")
        return secondary.metric("GlobalDatastoreReplicationLag", **props)

    # ------------------------------------------------------------- secondaries
    def _check_secondary_region(self, site: Site, scope: Construct) -> None:
        if len(self._secondaries) >= MAX_SECONDARIES:
            site.fail("global_datastore", self.node.path,
                      f"has {MAX_SECONDARIES} secondaries already: a global datastore takes at most {MAX_SECONDARIES}")
        region = cdk.Stack.of(scope).region
        self.primary_region  # noqa: B018 (reads it once into the region list)
        assert self._regions is not None
        if is_token(region):
            site.fail("global_datastore", self.node.path,
                      "needs a secondary stack with an explicit region (env=Environment(region=...)) and "
                      "cross_region_references=True: the member's region must differ from the primary's")
        if region in self._regions:
            site.fail("global_datastore", self.node.path,
                      f"has a member in {region} already: every member is in a region of its own")
        self._pending_region = region

    def _add_secondary(self, group: Any) -> None:
        self._secondaries.append(group)
        assert self._regions is not None
        self._regions.append(self._pending_region)
