"""RBAC access strings: a parser that rejects what ElastiCache rejects, and a
few readable builders for the common cases."""

from __future__ import annotations

import re
from typing import Final

from .._internal.tokens import is_token
from ..errors import ValidationError

__all__ = ["AccessControl", "ACL_CATEGORIES"]

#: Command categories of Valkey / Redis OSS ACLs (``ACL CAT``), plus ``all``,
#: and those of the modules ElastiCache ships: ``json`` (JSON), ``bloom``
#: (Bloom filters, Valkey 8.1+) and ``search`` (vector search).
ACL_CATEGORIES: Final = frozenset(
    {
        "all", "keyspace", "read", "write", "set", "sortedset", "list", "hash",
        "string", "bitmap", "hyperloglog", "geo", "stream", "pubsub", "admin",
        "fast", "slow", "blocking", "dangerous", "connection", "transaction",
        "scripting", "json", "bloom", "search",
    }
)

_WORDS: Final = frozenset(
    {"allkeys", "resetkeys", "allchannels", "resetchannels", "allcommands", "nocommands"}
)
# Rules the service refuses inside an access string: passwords are managed by
# the user's authentication mode, and 'reset' is not allowed.
_FORBIDDEN: Final = {
    "nopass": "passwords are set by the user's authentication mode, not in the access string",
    "resetpass": "passwords are set by the user's authentication mode, not in the access string",
    "reset": "ElastiCache does not accept 'reset' in an access string",
}
_PASSWORD_PREFIXES: Final = (">", "<", "#", "!")
_COMMAND = re.compile(r"[a-z][a-z0-9_.-]*(\|[a-z0-9_.-]+)?\Z", re.IGNORECASE)
_KEY_PREFIXES: Final = ("%RW~", "%R~", "%W~", "~")


def _fail(access_string: str, token: str, rule: str) -> ValidationError:
    return ValidationError("AccessControl", "access_string", access_string, f"token {token!r} {rule}")


def _did_you_mean(word: str, known: frozenset[str] | set[str], prefix: str = "") -> str:
    """``; did you mean 'PREFIXclosest'?`` when ``word`` is close to one of ``known``, else ``''``."""
    import difflib  # only on the error path: importing it costs every program about a millisecond

    close = difflib.get_close_matches(word.lower(), sorted(known), n=1, cutoff=0.6)
    return f"; did you mean {prefix + close[0]!r}?" if close else ""


def _split(access_string: str) -> list[str]:
    """Split on whitespace, keeping ``( ... )`` selectors together."""
    tokens: list[str] = []
    depth = 0
    current: list[str] = []
    for ch in access_string:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                raise _fail(access_string, ")", "closes a selector that was never opened")
        if ch.isspace() and depth == 0:
            if current:
                tokens.append("".join(current))
                current = []
            continue
        current.append(ch)
    if depth:
        raise _fail(access_string, "(", "opens a selector that is never closed")
    if current:
        tokens.append("".join(current))
    return tokens


def _check_rule(access_string: str, token: str, in_selector: bool) -> None:
    lowered = token.lower()
    if lowered in ("on", "off"):
        if in_selector:
            raise _fail(access_string, token, "cannot appear inside a selector")
        return
    if lowered in _WORDS:
        return
    if lowered == "clearselectors":
        if in_selector:
            raise _fail(access_string, token, "cannot appear inside a selector")
        return
    reason = _FORBIDDEN.get(lowered)
    if reason:
        raise _fail(access_string, token, f"is not allowed: {reason}")
    if token.startswith(_PASSWORD_PREFIXES):
        raise _fail(
            access_string, token,
            "looks like a password rule; passwords are set by the user's "
            "authentication mode, never in the access string",
        )
    if token.startswith("(") and token.endswith(")"):
        if in_selector:
            raise _fail(access_string, token, "nests a selector inside a selector")
        inner = token[1:-1].split()
        if not inner:
            raise _fail(access_string, token, "is an empty selector")
        for rule in inner:
            _check_rule(access_string, rule, in_selector=True)
        return
    for prefix in _KEY_PREFIXES:
        if token.startswith(prefix):
            if len(token) == len(prefix):
                raise _fail(access_string, token, "has an empty key pattern")
            return
    if token.startswith("&"):
        if len(token) == 1:
            raise _fail(access_string, token, "has an empty channel pattern")
        return
    if token.startswith(("+@", "-@")):
        category = lowered[2:]
        if category not in ACL_CATEGORIES:
            hint = _did_you_mean(category, ACL_CATEGORIES, token[:2])
            raise _fail(
                access_string, token,
                f"names an unknown command category (known: {', '.join(sorted(ACL_CATEGORIES))}){hint}",
            )
        return
    if token.startswith(("+", "-")):
        if _COMMAND.match(token[1:]) is None:
            raise _fail(access_string, token, "is not a valid command rule (+command or +command|subcommand)")
        return
    hint = _did_you_mean(token, _WORDS | {"on", "off", "clearselectors"})
    raise _fail(
        access_string, token,
        f"is not an access string rule{hint} (expected on/off, ~keys, &channels, "
        "+command, -command, +@category, -@category, allkeys, ...)",
    )


def _check(access_string: str) -> None:
    """Refuse what ElastiCache would refuse (see :meth:`AccessControl.from_access_string`)."""
    if not isinstance(access_string, str):
        raise ValidationError("AccessControl", "access_string", access_string, "must be a string")
    if is_token(access_string):
        return  # known at deploy time only
    if not access_string.strip():
        raise ValidationError("AccessControl", "access_string", access_string, "must contain at least one rule")
    tokens = _split(access_string)
    states = [t for t in tokens if t.lower() in ("on", "off")]
    if len({s.lower() for s in states}) > 1:
        raise ValidationError(
            "AccessControl", "access_string", access_string,
            "says both 'on' and 'off'; a user is either enabled or disabled",
        )
    for token in tokens:
        _check_rule(access_string, token, in_selector=False)


class AccessControl:
    """The permissions of an RBAC user, as an ElastiCache access string.

    Build one with :meth:`from_access_string` or a builder such as
    :meth:`read_only`, :meth:`full_access` or :meth:`disabled`; every access
    string is parsed and checked, also one given to the constructor.
    """

    __slots__ = ("_access_string",)

    def __init__(self, access_string: str) -> None:
        """:param access_string: checked as by :meth:`from_access_string`."""
        _check(access_string)
        self._access_string = access_string

    @property
    def access_string(self) -> str:
        """The access string that defines the user's permissions."""
        return self._access_string

    @classmethod
    def from_access_string(cls, access_string: str) -> AccessControl:
        """Parse ``access_string``, refusing anything ElastiCache would refuse.

        Accepted rules: ``on``/``off``, key patterns (``~p``, ``%R~p``, ``%W~p``,
        ``%RW~p``, ``allkeys``, ``resetkeys``), channel patterns (``&p``,
        ``allchannels``, ``resetchannels``), command rules (``+cmd``, ``-cmd``,
        ``+cmd|sub``, ``+@category``, ``-@category``, ``allcommands``,
        ``nocommands``) and selectors ``( ... )`` / ``clearselectors``.
        Password rules (``>``, ``<``, ``#``, ``!``, ``nopass``, ``resetpass``)
        and ``reset`` are refused, as the service refuses them. A CDK token
        (e.g. a parameter's value) is known only at deploy time and passes.
        """
        return cls(access_string)

    @classmethod
    def full_access(cls) -> AccessControl:
        """Enabled, every key, every channel, every command: ``on ~* &* +@all``."""
        return cls("on ~* &* +@all")

    @classmethod
    def read_only(cls, key_pattern: str = "*") -> AccessControl:
        """Enabled, read commands only, on keys matching ``key_pattern``."""
        return cls.from_access_string(f"on ~{key_pattern} -@all +@read")

    @classmethod
    def read_write(cls, key_pattern: str = "*") -> AccessControl:
        """Enabled, every command except dangerous ones, on keys matching ``key_pattern``."""
        return cls.from_access_string(f"on ~{key_pattern} &* +@all -@dangerous")

    @classmethod
    def disabled(cls) -> AccessControl:
        """Disabled and allowed nothing: ``off -@all`` (e.g. to replace ``default``)."""
        return cls("off -@all")

    @property
    def enabled(self) -> bool:
        """Whether the string switches the user on (the service defaults to off)."""
        return any(t.lower() == "on" for t in _split(self._access_string))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AccessControl) and other._access_string == self._access_string

    def __hash__(self) -> int:
        return hash(self._access_string)

    def __repr__(self) -> str:
        return f"AccessControl({self._access_string!r})"
