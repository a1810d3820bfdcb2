"""Typed, immutable builders for the policy of an ElastiCache API interface
endpoint: who may call which ElastiCache actions through the endpoint."""

from __future__ import annotations

import enum
import fnmatch
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final

from .._internal.lazy import LazyModule
from .._internal.tokens import is_token
from ..errors import ValidationError
from ._action_catalog import API_OPERATIONS, IAM_ONLY_ACTIONS, ElastiCacheActions

if TYPE_CHECKING:
    from aws_cdk import aws_iam as iam
else:
    iam = LazyModule("aws_cdk.aws_iam")

__all__ = ["Effect", "PolicyPrincipal", "EndpointPolicyStatement", "EndpointPolicy", "ElastiCacheActions"]

_WHERE: Final = "EndpointPolicy"
#: The VPC endpoint policy size limit, white space included.
MAX_POLICY_CHARACTERS: Final = 20_480
_PARTITION = r"aws(?:-cn|-us-gov|-iso|-iso-b|-iso-e|-iso-f|-eusc)?"
_ACCOUNT = re.compile(r"\d{12}\Z")
_ROOT = re.compile(rf"arn:{_PARTITION}:iam::\d{{12}}:root\Z")
_USER = re.compile(rf"arn:{_PARTITION}:iam::\d{{12}}:user/([\w+=,.@-]+/)*[\w+=,.@-]{{1,64}}\Z")
_ROLE = re.compile(rf"arn:{_PARTITION}:iam::\d{{12}}:role/([\w+=,.@-]+/)*[\w+=,.@-]{{1,64}}\Z")

_FORMATS: Final = {
    "account": "a 12-digit account id (123456789012) or arn:PARTITION:iam::123456789012:root",
    "user": "arn:PARTITION:iam::123456789012:user/NAME",
    "role": "arn:PARTITION:iam::123456789012:role/NAME",
}


class Effect(enum.Enum):
    """Whether a statement allows or denies."""

    ALLOW = "Allow"
    DENY = "Deny"


@dataclass(frozen=True)
class PolicyPrincipal:
    """Who a statement applies to: anyone, an AWS account, an IAM user or role."""

    value: str
    """``*`` for anyone, else the account id or ARN."""

    @property
    def is_anyone(self) -> bool:
        """Whether this is the ``*`` principal."""
        return self.value == "*"

    @classmethod
    def anyone(cls) -> PolicyPrincipal:
        """Every principal (``"Principal": "*"``)."""
        return cls("*")

    @classmethod
    def account(cls, account: str) -> PolicyPrincipal:
        """An AWS account: ``123456789012`` or ``arn:PARTITION:iam::123456789012:root``."""
        return cls(_checked(account, "account", _ACCOUNT, _ROOT))

    @classmethod
    def iam_user(cls, arn: str) -> PolicyPrincipal:
        """An IAM user: ``arn:PARTITION:iam::123456789012:user/NAME``."""
        return cls(_checked(arn, "user", _USER))

    @classmethod
    def iam_role(cls, arn: str) -> PolicyPrincipal:
        """An IAM role: ``arn:PARTITION:iam::123456789012:role/NAME``."""
        return cls(_checked(arn, "role", _ROLE))

    @classmethod
    def parse(cls, value: str | PolicyPrincipal) -> PolicyPrincipal:
        """``*``, an account id, or a root, user or role ARN, recognised by its form."""
        if isinstance(value, PolicyPrincipal):
            return value
        if not isinstance(value, str):
            raise ValidationError(_WHERE, "principal", value, "must be a string or PolicyPrincipal")
        if value == "*" or is_token(value):
            return cls(value)
        for pattern in (_ACCOUNT, _ROOT, _USER, _ROLE):
            if pattern.match(value):
                return cls(value)
        raise ValidationError(
            _WHERE, "principal", value,
            "is not a principal; expected '*', " + "; or ".join(_FORMATS.values()),
        )


def _checked(value: str, kind: str, *patterns: re.Pattern[str]) -> str:
    if not isinstance(value, str):
        raise ValidationError(_WHERE, f"principal ({kind})", value, "must be a string")
    if is_token(value) or any(p.match(value) for p in patterns):
        return value
    raise ValidationError(_WHERE, f"principal ({kind})", value, f"is malformed; expected {_FORMATS[kind]}")


@lru_cache(maxsize=1)
def _known_actions() -> dict[str, str]:
    """Lower-cased full action name -> canonical spelling."""
    names = (*API_OPERATIONS, *IAM_ONLY_ACTIONS)
    return {f"elasticache:{n}".lower(): f"elasticache:{n}" for n in names}


def check_action(action: str) -> str:
    """``action`` if it names (or, with ``*``/``?``, matches) a known ElastiCache action."""
    if not isinstance(action, str) or not action:
        raise ValidationError(_WHERE, "action", action, "must be a non-empty string such as 'elasticache:DescribeCacheClusters'")
    if action in ("*", "elasticache:*"):
        return action
    known = _known_actions()
    service, _, name = action.partition(":")
    if service.lower() != "elasticache" or not name:
        raise ValidationError(
            _WHERE, "action", action,
            "is not an ElastiCache action; an ElastiCache API endpoint policy governs 'elasticache:...' actions",
        )
    if "*" in name or "?" in name:
        pattern = action.lower()
        if not any(fnmatch.fnmatchcase(candidate, pattern) for candidate in known):
            raise ValidationError(_WHERE, "action", action, "matches no ElastiCache action")
        return action
    if action.lower() in known:
        return action
    import difflib  # only on the error path

    close = difflib.get_close_matches(action.lower(), list(known), n=3, cutoff=0.6)
    hint = ""
    if close:
        hint = f"; did you mean {known[close[0]]}?"
        if len(close) > 1:
            hint += f" (also close: {', '.join(known[c] for c in close[1:])})"
    raise ValidationError(_WHERE, "action", action, f"is not an ElastiCache action{hint}")


@dataclass(frozen=True)
class EndpointPolicyStatement:
    """One statement of an endpoint policy."""

    effect: Effect
    actions: tuple[str, ...]
    principals: tuple[PolicyPrincipal, ...] = (PolicyPrincipal("*"),)
    """Who it applies to. Default: anyone."""
    resources: tuple[str, ...] = ("*",)
    """ARNs it applies to. Default: ``*``."""
    conditions: Mapping[str, Mapping[str, Any]] | None = None
    """IAM conditions, e.g. ``{"StringEquals": {"aws:PrincipalOrgID": "o-abc"}}``."""
    not_principals: tuple[PolicyPrincipal, ...] = ()
    """``NotPrincipal`` (Deny statements only); replaces ``principals`` when set."""
    sid: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.effect, Effect):
            raise ValidationError(_WHERE, "effect", self.effect, "must be Effect.ALLOW or Effect.DENY")
        if not self.actions:
            raise ValidationError(_WHERE, "actions", [], "is empty: a statement must name at least one action")
        object.__setattr__(self, "actions", tuple(check_action(a) for a in self.actions))
        if not self.resources:
            raise ValidationError(_WHERE, "resources", [], "is empty: use ('*',) for every resource")
        if not self.principals and not self.not_principals:
            raise ValidationError(_WHERE, "principals", [], "is empty: an endpoint policy statement needs a Principal")
        if self.not_principals and self.effect is Effect.ALLOW:
            raise ValidationError(
                _WHERE, "not_principals", [p.value for p in self.not_principals],
                "with Allow grants access to everyone else, including anonymous callers; use Deny with NotPrincipal",
            )

    def to_json(self) -> dict[str, Any]:
        """The statement as policy JSON."""
        body: dict[str, Any] = {}
        if self.sid:
            body["Sid"] = self.sid
        body["Effect"] = self.effect.value
        if self.not_principals:
            body["NotPrincipal"] = {"AWS": [p.value for p in self.not_principals]}
        elif any(p.is_anyone for p in self.principals):
            body["Principal"] = "*"
        else:
            body["Principal"] = {"AWS": [p.value for p in self.principals]}
        body["Action"] = self.actions[0] if len(self.actions) == 1 else list(self.actions)
        body["Resource"] = self.resources[0] if len(self.resources) == 1 else list(self.resources)
        if self.conditions:
            body["Condition"] = {k: dict(v) for k, v in self.conditions.items()}
        return body


def _principals(principals: Iterable[str | PolicyPrincipal] | None) -> tuple[PolicyPrincipal, ...]:
    if principals is None:
        return (PolicyPrincipal.anyone(),)
    if isinstance(principals, (str, PolicyPrincipal)):
        principals = [principals]
    parsed = tuple(PolicyPrincipal.parse(p) for p in principals)
    if not parsed:
        raise ValidationError(_WHERE, "principals", [], "is empty: omit it for anyone ('*')")
    return parsed


def _strings(values: Iterable[str] | str) -> tuple[str, ...]:
    return (values,) if isinstance(values, str) else tuple(values)


@dataclass(frozen=True)
class EndpointPolicy:
    """An immutable endpoint policy; each builder method returns a new policy.

    Renders exactly the JSON the ElastiCache docs show (no ``Version`` unless
    you set one), e.g.::

        EndpointPolicy.only_actions(ElastiCacheActions.CREATE_CACHE_CLUSTER).to_json()
    """

    statements: tuple[EndpointPolicyStatement, ...] = ()
    version: str | None = None
    """Policy language version, e.g. ``"2012-10-17"``. Default: omitted (as in the AWS examples)."""

    # ----------------------------------------------------------- builders
    def allow(
        self,
        actions: Iterable[str] | str,
        *,
        principals: Iterable[str | PolicyPrincipal] | str | None = None,
        resources: Iterable[str] | str = ("*",),
        conditions: Mapping[str, Mapping[str, Any]] | None = None,
        sid: str | None = None,
    ) -> EndpointPolicy:
        """A new policy with an Allow statement added (principals default to anyone)."""
        return self.with_statement(EndpointPolicyStatement(
            Effect.ALLOW, _strings(actions), _principals(principals), _strings(resources), conditions, sid=sid))

    def deny(
        self,
        actions: Iterable[str] | str,
        *,
        principals: Iterable[str | PolicyPrincipal] | str | None = None,
        resources: Iterable[str] | str = ("*",),
        conditions: Mapping[str, Mapping[str, Any]] | None = None,
        sid: str | None = None,
    ) -> EndpointPolicy:
        """A new policy with a Deny statement added (principals default to anyone)."""
        return self.with_statement(EndpointPolicyStatement(
            Effect.DENY, _strings(actions), _principals(principals), _strings(resources), conditions, sid=sid))

    def with_statement(self, statement: EndpointPolicyStatement) -> EndpointPolicy:
        """A new policy with ``statement`` added."""
        if not isinstance(statement, EndpointPolicyStatement):
            raise ValidationError(_WHERE, "statement", statement, "must be an EndpointPolicyStatement")
        return replace(self, statements=(*self.statements, statement))

    def with_version(self, version: str = "2012-10-17") -> EndpointPolicy:
        """A new policy that states its language version."""
        return replace(self, version=version)

    # ------------------------------------------------------------ presets
    @classmethod
    def full_access(cls) -> EndpointPolicy:
        """Anyone, every action, every resource: the service's default policy."""
        return cls().allow("*")

    @classmethod
    def read_only(cls, *, principals: Iterable[str | PolicyPrincipal] | str | None = None) -> EndpointPolicy:
        """Only ``elasticache:Describe*`` and ``elasticache:List*``."""
        return cls().allow(["elasticache:Describe*", "elasticache:List*"], principals=principals)

    @classmethod
    def only_actions(cls, *actions: str, principals: Iterable[str | PolicyPrincipal] | str | None = None) -> EndpointPolicy:
        """Only the given actions, for anyone (or ``principals``), on every resource."""
        return cls().allow(actions, principals=principals)

    @classmethod
    def deny_accounts(cls, *accounts: str) -> EndpointPolicy:
        """Everything for everyone, except the given accounts, which get nothing."""
        return cls.full_access().deny("*", principals=[PolicyPrincipal.account(a) for a in accounts])

    # ------------------------------------------------------------- output
    def validate(self) -> None:
        """Raise ValidationError when the policy cannot allow anything."""
        if not self.statements:
            raise ValidationError(_WHERE, "statements", [], "is empty: the policy would allow nothing")
        if all(s.effect is Effect.DENY for s in self.statements):
            raise ValidationError(
                _WHERE, "statements", [s.effect.value for s in self.statements],
                "only deny: an endpoint policy without an Allow statement blocks every call",
            )

    def to_json(self) -> dict[str, Any]:
        """The policy document as a dict (validated first)."""
        self.validate()
        document: dict[str, Any] = {}
        if self.version:
            document["Version"] = self.version
        document["Statement"] = [s.to_json() for s in self.statements]
        text = json.dumps(document)
        if len(text) > MAX_POLICY_CHARACTERS and not is_token(text):
            raise ValidationError(
                _WHERE, "statements", f"{len(text)} characters",
                f"make a policy larger than the {MAX_POLICY_CHARACTERS:,} characters an endpoint policy may have",
            )
        return document

    def to_policy_document(self) -> iam.PolicyDocument:
        """The policy as an ``iam.PolicyDocument`` (e.g. for ``ec2.InterfaceVpcEndpoint``)."""
        return iam.PolicyDocument.from_json(self.to_json())


