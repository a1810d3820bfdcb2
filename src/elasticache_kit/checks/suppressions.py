"""A suppression file for the CLI: findings a team has looked at and accepts,
each with a reason and, optionally, an expiry date (``--suppressions FILE``).

JSON or YAML::

    suppressions:
      - rule: EC-CL11            # the rule id
        resource: SessionCache   # the logical id ('*' for every resource)
        template: "stacks/*.yaml"  # optional: a glob on the template's path or file name
        reason: slow log goes to the engine's own LATENCY monitor
        expires: 2027-03-31      # optional: from this day on the finding is reported again

Acknowledgements made in a CDK app (``Validations.of(construct).acknowledge``)
are read from ``cdk.out`` as before; this file is for templates that no CDK app
made, and for CI runs over them.
"""

from __future__ import annotations

import datetime
import fnmatch
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .findings import Finding

__all__ = ["Suppression", "load_suppressions"]


@dataclass(frozen=True)
class Suppression:
    """One accepted finding (or family of findings)."""

    rule: str
    """The rule id, e.g. ``EC-CL11``."""
    resource: str
    """The logical id, or ``*`` for every resource."""
    reason: str
    """Why it is accepted (shown in SARIF output as the justification)."""
    expires: datetime.date | None = None
    """The first day on which the suppression no longer applies."""
    template: str | None = None
    """A glob on the template's path or file name; None for every template."""

    def matches(self, finding: Finding) -> bool:
        """Whether the suppression is about ``finding`` (whatever its expiry)."""
        if finding.rule_id != self.rule or self.resource not in ("*", finding.logical_id):
            return False
        return self.template is None or fnmatch.fnmatch(finding.template, self.template) \
            or fnmatch.fnmatch(Path(finding.template).name, self.template)

    def expired(self, today: datetime.date) -> bool:
        """Whether the suppression has expired on ``today``."""
        return self.expires is not None and self.expires <= today


def _date(value: Any, where: str) -> datetime.date | None:
    if value is None:
        return None
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError as error:
        raise ValueError(f"{where}: expires {value!r} is not a date (YYYY-MM-DD)") from error


def load_suppressions(path: Path) -> list[Suppression]:
    """Read a suppression file; ValueError naming the entry when one is incomplete."""
    text = path.read_text(encoding="utf-8-sig")
    data: Any
    if path.suffix == ".json" or text.lstrip().startswith(("{", "[")):
        data = json.loads(text)
    else:
        try:
            import yaml  # type: ignore[import-untyped]  # PyYAML, a dependency of cfn-lint (which YAML templates need too)
        except ImportError as error:
            raise ValueError(f"{path}: reading YAML needs cfn-lint (pip install cfn-lint), or write it as JSON") \
                from error
        data = yaml.safe_load(text)
    entries = data.get("suppressions") if isinstance(data, Mapping) else data
    if not isinstance(entries, Sequence) or isinstance(entries, str):
        raise ValueError(f"{path}: expected a list under 'suppressions'")
    found = []
    for i, entry in enumerate(entries):
        where = f"{path}: suppressions[{i}]"
        if not isinstance(entry, Mapping):
            raise ValueError(f"{where}: expected a mapping with rule, resource and reason")
        missing = [key for key in ("rule", "resource", "reason") if not isinstance(entry.get(key), str) or not entry[key]]
        if missing:
            raise ValueError(f"{where}: {', '.join(missing)} missing (each suppression names the rule, the resource "
                             "and the reason)")
        template = entry.get("template")
        found.append(Suppression(entry["rule"], entry["resource"], entry["reason"],
                                 _date(entry.get("expires"), where), str(template) if template else None))
    return found
