"""The network the example stacks share."""

from __future__ import annotations

from aws_cdk import Acknowledgment, Validations
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
    add_flow_log(vpc)
    return vpc


def acknowledge(scope: Construct, *rules: tuple[str, str]) -> None:
    """Acknowledge cdk-nag rules on ``scope``, each with its reason."""
    Validations.of(scope).acknowledge(*(Acknowledgment(id=rule, reason=reason) for rule, reason in rules))


def add_flow_log(vpc: ec2.Vpc) -> None:
    """VPC flow logs to CloudWatch Logs, with the examples' reasons for what they leave as CDK makes it."""
    flow_log = vpc.add_flow_log("FlowLog")
    acknowledge(
        flow_log,
        ("NIST.800.53.R5-CloudWatchLogGroupEncrypted",
         "Example flow logs: CloudWatch Logs encrypts them at rest with AWS owned keys; use a CMK in production."),
        ("NIST.800.53.R5-IAMNoInlinePolicy",
         "CDK's flow-log role carries its one least-privilege statement as an inline default policy."),
    )
    acknowledge(
        vpc,
        ("NIST.800.53.R5-VPCDefaultSecurityGroupClosed",
         "Nothing uses the default security group: every construct here gets a dedicated one."),
    )
