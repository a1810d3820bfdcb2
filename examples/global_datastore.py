"""A Valkey global datastore across two regions: a cluster-mode-enabled primary
in us-east-1 with a generated AUTH token, and a secondary in eu-west-1 that
joins it and inherits engine, version, node type, encryption and AUTH.

One stack per region. The secondary names the datastore's id, which the
service makes at deploy time; CDK carries it across regions
(``cross_region_references=True`` on the secondary's stack: an SSM parameter
in eu-west-1 written by a custom resource in us-east-1). Stacks with a region
need an account: a fixed dummy account, and the stacks take their Availability
Zones from CloudFormation (``Fn::GetAZs``) instead of a context lookup, so
``cdk synth`` needs no AWS credentials. Deploy with your own account in
``GLOBAL_DATASTORE_ACCOUNT``.

Promote the secondary (regional failover) with::

    aws elasticache failover-global-replication-group --global-replication-group-id ID \\
        --primary-region eu-west-1 --primary-replication-group-id orders-eu
"""

from __future__ import annotations

import os
from typing import Any

from aws_cdk import CfnOutput, Environment, Fn, Stack
from aws_cdk import aws_logs as logs
from constructs import Construct

import elasticache_kit as elasticache
from examples._network import acknowledge, acknowledge_in, isolated_vpc
from examples.cluster_mode_group import logs_key

#: The account of both stacks: a dummy unless set (synth looks nothing up in it).
ACCOUNT = os.environ.get("GLOBAL_DATASTORE_ACCOUNT", "111111111111")
PRIMARY_REGION = "us-east-1"
SECONDARY_REGION = "eu-west-1"

_ROTATION = "AUTH tokens rotate through ModifyReplicationGroup, not a Secrets Manager rotation function."
_INHERITED = ("A global datastore secondary inherits {what} from the primary (us-east-1), which sets it; "
              "ElastiCache refuses the property on a secondary.")


class _RegionalStack(Stack):
    """A stack with an explicit account and region whose Availability Zones are CloudFormation's
    ``Fn::GetAZs`` (the first two), as in an environment-agnostic stack: no context lookup, so
    ``cdk synth`` needs no AWS credentials, and no hard-coded zone names in the template."""

    @property
    def availability_zones(self) -> list[str]:
        """The region's first two zones, resolved by CloudFormation at deploy time."""
        return [Fn.select(0, Fn.get_azs()), Fn.select(1, Fn.get_azs())]


class GlobalDatastorePrimaryStack(_RegionalStack):
    """The primary region: the primary group and the global datastore."""

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, env=Environment(account=ACCOUNT, region=PRIMARY_REGION), **kwargs)
        vpc = isolated_vpc(self)
        key = logs_key(self, "Encrypts the orders group, its AUTH token and its logs")
        primary = elasticache.ClusterReplicationGroup(
            self, "Orders", vpc=vpc, replication_group_id="orders", cache_node_type="cache.r7g.large",
            num_node_groups=2, replicas_per_node_group=1, generate_auth_token=True, auth_token_encryption_key=key,
            kms_key=key, snapshot_retention_limit=15,
            logs=[elasticache.LogDelivery.slow_log(retention=logs.RetentionDays.ONE_YEAR, encryption_key=key)],
        )
        acknowledge(
            primary,
            ("AwsSolutions-SMG4", "ElastiCache rotates an AUTH token only through ModifyReplicationGroup with "
                                  "AuthTokenUpdateStrategy; there is no Secrets Manager rotation function for it."),
            *((f"{pack}-SecretsManagerRotationEnabled", _ROTATION)
              for pack in ("HIPAA.Security", "NIST.800.53.R5", "PCI.DSS.321")),
        )
        self.datastore = elasticache.GlobalDatastore(self, "Global", primary=primary,
                                                     global_replication_group_id_suffix="orders")
        _acknowledge_export_handler(self, "writer")
        CfnOutput(self, "GlobalDatastoreId", value=self.datastore.global_replication_group_id)
        CfnOutput(self, "PrimaryConfigurationEndpoint", value=primary.configuration_endpoint_address)


class GlobalDatastoreSecondaryStack(_RegionalStack):
    """The secondary region: a group that joins the datastore."""

    def __init__(self, scope: Construct, id: str, *, datastore: elasticache.GlobalDatastore, **kwargs: Any) -> None:
        super().__init__(scope, id, env=Environment(account=ACCOUNT, region=SECONDARY_REGION),
                         cross_region_references=True, **kwargs)
        vpc = isolated_vpc(self)
        secondary = elasticache.ClusterReplicationGroup(
            self, "OrdersEu", vpc=vpc, replication_group_id="orders-eu", replicas_per_node_group=1,
            global_datastore=datastore,
        )
        acknowledge(
            secondary,
            ("AwsSolutions-AEC6", _INHERITED.format(what="the AUTH token")),
            ("AwsSolutions-AEC3", _INHERITED.format(what="encryption at rest and in transit")),
            ("AwsSolutions-AEC5", _INHERITED.format(what="the port")),
        )
        acknowledge_in(secondary, ("HIPAA.Security", "NIST.800.53.R4", "NIST.800.53.R5"),
                       "ElastiCacheRedisClusterAutomaticBackup",
                       _INHERITED.format(what="its snapshot settings (15 days of automatic backups)"))
        _acknowledge_export_handler(self, "reader")
        CfnOutput(self, "SecondaryConfigurationEndpoint", value=secondary.configuration_endpoint_address)


def _acknowledge_export_handler(stack: Stack, role: str) -> None:
    """Control Tower's Lambda-in-VPC rule on aws-cdk-lib's cross-region export handler.

    CDK creates the handler while it resolves the reference, after this code runs, so the
    acknowledgement is on the stack: the handler is the only Lambda function in it.
    """
    acknowledge(stack, ("cdk-validator-cfnguard::lambda_inside_vpc_check",
                        f"The only Lambda function in this stack is aws-cdk-lib's cross-region export {role} "
                        "(cross_region_references=True), which calls SSM's regional API and reaches no VPC resource."))


def build(scope: Construct) -> tuple[GlobalDatastorePrimaryStack, GlobalDatastoreSecondaryStack]:
    """The two stacks of the example."""
    primary = GlobalDatastorePrimaryStack(scope, "GlobalDatastorePrimaryExample")
    secondary = GlobalDatastoreSecondaryStack(scope, "GlobalDatastoreSecondaryExample", datastore=primary.datastore)
    return primary, secondary

