"""Every ```python block of our README runs inside a stack and synthesizes a
template cfn-lint accepts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ..conftest import new_stack, synth
from ..support.lint import lint_errors

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.S)


def test_readme_has_snippets() -> None:
    assert len(BLOCKS) >= 5


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_snippet(index: int) -> None:
    stack = new_stack("Readme")
    exec(compile(BLOCKS[index], f"README.md[python block {index}]", "exec"), {"self": stack})  # noqa: S102
    template = synth(stack)
    if template.get("Resources"):  # the import-line block creates nothing
        assert lint_errors(template) == []
