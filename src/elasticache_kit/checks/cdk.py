"""The CDK validation plugin: ``Validations.of(app).add_plugins(ElastiCacheChecks())``.

aws-cdk-lib runs it on every synthesized template and matches its findings
against acknowledgements recorded with
``Validations.of(construct).acknowledge(Acknowledgment(id="ElastiCacheChecks::EC-RB3", reason=...))``
on the resource or any construct above it (the same mechanism, and the same
per-plugin prefixing, as every validation plugin; :func:`acknowledgment`
builds the id). Acknowledged findings appear in the validation report with
their reasons, and do not fail the synth.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import aws_cdk as cdk
import jsii

from .findings import Finding, Rule, Severity
from .registry import all_rules
from .runner import check_template
from .template import Template

__all__ = ["PLUGIN_NAME", "ElastiCacheChecks", "acknowledgment"]

#: The plugin's name in the validation report, and the prefix of its rule ids in acknowledgements.
PLUGIN_NAME = "ElastiCacheChecks"


def acknowledgment(rule_id: str, reason: str) -> cdk.Acknowledgment:
    """An acknowledgement of one of these rules, for ``Validations.of(construct).acknowledge(...)``."""
    return cdk.Acknowledgment(id=f"{PLUGIN_NAME}::{rule_id}", reason=reason)


@jsii.implements(cdk.IPolicyValidationPlugin)
class ElastiCacheChecks:
    """The ElastiCache rules as a CDK policy-validation plugin.

    A synth fails on unacknowledged *errors*; warnings and information are
    reported (aws-cdk-lib decides a report's success the same way once it has
    applied acknowledgements).
    """

    def __init__(self, *, rules: Sequence[Rule] | None = None, today: datetime.date | None = None,
                 baseline: str | None = None) -> None:
        """
        :param rules: the rules to run. Default: all of them.
        :param today: the date engine support is judged on. Default: today.
        :param baseline: the deployed templates, to report what this synth's
            templates would do to the running caches (update safety,
            :mod:`elasticache_kit.checks.update`): a saved template, a copy of a
            previous ``cdk.out`` (templates matched by file name), or
            ``aws cloudformation get-template`` output. Default: no comparison.
        """
        self._rules = list(rules) if rules is not None else all_rules()
        self._today = today
        self._baseline = baseline

    @property
    def name(self) -> str:
        """The plugin's name (prefix of acknowledgement ids)."""
        return PLUGIN_NAME

    @property
    def version(self) -> str | None:
        """The elasticache_kit version."""
        from .._version import __version__

        return __version__

    @property
    def rule_ids(self) -> list[str] | None:
        """The ids of the rules this plugin runs."""
        return [r.id for r in self._rules]

    def findings(self, template_paths: Sequence[str]) -> list[Finding]:
        """Check templates on disk (what :meth:`validate` reports)."""
        found: list[Finding] = []
        deployed = _deployed(self._baseline) if self._baseline else {}
        for path in template_paths:
            template = json.loads(Path(path).read_text(encoding="utf-8-sig"))
            found += check_template(Template(template, str(path), self._today), rules=self._rules)
            old = deployed.get(Path(path).name, deployed.get("*"))
            if old is not None:
                from .update import compare

                found += compare(old, template, name=str(path)).findings
        return found

    def validate(self, context: cdk.IPolicyValidationContext) -> cdk.PolicyValidationPluginReport:
        """Called by aws-cdk-lib during synth with the templates' paths."""
        findings = self.findings(list(context.template_paths))
        from .update import UPDATE_RULES

        titles = {r.id: r.title for r in self._rules} | {r.id: r.title for r in UPDATE_RULES.values()}
        violations = [
            cdk.PolicyViolation(
                rule_name=f.rule_id,
                description=f.message,
                fix=f.fix,
                severity=f.severity.value,
                rule_metadata={"title": titles[f.rule_id], "documentation": f.documentation},
                violating_resources=[cdk.PolicyViolatingResource(
                    locations=[f.location], resource_logical_id=f.logical_id, template_path=f.template)],
            )
            for f in findings
        ]
        return cdk.PolicyValidationPluginReport(
            success=not any(f.severity is Severity.ERROR for f in findings),
            violations=violations,
        )


def _deployed(baseline: str) -> dict[str, Any]:
    """The deployed templates by file name (``*`` when the baseline is one file)."""
    from .cli import _baseline

    templates = _baseline(baseline)
    return {"*": next(iter(templates.values()))} if Path(baseline).is_file() else templates
