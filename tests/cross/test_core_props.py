"""The typed boundary between the languages (core/README.md): a props key that
the JavaScript side does not know fails type checking in Python and is refused
at run time by the JavaScript side, for every Core class."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from aws_cdk.assertions import Template

from elasticache_kit import _core

from ..conftest import imported_vpc, new_stack

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "core_props"


def test_mypy_rejects_a_misspelt_key_and_a_mistyped_value() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", str(ROOT / "pyproject.toml"),
         str(FIXTURES / "well_typed.py"), str(FIXTURES / "misspelt.py")],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    lines = (FIXTURES / "misspelt.py").read_text().splitlines()
    misspelt = next(i for i, line in enumerate(lines, 1) if line.endswith("# MISSPELT"))
    mistyped = next(i for i, line in enumerate(lines, 1) if line.endswith("# MISTYPED"))
    # the well-typed file is clean (the negative control): every error is in misspelt.py, on the marked lines
    assert all(line.startswith(("tests/fixtures/core_props/misspelt.py:", str(FIXTURES / "misspelt.py"))) for line in errors), errors
    assert any(f"misspelt.py:{misspelt}:" in line and '"subnetGroupNme"' in line for line in errors), result.stdout
    assert any(f"misspelt.py:{mistyped}:" in line and "port" in line for line in errors), result.stdout
    assert result.returncode == 1, result.stdout


def _props_classes() -> list[str]:
    """Every Core class whose initializer takes ``props``, from the bundled assembly."""
    (bundle,) = (ROOT / "src" / "elasticache_kit" / "_core" / "_jsii").glob("*.jsii.tgz")
    with tarfile.open(bundle) as tar:
        handle = tar.extractfile("package/.jsii")
        assert handle is not None
        spec = json.load(handle)
    return sorted(
        fqn.rsplit(".", 1)[1] for fqn, kind in spec["types"].items()
        if kind["kind"] == "class" and any(p["name"] == "props" for p in (kind.get("initializer") or {}).get("parameters", []))
    )


@pytest.mark.parametrize("name", _props_classes())
def test_javascript_refuses_an_unknown_key(name: str) -> None:
    stack = new_stack()
    with pytest.raises(RuntimeError) as caught:
        getattr(_core, name)(stack, "X", {"subnetGroupNme": "x"})
    assert re.search(rf'{name}: unknown props key\(s\) "subnetGroupNme" \(known: [a-zA-Z, ]+\)', str(caught.value)), caught.value
    assert stack.node.try_find_child("X") is None  # refused before anything was added to the tree


def test_javascript_refuses_an_unknown_key_of_a_nested_props_object() -> None:
    stack = new_stack()
    vpc = imported_vpc(stack)
    rule = {"cidr": "10.0.0.0/16", "port": 22, "description": "ssh"}
    # the negative control: the same rule spelt right is accepted
    _core.CoreConnectableResource(stack, "Good", {"vpc": vpc, "securityGroupDescription": "d", "ingress": [rule]})
    with pytest.raises(RuntimeError, match=r'CoreRule: unknown props key\(s\) "toPorts"'):
        _core.CoreConnectableResource(
            stack, "Bad", {"vpc": vpc, "securityGroupDescription": "d", "ingress": [{**rule, "toPorts": 23}]},
        )


def test_known_keys_pass_and_reach_the_template() -> None:
    stack = new_stack()
    _core.CoreSubnetGroup(stack, "G", {"properties": {"description": "known keys", "subnetIds": ["subnet-1"]}})
    Template.from_stack(stack).has_resource_properties(
        "AWS::ElastiCache::SubnetGroup", {"Description": "known keys", "SubnetIds": ["subnet-1"]},
    )
