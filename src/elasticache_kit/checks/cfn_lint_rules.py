"""The ElastiCache rules as cfn-lint 1.x rules:

    cfn-lint --append-rules elasticache_kit.checks.cfn_lint_rules template.json

Each rule becomes a ``CloudFormationLintRule`` whose cfn-lint id carries the
severity letter cfn-lint expects (``E``, ``W``, ``I``) and a number in the 9xxx
range left to custom rules: ``EC-SC1`` is ``E9101``. The message starts with
the ``EC-`` id. The engine runs once per template; every rule reads its
findings from that one pass. Turn a rule off with cfn-lint's own
``--ignore-checks E9101`` or ``Metadata: cfn-lint: config: ignore_checks``.
"""

from __future__ import annotations

from typing import Any

from cfnlint.rules import CloudFormationLintRule, RuleMatch  # type: ignore[import-untyped]

from .findings import Finding, Rule
from .registry import all_rules
from .runner import check_template
from .template import Template

__all__ = ["DOMAIN_NUMBERS", "cfn_lint_id"]

#: The digit after ``9`` in a cfn-lint id, by rule domain.
DOMAIN_NUMBERS = {"SC": 1, "RB": 2, "EP": 3, "CL": 4, "NB": 5, "DR": 6}

# The template object cfn-lint is linting, and its findings. Holding the object
# (not its id) means a later template can never be mistaken for it.
_last: tuple[Any, list[Finding]] | None = None


def cfn_lint_id(rule: Rule) -> str:
    """cfn-lint's id of a rule: severity letter, 9, domain digit, two-digit number (``EC-CL11`` -> ``I9411``)."""
    tail = rule.id.split("-", 1)[1]
    domain = tail.rstrip("0123456789")
    return f"{rule.severity.letter}9{DOMAIN_NUMBERS[domain]}{int(tail[len(domain):]):02d}"


def _findings(cfn: Any) -> list[Finding]:
    """The findings of the template cfn-lint is linting (one engine pass per template)."""
    global _last
    if _last is None or _last[0] is not cfn:
        _last = (cfn, check_template(Template(cfn.template, getattr(cfn, "filename", None) or "template")))
    return _last[1]


def _make(rule: Rule) -> type:
    def match(self: Any, cfn: Any) -> list[Any]:
        return [RuleMatch(["Resources", f.logical_id, *f.path], f"{f.rule_id}: {f.message}")
                for f in _findings(cfn) if f.rule_id == rule.id]

    return type(f"ElastiCache{rule.id.replace('-', '')}", (CloudFormationLintRule,), {
        "id": cfn_lint_id(rule),
        "shortdesc": f"{rule.id}: {rule.title}",
        "description": f"{rule.why} Fix: {rule.fix}",
        "source_url": rule.documentation,
        "tags": ["elasticache", rule.id],
        "match": match,
        "__module__": __name__,
        "__doc__": f"**{rule.id}** ({rule.severity.value}; cfn-lint {cfn_lint_id(rule)}): {rule.title}.\n\n"
                   f"{rule.why}\n\nFix: {rule.fix}\n\nDocumentation: {rule.documentation}\n",
    })


for _rule in all_rules():
    _class = _make(_rule)
    globals()[_class.__name__] = _class
del _rule, _class
