"""Running the rules over a template: one pass per rule, then the passes
with the parameters' defaults and allowed values (:mod:`.scenarios`)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from .findings import Finding, Rule, Severity
from .registry import all_rules
from .scenarios import parameter_names, resolve, scenarios
from .template import Path, Template

__all__ = ["check_template"]


_LOWER = {Severity.ERROR: Severity.WARNING, Severity.WARNING: Severity.INFO, Severity.INFO: Severity.INFO}


def _run(template: Template, rules: Sequence[Rule]) -> dict[tuple[str, str, Path], list[Finding]]:
    """The findings of one pass, by (logical id, rule, path); one property may have several."""
    found: dict[tuple[str, str, Path], list[Finding]] = {}
    for rule in rules:
        for item in rule.check(template):
            logical_id, path, message = item[0], item[1], item[2]
            # a rule may yield a fourth element: the severity of this finding, when it differs from the rule's
            severity = item[3] if len(item) > 3 else rule.severity
            same = found.setdefault((logical_id, rule.id, path), [])
            if all(f.message != message for f in same):
                same.append(Finding(template.name, logical_id, rule.id, path, message, severity, rule.fix,
                                    rule.documentation))
    return found


def _parameters_of(template: Template, found: Finding) -> list[str]:
    """The parameters behind a finding: those of the property it names (and of the
    conditions that property uses), else those of the resource's conditions; at most five."""
    value: Any = template.resources.get(found.logical_id, {})
    for part in found.path:
        inner = value.get(part) if isinstance(value, Mapping) and isinstance(part, str) else \
            value[part] if isinstance(value, list) and isinstance(part, int) and part < len(value) else None
        if inner is None:
            value = None
            break
        value = inner
    conditions = template.source.get("Conditions")
    conditions = conditions if isinstance(conditions, Mapping) else {}
    scope = value if value is not None else [
        c for c in _condition_names(template.resources.get(found.logical_id))]
    used = [conditions.get(c) for c in _condition_names(scope)] if value is not None else [conditions.get(c) for c in scope]
    names = parameter_names([value, used], template.parameters)
    return sorted(names)[:5]


def _condition_names(value: Any) -> set[str]:
    names: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            branch = item.get("Fn::If")
            if isinstance(branch, list) and branch and isinstance(branch[0], str):
                names.add(branch[0])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return names


def check_template(template: Mapping[str, Any] | Template, *, name: str = "template",
                   rules: Sequence[Rule] | None = None, today: datetime.date | None = None) -> list[Finding]:
    """Run the rules (default: all) over one template; findings sorted by
    resource, then rule.

    Parameters are unknown in the template as written. The rules also run over
    the template with the parameters' defaults and over every combination of
    their ``AllowedValues`` (conditions and ``Fn::If`` evaluated): what holds
    for every allowed value is reported at the rule's severity, what holds only
    with the defaults one level lower, both with the parameter values named in
    the message.
    """
    prepared = template if isinstance(template, Template) else Template(template, name, today)
    chosen = list(rules) if rules is not None else all_rules()
    found = _run(prepared, chosen)
    defaults, combinations = scenarios(prepared.source)
    # without parameter values or conditions there is nothing to evaluate
    resolved = resolve(prepared.source, defaults) if defaults or prepared.source.get("Conditions") else prepared.source
    if resolved is not prepared.source and resolved != prepared.source:
        # a property the template as written already has findings on keeps only those
        by_default = _run(Template(resolved, prepared.name, prepared.today), chosen)
        always: dict[tuple[str, str, Path], list[Finding]] = {}
        for i, values in enumerate(combinations):
            run = _run(Template(resolve(prepared.source, values), prepared.name, prepared.today), chosen)
            always = run if i == 0 else {key: f for key, f in always.items() if key in run}
        for key, same in {**by_default, **always}.items():
            if key in found:
                continue
            names = _parameters_of(prepared, same[0])
            if key in always:
                varied = [n for n in names if n in combinations[0] and n not in defaults] or \
                    [n for n in names if n in combinations[0]]
                found[key] = [replace(f, message=f"{f.message} with every allowed value of "
                                                 f"{', '.join(varied) or 'the parameters'}") for f in same]
            else:
                shown = ", ".join(f"{n}={defaults[n]}" for n in names if n in defaults)
                found[key] = [replace(f, severity=_LOWER[f.severity],
                                      message=f"{f.message} with the default parameters"
                                              + (f" ({shown})" if shown else "")) for f in same]
    return sorted((f for same in found.values() for f in same),
                  key=lambda f: (f.template, f.logical_id, f.rule_id, f.location, f.message))

