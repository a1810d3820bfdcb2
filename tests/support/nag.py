"""cdk-nag's six packs over one app, with the findings collected instead of raised."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import aws_cdk as cdk
from cdk_nag import (
    AwsSolutionsChecks,
    HIPAASecurityChecks,
    NIST80053R4Checks,
    NIST80053R5Checks,
    PCIDSS321Checks,
    ServerlessChecks,
)

#: Every cdk-nag pack the library is kept clean under.
PACKS = (AwsSolutionsChecks, HIPAASecurityChecks, PCIDSS321Checks, NIST80053R4Checks, NIST80053R5Checks,
         ServerlessChecks)


def add_packs(app: cdk.App) -> None:
    """Add every pack to ``app`` as validation plugins."""
    cdk.Validations.of(app).add_plugins(*(pack(app) for pack in PACKS))


def findings(app: cdk.App, outdir: str) -> list[dict[str, Any]]:
    """Synthesize ``app`` (with the packs added) into ``outdir`` and return every
    unacknowledged violation: ``{"rule", "paths", "plugin"}``."""
    add_packs(app)
    try:
        app.synth()
    except RuntimeError as error:  # validation failures raise once the report is written
        if "ValidationFailed" not in str(error):
            raise
    report = json.loads((Path(outdir) / "validation-report.json").read_text())
    found = []
    for plugin in report["pluginReports"]:
        for violation in plugin.get("violations", []):
            paths = sorted(v["constructPath"] for v in violation.get("violatingConstructs", []))
            found.append({"rule": violation["ruleName"], "paths": paths, "plugin": plugin["pluginName"], "severity": violation.get("severity")})
    return found
