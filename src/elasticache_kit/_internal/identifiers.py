"""ElastiCache identifier rules, checked in Python before any resource exists.

The service stores serverless cache names, user ids and user group ids in
lower case.  Names we generate are lower case; names given in mixed case are
refused, because the stored name would differ from the one the stack uses in
ARNs, metric dimensions and imports.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Final

from .context import Site
from .tokens import is_token

# SHA-256 for generated names. ``hashlib`` is a facade whose import initialises
# OpenSSL (about 4 ms, more than the rest of this package's imports for a cache);
# CPython's built-in implementation gives the same digest for a few bytes of
# path at a fraction of that. Any interpreter without it falls back to hashlib.
if TYPE_CHECKING:
    from hashlib import sha256
else:
    try:
        from _sha2 import sha256  # CPython 3.12+
    except ImportError:
        try:
            from _sha256 import sha256  # CPython 3.11
        except ImportError:  # pragma: no cover - other interpreters
            from hashlib import sha256

__all__ = [
    "CACHE_NAME_MAX",
    "check_cache_name",
    "check_user_id",
    "check_user_name",
    "check_user_group_id",
    "check_snapshot_name",
    "check_description",
    "generated_name",
    "check_replication_group_id",
    "check_cache_cluster_id",
]

CACHE_NAME_MAX: Final = 40
USER_ID_MAX: Final = 40
SNAPSHOT_NAME_MAX: Final = 255
DESCRIPTION_MAX: Final = 255

_IDENT = re.compile(r"[a-z][a-z0-9-]*\Z")
_MIXED = re.compile(r"[A-Za-z][A-Za-z0-9-]*\Z")


def _check_identifier(site: Site, prop: str, value: str, what: str, max_len: int, *, lower: bool = True) -> None:
    if not isinstance(value, str):
        site.fail(prop, value, f"must be a string ({what})")
    if is_token(value):
        return
    if not value:
        site.fail(prop, value, f"must not be empty ({what})")
    if len(value) > max_len:
        site.fail(prop, value, f"is {len(value)} characters long; a {what} has at most {max_len}")
    if not value[0].isascii() or not value[0].isalpha():
        site.fail(prop, value, f"must begin with a letter ({what})")
    if _MIXED.match(value) is None:
        site.fail(prop, value, f"may contain only ASCII letters, digits and hyphens ({what})")
    if lower and _IDENT.match(value) is None:
        site.fail(
            prop, value,
            f"must be lower case: ElastiCache stores a {what} in lower case "
            f"(use {value.lower()!r})",
        )
    if value.endswith("-"):
        site.fail(prop, value, f"must not end with a hyphen ({what})")
    if "--" in value:
        site.fail(prop, value, f"must not contain two consecutive hyphens ({what})")


def check_cache_name(site: Site, prop: str, value: str) -> None:
    """A serverless cache name: 1-40 lower-case letters, digits, single hyphens."""
    _check_identifier(site, prop, value, "serverless cache name", CACHE_NAME_MAX)


def check_user_id(site: Site, prop: str, value: str) -> None:
    """An RBAC user id: starts with a letter, then lower-case letters, digits, hyphens."""
    _check_identifier(site, prop, value, "user id", USER_ID_MAX)


def check_user_group_id(site: Site, prop: str, value: str) -> None:
    """An RBAC user group id: same rules as a user id."""
    _check_identifier(site, prop, value, "user group id", USER_ID_MAX)


def check_user_name(site: Site, prop: str, value: str) -> None:
    """An RBAC user name: the name clients AUTH with; one printable word."""
    if not isinstance(value, str):
        site.fail(prop, value, "must be a string (user name)")
    if is_token(value):
        return
    if not value:
        site.fail(prop, value, "must not be empty (user name)")
    if any(ch.isspace() or not ch.isprintable() or not ch.isascii() for ch in value):
        site.fail(prop, value, "must be printable ASCII without spaces (clients AUTH with it)")


def check_snapshot_name(site: Site, prop: str, value: str) -> None:
    """A snapshot name: letter first, letters/digits/hyphens, no '--', no trailing '-'."""
    _check_identifier(site, prop, value, "snapshot name", SNAPSHOT_NAME_MAX, lower=False)


def check_description(site: Site, prop: str, value: str) -> None:
    """A description: at most 255 characters, no '<' or '>'."""
    if not isinstance(value, str):
        site.fail(prop, value, "must be a string")
    if is_token(value):
        return
    if len(value) > DESCRIPTION_MAX:
        site.fail(prop, value, f"is {len(value)} characters long; at most {DESCRIPTION_MAX} are allowed")
    if "<" in value or ">" in value:
        site.fail(prop, value, "must not contain '<' or '>'")
    if any(unicodedata.category(ch) == "Cc" for ch in value):
        site.fail(prop, value, "must not contain control characters (tabs, newlines, DEL, ...)")


def generated_name(path: str, max_len: int = CACHE_NAME_MAX) -> str:
    """A valid lower-case identifier derived from a construct path.

    Stable for the path; keeps a readable prefix (the path's letters and
    digits) and ends in 8 hex digits of a hash of the whole path, so long
    paths stay unique after truncation.
    """
    cleaned = re.sub(r"[^a-z0-9]", "", path.lower())
    digest = sha256(path.encode("utf-8")).hexdigest()[:8]
    if not cleaned or not cleaned[0].isalpha():
        cleaned = "c" + cleaned
    head = cleaned[: max_len - len(digest) - 1]
    return f"{head}-{digest}"


REPLICATION_GROUP_ID_MAX: Final = 40
CACHE_CLUSTER_ID_MAX: Final = 50


def check_replication_group_id(site: Site, prop: str, value: str) -> None:
    """A replication group id: 1-40 lower-case letters, digits, single hyphens, letter first."""
    _check_identifier(site, prop, value, "replication group id", REPLICATION_GROUP_ID_MAX)


def check_cache_cluster_id(site: Site, prop: str, value: str) -> None:
    """A cache cluster id: 1-50 lower-case letters, digits, single hyphens, letter first."""
    _check_identifier(site, prop, value, "cache cluster id", CACHE_CLUSTER_ID_MAX)
