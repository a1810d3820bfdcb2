"""A Valkey serverless cache with usage limits, daily backups, a customer
managed key, an RBAC group and an ECPU alarm."""

from __future__ import annotations

from typing import Any

from aws_cdk import Duration, Size, Stack
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from constructs import Construct

import elasticache_kit as elasticache
from examples._network import (
    NIST_HIPAA_PCI,
    VPC_CIDR,
    acknowledge,
    acknowledge_in,
    isolated_vpc,
    limit_grants_to_aws_services,
)


class ValkeyCacheStack(Stack):
    """Valkey 8 serverless cache reachable only by users of its RBAC group."""

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)

        vpc = isolated_vpc(self)
        key = kms.Key(self, "CacheKey", enable_key_rotation=True,
                      description="Encrypts the Valkey cache and its users' secrets at rest")

        # Replace the built-in default user with a disabled one (a valkey group admits only users that
        # authenticate, so it gets a generated password). Optional for a valkey group; see the README.
        disabled_default = elasticache.PasswordUser(
            self,
            "DisabledDefaultUser",
            user_id="app-default",
            user_name="default",
            access_control=elasticache.AccessControl.disabled(),
            secret_encryption_key=key,
        )
        app_user = elasticache.IamUser(
            self,
            "AppUser",
            user_id="app-iam",
            access_control=elasticache.AccessControl.read_write("app:*"),
        )
        reporting_user = elasticache.PasswordUser(
            self,
            "ReportingUser",
            user_id="reporting",
            access_control=elasticache.AccessControl.read_only("app:*"),
            secret_encryption_key=key,
        )
        group = elasticache.UserGroup(self, "Users", users=[disabled_default, app_user, reporting_user])

        cache = elasticache.ServerlessCache(
            self,
            "Cache",
            vpc=vpc,
            engine=elasticache.CacheEngine.VALKEY_8,
            description="Application cache",
            cache_usage_limits=elasticache.CacheUsageLimits(
                data_storage_maximum_size=Size.gibibytes(10),
                request_rate_limit_maximum=50_000,
            ),
            backup=elasticache.BackupSettings(
                backup_retention_limit=7,
                backup_time=events.Schedule.cron(hour="3", minute="30"),
            ),
            kms_key=key,
            user_group=group,
        )

        app_role = iam.Role(
            self,
            "AppRole",
            assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"),
            description="Application role that connects to the cache as app-iam",
        )
        app_user.grant_connect(app_role)
        cache.grant_connect(app_role)

        alarm = cache.metric_processing_units_consumed(period=Duration.minutes(1)).create_alarm(
            self,
            "EcpuAlarm",
            threshold=40_000,
            evaluation_periods=5,
            comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
            alarm_description="The cache is near its ECPU/s limit",
        )

        # The reporting user's password rotates every 30 days with the library's rotation
        # function, in the cache's isolated subnets: with no NAT, it reaches the Secrets
        # Manager and ElastiCache APIs through interface endpoints (private DNS).
        secrets_endpoint = ec2.InterfaceVpcEndpoint(
            self, "SecretsManagerEndpoint", vpc=vpc, service=ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
            open=False)
        secrets_endpoint.connections.allow_from(ec2.Peer.ipv4(VPC_CIDR), ec2.Port.tcp(443), "HTTPS from the VPC")
        elasticache.InterfaceEndpoint(
            self, "ElastiCacheApiEndpoint", vpc=vpc, target=elasticache.EndpointTarget.elasticache_api(),
            allowed_peers=[ec2.Peer.ipv4(VPC_CIDR)],
            # the VPC's clients need only what the rotation function calls
            policy=elasticache.EndpointPolicy.only_actions(elasticache.ElastiCacheActions.MODIFY_USER,
                                                           elasticache.ElastiCacheActions.DESCRIBE_USERS),
        )
        reporting_user.add_rotation(elasticache.PasswordRotation(cache=cache, schedule=Duration.days(30)))

        alarm_reason = "Example alarm: wire it to your paging or SNS topic in a real app."
        acknowledge_in(alarm, ("HIPAA.Security", "NIST.800.53.R4", "NIST.800.53.R5"), "CloudWatchAlarmAction",
                       alarm_reason)
        acknowledge(alarm, ("cdk-validator-cfnguard::cloudwatch_alarm_action_check", alarm_reason))
        limit_grants_to_aws_services(key)
        acknowledge_in(app_role, NIST_HIPAA_PCI, "IAMNoInlinePolicy",
                       "CDK grants add exact-ARN statements to the role's default (inline) policy.")
        # The disabled default user's generated secret needs no acknowledgement: PasswordUser acknowledges
        # cdk-nag's rotation rules on it (a disabled user cannot log in), and EC-RB3 leaves disabled users out.
