"""A fake of the two AWS APIs the Redis Cloud handler calls, as a real HTTP
server on 127.0.0.1 that botocore reaches through ``AWS_ENDPOINT_URL_RAM`` and
``AWS_ENDPOINT_URL_SECRETS_MANAGER``: Secrets Manager's ``GetSecretValue``
(JSON 1.1 protocol) and AWS RAM's ``GetResourceShareInvitations`` /
``AcceptResourceShareInvitation`` (REST-JSON), with their documented shapes and errors.

RAM as it behaves for a share from an account outside the receiver's organization
(Redis Cloud's, always): each account principal gets an invitation when it is
added; ``GetResourceShareInvitations`` lists only the invitations *received by the
caller* (``caller_account``), so another account's invitation is neither seen nor
accepted here; :meth:`FakeAws.accepted` says whether an account accepted.
Every call is also recorded as IAM sees it (:attr:`FakeAws.calls`) for the deploy rehearsal."""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from typing import Any

from .aws_wire import JSON_11, LOCALHOST, CallLog, Serving, WireHandler, json_body, json_error, via_service


@dataclass
class FakeAws:
    """Secrets by ARN, invitations, and every request received (operation, body)."""

    secrets: dict[str, str] = field(default_factory=dict)
    invitations: list[dict[str, Any]] = field(default_factory=list)
    requests: list[tuple[str, Any]] = field(default_factory=list)
    caller_account: str | None = None
    calls: CallLog = field(default_factory=CallLog)
    """Every call as IAM sees it (action, resource ARN, context)."""
    secret_keys: dict[str, str] = field(default_factory=dict)
    """The KMS key ARN per secret ARN encrypted with a customer managed key."""
    lock: threading.Lock = field(default_factory=threading.Lock)
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def invite(self, share_arn: str, receiver: str, status: str = "PENDING") -> dict[str, Any]:
        """An invitation from the share's owner to ``receiver``."""
        with self.lock:
            sender = share_arn.split(":")[4]
            invitation = {
                "resourceShareInvitationArn": f"arn:aws:ram:us-east-1:{sender}:resource-share-invitation/"
                                              f"{next(self._ids):08d}-1111-2222-3333-444455556666",
                "resourceShareName": "redis", "resourceShareArn": share_arn, "senderAccountId": sender,
                "receiverAccountId": receiver, "invitationTimestamp": time.time(), "status": status,
            }
            self.invitations.append(invitation)
            return invitation

    def accepted(self, share_arn: str, receiver: str) -> bool:
        """Whether ``receiver`` accepted an invitation to ``share_arn``."""
        with self.lock:
            return any(i["resourceShareArn"] == share_arn and i["receiverAccountId"] == receiver
                       and i["status"] == "ACCEPTED" for i in self.invitations)
    def find_secret(self, secret_id: str) -> str | None:
        """The full ARN of the secret ``secret_id`` names: its full ARN, partial ARN or name."""
        for full in self.secrets:
            partial, name = full[:-7], full.split(":", 6)[-1][:-7]
            if secret_id in (full, partial, name):
                return full
        return None

    def operations(self, name: str) -> list[Any]:
        """Bodies of the requests for operation ``name``."""
        return [body for op, body in self.requests if op == name]


class _Handler(WireHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    request_id_header = False

    def do_POST(self) -> None:
        fake = self.server.fake
        body = json_body(self.read_body())
        target = self.headers.get("X-Amz-Target", "")
        with fake.lock:
            if target == "secretsmanager.GetSecretValue":
                fake.requests.append(("GetSecretValue", body))
                arn = fake.find_secret(body.get("SecretId", "")) or ""
                fake.calls.add("secretsmanager:GetSecretValue", arn or str(body.get("SecretId")), self.caller())
                value = fake.secrets.get(arn)
                if value is None:
                    return self.send(400, JSON_11, json_error("ResourceNotFoundException",
                                                              "Secrets Manager can't find the specified secret."))
                if arn in fake.secret_keys:  # Secrets Manager decrypts with the key on the caller's behalf
                    fake.calls.add("kms:Decrypt", fake.secret_keys[arn], self.caller(), via_service("secretsmanager"))
                return self._send(200, {"ARN": arn, "Name": arn.rsplit(":", 1)[-1], "SecretString": value,
                                        "VersionId": "v1", "VersionStages": ["AWSCURRENT"],
                                        "CreatedDate": 1767225600.0}, JSON_11)
            if self.path == "/getresourceshareinvitations":
                fake.requests.append(("GetResourceShareInvitations", body))
                fake.calls.add("ram:GetResourceShareInvitations", "*", self.caller())
                arns = set(body.get("resourceShareArns") or [])
                found = [i for i in fake.invitations if (not arns or i["resourceShareArn"] in arns)
                         and fake.caller_account in (None, i["receiverAccountId"])]
                return self._send(200, {"resourceShareInvitations": found})
            if self.path == "/acceptresourceshareinvitation":
                fake.requests.append(("AcceptResourceShareInvitation", body))
                arn = body.get("resourceShareInvitationArn")
                fake.calls.add("ram:AcceptResourceShareInvitation", str(arn), self.caller())
                for invitation in fake.invitations:
                    if invitation["resourceShareInvitationArn"] == arn and fake.caller_account in (
                            None, invitation["receiverAccountId"]):
                        if invitation["status"] == "ACCEPTED":
                            return self._send(400, {"message": "already accepted"},
                                              error="ResourceShareInvitationAlreadyAcceptedException")
                        if invitation["status"] != "PENDING":
                            return self._send(400, {"message": "expired"},
                                              error="ResourceShareInvitationExpiredException")
                        invitation["status"] = "ACCEPTED"
                        return self._send(200, {"resourceShareInvitation": invitation})
                return self._send(400, {"message": "no such invitation"},
                                  error="ResourceShareInvitationArnNotFoundException")
        self._send(404, {"message": f"unknown operation {target or self.path}"}, error="UnknownOperationException")

    def _send(self, status: int, payload: Any, content_type: str = "application/json", error: str = "") -> None:
        self.send(status, content_type, json.dumps(payload), {"x-amzn-ErrorType": error} if error else None)


class _Server(ThreadingHTTPServer):
    fake: FakeAws


@contextmanager
def running_aws(fake: FakeAws | None = None) -> Iterator[tuple[FakeAws, str]]:
    """Serve ``fake`` on 127.0.0.1 and yield it with its endpoint URL."""
    fake = fake or FakeAws()
    server = _Server(LOCALHOST, _Handler)
    server.fake = fake
    with Serving(server) as url:
        yield fake, url
