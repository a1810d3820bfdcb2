"""Redis Cloud PrivateLink: a typed API client, the deploy-time handler, the
``RedisCloudPrivateLink`` construct and the ``redis-cloud private-link`` CLI.

The client and handler use only the standard library and boto3 (they run in
AWS Lambda); importing them never loads CDK.  Names load lazily.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._internal.lazy import lazy_exports

if TYPE_CHECKING:
    from .client import DEFAULT_BASE_URL, RedisCloudClient, normalize_principal
    from .construct import (
        REDIS_CLOUD_DATABASE_PORTS,
        REDIS_CLOUD_METRICS_PORT,
        RedisCloudEndpoint,
        RedisCloudPrivateLink,
    )
    from .errors import (
        RedisCloudDeadline,
        RedisCloudError,
        RedisCloudHTTPError,
        RedisCloudNotListed,
        RedisCloudTaskError,
        RedisCloudTimeout,
        RedisCloudUnconfirmed,
        RedisCloudWaitTimeout,
    )
    from .handler import DELETION_POLICIES
    from .principal import RedisCloudPrincipal

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


__all__ = [
    "DEFAULT_BASE_URL",
    "DELETION_POLICIES",
    "REDIS_CLOUD_DATABASE_PORTS",
    "REDIS_CLOUD_METRICS_PORT",
    "RedisCloudClient",
    "RedisCloudDeadline",
    "RedisCloudEndpoint",
    "RedisCloudError",
    "RedisCloudHTTPError",
    "RedisCloudNotListed",
    "RedisCloudPrincipal",
    "RedisCloudPrivateLink",
    "RedisCloudTaskError",
    "RedisCloudTimeout",
    "RedisCloudUnconfirmed",
    "RedisCloudWaitTimeout",
    "normalize_principal",
]
