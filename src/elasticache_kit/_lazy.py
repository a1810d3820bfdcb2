"""Import aws-cdk-lib submodules on first use.

Each ``aws_cdk.aws_*`` module's Python bindings take tens of milliseconds to
import; a program that never touches, say, Secrets Manager should not pay for
it when it imports elasticache_kit.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    """Stands for a module; imports it at the first attribute access."""

    __slots__ = ("_name", "_module")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._name}>"
