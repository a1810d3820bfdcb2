"""A Valkey 9 serverless cache with a public endpoint: no VPC, reachable from
the internet with TLS and IAM authentication only. Its user group holds one
IAM user; a role (e.g. a CI job or a laptop's SSO role) may connect as that
user, with ``elasticache:Connect`` limited to public connections by the
condition key ``elasticache:ConnectionType``.

A client connects with a token signed for the cache::

    from elasticache_kit.auth import generate_auth_token

    token = generate_auth_token(CACHE_NAME, "laptop", serverless=True)
    # valkey-cli --tls -h ENDPOINT -p 6379 --user laptop --pass "$token"
"""

from __future__ import annotations

from typing import Any

from aws_cdk import CfnOutput, RemovalPolicy, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from constructs import Construct

import elasticache_kit as elasticache
from examples._network import NIST_HIPAA_PCI, acknowledge, acknowledge_in, limit_grants_to_aws_services


class PublicCacheStack(Stack):
    """Valkey 9 serverless, public endpoint, IAM users only."""

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        user = elasticache.IamUser(self, "Laptop", user_id="laptop",
                                   access_control=elasticache.AccessControl.read_write("dev:*"))
        users = elasticache.UserGroup(self, "Users", users=[user])
        key = kms.Key(self, "Key", enable_key_rotation=True, removal_policy=RemovalPolicy.RETAIN,
                      description="Encrypts the public cache's data at rest")
        limit_grants_to_aws_services(key)
        cache = elasticache.ServerlessCache(
            self, "Cache", engine=elasticache.CacheEngine.VALKEY_9,
            connection_type=elasticache.ConnectionType.PUBLIC, user_group=users,
            serverless_cache_name="dev-public", kms_key=key, backup=elasticache.BackupSettings(backup_retention_limit=7),
        )
        # aws-cdk-lib's built-in CloudFormation validation carries an older ServerlessCache schema than
        # CfnServerlessCache itself (and cfn-lint, which the tests run on this template): it does not know
        # ConnectionType yet and reports it as an unexpected property.
        acknowledge(cache, ("CloudFormation-Validate::F3002",
                            "ConnectionType is a ServerlessCache property (CfnServerlessCache.connection_type, cfn-lint's "
                            "schema); the built-in validation's bundled schema predates it."))
        role = iam.Role(self, "Developer", assumed_by=iam.AccountRootPrincipal(),
                        description="Developers who connect to the public cache as laptop")
        cache.grant_connect_as(role, user)
        acknowledge_in(role, NIST_HIPAA_PCI, "IAMNoInlinePolicy",
                       "CDK grants add exact-ARN statements to the role's default (inline) policy.")
        CfnOutput(self, "Endpoint", value=cache.serverless_cache_endpoint_address)
