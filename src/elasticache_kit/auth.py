"""IAM authentication for ElastiCache clients: auth tokens, and a redis-py
credential provider that keeps them fresh.

An auth token is a SigV4 query-presigned ``GET http://NAME/?Action=connect&User=USER_ID``
(plus ``ResourceType=ServerlessCache`` for serverless caches) for the service
``elasticache``, without the scheme.  It is valid for 15 minutes (and never
past the expiry of the credentials that signed it); a connection authenticated
with it is closed after 12 hours; IAM authentication needs TLS.
"""

from __future__ import annotations

import datetime
import re
import time
from collections.abc import Callable
from typing import Any, Final

import boto3
from botocore.auth import SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.credentials import ReadOnlyCredentials

from ._internal.context import Site
from ._internal.identifiers import check_user_id
from .errors import ValidationError

__all__ = ["generate_auth_token", "IamAuthCredentialProvider", "TOKEN_LIFETIME_SECONDS"]

SERVICE: Final = "elasticache"
#: Auth tokens are valid for at most 15 minutes.
TOKEN_LIFETIME_SECONDS: Final = 900
_WHERE: Final = "generate_auth_token"
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]*\Z")


class _Where(Site):
    """A :class:`Site` for functions, which have no construct path."""

    def __init__(self, where: str) -> None:
        self._where = where

    @property
    def path(self) -> str:
        return self._where


def _check(cache_name: str, user_id: str, expires_in: int, where: str) -> None:
    site = _Where(where)
    if not isinstance(cache_name, str) or not _NAME.match(cache_name) or cache_name.endswith("-") or "--" in cache_name:
        site.fail("cache_name", cache_name, "must be a cache or replication group name: a letter, then letters, digits, single hyphens")
    check_user_id(site, "user_id", user_id)
    if isinstance(expires_in, bool) or not isinstance(expires_in, int) or not 1 <= expires_in <= TOKEN_LIFETIME_SECONDS:
        site.fail("expires_in", expires_in, f"must be whole seconds in 1..{TOKEN_LIFETIME_SECONDS} (tokens live 15 minutes at most)")


def sign_token(
    credentials: ReadOnlyCredentials,
    region: str,
    cache_name: str,
    user_id: str,
    *,
    serverless: bool = True,
    expires_in: int = TOKEN_LIFETIME_SECONDS,
) -> str:
    """Presign the connect request with ``credentials``; the token is the URL without ``http://``."""
    params = {"Action": "connect", "User": user_id}
    if serverless:
        params["ResourceType"] = "ServerlessCache"
    request = AWSRequest(method="GET", url=f"http://{cache_name.lower()}/", params=params)
    SigV4QueryAuth(credentials, SERVICE, region, expires=expires_in).add_auth(request)
    url: str = request.prepare().url
    return url[len("http://"):]


def _signing_material(session: Any, region: str | None, where: str) -> tuple[Any, ReadOnlyCredentials, str]:
    session = session or boto3.session.Session()
    credentials = session.get_credentials()
    if credentials is None:
        raise ValidationError(where, "session", "(no credentials)", "has no AWS credentials: configure a profile, environment variables or a role")
    chosen_region = region or session.region_name
    if not chosen_region:
        raise ValidationError(where, "region", None, "is required: pass region= or configure a default region")
    return credentials, credentials.get_frozen_credentials(), chosen_region


def generate_auth_token(
    cache_name: str,
    user_id: str,
    *,
    region: str | None = None,
    serverless: bool = True,
    session: Any = None,
    expires_in: int = TOKEN_LIFETIME_SECONDS,
) -> str:
    """An IAM auth token to use as the password of ``user_id``.

    :param cache_name: the serverless cache name (or replication group id with ``serverless=False``).
    :param user_id: the IAM-enabled user (its name equals its id).
    :param region: Default: the session's region.
    :param serverless: adds ``ResourceType=ServerlessCache``. Default: True.
    :param session: a ``boto3.session.Session`` (its credential chain signs). Default: a new one.
    :param expires_in: seconds, at most 900. Default: 900.
    """
    _check(cache_name, user_id, expires_in, _WHERE)
    _, frozen, chosen_region = _signing_material(session, region, _WHERE)
    return sign_token(frozen, chosen_region, cache_name, user_id, serverless=serverless, expires_in=expires_in)


def _expiry_epoch(credentials: Any) -> float | None:
    expiry = getattr(credentials, "_expiry_time", None)  # RefreshableCredentials keep it here
    if isinstance(expiry, datetime.datetime):
        if expiry.tzinfo is None:
            expiry = expiry.replace(tzinfo=datetime.UTC)
        return expiry.timestamp()
    return None


try:  # subclass redis-py's base when it is installed (the "redis" extra)
    from redis.credentials import CredentialProvider as _Base
except ImportError:  # pragma: no cover - exercised only without redis-py
    _Base = object  # type: ignore[assignment,misc]


class IamAuthCredentialProvider(_Base):
    """A redis-py (and valkey-py) credential provider: ``(user_id, token)``,
    with a fresh token whenever the cached one is within ``refresh_margin``
    seconds of its expiry -- 15 minutes after signing, or earlier when the
    signing credentials expire first.  Never returns an expired token.

    ``redis.Redis(host=ENDPOINT, port=6379, ssl=True, credential_provider=provider)``
    """

    def __init__(
        self,
        user_id: str,
        cache_name: str,
        *,
        region: str | None = None,
        serverless: bool = True,
        session: Any = None,
        refresh_margin: float = 60.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """
        :param session: a ``boto3.session.Session`` whose credential chain signs.
            Default: one new session, made at the first token and kept (its
            refreshable credentials renew themselves, as in any boto3 client).
        :param refresh_margin: seconds before expiry at which a new token is made. Default: 60.
        :param clock: seconds since the epoch. Default: ``time.time``.
        """
        where = "IamAuthCredentialProvider"
        _check(cache_name, user_id, TOKEN_LIFETIME_SECONDS, where)
        if not 0 <= refresh_margin < TOKEN_LIFETIME_SECONDS:
            raise ValidationError(where, "refresh_margin", refresh_margin, f"must be in 0..{TOKEN_LIFETIME_SECONDS - 1} seconds")
        self.user_id = user_id
        self.cache_name = cache_name
        self._region = region
        self._serverless = serverless
        self._session = session
        self._margin = refresh_margin
        self._clock = clock
        self._token: str | None = None
        self._valid_until = 0.0
        self.tokens_made = 0
        """How many tokens this provider has signed."""

    def get_credentials(self) -> tuple[str, str]:
        """``(user_id, token)``, refreshed when the cached token is close to expiry."""
        now = self._clock()
        if self._token is None or now >= self._valid_until - self._margin:
            if self._session is None:  # resolve the credential chain once, not at every refresh
                self._session = boto3.session.Session()
            credentials, frozen, region = _signing_material(self._session, self._region, "IamAuthCredentialProvider")
            self._token = sign_token(frozen, region, self.cache_name, self.user_id, serverless=self._serverless)
            expiry = _expiry_epoch(credentials)
            valid_until = now + TOKEN_LIFETIME_SECONDS
            self._valid_until = min(valid_until, expiry) if expiry is not None else valid_until
            self.tokens_made += 1
            if now >= self._valid_until:
                raise ValidationError(
                    "IamAuthCredentialProvider", "credentials", "(expired)",
                    "the signing credentials have already expired; refresh them and retry",
                )
        return self.user_id, self._token
