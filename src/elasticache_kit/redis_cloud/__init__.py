"""Redis Cloud PrivateLink: a typed API client, the deploy-time handler, the
``RedisCloudPrivateLink`` construct and the ``redis-cloud private-link`` CLI.

The client and handler use only the standard library and boto3 (they run in
AWS Lambda); importing them never loads CDK.  Names load lazily.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._internal.lazy import lazy_exports

if TYPE_CHECKING:
    from .client import DEFAULT_BASE_URL as DEFAULT_BASE_URL
    from .client import RedisCloudClient as RedisCloudClient
    from .client import normalize_principal as normalize_principal
    from .construct import REDIS_CLOUD_DATABASE_PORTS as REDIS_CLOUD_DATABASE_PORTS
    from .construct import REDIS_CLOUD_METRICS_PORT as REDIS_CLOUD_METRICS_PORT
    from .construct import RedisCloudEndpoint as RedisCloudEndpoint
    from .construct import RedisCloudPrivateLink as RedisCloudPrivateLink
    from .errors import RedisCloudDeadline as RedisCloudDeadline
    from .errors import RedisCloudError as RedisCloudError
    from .errors import RedisCloudHTTPError as RedisCloudHTTPError
    from .errors import RedisCloudNotListed as RedisCloudNotListed
    from .errors import RedisCloudTaskError as RedisCloudTaskError
    from .errors import RedisCloudTimeout as RedisCloudTimeout
    from .errors import RedisCloudUnconfirmed as RedisCloudUnconfirmed
    from .errors import RedisCloudWaitTimeout as RedisCloudWaitTimeout
    from .handler import DELETION_POLICIES as DELETION_POLICIES
    from .principal import RedisCloudPrincipal as RedisCloudPrincipal

_EXPORTS: dict[str, str] = {
    "DEFAULT_BASE_URL": "client",
    "DELETION_POLICIES": "handler",
    "REDIS_CLOUD_DATABASE_PORTS": "construct",
    "REDIS_CLOUD_METRICS_PORT": "construct",
    "RedisCloudClient": "client",
    "RedisCloudDeadline": "errors",
    "RedisCloudNotListed": "errors",
    "RedisCloudPrincipal": "principal",
    "RedisCloudUnconfirmed": "errors",
    "RedisCloudWaitTimeout": "errors",
    "RedisCloudEndpoint": "construct",
    "RedisCloudError": "errors",
    "RedisCloudHTTPError": "errors",
    "RedisCloudPrivateLink": "construct",
    "RedisCloudTaskError": "errors",
    "RedisCloudTimeout": "errors",
    "normalize_principal": "client",
}


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())


#: The public names: exactly those of the export table.
__all__ = list(_EXPORTS)
