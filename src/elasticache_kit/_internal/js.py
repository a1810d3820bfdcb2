"""The library's JavaScript side (``elasticache_kit._core``, compiled by jsii
from ``core/lib/*.ts``; see core/README.md) and the translation of its input errors.

A created construct (cache, replication group, user, endpoint, ...) is one
instance of a class from there: one jsii call builds it with all its L1
resources, from a props dict typed by :mod:`.core_props`.
Values Python cannot read without a round trip (a ``Size``'s amount, a
``SecretValue``'s text) are checked on that side, before anything is added to
the tree; its errors come back here as :class:`ValidationError`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar, cast, overload

import jsii

from .. import _core
from ..errors import ValidationError
from .context import Site
from .tokens import is_token

__all__ = ["core", "is_marked", "js_checks", "js_get", "plain", "tag_list"]

core = _core

#: Prefix of the messages of the input errors thrown by the JavaScript side.
_MARKER = "elasticache_kit.ValidationError "


@contextmanager
def js_checks(site: Site) -> Iterator[None]:
    """Turn the JavaScript side's input errors into :class:`ValidationError` at ``site``."""
    try:
        yield
    except RuntimeError as error:  # jsii raises JavaScript errors as RuntimeError
        text = str(error)
        start = text.find(_MARKER)
        if start < 0:
            raise
        detail = json.loads(text[start + len(_MARKER):].splitlines()[0])
        raise ValidationError(site.path, detail["prop"], detail["value"], detail["rule"]) from None


def js_get(obj: Any, name: str) -> Any:
    """Read the JavaScript property ``name`` (jsii camelCase) of ``obj``: one round trip.

    Our construct classes keep what they read this way in a
    ``functools.cached_property`` of the same (snake_case) name: it is not a
    data descriptor, so jsii does not take it for an override of the
    JavaScript property (every JavaScript read would then call back into
    Python), and Python reads the object once, the same object aws-cdk-lib sees.
    """
    return jsii.get(obj, name)


def is_marked(obj: object, kind: str) -> bool:
    """Whether ``obj`` carries the JavaScript side's marker of a created ``kind``
    (``Symbol.for('elasticache-kit.KIND')``: ServerlessCache, IamUser,
    PasswordUser, NoPasswordUser, UserGroup, ReplicationGroup, MemcachedCluster,
    SubnetGroup, ParameterGroup: ``MARKERS`` in core/lib/private.ts).

    The marker is on the JavaScript object, so it answers for constructs made
    by any copy of the library, however they reached Python; anything that is
    not a jsii object is not one of ours and costs no round trip.
    """
    if getattr(obj, "__jsii_ref__", None) is None:
        return False
    return bool(core.CoreMarkers.has(obj, kind))


_Props = TypeVar("_Props", bound=Mapping[str, object])


@overload
def plain(props: _Props, /) -> _Props: ...


@overload
def plain(**values: Any) -> dict[str, Any]: ...


def plain(props: Mapping[str, object] | None = None, /, **values: Any) -> Any:
    """An object for the JavaScript side (jsii camelCase keys): the values that
    are set; None means unset and is left out (JavaScript would see null).

    Given one of the :mod:`.core_props` TypedDicts (a Core class's props), the
    result has its type, so mypy checks the keys and values where the dict is
    built; given keywords (CloudFormation properties, typed nowhere), a dict.
    """
    source = values if props is None else props
    return cast(Any, {key: value for key, value in source.items() if value is not None})


#: ElastiCache's tag rules (the resource schemas): at most 50; keys 1..128 and
#: values 0..256 characters of this set; keys never start with ``aws:``.
MAX_TAGS = 50
_TAG_TEXT = re.compile(r"[a-zA-Z0-9 _./=+:@-]*\Z")


def tag_list(site: Site, tags: Mapping[str, str] | None) -> list[dict[str, str]] | None:
    """An L1 ``tags`` property from a mapping, checked; None when there are none."""
    if tags is None:
        return None
    if not isinstance(tags, Mapping):
        site.fail("tags", type(tags).__name__, "must be a mapping of tag keys to values")
    if len(tags) > MAX_TAGS:
        site.fail("tags", f"{len(tags)} tags", f"are too many: at most {MAX_TAGS}")
    for key, value in tags.items():
        if not isinstance(key, str) or not isinstance(value, str):
            site.fail("tags", {key: value}, "must map strings to strings")
        if not is_token(key):
            if not 1 <= len(key) <= 128 or not _TAG_TEXT.match(key):
                site.fail("tags", key, "is not a tag key: 1..128 letters, digits, spaces and _ . / = + : @ -")
            if key.startswith("aws:"):
                site.fail("tags", key, "starts with 'aws:', which AWS reserves")
        if not is_token(value) and (len(value) > 256 or not _TAG_TEXT.match(value)):
            site.fail("tags", {key: value}, "has a value that is not 0..256 letters, digits, spaces and _ . / = + : @ -")
    return [{"key": k, "value": v} for k, v in tags.items()] or None
