"""The CDK app of the example stacks, checked by every cdk-nag pack
(AwsSolutions, HIPAA Security, PCI DSS 3.2.1, NIST 800-53 rev 4 and rev 5,
Serverless) and by AWS Control Tower's proactive guard rules (cfn-guard).
elasticache_kit's own ElastiCache checks run too.

``make synth`` runs it through ``npx cdk synth``; tests build it in process.
"""

from __future__ import annotations

import os

# Node 20 is end-of-life: jsii prints a banner unless silenced, and reads this when the kernel starts
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from aws_cdk import App, Validations  # noqa: E402
from cdk_nag import (
    AwsSolutionsChecks,
    HIPAASecurityChecks,
    NIST80053R4Checks,
    NIST80053R5Checks,
    PCIDSS321Checks,
    ServerlessChecks,
)
from cdklabs.cdk_validator_cfnguard import CfnGuardValidator

from elasticache_kit.checks import ElastiCacheChecks
from examples.api_endpoint import ElastiCacheApiEndpointStack
from examples.cluster_mode_group import ClusterModeGroupStack
from examples.global_datastore import build as build_global_datastore
from examples.iam_auth import IamAuthStack
from examples.memcached_cache import MemcachedCacheStack
from examples.memcached_cluster import MemcachedClusterStack
from examples.monitoring import MonitoringStack
from examples.nat_bastion import NatBastionStack
from examples.nat_bastion_cluster import NatBastionClusterStack
from examples.public_cache import PublicCacheStack
from examples.redis_cloud_endpoint import RedisCloudEndpointStack
from examples.redis_cloud_private_link import RedisCloudPrivateLinkStack
from examples.replication_group import ReplicationGroupStack
from examples.valkey_cache import ValkeyCacheStack


def build_app(app: App | None = None) -> App:
    """Add every example stack, the cdk-nag checks and the ElastiCache checks to ``app``."""
    # no construct stack traces in the tree: the validation report would print each one as a line of jsii's
    # bundled kernel (program.js), which says nothing about the user's code
    app = app or App(stack_traces=False)
    ValkeyCacheStack(app, "ValkeyCacheExample")
    MemcachedCacheStack(app, "MemcachedCacheExample")
    ElastiCacheApiEndpointStack(app, "ElastiCacheApiEndpointExample")
    RedisCloudEndpointStack(app, "RedisCloudEndpointExample")
    RedisCloudPrivateLinkStack(app, "RedisCloudPrivateLinkExample")
    NatBastionStack(app, "NatBastionExample")
    NatBastionClusterStack(app, "NatBastionClusterExample")
    IamAuthStack(app, "IamAuthExample")
    ReplicationGroupStack(app, "ReplicationGroupExample")
    ClusterModeGroupStack(app, "ClusterModeGroupExample")
    MemcachedClusterStack(app, "MemcachedClusterExample")
    MonitoringStack(app, "MonitoringExample")
    build_global_datastore(app)  # GlobalDatastorePrimaryExample (us-east-1), GlobalDatastoreSecondaryExample (eu-west-1)
    PublicCacheStack(app, "PublicCacheExample")
    add_checks(app)
    return app


def add_checks(app: App) -> None:
    """Add every check the examples are kept clean under to ``app``: the six
    cdk-nag packs, Control Tower's guard rules and the ElastiCache checks."""
    Validations.of(app).add_plugins(
        AwsSolutionsChecks(app), HIPAASecurityChecks(app), PCIDSS321Checks(app), NIST80053R4Checks(app),
        NIST80053R5Checks(app), ServerlessChecks(app), CfnGuardValidator(), ElastiCacheChecks(),
    )


if __name__ == "__main__":
    build_app().synth()
