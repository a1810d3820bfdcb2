"""IAM authentication: tokens against an independent SigV4 computation, the
refreshing credential provider (fake clock, no network), the command line,
and the CDK-side grant."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import shutil
import socket
import subprocess
import time
from unittest import mock
from urllib.parse import parse_qsl, quote

import boto3
import pytest
from aws_cdk import aws_iam as iam

import elasticache_kit as elasticache
from elasticache_kit import ValidationError
from elasticache_kit.__main__ import main
from elasticache_kit.auth import IamAuthCredentialProvider, generate_auth_token

from ..conftest import imported_vpc, new_stack, only, synth

KEY, SECRET, TOKEN = "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session-token-example"
FROZEN = datetime.datetime(2026, 11, 22, 12, 30, 0)


def session(token: str | None = None) -> boto3.session.Session:
    return boto3.session.Session(aws_access_key_id=KEY, aws_secret_access_key=SECRET, aws_session_token=token,
                                 region_name="us-east-1")


def frozen_clock():  # type: ignore[no-untyped-def]
    return mock.patch("botocore.auth.get_current_datetime", return_value=FROZEN)


def expected_query(host: str, params: dict[str, str], region: str, expires: int, token: str | None) -> dict[str, str]:
    """SigV4 query presigning, computed from the specification, not from our code or botocore."""
    date, stamp = FROZEN.strftime("%Y%m%d"), FROZEN.strftime("%Y%m%dT%H%M%SZ")
    scope = f"{date}/{region}/elasticache/aws4_request"
    query = {**params, "X-Amz-Algorithm": "AWS4-HMAC-SHA256", "X-Amz-Credential": f"{KEY}/{scope}",
             "X-Amz-Date": stamp, "X-Amz-Expires": str(expires), "X-Amz-SignedHeaders": "host"}
    if token:
        query["X-Amz-Security-Token"] = token
    canonical_query = "&".join(f"{quote(k, safe='-_.~')}={quote(v, safe='-_.~')}" for k, v in sorted(query.items()))
    # Presigned GETs to services other than S3 sign the hash of the empty payload.
    empty = hashlib.sha256(b"").hexdigest()
    canonical = "\n".join(["GET", "/", canonical_query, f"host:{host}", "", "host", empty])
    to_sign = "\n".join(["AWS4-HMAC-SHA256", stamp, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    key = ("AWS4" + SECRET).encode()
    for part in (date, region, "elasticache", "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    query["X-Amz-Signature"] = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    return query


def split(token: str) -> tuple[str, dict[str, str]]:
    host_path, _, query = token.partition("?")
    return host_path, dict(parse_qsl(query, keep_blank_values=True))


@pytest.mark.parametrize("session_token", [None, TOKEN])
def test_serverless_token_matches_an_independent_presign(session_token: str | None) -> None:
    with frozen_clock():
        token = generate_auth_token("my-cache", "app-user", session=session(session_token))
    assert not token.startswith("http")
    host_path, query = split(token)
    assert host_path == "my-cache/"
    params = {"Action": "connect", "User": "app-user", "ResourceType": "ServerlessCache"}
    assert query == expected_query("my-cache", params, "us-east-1", 900, session_token)


def test_replication_group_form_differs_only_by_resource_type() -> None:
    with frozen_clock():
        token = generate_auth_token("my-group", "app-user", session=session(), serverless=False,
                                    region="eu-west-1", expires_in=300)
    _, query = split(token)
    assert "ResourceType" not in query
    assert query == expected_query("my-group", {"Action": "connect", "User": "app-user"}, "eu-west-1", 300, None)
    assert query["X-Amz-Credential"].endswith("/eu-west-1/elasticache/aws4_request")


@pytest.mark.parametrize(("args", "prop", "rule"), [
    (("my-cache", "App"), "user_id", "lower case"),
    (("my_cache", "app"), "cache_name", "a letter, then letters"),
    (("my-cache", "app", 901), "expires_in", "1..900"),
    (("my-cache", "app", 0), "expires_in", "1..900"),
])
def test_token_input_rules(args, prop: str, rule: str) -> None:
    cache, user, *rest = args
    with pytest.raises(ValidationError) as raised:
        generate_auth_token(cache, user, session=session(), expires_in=rest[0] if rest else 900)
    assert raised.value.prop == prop and rule in str(raised.value)


def test_missing_region_is_an_error() -> None:
    bare = FakeSession(None)
    bare.region_name = None  # type: ignore[assignment]
    with pytest.raises(ValidationError, match="region=None is required"):
        generate_auth_token("my-cache", "app", session=bare)


class FakeCredentials:
    """Refreshable-style credentials expiring at a given epoch second."""

    def __init__(self, expires_at: float | None) -> None:
        self._expiry_time = (datetime.datetime.fromtimestamp(expires_at, datetime.UTC)
                             if expires_at is not None else None)
        self.frozen = session().get_credentials().get_frozen_credentials()

    def get_frozen_credentials(self):  # type: ignore[no-untyped-def]
        return self.frozen


class FakeSession:
    def __init__(self, expires_at: float | None) -> None:
        self.region_name = "us-east-1"
        self.credentials = FakeCredentials(expires_at)

    def get_credentials(self) -> FakeCredentials:
        return self.credentials


def test_provider_refreshes_before_expiry() -> None:
    now = [1_000_000.0]
    provider = IamAuthCredentialProvider("app", "my-cache", session=FakeSession(None), clock=lambda: now[0])
    user, first = provider.get_credentials()
    assert user == "app" and provider.tokens_made == 1
    now[0] += 839  # still more than the 60 s margin before the 900 s expiry
    assert provider.get_credentials()[1] == first and provider.tokens_made == 1
    now[0] += 1   # 840 s: inside the margin
    provider.get_credentials()
    assert provider.tokens_made == 2


def test_provider_respects_credential_expiry_and_never_returns_an_expired_token() -> None:
    start = 2_000_000.0
    now = [start]
    fake = FakeSession(start + 300)  # credentials expire after 5 minutes
    provider = IamAuthCredentialProvider("app", "my-cache", session=fake, clock=lambda: now[0], refresh_margin=30)
    valid_until: list[float] = []
    for step in range(0, 3600, 15):
        now[0] = start + step
        if now[0] >= fake.credentials._expiry_time.timestamp() - 30:  # the SDK refreshes credentials
            fake.credentials = FakeCredentials(now[0] + 300)
        made = provider.tokens_made
        provider.get_credentials()
        if provider.tokens_made > made:
            valid_until.append(min(now[0] + 900, fake.credentials._expiry_time.timestamp()))
        assert now[0] < valid_until[-1] - 30 + 1e-9
    # a new token roughly every 270 s (300 s credentials, 30 s margin), not every 900 s
    assert 12 <= provider.tokens_made <= 15


def test_provider_without_a_session_resolves_the_credential_chain_once(monkeypatch) -> None:
    fakes = [FakeSession(None) for _ in range(4)]  # built before boto3 is patched
    made: list[FakeSession] = []

    def new_session() -> FakeSession:
        made.append(fakes[len(made)])
        return made[-1]

    monkeypatch.setattr(boto3.session, "Session", new_session)
    now = [3_000_000.0]
    provider = IamAuthCredentialProvider("app", "my-cache", clock=lambda: now[0])
    assert made == []  # nothing resolved before the first token
    for _ in range(4):
        provider.get_credentials()
        now[0] += 900  # every call needs a new token
    assert provider.tokens_made == 4 and len(made) == 1


def test_provider_refuses_expired_credentials() -> None:
    provider = IamAuthCredentialProvider("app", "my-cache", session=FakeSession(500.0), clock=lambda: 1000.0)
    with pytest.raises(ValidationError, match="already expired"):
        provider.get_credentials()


def test_provider_is_a_redis_py_credential_provider() -> None:
    from redis.credentials import CredentialProvider

    assert isinstance(IamAuthCredentialProvider("app", "my-cache", session=FakeSession(None)), CredentialProvider)


@pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed")
def test_redis_py_authenticates_with_the_provider_token(tmp_path) -> None:
    """A loopback redis-server whose user 'app' has the provider's token as password."""
    import redis

    with frozen_clock():
        provider = IamAuthCredentialProvider("app", "my-cache", session=session())
        _, token = provider.get_credentials()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", "",
                               "--appendonly", "no", "--dir", str(tmp_path)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        admin = redis.Redis(host="127.0.0.1", port=port, socket_timeout=2)
        for _ in range(50):
            try:
                admin.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.1)
        admin.execute_command("ACL", "SETUSER", "app", "on", f">{token}", "~*", "+@all")
        client = redis.Redis(host="127.0.0.1", port=port, credential_provider=provider, socket_timeout=2)
        assert client.ping() is True
        assert client.acl_whoami() == "app"
    finally:
        server.terminate()
        server.wait(timeout=5)


def test_command_line(monkeypatch, capsys) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET)
    monkeypatch.delenv("AWS_SESSION_TOKEN", raising=False)
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-west-2")
    monkeypatch.setenv("AWS_CONFIG_FILE", "/nonexistent")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
    with frozen_clock():
        assert main(["token", "--cache", "my-cache", "--user", "app"]) == 0
    token = capsys.readouterr().out.strip()
    assert split(token)[1] == expected_query(
        "my-cache", {"Action": "connect", "User": "app", "ResourceType": "ServerlessCache"}, "us-west-2", 900, None)
    assert main(["token", "--cache", "my-group", "--user", "app", "--replication-group"]) == 0
    assert "ResourceType" not in capsys.readouterr().out
    assert main(["token", "--cache", "my-cache", "--user", "App"]) == 2
    assert "must be lower case" in capsys.readouterr().err


# ----------------------------------------------------------------- CDK side
def iam_setup(stack, *, in_group: bool = True, engine=None):  # type: ignore[no-untyped-def]
    acl = elasticache.AccessControl.full_access()
    user = elasticache.IamUser(stack, "User", user_id="app", access_control=acl)
    other = elasticache.IamUser(stack, "Other", user_id="other", access_control=acl)
    group = elasticache.UserGroup(stack, "Group", users=[user if in_group else other])
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=imported_vpc(stack), serverless_cache_name="app-cache",
                                        user_group=group, engine=engine)
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    return cache, user, role


def test_grant_connect_as_one_exact_statement() -> None:
    stack = new_stack()
    cache, user, role = iam_setup(stack)
    cache.grant_connect_as(role, user)
    (statement,) = only(synth(stack), "AWS::IAM::Policy")["PolicyDocument"]["Statement"]
    assert statement["Action"] == "elasticache:Connect" and statement["Effect"] == "Allow"
    assert statement["Resource"] == [stack.resolve(cache.serverless_cache_arn), stack.resolve(user.user_arn)]


def test_grant_connect_as_rules() -> None:
    stack = new_stack()
    cache, _, role = iam_setup(stack, in_group=False)
    outsider = elasticache.IamUser(stack, "Outsider", user_id="outsider",
                                   access_control=elasticache.AccessControl.full_access())
    with pytest.raises(ValidationError, match="is not in the cache's user group"):
        cache.grant_connect_as(role, outsider)
    password_user = elasticache.PasswordUser.from_user_id(stack, "Pw", "pw-user")
    with pytest.raises(ValidationError, match="is a password user"):
        cache.grant_connect_as(role, password_user)
    vpc = cache.vpc
    memcached = elasticache.ServerlessCache(stack, "Mem", vpc=vpc, engine=elasticache.CacheEngine.MEMCACHED_LATEST)
    with pytest.raises(ValidationError, match="has no IAM authentication"):
        memcached.grant_connect_as(role, outsider)
    lonely = elasticache.ServerlessCache(stack, "Lonely", vpc=vpc)
    with pytest.raises(ValidationError, match="has no user group"):
        lonely.grant_connect_as(role, outsider)
