"""RBAC users: IAM-authenticated, password-authenticated and no-password users,
and imports of existing users."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

import aws_cdk as cdk
from constructs import Construct

from .._internal.arns import elasticache_arn, name_from_arn
from .._internal.context import ResourceMixin, Site
from .._internal.core_props import CoreGeneratedPasswordProps, CoreUserProps
from .._internal.identifiers import check_user_id, check_user_name
from .._internal.js import core, is_marked, js_checks, plain, tag_list
from .._internal.lazy import LazyModule
from .._internal.tokens import is_token
from ..engines import UserEngine
from ..errors import ValidationError
from .access_control import AccessControl

if TYPE_CHECKING:
    from aws_cdk import aws_iam as iam
    from aws_cdk import aws_kms as kms
    from aws_cdk import aws_secretsmanager as secretsmanager

    from .rotation import PasswordRotation  # loaded when a user is rotated (with its Lambda and endpoint checks)
else:
    iam = LazyModule("aws_cdk.aws_iam")
    kms = LazyModule("aws_cdk.aws_kms")
    secretsmanager = LazyModule("aws_cdk.aws_secretsmanager")

__all__ = [
    "AuthenticationType",
    "IUser",
    "UserBase",
    "IamUser",
    "PasswordUser",
    "NoPasswordUser",
    "BUILT_IN_DEFAULT_USER_ID",
]

#: Id (and name) of the user ElastiCache creates in every account and region.
BUILT_IN_DEFAULT_USER_ID = "default"
PASSWORD_LENGTH = (16, 128)
GENERATED_PASSWORD_LENGTH = 32


class AuthenticationType(enum.Enum):
    """How an RBAC user authenticates."""

    IAM = "iam"
    """With an IAM auth token (user name must equal user id)."""
    PASSWORD = "password"
    """With one of its one or two passwords."""
    NO_PASSWORD = "no-password-required"
    """Without a password (Redis OSS users only)."""


@runtime_checkable
class IUser(Protocol):
    """An RBAC user, created in this app or imported."""

    @property
    def user_id(self) -> str:
        """The user's id (lower case)."""
        ...

    @property
    def user_name(self) -> str | None:
        """The name clients authenticate as; None when unknown (imports)."""
        ...

    @property
    def engine(self) -> UserEngine | None:
        """The user's engine; None when unknown (imports)."""
        ...

    @property
    def user_arn(self) -> str:
        """``arn:PARTITION:elasticache:REGION:ACCOUNT:user:USER_ID``."""
        ...

    @property
    def authentication_type(self) -> AuthenticationType | None:
        """How the user authenticates; None when unknown (imports)."""
        ...

    def grant_connect(self, grantee: iam.IGrantable) -> iam.Grant:
        """Allow ``grantee`` to connect as this user (``elasticache:Connect``)."""
        ...


class UserBase(ResourceMixin):
    """What created and imported users share: identity, ARN, grants, imports.

    Every user is also a ``cdk.Resource``.
    """

    #: How users of this class authenticate (None: unknown, as for ``UserBase`` imports).
    _AUTHENTICATION: ClassVar[AuthenticationType | None] = None

    _user_id: str
    _user_name: str | None
    _engine: UserEngine | None
    _authentication: AuthenticationType | None
    #: The ARN an import was given (it may name another account or region).
    _given_arn: str | None = None

    @property
    def user_id(self) -> str:
        """The user's id (lower case)."""
        return self._user_id

    @property
    def user_name(self) -> str | None:
        """The name clients authenticate as; None when unknown (imports)."""
        return self._user_name

    @property
    def engine(self) -> UserEngine | None:
        """The user's engine; None when unknown (imports)."""
        return self._engine

    @property
    def authentication_type(self) -> AuthenticationType | None:
        """How the user authenticates; None when unknown (imports)."""
        return self._authentication

    @property
    def user_arn(self) -> str:
        """``arn:PARTITION:elasticache:REGION:ACCOUNT:user:USER_ID``: the deploying
        stack's account and region, or the ARN an import was given."""
        return self._given_arn or elasticache_arn("user", self._user_id)

    def grant(self, grantee: iam.IGrantable, *actions: str) -> iam.Grant:
        """Allow ``grantee`` the given ``actions`` on this user's ARN only."""
        return core.CoreGrants.on_principal(grantee, list(actions), [self.user_arn])

    def grant_connect(self, grantee: iam.IGrantable) -> iam.Grant:
        """Allow ``grantee`` to connect as this user (``elasticache:Connect`` on its ARN).

        Only IAM-authenticated users connect with IAM; granting it on a user
        known to use passwords or no password is an error.
        """
        if self._authentication not in (None, AuthenticationType.IAM):
            raise ValidationError(
                self.node.path, "grant_connect", self._user_id,
                f"is a {self._authentication.value} user; elasticache:Connect only "
                f"authorizes IAM-authenticated users (use an IamUser)",
            )
        return self.grant(grantee, "elasticache:Connect")

    def _group_member(self) -> Any:
        """What a user group lists for this user: the user itself when created
        here (listed by ``Ref``), else its id."""
        return self._user_id

    # ------------------------------------------------------------------ imports
    @classmethod
    def from_user_id(cls, scope: Construct, id: str, user_id: str) -> UserBase:
        """Import an existing user by id."""
        return cls.from_user_attributes(scope, id, user_id=user_id)

    @classmethod
    def from_user_arn(cls, scope: Construct, id: str, user_arn: str) -> UserBase:
        """Import an existing user by ARN (``...:user:USER_ID``)."""
        return cls.from_user_attributes(scope, id, user_arn=user_arn)

    @classmethod
    def from_user_attributes(
        cls,
        scope: Construct,
        id: str,
        *,
        user_id: str | None = None,
        user_arn: str | None = None,
        engine: UserEngine | None = None,
        user_name: str | None = None,
    ) -> UserBase:
        """Import an existing user.

        Give exactly one of ``user_id`` and ``user_arn``.  Importing through a
        subclass records how the user authenticates (``IamUser.from_...`` is an
        IAM user), which the user group checks use.  The id ``default`` is the
        built-in default user: name ``default``, Redis OSS engine, no password.

        :param engine: the user's engine. Default: unknown (not checked).
        :param user_name: the user's name. Default: unknown (not checked).
        """
        site = Site(scope, id)
        if user_id is not None and user_arn is not None:
            site.fail("user_arn", user_arn, "conflicts with user_id: give one of user_id or user_arn")
        if user_arn is not None:
            user_id = name_from_arn(site, "user_arn", user_arn, "user")
        elif user_id is not None:
            check_user_id(site, "user_id", user_id)
        else:
            site.fail("user_id", None, "is required: give one of user_id or user_arn")
        if engine is not None and not isinstance(engine, UserEngine):
            site.fail("engine", engine, "must be a UserEngine")
        if user_name is not None:
            check_user_name(site, "user_name", user_name)
        authentication = cls._AUTHENTICATION
        if user_id == BUILT_IN_DEFAULT_USER_ID:
            if authentication not in (None, AuthenticationType.NO_PASSWORD):
                site.fail(
                    "user_id", user_id,
                    f"is ElastiCache's built-in default user, a no-password user; "
                    f"import it with NoPasswordUser, not {cls.__name__}",
                )
            if user_name not in (None, BUILT_IN_DEFAULT_USER_ID):
                site.fail("user_name", user_name, "must be 'default' for the built-in default user")
            authentication = AuthenticationType.NO_PASSWORD
            user_name = BUILT_IN_DEFAULT_USER_ID
            engine = engine or UserEngine.REDIS
        if authentication is AuthenticationType.IAM:
            if user_name is None:
                user_name = user_id
            elif user_name != user_id and not is_token(user_name) and not is_token(user_id):
                site.fail("user_name", user_name, f"must equal the user id ({user_id!r}) for an IAM-authenticated user")
        user = _ImportedUser(scope, id, user_id, user_name, engine, authentication)
        user._given_arn = user_arn
        return user


class _ImportedUser(cdk.Resource, UserBase):
    """A user that exists outside this app."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        user_id: str,
        user_name: str | None,
        engine: UserEngine | None,
        authentication: AuthenticationType | None,
    ) -> None:
        super().__init__(scope, id)
        self._user_id = user_id
        self._user_name = user_name
        self._engine = engine
        self._authentication = authentication


class _CreatedUser(core.CoreUser, UserBase):
    """Shared constructor logic of the three user kinds: the construct and its
    ``AWS::ElastiCache::User`` come from one jsii call."""

    _DEFAULT_ENGINE: ClassVar[UserEngine] = UserEngine.VALKEY

    def _check_common(
        self,
        site: Site,
        *,
        user_id: str,
        user_name: str | None,
        engine: UserEngine | None,
        access_control: AccessControl | str,
    ) -> tuple[str, UserEngine]:
        check_user_id(site, "user_id", user_id)
        if user_id == BUILT_IN_DEFAULT_USER_ID:
            site.fail(
                "user_id", user_id,
                "is the id of ElastiCache's built-in default user, which already exists and "
                "cannot be created again: import it with NoPasswordUser.from_user_id(scope, id, "
                "'default'), or replace it with a new user whose user_name is 'default' and whose "
                "user_id is something else",
            )
        name = user_id if user_name is None else user_name
        check_user_name(site, "user_name", name)
        chosen = self._DEFAULT_ENGINE if engine is None else engine
        if not isinstance(chosen, UserEngine):
            site.fail("engine", chosen, "must be a UserEngine (UserEngine.VALKEY or UserEngine.REDIS)")
        if isinstance(access_control, str):  # parsed here, so an error names this user
            try:
                AccessControl(access_control)
            except ValidationError as error:
                site.fail("access_control", access_control, error.rule)
        elif not isinstance(access_control, AccessControl):
            site.fail(
                "access_control", access_control,
                "must be an AccessControl or an access string, e.g. AccessControl.from_access_string('on ~* +@all')",
            )
        return name, chosen

    def _create(
        self,
        site: Site,
        scope: Construct,
        id: str,
        *,
        user_id: str,
        user_name: str,
        engine: UserEngine,
        access_control: AccessControl | str,
        authentication: AuthenticationType,
        tags: Mapping[str, str] | None,
        passwords: list[cdk.SecretValue] | None = None,
        generated_password: CoreGeneratedPasswordProps | None = None,
    ) -> None:
        """Create the construct and its ``AWS::ElastiCache::User`` (one jsii call)."""
        self._user_id = user_id
        self._user_name = user_name
        self._engine = engine
        self._authentication = authentication
        if isinstance(access_control, str):
            access_control = AccessControl(access_control)  # checked by _check_common
        self.access_control = access_control
        properties = plain(
            engine=engine.engine_type,
            userId=user_id,
            userName=user_name,
            accessString=access_control.access_string,
            authenticationMode={"Type": authentication.value},
            tags=tag_list(site, tags),
        )
        low, high = PASSWORD_LENGTH
        props = plain(CoreUserProps(
            properties=properties, minPasswordLength=low, maxPasswordLength=high,
            passwords=passwords, generatedPassword=generated_password,
        ))
        with js_checks(site):
            core.CoreUser.__init__(self, scope, id, props)

    @property
    def access_string(self) -> str:
        """The user's access string."""
        return self.access_control.access_string

    @property
    def user_status(self) -> str:
        """The user's status at deploy time (``active``, ``modifying``, ``deleting``)."""
        return self.cfn_user.attr_status

    def _group_member(self) -> Any:
        return self


class IamUser(_CreatedUser):
    """An RBAC user that authenticates with IAM auth tokens.

    ElastiCache requires an IAM user's name to equal its id, so ``user_name``
    defaults to ``user_id`` and any other value is refused.

    Example::

        app = elasticache.IamUser(self, "AppUser", user_id="app",
                                  access_control=elasticache.AccessControl.read_write("app:*"))
        role = iam.Role(self, "AppRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        app.grant_connect(role)   # elasticache:Connect on ...:user:app
    """

    _AUTHENTICATION = AuthenticationType.IAM

    @staticmethod
    def is_iam_user(x: object) -> bool:
        """Whether ``x`` is an IAM-authenticated user created with this class (True), not an
        import or anything else (False); asks the JavaScript object's marker
        (``Symbol.for('elasticache-kit.IamUser')``), so it also answers for users
        made by another copy of the library."""
        return isinstance(x, IamUser) or is_marked(x, "IamUser")

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        user_id: str,
        access_control: AccessControl | str,
        engine: UserEngine | None = None,
        user_name: str | None = None,
        tags: Mapping[str, str] | None = None,
    ) -> None:
        """
        :param user_id: the user's id: a letter, then lower-case letters, digits, hyphens.
        :param access_control: the user's permissions: an ``AccessControl``, or an access string (checked as by
            ``AccessControl.from_access_string``; its errors then name this user).
        :param engine: the user's engine. Default: ``UserEngine.VALKEY``.
        :param user_name: must equal ``user_id``. Default: ``user_id``.
        :param tags: tags for the user. Default: none.
        """
        site = Site(scope, id)
        name, chosen = self._check_common(
            site, user_id=user_id, user_name=user_name, engine=engine, access_control=access_control
        )
        if name != user_id:
            site.fail("user_name", name, f"must equal user_id ({user_id!r}) for an IAM-authenticated user")
        self._create(
            site, scope, id, user_id=user_id, user_name=name, engine=chosen, access_control=access_control,
            authentication=AuthenticationType.IAM, tags=tags,
        )


_UNREAD: Any = object()


#: cdk-nag's rules (one per pack) that ask every Secrets Manager secret to rotate.
SECRET_ROTATION_RULES: tuple[str, ...] = (
    "AwsSolutions-SMG4",
    "HIPAA.Security-SecretsManagerRotationEnabled",
    "NIST.800.53.R4-SecretsManagerRotationEnabled",
    "NIST.800.53.R5-SecretsManagerRotationEnabled",
    "PCI.DSS.321-SecretsManagerRotationEnabled",
)


def _disabled_user_acknowledgments(access_control: AccessControl | str, rotation: object) -> list[list[str]] | None:
    """The secret-rotation findings acknowledged on the generated secret of a disabled user
    (``off``: it can never log in, so its password opens nothing and there is nothing to rotate)."""
    if rotation is not None:
        return None
    text = access_control.access_string if isinstance(access_control, AccessControl) else access_control
    if is_token(text) or AccessControl(text).enabled:
        return None
    reason = ("the secret holds the password of a disabled ElastiCache user ('off' access string): it cannot "
              "log in, so the password opens nothing and rotating it would change nothing")
    return [[rule, reason] for rule in SECRET_ROTATION_RULES]


class PasswordUser(_CreatedUser):
    """An RBAC user that authenticates with a password.

    Give one or two passwords as ``SecretValue`` (two allow rotation without
    downtime), or none to have a 32-character password generated in Secrets
    Manager, exposed as :attr:`secret` (JSON with ``username``, ``password`` and
    ``user_arn``: the format of ElastiCache's password-rotation documentation).

    Example::

        reports = elasticache.PasswordUser(self, "Reports", user_id="reports",
                                           access_control="on ~app:* -@all +@read")
        secret = reports.secret   # the generated password, in Secrets Manager
    """

    _AUTHENTICATION = AuthenticationType.PASSWORD

    @staticmethod
    def is_password_user(x: object) -> bool:
        """Whether ``x`` is a password user created with this class (True), not an
        import or anything else (False); asks the JavaScript object's marker
        (``Symbol.for('elasticache-kit.PasswordUser')``), so it also answers for users
        made by another copy of the library."""
        return isinstance(x, PasswordUser) or is_marked(x, "PasswordUser")

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        user_id: str,
        access_control: AccessControl | str,
        passwords: Sequence[cdk.SecretValue] | None = None,
        engine: UserEngine | None = None,
        user_name: str | None = None,
        tags: Mapping[str, str] | None = None,
        secret_encryption_key: kms.IKey | None = None,
        rotation: PasswordRotation | None = None,
    ) -> None:
        """
        :param user_id: the user's id: a letter, then lower-case letters, digits, hyphens.
        :param access_control: the user's permissions: an ``AccessControl``, or an access string (checked as by
            ``AccessControl.from_access_string``; its errors then name this user).
        :param passwords: one or two passwords, 16..128 printable characters each
            (checked at synth when their text is known, e.g. ``unsafe_plain_text``).
            Default: one generated in a new Secrets Manager secret.
        :param secret_encryption_key: KMS key of the generated secret (ignored
            with ``passwords``). Default: Secrets Manager's ``aws/secretsmanager`` key.
        :param rotation: rotate the generated secret with the library's rotation
            function (see :class:`PasswordRotation`; not with ``passwords``; with a
            cache created later, call :meth:`add_rotation` instead). Default: no rotation.
        :param engine: the user's engine. Default: ``UserEngine.VALKEY``.
        :param user_name: the name clients authenticate as. Default: ``user_id``.
        :param tags: tags for the user. Default: none.
        """
        site = Site(scope, id)
        name, chosen = self._check_common(
            site, user_id=user_id, user_name=user_name, engine=engine, access_control=access_control
        )
        generated: CoreGeneratedPasswordProps | None = None
        rotation_days = None
        if rotation is not None:
            from .rotation import check_rotation

            rotation_days = check_rotation(site, rotation)
        if passwords is not None and rotation is not None:
            site.fail("rotation", "(with passwords)", "needs the generated secret: omit passwords to rotate")
        if passwords is not None:
            _check_passwords(site, passwords)
        else:
            generated = plain(CoreGeneratedPasswordProps(
                description=f"Password of ElastiCache user {user_id}",
                userName=name,
                userArn=elasticache_arn("user", user_id),
                length=GENERATED_PASSWORD_LENGTH,
                encryptionKey=secret_encryption_key,
                acknowledgments=_disabled_user_acknowledgments(access_control, rotation),
            ))
        # the generated secret is read from the JavaScript side once, on first use
        self._secret: Any = _UNREAD if generated is not None else None
        self._create(
            site, scope, id, user_id=user_id, user_name=name, engine=chosen, access_control=access_control,
            authentication=AuthenticationType.PASSWORD, tags=tags,
            passwords=list(passwords) if passwords is not None else None, generated_password=generated,
        )
        self._secret_key = secret_encryption_key
        self.rotation_function: Any = None
        """The rotation function (a ``lambda.IFunction`` with its role and ``connections``), once rotation is added."""
        if rotation is not None and rotation_days is not None:
            self._add_rotation(site, rotation, rotation_days)

    def add_rotation(self, rotation: PasswordRotation) -> Any:
        """Rotate the generated secret with the library's rotation function
        (Secrets Manager's four steps; ``elasticache:ModifyUser`` gives the user
        the current and the new password, so clients holding the current one keep
        working). Returns the function: a ``lambda.IFunction`` with its role and
        ``connections`` (its security groups), e.g. for
        ``fn.connections.allow_to(other, port)`` or ``fn.metric_errors()``."""
        site = Site(self)
        from .rotation import check_rotation

        days = check_rotation(site, rotation)
        if self._secret is None:
            site.fail("rotation", "(with passwords)", "needs the generated secret: omit passwords to rotate")
        if self.rotation_function is not None:
            site.fail("rotation", "(again)", "is already set: a secret has one rotation schedule")
        return self._add_rotation(site, rotation, days)

    def _add_rotation(self, site: Site, rotation: PasswordRotation, days: int) -> Any:
        secret = self.secret
        assert secret is not None
        from .rotation import add_rotation

        self.rotation_function = add_rotation(
            self, site, rotation, days, secret=secret, key=self._secret_key, user_arn=self.user_arn,
            user_id=self._user_id,
        )
        return self.rotation_function

    @property
    def secret(self) -> secretsmanager.ISecret | None:
        """The generated secret (JSON ``username``, ``password``, ``user_arn``); None when passwords were given."""
        if self._secret is _UNREAD:
            self._secret = self.generated_secret
        return self._secret  # type: ignore[no-any-return]


def _check_passwords(site: Site, passwords: Sequence[cdk.SecretValue]) -> None:
    """Check the list; the text of each password is checked on the JavaScript side."""
    if isinstance(passwords, (str, cdk.SecretValue)) or not isinstance(passwords, Sequence):
        # the value itself may be a password: name only its type
        site.fail("passwords", type(passwords).__name__, "must be a list of one or two SecretValue")
    if not 1 <= len(passwords) <= 2:
        site.fail("passwords", f"{len(passwords)} passwords", "must be one or two (two allow rotation)")
    for index, password in enumerate(passwords):
        prop = f"passwords[{index}]"
        if isinstance(password, str):
            site.fail(
                prop, "(a plain string)",
                "is refused: it would be written to the template in clear text; use "
                "SecretValue.secrets_manager(...) or omit passwords to generate one",
            )
        if not isinstance(password, cdk.SecretValue):
            site.fail(prop, type(password).__name__, "must be a SecretValue")


class NoPasswordUser(_CreatedUser):
    """An RBAC user that connects without a password (Redis OSS engine only).

    Useful as a disabled replacement for the built-in ``default`` user
    (``user_name="default"`` with ``AccessControl.disabled()``).

    Example::

        # the disabled default user a Redis OSS user group needs: no password, so no secret
        default = elasticache.NoPasswordUser(self, "DisabledDefault", user_id="app-default", user_name="default",
                                             engine=elasticache.UserEngine.REDIS,
                                             access_control=elasticache.AccessControl.disabled())
    """

    _AUTHENTICATION = AuthenticationType.NO_PASSWORD

    @staticmethod
    def is_no_password_user(x: object) -> bool:
        """Whether ``x`` is a no-password user created with this class (True), not an
        import or anything else (False); asks the JavaScript object's marker
        (``Symbol.for('elasticache-kit.NoPasswordUser')``), so it also answers for users
        made by another copy of the library."""
        return isinstance(x, NoPasswordUser) or is_marked(x, "NoPasswordUser")
    _DEFAULT_ENGINE = UserEngine.REDIS

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        user_id: str,
        access_control: AccessControl | str,
        engine: UserEngine | None = None,
        user_name: str | None = None,
        tags: Mapping[str, str] | None = None,
    ) -> None:
        """
        :param user_id: the user's id: a letter, then lower-case letters, digits, hyphens.
        :param access_control: the user's permissions: an ``AccessControl``, or an access string (checked as by
            ``AccessControl.from_access_string``; its errors then name this user).
        :param engine: must be ``UserEngine.REDIS``. Default: ``UserEngine.REDIS``.
        :param user_name: the name clients connect as. Default: ``user_id``.
        :param tags: tags for the user. Default: none.
        """
        site = Site(scope, id)
        name, chosen = self._check_common(
            site, user_id=user_id, user_name=user_name, engine=engine, access_control=access_control
        )
        if chosen != UserEngine.REDIS:
            site.fail(
                "engine", chosen.engine_type,
                "does not support no-password users: Valkey user groups admit only users that "
                "authenticate (password or IAM); use UserEngine.REDIS or a PasswordUser",
            )
        self._create(
            site, scope, id, user_id=user_id, user_name=name, engine=chosen, access_control=access_control,
            authentication=AuthenticationType.NO_PASSWORD, tags=tags,
        )
