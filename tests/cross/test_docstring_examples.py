"""Every construct's docstring has a usage example (the API reference shows it), and every
example runs: inside a stack, with ``vpc`` (public and isolated subnets) and the usual imports,
and the template it makes passes cfn-lint."""

from __future__ import annotations

import inspect
import re

import aws_cdk as cdk
import constructs
import pytest
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_secretsmanager as secretsmanager

import elasticache_kit as elasticache

from ..conftest import new_stack, synth
from ..support.lint import lint_errors

EXAMPLE = re.compile(r"\nExample::\n\n(?P<code>(?:    .*\n|\n)+)")


def documented() -> list[str]:
    """The public constructs and the value objects that configure one (PasswordRotation)."""
    names = [name for name in elasticache.__all__
             if isinstance(getattr(elasticache, name), type) and issubclass(getattr(elasticache, name), constructs.Construct)]
    return sorted(names + ["PasswordRotation"])


def example(name: str) -> str | None:
    doc = inspect.getdoc(getattr(elasticache, name)) or ""
    match = EXAMPLE.search(doc + "\n")
    return None if match is None else "\n".join(line[4:] for line in match["code"].splitlines())


def test_every_construct_has_an_example() -> None:
    names = documented()
    assert len(names) >= 14
    assert [name for name in names if example(name) is None] == []


@pytest.mark.parametrize("name", documented())
def test_example_runs(name: str) -> None:
    code = example(name)
    assert code is not None
    assert f"elasticache.{name}(" in code  # the example uses what it documents
    stack = new_stack("Example")
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, subnet_configuration=[
        ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC),
        ec2.SubnetConfiguration(name="cache", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
    exec(compile(code, f"{name} docstring example", "exec"),  # noqa: S102
         {"self": stack, "vpc": vpc, "elasticache": elasticache, "ec2": ec2, "iam": iam, "cdk": cdk,
          "secretsmanager": secretsmanager})
    assert lint_errors(synth(stack)) == []
