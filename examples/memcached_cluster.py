"""A node-based Memcached cluster: three nodes across AZs, TLS, opened to one
application security group."""

from __future__ import annotations

from typing import Any

from aws_cdk import CfnOutput, Stack
from aws_cdk import aws_ec2 as ec2
from constructs import Construct

import elasticache_kit as elasticache
from examples._network import acknowledge, isolated_vpc


class MemcachedClusterStack(Stack):
    """Memcached 1.6 cluster of three nodes; clients in ``AppSecurityGroup`` may connect."""

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        vpc = isolated_vpc(self)
        cluster = elasticache.MemcachedCluster(self, "Sessions", vpc=vpc, num_cache_nodes=3,
                                               cache_node_type="cache.t4g.small")
        acknowledge(cluster, ("AwsSolutions-AEC5",
                              "The default port is no weakness: only the application's security group may connect, "
                              "over TLS."))
        clients = ec2.SecurityGroup(self, "AppSecurityGroup", vpc=vpc, description="Application servers",
                                    allow_all_outbound=False)
        cluster.connections.allow_default_port_from(clients, "Application servers")
        CfnOutput(self, "ConfigurationEndpoint", value=cluster.configuration_endpoint_address)
