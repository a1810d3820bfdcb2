"""Private access to the ElastiCache API: an interface endpoint whose policy
allows only the cache-management calls an application needs, and denies one
account everything."""

from __future__ import annotations

from typing import Any

from aws_cdk import Stack
from aws_cdk import aws_ec2 as ec2
from constructs import Construct

import elasticache_kit as elasticache
from elasticache_kit import ElastiCacheActions as A
from examples._network import VPC_CIDR, isolated_vpc

#: An account that must never use this endpoint (e.g. a retired sandbox).
DENIED_ACCOUNT = "111122223333"


class ElastiCacheApiEndpointStack(Stack):
    """ElastiCache API endpoint with private DNS and a least-privilege policy."""

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        vpc = isolated_vpc(self)
        policy = elasticache.EndpointPolicy.only_actions(
            A.DESCRIBE_SERVERLESS_CACHES,
            A.DESCRIBE_SERVERLESS_CACHE_SNAPSHOTS,
            A.CREATE_SERVERLESS_CACHE_SNAPSHOT,
            A.MODIFY_SERVERLESS_CACHE,
            A.LIST_TAGS_FOR_RESOURCE,
        ).deny("*", principals=elasticache.PolicyPrincipal.account(DENIED_ACCOUNT))
        endpoint = elasticache.InterfaceEndpoint(
            self, "ElastiCacheApi", vpc=vpc, target=elasticache.EndpointTarget.elasticache_api(), policy=policy,
            allowed_peers=[ec2.Peer.ipv4(VPC_CIDR)],
        )
        endpoint.add_outputs()
