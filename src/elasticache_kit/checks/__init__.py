"""ElastiCache checks over CloudFormation templates: rules with stable ids
(``EC-SC1``...), for any template, whichever tool wrote it.

Four ways in: :func:`check_template` on a dict, the CDK validation plugin
:class:`ElastiCacheChecks`, the cfn-lint rules plugin
(``cfn-lint --append-rules elasticache_kit.checks.cfn_lint_rules``), and the CLI
``python -m elasticache_kit check TEMPLATE...``.

Every rule has a page: `the rules <checks/rules/index.html>`_.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._internal.lazy import lazy_exports

if TYPE_CHECKING:
    from .cdk import PLUGIN_NAME as PLUGIN_NAME
    from .cdk import ElastiCacheChecks as ElastiCacheChecks
    from .cdk import acknowledgment as acknowledgment
    from .findings import Finding as Finding
    from .findings import Rule as Rule
    from .findings import Severity as Severity
    from .registry import all_rules as all_rules
    from .runner import check_template as check_template
    from .support import ENGINE_SUPPORT as ENGINE_SUPPORT
    from .support import EngineSupport as EngineSupport
    from .template import Ingress as Ingress
    from .template import Template as Template

_EXPORTS: dict[str, str] = {
    "ENGINE_SUPPORT": "support",
    "ElastiCacheChecks": "cdk",
    "EngineSupport": "support",
    "Finding": "findings",
    "Ingress": "template",
    "PLUGIN_NAME": "cdk",
    "Rule": "findings",
    "Severity": "findings",
    "Template": "template",
    "acknowledgment": "cdk",
    "all_rules": "registry",
    "check_template": "runner",
}


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())


#: The public names: exactly those of the export table.
__all__ = list(_EXPORTS)
