"""A Memcached serverless cache opened to one application security group."""

from __future__ import annotations

from typing import Any

from aws_cdk import Stack
from aws_cdk import aws_ec2 as ec2
from constructs import Construct

import elasticache_kit as elasticache
from examples._network import acknowledge, isolated_vpc


class MemcachedCacheStack(Stack):
    """Memcached 1.6 serverless cache; clients in ``AppSecurityGroup`` may connect."""

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        vpc = isolated_vpc(self)
        cache = elasticache.ServerlessCache(self, "Cache", vpc=vpc, engine=elasticache.CacheEngine.MEMCACHED_1_6)
        acknowledge(cache, ("ElastiCacheChecks::EC-SC3",
                            "Example cache of data the application can rebuild: an AWS owned key is enough."))
        clients = ec2.SecurityGroup(
            self, "AppSecurityGroup", vpc=vpc, description="Application servers", allow_all_outbound=False
        )
        cache.connections.allow_default_port_from(clients, "Application servers")
