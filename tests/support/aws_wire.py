"""Wire-protocol plumbing shared by the tests' fake AWS servers (``fake_secretsmanager_ram``,
``fake_elasticache_ssm``, ``fake_secretsmanager_elasticache``): the Query API's XML envelopes (ElastiCache
namespace, ``<Action>Response``/``ErrorResponse``), JSON 1.1's ``X-Amz-Target``
and ``{"__type", "message"}`` errors, request bodies, a local server run in
a thread, and the record of each call as IAM sees it (:class:`Call`: caller,
action, resource ARN, request context) that the deploy rehearsal
(``tests/support/rehearsal.py``) evaluates against a synthesized template. Service
semantics (which ARN a request names) stay in each fake.

Imported as ``tests.support.aws_wire`` and, by ``fake_elasticache_ssm.py`` run as a
script, as ``aws_wire`` from its own directory: keep it free of package-relative imports.
"""

from __future__ import annotations

import json
import re
import threading
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, ClassVar
from urllib.parse import parse_qs
from xml.sax.saxutils import escape

NAMESPACE = "http://elasticache.amazonaws.com/doc/2015-02-02/"
"""The ElastiCache Query API's XML namespace (API version 2015-02-02)."""

JSON_11 = "application/x-amz-json-1.1"
"""The content type of the JSON 1.1 protocol (Secrets Manager, SSM)."""


PARTITION, REGION, ACCOUNT = "aws", "us-east-1", "111122223333"
"""The stack's partition, region and account in every fake (and in the rehearsal's resolved templates)."""


def arn(service: str, resource: str, *, region: str = REGION, account: str = ACCOUNT) -> str:
    """``arn:aws:SERVICE:REGION:ACCOUNT:RESOURCE`` in the fakes' partition."""
    return f"arn:{PARTITION}:{service}:{region}:{account}:{resource}"


def via_service(service: str, region: str = REGION) -> dict[str, str]:
    """The ``kms:ViaService`` context of a KMS call a service makes on the caller's behalf."""
    return {"kms:ViaService": f"{service}.{region}.amazonaws.com", "kms:CallerAccount": ACCOUNT}


@dataclass(frozen=True)
class Call:
    """One AWS API call as IAM evaluates it: who made it (the SigV4 access key id),
    the IAM action, the resource ARN in the shape AWS uses, and the request's context
    keys (``kms:ViaService`` for the KMS calls a service makes on the caller's behalf)."""

    action: str
    """``service:Action``, e.g. ``secretsmanager:GetSecretValue``."""
    resource: str
    """The resource ARN, or ``*`` for an action that takes none."""
    caller: str = ""
    """The access key id the request was signed with (empty when unsigned)."""
    context: Mapping[str, str] = field(default_factory=dict)
    """Request context keys beyond the principal's."""

    def __str__(self) -> str:
        extra = "".join(f" {k}={v}" for k, v in sorted(self.context.items()))
        return f"{self.action} on {self.resource}{extra}"


_CREDENTIAL = re.compile(r"Credential=([^/,\s]+)/")


def signing_key_id(authorization: str | None) -> str:
    """The access key id of a SigV4 ``Authorization`` header (empty when unsigned)."""
    found = _CREDENTIAL.search(authorization or "")
    return found.group(1) if found else ""


class CallLog:
    """The calls a fake received, in order (thread-safe)."""

    def __init__(self) -> None:
        self._calls: list[Call] = []
        self._lock = threading.Lock()

    def add(self, action: str, resource: str, caller: str = "", context: Mapping[str, str] | None = None) -> None:
        """Record one call."""
        with self._lock:
            self._calls.append(Call(action, resource, caller, dict(context or {})))

    def __iter__(self) -> Iterator[Call]:
        with self._lock:
            return iter(list(self._calls))

    def __len__(self) -> int:
        return len(self._calls)


class AwsError(Exception):
    """An AWS error to answer with: its code, message and HTTP status."""

    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


def xml(tag: str, value: Any) -> str:
    """``<tag>value</tag>``: a dict nests its non-None items, a bool is ``true``/``false``, text is escaped."""
    if isinstance(value, dict):
        inner = "".join(xml(k, v) for k, v in value.items() if v is not None)
    elif isinstance(value, list):
        raise TypeError("lists are written by the caller")
    elif isinstance(value, bool):
        inner = "true" if value else "false"
    else:
        inner = escape(str(value))
    return f"<{tag}>{inner}</{tag}>"


def query_result(action: str, inner: str) -> str:
    """A Query API success: ``<ActionResponse><ActionResult>inner</ActionResult>`` with a request id."""
    return (f'<{action}Response xmlns="{NAMESPACE}"><{action}Result>{inner}</{action}Result>'
            f"<ResponseMetadata><RequestId>{uuid.uuid4()}</RequestId></ResponseMetadata></{action}Response>")


def query_error(code: str, message: str) -> str:
    """A Query API ``ErrorResponse`` (a Sender fault) with a request id."""
    return (f'<ErrorResponse xmlns="{NAMESPACE}"><Error><Type>Sender</Type><Code>{code}</Code>'
            f"<Message>{escape(message)}</Message></Error><RequestId>{uuid.uuid4()}</RequestId></ErrorResponse>")


def json_error(code: str, message: str) -> str:
    """A JSON 1.1 error body: ``{"__type": code, "message": message}``."""
    return json.dumps({"__type": code, "message": message})


def json_action(target: str) -> str:
    """The action named by an ``X-Amz-Target`` header (``Prefix.Action``)."""
    return target.split(".")[-1]


def json_body(raw: bytes | str) -> Any:
    """A JSON request body, ``{}`` when empty."""
    return json.loads(raw) if raw else {}


def form_params(raw: bytes | str) -> dict[str, str]:
    """A form-encoded (Query API) body, first value of each key."""
    text = raw.decode() if isinstance(raw, bytes) else raw
    return {k: v[0] for k, v in parse_qs(text).items()}


class WireHandler(BaseHTTPRequestHandler):
    """A quiet request handler with the fakes' body reading and answer writing."""

    request_id_header: ClassVar[bool] = True
    """Whether answers carry an ``x-amzn-RequestId`` header."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's name
        return

    def caller(self) -> str:
        """The access key id this request was signed with."""
        return signing_key_id(self.headers.get("Authorization"))

    def read_body(self) -> bytes:
        """The request body (``Content-Length`` bytes)."""
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def send(self, status: int, content_type: str, payload: bytes | str, headers: Mapping[str, str] | None = None) -> None:
        """Answer with ``payload`` and its length, plus ``headers`` (and a request id if the class wants it)."""
        data = payload.encode() if isinstance(payload, str) else payload
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        if self.request_id_header:
            self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
        self.end_headers()
        self.wfile.write(data)


LOCALHOST = ("127.0.0.1", 0)
"""Where the in-process fakes listen: 127.0.0.1, a free port."""


class Serving:
    """Runs ``server`` in a daemon thread between :meth:`start` and :meth:`stop` (or as a context manager)."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.url = f"http://127.0.0.1:{server.server_address[1]}"
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def start(self) -> None:
        """Serve in the background."""
        self._thread.start()

    def stop(self) -> None:
        """Stop serving, close the socket, wait for the thread."""
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> str:
        self.start()
        return self.url

    def __exit__(self, *exc: object) -> None:
        self.stop()
