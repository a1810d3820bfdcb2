"""Where a construct is being built, for error messages that name its path."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NoReturn, Protocol

from ..errors import ValidationError

if TYPE_CHECKING:  # annotations only: importing constructs starts the jsii kernel
    from constructs import Node


class Scoped(Protocol):
    """Anything with a construct node: constructs and our resource mixins."""

    @property
    def node(self) -> Node:
        """The construct's tree node."""
        ...


def jsii_ref(obj: Any) -> str:
    """The jsii reference of ``obj``: a key for per-object caches that costs no round trip."""
    return str(obj.__jsii_ref__.ref)


# Construct paths of scopes, by jsii reference: many constructs share a scope
# (usually the stack), so its path costs one round trip, not one per construct.
_SCOPE_PATHS: dict[str, str] = {}


def construct_path(scope: Scoped, id: str) -> str:
    """The path a construct with ``id`` gets under ``scope``."""
    key = jsii_ref(scope)
    parent = _SCOPE_PATHS.get(key)
    if parent is None:
        parent = _SCOPE_PATHS[key] = scope.node.path
    return f"{parent}/{id}" if parent else id


class Site:
    """The (scope, id) a construct is being created at.

    The construct path is only computed when an error is raised, so validating
    good input costs no jsii round trips.
    """

    __slots__ = ("_scope", "_id")

    def __init__(self, scope: Scoped, id: str | None = None) -> None:
        """``Site(scope, id)`` for a construct about to be created under
        ``scope``; ``Site(construct)`` for one that exists."""
        self._scope = scope
        self._id = id

    @property
    def path(self) -> str:
        """The construct path of the construct being built."""
        if self._id is None:
            return self._scope.node.path
        return construct_path(self._scope, self._id)

    def fail(self, prop: str, value: Any, rule: str) -> NoReturn:
        """Raise a :class:`ValidationError` for ``prop`` at this site."""
        raise ValidationError(self.path, prop, value, rule)


def provides(obj: Any, *names: str) -> bool:
    """Whether ``obj``'s class declares every attribute in ``names``.

    A cheap structural check: unlike ``isinstance`` against a runtime Protocol
    it evaluates no properties (which could cost jsii round trips).
    """
    cls = type(obj)
    return all(hasattr(cls, name) for name in names)


class ResourceMixin:
    """Base of the Python halves of our constructs.

    A construct class lists its jsii base first and the Python mixin after it
    (``class ServerlessCache(core.CoreServerlessCache, ServerlessCacheBase)``):
    every jsii class then precedes the mixin in the MRO, so jsii, which scans
    each Python class before the first jsii class for overrides at every
    construction, has almost nothing to scan, and a jsii member can never be
    overridden by accident.  The mixins declare (for type checkers only) the
    construct members they use.
    """

    if TYPE_CHECKING:

        @property
        def node(self) -> Node:
            """The construct's tree node."""
            ...
