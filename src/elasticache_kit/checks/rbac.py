"""Rules for ``AWS::ElastiCache::User`` and ``::UserGroup`` (RBAC), and for
passwords in templates."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from . import _docs
from .findings import Path, Severity
from .registry import rule
from .template import Template

__all__ = ["Access", "Member", "authentication", "members"]

USER = "AWS::ElastiCache::User"
GROUP = "AWS::ElastiCache::UserGroup"
SECRET = "AWS::SecretsManager::Secret"
ROTATION = "AWS::SecretsManager::RotationSchedule"
#: The id of the user ElastiCache creates in every account: no password, ``on ~* +@all``.
BUILT_IN_DEFAULT = "default"
_SELECTOR = re.compile(r"\([^)]*\)")
_SECRET_REFERENCE = ("{{resolve:secretsmanager:", "{{resolve:ssm-secure:")
_VARIABLE = re.compile(r"\$\{([^!}][^}]*)\}")

Found = Iterator[tuple[str, Path, str]]


@dataclass(frozen=True)
class Access:
    """What an access string grants, as far as these rules care."""

    enabled: bool
    all_keys: bool
    all_commands: bool
    all_channels: bool

    @classmethod
    def parse(cls, text: str) -> Access:
        """Read an ACL access string (``on ~* +@all``); selectors are ignored."""
        tokens = _SELECTOR.sub(" ", text).split()
        switches = [t for t in tokens if t in ("on", "off")]
        commands = [t for t in tokens if t[:1] in "+-" or t in ("allcommands", "nocommands")]
        last_all = max((i for i, t in enumerate(commands) if t in ("+@all", "allcommands")), default=None)
        return cls(
            enabled=bool(switches) and switches[-1] == "on",
            all_keys=any(t in ("~*", "allkeys", "%RW~*", "%WR~*") for t in tokens),
            all_commands=last_all is not None and not any(t.startswith("-") or t == "nocommands"
                                                           for t in commands[last_all + 1:]),
            all_channels=any(t in ("&*", "allchannels") for t in tokens),
        )

    @property
    def full(self) -> bool:
        """Every command on every key of an enabled user."""
        return self.enabled and self.all_keys and self.all_commands


@dataclass(frozen=True)
class Member:
    """One entry of a user group's ``UserIds``."""

    index: int
    user: str | None
    """The user's logical id when it is created in this template."""
    user_id: str | None
    """The literal user id (``default`` for the built-in default user), when not a reference."""


def authentication(props: Mapping[str, Any]) -> str:
    """``password``, ``iam``, ``no-password-required``, or ``?`` for a token."""
    mode = props.get("AuthenticationMode")
    if isinstance(mode, Mapping):
        kind = mode.get("Type")
        return kind.lower() if isinstance(kind, str) else "?"
    if props.get("Passwords"):
        return "password"
    return "no-password-required" if str(props.get("NoPasswordRequired", "")).lower() == "true" else "?"


def _users_by_id(template: Template) -> dict[str, str]:
    return {props["UserId"]: logical_id for logical_id, props in template.of_type(USER)
            if isinstance(props.get("UserId"), str)}


def members(template: Template, props: Mapping[str, Any]) -> list[Member]:
    """The group's members, each resolved to a user resource where possible:
    by reference (``Ref``), or by a literal user id that a user of the template has."""
    ids = props.get("UserIds")
    by_id: dict[str, str] = template.memo("users-by-id", lambda: _users_by_id(template))
    found = []
    for i, value in enumerate(ids if isinstance(ids, list) else []):
        user = by_id.get(value) if isinstance(value, str) else template.target(value)
        found.append(Member(i, user if template.type_of(user) == USER else None,
                            value if isinstance(value, str) else None))
    return found


def _access(props: Mapping[str, Any]) -> Access | None:
    text = props.get("AccessString")
    return Access.parse(text) if isinstance(text, str) else None


def _engine(props: Mapping[str, Any]) -> str:
    engine = props.get("Engine")
    return engine.lower() if isinstance(engine, str) else "?"


def _passwords(props: Mapping[str, Any]) -> list[tuple[Path, Any]]:
    mode = props.get("AuthenticationMode")
    found: list[tuple[Path, Any]] = []
    if isinstance(mode, Mapping) and isinstance(mode.get("Passwords"), list):
        found += [(("Properties", "AuthenticationMode", "Passwords", i), p) for i, p in enumerate(mode["Passwords"])]
    if isinstance(props.get("Passwords"), list):
        found += [(("Properties", "Passwords", i), p) for i, p in enumerate(props["Passwords"])]
    return found


@rule("EC-RB1", Severity.ERROR, resource_types=(GROUP,),
      title="Redis OSS user group whose default user needs no password",
      why="Clients that connect without AUTH are the default user: enabled and passwordless, it lets anyone "
          "who reaches the cache in (the built-in default user can run every command on every key).",
      fix="Replace the default user by one named 'default' with a different user id that is disabled "
          "('off -@all') or has a password.",
      documentation=_docs.RBAC)
def _open_default_user(template: Template) -> Found:
    for logical_id, props in template.of_type(GROUP):
        if _engine(props) != "redis":
            continue
        for member in members(template, props):
            if member.user_id == BUILT_IN_DEFAULT and member.user is None:
                yield (logical_id, ("Properties", "UserIds", member.index),
                       f"{logical_id}: UserIds[{member.index}] is the built-in default user (no password, "
                       "on ~* +@all)")
            elif member.user:
                user = template.properties(member.user)
                access = _access(user)
                if user.get("UserName") == "default" and authentication(user) == "no-password-required" \
                        and access is not None and access.enabled:
                    yield (logical_id, ("Properties", "UserIds", member.index),
                           f"{logical_id}: default user {member.user} is enabled and needs no password")


@rule("EC-RB2", Severity.WARNING, resource_types=(GROUP,),
      title="User with full access in a group with other users",
      why="Least privilege: when several users share a cache, one that may run every command on every key "
          "(on ~* +@all, allkeys allcommands) can read and destroy the others' data.",
      fix="Give the user only the key patterns and command categories it needs, "
          "e.g. 'on ~app:* -@all +@read +@write'.",
      documentation=_docs.RBAC)
def _full_access_member(template: Template) -> Found:
    for logical_id, props in template.of_type(GROUP):
        resolved = [(m, _access(template.properties(m.user))) for m in members(template, props) if m.user]
        enabled = [m for m, access in resolved if access is not None and access.enabled]
        for member, access in resolved:
            if access is not None and access.full and len(enabled) > 1:
                channels = " and all channels (&*)" if access.all_channels else ""
                yield (logical_id, ("Properties", "UserIds", member.index),
                       f"{logical_id}: member {member.user} has full access (every command on every key{channels}) "
                       f"beside {len(enabled) - 1} other enabled user(s)")


@rule("EC-RB3", Severity.WARNING, resource_types=(USER,),
      title="Password user whose secret never rotates",
      why="The user's password is read from a Secrets Manager secret that has no rotation schedule, so it "
          "stays the same for the life of the stack. A disabled user ('off') is left out: it cannot log in.",
      fix="Add an AWS::SecretsManager::RotationSchedule for the secret (AWS publishes a rotation function "
          "for ElastiCache users), or acknowledge the rule with your rotation process.",
      documentation=_docs.ROTATION)
def _secret_not_rotated(template: Template) -> Found:
    rotated = {template.target(props.get("SecretId")) for _, props in template.of_type(ROTATION)}
    for logical_id, props in template.of_type(USER):
        access = _access(props)
        if access is not None and not access.enabled:
            continue  # a disabled user cannot log in: its password opens nothing, rotating it changes nothing
        for path, password in _passwords(props):
            for secret in sorted(template.targets(password)):
                if template.type_of(secret) == SECRET and secret not in rotated:
                    yield (logical_id, path, f"{logical_id}: password secret {secret} has no rotation schedule")


@rule("EC-RB4", Severity.ERROR, resource_types=(USER, "AWS::ElastiCache::ReplicationGroup"),
      title="Password or AUTH token written in the template",
      why="A password that is not a dynamic reference to Secrets Manager (or SSM SecureString) is stored in "
          "clear text in the template, the stack's history and every copy of them.",
      fix="Reference a secret: '{{resolve:secretsmanager:NAME:SecretString:password}}' "
          "(SecretValue.secrets_manager(...) in CDK), or a NoEcho parameter.",
      documentation=_docs.DYNAMIC_REFERENCES)
def _clear_text_password(template: Template) -> Found:
    candidates: list[tuple[str, Path, Any]] = [
        (logical_id, path, value) for logical_id, props in template.of_type(USER) for path, value in _passwords(props)]
    candidates += [(logical_id, ("Properties", "AuthToken"), props["AuthToken"])
                   for logical_id, props in template.of_type("AWS::ElastiCache::ReplicationGroup")
                   if props.get("AuthToken") is not None]
    for logical_id, path, value in candidates:
        problem = _clear_text(template, value)
        if problem:
            yield logical_id, path, f"{logical_id}: {'.'.join(str(p) for p in path[1:])} {problem}"


def _parameter_problem(template: Template, name: str) -> str | None:
    parameter = template.parameters[name]
    no_echo = isinstance(parameter, Mapping) and str(parameter.get("NoEcho", "")).lower() == "true"
    if not no_echo:
        return f"comes from parameter {name} without NoEcho"
    if parameter.get("Default") not in (None, ""):
        return f"comes from NoEcho parameter {name} whose Default is written in the template"
    return None


def _clear_text(template: Template, value: Any) -> str | None:
    if isinstance(value, Mapping) and len(value) == 1:
        ((key, argument),) = value.items()
        if key == "Fn::If" and isinstance(argument, list) and len(argument) == 3:
            for branch in argument[1:]:
                problem = _clear_text(template, branch)
                if problem:
                    return f"{problem} (in a branch of Fn::If {argument[0]})"
            return None
        if key == "Ref" and isinstance(argument, str):
            return _parameter_problem(template, argument) if argument in template.parameters else None
    text = template.text(value)
    if text is None:
        return None  # built from values only known at deploy time
    if any(marker in text for marker in _SECRET_REFERENCE) or "{{resolve:ssm:" in text:
        return None  # a dynamic reference: the value is not in the template
    variables = [name.split(".")[0] for name in _VARIABLE.findall(text)]
    if variables:
        # generated at deploy time (a resource's attribute), unless a parameter gives it away
        for name in variables:
            problem = _parameter_problem(template, name) if name in template.parameters else None
            if problem:
                return problem
        return None
    return "is a literal in the template (not a Secrets Manager reference)"


@rule("EC-RB5", Severity.ERROR, resource_types=(USER,),
      title="New user with the user id 'default'",
      why="The id 'default' belongs to the built-in default user that exists in every account, so CreateUser "
          "fails at deploy time.",
      fix="Keep UserName 'default' and choose another UserId (e.g. 'app-default'), or reference the "
          "built-in user by its id in the group's UserIds.",
      documentation=_docs.RBAC)
def _default_user_id(template: Template) -> Found:
    for logical_id, props in template.of_type(USER):
        if props.get("UserId") == BUILT_IN_DEFAULT:
            yield (logical_id, ("Properties", "UserId"),
                   f"{logical_id}: UserId 'default' is taken by the built-in default user; CreateUser fails")


@rule("EC-RB6", Severity.ERROR, resource_types=(GROUP,),
      title="Valkey user group with a user that needs no password",
      why="A Valkey user group admits only users that authenticate (password or IAM); the service rejects "
          "no-password users in it.",
      fix="Give the user a password or IAM authentication, or use a 'redis' group.",
      documentation=_docs.RBAC)
def _no_password_in_valkey_group(template: Template) -> Found:
    for logical_id, props in template.of_type(GROUP):
        if _engine(props) != "valkey":
            continue
        for member in members(template, props):
            no_password = (member.user_id == BUILT_IN_DEFAULT and member.user is None) or (
                member.user is not None and authentication(template.properties(member.user)) == "no-password-required")
            if no_password:
                who = member.user or "the built-in default user"
                yield (logical_id, ("Properties", "UserIds", member.index),
                       f"{logical_id}: {who} needs no password, which a valkey user group does not accept")


@rule("EC-RB7", Severity.ERROR, resource_types=(GROUP,),
      title="Redis OSS user group without a user named 'default'",
      why="A Redis OSS user group must contain a user whose user name is 'default'; the service rejects "
          "the group otherwise.",
      fix="Add a user named 'default' (disabled, 'off -@all', or with a password).",
      documentation=_docs.RBAC)
def _redis_group_without_default(template: Template) -> Found:
    for logical_id, props in template.of_type(GROUP):
        found = members(template, props)
        if _engine(props) != "redis" or not found or any(m.user is None and m.user_id is None for m in found):
            continue  # some member is only known at deploy time
        names = [template.properties(m.user).get("UserName") if m.user else
                 BUILT_IN_DEFAULT if m.user_id == BUILT_IN_DEFAULT else None for m in found]
        if "default" not in names and all(m.user or m.user_id == BUILT_IN_DEFAULT for m in found):
            yield (logical_id, ("Properties", "UserIds"),
                   f"{logical_id}: no member is named 'default', which a redis user group requires")
