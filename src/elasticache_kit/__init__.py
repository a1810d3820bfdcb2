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
from ._version import __version__ as __version__

if TYPE_CHECKING:
    from ._internal.cache_base import MetricOptions as MetricOptions
    from ._internal.metrics import METRIC_NAMESPACE as METRIC_NAMESPACE
    from .bastion.construct import NatBastion as NatBastion
    from .bastion.nodes import NodeForward as NodeForward
    from .bastion.script import Forward as Forward
    from .bastion.script import render_apply_script as render_apply_script
    from .bastion.script import render_setup_script as render_setup_script
    from .bastion_client import NodeTable as NodeTable
    from .bastion_client import RefreshingRemap as RefreshingRemap
    from .checks.cdk import ElastiCacheChecks as ElastiCacheChecks
    from .checks.runner import check_template as check_template
    from .clusters.cluster_replication_group import ClusterReplicationGroup as ClusterReplicationGroup
    from .clusters.durability import Durability as Durability
    from .clusters.engine_versions import EngineVersion as EngineVersion
    from .clusters.global_datastore import GlobalDatastore as GlobalDatastore
    from .clusters.logs import LogDelivery as LogDelivery
    from .clusters.memcached_cluster import IMemcachedCluster as IMemcachedCluster
    from .clusters.memcached_cluster import MemcachedCluster as MemcachedCluster
    from .clusters.memcached_cluster import MemcachedClusterBase as MemcachedClusterBase
    from .clusters.node_groups import NodeGroup as NodeGroup
    from .clusters.parameter_group import IParameterGroup as IParameterGroup
    from .clusters.parameter_group import ParameterGroup as ParameterGroup
    from .clusters.parameter_group import ParameterGroupBase as ParameterGroupBase
    from .clusters.replication_group import ReplicationGroup as ReplicationGroup
    from .clusters.replication_group import ReplicationGroupOptions as ReplicationGroupOptions
    from .clusters.replication_group_base import IReplicationGroup as IReplicationGroup
    from .clusters.replication_group_base import ReplicationGroupBase as ReplicationGroupBase
    from .clusters.subnet_group import ISubnetGroup as ISubnetGroup
    from .clusters.subnet_group import SubnetGroup as SubnetGroup
    from .clusters.subnet_group import SubnetGroupBase as SubnetGroupBase
    from .endpoints.interface_endpoint import EndpointTarget as EndpointTarget
    from .endpoints.interface_endpoint import InterfaceEndpoint as InterfaceEndpoint
    from .endpoints.policy import Effect as Effect
    from .endpoints.policy import ElastiCacheActions as ElastiCacheActions
    from .endpoints.policy import EndpointPolicy as EndpointPolicy
    from .endpoints.policy import EndpointPolicyStatement as EndpointPolicyStatement
    from .endpoints.policy import PolicyPrincipal as PolicyPrincipal
    from .engines import SERVERLESS_MAJOR_VERSIONS as SERVERLESS_MAJOR_VERSIONS
    from .engines import CacheEngine as CacheEngine
    from .engines import UserEngine as UserEngine
    from .errors import ValidationError as ValidationError
    from .monitoring.alarms import RecommendedAlarms as RecommendedAlarms
    from .monitoring.dashboard import CacheDashboard as CacheDashboard
    from .monitoring.thresholds import AlarmThresholds as AlarmThresholds
    from .rbac.access_control import ACL_CATEGORIES as ACL_CATEGORIES
    from .rbac.access_control import AccessControl as AccessControl
    from .rbac.rotation import PasswordRotation as PasswordRotation
    from .rbac.user_group import IUserGroup as IUserGroup
    from .rbac.user_group import UserGroup as UserGroup
    from .rbac.user_group import UserGroupBase as UserGroupBase
    from .rbac.users import AuthenticationType as AuthenticationType
    from .rbac.users import IamUser as IamUser
    from .rbac.users import IUser as IUser
    from .rbac.users import NoPasswordUser as NoPasswordUser
    from .rbac.users import PasswordUser as PasswordUser
    from .rbac.users import UserBase as UserBase
    from .redis_cloud.client import RedisCloudClient as RedisCloudClient
    from .redis_cloud.construct import RedisCloudEndpoint as RedisCloudEndpoint
    from .redis_cloud.construct import RedisCloudPrivateLink as RedisCloudPrivateLink
    from .redis_cloud.principal import RedisCloudPrincipal as RedisCloudPrincipal
    from .serverless.cache import ConnectionType as ConnectionType
    from .serverless.cache import IServerlessCache as IServerlessCache
    from .serverless.cache import ServerlessCache as ServerlessCache
    from .serverless.cache import ServerlessCacheBase as ServerlessCacheBase
    from .serverless.settings import BackupSettings as BackupSettings
    from .serverless.settings import CacheUsageLimits as CacheUsageLimits
    from .serverless.settings import CacheUsageLimitsProperty as CacheUsageLimitsProperty

# Public names and the modules that define them.  A module (and, for the
# constructs, the library's JavaScript side) is loaded when one of its names is
# first used, so ``import elasticache_kit`` costs almost nothing and a program
# pays only for what it uses.
_EXPORTS: dict[str, str] = {
    "ClusterReplicationGroup": "clusters.cluster_replication_group",
    "EngineVersion": "clusters.engine_versions",
    "IMemcachedCluster": "clusters.memcached_cluster",
    "IParameterGroup": "clusters.parameter_group",
    "IReplicationGroup": "clusters.replication_group_base",
    "ISubnetGroup": "clusters.subnet_group",
    "LogDelivery": "clusters.logs",
    "MemcachedCluster": "clusters.memcached_cluster",
    "MemcachedClusterBase": "clusters.memcached_cluster",
    "NodeGroup": "clusters.node_groups",
    "ParameterGroup": "clusters.parameter_group",
    "ParameterGroupBase": "clusters.parameter_group",
    "ReplicationGroup": "clusters.replication_group",
    "ReplicationGroupBase": "clusters.replication_group_base",
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
    "METRIC_NAMESPACE": "_internal.metrics",
    "MetricOptions": "_internal.cache_base",
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
    "check_template": "checks.runner",
    "render_apply_script": "bastion.script",
    "render_setup_script": "bastion.script",
    "Durability": "clusters.durability",
    "GlobalDatastore": "clusters.global_datastore",
    "ConnectionType": "serverless.cache",
}


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())


#: The public names: exactly those of the export table.
__all__ = list(_EXPORTS)
