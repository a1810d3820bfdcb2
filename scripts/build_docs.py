"""Build the API reference from the docstrings with pdoc: ``make docs``.

Usage: ``python scripts/build_docs.py [OUTPUT_DIR]`` (default ``docs/_build``).

One page per module that defines public names (``elasticache_kit/clusters/replication_group.html``
holds ``ReplicationGroup``, ``ClusterReplicationGroup``, their base and options), the
``checks`` and ``redis_cloud`` packages and the modules whose import path is public
(``auth``, ``bastion_client``, ``engines``, ``errors``, ``checks.cli``); an ``index.html`` that
lists every name of ``elasticache_kit.__all__`` with its summary and link (no redirect);
a page per check rule. The templates in ``scripts/docs_templates`` add to pdoc's: a props
table per class (type, default, description; defaults read from the one form the docstrings
use, a closing ``Default: ...``), every member a class inherits from this library (private
bases and the JavaScript side's ``Core*`` classes are walked through, never named),
signatures as written in the source, and only exported names at a module's top level.
Exits with status 1 when pdoc or the imports it makes raise any warning (an
``__all__`` name that does not resolve, a docstring pdoc cannot parse, a
submodule that fails to import), after printing them all.

``elasticache_kit`` loads its public names lazily (``_EXPORTS`` and a module
``__getattr__``), and pdoc documents a package's ``__all__`` from the module's
``__dict__``, so every public name is resolved before pdoc reads the package.
"""

from __future__ import annotations

import importlib
import os
import re
import shutil
import sys
import warnings
from pathlib import Path

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "_build"
sys.path.insert(0, str(Path(__file__).resolve().parent))  # _docs_pages, next to this script

TEMPLATES = Path(__file__).resolve().parent / "docs_templates"

# Packages documented as one page (their own ``__all__``), and modules whose import path is public.
PACKAGE_PAGES = ("elasticache_kit.checks", "elasticache_kit.redis_cloud")
PUBLIC_PATH_MODULES = ("elasticache_kit.auth", "elasticache_kit.bastion_client", "elasticache_kit.checks.cli",
                       "elasticache_kit.engines", "elasticache_kit.errors")

#: The modules to document; None: computed from ``elasticache_kit.__all__`` (:func:`reference_modules`).
MODULES: tuple[str, ...] | None = None


def page_of_names() -> dict[str, str]:
    """Each public name of ``elasticache_kit`` -> the module whose page documents it."""
    import elasticache_kit

    pages: dict[str, str] = {}
    for name in elasticache_kit.__all__:
        value = getattr(elasticache_kit, name)
        if isinstance(value, type(sys)):
            pages[name] = value.__name__
            continue
        module = "elasticache_kit." + elasticache_kit._EXPORTS[name]
        for package in PACKAGE_PAGES:
            if module.startswith(package + "."):
                module = package
        pages[name] = module
    return pages


def reference_modules() -> tuple[str, ...]:
    """Every module with a page: where the public names are defined, the packages, the public paths."""
    return tuple(sorted(set(page_of_names().values()) | set(PACKAGE_PAGES) | set(PUBLIC_PATH_MODULES)))


# pdoc (16.0) reads a reST field's name up to the *last* colon of its line, so
# ``:param engine: engine and major version. Default: none.`` renders the name
# "engine: engine and major version. Default". reST ends the name at the first
# colon and lets the body start on the next, indented line; written that way,
# pdoc reads the same field right. tests/cross/test_packaging.py checks every rendered
# parameter name is a plain identifier.
_FIELD_WITH_BODY = re.compile(r"^(?P<indent>[ ]*):(?P<kind>param|raises)[ ]+(?P<name>[^:\n]+?):[ ]+(?P<body>\S.*)$", re.MULTILINE)


# reST's literal-block marker: "text::" is "text:" followed by a code block, a line of "::" alone
# introduces one silently. pdoc would print the colons.
_LITERAL_MARKER = re.compile(r"^(?P<indent>[ ]*)(?P<text>(?!\.\. )\S.*?)?::[ ]*$", re.MULTILINE)


def _literal_markers(docstring: str) -> str:
    return _LITERAL_MARKER.sub(lambda m: f"{m['indent']}{m['text']}:" if m["text"] else "", docstring)


def _field_bodies_on_their_own_lines(docstring: str) -> str:
    """``:param x: text`` -> ``:param x:`` and ``text`` indented on the next line (same reST)."""
    docstring = _literal_markers(docstring)
    return _FIELD_WITH_BODY.sub(lambda m: f"{m['indent']}:{m['kind']} {m['name']}:\n{m['indent']}    {m['body']}", docstring)


def _read_fields_as_rest_does() -> None:
    import pdoc.docstrings

    rst = pdoc.docstrings.rst
    if getattr(rst, "_fields_on_their_own_lines", False):
        return

    def fields_first(contents: str, source_file: Path | None) -> str:
        return rst(_field_bodies_on_their_own_lines(contents), source_file)

    fields_first._fields_on_their_own_lines = True  # type: ignore[attr-defined]
    pdoc.docstrings.rst = fields_first


def build(output: Path, modules: tuple[str, ...]) -> list[warnings.WarningMessage]:
    """Write the HTML reference of ``modules`` into ``output`` (replaced); return the warnings raised meanwhile."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        import pdoc
        import pdoc.render

        import elasticache_kit

        for name in modules:
            module = importlib.import_module(name)
            for public in getattr(module, "__all__", ()):
                # A lazy name becomes a module attribute pdoc can see; one that does
                # not resolve is left for pdoc to report.
                getattr(module, public, None)
        _read_fields_as_rest_does()
        pdoc.render.configure(
            docformat="restructuredtext",
            footer_text=f"elasticache_kit {elasticache_kit.__version__}",
            template_directory=TEMPLATES,
            show_source=False,  # the source would name private bases and helpers
        )
        from _docs_pages import install

        install(pdoc.render.env, page_of_names(), modules, PACKAGE_PAGES, PUBLIC_PATH_MODULES, elasticache_kit.__version__)
        if output.exists():
            if any(output.iterdir()) and not (output / "index.html").is_file():
                raise SystemExit(f"docs: {output} is not empty and holds no earlier reference; not replacing it")
            shutil.rmtree(output)
        pdoc.pdoc(*modules, output_directory=output)
    return caught


def main(argv: list[str]) -> int:
    """Build into ``argv[1]`` or ``docs/_build``; 1 if there were warnings."""
    output = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    caught = build(output, MODULES or reference_modules())
    from elasticache_kit.checks.pages import write_rule_pages

    write_rule_pages(output / "elasticache_kit" / "checks" / "rules")  # a page per ElastiCache check
    for warning in caught:
        print(f"warning: {warning.filename}:{warning.lineno}: {warning.category.__name__}: {warning.message}", file=sys.stderr)
    if caught:
        print(f"docs: {len(caught)} warning(s); the reference in {output} is not clean", file=sys.stderr)
        return 1
    print(f"docs: {output / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
