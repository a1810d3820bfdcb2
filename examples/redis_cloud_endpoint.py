"""A Redis Cloud PrivateLink consumer: a resource endpoint for the resource
configuration Redis Cloud shares with your account through AWS RAM."""

from __future__ import annotations

from typing import Any

from aws_cdk import CfnParameter, Stack
from aws_cdk import aws_ec2 as ec2
from constructs import Construct

import elasticache_kit as elasticache
from examples._network import VPC_CIDR, isolated_vpc

#: Context keys that let `cdk synth -c ...` fix the values at synth time.
ARN_CONTEXT = "redisCloudResourceConfigurationArn"
PORTS_CONTEXT = "redisCloudPorts"
#: The Redis Cloud database port clients use when no context says otherwise.
DEFAULT_PORTS = (12000,)


class RedisCloudEndpointStack(Stack):
    """Resource endpoint to a Redis Cloud database; outputs the principal to
    register on the Redis Cloud side (``POST /subscriptions/{id}/private-link/principals``)."""

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        arn = self.node.try_get_context(ARN_CONTEXT)
        if arn is None:
            arn = CfnParameter(
                self,
                "ResourceConfigurationArn",
                description="ARN of the resource configuration Redis Cloud shared with this account",
                allowed_pattern=r"arn:aws[a-z-]*:vpc-lattice:[a-z0-9-]+:\d{12}:resourceconfiguration/rcfg-[0-9a-z]+",
            ).value_as_string
        ports = self.node.try_get_context(PORTS_CONTEXT) or DEFAULT_PORTS
        endpoint = elasticache.InterfaceEndpoint(
            self,
            "RedisCloud",
            vpc=isolated_vpc(self),
            target=elasticache.EndpointTarget.resource_configuration(arn, ports=[int(p) for p in ports]),
            allowed_peers=[ec2.Peer.ipv4(VPC_CIDR)],
        )
        endpoint.add_outputs()
