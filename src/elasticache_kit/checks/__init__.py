"""ElastiCache checks over CloudFormation templates: rules with stable ids
(``EC-SC1``...), for any template, whichever tool wrote it.

Three ways in: :func:`check_template` on a dict, the CDK validation plugin
:class:`ElastiCacheChecks`, the cfn-lint rules plugin
(``cfn-lint --append-rules elasticache_kit.checks.cfnlint``), and the CLI
``python -m elasticache_kit check TEMPLATE...``.

Every rule has a page: `the rules <checks/rules/index.html>`_.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._internal.lazy import lazy_exports

if TYPE_CHECKING:
    from .cdk import PLUGIN_NAME, ElastiCacheChecks, acknowledgment
    from .engine import Ingress, Template, check_template
    from .findings import Finding, Rule, Severity
    from .registry import all_rules
    from .support import ENGINE_SUPPORT, EngineSupport

_EXPORTS: dict[str, str] = {
    "ENGINE_SUPPORT": "support",
    "ElastiCacheChecks": "cdk",
    "EngineSupport": "support",
    "Finding": "findings",
    "Ingress": "engine",
    "PLUGIN_NAME": "cdk",
    "Rule": "findings",
    "Severity": "findings",
    "Template": "engine",
    "acknowledgment": "cdk",
    "all_rules": "registry",
    "check_template": "engine",
}


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())


__all__ = [
    "ENGINE_SUPPORT",
    "ElastiCacheChecks",
    "EngineSupport",
    "Finding",
    "Ingress",
    "PLUGIN_NAME",
    "Rule",
    "Severity",
    "Template",
    "acknowledgment",
    "all_rules",
    "check_template",
]
