"""A template as it deploys with given parameter values: ``Ref`` to a
parameter replaced by its value, conditions evaluated, ``Fn::If`` reduced to
the branch taken, ``AWS::NoValue`` removed, resources whose condition is false
left out.

The rules read templates as they are written, where a parameter is unknown;
:func:`check_template <elasticache_kit.checks.runner.check_template>` also runs
them over the template with the parameters' defaults (and over every
combination of ``AllowedValues``), to report what is insecure *with the
default parameters* at a lower severity instead of staying silent.

Plain functions on dicts: this module imports nothing else of the package.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from typing import Any

__all__ = ["Scenario", "parameter_names", "resolve", "scenarios"]

#: Parameter values by name.
Scenario = dict[str, Any]

_VARIABLE = re.compile(r"\$\{([^!}][^}]*)\}")
_REMOVE = object()
#: At most this many combinations of allowed values are evaluated.
MAX_COMBINATIONS = 16


def _substitutable(parameter: Any) -> bool:
    """Parameters whose value is the value (not an SSM name), and never a secret's."""
    if not isinstance(parameter, Mapping):
        return False
    kind = str(parameter.get("Type", "String"))
    return str(parameter.get("NoEcho", "")).lower() != "true" and not kind.startswith("AWS::SSM::")


def _value(parameter: Mapping[str, Any], value: Any) -> Any:
    kind = str(parameter.get("Type", "String"))
    if isinstance(value, str) and (kind == "CommaDelimitedList" or kind.startswith("List<")):
        return [part.strip() for part in value.split(",")]
    return value


def parameter_names(value: Any, parameters: Mapping[str, Any]) -> set[str]:
    """The parameters ``value`` refers to (``Ref`` and ``Fn::Sub`` variables)."""
    found: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            ref = item.get("Ref")
            if isinstance(ref, str) and ref in parameters:
                found.add(ref)
            sub = item.get("Fn::Sub")
            text = sub if isinstance(sub, str) else sub[0] if isinstance(sub, list) and sub else None
            if isinstance(text, str):
                found.update(n for n in _VARIABLE.findall(text) if n in parameters)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def scenarios(template: Mapping[str, Any]) -> tuple[Scenario, list[Scenario]]:
    """The defaults, and the combinations of allowed values (empty when there
    are none, or more than :data:`MAX_COMBINATIONS`), of the parameters the
    resources and conditions use. NoEcho and SSM parameters are left unknown."""
    parameters = template.get("Parameters")
    if not isinstance(parameters, Mapping):
        return {}, []
    used = parameter_names([template.get("Resources"), template.get("Conditions")], parameters)
    defaults = {name: _value(parameters[name], parameters[name]["Default"]) for name in sorted(used)
                if _substitutable(parameters[name]) and parameters[name].get("Default") is not None}
    choices = [(name, parameters[name]["AllowedValues"]) for name in sorted(used)
               if _substitutable(parameters[name]) and isinstance(parameters[name].get("AllowedValues"), list)
               and parameters[name]["AllowedValues"]]
    total = 1
    for _, values in choices:
        total *= len(values)
    if not choices or total > MAX_COMBINATIONS:
        return defaults, []
    combinations = [{**defaults, **{name: _value(parameters[name], value) for (name, _), value in zip(choices, combo, strict=True)}}
                    for combo in itertools.product(*(values for _, values in choices))]
    return defaults, combinations


class _Resolver:
    def __init__(self, template: Mapping[str, Any], values: Scenario) -> None:
        self.values = values
        conditions = template.get("Conditions")
        self.conditions: Mapping[str, Any] = conditions if isinstance(conditions, Mapping) else {}
        mappings = template.get("Mappings")
        self.mappings: Mapping[str, Any] = mappings if isinstance(mappings, Mapping) else {}
        self._known: dict[str, bool | None] = {}

    def condition(self, name: Any) -> bool | None:
        if not isinstance(name, str) or name not in self.conditions:
            return None
        if name not in self._known:
            self._known[name] = None  # a cycle stays unknown
            self._known[name] = self.truth(self.conditions[name])
        return self._known[name]

    def truth(self, expression: Any) -> bool | None:
        if isinstance(expression, bool):
            return expression
        if not isinstance(expression, Mapping) or len(expression) != 1:
            return None
        ((key, argument),) = expression.items()
        if key == "Condition":
            return self.condition(argument)
        if key == "Fn::Equals" and isinstance(argument, list) and len(argument) == 2:
            left, right = (self.walk(a) for a in argument)
            if isinstance(left, (str, int, float, bool)) and isinstance(right, (str, int, float, bool)):
                return str(left).lower() == str(right).lower() if isinstance(left, bool) or isinstance(right, bool) \
                    else str(left) == str(right)
            return None
        if key in ("Fn::Not", "Fn::And", "Fn::Or") and isinstance(argument, list):
            parts = [self.truth(a) for a in argument]
            if key == "Fn::Not":
                return None if len(parts) != 1 or parts[0] is None else not parts[0]
            if key == "Fn::And":
                return False if False in parts else None if None in parts else True
            return True if True in parts else None if None in parts else False
        return None

    def walk(self, value: Any) -> Any:
        if isinstance(value, list):
            items = [self.walk(v) for v in value]
            return [v for v in items if v is not _REMOVE]
        if not isinstance(value, Mapping):
            return value
        if len(value) == 1:
            ((key, argument),) = value.items()
            if key == "Ref" and argument == "AWS::NoValue":
                return _REMOVE
            if key == "Ref" and isinstance(argument, str) and argument in self.values:
                return self.values[argument]
            if key == "Fn::If" and isinstance(argument, list) and len(argument) == 3:
                taken = self.condition(argument[0])
                if taken is not None:
                    return self.walk(argument[1] if taken else argument[2])
                return {"Fn::If": [argument[0], self.walk(argument[1]), self.walk(argument[2])]}
            if key == "Fn::Sub" and isinstance(argument, str):
                text = _VARIABLE.sub(lambda m: str(self.values[m.group(1)]) if isinstance(
                    self.values.get(m.group(1)), (str, int, float)) else m.group(0), argument)
                return text if not _VARIABLE.search(text) else {"Fn::Sub": text}
            if key == "Fn::FindInMap" and isinstance(argument, list) and len(argument) >= 3:
                keys = [self.walk(a) for a in argument[:3]]
                if all(isinstance(k, str) for k in keys):
                    table = self.mappings.get(keys[0])
                    row = table.get(keys[1]) if isinstance(table, Mapping) else None
                    if isinstance(row, Mapping) and keys[2] in row:
                        return self.walk(row[keys[2]])
        walked = {k: self.walk(v) for k, v in value.items()}
        return {k: v for k, v in walked.items() if v is not _REMOVE}


def resolve(template: Mapping[str, Any], values: Scenario) -> dict[str, Any]:
    """``template`` as it deploys with parameter ``values`` (other parameters stay references)."""
    resolver = _Resolver(template, values)
    resources = template.get("Resources")
    kept: dict[str, Any] = {}
    for logical_id, resource in (resources.items() if isinstance(resources, Mapping) else ()):
        if isinstance(resource, Mapping) and resolver.condition(resource.get("Condition")) is False:
            continue
        kept[logical_id] = resolver.walk(resource)
    return {**template, "Resources": kept}
