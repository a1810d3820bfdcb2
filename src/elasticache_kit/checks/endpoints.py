"""Rules for interface VPC endpoints (``AWS::EC2::VPCEndpoint``): the
ElastiCache API over PrivateLink, and endpoints to caches such as Redis Cloud."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from . import _docs
from .findings import Path, Severity
from .registry import rule
from .template import Template

__all__ = ["is_elasticache_api"]

ENDPOINT = "AWS::EC2::VPCEndpoint"
_API_SERVICE = re.compile(r"\.elasticache(-fips)?$")

Found = Iterator[tuple[str, Path, str]]


def _kind(props: Mapping[str, Any]) -> str:
    kind = props.get("VpcEndpointType", "Gateway")
    return kind if isinstance(kind, str) else "?"


def is_elasticache_api(template: Template, props: Mapping[str, Any]) -> bool:
    """Whether the endpoint is an interface endpoint for the ElastiCache API."""
    service = template.text(props.get("ServiceName"))
    return _kind(props) == "Interface" and service is not None and bool(_API_SERVICE.search(service))


def _api_endpoints(template: Template) -> Iterator[tuple[str, Mapping[str, Any]]]:
    return ((logical_id, props) for logical_id, props in template.of_type(ENDPOINT) if is_elasticache_api(template, props))


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _everyone(principal: Any) -> bool:
    if principal == "*":
        return True
    return isinstance(principal, Mapping) and "*" in _listed(principal.get("AWS"))


@rule("EC-EP1", Severity.WARNING, resource_types=(ENDPOINT,),
      title="ElastiCache API endpoint without a policy",
      why="An interface endpoint with no policy allows every action on every resource to every principal "
          "(the service default, full access).",
      fix="Attach a PolicyDocument that allows only the ElastiCache actions the VPC's clients need.",
      documentation=_docs.PRIVATELINK)
def _no_policy(template: Template) -> Found:
    for logical_id, props in _api_endpoints(template):
        if props.get("PolicyDocument") is None:
            yield (logical_id, ("Properties", "PolicyDocument"),
                   f"{logical_id}: ElastiCache API endpoint has no PolicyDocument (full access)")


@rule("EC-EP2", Severity.WARNING, resource_types=(ENDPOINT,),
      title="ElastiCache API endpoint policy allowing everything",
      why="A statement that allows '*' (every principal) every action on every resource without conditions "
          "is the same as no policy.",
      fix="Name the actions (elasticache:Describe*, ...), and narrow principals or add conditions.",
      documentation=_docs.ENDPOINT_POLICY)
def _allow_all(template: Template) -> Found:
    for logical_id, props in _api_endpoints(template):
        document = props.get("PolicyDocument")
        statements = document.get("Statement") if isinstance(document, Mapping) else None
        for i, statement in enumerate(_listed(statements) if statements is not None else []):
            if not isinstance(statement, Mapping) or statement.get("Effect") != "Allow" or statement.get("Condition"):
                continue
            actions = _listed(statement.get("Action"))
            resources = _listed(statement.get("Resource", "*"))
            if _everyone(statement.get("Principal")) and ("*" in actions or "elasticache:*" in actions) \
                    and "*" in resources:
                yield (logical_id, ("Properties", "PolicyDocument", "Statement", i),
                       f"{logical_id}: policy statement {i} allows every principal every action on every resource")


@rule("EC-EP3", Severity.WARNING, resource_types=("AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"),
      title="Endpoint security group open to the world",
      why="Ingress from 0.0.0.0/0 or ::/0 lets anything that can route into the VPC use the endpoint.",
      fix="Admit only the VPC's CIDR block or the clients' security groups.",
      documentation=_docs.PRIVATELINK)
def _open_endpoint_group(template: Template) -> Found:
    for logical_id, props in template.of_type(ENDPOINT):
        if _kind(props) not in ("Interface", "Resource", "?"):
            continue
        for group in template.groups_of(props.get("SecurityGroupIds")):
            for ingress in template.ingress(group):
                if ingress.open_to_world:
                    yield (ingress.owner, ingress.path,
                           f"{ingress.owner}: ingress from {ingress.cidr} to endpoint {logical_id}")


@rule("EC-EP4", Severity.ERROR, resource_types=(ENDPOINT,),
      title="Two private-DNS endpoints for one service in one VPC",
      why="Only one interface endpoint per VPC and service may enable private DNS; the service rejects "
          "the second one at deploy time.",
      fix="Enable PrivateDnsEnabled on one endpoint only; clients of the other use its own DNS name.",
      documentation=_docs.PRIVATE_DNS)
def _duplicate_private_dns(template: Template) -> Found:
    first: dict[tuple[str, str], str] = {}
    for logical_id, props in template.of_type(ENDPOINT):
        if _kind(props) != "Interface" or template.flag(props.get("PrivateDnsEnabled")) is not True:
            continue
        vpc, service = template.text(props.get("VpcId")), template.text(props.get("ServiceName"))
        if vpc is None or service is None:
            continue
        other = first.setdefault((vpc, service), logical_id)
        if other != logical_id:
            yield (logical_id, ("Properties", "PrivateDnsEnabled"),
                   f"{logical_id}: private DNS for {service} is already enabled by {other} in the same VPC")
