"""Operations: AWS's recommended alarms on a cluster-mode-enabled Valkey group
(every node: engine CPU, memory, connections, evictions, network allowances,
replication lag) and on a serverless cache with usage limits (ECPUs and
storage as a share of the limits, throttling, latency, connections), one
composite alarm per cache, notifications to an encrypted SNS topic, and one
dashboard of both caches with their alarms' states."""

from __future__ import annotations

from typing import Any

from aws_cdk import Size, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from aws_cdk import aws_sns as sns
from constructs import Construct

import elasticache_kit as elasticache
from examples._network import acknowledge, isolated_vpc
from examples.cluster_mode_group import logs_key


class MonitoringStack(Stack):
    """Two caches, their recommended alarms, and a dashboard."""

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        vpc = isolated_vpc(self)
        key = logs_key(self, "Encrypts the caches, their logs, the AUTH token and the alarm topic")
        # CloudWatch publishes alarm notifications to an encrypted topic when the key lets it
        key.add_to_resource_policy(iam.PolicyStatement(
            principals=[iam.ServicePrincipal("cloudwatch.amazonaws.com")],
            actions=["kms:Decrypt", "kms:GenerateDataKey*"], resources=["*"],
        ))
        topic = sns.Topic(self, "Alarms", master_key=key, enforce_ssl=True)

        orders = elasticache.ClusterReplicationGroup(
            self, "Orders", vpc=vpc, replication_group_id="orders", cache_node_type="cache.r7g.large",
            num_node_groups=2, replicas_per_node_group=1, generate_auth_token=True,
            auth_token_encryption_key=key, kms_key=key, snapshot_retention_limit=15,
            logs=[elasticache.LogDelivery.slow_log(retention=logs.RetentionDays.ONE_YEAR, encryption_key=key)],
        )
        acknowledge(
            orders,
            ("AwsSolutions-SMG4", "ElastiCache rotates an AUTH token only through ModifyReplicationGroup with "
                                  "AuthTokenUpdateStrategy; there is no Secrets Manager rotation function for it."),
            *((f"{pack}-SecretsManagerRotationEnabled", "AUTH tokens rotate through ModifyReplicationGroup, "
                                                         "not a Secrets Manager rotation function.")
              for pack in ("HIPAA.Security", "NIST.800.53.R5", "PCI.DSS.321")),
        )
        carts = elasticache.ServerlessCache(
            self, "Carts", vpc=vpc, engine=elasticache.CacheEngine.MEMCACHED_1_6, serverless_cache_name="carts",
            kms_key=key, cache_usage_limits=elasticache.CacheUsageLimits(
                data_storage_maximum_size=Size.gibibytes(20), request_rate_limit_maximum=100_000),
        )

        # one line per cache: every alarm notifies the topic on ALARM and OK; page on the composite
        orders.add_recommended_alarms(actions=[topic], composite_actions=[topic])
        carts.add_recommended_alarms(
            actions=[topic], thresholds=elasticache.AlarmThresholds(read_latency_microseconds=2_000))
        elasticache.CacheDashboard(self, "Dashboard", caches=[orders, carts], dashboard_name="elasticache-kit-example")
