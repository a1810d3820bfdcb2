"""cfn-lint in process, once per distinct template."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from cfnlint.api import ManualArgs, lint

REGIONS = ["us-east-1"]


@lru_cache(maxsize=256)
def _lint_text(text: str) -> tuple[str, ...]:
    matches = lint(text, config=ManualArgs(regions=REGIONS))
    return tuple(f"{m.rule.id} {m.message} ({getattr(m, 'path_string', '')})" for m in matches)


def lint_errors(template: dict[str, Any]) -> list[str]:
    """All cfn-lint findings (errors, warnings and informational) for ``template``."""
    return list(_lint_text(json.dumps(template, sort_keys=True, ensure_ascii=False)))
