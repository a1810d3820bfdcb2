"""The CDK app of the example stacks, checked by cdk-nag's AwsSolutions and
NIST 800-53 rev 5 packs and by elasticache_kit's own ElastiCache checks.

``make synth`` runs it through ``npx cdk synth``; tests build it in process.
"""

from __future__ import annotations

import os

# Node 20 is end-of-life: jsii prints a banner unless silenced, and reads this when the kernel starts
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from aws_cdk import App, Validations  # noqa: E402
from cdk_nag import AwsSolutionsChecks, NIST80053R5Checks

from elasticache_kit.checks import ElastiCacheChecks
from examples.api_endpoint import ElastiCacheApiEndpointStack
from examples.iam_auth import IamAuthStack
from examples.memcached_cache import MemcachedCacheStack
from examples.nat_bastion import NatBastionStack
from examples.redis_cloud_endpoint import RedisCloudEndpointStack
from examples.valkey_cache import ValkeyCacheStack


def build_app(app: App | None = None) -> App:
    """Add every example stack, the cdk-nag checks and the ElastiCache checks to ``app``."""
    app = app or App()
    ValkeyCacheStack(app, "ValkeyCacheExample")
    MemcachedCacheStack(app, "MemcachedCacheExample")
    ElastiCacheApiEndpointStack(app, "ElastiCacheApiEndpointExample")
    RedisCloudEndpointStack(app, "RedisCloudEndpointExample")
    NatBastionStack(app, "NatBastionExample")
    IamAuthStack(app, "IamAuthExample")
    Validations.of(app).add_plugins(AwsSolutionsChecks(app), NIST80053R5Checks(app), ElastiCacheChecks())
    return app


if __name__ == "__main__":
    build_app().synth()
