"""Where a construct is being built, for error messages that name its path."""

from __future__ import annotations

from typing import Any, NoReturn

from constructs import IConstruct

from .errors import ValidationError


class Site:
    """The (scope, id) a construct is being created at.

    The construct path is only computed when an error is raised, so validating
    good input costs no jsii round trips.
    """

    __slots__ = ("_scope", "_id")

    def __init__(self, scope: IConstruct, id: str | None = None) -> None:
        """``Site(scope, id)`` for a construct about to be created under
        ``scope``; ``Site(construct)`` for one that exists."""
        self._scope = scope
        self._id = id

    @property
    def path(self) -> str:
        """The construct path of the construct being built."""
        parent = self._scope.node.path
        if self._id is None:
            return parent
        return f"{parent}/{self._id}" if parent else self._id

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
