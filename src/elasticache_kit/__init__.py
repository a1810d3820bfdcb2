"""elasticache_kit: typed, validated AWS CDK constructs for Amazon ElastiCache.

Import it as the alpha module's drop-in::

    import elasticache_kit as elasticache

    cache = elasticache.ServerlessCache(self, "Cache", vpc=vpc)

Every public name is importable from here. The client-side helpers for IAM
authentication (auth tokens, a redis-py credential provider) are in
``elasticache_kit.auth``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._internal.lazy import lazy_exports

if TYPE_CHECKING:
    from .bastion.construct import NatBastion
    from .bastion.nodes import NodeForward
    from .bastion.script import Forward, render_apply_script, render_setup_script
    from .bastion_client import NodeTable, RefreshingRemap
    from .checks.cdk import ElastiCacheChecks
    from .checks.engine import check_template
    from .clusters.durability import Durability
    from .clusters.engine_versions import EngineVersion
    from .clusters.global_datastore import GlobalDatastore
    from .clusters.logs import LogDelivery
    from .clusters.memcached_cluster import IMemcachedCluster, MemcachedCluster, MemcachedClusterBase
    from .clusters.node_groups import NodeGroup
    from .clusters.parameter_group import IParameterGroup, ParameterGroup, ParameterGroupBase
    from .clusters.replication_group import (
        ClusterReplicationGroup,
        IReplicationGroup,
        ReplicationGroup,
        ReplicationGroupBase,
        ReplicationGroupOptions,
    )
    from .clusters.subnet_group import ISubnetGroup, SubnetGroup, SubnetGroupBase
    from .endpoints.interface_endpoint import EndpointTarget, InterfaceEndpoint
    from .endpoints.policy import (
        Effect,
        ElastiCacheActions,
        EndpointPolicy,
        EndpointPolicyStatement,
        PolicyPrincipal,
    )
    from .engines import SERVERLESS_MAJOR_VERSIONS, CacheEngine, UserEngine
    from .errors import ValidationError
    from .monitoring.alarms import RecommendedAlarms
    from .monitoring.dashboard import CacheDashboard
    from .monitoring.thresholds import AlarmThresholds
    from .rbac.access_control import ACL_CATEGORIES, AccessControl
    from .rbac.rotation import PasswordRotation
    from .rbac.user_group import IUserGroup, UserGroup, UserGroupBase
    from .rbac.users import (
        AuthenticationType,
        IamUser,
        IUser,
        NoPasswordUser,
        PasswordUser,
        UserBase,
    )
    from .redis_cloud.client import RedisCloudClient
    from .redis_cloud.construct import RedisCloudEndpoint, RedisCloudPrivateLink
    from .redis_cloud.principal import RedisCloudPrincipal
    from .serverless.cache import (
        METRIC_NAMESPACE,
        ConnectionType,
        IServerlessCache,
        MetricOptions,
        ServerlessCache,
        ServerlessCacheBase,
    )
    from .serverless.settings import BackupSettings, CacheUsageLimits, CacheUsageLimitsProperty

# Public names and the modules that define them.  A module (and, for the
# constructs, the library's JavaScript side) is loaded when one of its names is
# first used, so ``import elasticache_kit`` costs almost nothing and a program
# pays only for what it uses.
_EXPORTS: dict[str, str] = {
    "ClusterReplicationGroup": "clusters.replication_group",
    "EngineVersion": "clusters.engine_versions",
    "IMemcachedCluster": "clusters.memcached_cluster",
    "IParameterGroup": "clusters.parameter_group",
    "IReplicationGroup": "clusters.replication_group",
    "ISubnetGroup": "clusters.subnet_group",
    "LogDelivery": "clusters.logs",
    "MemcachedCluster": "clusters.memcached_cluster",
    "MemcachedClusterBase": "clusters.memcached_cluster",
    "NodeGroup": "clusters.node_groups",
    "ParameterGroup": "clusters.parameter_group",
    "ParameterGroupBase": "clusters.parameter_group",
    "ReplicationGroup": "clusters.replication_group",
    "ReplicationGroupBase": "clusters.replication_group",
    "ReplicationGroupOptions": "clusters.replication_group",
    "SubnetGroup": "clusters.subnet_group",
    "SubnetGroupBase": "clusters.subnet_group",
    "AlarmThresholds": "monitoring.thresholds",
    "CacheDashboard": "monitoring.dashboard",
    "RecommendedAlarms": "monitoring.alarms",
    "ACL_CATEGORIES": "rbac.access_control",
    "AccessControl": "rbac.access_control",
    "AuthenticationType": "rbac.users",
    "BackupSettings": "serverless.settings",
    "CacheEngine": "engines",
    "CacheUsageLimits": "serverless.settings",
    "CacheUsageLimitsProperty": "serverless.settings",
    "Effect": "endpoints.policy",
    "ElastiCacheActions": "endpoints.policy",
    "EndpointPolicy": "endpoints.policy",
    "EndpointPolicyStatement": "endpoints.policy",
    "ElastiCacheChecks": "checks.cdk",
    "EndpointTarget": "endpoints.interface_endpoint",
    "Forward": "bastion.script",
    "IServerlessCache": "serverless.cache",
    "IUser": "rbac.users",
    "IUserGroup": "rbac.user_group",
    "IamUser": "rbac.users",
    "InterfaceEndpoint": "endpoints.interface_endpoint",
    "METRIC_NAMESPACE": "serverless.cache",
    "MetricOptions": "serverless.cache",
    "NatBastion": "bastion.construct",
    "NodeForward": "bastion.nodes",
    "NodeTable": "bastion_client",
    "NoPasswordUser": "rbac.users",
    "PasswordRotation": "rbac.rotation",
    "PasswordUser": "rbac.users",
    "PolicyPrincipal": "endpoints.policy",
    "RefreshingRemap": "bastion_client",
    "RedisCloudClient": "redis_cloud.client",
    "RedisCloudEndpoint": "redis_cloud.construct",
    "RedisCloudPrincipal": "redis_cloud.principal",
    "RedisCloudPrivateLink": "redis_cloud.construct",
    "SERVERLESS_MAJOR_VERSIONS": "engines",
    "ServerlessCache": "serverless.cache",
    "ServerlessCacheBase": "serverless.cache",
    "UserBase": "rbac.users",
    "UserEngine": "engines",
    "UserGroup": "rbac.user_group",
    "UserGroupBase": "rbac.user_group",
    "ValidationError": "errors",
    "check_template": "checks.engine",
    "render_apply_script": "bastion.script",
    "render_setup_script": "bastion.script",
    "Durability": "clusters.durability",
    "GlobalDatastore": "clusters.global_datastore",
    "ConnectionType": "serverless.cache",
}


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())


__all__ = [
    "ClusterReplicationGroup",
    "EngineVersion",
    "IMemcachedCluster",
    "IParameterGroup",
    "IReplicationGroup",
    "ISubnetGroup",
    "LogDelivery",
    "MemcachedCluster",
    "MemcachedClusterBase",
    "NodeGroup",
    "ParameterGroup",
    "ParameterGroupBase",
    "ReplicationGroup",
    "ReplicationGroupBase",
    "ReplicationGroupOptions",
    "SubnetGroup",
    "SubnetGroupBase",
    "AlarmThresholds",
    "CacheDashboard",
    "RecommendedAlarms",
    "ACL_CATEGORIES",
    "AccessControl",
    "AuthenticationType",
    "BackupSettings",
    "CacheEngine",
    "CacheUsageLimits",
    "CacheUsageLimitsProperty",
    "Effect",
    "ElastiCacheActions",
    "EndpointPolicy",
    "EndpointPolicyStatement",
    "ElastiCacheChecks",
    "EndpointTarget",
    "Forward",
    "IServerlessCache",
    "IUser",
    "IUserGroup",
    "IamUser",
    "InterfaceEndpoint",
    "METRIC_NAMESPACE",
    "MetricOptions",
    "NatBastion",
    "NodeForward",
    "NodeTable",
    "NoPasswordUser",
    "PasswordRotation",
    "PasswordUser",
    "PolicyPrincipal",
    "RefreshingRemap",
    "RedisCloudClient",
    "RedisCloudEndpoint",
    "RedisCloudPrincipal",
    "RedisCloudPrivateLink",
    "SERVERLESS_MAJOR_VERSIONS",
    "ServerlessCache",
    "ServerlessCacheBase",
    "UserBase",
    "UserEngine",
    "UserGroup",
    "UserGroupBase",
    "ValidationError",
    "Durability",
    "GlobalDatastore",
    "ConnectionType",
    "check_template",
    "render_apply_script",
    "render_setup_script",
]

__version__ = "0.1.0"
