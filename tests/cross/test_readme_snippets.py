"""Every ```python block of our README runs inside a stack and synthesizes a
template cfn-lint accepts."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import aws_cdk as cdk
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
    namespace: dict[str, object] = {"self": stack}
    exec(compile(BLOCKS[index], f"README.md[python block {index}]", "exec"), namespace)  # noqa: S102
    app = namespace.get("app")
    if isinstance(app, cdk.App):
        # a whole app (the quickstart): its own App, validation plugins and app.synth(), which
        # raises if a plugin reports an unacknowledged finding
        stacks = app.synth().stacks
        assert stacks
        assert any(artifact.template.get("Resources") for artifact in stacks)
        for artifact in (a for a in stacks if a.template.get("Resources")):  # the snippet's own (the test's may stay empty)
            # a stack with an explicit environment gets CDK's placeholder zones (dummy1a...) when the app is
            # synthesized without AWS credentials; cfn-lint's W3010 on those says nothing about the snippet
            findings = [f for f in lint_errors(artifact.template) if not (f.startswith("W3010") and "'dummy1" in f)]
            assert findings == []
        return
    template = synth(stack)
    if template.get("Resources"):  # the import-line block creates nothing
        assert lint_errors(template) == []


def test_quickstart_is_a_whole_app_checked_by_both_plugins() -> None:
    """The first python block after "## Quickstart" is the quickstart: an app with cdk-nag and our checks."""
    text = README.read_text()
    quickstart = re.search(r"## Quickstart\n.*?```python\n(.*?)```", text, flags=re.S)
    assert quickstart is not None
    code = quickstart.group(1)
    assert code in BLOCKS  # so test_snippet runs it
    assert "AwsSolutionsChecks(app)" in code and "ElastiCacheChecks()" in code and "app.synth()" in code
    assert len(code.strip().splitlines()) <= 30
    assert text.index("## Quickstart") < 5000  # near the top


def test_table_of_contents_matches_the_headings() -> None:
    """The lead regenerates it after merges: ``python scripts/readme_toc.py``."""
    spec = importlib.util.spec_from_file_location("readme_toc", README.parent / "scripts" / "readme_toc.py")
    assert spec is not None and spec.loader is not None
    toc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(toc)
    text = README.read_text()
    assert toc.render(text) == text, "run python scripts/readme_toc.py"
    titles = toc.headings(text)
    assert "Quickstart" in titles and "Performance" in titles
    # negative control: a new section makes the check fail
    assert toc.render(text + "\n## A new section\n") != text + "\n## A new section\n"
    # every anchor of the list is a heading's
    assert toc.anchor("Replication groups (Valkey, Redis OSS)") == "replication-groups-valkey-redis-oss"
