"""A NAT instance with an Elastic IP that port-forwards to caches, so trusted
clients outside AWS can reach them during development (the procedure of the
ElastiCache guide's "Accessing ElastiCache resources from outside AWS",
hardened)."""

from __future__ import annotations

import hashlib
import ipaddress
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING

import aws_cdk as cdk
import jsii
from constructs import Construct, IValidation

from .._internal.arns import pseudo_parameters
from .._internal.context import Site
from .._internal.core_props import CoreConnectableResourceProps, CoreRule
from .._internal.js import core, js_get, plain
from .._internal.lazy import LazyModule
from .._internal.network import is_tcp_port, selection_kwargs, tcp_ports
from .._internal.tokens import is_token
from ..errors import ValidationError
from .nodes import NodeForward, NodeForwarding, memcached_cluster_forward, replication_group_forward
from .script import Forward, is_ipv4, is_valid_host, render_setup_script

if TYPE_CHECKING:
    from aws_cdk import aws_ec2 as ec2
    from aws_cdk import aws_iam as iam

    from ..clusters.memcached_cluster import IMemcachedCluster
    from ..clusters.replication_group_base import IReplicationGroup
    from ..endpoints.interface_endpoint import InterfaceEndpoint
    from ..serverless.cache import IServerlessCache
else:
    ec2 = LazyModule("aws_cdk.aws_ec2")
    iam = LazyModule("aws_cdk.aws_iam")

__all__ = ["NatBastion"]

_SSM_ACTIONS = [
    "ssm:UpdateInstanceInformation",
    "ssmmessages:CreateControlChannel",
    "ssmmessages:CreateDataChannel",
    "ssmmessages:OpenControlChannel",
    "ssmmessages:OpenDataChannel",
]
# EC2 takes at most 16 KB of user data; deploy-time values (stack name, region) still grow it.
_USER_DATA_LIMIT = 16384 - 1024
# IPv4 blocks with a shorter prefix cover a large part of the internet: they need allow_public_access.
_SHORTEST_PREFIX = 8

_IN_VPC = ("The instance is in the VPC: its subnet is on its one network interface (NetworkInterfaces[0].SubnetId, "
           "so that no public IP is auto-assigned), where this rule does not look.")
#: cdk-nag findings acknowledged on every bastion (acknowledgements match per pack), with the reasons.
_ACKNOWLEDGED = (
    ("AwsSolutions-IAM5[Resource::*]",
     "Session Manager's ssmmessages:* take no resource ARNs; the statement is limited to this instance "
     "by its ec2:SourceInstanceARN condition."),
    ("AwsSolutions-EC29", "A development bastion is disposable: no termination protection or Auto Scaling group."),
    *((f"{pack}-EC2InstancesInVPC", _IN_VPC)
      for pack in ("HIPAA.Security", "PCI.DSS.321", "NIST.800.53.R4", "NIST.800.53.R5")),
    # AWS Control Tower's guard rules (cdklabs-cdk-validator-cfnguard), prefixed by their plugin's name
    ("cdk-validator-cfnguard::ec2_instance_nitro_encryption_in_transit_check",
     "The default t3.micro has no Nitro in-transit encryption; the bastion only NATs its clients' connections, "
     "which to a serverless cache are TLS end to end (serverless Valkey and Redis OSS require TLS), and a type "
     "with it would raise the cost of a development instance. Pick one with instance_type if you forward "
     "plain-text nodes."),
)


def _check_cidrs(site: Site, cidrs: Sequence[str], allow_public_access: bool) -> list[str]:
    if isinstance(cidrs, str) or not isinstance(cidrs, Sequence) or not cidrs:
        site.fail("trusted_cidrs", cidrs, "must be a non-empty list of CIDR blocks (the clients allowed in)")
    checked: list[str] = []
    for cidr in cidrs:
        if not isinstance(cidr, str):
            site.fail("trusted_cidrs", cidr, "must contain CIDR strings such as '198.51.100.27/32'")
        if is_token(cidr):
            checked.append(cidr)
            continue
        try:
            network = ipaddress.ip_network(cidr, strict=True)
        except ValueError as error:
            site.fail("trusted_cidrs", cidr, f"is not a CIDR block ({error})")
        if network.version != 4:
            site.fail(
                "trusted_cidrs", cidr,
                "is an IPv6 block, but the Elastic IP and the port forwarding are IPv4-only: "
                "list your clients' IPv4 addresses",
            )
        if network.prefixlen < _SHORTEST_PREFIX and not allow_public_access:
            reach = "the whole internet" if network.prefixlen == 0 else (
                f"a large part of the internet (/{network.prefixlen} is wider than /{_SHORTEST_PREFIX})")
            site.fail(
                "trusted_cidrs", cidr,
                f"opens the bastion to {reach}; list your clients' addresses, or pass "
                "allow_public_access=True if you really mean it",
            )
        checked.append(str(network))
    if len(set(checked)) != len(checked):
        site.fail("trusted_cidrs", list(cidrs), "lists a CIDR block twice")
    return checked


def _public_subnets(site: Site, vpc: ec2.IVpc, vpc_subnets: ec2.SubnetSelection | None) -> list[ec2.ISubnet]:
    """The selected subnets; refused unless public (the Elastic IP needs an internet gateway)."""
    try:
        selection = {"subnet_type": ec2.SubnetType.PUBLIC} if vpc_subnets is None else selection_kwargs(vpc_subnets)
        selected = vpc.select_subnets(**selection)
    except RuntimeError as error:
        site.fail("vpc_subnets", "public", f"cannot be selected: the bastion needs a public subnet ({error})")
    subnets = selected.subnets
    if not selected.has_public or not subnets:
        site.fail("vpc_subnets", "(selection)", "must select a public subnet: the Elastic IP needs an internet gateway")
    return subnets


def _connection_command(forward: Forward, public_ip: str) -> str:
    # SNI must be a host name, never an IP literal (RFC 6066, section 3).
    sni = "" if is_ipv4(forward.target_host) else f" --sni {forward.target_host}"
    return f"redis-cli --tls{sni} -h {public_ip} -p {forward.public_port} PING"


def _security_group_props(vpc: ec2.IVpc, cidrs: list[str], *, ssh: bool) -> CoreConnectableResourceProps:
    """The bastion's security group: HTTPS out (packages, Session Manager), SSH in from the trusted
    clients only with a key pair; the forwarded ports are opened as forwards are added."""
    return plain(CoreConnectableResourceProps(
        vpc=vpc,
        securityGroupDescription="NAT bastion: forwarded ports from trusted clients only",
        egress=[CoreRule(cidr="0.0.0.0/0", port=443, description="HTTPS for packages and Session Manager")],
        ingress=[CoreRule(cidr=cidr, port=22, description="SSH from a trusted client") for cidr in cidrs]
        if ssh else None,
        publicName="NatBastion",  # what aws-cdk-lib calls it in tree.json and reports
    ))


@jsii.implements(IValidation)
class _HasForwards:
    """Synth-time check: a bastion that forwards nothing is a mistake."""

    def __init__(self, bastion: NatBastion) -> None:
        self._bastion = bastion

    def validate(self) -> list[str]:
        if self._bastion.forwards or self._bastion.node_forwards:
            return []
        return [str(ValidationError(
            self._bastion.node.path, "forwards", [],
            "is empty: call forward(), forward_cache(), forward_nodes(), forward_replication_group() or "
            "forward_memcached_cluster() at least once",
        ))]


class NatBastion(core.CoreConnectableResource):
    """A NAT instance in a public subnet, with an Elastic IP, that forwards
    public ports to caches in the VPC -- for development and testing only.

    Hardened: inbound only from ``trusted_cidrs`` (IPv4; nothing wider than
    /8 without ``allow_public_access``) on the forwarded ports; outbound only
    to the targets' ports (and HTTPS for packages and Session Manager);
    administration through SSM Session Manager (SSH only when a key pair is
    given, and only from ``trusted_cidrs``); IMDSv2 required; encrypted root
    volume; an instance role that can do nothing but Session Manager, and
    that only from this instance (``ec2:SourceInstanceARN``); no public IP
    address but the Elastic IP (none is auto-assigned to its network interface).

    The forwards are set up by the instance's user data, which EC2 runs only
    at an instance's first boot, so the instance's logical id ends in a hash
    of the rendered set-up script: adding a forward (or changing one)
    replaces the instance; the Elastic IP stays, and CloudFormation moves its
    association to the new instance.  Deploy-time values (a cache endpoint's
    address) enter the hash as their CloudFormation expressions, so a change
    of such a value alone does not replace the instance; the apply program
    re-resolves DNS names every minute instead.

    Replication groups and Memcached clusters are forwarded node by node
    (:meth:`forward_replication_group`, :meth:`forward_memcached_cluster`): the
    bastion discovers their nodes through the ElastiCache API, by default over
    an interface endpoint it creates; pass ``api_endpoint=`` to either method
    to use an ElastiCache API endpoint of your own in the same VPC instead
    (``InterfaceEndpoint(..., target=EndpointTarget.elasticache_api())``).

    Example::

        cache = elasticache.ServerlessCache(self, "Cache", vpc=vpc, user_group=elasticache.UserGroup(self, "Users", users=[
            elasticache.IamUser(self, "AppUser", user_id="app", access_control="on ~app:* +@all")]))
        bastion = elasticache.NatBastion(self, "Bastion", vpc=vpc, trusted_cidrs=["198.51.100.27/32"])
        bastion.forward_cache(cache)
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: ec2.IVpc,
        trusted_cidrs: Sequence[str],
        instance_type: ec2.InstanceType | None = None,
        machine_image: ec2.IMachineImage | None = None,
        vpc_subnets: ec2.SubnetSelection | None = None,
        key_pair: ec2.IKeyPair | None = None,
        allow_public_access: bool = False,
    ) -> None:
        """
        :param vpc: the caches' VPC; it needs a public subnet.
        :param trusted_cidrs: the client addresses allowed in (e.g. ``["198.51.100.27/32"]``).
        :param instance_type: Default: ``t3.micro``.
        :param machine_image: Default: the latest Amazon Linux 2023 for the instance's architecture.
        :param vpc_subnets: a public subnet selection. Default: the VPC's public subnets.
        :param key_pair: enables SSH from ``trusted_cidrs``. Default: none (Session Manager only).
        :param allow_public_access: the explicit opt-in that lets ``trusted_cidrs``
            contain IPv4 blocks wider than /8, up to ``0.0.0.0/0``. Default: False.
        """
        site = Site(scope, id)
        if vpc is None:
            site.fail("vpc", None, "is required")
        cidrs = _check_cidrs(site, trusted_cidrs, allow_public_access)
        subnets = _public_subnets(site, vpc, vpc_subnets)

        # one call: the construct, its security group with the HTTPS egress (and SSH
        # ingress) rules, and its Connections, which aws-cdk-lib sees too
        core.CoreConnectableResource.__init__(self, scope, id, _security_group_props(vpc, cidrs, ssh=key_pair is not None))
        self.vpc = vpc
        self.trusted_cidrs = cidrs
        """The client CIDR blocks allowed in."""
        self._forwards: list[Forward] = []
        self._node_forwarding: NodeForwarding | None = None
        self._ssh = key_pair is not None
        subnet = subnets[0]
        self.subnet_id = subnet.subnet_id
        """The public subnet the bastion is in."""

        security_group = self.security_group
        self._peers = [ec2.Peer.ipv4(cidr) for cidr in cidrs]

        role = iam.Role(self, "Role", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"),
                        description="NAT bastion: Session Manager only")
        self.instance = self._create_instance(vpc, subnet, security_group, role, instance_type, machine_image, key_pair)
        """The NAT instance."""
        self._cfn_instance: ec2.CfnInstance = self.instance.node.default_child  # type: ignore[assignment]
        self._stack = cdk.Stack.of(self)
        self._base_logical_id = self._stack.get_logical_id(self._cfn_instance)
        self._stable_hosts: dict[str, str] = {}
        self._vpc_cidr: str | None = None
        self._egress_opened: set[tuple[str, int]] = set()
        instance_id = self.instance.instance_id
        self._session_manager_policy(role, instance_id)
        eip = ec2.CfnEIP(self, "ElasticIp", domain="vpc", instance_id=instance_id)
        self.public_ip = eip.attr_public_ip
        """The Elastic IP clients connect to."""
        self._add_outputs(instance_id)

    def _add_outputs(self, instance_id: str) -> None:
        """The stack outputs a developer reads (address, shell, forwards, connection commands; the last two
        are filled in as forwards are added) and the development-only warning."""
        cdk.CfnOutput(self, "PublicIp", value=self.public_ip, description="Elastic IP of the NAT bastion")
        cdk.CfnOutput(self, "SessionCommand", value=f"aws ssm start-session --target {instance_id}",
                      description="Open a shell on the bastion")
        self._table_output = cdk.CfnOutput(self, "Forwards", value="(none)", description="public port -> target")
        self._connect_output = cdk.CfnOutput(
            self, "ConnectionCommands", value="(none)",
            description="redis-cli per forward (TLS; SNI = the target's DNS name, none for an IP address)")
        cdk.Annotations.of(self).add_warning_v2(
            "elasticache-kit:nat-bastion-dev-only",
            "NatBastion is for development and testing: it adds a proxy hop and is a single point of failure.",
        )
        self.node.add_validation(_HasForwards(self))
        cdk.Validations.of(self).acknowledge(*(cdk.Acknowledgment(id=rule, reason=why) for rule, why in _ACKNOWLEDGED))

    def _create_instance(
        self, vpc: ec2.IVpc, subnet: ec2.ISubnet, security_group: ec2.ISecurityGroup, role: iam.IRole,
        instance_type: ec2.InstanceType | None, machine_image: ec2.IMachineImage | None, key_pair: ec2.IKeyPair | None,
    ) -> ec2.Instance:
        """The NAT instance: the type's architecture's Amazon Linux 2023 unless given, no public address of its
        own, no source/destination check, IMDSv2, an encrypted volume."""
        chosen_type = instance_type or ec2.InstanceType("t3.micro")
        image = machine_image or ec2.MachineImage.latest_amazon_linux2023(
            cpu_type=ec2.AmazonLinuxCpuType.ARM_64
            if chosen_type.architecture == ec2.InstanceArchitecture.ARM_64 else ec2.AmazonLinuxCpuType.X86_64
        )
        return ec2.Instance(
            self, "Instance",
            vpc=vpc,
            vpc_subnets=ec2.SubnetSelection(subnets=[subnet]),
            instance_type=chosen_type,
            machine_image=image,
            security_group=security_group,
            role=role,
            key_pair=key_pair,
            # the Elastic IP is the only public address: no auto-assigned one, even in
            # subnets that map public IPs on launch (NetworkInterfaces; SourceDestCheck stays
            # an instance property, which applies to the primary interface)
            associate_public_ip_address=False,
            source_dest_check=False,
            http_tokens=ec2.HttpTokens.REQUIRED,
            detailed_monitoring=True,
            block_devices=[ec2.BlockDevice(
                device_name="/dev/xvda",
                volume=ec2.BlockDeviceVolume.ebs(8, encrypted=True, volume_type=ec2.EbsDeviceVolumeType.GP3),
            )],
        )

    def _session_manager_policy(self, role: iam.IRole, instance_id: str) -> None:
        """Session Manager for this instance only."""
        # ssm:UpdateInstanceInformation takes the instance's ARN; the ssmmessages actions take
        # no resource ARNs, so a condition limits them to requests signed with this instance's
        # role credentials. A managed policy (not the role's inline default policy), so the
        # instance does not depend on it (no cycle).
        partition, region, account = pseudo_parameters()
        instance_arn = f"arn:{partition}:ec2:{region}:{account}:instance/{instance_id}"
        iam.ManagedPolicy(
            self, "SessionManagerPolicy", roles=[role],
            description="NAT bastion: Session Manager, from this instance only",
            statements=[
                iam.PolicyStatement(actions=_SSM_ACTIONS[:1], resources=[instance_arn]),
                iam.PolicyStatement(actions=_SSM_ACTIONS[1:], resources=["*"],
                                    conditions={"ArnEquals": {"ec2:SourceInstanceARN": instance_arn}}),
            ],
        )

    @cached_property
    def connections(self) -> ec2.Connections:
        """Network access of the bastion (use it to open targets' security
        groups); an ``ec2.IConnectable`` on both sides of jsii, with no default
        port. The JavaScript side's object, read once."""
        return js_get(self, "connections")  # type: ignore[no-any-return]

    @cached_property
    def security_group(self) -> ec2.SecurityGroup:
        """The bastion's security group (read once)."""
        return js_get(self, "securityGroup")  # type: ignore[no-any-return]

    # ------------------------------------------------------------ forwards
    @property
    def forwards(self) -> list[Forward]:
        """The forwards so far."""
        return list(self._forwards)

    @property
    def node_forwards(self) -> list[NodeForward]:
        """The groups and clusters forwarded node by node so far."""
        return list(self._node_forwarding.forwards) if self._node_forwarding is not None else []

    def _nodes(self) -> NodeForwarding:
        """The state of the node-by-node forwards (API endpoint, discovery), made on first use."""
        if self._node_forwarding is None:
            self._node_forwarding = NodeForwarding(self, self, self._open_node_forward)
        return self._node_forwarding

    @property
    def ssh_enabled(self) -> bool:
        """Whether SSH (port 22) is open to ``trusted_cidrs``."""
        return self._ssh

    def forward(self, public_port: int, target_host: str, target_port: int) -> Forward:
        """Forward ``public_port`` on the Elastic IP to ``target_host:target_port``.

        ``target_host`` is an IPv4 address or a DNS name; names are resolved at
        boot and every minute, and the rule follows address changes.  Opens the
        public port to ``trusted_cidrs`` and the bastion's egress to the target
        (its /32, or the VPC's CIDR block for a name).
        """
        with self._rendering():
            forward = self._add(public_port, target_host, target_port)
            self._egress_to(target_host, target_port)
        return forward

    @contextmanager
    def _rendering(self) -> Iterator[None]:
        """Render once when a public call ends -- also when it fails half-way, so
        the forwards it added so far are in the user data."""
        before = (len(self._forwards), len(self.node_forwards))
        try:
            yield
        finally:
            if (len(self._forwards), len(self.node_forwards)) != before:
                self._render()

    def _add(self, public_port: int, target_host: str, target_port: int) -> Forward:
        site = Site(self)
        for prop, port in (("public_port", public_port), ("target_port", target_port)):
            if not is_tcp_port(port):
                site.fail(prop, port, "must be a TCP port in 1..65535")
        if any(f.public_port == public_port for f in self._forwards) or (self._ssh and public_port == 22) or any(
                n.first_public_port <= public_port <= n.last_public_port for n in self.node_forwards):
            site.fail("public_port", public_port, "is already forwarded (or used by SSH): each public port forwards once")
        if not isinstance(target_host, str) or not is_valid_host(target_host):
            site.fail("target_host", target_host, "must be an IPv4 address or a DNS name")
        forward = Forward(public_port, target_host, target_port)
        self._forwards.append(forward)
        ingress = tcp_ports((public_port,))
        for peer in self._peers:
            self.security_group.add_ingress_rule(peer, ingress, f"port {public_port} from a trusted client")
        return forward

    def _egress_to(self, host: str, port: int) -> None:
        """Open egress to ``host:port`` (to the VPC's CIDR block for a name), once per block and port."""
        if is_ipv4(host):
            cidr = f"{host}/32"
        else:
            if self._vpc_cidr is None:
                try:
                    self._vpc_cidr = self.vpc.vpc_cidr_block
                except RuntimeError:
                    Site(self).fail(
                        "target_host", host,
                        "is a name, so egress is opened to the VPC's CIDR block, which this imported VPC lacks: "
                        "import it with vpc_cidr_block or forward to an IP address",
                    )
            cidr = self._vpc_cidr
        if (cidr, port) in self._egress_opened:
            return  # CDK would drop the identical rule anyway
        self._egress_opened.add((cidr, port))
        self.security_group.add_egress_rule(ec2.Peer.ipv4(cidr), tcp_ports((port,)), f"to forward target port {port}")

    def forward_cache(
        self, cache: IServerlessCache, *, public_ports: Sequence[int] | None = None, allow_unauthenticated: bool = False,
    ) -> list[Forward]:
        """Forward a serverless cache's endpoint port and, where it has one, its
        reader port (same DNS name), and let the bastion into its security group.

        A Valkey or Redis OSS cache without a user group accepts every client,
        so forwarding one to a public address is refused unless
        ``allow_unauthenticated=True``.

        :param public_ports: public ports for them. Default: the cache's own ports.
        :param allow_unauthenticated: the explicit opt-in to forward a Valkey or
            Redis OSS cache that has no user group. Default: False.
        """
        site = Site(self)
        address = getattr(cache, "serverless_cache_endpoint_address", None)
        engine = getattr(cache, "engine", None)
        if address is None or engine is None:
            site.fail(
                "forward_cache", getattr(cache, "serverless_cache_name", cache),
                "needs a ServerlessCache created in this app (an imported one has no known endpoint); "
                "use forward() with its endpoint address",
            )
        if engine.supports_rbac and getattr(cache, "user_group", None) is None and not allow_unauthenticated:
            site.fail(
                "forward_cache", cache.serverless_cache_name,
                "has no user group, so it accepts every client without authentication: give the cache a "
                "user_group, or pass allow_unauthenticated=True if you really mean to expose it",
            )
        ports = list(engine.ports)
        chosen = list(public_ports) if public_ports is not None else ports
        if len(chosen) != len(ports):
            site.fail("public_ports", chosen, f"must give {len(ports)} port(s), one per cache port {ports}")
        with self._rendering():
            forwards = [self._add(public, address, port) for public, port in zip(chosen, ports, strict=True)]
        cache.connections.allow_default_port_from(self.connections, "NAT bastion")
        return forwards

    def forward_nodes(self, addresses: Sequence[str], *, target_port: int = 6379, first_public_port: int = 6379) -> list[Forward]:
        """Forward node-based cluster nodes, each on its own public port
        (``first_public_port``, +1, +2, ...), as in the ElastiCache guide.
        Fixed addresses do not follow failovers or replacements: for a group
        created in the app, prefer :meth:`forward_replication_group`."""
        if isinstance(addresses, str) or not addresses:
            Site(self).fail("addresses", addresses, "must be a non-empty list of node addresses")
        forwards = []
        with self._rendering():
            for index, address in enumerate(addresses):
                forwards.append(self._add(first_public_port + index, address, target_port))
                self._egress_to(address, target_port)
        return forwards

    def forward_replication_group(
        self, group: IReplicationGroup, *, first_public_port: int, port_count: int | None = None,
        api_endpoint: InterfaceEndpoint | None = None, allow_unauthenticated: bool = False,
    ) -> NodeForward:
        """Forward a replication group node by node, following failovers and replacements.

        The bastion reads the group's current nodes from the ElastiCache API
        every minute (``DescribeReplicationGroups``, ``DescribeCacheClusters``:
        the instance role may make exactly those calls, on this group and its
        member clusters only), gives each node a public port that stays its own
        (by node id, e.g. ``0001-002``), replaces the NAT rules when a node
        moves, and publishes the table node -> private address -> public port
        to an SSM parameter only it may write
        (:class:`~elasticache_kit.bastion_client.RefreshingRemap` turns it into
        redis-py's ``address_remap`` for cluster mode).  Public ports, from
        ``first_public_port``: the group's endpoints first (the configuration
        endpoint with cluster mode; primary and reader endpoints without), then
        one per node.  Opens the group's security group to the bastion.

        :param first_public_port: the range's first port.
        :param port_count: ports in the range. Default: the endpoints plus the
            nodes the group has now (give more to leave room for scaling out).
        :param api_endpoint: the ElastiCache API interface endpoint (in this VPC)
            the bastion calls the API through. Default: one created for the
            bastion, whose policy allows only the two describe calls, for the
            bastion's role only (one endpoint per bastion, shared by its forwards).
        :param allow_unauthenticated: the explicit opt-in to forward a group
            without a user group or AUTH token. Default: False (refused). An
            imported group counts as authenticated only when imported with its
            ``user_group`` (an import does not show an AUTH token).
        """
        with self._rendering():
            return replication_group_forward(self._nodes(), group, first_public_port=first_public_port, port_count=port_count,
                                             api_endpoint=api_endpoint, allow_unauthenticated=allow_unauthenticated)

    def forward_memcached_cluster(
        self, cluster: IMemcachedCluster, *, first_public_port: int, port_count: int | None = None,
        api_endpoint: InterfaceEndpoint | None = None, allow_unauthenticated: bool = False,
    ) -> NodeForward:
        """Forward a Memcached cluster node by node (configuration endpoint first), as
        :meth:`forward_replication_group` does.  ElastiCache's Memcached has no
        authentication, so this needs ``allow_unauthenticated=True``."""
        with self._rendering():
            return memcached_cluster_forward(self._nodes(), cluster, first_public_port=first_public_port, port_count=port_count,
                                             api_endpoint=api_endpoint, allow_unauthenticated=allow_unauthenticated)

    def _open_node_forward(self, forward: NodeForward) -> None:
        """Open a node forward's public range to ``trusted_cidrs`` and the bastion's egress to the nodes' port."""
        ingress = ec2.Port.tcp_range(forward.first_public_port, forward.last_public_port)
        for peer in self._peers:
            self.security_group.add_ingress_rule(
                peer, ingress, f"ports {forward.first_public_port}-{forward.last_public_port} from a trusted client")
        self._egress_to(f"{forward.id}.nodes.invalid", forward.node_port)

    def _stable_host(self, host: str) -> str:
        """``host`` as it enters the instance's hash: a token by its CloudFormation
        expression, which, unlike the token's text, does not depend on how many
        tokens the process made before it."""
        if not is_token(host):
            return host
        stable = self._stable_hosts.get(host)
        if stable is None:
            stable = self._stable_hosts[host] = json.dumps(self._stack.resolve(host), sort_keys=True)
        return stable

    def _render(self) -> None:
        """Write the forwards into the user data and the outputs, and name the
        instance after the set-up script, so that a new script is a new instance.
        Called once per public call (not once per forward): four round trips."""
        forwards = self._forwards
        config = self._node_forwarding.config() if self._node_forwarding is not None else None
        discovery = json.dumps(config, sort_keys=True) if config is not None else None
        script = render_setup_script(forwards, discovery)
        stable_forwards = [Forward(f.public_port, self._stable_host(f.target_host), f.target_port) for f in forwards]
        stable_discovery = json.dumps(self._stack.resolve(config), sort_keys=True) if config is not None else None
        stable = script if stable_forwards == forwards and config is None else render_setup_script(
            stable_forwards, stable_discovery)
        if len(script) > _USER_DATA_LIMIT:
            Site(self).fail("forwards", f"{len(forwards)} forwards, {len(self.node_forwards)} node forwards",
                            f"make a set-up script of {len(script)} bytes, over EC2's 16 KB user data (with room for "
                            "deploy-time values): split them over two bastions")
        digest = hashlib.sha256(stable.encode()).hexdigest()[:8].upper()
        self._cfn_instance.override_logical_id(self._base_logical_id + digest)
        self._cfn_instance.add_property_override("UserData", {"Fn::Base64": script})
        # node forwards too: a range of public ports per group, its node table in SSM
        table = [f"{f.public_port} -> {f.target_host}:{f.target_port}" for f in forwards]
        table += [f"{n.first_public_port}-{n.last_public_port} -> {n.kind.replace('-', ' ')} {n.id} node by node (table: {n.parameter_name})"
                  for n in self.node_forwards]
        commands = [_connection_command(f, self.public_ip) for f in forwards]
        commands += [f"elasticache-kit bastion-nodes --parameter {n.parameter_name} --format redis-cli"
                     for n in self.node_forwards]
        self._table_output.value = ", ".join(table) or "(none)"
        self._connect_output.value = " ; ".join(commands) or "(none)"
