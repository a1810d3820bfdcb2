"""The password-rotation function's handler, run step by step as Secrets Manager
runs it, against a fake of Secrets Manager and ElastiCache that is a real HTTP
server on 127.0.0.1 (reached through botocore's standard endpoint variables),
whose ModifyUser gives a real loopback redis-server's ACL user the new
passwords, so testSecret's AUTH proves the whole chain."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis

from elasticache_kit.rbac.rotation_function import handler as rotation

from ..support.fake_secretsmanager_elasticache import AwsError, FakeAws

pytestmark = pytest.mark.skipif(
    shutil.which("redis-server") is None or shutil.which("openssl") is None,
    reason="needs redis-server and openssl",
)

ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:reporting-AbCdEf"
USER_ARN = "arn:aws:elasticache:us-east-1:123456789012:user:reporting"
OLD = "Initial-password-0123456789abcdef"


class Context:
    """The part of Lambda's context object the handler uses."""

    def __init__(self, seconds: float = 60) -> None:
        self.deadline = time.monotonic() + seconds

    def get_remaining_time_in_millis(self) -> int:
        return int((self.deadline - time.monotonic()) * 1000)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A throwaway CA and a server certificate for ``localhost``."""
    d = tmp_path_factory.mktemp("tls")
    run = lambda *args: subprocess.run(args, cwd=d, check=True, capture_output=True)  # noqa: E731
    run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
        "-days", "1", "-subj", "/CN=test CA")
    run("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
        "-subj", "/CN=localhost")
    (d / "ext.cnf").write_text("subjectAltName=DNS:localhost\n")
    run("openssl", "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
        "-out", "server.pem", "-days", "1", "-extfile", "ext.cnf")
    return d


@pytest.fixture
def cache(tmp_path: Path, tls_files: Path) -> Iterator[dict[str, int]]:
    """A loopback redis-server with a plain port (admin) and a TLS port (the 'endpoint'),
    whose user ``reporting`` has the current password."""
    plain, tls = free_port(), free_port()
    server = subprocess.Popen(
        ["redis-server", "--bind", "127.0.0.1", "--port", str(plain), "--tls-port", str(tls),
         "--tls-cert-file", str(tls_files / "server.pem"), "--tls-key-file", str(tls_files / "server.key"),
         "--tls-ca-cert-file", str(tls_files / "ca.pem"), "--tls-auth-clients", "no",
         "--save", "", "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    admin = redis.Redis(host="127.0.0.1", port=plain, socket_timeout=2)
    try:
        for _ in range(50):
            try:
                admin.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.1)
        admin.execute_command("ACL", "SETUSER", "reporting", "on", f">{OLD}", "~*", "+@all")
        yield {"plain": plain, "tls": tls}
    finally:
        admin.close()
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def fake(cache: dict[str, int], tls_files: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeAws]:
    value = {"username": "reporting", "password": OLD, "user_arn": USER_ARN}
    with FakeAws(secret_arn=ARN, secret_value=value, redis_port=cache["plain"],
                 user={"user_id": "reporting", "user_name": "reporting", "arn": USER_ARN}) as server:
        for name, val in {
            "AWS_ENDPOINT_URL_SECRETS_MANAGER": server.url, "AWS_ENDPOINT_URL_ELASTICACHE": server.url,
            "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "AWS_DEFAULT_REGION": "us-east-1", "AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent",
            "CACHE_ENDPOINT_HOST": "localhost", "CACHE_ENDPOINT_PORT": str(cache["tls"]), "CACHE_TLS": "true",
            "SSL_CERT_FILE": str(tls_files / "ca.pem"), "WAIT_SECONDS": "0.05",
        }.items():
            monkeypatch.setenv(name, val)
        monkeypatch.delenv("AWS_PROFILE", raising=False)
        yield server


def step(fake: FakeAws, name: str, token: str, context: Context | None = None) -> None:
    rotation.handler({"SecretId": ARN, "ClientRequestToken": token, "Step": name}, context or Context())


def auth(port: int, password: str) -> str:
    return rotation.authenticate("localhost", port, "reporting", password, use_tls=True)


def run_all(fake: FakeAws, token: str) -> None:
    for name in ("createSecret", "setSecret", "testSecret", "finishSecret"):
        step(fake, name, token)


@pytest.fixture
def token(fake: FakeAws) -> str:
    """RotateSecret's ClientRequestToken: Secrets Manager creates the version (a stub
    without a value) staged AWSPENDING before it invokes createSecret."""
    value = str(uuid.uuid4())
    fake.versions[value] = {"string": None, "stages": ["AWSPENDING"]}
    return value


def test_whole_rotation(fake: FakeAws, cache: dict[str, int], token: str) -> None:
    run_all(fake, token)
    new = json.loads(fake.versions[token]["string"])
    assert set(new) == {"username", "password", "user_arn"}
    assert new["username"] == "reporting" and new["user_arn"] == USER_ARN and len(new["password"]) == 32
    assert new["password"] != OLD
    # the stages moved: AWSCURRENT on the new version, AWSPREVIOUS on the old one
    assert fake.stage_of("AWSCURRENT") == token
    assert json.loads(fake.versions[fake.stage_of("AWSPREVIOUS")]["string"])["password"] == OLD  # type: ignore[index]
    # the user has both passwords: clients holding the old one keep working until the next rotation
    assert auth(cache["tls"], new["password"]) == "+OK"
    assert auth(cache["tls"], OLD) == "+OK"
    assert auth(cache["tls"], "Wrong-password-0123456789").startswith("-WRONGPASS")
    (modify,) = [p for svc, a, p in fake.requests if a == "ModifyUser"]
    assert (modify["UserId"], modify["Passwords.member.1"], modify["Passwords.member.2"]) == (
        "reporting", OLD, new["password"])
    # setSecret waited for the user to be active before and after ModifyUser
    actions = fake.actions("elasticache")
    assert actions[0] == "DescribeUsers" and actions.index("ModifyUser") < len(actions) - 1
    assert actions[actions.index("ModifyUser") + 1:] == ["DescribeUsers"] * (fake.modifying_polls + 1)
    assert fake.actions().count("PutSecretValue") == 1 and fake.actions().count("UpdateSecretVersionStage") == 1
    (put,) = [p for _, a, p in fake.requests if a == "PutSecretValue"]
    assert put["ClientRequestToken"] == token and put["VersionStages"] == ["AWSPENDING"]
    (update,) = [p for _, a, p in fake.requests if a == "UpdateSecretVersionStage"]
    assert update["MoveToVersionId"] == token and update["RemoveFromVersionId"] != token


def test_steps_are_idempotent(fake: FakeAws, cache: dict[str, int], token: str) -> None:
    for name in ("createSecret", "createSecret", "setSecret", "setSecret", "testSecret", "testSecret",
                 "finishSecret", "finishSecret"):
        step(fake, name, token)
    assert fake.actions().count("PutSecretValue") == 1  # the retry found the pending version
    assert fake.actions().count("UpdateSecretVersionStage") == 1  # the retry saw AWSCURRENT there already
    password = json.loads(fake.versions[token]["string"])["password"]
    assert auth(cache["tls"], password) == "+OK"
    # a retry after the finish does nothing but look
    before = len(fake.requests)
    step(fake, "setSecret", token)
    assert fake.actions()[before:] == ["DescribeSecret"]


def test_test_secret_fails_when_the_password_was_not_applied(fake: FakeAws, token: str) -> None:
    step(fake, "createSecret", token)
    with pytest.raises(rotation.RotationError, match="AUTH as reporting with the pending password failed: -WRONGPASS"):
        step(fake, "testSecret", token)
    assert "UpdateSecretVersionStage" not in fake.actions()


def test_set_secret_gives_up_in_time_while_the_user_stays_modifying(fake: FakeAws, token: str) -> None:
    step(fake, "createSecret", token)
    fake.user["status"] = "modifying"
    fake.modifying_polls = 10_000
    fake._polls_left = 10_000
    started = time.monotonic()
    with pytest.raises(rotation.RotationError, match="still 'modifying'"):
        step(fake, "setSecret", token, Context(seconds=rotation.MARGIN_MS / 1000 + 0.5))
    assert time.monotonic() - started < 5
    assert "ModifyUser" not in fake.actions()  # never modified a user that was busy


def test_set_secret_error_from_elasticache_propagates(fake: FakeAws, token: str) -> None:
    step(fake, "createSecret", token)
    fake.fail_next["ModifyUser"] = [AwsError("InvalidUserState", "User reporting is not in active state.")]
    with pytest.raises(Exception, match="InvalidUserState"):
        step(fake, "setSecret", token)
    step(fake, "setSecret", token)  # Secrets Manager's retry succeeds
    assert fake.actions().count("ModifyUser") == 2


@pytest.mark.parametrize(("setup", "message"), [
    (lambda fake, token: setattr(fake, "rotation_enabled", False), "does not have rotation enabled"),
    (lambda fake, token: fake.versions.pop(token), "has no stage"),
    (lambda fake, token: fake.versions[token].update(stages=["SOMETHING"]), "is not AWSPENDING"),
])
def test_the_handler_checks_the_token(fake: FakeAws, token: str, setup: Any, message: str) -> None:
    setup(fake, token)
    with pytest.raises(rotation.RotationError, match=message):
        step(fake, "createSecret", token)
    assert "PutSecretValue" not in fake.actions()


def test_a_secret_without_user_arn_is_refused(fake: FakeAws, token: str) -> None:
    current = fake.stage_of("AWSCURRENT")
    fake.versions[current]["string"] = json.dumps({"username": "reporting", "password": OLD})  # type: ignore[index]
    with pytest.raises(rotation.RotationError, match="lacks user_arn"):
        step(fake, "createSecret", token)


def test_plain_tcp_when_told(cache: dict[str, int]) -> None:
    assert rotation.authenticate("127.0.0.1", cache["plain"], "reporting", OLD, use_tls=False) == "+OK"
    assert rotation.command("AUTH", "u", "pé") == b"*3\r\n$4\r\nAUTH\r\n$1\r\nu\r\n$3\r\np\xc3\xa9\r\n"


@pytest.mark.parametrize("arn", ["arn:aws:elasticache:us-east-1:123456789012:usergroup:g", "reporting",
                                 "arn:aws:elasticache:us-east-1:123456789012:user:"])
def test_user_arn_must_name_a_user(arn: str) -> None:
    with pytest.raises(rotation.RotationError, match="not an ElastiCache user ARN"):
        rotation.user_id_of(arn)
