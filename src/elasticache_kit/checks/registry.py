"""The list of rules: each rule module registers its rules with :func:`rule`."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from .findings import CheckFunction, Rule, Severity

__all__ = ["DOMAINS", "RULE_MODULES", "all_rules", "rule"]

#: The modules that define rules, by domain.
RULE_MODULES = ("serverless", "rbac", "endpoints", "clusters", "bastion", "public_caches", "global_datastores", "deploy")

_RULES: dict[str, Rule] = {}


def rule(id: str, severity: Severity, *, title: str, why: str, fix: str, documentation: str,
         resource_types: tuple[str, ...] = ()) -> Callable[[CheckFunction], CheckFunction]:
    """Register the decorated check function as rule ``id``."""

    def register(check: CheckFunction) -> CheckFunction:
        if id in _RULES:
            raise ValueError(f"rule {id} is defined twice")
        _RULES[id] = Rule(id, severity, title, why, fix, documentation, check, resource_types)
        return check

    return register


def all_rules() -> list[Rule]:
    """Every rule, by domain (:data:`DOMAINS`), then number."""
    for module in RULE_MODULES:
        importlib.import_module(f".{module}", __package__)

    return sorted(_RULES.values(), key=lambda r: _split(r.id))


#: Rule domains in report order: serverless, RBAC, endpoints, node-based clusters, NAT bastion,
#: deploy rehearsal (what the template grants vs. what its code needs).
DOMAINS = ("SC", "RB", "EP", "CL", "NB", "DR")


def _split(rule_id: str) -> tuple[int, int]:
    tail = rule_id.split("-", 1)[1]
    letters = tail.rstrip("0123456789")
    return DOMAINS.index(letters), int(tail[len(letters):] or 0)
