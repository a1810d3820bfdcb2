"""One way to document a default: every docstring in ``src/elasticache_kit`` closes a prop's text
with ``Default: X.`` (a ``:param`` field, a TypedDict key's or a dataclass field's docstring).

The API reference's props table reads that form and no other (``scripts/_docs_pages.py``
``split_default``), so a default written another way, such as the trailing ``[X]`` the
replication group options and the alarm thresholds once used, would show as part of the
description with the default column saying "none". The generated JavaScript bindings
(``_core/``) are jsii's, not ours, and are not read.
"""

from __future__ import annotations

import ast
import re
import runpy
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src" / "elasticache_kit"
#: The API reference's helpers: ``param_texts`` (how it reads ``:param`` fields), ``split_default``.
DOCS_PAGES = runpy.run_path(str(ROOT / "scripts" / "_docs_pages.py"))

#: A default in brackets closing a prop's text: ``Port [6379].``
_BRACKETED = re.compile(r"\[[^\[\]]+\]\.?\s*$")


def _docstrings(tree: ast.Module) -> Iterator[tuple[int, str, str]]:
    """(line, kind, text) of every docstring: a module's, class's or function's ("doc"), and the
    string under an assignment in a module or class body ("attribute", e.g. a TypedDict key's)."""
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        for index, statement in enumerate(body):
            if (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)
                    and isinstance(statement.value.value, str)):
                kind = "doc" if index == 0 else "attribute"
                yield statement.lineno, kind, statement.value.value


def other_forms(source: str, where: str) -> list[str]:
    """Each prop text in ``source`` whose default is written in brackets, as ``where:line name``."""
    found = []
    for line, kind, text in _docstrings(ast.parse(source)):
        texts = DOCS_PAGES["param_texts"](text) or {f"({kind})": text}
        found += [f"{where}:{line} {name}: ...{body[-60:]!r}" for name, body in texts.items()
                  if _BRACKETED.search(body)]
    return found


def _sources() -> list[Path]:
    return [path for path in sorted(SOURCE.rglob("*.py")) if "_core" not in path.relative_to(SOURCE).parts]


def test_every_docstring_writes_defaults_one_way() -> None:
    sources = _sources()
    assert len(sources) > 80 and SOURCE / "clusters" / "replication_group.py" in sources
    found = [hit for path in sources for hit in other_forms(path.read_text(), str(path.relative_to(ROOT)))]
    assert found == [], "write the default as a closing 'Default: X.':\n" + "\n".join(found)
    written = sum(path.read_text().count("Default: ") for path in sources)
    assert written > 200  # the form the check leaves alone is there to read


def test_the_check_sees_each_place_a_default_is_written() -> None:
    """Negative control: the bracketed form is found in a TypedDict key's docstring, a ``:param``
    field (also on a continuation line) and a dataclass field's docstring; ``Default:`` is not."""
    bad = '''
class Options(TypedDict, total=False):
    """Options."""

    port: int
    """Port [6379]."""


def make(*, port: int = 6379, tls: bool = True) -> None:
    """Make one.

    :param port: the port [6379].
    :param tls: whether the clients
        speak TLS [True].
    """


@dataclass
class Thresholds:
    """Thresholds."""

    cpu: float = 90
    """Percent (Average, 1 min, 5 of 5) [90]."""
'''
    found = other_forms(bad, "bad.py")
    assert [hit.split(" ")[:2] for hit in found] == [
        ["bad.py:6", "(attribute):"], ["bad.py:10", "port:"], ["bad.py:10", "tls:"], ["bad.py:23", "(attribute):"]]
    good = bad.replace(" [6379].", ". Default: 6379.").replace(" [True].", ". Default: True.").replace(
        " [90].", ". Default: 90.")
    assert other_forms(good, "good.py") == []


def test_reference_reads_only_that_form() -> None:
    """The props table takes its default column from ``Default: X.``; brackets are description."""
    split_default = DOCS_PAGES["split_default"]
    assert split_default("Port. Default: 6379.") == ("Port.", "6379")
    assert split_default("Engine and version. Default: ``EngineVersion.VALKEY_LATEST``.") == (
        "Engine and version.", "``EngineVersion.VALKEY_LATEST``")
    assert split_default("Percent (Average, 1 min, 5 of 5). Default: 58,500: 90 % of the limit, ours.") == (
        "Percent (Average, 1 min, 5 of 5).", "58,500: 90 % of the limit, ours")
    assert split_default("Port [6379].") == ("Port [6379].", None)
    assert split_default("A subnet group to use instead of creating one.") == (
        "A subnet group to use instead of creating one.", None)
