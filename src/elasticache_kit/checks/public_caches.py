"""Rules for serverless caches with a public endpoint (``ConnectionType:
public``, Valkey 9+): reachable from the internet, so their access control is
all there is. Sources: "Create a Valkey serverless cache with a public
endpoint" (every user of the group authenticates with IAM) and "Using
condition keys" (``elasticache:ConnectionType``), ElastiCache user guide,
read 2026-12-05."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from . import _docs
from .findings import Path, Severity
from .rbac import authentication, members
from .registry import rule
from .template import Template

__all__ = ["is_public", "connect_statements"]

SERVERLESS = "AWS::ElastiCache::ServerlessCache"
USER_GROUP = "AWS::ElastiCache::UserGroup"
POLICIES = ("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group")
CONNECTION_TYPE_KEY = "elasticache:connectiontype"

Found = Iterator[tuple[str, Path, str]]


def is_public(props: Mapping[str, Any]) -> bool:
    """Whether the serverless cache has a public endpoint."""
    kind = props.get("ConnectionType")
    return isinstance(kind, str) and kind.lower() == "public"


def _documents(logical_id: str, props: Mapping[str, Any]) -> Iterator[tuple[Path, Any]]:
    """The policy documents of an IAM resource, with their paths."""
    if "PolicyDocument" in props:
        yield ("Properties", "PolicyDocument"), props["PolicyDocument"]
    policies = props.get("Policies")
    for i, policy in enumerate(policies if isinstance(policies, list) else []):
        if isinstance(policy, Mapping):
            yield ("Properties", "Policies", i, "PolicyDocument"), policy.get("PolicyDocument")


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _connects(statement: Mapping[str, Any]) -> bool:
    if statement.get("Effect") != "Allow":
        return False
    for action in _listed(statement.get("Action")):
        if isinstance(action, str) and action.lower() in ("elasticache:connect", "elasticache:*", "*"):
            return True
    return False


def connect_statements(template: Template) -> Iterator[tuple[str, Path, Mapping[str, Any]]]:
    """Every statement that allows ``elasticache:Connect``: (policy logical id, path, statement)."""
    for logical_id, props in template.of_type(*POLICIES):
        for path, document in _documents(logical_id, props):
            statements = document.get("Statement") if isinstance(document, Mapping) else None
            for i, statement in enumerate(_listed(statements) if statements is not None else []):
                if isinstance(statement, Mapping) and _connects(statement):
                    yield logical_id, (*path, "Statement", i), statement


def _names_cache(template: Template, statement: Mapping[str, Any], logical_id: str, name: Any) -> bool:
    for resource in _listed(statement.get("Resource")):
        if resource == "*" or logical_id in template.targets(resource):
            return True
        text = template.text(resource)
        if text and isinstance(name, str) and (text.endswith(f"serverlesscache:{name.lower()}") or text.endswith("serverlesscache:*")):
            return True
    return False


def _limited(statement: Mapping[str, Any]) -> bool:
    condition = statement.get("Condition")
    if not isinstance(condition, Mapping):
        return False
    return any(isinstance(keys, Mapping) and any(str(k).lower() == CONNECTION_TYPE_KEY for k in keys)
               for keys in condition.values())


@rule("EC-SC7", Severity.ERROR, resource_types=(SERVERLESS,),
      title="Public serverless cache without a user group",
      why="A cache with ConnectionType public is reachable from the internet; its user group (IAM users only) "
          "is its only access control, and the service requires one.",
      fix="Set UserGroupId to a user group of IAM-authenticated users, or to default.iam-user-group.",
      documentation=_docs.PUBLIC_ENDPOINT)
def _public_without_rbac(template: Template) -> Found:
    for logical_id, props in template.of_type(SERVERLESS):
        if is_public(props) and props.get("UserGroupId") is None:
            yield (logical_id, ("Properties", "UserGroupId"),
                   f"{logical_id}: public serverless cache has no UserGroupId")


@rule("EC-SC8", Severity.WARNING, resource_types=POLICIES,
      title="Connect grant on a public cache not limited by connection type",
      why="A statement allowing elasticache:Connect on a public cache without an elasticache:ConnectionType "
          "condition lets its principal connect from anywhere on the internet, and keeps doing so if the "
          "cache is replaced by one of another connection type.",
      fix="Add Condition StringEqualsIfExists elasticache:ConnectionType to the statement (grant_connect does it for "
          "caches created with connection_type).",
      documentation=_docs.CONDITION_KEYS)
def _public_grant_unlimited(template: Template) -> Found:
    public = [(logical_id, props.get("ServerlessCacheName")) for logical_id, props in template.of_type(SERVERLESS)
              if is_public(props)]
    if not public:
        return
    for policy, path, statement in connect_statements(template):
        if _limited(statement):
            continue
        for cache, name in public:
            if _names_cache(template, statement, cache, name):
                yield (policy, path,
                       f"{policy}: allows elasticache:Connect on public cache {cache} without an "
                       "elasticache:ConnectionType condition")
                break


@rule("EC-SC9", Severity.ERROR, resource_types=(SERVERLESS,),
      title="Public serverless cache whose user group has a user without IAM authentication",
      why="Every connection to a public endpoint authenticates with IAM; the service requires every user of the "
          "cache's user group to use IAM authentication.",
      fix="Use a user group of IAM users only (AuthenticationMode Type iam), or default.iam-user-group.",
      documentation=_docs.PUBLIC_ENDPOINT)
def _public_non_iam_user(template: Template) -> Found:
    for logical_id, props in template.of_type(SERVERLESS):
        group = template.target(props.get("UserGroupId")) if is_public(props) else None
        if group is None or template.type_of(group) != USER_GROUP:
            continue
        for member in members(template, template.properties(group)):
            if member.user is not None and authentication(template.properties(member.user)) not in ("iam", "?"):
                yield (logical_id, ("Properties", "UserGroupId"),
                       f"{logical_id}: public cache's user group {group} has user {member.user} without IAM authentication")
                break
