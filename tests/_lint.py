"""cfn-lint in process, once per distinct template: errors (E), warnings (W)
and informational rules (I), in us-east-1.

One informational rule is off: I1022 ("prefer Fn::Sub over Fn::Join with an
empty delimiter"), a style rule that fires on every string CDK joins from
tokens, and that cfn-lint itself turns off for templates it recognises as
CDK's (``Template.is_cdk_template``; in-process templates lack the
``aws:cdk:path`` metadata it looks for). Measured over every snapshot (2026-12):
I1022 is the only informational rule that fires.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from cfnlint.api import ManualArgs, lint

REGIONS = ["us-east-1"]
#: Rule families run besides the default errors and warnings.
INCLUDE = ["I"]
#: Rules switched off, each for the reason in the module docstring.
IGNORE = ["I1022"]


@lru_cache(maxsize=256)
def _lint_text(text: str) -> tuple[str, ...]:
    matches = lint(text, config=ManualArgs(regions=REGIONS, include_checks=INCLUDE, ignore_checks=IGNORE))
    return tuple(f"{m.rule.id} {m.message} ({getattr(m, 'path_string', '')})" for m in matches)


def lint_errors(template: dict[str, Any]) -> list[str]:
    """Every cfn-lint finding (E, W and I rules but I1022) for ``template``."""
    return list(_lint_text(json.dumps(template, sort_keys=True, ensure_ascii=False)))
