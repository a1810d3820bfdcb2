"""A cluster-mode-enabled Valkey group: three shards of a primary and a replica,
encrypted at rest with a customer managed key, slow and engine logs delivered
to CloudWatch Logs groups encrypted with the same key, events to an SNS topic,
and online resharding when ``num_node_groups`` changes."""

from __future__ import annotations

from typing import Any

from aws_cdk import Aws, CfnOutput, RemovalPolicy, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs
from aws_cdk import aws_sns as sns
from constructs import Construct

import elasticache_kit as elasticache
from examples._network import NIST_HIPAA_PCI, acknowledge, isolated_vpc, limit_grants_to_aws_services


def logs_key(scope: Construct, description: str) -> kms.Key:
    """A customer managed key that CloudWatch Logs may use for this account's log groups."""
    key = kms.Key(scope, "Key", enable_key_rotation=True, removal_policy=RemovalPolicy.RETAIN, description=description)
    key.add_to_resource_policy(iam.PolicyStatement(
        principals=[iam.ServicePrincipal(f"logs.{Aws.REGION}.amazonaws.com")],
        actions=["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
        resources=["*"],
        conditions={"ArnLike": {"kms:EncryptionContext:aws:logs:arn":
                                f"arn:{Aws.PARTITION}:logs:{Aws.REGION}:{Aws.ACCOUNT_ID}:log-group:*"}},
    ))
    limit_grants_to_aws_services(key)
    return key


class ClusterModeGroupStack(Stack):
    """Valkey, cluster mode enabled, three shards, customer key, log delivery."""

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        vpc = isolated_vpc(self)
        key = logs_key(self, "Encrypts the sessions group and its logs")
        topic = sns.Topic(self, "Events", enforce_ssl=True)  # ElastiCache cannot publish to encrypted topics
        acknowledge(
            topic,
            ("AwsSolutions-SNS2", "ElastiCache cannot publish events to an encrypted SNS topic (Event Notifications "
                                  "and Amazon SNS); the events carry no cache data."),
            *((f"{pack}-SNSEncryptedKMS", "ElastiCache cannot publish events to an encrypted SNS topic; the events "
                                          "carry no cache data.") for pack in NIST_HIPAA_PCI),
        )
        group = elasticache.ClusterReplicationGroup(
            self, "Sessions", vpc=vpc, replication_group_id="sessions",
            cache_node_type="cache.r7g.large", num_node_groups=3, replicas_per_node_group=1,
            generate_auth_token=True, auth_token_encryption_key=key, kms_key=key, notification_topic=topic,
            snapshot_retention_limit=15,
            logs=[
                elasticache.LogDelivery.slow_log(retention=logs.RetentionDays.ONE_YEAR, encryption_key=key),
                elasticache.LogDelivery.engine_log(retention=logs.RetentionDays.ONE_YEAR, encryption_key=key),
            ],
        )
        acknowledge(
            group,
            ("AwsSolutions-SMG4", "ElastiCache rotates an AUTH token only through ModifyReplicationGroup with "
                                  "AuthTokenUpdateStrategy; there is no Secrets Manager rotation function for it."),
            ("HIPAA.Security-SecretsManagerRotationEnabled", "AUTH tokens rotate through ModifyReplicationGroup, "
                                                             "not a Secrets Manager rotation function."),
            ("NIST.800.53.R5-SecretsManagerRotationEnabled", "AUTH tokens rotate through ModifyReplicationGroup, "
                                                             "not a Secrets Manager rotation function."),
            ("PCI.DSS.321-SecretsManagerRotationEnabled", "AUTH tokens rotate through ModifyReplicationGroup, "
                                                          "not a Secrets Manager rotation function."),
        )
        CfnOutput(self, "ConfigurationEndpoint", value=group.configuration_endpoint_address)
