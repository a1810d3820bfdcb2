"""Interface VPC endpoints: private access to the ElastiCache API over AWS
PrivateLink, to vendor endpoint services, and to resource configurations
shared with you (how Redis Cloud PrivateLink reaches a VPC)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Final

import aws_cdk as cdk
from constructs import Construct

from .._internal import network as _network
from .._internal.arns import pseudo_parameters
from .._internal.context import Site, jsii_ref
from .._internal.core_props import CoreInterfaceEndpointProps, CoreRule
from .._internal.js import core, js_get, plain
from .._internal.lazy import LazyModule
from .._internal.network import is_tcp_port
from .._internal.tokens import is_token
from ..errors import ValidationError
from .policy import EndpointPolicy

if TYPE_CHECKING:
    from aws_cdk import aws_ec2 as ec2
else:
    ec2 = LazyModule("aws_cdk.aws_ec2")

__all__ = ["EndpointTarget", "InterfaceEndpoint", "SERVICE_PREFIX_BY_PARTITION"]

#: Service-name prefix of AWS services' interface endpoints, by partition.
SERVICE_PREFIX_BY_PARTITION: Final = {
    "aws": "com.amazonaws",
    "aws-cn": "cn.com.amazonaws",
    "aws-us-gov": "com.amazonaws",
    "aws-iso": "com.amazonaws",
    "aws-iso-b": "com.amazonaws",
    "aws-iso-e": "com.amazonaws",
    "aws-iso-f": "com.amazonaws",
    "aws-eusc": "com.amazonaws",
}
_MAPPING_ID: Final = "ElastiCacheKitServicePrefix"

#: Commercial regions where ElastiCache has a FIPS endpoint (botocore's endpoint
#: data lists no others; a test keeps this in step). In AWS GovCloud (US) every
#: endpoint is FIPS; China and the other partitions have none.
FIPS_REGIONS: Final = frozenset({"us-east-1", "us-east-2", "us-west-1", "us-west-2"})
_RESOURCE_CONFIGURATION_ARN = re.compile(
    r"arn:aws(-[a-z]+)*:vpc-lattice:[a-z0-9-]+:\d{12}:resourceconfiguration/rcfg-[0-9a-z]+\Z"
)
_SERVICE_NAME = re.compile(r"[a-z0-9][a-z0-9.-]*[a-z0-9]\Z")


@dataclass(frozen=True)
class EndpointTarget:
    """What an :class:`InterfaceEndpoint` connects to."""

    kind: str
    """``aws-service``, ``endpoint-service`` or ``resource-configuration``."""
    ports: tuple[int, ...]
    """TCP ports clients use through the endpoint."""
    service_name: str | None = None
    """Endpoint service name (vendor services)."""
    resource_configuration_arn: str | None = None
    """Resource configuration ARN (resource endpoints)."""
    fips: bool = False
    """Whether the AWS service target is the FIPS endpoint."""

    @classmethod
    def elasticache_api(cls, *, fips: bool = False) -> EndpointTarget:
        """The ElastiCache API (``elasticache``, or ``elasticache-fips``) on port 443.

        The service name is right in every partition, including China
        (``cn.com.amazonaws.REGION.elasticache``), even when the stack's region
        is only known at deploy time.
        """
        return cls("aws-service", (443,), fips=fips)

    @classmethod
    def endpoint_service(cls, service_name: str, ports: Sequence[int]) -> EndpointTarget:
        """A vendor's endpoint service (classic PrivateLink), e.g.
        ``com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0``."""
        if not isinstance(service_name, str) or (not is_token(service_name) and not _SERVICE_NAME.match(service_name)):
            raise ValidationError(
                "EndpointTarget", "service_name", service_name,
                "is not an endpoint service name (e.g. com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0)",
            )
        return cls("endpoint-service", _ports(ports), service_name=service_name)

    @classmethod
    def resource_configuration(cls, resource_configuration_arn: str, ports: Sequence[int]) -> EndpointTarget:
        """A resource configuration shared with you through AWS RAM (``VpcEndpointType:
        Resource``): how Redis Cloud PrivateLink exposes a database; ``ports`` are
        its Redis database port(s)."""
        arn = resource_configuration_arn
        if not isinstance(arn, str) or (not is_token(arn) and not _RESOURCE_CONFIGURATION_ARN.match(arn)):
            raise ValidationError(
                "EndpointTarget", "resource_configuration_arn", arn,
                "is not a resource configuration ARN; expected "
                "arn:PARTITION:vpc-lattice:REGION:ACCOUNT:resourceconfiguration/rcfg-ID",
            )
        return cls("resource-configuration", _ports(ports), resource_configuration_arn=arn)

    @property
    def private_dns_key(self) -> str:
        """What two endpoints with private DNS would clash on in one VPC."""
        if self.kind == "aws-service":
            return "elasticache-fips" if self.fips else "elasticache"
        return self.service_name or self.resource_configuration_arn or ""


def _ports(ports: Sequence[int]) -> tuple[int, ...]:
    if not isinstance(ports, Sequence) or not ports:
        raise ValidationError("EndpointTarget", "ports", ports, "must be a non-empty list of TCP ports")
    for port in ports:
        if not is_tcp_port(port):
            raise ValidationError("EndpointTarget", "ports", list(ports), f"contains {port!r}, not a port in 1..65535")
    if len(set(ports)) != len(ports):
        raise ValidationError("EndpointTarget", "ports", list(ports), "lists a port twice")
    return tuple(ports)


def elasticache_service_name(scope: Construct, site: Site, *, fips: bool) -> str:
    """The ElastiCache API's endpoint service name for the stack of ``scope``
    (errors are reported at ``site``).

    With a concrete region it is a literal; with a deploy-time region the
    prefix comes from a per-partition mapping, so a stack deployed to China
    gets ``cn.com.amazonaws.REGION.elasticache``.
    """
    stack = cdk.Stack.of(scope)
    region = stack.region
    suffix = "elasticache-fips" if fips else "elasticache"
    if not is_token(region):
        china = region.startswith("cn-")
        if fips and region not in FIPS_REGIONS and not region.startswith("us-gov-"):
            where = "the China region " if china else ""
            site.fail(
                "target", "elasticache_api(fips=True)",
                f"has no FIPS endpoint in {where}{region}: ElastiCache has FIPS endpoints only in "
                f"{', '.join(sorted(FIPS_REGIONS))} and AWS GovCloud (US)",
            )
        prefix = SERVICE_PREFIX_BY_PARTITION["aws-cn" if china else "aws"]
        return f"{prefix}.{region}.{suffix}"
    mapping = stack.node.try_find_child(_MAPPING_ID)
    if mapping is None:
        mapping = cdk.CfnMapping(
            stack, _MAPPING_ID,
            mapping={partition: {"Prefix": prefix} for partition, prefix in SERVICE_PREFIX_BY_PARTITION.items()},
        )
    partition, region, _ = pseudo_parameters()
    prefix_token = mapping.find_in_map(partition, "Prefix")  # type: ignore[attr-defined]
    return f"{prefix_token}.{region}.{suffix}"


_DESCRIPTIONS: Final = {
    "aws-service": "Interface endpoint for the ElastiCache API",
    "endpoint-service": "Interface endpoint for an endpoint service",
    "resource-configuration": "Resource endpoint for a shared resource configuration",
}

# Private DNS claims per VPC and service: (vpc ref, key) -> construct path.
_PRIVATE_DNS: dict[tuple[str, str], str] = {}


def _policy_document(site: Site, policy: EndpointPolicy | None, target: EndpointTarget) -> dict[str, Any] | None:
    """The endpoint policy as JSON (validated); only the ElastiCache API's endpoint takes one."""
    if policy is None:
        return None
    if not isinstance(policy, EndpointPolicy):
        site.fail("policy", policy, "must be an EndpointPolicy")
    if target.kind != "aws-service":
        site.fail(
            "policy", "EndpointPolicy",
            f"has no effect on a {target.kind} endpoint: AWS allows full access through endpoints to "
            f"services other than AWS services; control access on the provider's side",
        )
    try:
        return policy.to_json()
    except ValidationError as error:
        site.fail(f"policy.{error.prop}", error.value, error.rule)


def _check_private_dns_claim(site: Site, claim: tuple[str, str]) -> None:
    """Only one endpoint per VPC may enable private DNS for a service."""
    first = _PRIVATE_DNS.get(claim)
    if first is not None:
        site.fail(
            "private_dns_enabled", True,
            f"conflicts with {first}, which already enables private DNS for {claim[1]} in this "
            f"VPC: only one endpoint per VPC may; set private_dns_enabled=False on one of them and use its "
            f"VPC_Endpoint_ID.{claim[1]}.REGION.vpce.amazonaws.com name",
        )


def _peers(
    site: Site, vpc: ec2.IVpc, allowed_peers: Sequence[ec2.IPeer] | None,
) -> list[tuple[ec2.IPeer | None, str | None]]:
    """Who may connect, as (peer, None) pairs, or (None, the VPC's CIDR block) by default."""
    if allowed_peers is not None:
        return [(peer, None) for peer in allowed_peers]
    try:
        cidr = vpc.vpc_cidr_block
    except RuntimeError:
        site.fail("allowed_peers", None, "must be given: the VPC's CIDR block is unknown (imported without it)")
    return [(None, cidr)]


def _core_props(
    vpc: ec2.IVpc, target: EndpointTarget, security_groups: Sequence[ec2.ISecurityGroup] | None,
    peers: list[tuple[ec2.IPeer | None, str | None]], endpoint_properties: dict[str, Any],
) -> CoreInterfaceEndpointProps:
    """What the JavaScript half is made from: the endpoint, and its security group open on the target's
    ports to the peers."""
    return plain(CoreInterfaceEndpointProps(
        vpc=vpc,
        securityGroupDescription=_DESCRIPTIONS[target.kind],
        securityGroups=list(security_groups) if security_groups else None,
        defaultPorts=[target.ports[0]],
        ingress=[plain(CoreRule(peer=peer, cidr=cidr, port=port, description=f"{target.kind} port {port}"))
                 for peer, cidr in peers for port in target.ports],
        endpointProperties=endpoint_properties,
        publicName="InterfaceEndpoint",  # what aws-cdk-lib calls it in tree.json and reports
    ))


class InterfaceEndpoint(core.CoreInterfaceEndpoint):
    """An interface VPC endpoint with its own security group.

    Ingress is opened only on the target's ports and only from
    ``allowed_peers`` (default: the VPC's CIDR block) -- never from
    ``0.0.0.0/0`` unless you pass ``ec2.Peer.any_ipv4()`` yourself.

    The construct, its security group and rules, its ``connections`` and the
    ``AWS::EC2::VPCEndpoint`` are made in one jsii call; ``connections`` is an
    ``ec2.IConnectable`` on both sides of jsii (``fn.connections.allow_to_default_port(endpoint)``
    works), with the target's first port as its default port.

    Example::

        api = elasticache.InterfaceEndpoint(self, "ElastiCacheApi", vpc=vpc,
                                            target=elasticache.EndpointTarget.elasticache_api())
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: ec2.IVpc,
        target: EndpointTarget,
        subnets: ec2.SubnetSelection | None = None,
        security_groups: Sequence[ec2.ISecurityGroup] | None = None,
        private_dns_enabled: bool | None = None,
        policy: EndpointPolicy | None = None,
        allowed_peers: Sequence[ec2.IPeer] | None = None,
    ) -> None:
        """
        :param vpc: the VPC to place the endpoint in.
        :param target: what to connect to (:class:`EndpointTarget`).
        :param subnets: where its network interfaces go (one per AZ).
            Default: private subnets with egress, otherwise isolated subnets.
        :param security_groups: extra security groups to attach. Default: none
            (a dedicated one is always created).
        :param private_dns_enabled: resolve the service's default DNS name (a
            resource configuration's custom domain) to the endpoint. Default: True
            for the ElastiCache API, False otherwise. Only one endpoint per VPC may
            enable it for a service.
        :param policy: endpoint policy (ElastiCache API only: AWS allows full
            access through endpoints to other services). Default: none (full
            access, the service default).
        :param allowed_peers: who may connect. Default: the VPC's CIDR block.
        """
        site = Site(scope, id)
        if not isinstance(target, EndpointTarget):
            site.fail("target", target, "must be an EndpointTarget, e.g. EndpointTarget.elasticache_api()")
        if vpc is None:
            site.fail("vpc", None, "is required")
        is_resource = target.kind == "resource-configuration"
        if private_dns_enabled is None:
            private_dns_enabled = target.kind == "aws-service"
        document = _policy_document(site, policy, target)
        claim = (jsii_ref(vpc), target.private_dns_key)
        if private_dns_enabled:
            _check_private_dns_claim(site, claim)

        if allowed_peers is not None and not list(allowed_peers):
            site.fail("allowed_peers", [], "is empty: nobody could connect")

        # every check that can fail runs before anything is added to the tree
        subnet_ids = _network.subnet_ids(site, vpc, subnets, prop="subnets", user="an interface endpoint")
        peers = _peers(site, vpc, allowed_peers)
        if target.kind == "aws-service":
            service_name: str | None = elasticache_service_name(scope, site, fips=target.fips)
        else:
            service_name = target.service_name

        endpoint_properties = plain(
            vpcEndpointType="Resource" if is_resource else "Interface",
            serviceName=service_name,
            resourceConfigurationArn=target.resource_configuration_arn,
            subnetIds=subnet_ids,
            privateDnsEnabled=(private_dns_enabled or None) if is_resource else private_dns_enabled,
            policyDocument=document,
        )
        props = _core_props(vpc, target, security_groups, peers, endpoint_properties)
        core.CoreInterfaceEndpoint.__init__(self, scope, id, props)
        self.target = target
        """What the endpoint connects to."""
        self.private_dns_enabled = private_dns_enabled
        """Whether the service's default DNS name resolves to this endpoint."""
        self.service_name = service_name
        """The endpoint service name (None for resource endpoints)."""
        self.policy = policy
        """The endpoint policy (None: full access, the service default)."""
        self.vpc = vpc
        """The VPC the endpoint is in."""
        if private_dns_enabled:
            _PRIVATE_DNS[claim] = self.node.path

    @cached_property
    def connections(self) -> ec2.Connections:
        """Network access to the endpoint (default port: the target's first port).
        The JavaScript side's object, read once."""
        return js_get(self, "connections")  # type: ignore[no-any-return]

    @cached_property
    def security_group(self) -> ec2.SecurityGroup:
        """The endpoint's dedicated security group (read once)."""
        return js_get(self, "securityGroup")  # type: ignore[no-any-return]

    @cached_property
    def _resource(self) -> ec2.CfnVPCEndpoint:
        return js_get(self, "cfnVpcEndpoint")  # type: ignore[no-any-return]

    @cached_property
    def vpc_endpoint_id(self) -> str:
        """The endpoint's id (``vpce-...``)."""
        return self._resource.ref

    @cached_property
    def dns_entries(self) -> list[str]:
        """The endpoint's DNS entries (``HOSTED_ZONE_ID:DNS_NAME``)."""
        return self._resource.attr_dns_entries

    @property
    def regional_dns_name(self) -> str:
        """The endpoint's regional DNS name, ``VPC_Endpoint_ID.SERVICE.REGION.vpce.amazonaws.com``
        (what clients use when private DNS is off)."""
        return cdk.Fn.select(1, cdk.Fn.split(":", cdk.Fn.select(0, self.dns_entries)))

    @property
    def consumer_principal_arn(self) -> str:
        """The account root ARN of the stack's account, in its partition: the
        principal to allow on the provider's side (e.g. Redis Cloud's PrivateLink
        principals)."""
        partition, _, account = pseudo_parameters()
        return f"arn:{partition}:iam::{account}:root"

    def add_outputs(self) -> None:
        """Stack outputs: endpoint id, DNS entries, and for non-AWS targets the
        principal ARN to register with the provider."""
        cdk.CfnOutput(self, "EndpointId", value=self.vpc_endpoint_id, description="VPC endpoint id")
        if self.target.kind != "resource-configuration":
            cdk.CfnOutput(self, "DnsEntries", value=cdk.Fn.join(",", self.dns_entries),
                          description="DNS entries (hosted zone id:DNS name)")
        if self.target.kind != "aws-service":
            cdk.CfnOutput(self, "ConsumerPrincipalArn", value=self.consumer_principal_arn,
                          description="Principal to allow on the provider side (e.g. Redis Cloud PrivateLink)")
