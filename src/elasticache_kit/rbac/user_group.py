"""RBAC user groups, the rules on who may be in one, and imports."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

import aws_cdk as cdk
from constructs import Construct

from .._internal.arns import elasticache_arn, name_from_arn
from .._internal.context import ResourceMixin, Site, construct_path, provides
from .._internal.core_props import CoreUserGroupProps
from .._internal.identifiers import check_user_group_id, generated_name
from .._internal.js import core, is_marked, plain, tag_list
from .._internal.tokens import is_token
from ..engines import UserEngine
from ..errors import ValidationError
from .users import BUILT_IN_DEFAULT_USER_ID, AuthenticationType, IUser

__all__ = ["IUserGroup", "UserGroupBase", "UserGroup"]


@runtime_checkable
class IUserGroup(Protocol):
    """An RBAC user group, created in this app or imported."""

    @property
    def user_group_name(self) -> str:
        """The group's id (the service calls it ``UserGroupId``)."""
        ...

    @property
    def user_group_arn(self) -> str:
        """``arn:PARTITION:elasticache:REGION:ACCOUNT:usergroup:GROUP_ID``."""
        ...

    @property
    def engine(self) -> UserEngine | None:
        """The group's engine; None when unknown (imports)."""
        ...

    @property
    def users(self) -> list[IUser] | None:
        """The group's members; None when unknown (imports)."""
        ...

    def add_user(self, user: IUser) -> None:
        """Add ``user`` to the group."""
        ...


def _engine_rule(group_engine: UserEngine, user: IUser) -> str | None:
    """Why ``user`` cannot join a group of ``group_engine``; None when it can."""
    if group_engine == UserEngine.REDIS:
        if user.engine is not None and user.engine != UserEngine.REDIS:
            return "is a valkey user; a redis user group admits only redis users"
        return None
    if user.authentication_type is AuthenticationType.NO_PASSWORD:
        return (
            "is a no-password user; a valkey user group admits only users that "
            "authenticate (password or IAM), of either engine"
        )
    return None


def default_user_problem(engine: UserEngine | None, users: Sequence[IUser]) -> str | None:
    """Why a group of ``engine`` with ``users`` lacks its default user; None if fine.

    Redis OSS user groups must contain a user named ``default`` (the built-in
    one or a replacement).  Valkey groups need none.  Members whose name is not
    known (imports without ``user_name``) might be it, so they pass.
    """
    if engine != UserEngine.REDIS:
        return None
    names = [user.user_name for user in users]
    if BUILT_IN_DEFAULT_USER_ID in names or any(n is None or is_token(n) for n in names):
        return None
    return (
        "has no user named 'default': a redis user group must contain the built-in default user "
        "(NoPasswordUser.from_user_id(scope, id, 'default')) or a replacement whose user_name is "
        "'default' (e.g. a NoPasswordUser with AccessControl.disabled())"
    )


def group_label(user_group: object) -> str:
    """How an error names ``user_group``: the construct path the user wrote for a group
    created in this app (``MyappStack/SessionUsers``), else its user group id."""
    site = getattr(user_group, "_site", None)
    if isinstance(site, Site):
        return site.path
    return str(getattr(user_group, "user_group_name", user_group))


class UserGroupBase(ResourceMixin):
    """What created and imported user groups share (every group is also a ``cdk.Resource``)."""

    _group_id: str
    _engine: UserEngine | None
    #: The ARN an import was given (it may name another account or region).
    _given_arn: str | None = None

    @property
    def user_group_name(self) -> str:
        """The group's id (the service calls it ``UserGroupId``)."""
        return self._group_id

    @property
    def user_group_arn(self) -> str:
        """``arn:PARTITION:elasticache:REGION:ACCOUNT:usergroup:GROUP_ID``: the deploying
        stack's account and region, or the ARN an import was given."""
        return self._given_arn or elasticache_arn("usergroup", self._group_id)

    @property
    def engine(self) -> UserEngine | None:
        """The group's engine; None when unknown (imports)."""
        return self._engine

    @property
    def users(self) -> list[IUser] | None:
        """The group's members; None when unknown (imports)."""
        return None

    def add_user(self, user: IUser) -> None:
        """Add ``user`` to the group (not possible for imported groups)."""
        raise ValidationError(
            self.node.path, "add_user", user.user_id,
            "cannot be added: this user group is imported; change its members where it is defined",
        )

    def _cache_reference(self) -> Any:
        """What a cache's ``UserGroupId`` names: the group itself when created
        here (named by ``Ref``), else its id."""
        return self._group_id

    @classmethod
    def from_user_group_name(cls, scope: Construct, id: str, user_group_name: str) -> UserGroupBase:
        """Import an existing user group by id."""
        return cls.from_user_group_attributes(scope, id, user_group_name=user_group_name)

    @classmethod
    def from_user_group_arn(cls, scope: Construct, id: str, user_group_arn: str) -> UserGroupBase:
        """Import an existing user group by ARN (``...:usergroup:GROUP_ID``)."""
        return cls.from_user_group_attributes(scope, id, user_group_arn=user_group_arn)

    @classmethod
    def from_user_group_attributes(
        cls,
        scope: Construct,
        id: str,
        *,
        user_group_name: str | None = None,
        user_group_arn: str | None = None,
        engine: UserEngine | None = None,
        users: Sequence[IUser] | None = None,
    ) -> UserGroupBase:
        """Import an existing user group; give one of ``user_group_name`` and ``user_group_arn``.

        :param engine: the group's engine. Default: unknown (cache compatibility not checked).
        :param users: the group's members, if you want them known. Default: unknown.
        """
        site = Site(scope, id)
        if user_group_name is not None and user_group_arn is not None:
            site.fail("user_group_arn", user_group_arn, "conflicts with user_group_name: give one of them")
        if user_group_arn is not None:
            user_group_name = name_from_arn(site, "user_group_arn", user_group_arn, "usergroup")
        elif user_group_name is not None:
            check_user_group_id(site, "user_group_name", user_group_name)
        else:
            site.fail("user_group_name", None, "is required: give one of user_group_name or user_group_arn")
        if engine is not None and not isinstance(engine, UserEngine):
            site.fail("engine", engine, "must be a UserEngine")
        group = _ImportedUserGroup(scope, id, user_group_name, engine, list(users) if users is not None else None)
        group._given_arn = user_group_arn
        return group


class _ImportedUserGroup(cdk.Resource, UserGroupBase):
    def __init__(
        self, scope: Construct, id: str, group_id: str, engine: UserEngine | None, users: list[IUser] | None
    ) -> None:
        super().__init__(scope, id)
        self._group_id = group_id
        self._engine = engine
        self._users = users

    @property
    def users(self) -> list[IUser] | None:
        return list(self._users) if self._users is not None else None


class UserGroup(core.CoreUserGroup, UserGroupBase):
    """An RBAC user group: the users a Valkey or Redis OSS cache admits.

    Checked while the stack is built: member engines fit the group, no user id
    or user name appears twice, and a redis group has a user named ``default``
    (checked when the group is attached to a cache, and again at synth).

    Example::

        app = elasticache.IamUser(self, "AppUser", user_id="app",
                                  access_control=elasticache.AccessControl.read_write("app:*"))
        users = elasticache.UserGroup(self, "Users", users=[app])
        users.add_user(elasticache.PasswordUser(self, "Reports", user_id="reports",
                                                access_control=elasticache.AccessControl.read_only("app:*")))
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        users: Sequence[IUser] | None = None,
        engine: UserEngine | None = None,
        user_group_name: str | None = None,
        tags: Mapping[str, str] | None = None,
    ) -> None:
        """
        :param users: the members. Default: none yet (add them with :meth:`add_user`).
        :param engine: the group's engine. Default: ``UserEngine.VALKEY``.
        :param user_group_name: the group id. Default: generated from the construct path.
        :param tags: tags for the group. Default: none.
        """
        site = Site(scope, id)
        chosen = UserEngine.VALKEY if engine is None else engine
        if not isinstance(chosen, UserEngine):
            site.fail("engine", chosen, "must be a UserEngine (UserEngine.VALKEY or UserEngine.REDIS)")
        if user_group_name is not None:
            check_user_group_id(site, "user_group_name", user_group_name)
        members: list[IUser] = []
        for user in users or []:
            self._check_member(site, chosen, members, user)
            members.append(user)
        self._engine = chosen
        self._users: list[IUser] = members
        self._group_id = user_group_name or generated_name(construct_path(scope, id))
        self._site = site  # its path is read only if there is a problem to report
        properties = plain(engine=chosen.engine_type, userGroupId=self._group_id, tags=tag_list(site, tags))
        props = plain(CoreUserGroupProps(properties=properties, members=[_member(u) for u in members],
                                         problem=self._synth_problem()))
        core.CoreUserGroup.__init__(self, scope, id, props)

    @staticmethod
    def _check_member(site: Site, engine: UserEngine, members: list[IUser], user: IUser) -> None:
        if not provides(user, "user_id", "user_name", "engine", "authentication_type"):
            site.fail("users", type(user).__name__, "must contain users (IamUser, PasswordUser, NoPasswordUser or imports)")
        problem = _engine_rule(engine, user)
        if problem:
            site.fail("users", user.user_id, problem)
        for other in members:
            if other.user_id == user.user_id and not is_token(user.user_id):
                site.fail("users", user.user_id, "appears twice: a user id may be in a group once")
            if user.user_name is not None and other.user_name == user.user_name and not is_token(user.user_name):
                site.fail(
                    "users", user.user_id,
                    f"has user name {user.user_name!r}, already used by {other.user_id!r}: "
                    f"user names in a group must be unique",
                )

    @staticmethod
    def is_user_group(x: object) -> bool:
        """Whether ``x`` is a user group created with this class (True), not an
        import or anything else (False); asks the JavaScript object's marker
        (``Symbol.for('elasticache-kit.UserGroup')``), so it also answers for
        groups made by another copy of the library."""
        return isinstance(x, UserGroup) or is_marked(x, "UserGroup")

    @property
    def users(self) -> list[IUser]:
        """The group's members (a copy; use :meth:`add_user` to change it)."""
        return list(self._users)

    @property
    def user_ids(self) -> list[str]:
        """The members' user ids."""
        return [u.user_id for u in self._users]

    @property
    def user_group_status(self) -> str:
        """The group's status at deploy time."""
        return self.cfn_user_group.attr_status

    def add_user(self, user: IUser) -> None:
        """Add ``user`` to the group, checked like the ``users`` given at creation."""
        self._check_member(Site(self), self._engine or UserEngine.VALKEY, self._users, user)
        self._users.append(user)
        self.replace_members([_member(u) for u in self._users], self._synth_problem())

    def _synth_problem(self) -> str | None:
        """The error reported at synth while the members stay as they are.

        A redis group is checked for its default user again when attached to
        a cache; this catches groups that are never attached.
        """
        if not self._users:
            problem: str | None = "is empty: a user group needs at least one user (CloudFormation requires one or more UserIds)"
        else:
            problem = default_user_problem(self._engine, self._users)
        if problem is None:
            return None
        return str(ValidationError(self._site.path, "users", self.user_ids, problem))

    def _cache_reference(self) -> Any:
        return self


def _member(user: IUser) -> Any:
    """A user created here (the group lists it by ``Ref``), else the user's id."""
    member = getattr(user, "_group_member", None)
    return member() if callable(member) else user.user_id


