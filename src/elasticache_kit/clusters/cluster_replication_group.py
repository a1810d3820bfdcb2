"""Valkey and Redis OSS replication groups with cluster mode enabled
(:class:`ClusterReplicationGroup`: shards behind a configuration endpoint).
Created through the same steps as :class:`~.replication_group.ReplicationGroup`
(:func:`~.replication_group._create`); only the topology differs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Unpack

from constructs import Construct

from .._internal.context import Site
from .._internal.js import plain
from .._internal.tokens import is_token
from .node_groups import NodeGroup, render_node_groups
from .replication_group import MAX_NODES, ReplicationGroupOptions, _create, _CreatedGroup
from .replication_group_rules import _Topology
from .rules import check_count

if TYPE_CHECKING:
    from aws_cdk import aws_ec2 as ec2

__all__ = ["ClusterReplicationGroup"]


class ClusterReplicationGroup(_CreatedGroup):
    """A Valkey or Redis OSS replication group with cluster mode enabled: data
    sharded over ``num_node_groups`` shards of one primary and
    ``replicas_per_node_group`` replicas each, behind a configuration endpoint.

    Defaults as :class:`ReplicationGroup`, plus: a parameter group with
    ``cluster-enabled=yes``, automatic failover always on, and the update policy
    ``UseOnlineResharding`` so a change of ``num_node_groups`` reshards online.
    A group without replicas gets the synth warning
    ``elasticache-kit:cluster-mode-without-replicas``.

    Example::

        orders = elasticache.ClusterReplicationGroup(self, "Orders", vpc=vpc, num_node_groups=3,
                                                     replicas_per_node_group=1, generate_auth_token=True)
        orders.connections.allow_default_port_from(ec2.Peer.ipv4(vpc.vpc_cidr_block))
        address = orders.configuration_endpoint_address
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: ec2.IVpc,
        num_node_groups: int = 2,
        replicas_per_node_group: int = 1,
        node_groups: Sequence[NodeGroup] | None = None,
        **options: Unpack[ReplicationGroupOptions],
    ) -> None:
        """
        :param vpc: the VPC of the group.
        :param num_node_groups: shards, 1..500. Default: 2.
        :param replicas_per_node_group: replicas of each shard, 0..5 (a change
            replaces the group in CloudFormation). Default: 1.
        :param node_groups: one :class:`NodeGroup` per shard (ids, key slots,
            zones). Default: the service numbers the shards and splits the slots evenly.
        :param options: see :class:`ReplicationGroupOptions`.
        """

        def topology(site: Site, group_id: str) -> _Topology:
            shards = check_count(site, "num_node_groups", num_node_groups, 1, MAX_NODES, "shards")
            replicas = check_count(site, "replicas_per_node_group", replicas_per_node_group, 0, 5, "replicas per shard")
            if not is_token(shards) and not is_token(replicas) and shards * (replicas + 1) > MAX_NODES:
                site.fail(
                    "num_node_groups", shards,
                    f"with {replicas} replicas each makes {shards * (replicas + 1)} nodes; ElastiCache allows at most {MAX_NODES}",
                )
            configuration, ids = render_node_groups(site, node_groups, shards, replicas)
            members = [] if is_token(shards) or is_token(replicas) else [
                f"{group_id}-{shard}-{n:03d}"
                for shard in (ids or [f"{s:04d}" for s in range(1, shards + 1)])
                for n in range(1, replicas + 2)
            ]
            return _Topology(True, replicas, members, plain(
                numNodeGroups=shards, replicasPerNodeGroup=replicas, nodeGroupConfiguration=configuration))

        self.num_node_groups = num_node_groups
        """The number of shards."""
        self.replicas_per_node_group = replicas_per_node_group
        """Replicas of each shard."""
        _create(self, scope, id, vpc, options, topology)

    @property
    def configuration_endpoint_address(self) -> str:
        """DNS name of the configuration endpoint (cluster-aware clients start here)."""
        return str(self._cfn.attr_configuration_end_point_address)

    @property
    def configuration_endpoint_port(self) -> int:
        """Port of the configuration endpoint (the group's port)."""
        return self._port  # type: ignore[return-value]
