"""A Valkey replication group (cluster mode disabled) with RBAC and IAM
authentication: a primary and a replica in two AZs, TLS required, and a role
that may connect as the IAM-enabled user, with exactly ``elasticache:Connect``
on the group and the user.

A client running with that role connects like this (redis-py, TLS required)::

    import redis
    from elasticache_kit.auth import generate_auth_token

    token = generate_auth_token(GROUP_ID, "orders-app", serverless=False)
    client = redis.Redis(host=PRIMARY_ENDPOINT, port=6379, ssl=True, username="orders-app", password=token)
"""

from __future__ import annotations

from typing import Any

from aws_cdk import CfnOutput, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from constructs import Construct

import elasticache_kit as elasticache
from examples._network import NIST_HIPAA_PCI, acknowledge, acknowledge_in, isolated_vpc
from examples.cluster_mode_group import logs_key


class ReplicationGroupStack(Stack):
    """Valkey replication group, cluster mode disabled, RBAC with an IAM-enabled user."""

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        vpc = isolated_vpc(self)
        key = logs_key(self, "Encrypts the orders group and its slow log")
        app_user = elasticache.IamUser(self, "AppUser", user_id="orders-app",
                                       access_control=elasticache.AccessControl.read_write("orders:*"))
        users = elasticache.UserGroup(self, "Users", users=[app_user])
        group = elasticache.ReplicationGroup(
            self, "Orders", vpc=vpc, replication_group_id="orders", user_group=users,
            cache_node_type="cache.r7g.large", num_cache_clusters=2,
            snapshot_retention_limit=15, snapshot_window="03:00-04:00",
            preferred_maintenance_window="sun:05:00-sun:06:00",
            kms_key=key,
            logs=[elasticache.LogDelivery.slow_log(retention=logs.RetentionDays.ONE_YEAR, encryption_key=key)],
        )
        acknowledge(
            group,
            ("AwsSolutions-AEC6", "Clients authenticate as RBAC users (the user group, IAM tokens); ElastiCache takes "
                                  "an AUTH token or a user group, never both, and this rule looks only for the token."),
        )
        clients = ec2.SecurityGroup(self, "AppSecurityGroup", vpc=vpc, description="Application servers",
                                    allow_all_outbound=False)
        group.connections.allow_default_port_from(clients, "Application servers")
        role = iam.Role(self, "AppRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
                        description="Role of the application that connects as orders-app")
        group.grant_connect_as(role, app_user)
        acknowledge_in(role, NIST_HIPAA_PCI, "IAMNoInlinePolicy",
                       "CDK grants add exact-ARN statements to the role's default (inline) policy.")
        CfnOutput(self, "GroupId", value=group.replication_group_id)
        CfnOutput(self, "PrimaryEndpoint", value=group.primary_endpoint_address)
        CfnOutput(self, "ReaderEndpoint", value=group.reader_endpoint_address)
