"""cfn-lint in process, once per distinct template: errors (E), warnings (W)
and informational rules (I), in us-east-1.

One informational rule is off: I1022 ("prefer Fn::Sub over Fn::Join with an
empty delimiter"), a style rule that fires on every string CDK joins from
tokens, and that cfn-lint itself turns off for templates it recognises as
CDK's (``Template.is_cdk_template``; in-process templates lack the
``aws:cdk:path`` metadata it looks for). Measured over every snapshot (2026-12):
I1022 is the only informational rule that fires.

One finding of another informational rule is dropped where it is wrong:
I3037 (duplicate list items) on a Memcached cluster's
``PreferredAvailabilityZones``, which lists one zone per node, so a zone
repeats whenever two nodes share it (CloudFormation's reference: "repeat the
Availability Zone multiple times in the list"). I3037 stays on everywhere else.

And W3005 (a DependsOn also implied by a GetAtt) on aws-cdk-lib's own
cross-region export writer and reader handlers (``cross_region_references=True``,
the global datastore example): CDK adds them while it resolves references, after
any construct code runs, so nothing of ours can drop the redundant DependsOn;
it is harmless. W3005 stays on everywhere else.
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


#: (rule id, last path element) of findings that are wrong there, for the reason in the module docstring.
FALSE_POSITIVES = {("I3037", "PreferredAvailabilityZones"),
                   ("W3005", "CustomCrossRegionExportWriterCustomResourceProviderHandlerD8786E8A"),
                   ("W3005", "CustomCrossRegionExportReaderCustomResourceProviderHandler46647B68")}


def _wrong_here(rule_id: str, path: list[Any]) -> bool:
    return any(rule_id == rule and name in path for rule, name in FALSE_POSITIVES)


@lru_cache(maxsize=256)
def _lint_text(text: str) -> tuple[str, ...]:
    matches = lint(text, config=ManualArgs(regions=REGIONS, include_checks=INCLUDE, ignore_checks=IGNORE))
    return tuple(
        f"{m.rule.id} {m.message} ({getattr(m, 'path_string', '')})"
        for m in matches
        if not _wrong_here(m.rule.id, list(getattr(m, "path", []) or []))
    )


def lint_errors(template: dict[str, Any]) -> list[str]:
    """Every cfn-lint finding (E, W and I rules but I1022) for ``template``."""
    return list(_lint_text(json.dumps(template, sort_keys=True, ensure_ascii=False)))
