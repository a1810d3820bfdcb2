"""The one exception type raised for invalid configuration."""

from __future__ import annotations

from typing import Any

__all__ = ["ValidationError"]


def _show(value: Any) -> str:
    """Render a bad value for a message: strings quoted, everything else plain."""
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return str(value)


class ValidationError(ValueError):
    """Invalid configuration, raised while the stack is being built.

    The message names the construct path, the property, the offending value and
    the rule it breaks, e.g.
    ``Stack/Cache: backup_retention_limit=40 is outside 1..35 days``.
    The parts are also available as attributes for programmatic handling.
    """

    def __init__(self, construct_path: str, prop: str, value: Any, rule: str) -> None:
        self.construct_path = construct_path
        self.prop = prop
        self.value = value
        self.rule = rule
        super().__init__(f"{construct_path}: {prop}={_show(value)} {rule}")
