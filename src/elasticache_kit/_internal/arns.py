"""ElastiCache ARNs, built and parsed exactly as the service writes them:
``arn:${Partition}:elasticache:${Region}:${Account}:serverlesscache:NAME`` (a
colon before the name, not a slash)."""

from __future__ import annotations

import re
from functools import lru_cache

import aws_cdk as cdk

from .context import Site
from .tokens import is_token

__all__ = ["elasticache_arn", "name_from_arn", "pseudo_parameters"]

_ARN = re.compile(
    r"arn:(?P<partition>aws(-[a-z]+)*):elasticache:(?P<region>[a-z]{2,}(-[a-z]+)+-\d+):"
    r"(?P<account>\d{12}):(?P<type>[a-z]+):(?P<name>[A-Za-z0-9.-]+)\Z"
)


@lru_cache(maxsize=1)
def pseudo_parameters() -> tuple[str, str, str]:
    """Partition, region and account pseudo-parameter tokens, read once per process."""
    return cdk.Aws.PARTITION, cdk.Aws.REGION, cdk.Aws.ACCOUNT_ID


def elasticache_arn(resource_type: str, name: str) -> str:
    """The ARN of an ElastiCache resource in the deploying stack's account and region."""
    partition, region, account = pseudo_parameters()
    return f"arn:{partition}:elasticache:{region}:{account}:{resource_type}:{name}"


def name_from_arn(site: Site, prop: str, arn: str, resource_type: str) -> str:
    """The resource name (last field) of an ElastiCache ARN of ``resource_type``.

    A token ARN yields a token (``Fn::Select`` over ``Fn::Split`` on ``:``).
    """
    if not isinstance(arn, str):
        site.fail(prop, arn, "must be an ARN string")
    if is_token(arn):
        return cdk.Fn.select(6, cdk.Fn.split(":", arn))
    match = _ARN.match(arn)
    if match is None:
        site.fail(
            prop, arn,
            f"is not an ElastiCache ARN; expected "
            f"arn:PARTITION:elasticache:REGION:ACCOUNT:{resource_type}:NAME",
        )
    if match.group("type") != resource_type:
        site.fail(
            prop, arn,
            f"is the ARN of a {match.group('type')!r}, not a {resource_type!r}",
        )
    name = match.group("name")
    if "." in name:  # only backup names have dots (automatic.NAME-DATE)
        site.fail(prop, arn, f"names a {resource_type} with a '.', which {resource_type} names never contain")
    return name


def parse_arn(arn: str) -> re.Match[str] | None:
    """Match ``arn`` against the ElastiCache ARN format; None when it does not fit."""
    return _ARN.match(arn)
