"""The generated JavaScript side (src/elasticache_kit/_core) matches its sources (core/)."""

from __future__ import annotations

import importlib.util
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "src" / "elasticache_kit" / "_core"


def _fingerprint() -> str:
    spec = importlib.util.spec_from_file_location("core_fingerprint", ROOT / "scripts" / "core_fingerprint.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.fingerprint())


def test_generated_module_matches_core_sources() -> None:
    recorded = (GENERATED / "SOURCE_SHA256").read_text().strip()
    assert recorded == _fingerprint(), "core/ changed: run `make core` and commit src/elasticache_kit/_core"


def test_bundle_holds_the_compiled_core() -> None:
    (bundle,) = (GENERATED / "_jsii").glob("*.jsii.tgz")
    with tarfile.open(bundle) as tar:
        names = set(tar.getnames())
        script = tar.extractfile("package/lib/index.js")
        assert script is not None
        text = script.read().decode()
    assert {"package/.jsii", "package/lib/index.js", "package/package.json"} <= names
    for name in ("CoreUser", "CoreUserGroup", "CoreServerlessCache", "elasticache_kit.ValidationError "):
        assert name in text
