"""Rewrite the Python module jsii-pacmak generates for the core (``make core``)
so that a class whose base class lives in an aws-cdk-lib submodule is defined
on first use instead of at import.

jsii-pacmak imports other modules lazily, except for base classes: a class
statement needs its bases. ``CoreCacheDashboard extends Dashboard`` therefore
made every ``import elasticache_kit._core`` import ``aws_cdk.aws_cloudwatch``
(about 20 ms), even in a program that builds no dashboard, metric or alarm.

The rewrite moves each such class (and any class built on one) out of the
module body. Its source is kept twice: under ``if MYPY:`` for mypy (which takes
that name as true), and as text the module compiles and runs, in its own namespace, the
first time the name is asked for (a module ``__getattr__``, PEP 562). The
class is the same class as before: same module, same qualified name, same jsii
type, registered with the jsii runtime when it is defined.

    python scripts/core_lazy_classes.py src/elasticache_kit/_core/__init__.py
"""

from __future__ import annotations

import ast
import sys
import textwrap
from pathlib import Path

# Modules a class statement may still name: the aws-cdk-lib root and constructs
# (loaded by ``import aws_cdk``), aws_ec2 (``IConnectable``: every cache, endpoint
# and bastion has a VPC) and aws_iam (grants). The jsii aliases are
# ``_<module>_<hash>``.
EAGER_MODULES = ("_aws_cdk_ceddda9d", "_constructs_", "_aws_cdk_aws_ec2_", "_aws_cdk_aws_iam_")

MARKER = "# --- classes defined on first use (scripts/core_lazy_classes.py) ---"


def _names(node: ast.expr) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _lazy_classes(tree: ast.Module) -> list[ast.ClassDef]:
    """Top-level classes whose bases or decorators name a module outside
    ``EAGER_MODULES`` or a class already found here."""
    lazy: list[ast.ClassDef] = []
    lazy_names: set[str] = set()
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        used: set[str] = set()
        for expr in [*node.bases, *node.decorator_list]:
            used |= _names(expr)
        modules = {name for name in used if name.startswith("_aws_cdk_") or name.startswith("_constructs_")}
        if any(not name.startswith(EAGER_MODULES) for name in modules) or used & lazy_names:
            lazy.append(node)
            lazy_names.add(node.name)
    return lazy


def rewrite(source: str) -> str:
    """The module with its lazy classes moved; unchanged when it has none."""
    if MARKER in source:
        raise SystemExit("already rewritten")
    tree = ast.parse(source)
    classes = _lazy_classes(tree)
    if not classes:
        return source
    lines = source.splitlines(keepends=True)
    pieces: dict[str, str] = {}
    bases: dict[str, list[str]] = {}  # the lazy classes each one is built on, defined first
    spans = []
    for node in classes:
        bases[node.name] = sorted(set().union(*(_names(b) for b in node.bases)) & set(pieces))
        first = min([node.lineno, *(d.lineno for d in node.decorator_list)]) - 1
        assert node.end_lineno is not None
        pieces[node.name] = "".join(lines[first:node.end_lineno])
        spans.append((first, node.end_lineno))
    for first, end in reversed(spans):
        del lines[first:end]
    typed = "".join(f"if MYPY:\n{textwrap.indent(text, '    ')}\n" for text in pieces.values())
    table = "".join(f"    {name!r}: ({tuple(bases[name])!r}, {text!r}),\n" for name, text in pieces.items())
    tail = f'''

{MARKER}
# mypy reads these copies: it takes ``MYPY`` as true, like TYPE_CHECKING. They are not under
# TYPE_CHECKING because pdoc runs those blocks to resolve annotations, without this module's
# private names (``jsii``), and a class statement there would fail.
MYPY = False
{typed}
import __future__ as _future
import sys as _sys

# name: (the lazy classes it is built on, its source)
_LAZY_CLASSES: typing.Dict[str, typing.Tuple[typing.Tuple[str, ...], str]] = {{
{table}}}


def _define_on_first_use(name: str) -> typing.Any:
    entry = _LAZY_CLASSES.get(name)
    if entry is None:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
    if name not in globals():
        lazy_bases, source = entry
        for base in lazy_bases:
            _define_on_first_use(base)
        code = compile(source, __file__, "exec", flags=_future.annotations.compiler_flag, dont_inherit=True)
        exec(code, globals())
    value = globals()[name]
    setattr(_sys.modules[__name__], name, value)
    return value


setattr(_sys.modules[__name__], "__getattr__", _define_on_first_use)
'''
    return "".join(lines).rstrip("\n") + "\n" + tail


def main() -> None:
    path = Path(sys.argv[1])
    path.write_text(rewrite(path.read_text()))


if __name__ == "__main__":
    main()
