"""What :meth:`NatBastion.forward_replication_group` and
:meth:`NatBastion.forward_memcached_cluster` add to a bastion: a public port
range per group, the discovery configuration the bastion's apply program reads,
the instance role's read permissions on exactly that group and its member
clusters, the ElastiCache API endpoint the bastion reaches the API through, and
the SSM parameter where the bastion publishes its node table.

Permissions, per the Service Authorization Reference for ElastiCache:
``elasticache:DescribeReplicationGroups`` takes the ``replicationgroup``
resource type and ``elasticache:DescribeCacheClusters`` the ``cluster``
resource type (both also take ``aws:ResourceTag`` conditions), so the role
names the group's ARN and its member clusters' ARNs.  Member clusters come and
go with failovers and scaling, but their ids follow the service's pattern
(``ID-NNNN-NNN`` with cluster mode, ``ID-NNN`` without), so the role names
that pattern with single-character wildcards (``?``), not ``*``: no other
group's clusters match it.  The discovery program always passes an id; a call
without one (list everything) would need ``*`` and is never made.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import aws_cdk as cdk

from .._internal.arns import pseudo_parameters
from .._internal.context import Site, provides
from .._internal.lazy import LazyModule
from .._internal.network import is_tcp_port
from .._internal.tokens import is_token
from ..bastion_client import remap_snippet
from ..endpoints.allows import EndpointCall, check_given_endpoint
from ..endpoints.policy import EndpointPolicy
from ..errors import ValidationError

if TYPE_CHECKING:
    from aws_cdk import aws_ec2 as ec2
    from aws_cdk import aws_iam as iam
    from aws_cdk import aws_ssm as ssm
    from constructs import Construct, Node

    from ..endpoints.interface_endpoint import InterfaceEndpoint
    from .script import Forward
else:
    iam = LazyModule("aws_cdk.aws_iam")
    ssm = LazyModule("aws_cdk.aws_ssm")

__all__ = ["DESCRIBE_ACTIONS", "ForwardingBastion", "NodeForward", "NodeForwarding"]

#: The only API actions the bastion's discovery calls.
DESCRIBE_ACTIONS = ("elasticache:DescribeReplicationGroups", "elasticache:DescribeCacheClusters")
_PENDING = '{"status":"pending"}'
_MAX_PORT = 65535


@dataclass(frozen=True)
class NodeForward:
    """A replication group or Memcached cluster forwarded node by node."""

    kind: str
    """``replication-group`` or ``cache-cluster``."""
    id: str
    """The group's (cluster's) id."""
    first_public_port: int
    port_count: int
    """Public ports ``first_public_port .. first_public_port + port_count - 1``: endpoints first, then nodes."""
    node_port: int
    """The nodes' own port."""
    endpoint_ports: dict[str, int]
    """Public port per endpoint (``configuration``, or ``primary`` and ``reader``)."""
    planned_ports: dict[str, int]
    """Public port per node id as planned at synth time (the bastion keeps each node's port afterwards)."""
    parameter_name: str
    """The SSM parameter the bastion publishes the node table in."""
    parameter_arn: str
    tls: bool = True
    _config: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def last_public_port(self) -> int:
        """The range's last port."""
        return self.first_public_port + self.port_count - 1

    def grant_read_node_table(self, grantee: iam.IGrantable) -> iam.Grant:
        """Allow ``grantee`` to read the node table (``ssm:GetParameter`` on this parameter only)."""
        return iam.Grant.add_to_principal(grantee=grantee, actions=["ssm:GetParameter"], resource_arns=[self.parameter_arn])


def relative_node_id(member: str, group_id: str) -> str:
    """``g-0001-002`` -> ``0001-002`` (the node's id within its group)."""
    prefix = group_id.lower() + "-"
    member = member.lower()
    return member[len(prefix):] if member.startswith(prefix) else member


class ForwardingBastion(Protocol):
    """What forwarding node by node reads of its bastion, and all it reads (a
    :class:`~elasticache_kit.NatBastion` is one): its network side, its public
    address and role, and the public ports its other forwards already take."""

    @property
    def node(self) -> Node:
        """The bastion's construct node (its id names the node tables)."""
        ...

    @property
    def vpc(self) -> ec2.IVpc:
        """The VPC the API endpoint is created in."""
        ...

    @property
    def security_group(self) -> ec2.SecurityGroup:
        """The bastion's security group (a peer of the created API endpoint)."""
        ...

    @property
    def connections(self) -> ec2.Connections:
        """The bastion's network access (let into the targets' and the endpoint's groups)."""
        ...

    @property
    def public_ip(self) -> str:
        """The Elastic IP (in the outputs' commands)."""
        ...

    @property
    def instance(self) -> ec2.Instance:
        """The instance (its role holds the discovery policies)."""
        ...

    @property
    def forwards(self) -> list[Forward]:
        """The single-port forwards so far (their public ports are taken)."""
        ...

    @property
    def ssh_enabled(self) -> bool:
        """Whether port 22 is taken by SSH."""
        ...


def _check_range(site: Site, nodes: NodeForwarding, first: int, count: int, needed: int, what: str) -> None:
    if not is_tcp_port(first):
        site.fail("first_public_port", first, "must be a TCP port in 1..65535")
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        site.fail("port_count", count, "must be a positive number of ports")
    last = first + count - 1
    if last > _MAX_PORT:
        site.fail("port_count", count, f"runs past 65535: ports {first}..{last}")
    if count < needed:
        site.fail("port_count", count, f"is fewer than the {needed} ports {what} needs (its endpoints and one per node)")
    bastion = nodes.bastion
    for forward in bastion.forwards:
        if first <= forward.public_port <= last:
            site.fail("first_public_port", first, f"range {first}..{last} collides with the forward of public port "
                      f"{forward.public_port}")
    if bastion.ssh_enabled and first <= 22 <= last:
        site.fail("first_public_port", first, f"range {first}..{last} includes port 22, used by SSH")
    for other in nodes.forwards:
        if first <= other.last_public_port and other.first_public_port <= last:
            site.fail("first_public_port", first, f"range {first}..{last} collides with {other.kind} {other.id}'s "
                      f"ports {other.first_public_port}..{other.last_public_port}")


class NodeForwarding:
    """A bastion's node-by-node forwards: the shared API endpoint and the forwards so far."""

    def __init__(self, scope: Construct, bastion: ForwardingBastion, open_range: Callable[[NodeForward], None]) -> None:
        """
        :param scope: the bastion construct: node tables, discovery policies, outputs and the API
            endpoint are added to it.
        :param bastion: what is read of the bastion (the same object, seen through :class:`ForwardingBastion`).
        :param open_range: opens a new forward's public range and the bastion's egress to its nodes.
        """
        self.scope = scope
        self._bastion = bastion
        self._open_range = open_range
        self.forwards: list[NodeForward] = []
        self.api_endpoint: InterfaceEndpoint | None = None
        """The ElastiCache API endpoint the bastion's discovery calls go through."""
        self.endpoint_given = False
        """Whether the endpoint was given (checked against each forward's calls), not created."""
        self.endpoint_url: str | None = None
        """``https://`` + the endpoint's regional name when its private DNS is off (else the CLI's default)."""
        self._role: iam.IRole | None = None
        self._role_name: str | None = None

    @property
    def bastion(self) -> ForwardingBastion:
        """What is read of the bastion."""
        return self._bastion

    @property
    def role(self) -> iam.IRole:
        """The instance role (read once)."""
        if self._role is None:
            self._role = self._bastion.instance.role
        return self._role

    @property
    def role_name(self) -> str:
        """The instance role's name (read once)."""
        if self._role_name is None:
            self._role_name = self.role.role_name
        return self._role_name

    def use_api_endpoint(self, site: Site, given: InterfaceEndpoint | None) -> None:
        """Reach the API through ``given``, or through an endpoint created for the bastion; once per bastion."""
        if self.api_endpoint is not None:
            if given is not None and given is not self.api_endpoint:
                site.fail("api_endpoint", str(given.node.path), f"differs from {self.api_endpoint.node.path}, which this "
                          "bastion already uses: one ElastiCache API endpoint per bastion")
            return
        from ..endpoints.interface_endpoint import EndpointTarget, InterfaceEndpoint

        if given is None:
            try:
                endpoint = InterfaceEndpoint(
                    self.scope, "ElastiCacheApi", vpc=self._bastion.vpc, target=EndpointTarget.elasticache_api(),
                    policy=api_endpoint_policy(self.role.role_arn), allowed_peers=[self._bastion.security_group])
            except ValidationError as error:
                site.fail("api_endpoint", None, f"could not be created ({error.prop}={error.value!r} {error.rule}), so the "
                          "bastion could not reach the ElastiCache API: pass api_endpoint= an ElastiCache API endpoint")
        else:
            target = getattr(given, "target", None)
            if not isinstance(given, InterfaceEndpoint) or target is None or target.kind != "aws-service":
                site.fail("api_endpoint", str(getattr(given, "node", None) and given.node.path),
                          "must be an InterfaceEndpoint for the ElastiCache API (EndpointTarget.elasticache_api()): "
                          "the bastion could not read the nodes through anything else")
            endpoint = given
            self.endpoint_given = True
            endpoint.connections.allow_default_port_from(self._bastion.connections, "NAT bastion node discovery")
        self.api_endpoint = endpoint
        self.endpoint_url = None if endpoint.private_dns_enabled else f"https://{endpoint.regional_dns_name}"

    def config(self) -> dict[str, Any] | None:
        """The discovery configuration (with tokens), or None when nothing is forwarded node by node."""
        if not self.forwards:
            return None
        return {"region": cdk.Aws.REGION, "endpoint_url": self.endpoint_url, "sources": [f._config for f in self.forwards]}


def forward_group(
    nodes: NodeForwarding, site: Site, *, kind: str, id: str, members: list[str], endpoints: list[str], node_port: int,
    first_public_port: int, port_count: int | None, api_endpoint: InterfaceEndpoint | None, connections: Any,
    statements: list[tuple[str, list[str]]], tls: bool,
) -> NodeForward:
    """Add one node-by-node forward to the bastion (the caller's own checks have passed)."""
    bastion, scope = nodes.bastion, nodes.scope
    if any(f.kind == kind and f.id == id for f in nodes.forwards):
        site.fail("group" if kind == "replication-group" else "cluster", id,
                  "is already forwarded by this bastion: forward each group once")
    node_ids = sorted(relative_node_id(m, id) for m in members) if kind == "replication-group" else list(members)
    needed = len(endpoints) + len(node_ids)
    count = needed if port_count is None else port_count
    _check_range(site, nodes, first_public_port, count, needed, f"{kind} {id}")
    nodes.use_api_endpoint(site, api_endpoint)
    if nodes.endpoint_given:  # a given endpoint must let discovery's calls through (and be in the VPC)
        check_given_endpoint(site, "api_endpoint", nodes.api_endpoint, vpc=bastion.vpc, principal=nodes.role.role_arn,
                             calls=[EndpointCall(action, arn) for action, arns in statements for arn in arns],
                             component="the NAT bastion's node discovery")

    partition, region, account = pseudo_parameters()
    index = len(nodes.forwards) + 1
    name = f"/elasticache-kit/{cdk.Aws.STACK_NAME}/{re.sub(r'[^A-Za-z0-9_.-]', '-', bastion.node.id)}/{id}"
    ssm.CfnParameter(scope, f"NodeTable{index}", type="String", name=name, value=_PENDING,
                     description=f"NAT bastion node table for {kind} {id} (written by the bastion)")
    parameter_arn = f"arn:{partition}:ssm:{region}:{account}:parameter{name}"
    # an L1 with its document as plain JSON: one round trip (a managed policy, not the role's
    # inline default policy, as the bastion's Session Manager policy)
    document = {"Version": "2012-10-17", "Statement": [
        *({"Effect": "Allow", "Action": action, "Resource": arns[0] if len(arns) == 1 else arns} for action, arns in statements),
        {"Effect": "Allow", "Action": "ssm:PutParameter", "Resource": parameter_arn},
    ]}
    iam.CfnManagedPolicy(scope, f"Discovery{index}", policy_document=document, roles=[nodes.role_name],
                         description=f"NAT bastion: read {kind} {id}'s nodes, publish its node table")
    endpoint_ports = {endpoint: first_public_port + i for i, endpoint in enumerate(endpoints)}
    planned = {node: first_public_port + len(endpoints) + i for i, node in enumerate(node_ids)}
    config = {"kind": kind, "id": id, "first_port": first_public_port, "port_count": count, "endpoints": endpoints,
              "planned": node_ids, "parameter": name}
    forward = NodeForward(kind=kind, id=id, first_public_port=first_public_port, port_count=count, node_port=node_port,
                          endpoint_ports=endpoint_ports, planned_ports=planned, parameter_name=name,
                          parameter_arn=parameter_arn, tls=tls, _config=config)
    nodes.forwards.append(forward)
    nodes._open_range(forward)
    connections.allow_default_port_from(bastion.connections, "NAT bastion")
    _outputs(scope, bastion.public_ip, index, forward)
    return forward


def _outputs(bastion: Construct, public: str, index: int, forward: NodeForward) -> None:
    if forward.kind == "replication-group":
        tls = "--tls " if forward.tls else ""
        lines = [f"redis-cli {tls}-h {public} -p {port} PING  # {name} endpoint" for name, port in forward.endpoint_ports.items()]
        lines += [f"redis-cli {tls}-h {public} -p {port} PING  # node {node}" for node, port in forward.planned_ports.items()]
    else:
        lines = [f"{public}:{port}  # {name} endpoint" for name, port in forward.endpoint_ports.items()]
        lines += [f"{public}:{port}  # node {node}" for node, port in forward.planned_ports.items()]
    cdk.CfnOutput(bastion, f"NodeTable{index}Parameter", value=forward.parameter_name,
                  description=f"SSM parameter with {forward.id}'s node table: python -m elasticache_kit bastion-nodes --parameter ...")
    cdk.CfnOutput(bastion, f"NodeCommands{index}", value=" ; ".join(lines),
                  description=f"{forward.id} per node, as planned at deploy (the published table is current)")
    if forward.kind == "replication-group":
        cdk.CfnOutput(bastion, f"RemapSnippet{index}", value=remap_snippet(forward.parameter_name),
                      description=f"redis-py RedisCluster through the bastion for {forward.id}")


def check_auth(site: Site, authenticated: bool, allow_unauthenticated: bool, what: str,
               remedy: str = "give it authentication (a user group or an AUTH token), or pass") -> None:
    """Refuse a target that accepts anyone who reaches it, unless the caller opted in by name."""
    if not authenticated and not allow_unauthenticated:
        site.fail("allow_unauthenticated", False,
                  f"but {what} accepts any client that reaches it, and the bastion puts it on a public address: "
                  f"{remedy} allow_unauthenticated=True if you really mean it")


def replication_group_forward(nodes: NodeForwarding, group: Any, *, first_public_port: int, port_count: int | None,
                              api_endpoint: InterfaceEndpoint | None, allow_unauthenticated: bool) -> NodeForward:
    """Checks and forward for :meth:`NatBastion.forward_replication_group`."""
    site = Site(nodes.scope)
    if not provides(group, "replication_group_id", "replication_group_arn", "port", "cluster_mode_enabled",
                    "member_cluster_ids", "connections"):
        site.fail("group", group, "must be a ReplicationGroup or ClusterReplicationGroup (or an import of one)")
    group_id = group.replication_group_id
    if is_token(group_id):
        site.fail("group", group_id, "has an id known only at deploy time: give the group a replication_group_id")
    members = group.member_cluster_ids
    if not members:
        site.fail("group", group_id, "has no known member clusters: import it with member_cluster_ids")
    port = group.port
    if port is None or is_token(port):
        site.fail("group", group_id, "has no known port: import it with port")
    authenticated = getattr(group, "user_group", None) is not None or _has_auth_token(group)
    check_auth(site, authenticated, allow_unauthenticated, f"replication group {group_id}")
    cluster_mode = bool(group.cluster_mode_enabled)
    partition, region, account = pseudo_parameters()
    pattern = f"{group_id}-????-???" if cluster_mode else f"{group_id}-???"
    statements = [(DESCRIBE_ACTIONS[0], [group.replication_group_arn]),
                  (DESCRIBE_ACTIONS[1], [f"arn:{partition}:elasticache:{region}:{account}:cluster:{pattern}"])]
    tls = getattr(group, "transit_encryption_mode", "required") is not None
    return forward_group(
        nodes, site, kind="replication-group", id=group_id, members=list(members),
        endpoints=["configuration"] if cluster_mode else ["primary", "reader"], node_port=port,
        first_public_port=first_public_port, port_count=port_count, api_endpoint=api_endpoint,
        connections=group.connections, statements=statements, tls=tls)


def _has_auth_token(group: Any) -> bool:
    """Whether a created group has an AUTH token (generated, or given as a SecretValue)."""
    if getattr(group, "auth_token_secret", None) is not None:
        return True
    cfn = getattr(group, "_cfn", None)
    return cfn is not None and getattr(cfn, "auth_token", None) is not None


def memcached_cluster_forward(nodes: NodeForwarding, cluster: Any, *, first_public_port: int, port_count: int | None,
                              api_endpoint: InterfaceEndpoint | None, allow_unauthenticated: bool) -> NodeForward:
    """Checks and forward for :meth:`NatBastion.forward_memcached_cluster`."""
    site = Site(nodes.scope)
    if not provides(cluster, "cluster_id", "cache_cluster_arn", "port", "num_cache_nodes", "connections"):
        site.fail("cluster", cluster, "must be a MemcachedCluster (or an import of one)")
    cluster_id = cluster.cluster_id
    if is_token(cluster_id):
        site.fail("cluster", cluster_id, "has an id known only at deploy time: give the cluster a cluster_id")
    count, port = cluster.num_cache_nodes, cluster.port
    if count is None or is_token(count) or port is None or is_token(port):
        site.fail("cluster", cluster_id, "has no known node count or port: import it with num_cache_nodes and port")
    # ElastiCache's Memcached has no authentication of its own (no RBAC, no AUTH, no IAM).
    check_auth(site, False, allow_unauthenticated, f"Memcached cluster {cluster_id}",
               "ElastiCache's Memcached has no authentication (keep the trusted CIDRs narrow); pass")
    return forward_group(
        nodes, site, kind="cache-cluster", id=cluster_id, members=[f"{n:04d}" for n in range(1, count + 1)],
        endpoints=["configuration"], node_port=port, first_public_port=first_public_port, port_count=port_count,
        api_endpoint=api_endpoint, connections=cluster.connections,
        statements=[(DESCRIBE_ACTIONS[1], [cluster.cache_cluster_arn])],
        tls=bool(getattr(cluster, "transit_encryption", False)))


def api_endpoint_policy(role_arn: str) -> EndpointPolicy:
    """The created endpoint's policy: the two describe calls, for the bastion's role only."""
    partition, region, account = pseudo_parameters()
    return EndpointPolicy().allow(
        list(DESCRIBE_ACTIONS), principals=[role_arn],
        resources=[f"arn:{partition}:elasticache:{region}:{account}:replicationgroup:*",
                   f"arn:{partition}:elasticache:{region}:{account}:cluster:*"])
