"""IAM authentication end to end: a role that may connect to a Valkey cache as
an IAM-enabled user, with exactly `elasticache:Connect` on the cache and the user.

A client running with that role connects like this (redis-py, TLS required)::

    import redis
    from elasticache_kit.auth import IamAuthCredentialProvider

    provider = IamAuthCredentialProvider("app-iam", CACHE_NAME)   # fresh 15-minute tokens
    client = redis.Redis(host=ENDPOINT, port=6379, ssl=True, credential_provider=provider)
    client.ping()
"""

from __future__ import annotations

from typing import Any

from aws_cdk import CfnOutput, Stack
from aws_cdk import aws_iam as iam
from constructs import Construct

import elasticache_kit as elasticache
from examples._network import NIST_HIPAA_PCI, acknowledge, acknowledge_in, isolated_vpc


class IamAuthStack(Stack):
    """Valkey cache whose only enabled user authenticates with IAM."""

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        app_user = elasticache.IamUser(self, "AppUser", user_id="app-iam",
                                       access_control=elasticache.AccessControl.read_write("app:*"))
        group = elasticache.UserGroup(self, "Users", users=[app_user])  # valkey groups need no default user
        cache = elasticache.ServerlessCache(self, "Cache", vpc=isolated_vpc(self), user_group=group)
        acknowledge(
            cache,
            ("ElastiCacheChecks::EC-SC2", "The example shows IAM authentication; its cache holds no data worth a backup."),
            ("ElastiCacheChecks::EC-SC3", "The example shows IAM authentication; an AWS owned key is enough for it."),
        )
        function_role = iam.Role(self, "FunctionRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
                                 description="Role of the application function that connects as app-iam")
        cache.grant_connect_as(function_role, app_user)
        acknowledge_in(function_role, NIST_HIPAA_PCI, "IAMNoInlinePolicy",
                       "CDK grants add exact-ARN statements to the role's default (inline) policy.")
        CfnOutput(self, "CacheName", value=cache.serverless_cache_name)
        CfnOutput(self, "Endpoint", value=cache.serverless_cache_endpoint_address)
