"""The network the example stacks share."""

from __future__ import annotations

from aws_cdk import Acknowledgment, Aws, RemovalPolicy, Validations
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs
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


#: The cdk-nag packs whose rules come back once per pack (acknowledgements match per pack).
NIST_HIPAA_PCI = ("HIPAA.Security", "PCI.DSS.321", "NIST.800.53.R4", "NIST.800.53.R5")


def acknowledge_in(scope: Construct, packs: tuple[str, ...], rule: str, reason: str) -> None:
    """Acknowledge ``rule`` (a name without its pack prefix) in each of ``packs``."""
    acknowledge(scope, *((f"{pack}-{rule}", reason) for pack in packs))


def limit_grants_to_aws_services(key: kms.Key) -> None:
    """Let only AWS services create grants on ``key``, for AWS resources (AWS Control Tower's CT.KMS.PR.3):
    ``kms:CreateGrant`` is denied to everyone when neither ``kms:GrantIsForAWSResource`` nor
    ``aws:PrincipalIsAWSService`` is true. Nothing in these examples creates a grant of its own;
    ElastiCache, CloudWatch Logs and Secrets Manager use the keys on a caller's behalf."""
    key.add_to_resource_policy(iam.PolicyStatement(
        sid="OnlyAwsServicesCreateGrants", effect=iam.Effect.DENY, principals=[iam.AnyPrincipal()],
        actions=["kms:CreateGrant"], resources=["*"],
        conditions={"BoolIfExists": {"kms:GrantIsForAWSResource": "false", "aws:PrincipalIsAWSService": "false"}},
    ))


def add_flow_log(vpc: ec2.Vpc) -> None:
    """VPC flow logs to a CloudWatch Logs group encrypted with its own key (which
    only CloudWatch Logs may use, for this account's log groups in this region)."""
    key = kms.Key(vpc, "FlowLogKey", enable_key_rotation=True, removal_policy=RemovalPolicy.DESTROY,
                  description="Encrypts the VPC flow-log group")
    key.add_to_resource_policy(iam.PolicyStatement(
        principals=[iam.ServicePrincipal(f"logs.{Aws.REGION}.amazonaws.com")],
        actions=["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
        resources=["*"],
        conditions={"ArnLike": {"kms:EncryptionContext:aws:logs:arn":
                                f"arn:{Aws.PARTITION}:logs:{Aws.REGION}:{Aws.ACCOUNT_ID}:log-group:*"}},
    ))
    limit_grants_to_aws_services(key)
    group = logs.LogGroup(vpc, "FlowLogGroup", encryption_key=key, retention=logs.RetentionDays.ONE_YEAR,
                          removal_policy=RemovalPolicy.DESTROY)
    flow_log = vpc.add_flow_log("FlowLog", destination=ec2.FlowLogDestination.to_cloud_watch_logs(group))
    acknowledge_in(flow_log, NIST_HIPAA_PCI, "IAMNoInlinePolicy",
                   "CDK's flow-log role carries its one least-privilege statement as an inline default policy.")
    acknowledge_in(vpc, NIST_HIPAA_PCI, "VPCDefaultSecurityGroupClosed",
                   "Nothing uses the default security group: every construct here gets a dedicated one.")
