"""Reach a Valkey serverless cache from outside AWS, for development: a NAT
bastion with an Elastic IP forwarding from one trusted client address."""

from __future__ import annotations

from typing import Any

from aws_cdk import Stack
from aws_cdk import aws_ec2 as ec2
from constructs import Construct

import elasticache_kit as elasticache
from examples._network import acknowledge, acknowledge_in, add_flow_log

#: The developer's address (a documentation address: replace it with yours).
TRUSTED_CLIENT = "198.51.100.27/32"


class NatBastionStack(Stack):
    """VPC (public + isolated subnets, no NAT gateway) + Valkey cache + bastion."""

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(
            self,
            "Vpc",
            max_azs=2,
            nat_gateways=0,
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
        # the forwarded cache authenticates its clients: an IAM user in its user group
        app_user = elasticache.IamUser(self, "AppUser", user_id="app-iam",
                                       access_control=elasticache.AccessControl.read_write("app:*"))
        cache = elasticache.ServerlessCache(self, "Cache", vpc=vpc, engine=elasticache.CacheEngine.VALKEY_8,
                                            user_group=elasticache.UserGroup(self, "Users", users=[app_user]))
        bastion = elasticache.NatBastion(self, "Bastion", vpc=vpc, trusted_cidrs=[TRUSTED_CLIENT])
        bastion.forward_cache(cache)
        acknowledge(
            cache,
            ("ElastiCacheChecks::EC-SC2", "Development example with throwaway data: no backups."),
            ("ElastiCacheChecks::EC-SC3", "Development example with throwaway data: an AWS owned key is enough."),
        )
