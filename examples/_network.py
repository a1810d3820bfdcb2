"""The network the example stacks share."""

from __future__ import annotations

from aws_cdk import aws_ec2 as ec2
from constructs import Construct

#: The examples' VPC address range, known at synth so security group rules can
#: name it literally (cdk-nag cannot judge a rule whose source is a token).
VPC_CIDR = "10.0.0.0/16"


def isolated_vpc(scope: Construct) -> ec2.Vpc:
    """Two AZs of isolated subnets with flow logs: a cache needs no internet access or NAT."""
    vpc = ec2.Vpc(
        scope,
        "Vpc",
        ip_addresses=ec2.IpAddresses.cidr(VPC_CIDR),
        max_azs=2,
        nat_gateways=0,
        subnet_configuration=[
            ec2.SubnetConfiguration(name="cache", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=24)
        ],
    )
    vpc.add_flow_log("FlowLog")
    return vpc
