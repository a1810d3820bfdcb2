"""What a check reports: rules (stable id, severity, why, fix, documentation)
and the findings they produce on one template."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .template import Path, Template

__all__ = ["Finding", "Path", "Rule", "Severity"]


class Severity(enum.Enum):
    """How bad a finding is; the CLI's exit code is that of the worst one."""

    ERROR = "error"
    """The service rejects the template, or the resource is open to anyone who reaches it."""
    WARNING = "warning"
    """A weaker configuration than the documented best practice."""
    INFO = "info"
    """Worth knowing; often a deliberate choice."""

    @property
    def rank(self) -> int:
        """2 for errors, 1 for warnings, 0 for information (higher is worse)."""
        return {"error": 2, "warning": 1, "info": 0}[self.value]

    @property
    def letter(self) -> str:
        """cfn-lint's letter for the level: ``E``, ``W`` or ``I``."""
        return self.value[0].upper()


#: A rule's check: yields ``(logical_id, path, message)`` for every violation in the template,
#: or ``(logical_id, path, message, severity)`` where one finding is worse or milder than the rule.
CheckFunction = Callable[["Template"], Iterable["tuple[str, Path, str] | tuple[str, Path, str, Severity]"]]


@dataclass(frozen=True)
class Rule:
    """One check: a stable id (``EC-SC1``), a severity, and what to tell the user."""

    id: str
    """Stable identifier, ``EC-<domain><n>``; acknowledge it by this id."""
    severity: Severity
    title: str
    """What is checked, in a few words."""
    why: str
    """Why it matters, in one sentence."""
    fix: str
    """What to change."""
    documentation: str
    """The AWS documentation the rule rests on."""
    check: CheckFunction = field(repr=False, compare=False)
    resource_types: tuple[str, ...] = ()
    """The CloudFormation resource types the rule reports on."""


@dataclass(frozen=True)
class Finding:
    """One violation of a rule by one resource of one template."""

    template: str
    """The template's file name or label."""
    logical_id: str
    """The resource's logical id."""
    rule_id: str
    path: Path
    """Where in the resource, relative to it, e.g. ``("Properties", "UserGroupId")``."""
    message: str
    """One line naming the logical id and the property."""
    severity: Severity = field(compare=False)
    fix: str = field(compare=False)
    documentation: str = field(compare=False)
    line: int | None = field(default=None, compare=False)
    """The line (from 1) of the property in the template's source, when it was read from a file."""
    column: int | None = field(default=None, compare=False)
    """The column (from 1) of the property in the template's source, when it was read from a file."""

    @property
    def location(self) -> str:
        """The path as text: ``Properties.UserGroupId``, ``Properties.UserIds[0]``."""
        text = ""
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
        return text

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form (the CLI's ``--format json``)."""
        return {
            "rule": self.rule_id, "severity": self.severity.value, "template": self.template,
            "logical_id": self.logical_id, "path": ["Resources", self.logical_id, *self.path],
            "message": self.message, "fix": self.fix, "documentation": self.documentation,
            "line": self.line, "column": self.column,
        }
