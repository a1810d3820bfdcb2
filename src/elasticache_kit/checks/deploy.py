"""Rules on the seam between what a template grants and what run-time code
needs once deployed (the deploy rehearsal's findings, for any template):
a policy that names a Secrets Manager secret by a partial ARN, an ElastiCache
API endpoint whose policy refuses a call a component of the same template
makes, and a rotation schedule whose function cannot reach the cache it
rotates a password on."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..endpoints.allows import EndpointCall, refused_calls
from . import _docs
from .endpoints import is_elasticache_api
from .findings import Path, Severity
from .registry import rule
from .template import Template

__all__: list[str] = []

Found = Iterator[tuple[str, Path, str]]

_POLICIES = ("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Role")
_SECRET = re.compile(r":secretsmanager:.*:secret:(?P<name>[^:]+)$")
#: The six random characters Secrets Manager appends to a secret's name (or the policy wildcard for them).
_SUFFIX = re.compile(r"-([A-Za-z0-9]{6}|\?{6})$")
_CACHE_TYPES = ("AWS::ElastiCache::ServerlessCache", "AWS::ElastiCache::ReplicationGroup")
_SECRETS_DOCS = "https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_iam-policies.html"


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _documents(template: Template) -> Iterator[tuple[str, Path, Mapping[str, Any]]]:
    """Every identity policy document: (owner, path to it, document)."""
    for logical_id, props in template.of_type(*_POLICIES):
        if template.type_of(logical_id) == "AWS::IAM::Role":
            for i, policy in enumerate(_listed(props.get("Policies"))):
                if isinstance(policy, Mapping) and isinstance(policy.get("PolicyDocument"), Mapping):
                    yield logical_id, ("Properties", "Policies", i, "PolicyDocument"), policy["PolicyDocument"]
        elif isinstance(props.get("PolicyDocument"), Mapping):
            yield logical_id, ("Properties", "PolicyDocument"), props["PolicyDocument"]


def _statements(document: Mapping[str, Any]) -> Iterator[tuple[int, Mapping[str, Any]]]:
    for i, statement in enumerate(_listed(document.get("Statement"))):
        if isinstance(statement, Mapping):
            yield i, statement


@rule("EC-DR1", Severity.ERROR, resource_types=_POLICIES,
      title="Policy naming a secret by its partial ARN",
      why="A secret's ARN ends in '-' and six random characters; a policy on the partial ARN (what "
          "Secret.from_secret_name_v2 gives) matches no real secret, so every call on it is denied after deploy.",
      fix="Grant with the secret's grant_read(), or name it as '<partial ARN>-??????' (or its full ARN).",
      documentation=_SECRETS_DOCS)
def _partial_secret_arn(template: Template) -> Found:
    for owner, path, document in _documents(template):
        for i, statement in _statements(document):
            actions = [a for a in (template.text(x) for x in _listed(statement.get("Action"))) if a]
            if statement.get("Effect") != "Allow" or not any(a == "*" or a.lower().startswith("secretsmanager:")
                                                             for a in actions):
                continue
            for resource in _listed(statement.get("Resource")):
                text = template.text(resource)
                match = _SECRET.search(text or "")
                if match is None:
                    continue
                name = match.group("name")
                if "${" in name or "*" in name or _SUFFIX.search(name):
                    continue
                yield (owner, (*path, "Statement", i, "Resource"),
                       f"{owner}: statement {i} names secret {name!r} by its partial ARN ({text}): a real secret's ARN "
                       f"ends in -XXXXXX, so this matches none; use {name}-?????? or grant_read()")


def _roles_making_calls(template: Template) -> dict[str, str]:
    """Roles that run code in the template (a Lambda function's, an EC2 instance's), by logical id,
    with what runs as them."""
    roles: dict[str, str] = {}
    for logical_id, props in template.of_type("AWS::Lambda::Function"):
        role = template.target(props.get("Role"))
        if role:
            roles.setdefault(role, f"function {logical_id}")
    profiles = {lid: template.targets(props.get("Roles")) for lid, props in template.of_type("AWS::IAM::InstanceProfile")}
    for logical_id, props in template.of_type("AWS::EC2::Instance"):
        for profile in template.targets(props.get("IamInstanceProfile")):
            for role in profiles.get(profile, set()):
                roles.setdefault(role, f"instance {logical_id}")
    return roles


def _elasticache_calls(template: Template, role: str) -> list[EndpointCall]:
    """The ElastiCache API calls ``role``'s identity policies allow by name (what its code calls)."""
    calls = []
    for owner, _, document in _documents(template):
        attached = owner == role or role in template.targets(template.properties(owner).get("Roles"))
        if not attached:
            continue
        for _, statement in _statements(document):
            if statement.get("Effect") != "Allow":
                continue
            actions = [a for a in (template.text(x) for x in _listed(statement.get("Action"))) if a]
            resources = [r for r in (template.text(x) for x in _listed(statement.get("Resource"))) if r]
            calls += [EndpointCall(a, r) for a in actions if a.lower().startswith("elasticache:") and "*" not in a
                      and a.lower() != "elasticache:connect" for r in resources]
    return calls


def _as_text(template: Template, value: Any) -> Any:
    """A policy document with every reference written as ``${Name}`` text."""
    text = template.text(value) if isinstance(value, Mapping) else None
    if text is not None:
        return text
    if isinstance(value, Mapping):
        return {k: _as_text(template, v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_text(template, v) for v in value]
    return value


@rule("EC-DR2", Severity.ERROR, resource_types=("AWS::EC2::VPCEndpoint",),
      title="ElastiCache API endpoint policy refusing a call the template's code makes",
      why="Code in the same template (a NAT bastion's node discovery, a rotation function) calls the ElastiCache "
          "API through the endpoint; a policy that refuses the call breaks it after deploy, silently until it runs.",
      fix="Allow the call (action and resource) in the endpoint's policy for that code's role.",
      documentation=_docs.ENDPOINT_POLICY)
def _endpoint_refuses_component(template: Template) -> Found:
    roles = _roles_making_calls(template)
    for logical_id, props in template.of_type("AWS::EC2::VPCEndpoint"):
        document = props.get("PolicyDocument")
        if not is_elasticache_api(template, props) or not isinstance(document, Mapping):
            continue
        policy = _as_text(template, document)
        for role, who in sorted(roles.items()):
            for call, why in refused_calls(policy, "${" + role + ".Arn}", _elasticache_calls(template, role)):
                yield (logical_id, ("Properties", "PolicyDocument"),
                       f"{logical_id}: endpoint policy refuses {call.action} on {call.resource} ({why}), which {who} "
                       f"(role {role}) calls through it")


def _cache_of(template: Template, function: Mapping[str, Any]) -> tuple[str, int] | None:
    """The cache a function's environment points it at, and the port."""
    variables = function.get("Environment", {}).get("Variables", {}) if isinstance(function.get("Environment"), Mapping) else {}
    cache = None
    port = None
    for key, value in variables.items() if isinstance(variables, Mapping) else []:
        target = template.target(value)
        attribute = value.get("Fn::GetAtt") if isinstance(value, Mapping) else None
        if target and template.type_of(target) in _CACHE_TYPES and attribute is not None:
            name = ".".join(attribute) if isinstance(attribute, list) else str(attribute)
            if name.endswith("Address"):
                cache = target
            elif name.endswith("Port"):
                port = template.number(template.properties(target).get("Port")) or 6379
        elif "PORT" in str(key).upper() and template.number(value) is not None:
            port = template.number(value)
    if cache is None:
        return None
    return cache, port or template.number(template.properties(cache).get("Port")) or 6379


def _egress(template: Template, group: str) -> list[Mapping[str, Any]] | None:
    """A group's egress rules; None when it declares none (AWS's default: everything)."""
    declared = template.properties(group).get("SecurityGroupEgress")
    rules = [r for r in _listed(declared) if isinstance(r, Mapping)]
    for _, props in template.of_type("AWS::EC2::SecurityGroupEgress"):
        if template.target(props.get("GroupId")) == group:
            rules.append(props)
    return None if declared is None and not rules else rules


def _covers(rule: Mapping[str, Any], port: int) -> bool:
    protocol = str(rule.get("IpProtocol", "tcp")).lower()
    if protocol in ("-1", "all"):
        return True
    low, high = rule.get("FromPort"), rule.get("ToPort", rule.get("FromPort"))
    if protocol not in ("tcp", "6"):
        return False
    return not isinstance(low, int) or not isinstance(high, int) or low <= port <= high


@rule("EC-DR3", Severity.ERROR, resource_types=("AWS::SecretsManager::RotationSchedule",),
      title="Rotation function without a network path to its cache",
      why="The rotation function's testSecret step authenticates against the cache with the new password; without "
          "a security-group path (egress from the function, ingress to the cache on its port) every rotation fails.",
      fix="Allow the function's security group to the cache's port (cache.connections.allow_default_port_from(fn)).",
      documentation=_docs.ROTATION)
def _rotation_without_path(template: Template) -> Found:
    for logical_id, props in template.of_type("AWS::SecretsManager::RotationSchedule"):
        function = template.target(props.get("RotationLambdaARN"))
        if not function or template.type_of(function) != "AWS::Lambda::Function":
            continue
        fprops = template.properties(function)
        found = _cache_of(template, fprops)
        if found is None:
            continue
        cache, port = found
        cprops = template.properties(cache)
        cache_groups = set(template.groups_of(cprops.get("SecurityGroupIds")))
        vpc = fprops.get("VpcConfig")
        function_groups = set(template.groups_of(vpc.get("SecurityGroupIds"))) if isinstance(vpc, Mapping) else set()
        where = f"{logical_id}: rotation function {function} -> {cache} port {port}"
        if not isinstance(vpc, Mapping):
            yield logical_id, ("Properties", "RotationLambdaARN"), f"{where}: the function is not in a VPC"
            continue
        if not function_groups or not cache_groups:
            continue  # groups given by id: not judged here
        egress_ok = any(rules is None or any(
            _covers(r, port) and (template.target(r.get("DestinationSecurityGroupId")) in cache_groups
                                  or r.get("CidrIp") is not None or r.get("DestinationPrefixListId") is not None)
            for r in rules) for rules in (_egress(template, g) for g in function_groups))
        ingress_ok = any(rule.covers(port) and (template.target(rule.rule.get("SourceSecurityGroupId")) in function_groups
                                                or rule.cidr is not None)
                         for g in cache_groups for rule in template.ingress(g))
        if not egress_ok:
            yield logical_id, ("Properties", "RotationLambdaARN"), f"{where}: no egress rule of the function allows it"
        elif not ingress_ok:
            yield logical_id, ("Properties", "RotationLambdaARN"), f"{where}: no ingress rule of the cache allows it"
