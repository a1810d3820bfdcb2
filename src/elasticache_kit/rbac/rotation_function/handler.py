"""Secrets Manager rotation of an ElastiCache RBAC user's password.

The four steps of Secrets Manager's rotation contract, each idempotent (Secrets
Manager retries a failed step with the same ``ClientRequestToken``):

- ``createSecret``: a new random password as the version ``ClientRequestToken``,
  staged ``AWSPENDING`` (unless that version exists already);
- ``setSecret``: ``elasticache:ModifyUser`` with two passwords, the current one
  and the pending one (clients holding the current password keep working), after
  waiting until the user is ``active``, and again until it is ``active`` after;
- ``testSecret``: ``AUTH username <pending password>`` against the cache
  (RESP over TLS, or plain TCP when told so);
- ``finishSecret``: ``AWSCURRENT`` moves to the pending version.

The secret holds ``{"username", "password", "user_arn"}``, the format of
ElastiCache's password-rotation documentation.  Configuration comes from the
environment: ``CACHE_ENDPOINT_HOST``, ``CACHE_ENDPOINT_PORT`` (default 6379),
``CACHE_TLS`` (default ``true``), ``PASSWORD_LENGTH`` (default 32),
``WAIT_SECONDS`` (poll interval, default 5).  API endpoints follow botocore's
standard variables (``AWS_ENDPOINT_URL_SECRETS_MANAGER``,
``AWS_ENDPOINT_URL_ELASTICACHE``), which is how a VPC without NAT uses
interface endpoints by their private DNS names anyway.

Passwords are never logged.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import socket
import ssl
import string
import time
from typing import Any

import boto3

LOG = logging.getLogger()
LOG.setLevel(logging.INFO)

PENDING = "AWSPENDING"
CURRENT = "AWSCURRENT"
#: Letters, digits and the special characters ElastiCache documents for passwords (AUTH tokens).
ALPHABET = string.ascii_letters + string.digits + "!&#$^<>-"
#: Time kept back from the function's timeout for the last calls of a step.
MARGIN_MS = 15_000


class RotationError(Exception):
    """A step cannot complete (Secrets Manager will retry it, then mark the rotation failed)."""


def handler(event: dict[str, Any], context: Any) -> None:
    """Lambda entry point: run ``event["Step"]`` for ``event["SecretId"]``."""
    arn = event["SecretId"]
    token = event["ClientRequestToken"]
    step = event["Step"]
    secrets_client = boto3.client("secretsmanager")
    metadata = secrets_client.describe_secret(SecretId=arn)
    if not metadata.get("RotationEnabled"):
        raise RotationError(f"secret {arn} does not have rotation enabled")
    stages = metadata.get("VersionIdsToStages", {})
    if token not in stages:
        raise RotationError(f"version {token} of secret {arn} has no stage: it is not being rotated")
    if CURRENT in stages[token]:
        LOG.info("%s: version %s is already AWSCURRENT", step, token)
        return
    if PENDING not in stages[token]:
        raise RotationError(f"version {token} of secret {arn} is not AWSPENDING")
    rotation = Rotation(secrets_client, arn, token, context)
    if step == "createSecret":
        rotation.create_secret()
    elif step == "setSecret":
        rotation.set_secret()
    elif step == "testSecret":
        rotation.test_secret()
    elif step == "finishSecret":
        rotation.finish_secret(stages)
    else:
        raise RotationError(f"unknown step {step!r}")
    LOG.info("%s done for version %s", step, token)


class Rotation:
    """One rotation of one secret (one ``ClientRequestToken``)."""

    def __init__(self, secrets_client: Any, arn: str, token: str, context: Any) -> None:
        self.secrets = secrets_client
        self.arn = arn
        self.token = token
        self.context = context

    # ------------------------------------------------------------------ values
    def value(self, stage: str, version: str | None = None) -> dict[str, Any]:
        """The secret's JSON at ``stage`` (and ``version``), checked for the rotation format."""
        kwargs: dict[str, Any] = {"SecretId": self.arn, "VersionStage": stage}
        if version is not None:
            kwargs["VersionId"] = version
        text = self.secrets.get_secret_value(**kwargs)["SecretString"]
        try:
            value = json.loads(text)
        except ValueError:
            raise RotationError(f"the {stage} value of {self.arn} is not JSON") from None
        missing = [key for key in ("username", "password", "user_arn") if not isinstance(value.get(key), str)]
        if missing:
            raise RotationError(f"the {stage} value of {self.arn} lacks {', '.join(missing)}")
        return value  # type: ignore[no-any-return]

    # ------------------------------------------------------------------- steps
    def create_secret(self) -> None:
        """Stage a new password as AWSPENDING, unless this version has one already."""
        current = self.value(CURRENT)
        try:
            self.value(PENDING, self.token)
            LOG.info("createSecret: version %s exists already", self.token)
            return
        except self.secrets.exceptions.ResourceNotFoundException:
            pass
        length = int(os.environ.get("PASSWORD_LENGTH", "32"))
        pending = {**current, "password": "".join(secrets.choice(ALPHABET) for _ in range(length))}
        self.secrets.put_secret_value(
            SecretId=self.arn, ClientRequestToken=self.token, SecretString=json.dumps(pending),
            VersionStages=[PENDING],
        )

    def set_secret(self) -> None:
        """Give the user two passwords, the current and the pending one."""
        current = self.value(CURRENT)
        pending = self.value(PENDING, self.token)
        if pending["user_arn"] != current["user_arn"] or pending["username"] != current["username"]:
            raise RotationError("the pending version names another user than the current one")
        user_id = user_id_of(pending["user_arn"])
        elasticache = boto3.client("elasticache")
        self.wait_until_active(elasticache, user_id)
        passwords = [current["password"], pending["password"]]
        if current["password"] == pending["password"]:
            passwords = [pending["password"]]
        elasticache.modify_user(UserId=user_id, Passwords=passwords)
        self.wait_until_active(elasticache, user_id)

    def test_secret(self) -> None:
        """Authenticate as the user with the pending password."""
        pending = self.value(PENDING, self.token)
        host = os.environ.get("CACHE_ENDPOINT_HOST")
        if not host:
            raise RotationError("CACHE_ENDPOINT_HOST is not set: testSecret needs the cache's endpoint")
        port = int(os.environ.get("CACHE_ENDPOINT_PORT", "6379"))
        use_tls = os.environ.get("CACHE_TLS", "true").lower() != "false"
        reply = authenticate(host, port, pending["username"], pending["password"], use_tls=use_tls)
        if reply != "+OK":
            raise RotationError(f"AUTH as {pending['username']} with the pending password failed: {reply[:80]}")

    def finish_secret(self, stages: dict[str, list[str]]) -> None:
        """Move AWSCURRENT to the pending version (AWSPREVIOUS follows by itself)."""
        current_version = next((version for version, names in stages.items() if CURRENT in names), None)
        self.secrets.update_secret_version_stage(
            SecretId=self.arn, VersionStage=CURRENT, MoveToVersionId=self.token,
            **({"RemoveFromVersionId": current_version} if current_version else {}),
        )

    # ----------------------------------------------------------------- helpers
    def wait_until_active(self, elasticache: Any, user_id: str) -> None:
        """Poll DescribeUsers until the user is ``active``, within the function's time."""
        interval = float(os.environ.get("WAIT_SECONDS", "5"))
        while True:
            (user,) = elasticache.describe_users(UserId=user_id)["Users"]
            status = user.get("Status")
            if status == "active":
                return
            if self.context.get_remaining_time_in_millis() < MARGIN_MS + interval * 1000:
                raise RotationError(f"user {user_id} is still {status!r}; setSecret will be retried")
            time.sleep(interval)


def user_id_of(user_arn: str) -> str:
    """The user id in ``arn:PARTITION:elasticache:REGION:ACCOUNT:user:USER_ID``."""
    parts = user_arn.split(":")
    if len(parts) != 7 or parts[2] != "elasticache" or parts[5] != "user" or not parts[6]:
        raise RotationError("user_arn is not an ElastiCache user ARN (arn:...:elasticache:...:user:ID)")
    return parts[6]


def command(*words: str) -> bytes:
    """A RESP array of bulk strings: one command."""
    out = [f"*{len(words)}\r\n".encode()]
    for word in words:
        data = word.encode()
        out.append(b"$%d\r\n%s\r\n" % (len(data), data))
    return b"".join(out)


def authenticate(host: str, port: int, username: str, password: str, *, use_tls: bool, timeout: float = 10.0) -> str:
    """Send ``AUTH username password`` and return the reply's first line
    (``+OK`` on success, ``-WRONGPASS ...`` or another error otherwise)."""
    raw = socket.create_connection((host, port), timeout=timeout)
    try:
        sock: socket.socket = raw
        if use_tls:
            sock = ssl.create_default_context().wrap_socket(raw, server_hostname=host)
        sock.sendall(command("AUTH", username, password))
        reply = b""
        while not reply.endswith(b"\r\n") and len(reply) < 4096:
            chunk = sock.recv(4096)
            if not chunk:
                break
            reply += chunk
        return reply.split(b"\r\n", 1)[0].decode("utf-8", "replace")
    finally:
        raw.close()
