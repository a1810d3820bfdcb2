"""``RedisCloudPrincipal``: who may connect to a Redis Cloud PrivateLink, typed.

Redis Cloud shares the PrivateLink's VPC Lattice resource configuration through
AWS RAM, whose principals are AWS accounts, organizations, organizational units,
IAM roles, IAM users and service principals; the API takes each with its
``type`` (``aws_account``, ``organization``, ``organization_unit``, ``iam_role``,
``iam_user``, ``service_principal``).  Pure Python: no CDK is needed to build one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from .._internal.tokens import is_token
from .client import PRINCIPAL_TYPES, normalize_principal, principal_type_of

__all__ = ["RedisCloudPrincipal"]

#: What each type looks like, for error messages.
_SHAPES: Final = {
    "aws_account": "a 12-digit AWS account id (or arn:aws:iam::ACCOUNT:root)",
    "organization": "an organization ARN, arn:aws:organizations::MANAGEMENT_ACCOUNT:organization/o-xxxxxxxxxx",
    "organization_unit": "an organizational unit ARN, arn:aws:organizations::MANAGEMENT_ACCOUNT:ou/o-xxxxxxxxxx/ou-xxxx-xxxxxxxx",
    "iam_role": "an IAM role ARN, arn:aws:iam::ACCOUNT:role/NAME",
    "iam_user": "an IAM user ARN, arn:aws:iam::ACCOUNT:user/NAME",
    "service_principal": "a service principal, e.g. elasticloadbalancing.amazonaws.com",
}


@dataclass(frozen=True)
class RedisCloudPrincipal:
    """A principal allowed to connect to a Redis Cloud PrivateLink.

    Build one with :meth:`account`, :meth:`organization`,
    :meth:`organizational_unit`, :meth:`role`, :meth:`user` or :meth:`service`
    (or :meth:`of`, which reads the type from the value's shape).  The value is
    checked when the construct is created (a :class:`~elasticache_kit.ValidationError`
    naming the construct, ``principals``, the value and its expected shape); an
    account's root ARN becomes its 12-digit id.  CDK tokens are taken as they are.
    """

    value: str
    """The principal as the API takes it (an account id, an ARN or a service name)."""
    type: str
    """The API's principal type, one of ``aws_account``, ``organization``, ``organization_unit``,
    ``iam_role``, ``iam_user``, ``service_principal``."""

    @staticmethod
    def account(account_id: str) -> RedisCloudPrincipal:
        """An AWS account: ``123456789012`` or ``arn:aws:iam::123456789012:root``
        (like ``iam.AccountPrincipal``). Its RAM invitation must be accepted by that account."""
        return RedisCloudPrincipal._make(account_id, "aws_account")

    @staticmethod
    def organization(organization_arn: str) -> RedisCloudPrincipal:
        """Every account of an AWS Organization, by its ARN
        (``arn:aws:organizations::MANAGEMENT_ACCOUNT:organization/o-...``)."""
        return RedisCloudPrincipal._make(organization_arn, "organization")

    @staticmethod
    def organizational_unit(ou_arn: str) -> RedisCloudPrincipal:
        """Every account of an organizational unit, by its ARN
        (``arn:aws:organizations::MANAGEMENT_ACCOUNT:ou/o-.../ou-...``)."""
        return RedisCloudPrincipal._make(ou_arn, "organization_unit")

    @staticmethod
    def role(role_arn: str) -> RedisCloudPrincipal:
        """An IAM role, by its ARN (``arn:aws:iam::ACCOUNT:role/PATH/NAME``)."""
        return RedisCloudPrincipal._make(role_arn, "iam_role")

    @staticmethod
    def user(user_arn: str) -> RedisCloudPrincipal:
        """An IAM user, by its ARN (``arn:aws:iam::ACCOUNT:user/PATH/NAME``)."""
        return RedisCloudPrincipal._make(user_arn, "iam_user")

    @staticmethod
    def service(service_principal: str) -> RedisCloudPrincipal:
        """An AWS service principal (``SERVICE.amazonaws.com``)."""
        return RedisCloudPrincipal._make(service_principal, "service_principal")

    @staticmethod
    def of(value: str) -> RedisCloudPrincipal:
        """A principal whose type its shape says (a plain string in ``principals``);
        a token is taken as an account (the type is read from its value at deploy time)."""
        text = value.strip() if isinstance(value, str) and not is_token(value) else value
        kind = principal_type_of(text) if isinstance(text, str) and not is_token(text) else None
        return RedisCloudPrincipal._make(value, kind or "")

    @staticmethod
    def _make(value: str, kind: str) -> RedisCloudPrincipal:
        if isinstance(value, str) and not is_token(value):
            value = value.strip()
            if kind == "aws_account":
                value = normalize_principal(value)
        return RedisCloudPrincipal(value, kind)

    def problem(self) -> str | None:
        """Why this principal is not valid (None when it is, or when its value is a token)."""
        if not isinstance(self.value, str):
            return f"contains {self.value!r}, not a string"
        if is_token(self.value):
            return None
        if self.type not in PRINCIPAL_TYPES:
            shapes = "; ".join(_SHAPES.values())
            return (f"contains {self.value!r}, which is none of: {shapes} "
                    f"(RedisCloudPrincipal.account/organization/organizational_unit/role/user/service)")
        found = principal_type_of(self.value)
        if found != self.type:
            return f"contains {self.value!r}, not {_SHAPES[self.type]}"
        return None
