"""Shared fixtures: a quiet App/Stack factory, synth helpers, in-process cfn-lint
and JSON snapshots that are always linted."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from typing import Any

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

import aws_cdk as cdk  # noqa: E402
import pytest  # noqa: E402
from aws_cdk import aws_ec2 as ec2  # noqa: E402
from syrupy.extensions.json import JSONSnapshotExtension  # noqa: E402

from .support.lint import lint_errors  # noqa: E402

SUBNETS = ["subnet-0a1b2c3d4e5f60718", "subnet-0b1c2d3e4f5061728", "subnet-0c1d2e3f405162738"]


def new_stack(name: str = "Test", env: cdk.Environment | None = None) -> cdk.Stack:
    """A stack in a fresh app: no version rule, no metadata, no built-in validation
    (every template is linted by cfn-lint instead)."""
    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False)
    return cdk.Stack(
        app,
        name,
        env=env,
        synthesizer=cdk.DefaultStackSynthesizer(generate_bootstrap_version_rule=False),
    )


def imported_vpc(stack: cdk.Stack, *, isolated: bool = False, cidr: str | None = None) -> ec2.IVpc:
    """A VPC imported by attributes: small templates, fixed subnet ids."""
    zones = ["us-east-1a", "us-east-1b", "us-east-1c"]
    if isolated:
        return ec2.Vpc.from_vpc_attributes(
            stack, "Vpc", vpc_id="vpc-0123456789abcdef0", availability_zones=zones, isolated_subnet_ids=SUBNETS,
            vpc_cidr_block=cidr,
        )
    return ec2.Vpc.from_vpc_attributes(
        stack, "Vpc", vpc_id="vpc-0123456789abcdef0", availability_zones=zones, private_subnet_ids=SUBNETS,
        vpc_cidr_block=cidr,
    )


def synth(stack: cdk.Stack) -> dict[str, Any]:
    """The stack's template as a dict."""
    stage = cdk.Stage.of(stack)
    assert stage is not None
    assembly = stage.synth()
    return assembly.get_stack_by_name(stack.stack_name).template  # type: ignore[no-any-return]


@pytest.fixture
def stack() -> cdk.Stack:
    """A fresh stack."""
    return new_stack()


@pytest.fixture
def vpc(stack: cdk.Stack) -> ec2.IVpc:
    """An imported VPC with three private subnets."""
    return imported_vpc(stack)


@pytest.fixture
def snapshot_json(snapshot: Any) -> Any:
    """syrupy snapshot stored as JSON."""
    return snapshot.use_extension(JSONSnapshotExtension)


@pytest.fixture
def checked(snapshot_json: Any) -> Iterator[Callable[[cdk.Stack], dict[str, Any]]]:
    """Synthesize a stack, require zero cfn-lint findings, compare to the snapshot."""

    def check(stack: cdk.Stack) -> dict[str, Any]:
        template = synth(stack)
        assert lint_errors(template) == []
        assert template == snapshot_json
        return template

    yield check


def resources(template: dict[str, Any], type_name: str) -> dict[str, dict[str, Any]]:
    """The resources of ``type_name`` in ``template``, by logical id."""
    return {k: v for k, v in template.get("Resources", {}).items() if v["Type"] == type_name}


def only(template: dict[str, Any], type_name: str) -> dict[str, Any]:
    """The properties of the one resource of ``type_name``."""
    found = resources(template, type_name)
    assert len(found) == 1, f"expected one {type_name}, found {sorted(found)}"
    return next(iter(found.values())).get("Properties", {})


def dumps(value: Any) -> str:
    """Stable JSON text, for substring checks on templates."""
    return json.dumps(value, sort_keys=True)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Report how many property-based cases ran, and how they ended."""
    from .cross.test_properties import CASES

    if CASES:
        terminalreporter.write_line("property-based cases: " + ", ".join(f"{k} {v}" for k, v in sorted(CASES.items())))
    from .support.rehearsal import CONNECTIONS, EVALUATED

    if EVALUATED or CONNECTIONS:
        allowed = sum(v.decision == "Allowed" for v in EVALUATED)
        terminalreporter.write_line(f"deploy rehearsal: {len(EVALUATED)} calls evaluated by the IAM simulator ({allowed} "
                                    f"allowed, {len(EVALUATED) - allowed} denied), {len(CONNECTIONS)} connections checked")
