"""The library's JavaScript side (``elasticache_kit._core``, compiled by jsii
from ``core/lib/index.ts``) and the translation of its input errors.

A created user, user group or serverless cache is one instance of a class
from there: one jsii call builds the construct with all its L1 resources.
Values Python cannot read without a round trip (a ``Size``'s amount, a
``SecretValue``'s text) are checked on that side, before anything is added to
the tree; its errors come back here as :class:`ValidationError`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from . import _core
from ._context import Site
from .errors import ValidationError

__all__ = ["core", "js_checks", "plain", "tag_list"]

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


def plain(**values: Any) -> dict[str, Any]:
    """A props object for the JavaScript side (jsii camelCase keys): the values
    that are set; None means unset and is left out (JavaScript would see null)."""
    return {key: value for key, value in values.items() if value is not None}


def tag_list(tags: Mapping[str, str] | None) -> list[dict[str, str]] | None:
    """An L1 ``tags`` property from a mapping; None when there are none."""
    return [{"key": k, "value": v} for k, v in tags.items()] if tags else None
