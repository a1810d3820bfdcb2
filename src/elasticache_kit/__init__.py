"""elasticache_kit: typed, validated AWS CDK constructs for Amazon ElastiCache.

Import it as the alpha module's drop-in::

    import elasticache_kit as elasticache

    cache = elasticache.ServerlessCache(self, "Cache", vpc=vpc)
"""

from .access_control import ACL_CATEGORIES, AccessControl
from .bastion_script import Forward, render_apply_script, render_setup_script
from .endpoint_policy import (
    Effect,
    ElastiCacheActions,
    EndpointPolicy,
    EndpointPolicyStatement,
    PolicyPrincipal,
)
from .engines import SERVERLESS_MAJOR_VERSIONS, CacheEngine, UserEngine
from .errors import ValidationError
from .interface_endpoint import EndpointTarget, InterfaceEndpoint
from .nat_bastion import NatBastion
from .serverless_cache import (
    METRIC_NAMESPACE,
    IServerlessCache,
    MetricOptions,
    ServerlessCache,
    ServerlessCacheBase,
)
from .settings import BackupSettings, CacheUsageLimits, CacheUsageLimitsProperty
from .user_group import IUserGroup, UserGroup, UserGroupBase
from .users import (
    AuthenticationType,
    IamUser,
    IUser,
    NoPasswordUser,
    PasswordUser,
    UserBase,
)

__all__ = [
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
    "NoPasswordUser",
    "PasswordUser",
    "PolicyPrincipal",
    "SERVERLESS_MAJOR_VERSIONS",
    "ServerlessCache",
    "ServerlessCacheBase",
    "UserBase",
    "UserEngine",
    "UserGroup",
    "UserGroupBase",
    "ValidationError",
    "render_apply_script",
    "render_setup_script",
]

__version__ = "0.1.0"
