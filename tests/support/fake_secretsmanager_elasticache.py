"""A fake of the Secrets Manager and ElastiCache calls a rotation function makes:
a real HTTP server on 127.0.0.1 speaking the services' wire protocols, so
botocore reaches it through ``AWS_ENDPOINT_URL_SECRETS_MANAGER`` /
``AWS_ENDPOINT_URL_ELASTICACHE`` exactly as it reaches AWS.

- Secrets Manager: JSON 1.1 (``X-Amz-Target: secretsmanager.<Action>``),
  errors as ``{"__type": ..., "message": ...}`` with status 400.
  DescribeSecret, GetSecretValue, PutSecretValue, UpdateSecretVersionStage,
  with the documented version-stage rules (a stage is on one version at a
  time; moving AWSCURRENT puts AWSPREVIOUS on the version it left; a
  ClientRequestToken reused with another value is ResourceExistsException;
  RotateSecret's version stub, AWSPENDING without a value, is what a test's
  rotation starts from).
- ElastiCache: the Query API (form-encoded POST, XML answers with the API's
  element names, errors as ``ErrorResponse``). ModifyUser, DescribeUsers.
  ModifyUser on a user that is not ``active`` fails with InvalidUserState; on an
  active one it applies the passwords to a real redis-server (``ACL SETUSER``)
  and leaves the user ``modifying`` for ``modifying_polls`` DescribeUsers calls.

Every request is recorded in :attr:`FakeAws.requests` as ``(service, action, params)``,
and as IAM sees it in :attr:`FakeAws.calls` (action, the secret's or user's ARN, and
the KMS calls Secrets Manager makes with ``kms_key_arn`` on the caller's behalf).
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from http.server import ThreadingHTTPServer
from typing import Any

import redis

from .aws_wire import (
    JSON_11,
    LOCALHOST,
    CallLog,
    Serving,
    WireHandler,
    form_params,
    json_action,
    json_body,
    json_error,
    query_error,
    query_result,
    via_service,
    xml,
)
from .aws_wire import NAMESPACE as NAMESPACE
from .aws_wire import AwsError as AwsError


class FakeAws:
    """State of the fake services, and the server that serves it."""

    def __init__(self, *, secret_arn: str, secret_value: dict[str, str], user: dict[str, Any], redis_port: int,
                 rotation_enabled: bool = True, kms_key_arn: str | None = None) -> None:
        self.secret_arn = secret_arn
        self.kms_key_arn = kms_key_arn
        self.calls = CallLog()
        self.rotation_enabled = rotation_enabled
        first = str(uuid.uuid4())
        self.versions: dict[str, dict[str, Any]] = {first: {"string": json.dumps(secret_value), "stages": ["AWSCURRENT"]}}
        self.user = {"status": "active", "password_count": 1, **user}
        self.modifying_polls = 2
        self._polls_left = 0
        self.fail_next: dict[str, list[AwsError]] = {}
        self.requests: list[tuple[str, str, dict[str, Any]]] = []
        self.redis = redis.Redis(host="127.0.0.1", port=redis_port)
        self.lock = threading.Lock()
        self._serving = Serving(ThreadingHTTPServer(LOCALHOST, _handler(self)))
        self.server, self.url = self._serving.server, self._serving.url

    def __enter__(self) -> FakeAws:
        self._serving.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._serving.stop()
        self.redis.close()

    def actions(self, service: str | None = None) -> list[str]:
        """The actions received, in order (of one service, or all)."""
        return [action for svc, action, _ in self.requests if service in (None, svc)]

    def stage_of(self, stage: str) -> str | None:
        """The version that has ``stage``."""
        return next((v for v, data in self.versions.items() if stage in data["stages"]), None)

    # ----------------------------------------------------------- Secrets Manager
    def secrets_manager(self, action: str, body: dict[str, Any]) -> dict[str, Any]:
        if body.get("SecretId") not in (self.secret_arn,):
            raise AwsError("ResourceNotFoundException", "Secrets Manager can't find the specified secret.")
        common = {"ARN": self.secret_arn, "Name": self.secret_arn.rsplit(":", 1)[-1]}
        if action == "DescribeSecret":
            return {**common, "RotationEnabled": self.rotation_enabled,
                    "VersionIdsToStages": {v: list(d["stages"]) for v, d in self.versions.items() if d["stages"]}}
        if action == "GetSecretValue":
            version, stage = body.get("VersionId"), body.get("VersionStage", "AWSCURRENT")
            if version is None:
                version = self.stage_of(stage)
            data = self.versions.get(version or "")
            if data is None or stage not in data["stages"] or data["string"] is None:  # None: RotateSecret's stub
                raise AwsError("ResourceNotFoundException",
                               "Secrets Manager can't find the specified secret value for staging label: " + stage)
            return {**common, "VersionId": version, "SecretString": data["string"], "VersionStages": data["stages"],
                    "CreatedDate": time.time()}
        if action == "PutSecretValue":
            token, text = body["ClientRequestToken"], body["SecretString"]
            stages = body.get("VersionStages", ["AWSCURRENT"])
            if token in self.versions and self.versions[token]["string"] is None:  # RotateSecret's stub
                self.versions[token]["string"] = text
                return {**common, "VersionId": token, "VersionStages": self.versions[token]["stages"]}
            if token in self.versions:
                if self.versions[token]["string"] != text:
                    raise AwsError("ResourceExistsException",
                                   "You can't modify an existing version, you can only create a new version.")
                return {**common, "VersionId": token, "VersionStages": self.versions[token]["stages"]}
            for data in self.versions.values():
                data["stages"] = [s for s in data["stages"] if s not in stages]
            self.versions[token] = {"string": text, "stages": list(stages)}
            return {**common, "VersionId": token, "VersionStages": list(stages)}
        if action == "UpdateSecretVersionStage":
            stage, move_to, remove_from = body["VersionStage"], body.get("MoveToVersionId"), body.get("RemoveFromVersionId")
            holder = self.stage_of(stage)
            if holder is not None and holder != move_to and holder != remove_from:
                raise AwsError("InvalidParameterException",
                               f"The parameter RemoveFromVersionId can't be empty. Staging label {stage} is "
                               f"currently attached to version {holder}, so you must explicitly reference that version "
                               "in RemoveFromVersionId.")
            if move_to is not None and move_to not in self.versions:
                raise AwsError("ResourceNotFoundException", "Secrets Manager can't find the specified version.")
            if holder is not None and holder != move_to:
                self.versions[holder]["stages"].remove(stage)
                if stage == "AWSCURRENT":
                    for data in self.versions.values():
                        if "AWSPREVIOUS" in data["stages"]:
                            data["stages"].remove("AWSPREVIOUS")
                    self.versions[holder]["stages"].append("AWSPREVIOUS")
            if move_to is not None and stage not in self.versions[move_to]["stages"]:
                self.versions[move_to]["stages"].append(stage)
            return common
        raise AwsError("InvalidAction", f"{action} is not implemented by this fake")

    # -------------------------------------------------------------- ElastiCache
    def user_xml(self) -> str:
        u = self.user
        return (xml("UserId", u["user_id"]) + xml("UserName", u["user_name"]) + xml("Status", u["status"])
                + xml("Engine", "valkey") + xml("MinimumEngineVersion", "7.2") + xml("AccessString", "on ~* +@all")
                + "<UserGroupIds/>" + xml("Authentication", {"Type": "password", "PasswordCount": u["password_count"]})
                + xml("ARN", u["arn"]))

    def elasticache(self, action: str, params: dict[str, Any]) -> str:
        if params.get("UserId") != self.user["user_id"]:
            raise AwsError("UserNotFound", f"User {params.get('UserId')} not found.", 404)
        if action == "DescribeUsers":
            if self.user["status"] == "modifying":
                if self._polls_left <= 0:
                    self.user["status"] = "active"
                self._polls_left -= 1
            return f"<Users><member>{self.user_xml()}</member></Users>"
        if action == "ModifyUser":
            if self.user["status"] != "active":
                raise AwsError("InvalidUserState", f"User {self.user['user_id']} is not in active state.")
            passwords = [v for k, v in sorted(params.items()) if k.startswith("Passwords.member.")]
            if not 1 <= len(passwords) <= 2:
                raise AwsError("InvalidParameterValue", "A user can have one or two passwords.")
            # the data plane follows the control plane: the cache's user gets exactly these passwords
            self.redis.execute_command("ACL", "SETUSER", self.user["user_name"], "resetpass",
                                       *(f">{p}" for p in passwords))
            self.user["password_count"] = len(passwords)
            self.user["status"] = "modifying"
            self._polls_left = self.modifying_polls
            return self.user_xml()
        raise AwsError("InvalidAction", f"{action} is not implemented by this fake")


def _handler(fake: FakeAws) -> type[WireHandler]:
    class Handler(WireHandler):
        def do_POST(self) -> None:  # noqa: N802
            body = self.read_body()
            target = self.headers.get("X-Amz-Target")
            signed = self.headers.get("Authorization", "").startswith("AWS4-HMAC-SHA256")
            with fake.lock:
                if target:
                    self._json(json_action(target), json_body(body), signed)
                else:
                    self._query(form_params(body), signed)

        def _fail(self, action: str) -> AwsError | None:
            queue = fake.fail_next.get(action)
            return queue.pop(0) if queue else None

        def _json(self, action: str, body: dict[str, Any], signed: bool) -> None:
            fake.requests.append(("secretsmanager", action, body))
            fake.calls.add(f"secretsmanager:{action}", fake.secret_arn if body.get("SecretId") == fake.secret_arn
                           else str(body.get("SecretId")), self.caller())
            kms_action = {"GetSecretValue": "kms:Decrypt", "PutSecretValue": "kms:GenerateDataKey"}.get(action)
            if fake.kms_key_arn and kms_action:  # Secrets Manager uses the key on the caller's behalf
                fake.calls.add(kms_action, fake.kms_key_arn, self.caller(), via_service("secretsmanager"))
            try:
                if not signed:
                    raise AwsError("MissingAuthenticationTokenException", "Request is missing Authentication Token")
                error = self._fail(action)
                if error:
                    raise error
                payload, status = json.dumps(fake.secrets_manager(action, body)), 200
            except AwsError as error:
                payload, status = json_error(error.code, error.message), error.status
            self.send(status, JSON_11, payload)

        def _query(self, params: dict[str, str], signed: bool) -> None:
            action = params.get("Action", "")
            fake.requests.append(("elasticache", action, params))
            user_id = params.get("UserId")
            fake.calls.add(f"elasticache:{action}", fake.user["arn"] if user_id == fake.user["user_id"]
                           else fake.user["arn"].rsplit(":", 1)[0] + f":{user_id}", self.caller())
            try:
                if not signed:
                    raise AwsError("MissingAuthenticationToken", "Request is missing Authentication Token", 403)
                error = self._fail(action)
                if error:
                    raise error
                text, status = query_result(action, fake.elasticache(action, params)), 200
            except AwsError as error:
                text, status = query_error(error.code, error.message), error.status
            self.send(status, "text/xml", text)

    return Handler
