"""Access strings: the parser accepts the service's grammar and names the
offending token of anything it would refuse."""

from __future__ import annotations

import aws_cdk as cdk
import pytest

from elasticache_kit import AccessControl, ValidationError

VALID = [
    "on ~* +@all",
    "off -@all",
    "on ~app:* &* +@read +@write -@dangerous",
    "on %R~reports:* %W~queue:* %RW~shared:* -@all +get +set",
    "on allkeys allchannels allcommands",
    "on resetkeys ~a:* resetchannels &news:* nocommands +client|setname +config|get",
    "on ~* +@all (~other:* +get) clearselectors",
    "ON ~* +@ALL",
    "on ~doc:* -@all +@json +@bloom +@search",  # categories of ElastiCache's JSON, Bloom and search modules
]

INVALID = [
    ("", "must contain at least one rule", None),
    ("   ", "must contain at least one rule", None),
    ("on ~* +@all >secret", "looks like a password rule", ">secret"),
    ("on nopass ~* +@all", "passwords are set by the user's authentication mode", "nopass"),
    ("on resetpass", "passwords are set by the user's authentication mode", "resetpass"),
    ("reset on ~*", "does not accept 'reset'", "reset"),
    ("on #0123abcd", "looks like a password rule", "#0123abcd"),
    ("on ~* +@everything", "unknown command category", "+@everything"),
    ("on ~ +@all", "empty key pattern", "~"),
    ("on & +@all", "empty channel pattern", "&"),
    ("on off ~*", "says both 'on' and 'off'", None),
    ("on ~* +get$", "not a valid command rule", "+get$"),
    ("on ~* allthethings", "is not an access string rule", "allthethings"),
    ("on ~* (+get", "never closed", "("),
    ("on ~* +get)", "never opened", ")"),
    ("on ~* (on +get)", "cannot appear inside a selector", "on"),
    ("on ~* ()", "empty selector", "()"),
]


@pytest.mark.parametrize("access_string", VALID)
def test_valid(access_string: str) -> None:
    assert AccessControl.from_access_string(access_string).access_string == access_string


@pytest.mark.parametrize(("access_string", "rule", "token"), INVALID, ids=[c[0] or "empty" for c in INVALID])
def test_invalid(access_string: str, rule: str, token: str | None) -> None:
    with pytest.raises(ValidationError) as raised:
        AccessControl.from_access_string(access_string)
    assert raised.value.prop == "access_string"
    assert rule in str(raised.value)
    if token is not None:
        assert f"token {token!r}" in str(raised.value)


def test_builders() -> None:
    assert AccessControl.full_access().access_string == "on ~* &* +@all"
    assert AccessControl.read_only("app:*").access_string == "on ~app:* -@all +@read"
    assert AccessControl.read_write().access_string == "on ~* &* +@all -@dangerous"
    assert AccessControl.disabled().access_string == "off -@all"
    assert AccessControl.full_access().enabled and not AccessControl.disabled().enabled
    with pytest.raises(ValidationError, match="empty key pattern"):
        AccessControl.read_only("")


def test_value_semantics() -> None:
    assert AccessControl.from_access_string("on ~* +@all") == AccessControl.from_access_string("on ~* +@all")
    assert len({AccessControl.disabled(), AccessControl.disabled()}) == 1


@pytest.mark.parametrize(("access_string", "rule"), [("", "must contain at least one rule"), ("on nopass", "authentication mode")])
def test_constructor_checks_too(access_string: str, rule: str) -> None:
    with pytest.raises(ValidationError, match=rule):
        AccessControl(access_string)


def test_token_access_string_is_known_at_deploy_time() -> None:
    stack = cdk.Stack()
    token = cdk.CfnParameter(stack, "Acl").value_as_string
    assert AccessControl.from_access_string(token).access_string == token
