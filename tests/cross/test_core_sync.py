"""The generated JavaScript side (src/elasticache_kit/_core) matches its sources (core/)."""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "src" / "elasticache_kit" / "_core"


def _fingerprint() -> str:
    return str(_load_script("core_fingerprint").fingerprint())


def test_generated_module_matches_core_sources() -> None:
    recorded = (GENERATED / "SOURCE_SHA256").read_text().strip()
    assert recorded == _fingerprint(), "core/ changed: run `make core` and commit src/elasticache_kit/_core"


def _load_script(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bundle() -> dict[str, str]:
    (bundle,) = (GENERATED / "_jsii").glob("*.jsii.tgz")
    with tarfile.open(bundle) as tar:
        texts = {}
        for member in tar.getmembers():
            if member.name.endswith((".js", ".jsii", ".json")):
                handle = tar.extractfile(member)
                assert handle is not None
                texts[member.name] = handle.read().decode()
    return texts


def test_bundle_holds_the_compiled_core() -> None:
    texts = _bundle()
    assert {"package/.jsii", "package/lib/index.js", "package/package.json"} <= set(texts)
    # one module per Python domain, the shared classes and the private helpers (core/README.md)
    for module in ("internal", "private", "serverless", "rbac", "clusters", "endpoints", "redis_cloud"):
        assert f"package/lib/{module}.js" in texts, module
    scripts = "".join(text for name, text in texts.items() if name.startswith("package/lib/"))
    for name in ("CoreUser", "CoreUserGroup", "CoreServerlessCache", "elasticache_kit.ValidationError ", "checkedProps"):
        assert name in scripts, name


def test_typed_props_match_the_assembly() -> None:
    """``_internal/core_props.py`` is what scripts/core_props.py makes of the bundled assembly."""
    committed = (ROOT / "src" / "elasticache_kit" / "_internal" / "core_props.py").read_text()
    assert committed == _load_script("core_props").generate(), "run `make core` and commit _internal/core_props.py"


def test_every_core_constructor_names_its_props_interface() -> None:
    """No untyped props: every Core class whose initializer takes ``props`` documents the
    exported interface it checks them against, and that interface has a TypedDict."""
    spec = json.loads(_bundle()["package/.jsii"])
    structs = {fqn.rsplit(".", 1)[1] for fqn, t in spec["types"].items() if t.get("datatype")}
    from elasticache_kit._internal import core_props

    named = []
    for fqn, kind in spec["types"].items():
        params = (kind.get("initializer") or {}).get("parameters", [])
        props = [p for p in params if p["name"] == "props"]
        if kind["kind"] != "class" or not props:
            continue
        summary = props[0].get("docs", {}).get("summary", "")
        match = re.search(r"\{@link (Core\w+Props)\}", summary)
        assert match is not None, f"{fqn}: the props parameter names no props interface ({summary!r})"
        assert match.group(1) in structs, f"{fqn}: {match.group(1)} is not an exported interface"
        assert hasattr(core_props, match.group(1)), match.group(1)
        named.append(fqn)
    assert len(named) >= 12, named


def test_bundled_index_loads_each_class_from_its_own_module() -> None:
    """``make core`` rewrites lib/index.js (core/lazy-index.js) so a module loads when one of its
    names is first used: every class of the assembly is re-exported, from the module it is defined in."""
    texts = _bundle()
    index = texts["package/lib/index.js"]
    assert "__exportStar" not in index, "index.js was packed without the lazy rewrite: run `make core`"
    exported = {}
    for module, names in re.findall(r'reexport\("\./([a-z_]+)", (\[[^\]]*\])\);', index):
        for name in json.loads(names):
            assert name not in exported, f"{name} re-exported twice"
            exported[name] = module
    classes = {fqn.split(".", 1)[1]: Path(spec["locationInModule"]["filename"]).stem
               for fqn, spec in json.loads(texts["package/.jsii"])["types"].items() if spec["kind"] == "class"}
    assert classes, "no classes in the assembly"
    assert {name: exported.get(name) for name in classes} == classes
    for module in set(exported.values()):
        assert f"package/lib/{module}.js" in texts, module


def test_importing_core_imports_no_other_aws_cdk_module() -> None:
    """A class based on an aws-cdk-lib L2 from another module (``CoreCacheDashboard``:
    ``Dashboard``) is defined on first use, so importing ``_core`` imports no aws-cdk-lib
    module beyond those a cache's program has already (aws_ec2, aws_iam, and what they
    import): not ``aws_cdk.aws_cloudwatch``. Asking for the class defines it, once, and
    registers it with the jsii runtime. A fresh interpreter, as each program starts."""
    script = (
        "import sys, aws_cdk, aws_cdk.aws_ec2, aws_cdk.aws_iam\n"
        "before = set(sys.modules)\n"
        "import elasticache_kit._core as core\n"
        "added = sorted(m for m in set(sys.modules) - before if m.startswith('aws_cdk.'))\n"
        "dashboard = core.CoreCacheDashboard\n"
        "from aws_cdk import aws_cloudwatch\n"
        "from jsii import _reference_map\n"
        "print(added, issubclass(dashboard, aws_cloudwatch.Dashboard), core.CoreCacheDashboard is dashboard,\n"
        "      _reference_map._types['elasticache-kit-core.CoreCacheDashboard'] is dashboard, dashboard.__module__)\n"
    )
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True, env=env).stdout
    assert out.strip() == "[] True True True elasticache_kit._core", out


def test_lazy_class_rewrite_picks_classes_by_their_bases() -> None:
    """The rewrite's choice: a base or decorator from a module outside the eager ones makes a
    class lazy, and so does a lazy base; the root, constructs, aws_ec2 and aws_iam do not."""
    rewrite = _load_script("core_lazy_classes")
    source = (
        "import typing\n"
        "class Eager(_aws_cdk_ceddda9d.Resource):\n    pass\n"
        "@jsii.implements(_aws_cdk_aws_ec2_ceddda9d.IConnectable)\n"
        "class Connectable(_constructs_77d1e7e8.Construct):\n    pass\n"
        "@jsii.implements(_aws_cdk_aws_sns_ceddda9d.ITopicSubscription)\n"
        "class Decorated:\n    pass\n"
        "class Based(_aws_cdk_aws_cloudwatch_ceddda9d.Dashboard):\n    '''doc'''\n"
        "class OnLazy(Based):\n    pass\n"
    )
    assert [c.name for c in rewrite._lazy_classes(ast.parse(source))] == ["Decorated", "Based", "OnLazy"]
    rewritten = rewrite.rewrite(source)
    compile(rewritten, "<rewritten>", "exec")
    assert "class Eager(" in rewritten.split(rewrite.MARKER)[0]
    assert "class Based(" not in rewritten.split(rewrite.MARKER)[0]


def test_lazy_class_on_a_lazy_base_defines_the_base_first() -> None:
    """Asking for a lazy class built on another lazy class defines the base first, once
    (the rewritten fixture run as a module, with stand-ins for the jsii module aliases)."""
    import types

    rewrite = _load_script("core_lazy_classes")
    source = (
        "from __future__ import annotations\n"
        "import typing\n"
        "class Based(_aws_cdk_aws_cloudwatch_ceddda9d.Dashboard):\n    pass\n"
        "class OnLazy(Based):\n    pass\n"
    )
    module = types.ModuleType("lazy_fixture")
    module.__file__ = "lazy_fixture"
    module._aws_cdk_aws_cloudwatch_ceddda9d = types.SimpleNamespace(Dashboard=object)  # type: ignore[attr-defined]
    sys.modules["lazy_fixture"] = module
    try:
        exec(compile(rewrite.rewrite(source), "lazy_fixture", "exec"), module.__dict__)
        assert "Based" not in module.__dict__
        on_lazy = module.OnLazy
        assert on_lazy.__mro__[1] is module.Based
        assert module.OnLazy is on_lazy
    finally:
        del sys.modules["lazy_fixture"]
