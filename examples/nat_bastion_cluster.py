"""Reach a cluster-mode-enabled Valkey group from outside AWS, for development:
a NAT bastion that discovers the group's nodes through the ElastiCache API
(an interface endpoint: the VPC has no NAT gateway), forwards one public port
per node, follows failovers and replacements, and publishes its node table to
an SSM parameter for the client's address remap
(``python -m elasticache_kit bastion-nodes --parameter ...``)."""

from __future__ import annotations

from typing import Any

from aws_cdk import Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_logs as logs
from constructs import Construct

import elasticache_kit as elasticache
from examples._network import acknowledge, acknowledge_in, add_flow_log
from examples.cluster_mode_group import logs_key

#: The developer's address (a documentation address: replace it with yours).
TRUSTED_CLIENT = "198.51.100.27/32"


class NatBastionClusterStack(Stack):
    """VPC (public + isolated subnets, no NAT gateway) + three-shard Valkey group + bastion with node discovery."""

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(
            self, "Vpc", max_azs=2, nat_gateways=0,
            subnet_configuration=[
                ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24,
                                        map_public_ip_on_launch=False),
                ec2.SubnetConfiguration(name="cache", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=24),
            ],
        )
        add_flow_log(vpc)
        acknowledge_in(vpc, ("HIPAA.Security", "PCI.DSS.321", "NIST.800.53.R5"), "VPCNoUnrestrictedRouteToIGW",
                       "The NAT bastion's public subnet must route to the internet gateway: that is how clients "
                       "reach it.")
        key = logs_key(self, "Encrypts the orders group, its AUTH token and its logs")
        group = elasticache.ClusterReplicationGroup(
            self, "Orders", vpc=vpc, replication_group_id="orders", num_node_groups=3, replicas_per_node_group=1,
            generate_auth_token=True, auth_token_encryption_key=key, kms_key=key, snapshot_retention_limit=15,
            logs=[
                elasticache.LogDelivery.slow_log(retention=logs.RetentionDays.ONE_YEAR, encryption_key=key),
                elasticache.LogDelivery.engine_log(retention=logs.RetentionDays.ONE_YEAR, encryption_key=key),
            ],
        )
        bastion = elasticache.NatBastion(self, "Bastion", vpc=vpc, trusted_cidrs=[TRUSTED_CLIENT])
        # ports 7000 (configuration endpoint) and 7001-7006 (the six nodes), two spare for scaling out
        bastion.forward_replication_group(group, first_public_port=7000, port_count=9)
        rotation = ("ElastiCache rotates an AUTH token only through ModifyReplicationGroup with "
                    "AuthTokenUpdateStrategy; there is no Secrets Manager rotation function for it.")
        acknowledge(
            group,
            ("AwsSolutions-SMG4", rotation),
            *((f"{pack}-SecretsManagerRotationEnabled", rotation)
              for pack in ("HIPAA.Security", "NIST.800.53.R5", "PCI.DSS.321")),
        )
