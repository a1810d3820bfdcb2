"""Whether an ElastiCache API endpoint's policy lets a component's calls through,
decided at synth time for the endpoint a user gives a component (``api_endpoint``
of :class:`~elasticache_kit.NatBastion` and :class:`~elasticache_kit.PasswordRotation`).

An endpoint policy is evaluated like a resource policy (the IAM policy evaluation
logic): an explicit ``Deny`` that matches wins, else an ``Allow`` that matches
allows, else the call is implicitly denied.  Only what is certain at synth time is
reported: a value known only at deploy time (a token in an ARN, a principal, a
condition) counts as matching an ``Allow`` and as not matching a ``Deny``, so a
refusal names a call the endpoint would refuse whatever the deploy-time values.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .._internal.tokens import is_token

__all__ = ["EndpointCall", "refused_calls"]


@dataclass(frozen=True)
class EndpointCall:
    """A call a component makes through an endpoint: the action and the resource ARN
    (``?``/``*`` in the ARN stand for the ids the component may name, e.g. member clusters)."""

    action: str
    resource: str


def _pattern(value: str) -> re.Pattern[str]:
    """An IAM wildcard (``*`` any run, ``?`` one character) as a case-sensitive regex."""
    return re.compile("".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in value) + r"\Z", re.S)


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def _unknown(value: str) -> bool:
    return is_token(value) or "${" in value  # a CDK token, or a CloudFormation reference written as text


def _action_matches(patterns: Iterable[str], action: str) -> bool:
    return any(_pattern(p.lower()).match(action.lower()) for p in patterns)


def _resource_matches(patterns: Iterable[str], resource: str, *, lenient: bool) -> bool:
    """Whether a resource pattern covers ``resource``; an ARN part known only at deploy
    time matches when ``lenient`` (Allow), never otherwise (Deny)."""
    sample = resource.replace("?", "0").replace("*", "x")  # one id the component may name
    for pattern in patterns:
        if pattern == "*":
            return True
        if _unknown(pattern) or _unknown(sample):
            ours, theirs = sample.split(":", 5), pattern.split(":", 5)
            if len(ours) != len(theirs):
                if lenient:
                    return True
                continue
            if all(((_unknown(a) or _unknown(b)) and lenient) or _pattern(b).match(a)
                   for a, b in zip(ours, theirs, strict=True)):
                return True
            continue
        if _pattern(pattern).match(sample):
            return True
    return False


def _principal_matches(statement: Mapping[str, Any], principal: str, *, lenient: bool) -> bool:
    if "NotPrincipal" in statement:
        return lenient
    given = statement.get("Principal", "*")
    values = _strings(given.get("AWS")) if isinstance(given, Mapping) else _strings(given)
    if "*" in values:
        return True
    if principal in values:
        return True
    return lenient and any(_unknown(v) or _unknown(principal) for v in values)


def _matches(statement: Mapping[str, Any], call: EndpointCall, principal: str, *, lenient: bool) -> bool:
    if "NotAction" in statement or "NotResource" in statement:
        return lenient
    if statement.get("Condition") and not lenient:
        return False
    return (_action_matches(_strings(statement.get("Action")), call.action)
            and _resource_matches(_strings(statement.get("Resource")), call.resource, lenient=lenient)
            and _principal_matches(statement, principal, lenient=lenient))


def refused_calls(document: Mapping[str, Any] | None, principal: str,
                  calls: Sequence[EndpointCall]) -> list[tuple[EndpointCall, str]]:
    """The calls ``document`` (an endpoint policy as JSON; None: full access) certainly refuses
    to ``principal``, each with why (``denied by statement N`` or ``no statement allows it``)."""
    if not isinstance(document, Mapping):
        return []
    statements = document.get("Statement", [])
    if isinstance(statements, Mapping):
        statements = [statements]
    statements = [s for s in statements if isinstance(s, Mapping)] if isinstance(statements, list) else []
    refused = []
    for call in calls:
        deny = next((i for i, s in enumerate(statements, 1)
                     if s.get("Effect") == "Deny" and _matches(s, call, principal, lenient=False)), None)
        if deny is not None:
            refused.append((call, f"denied by statement {deny}"))
        elif not any(s.get("Effect") == "Allow" and _matches(s, call, principal, lenient=True) for s in statements):
            refused.append((call, "no statement allows it"))
    return refused


def check_given_endpoint(site: Any, prop: str, endpoint: Any, *, vpc: Any, principal: str,
                         calls: Sequence[EndpointCall], component: str) -> None:
    """Fail at synth when an ElastiCache API endpoint given to ``component`` is in another VPC, or its
    policy refuses one of the component's calls (naming the endpoint, the action and the resource)."""
    from .._internal.context import jsii_ref

    path = str(endpoint.node.path)
    endpoint_vpc = getattr(endpoint, "vpc", None)
    if endpoint_vpc is not None and vpc is not None and jsii_ref(endpoint_vpc) != jsii_ref(vpc):
        site.fail(prop, path, f"is in VPC {endpoint_vpc.node.path}, not in {component}'s VPC {vpc.node.path}: "
                  "an interface endpoint serves only the VPC it is in")
    policy = getattr(endpoint, "policy", None)
    document = policy.to_json() if policy is not None else None
    for call, why in refused_calls(document, principal, calls):
        site.fail(prop, path, f"has a policy that refuses {call.action} on {call.resource} ({why}), which "
                  f"{component} calls through it: allow that action on that resource for {component}'s role")
