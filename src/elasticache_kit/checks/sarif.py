"""Findings as SARIF 2.1.0 (``--format sarif``), the format code-scanning UIs
read: one run, the rules in the tool's driver, one result per finding with the
template's path, line and column, suppressed findings marked as such, and
unreadable files as tool notifications."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .findings import Finding, Rule, Severity

__all__ = ["SARIF_SCHEMA", "to_sarif"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": rule.id.replace("-", ""),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.why},
        "help": {"text": f"{rule.why} Fix: {rule.fix}"},
        "helpUri": rule.documentation,
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": ["security", "elasticache"]},
    }


def _result(finding: Finding, rules: dict[str, int], justification: str | None) -> dict[str, Any]:
    region: dict[str, int] = {}
    if finding.line is not None:
        region["startLine"] = finding.line
        if finding.column is not None:
            region["startColumn"] = finding.column
    physical: dict[str, Any] = {"artifactLocation": {"uri": finding.template.replace("\\", "/")}}
    if region:
        physical["region"] = region
    result: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "level": _LEVEL[finding.severity],
        "message": {"text": f"{finding.message} Fix: {finding.fix}"},
        "locations": [{
            "physicalLocation": physical,
            "logicalLocations": [{"name": finding.logical_id, "kind": "resource",
                                  "fullyQualifiedName": f"Resources.{finding.logical_id}.{finding.location}"}],
        }],
    }
    if finding.rule_id in rules:
        result["ruleIndex"] = rules[finding.rule_id]
    if justification is not None:
        result["suppressions"] = [{"kind": "external", "justification": justification}]
    return result


def to_sarif(findings: Sequence[Finding], rules: Sequence[Rule], *, version: str,
             suppressed: Sequence[tuple[Finding, str]] = (), errors: Sequence[str] = ()) -> dict[str, Any]:
    """The SARIF log of one check run.

    :param findings: the findings reported.
    :param rules: the rules that ran (the driver's rule list).
    :param version: the tool's version.
    :param suppressed: findings left out by an acknowledgement or suppression, with its reason.
    :param errors: one message per file that could not be read.
    """
    index = {rule.id: i for i, rule in enumerate(rules)}
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "elasticache_kit", "version": version,
            "rules": [_rule(r) for r in rules],
        }},
        "results": [_result(f, index, None) for f in findings] + [_result(f, index, why) for f, why in suppressed],
        "invocations": [{
            "executionSuccessful": not errors,
            "toolExecutionNotifications": [{"level": "error", "message": {"text": e}} for e in errors],
        }],
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
