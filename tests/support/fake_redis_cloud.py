"""A fake Redis Cloud API: a real threaded HTTP server on 127.0.0.1 speaking the
PrivateLink part of the API as Redis's OpenAPI spec and Go client describe it
(see shared research ``redis-cloud-privatelink-api.md``), awkward parts included:

- every PrivateLink call (GETs too) answers 202 with a task acknowledgement
  (``links`` list, or the older ``_links`` object with ``legacy_ack``);
- a new task answers 404 on ``/tasks/{id}`` for its first ``early_404s`` polls,
  then moves received -> processing-in-progress -> processing-completed or
  processing-error, one step per look (a poll of the task or a listing);
- conflicts and not-found conditions arrive as task errors (as objects, or as
  plain strings with ``string_errors``: ``"bare"`` sends just the type,
  ``"described"`` (or True) ``"TYPE: description"``); with ``sync_errors`` they
  arrive synchronously instead, as an HTTP error whose body's ``error`` is that
  string or object; a missing subscription is a
  synchronous Spring-style 404; wrong keys 401; ``forbidden`` 403 (CIDR allow
  list); ``feature_disabled`` 412;
- ``X-Rate-Limit-Remaining`` on every answer, 429 once the window's budget is
  spent; ``inject()`` queues one-off answers (5xx, 429, redirects...);
- ``stall(kind)`` makes the next task of a kind never finish; ``slow[kind]``
  makes it take many looks (a task that outlives one Lambda invocation);
- ``ack_204``: POST and DELETE acknowledgements are HTTP 204 *with* the task
  in the body, as the spec declares (``urllib`` drops a 204's body);
- ``disassociate_reads`` / ``delete_reads``: a removed principal reads
  ``disassociating`` and a deleted PrivateLink ``deleting`` for that many reads;
- RAM: ``on_principal_added(share_arn, principal, type)`` is called when a
  principal is added (the test's fake AWS sends the invitation), and with
  ``invitation_accepted`` set a principal stays ``associating`` until it
  returns True for it (another account's invitation is never accepted here);
- ``unlisted_types``: principals of these types are acknowledged and their task
  completes, but they are never listed (terraform-provider-rediscloud #1014);
- ``not_configured="links"`` answers "no PrivateLink" with a completed task whose
  resource is ``{"links": []}`` instead of the PRIVATE_LINK_NOT_FOUND task error.

Every request is recorded (method, path, headers, body) for assertions.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

API_KEY = "A1b2C3d4E5f6G7h8I9j0accountkey"
SECRET_KEY = "S3cr3tUs3rK3yN0tF0rL0gsXyZ123456"
REDIS_ACCOUNT = "999988887777"
_ACCOUNT = re.compile(r"(?:arn:aws(?:-[a-z]+)*:iam::)?(\d{12})(?::root)?\Z")
_PATH = re.compile(
    r"/v1/subscriptions/(?P<sub>[^/]+)(?:/regions/(?P<region>[^/]+))?/private-link(?P<rest>/.*)?\Z"
)


@dataclass
class Request:
    """One request the fake received."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: Any
    at: float = 0.0


@dataclass
class Task:
    """A task and its planned course."""

    id: str
    kind: str
    steps: list[str]
    early_404s: int
    finish: Callable[[], tuple[Any, Any]]
    looks: int = 0
    status: str = "received"
    response: dict[str, Any] = field(default_factory=dict)
    stalled: bool = False
    timestamp: str = ""

    def look(self) -> None:
        """Advance one step; run the work when the last step is reached."""
        self.looks += 1
        if self.stalled or self.status in ("processing-completed", "processing-error"):
            return
        index = min(self.looks - 1, len(self.steps) - 1)
        step = self.steps[index]
        if step == "done":
            resource, error = self.finish()
            if error is not None:
                self.status = "processing-error"
                self.response = {"error": error}
            else:
                self.status = "processing-completed"
                self.response = {"resource": resource} if resource is not None else {}
        else:
            self.status = step


@dataclass
class Subscription:
    """A subscription and its PrivateLinks (key: region id, 0 for standard)."""

    id: int
    status_after: int = 0
    reads: int = 0
    regions: dict[int, str] = field(default_factory=dict)
    links: dict[int, dict[str, Any]] = field(default_factory=dict)


class FakeRedisCloud:
    """The server's state and knobs; use :func:`running` to start one."""

    def __init__(self) -> None:
        self.subscriptions: dict[int, Subscription] = {}
        self.tasks: dict[str, Task] = {}
        self.requests: list[Request] = []
        self.lock = threading.RLock()
        self.task_steps = ["received", "processing-in-progress", "processing-in-progress", "done"]
        self.early_404s = 2
        self.slow: dict[str, int] = {}
        self.stalled_kinds: set[str] = set()
        self.legacy_ack = False
        self.string_errors: bool | str = False
        self.sync_errors = False
        self.ack_204 = False
        self.disassociate_reads = 0
        self.delete_reads = 0
        self.unlisted_types: set[str] = set()
        self.on_principal_added: Callable[[str, str, str], None] | None = None
        self.invitation_accepted: Callable[[str, str], bool] | None = None
        self.not_configured = "error"
        self.forbidden = False
        self.feature_disabled = False
        self.rate_limit = 1000
        self.rate_window = 60.0
        self.refused = 0
        self.dropped_principals: set[str] = set()
        self._window_start = time.monotonic()
        self._window_count = 0
        self.injected: list[tuple[str, str, int, dict[str, str], str, bool]] = []
        self.associate_after = 2
        self.activate_after = 1
        self.on_associated: Callable[[str, str], None] | None = None
        self._ids = itertools.count(1)
        self.port = 0

    # ---------------------------------------------------------------- set-up
    def add_subscription(self, sub_id: int, *, pending_reads: int = 0, regions: dict[int, str] | None = None) -> None:
        """A subscription that reports ``pending`` for its first ``pending_reads`` reads."""
        self.subscriptions[sub_id] = Subscription(sub_id, status_after=pending_reads, regions=regions or {})

    def add_link(self, sub_id: int, share_name: str, principals: list[str], region: int = 0) -> dict[str, Any]:
        """An existing, active PrivateLink with associated principals."""
        link = self._new_link(sub_id, share_name, region)
        link["status"] = "active"
        link["_reads"] = 99
        for principal in principals:
            link["principals"].append({"principal": principal, "type": "aws_account", "alias": "",
                                       "status": "associated", "_reads": 99})
        self.subscriptions[sub_id].links[region] = link
        return link

    def inject(self, method: str, path_regex: str, status: int, *, headers: dict[str, str] | None = None,
               body: str = "", after: bool = False) -> None:
        """Answer the next matching request with this, once (``after``: process it
        first, as a gateway timing out on an accepted request)."""
        self.injected.append((method, path_regex, status, headers or {}, body, after))

    def stall(self, kind: str) -> None:
        """The next task of ``kind`` never finishes."""
        self.stalled_kinds.add(kind)

    # ---------------------------------------------------------------- queries
    def calls(self, method: str, suffix: str = "") -> list[Request]:
        """Recorded requests with ``method`` whose path ends with ``suffix``."""
        return [r for r in self.requests if r.method == method and r.path.endswith(suffix)]

    def link(self, sub_id: int, region: int = 0) -> dict[str, Any] | None:
        """The current PrivateLink (internal view) or None."""
        return self.subscriptions[sub_id].links.get(region)

    def principals(self, sub_id: int, region: int = 0) -> list[str]:
        """The principals currently listed."""
        link = self.link(sub_id, region)
        return [p["principal"] for p in link["principals"]] if link else []

    # ---------------------------------------------------------------- behaviour
    def _new_link(self, sub_id: int, share_name: str, region: int) -> dict[str, Any]:
        n = sub_id * 100 + region
        rcfg = f"rcfg-{n:017x}"
        return {
            "status": "initializing", "_reads": 0,
            "shareName": share_name,
            "shareArn": f"arn:aws:ram:us-east-1:{REDIS_ACCOUNT}:resource-share/{n:08d}-aaaa-bbbb-cccc-{n:012d}",
            "resourceConfigurationId": rcfg,
            "resourceConfigurationArn": f"arn:aws:vpc-lattice:us-east-1:{REDIS_ACCOUNT}:resourceconfiguration/{rcfg}",
            "principals": [], "connections": [],
            "databases": [{"databaseId": 1, "port": 12000, "rlEndpoint": ""},
                          {"databaseId": 2, "port": 12001, "rlEndpoint": ""}],
            "subscriptionId": sub_id, "regionId": region or None, "errorMessage": None,
        }

    def _error(self, type_: str, status: str, description: str) -> Any:
        if self.string_errors == "bare":
            return type_
        if self.string_errors:
            return f"{type_}: {description}"
        return {"type": type_, "status": status, "description": description, "additionalInfo": None}

    def _view(self, link: dict[str, Any]) -> dict[str, Any]:
        """What a GET reports; each read moves statuses along."""
        link["_reads"] += 1
        if link["status"] == "initializing" and link["_reads"] > self.activate_after:
            link["status"] = "active"
        for principal in list(link["principals"]):
            principal["_reads"] += 1
            if principal["status"] == "disassociating":
                principal["_left"] -= 1
                if principal["_left"] < 0:
                    link["principals"].remove(principal)
                continue
            accepted = self.invitation_accepted is None or self.invitation_accepted(
                link["shareArn"], principal["principal"])
            if principal["status"] == "associating" and principal["_reads"] > self.associate_after and accepted:
                principal["status"] = "associated"
                if self.on_associated is not None:
                    self.on_associated(link["shareArn"], principal["principal"])
        view = {k: v for k, v in link.items() if not k.startswith("_")}
        view["principals"] = [{k: v for k, v in p.items() if not k.startswith("_")} for p in link["principals"]]
        return json.loads(json.dumps(view))

    def _task(self, kind: str, finish: Callable[[], tuple[Any, Any]]) -> tuple[int, Any]:
        """A new task's acknowledgement (202), or with ``sync_errors`` the error at once."""
        if self.sync_errors:
            resource, error = finish()
            if error is not None:
                status = error.get("status", "400") if isinstance(error, dict) else (
                    "404" if "NOT_FOUND" in error else "409" if "ALREADY_EXISTS" in error else "400")
                code = int(str(status).split(" ")[0])
                return code, {"timestamp": "2026-01-01T00:00:00.000+00:00", "status": code, "error": error}
            finish = lambda: (resource, None)  # noqa: E731 - the work is done: the task reports it
        task_id = f"{next(self._ids):08d}-task-{kind}"
        steps = list(self.task_steps)
        if kind in self.slow:
            steps = ["received"] + ["processing-in-progress"] * self.slow[kind] + ["done"]
        now = time.time()
        task = Task(task_id, kind, steps, self.early_404s, finish,
                    timestamp=time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now)) + f".{int(now * 1000) % 1000:03d}Z")
        if kind in self.stalled_kinds:
            self.stalled_kinds.discard(kind)
            task.stalled = True
        self.tasks[task_id] = task
        ack: dict[str, Any] = {"commandType": kind, "status": "received", "description": "Task request received",
                               "timestamp": task.timestamp}
        href = f"http://127.0.0.1:{self.port}/v1/tasks/{task_id}"
        if self.legacy_ack:
            ack["_links"] = {"task": {"href": href, "title": "getTaskStatusUpdates", "type": "GET"}}
        else:
            ack["taskId"] = task_id
            ack["links"] = [{"href": href, "rel": "task", "type": "GET"}]
        return 202, ack

    def task_view(self, task: Task) -> dict[str, Any]:
        """A task as ``GET /tasks/{id}`` shows it."""
        view = {"taskId": task.id, "commandType": task.kind, "status": task.status,
                "description": "", "timestamp": task.timestamp, "links": []}
        if task.response:
            view["response"] = task.response
        return view

    def handle(self, method: str, path: str, body: Any) -> tuple[int, Any]:
        """Route one authenticated request."""
        if path == "/v1/tasks":
            for task in self.tasks.values():
                task.look()
            return 200, [self.task_view(t) for t in self.tasks.values()]
        match = re.fullmatch(r"/v1/tasks/([^/]+)", path)
        if match and method == "GET":
            task = self.tasks.get(match.group(1))
            if task is None:
                return 404, {"timestamp": "2026-01-01T00:00:00.000+00:00", "status": 404, "error": "Not Found",
                             "path": path}
            if task.early_404s > 0:
                task.early_404s -= 1
                return 404, {"status": 404, "error": "Not Found", "path": path}
            task.look()
            return 200, self.task_view(task)
        match = re.fullmatch(r"/v1/subscriptions/(\d+)(/regions)?", path)
        if match and method == "GET":
            sub = self.subscriptions.get(int(match.group(1)))
            if sub is None:
                return 404, {"timestamp": "2026-01-01T00:00:00.000+00:00", "status": 404, "error": "Not Found",
                             "path": path}
            if match.group(2):
                return 200, {"subscriptionId": sub.id,
                             "regions": [{"regionId": r, "region": n} for r, n in sub.regions.items()]}
            sub.reads += 1
            status = "active" if sub.reads > sub.status_after else "pending"
            return 200, {"id": sub.id, "name": f"sub-{sub.id}", "status": status, "deploymentType": "single-region"}
        match = _PATH.fullmatch(path)
        if not match:
            return 404, {"status": 404, "error": "Not Found", "path": path}
        if not match.group("sub").isdigit() or (match.group("region") and not match.group("region").isdigit()):
            return 400, {"status": 400, "error": "Bad Request", "message": "path ids must be integers"}
        sub = self.subscriptions.get(int(match.group("sub")))
        if sub is None:
            return 404, {"timestamp": "2026-01-01T00:00:00.000+00:00", "status": 404, "error": "Not Found",
                         "path": path}
        region = int(match.group("region") or 0)
        if region and region not in sub.regions:
            return 404, {"status": 404, "error": "Not Found", "path": path}
        rest = match.group("rest") or ""
        return self._private_link(sub, region, method, rest, body if isinstance(body, dict) else {})

    def _private_link(self, sub: Subscription, region: int, method: str, rest: str,
                      body: dict[str, Any]) -> tuple[int, Any]:
        def missing() -> tuple[Any, Any]:
            return None, self._error("PRIVATE_LINK_NOT_FOUND", "404 NOT_FOUND", "Private link not found")

        if rest == "" and method == "GET":
            def get() -> tuple[Any, Any]:
                link = sub.links.get(region)
                if link is not None and link["status"] == "deleting":
                    link["_left"] -= 1
                    if link["_left"] < 0:
                        del sub.links[region]
                        link = None
                if link is None:
                    return ({"links": []}, None) if self.not_configured == "links" else missing()
                return self._view(link), None
            return self._task("getPrivateLink", get)
        if rest == "" and method == "POST":
            for key in ("shareName", "principal", "type"):
                if not body.get(key):
                    return 400, {"status": 400, "error": "Bad Request", "message": f"{key} is required"}
            if len(body["shareName"]) > 64:
                return 400, {"status": 400, "error": "Bad Request", "message": "shareName is too long"}

            def create() -> tuple[Any, Any]:
                if region in sub.links:
                    return None, self._error("PRIVATE_LINK_ALREADY_EXISTS", "409 CONFLICT", "Private link already exists")
                if not _valid(body["principal"], body["type"]):
                    return None, self._error("PRIVATE_LINK_PRINCIPAL_INVALID_PRINCIPLE", "400 BAD_REQUEST",
                                             "Invalid principal")
                if body["principal"] == REDIS_ACCOUNT:
                    return None, self._error("PRIVATE_LINK_PRINCIPAL_CANNOT_BE_OWNER_ACCOUNT", "400 BAD_REQUEST",
                                             "Principal cannot be the owner account")
                link = self._new_link(sub.id, body["shareName"], region)
                link["principals"].append({"principal": body["principal"], "type": body["type"],
                                           "alias": body.get("alias", ""), "status": "associating", "_reads": 0})
                sub.links[region] = link
                self._added(link, body["principal"], body["type"])
                return {"resourceId": sub.id}, None
            return self._task("createPrivateLink", create)
        if rest == "" and method == "DELETE":
            def delete() -> tuple[Any, Any]:
                link = sub.links.get(region)
                if link is None or link["status"] == "deleting":
                    return missing()
                if link["principals"]:
                    return None, self._error(
                        "PRIVATE_LINK_ALL_PRINCIPALS_MUST_BE_DELETED_BEFORE_DELETING_RESOURCE_LINK", "400 BAD_REQUEST",
                        "All principals must be deleted before deleting the resource link")
                if self.delete_reads:
                    link["status"], link["_left"] = "deleting", self.delete_reads
                else:
                    del sub.links[region]
                return None, None
            return self._task("deletePrivateLink", delete)
        if rest == "/principals" and method == "POST":
            if "principal" not in body:
                return 400, {"status": 400, "error": "Bad Request", "message": "principal is required"}

            def add() -> tuple[Any, Any]:
                link = sub.links.get(region)
                if link is None:
                    return missing()
                principal = str(body["principal"])
                if not _valid(principal, str(body.get("type", "aws_account"))):
                    return None, self._error("PRIVATE_LINK_PRINCIPAL_INVALID_PRINCIPLE", "400 BAD_REQUEST",
                                             "Invalid principal")
                if principal == REDIS_ACCOUNT:
                    return None, self._error("PRIVATE_LINK_PRINCIPAL_CANNOT_BE_OWNER_ACCOUNT", "400 BAD_REQUEST",
                                             "Principal cannot be the owner account")
                if any(_same(p["principal"], principal) for p in link["principals"]):
                    return None, self._error("PRIVATE_LINK_PRINCIPAL_ALREADY_EXISTS", "409 CONFLICT",
                                             "Principal already exists")
                if principal in self.dropped_principals or body.get("type") in self.unlisted_types:
                    return {}, None  # completes, never listed (rediscloud TF #1014)
                link["principals"].append({"principal": principal, "type": body.get("type", "aws_account"),
                                           "alias": body.get("alias", ""), "status": "associating", "_reads": 0})
                self._added(link, principal, str(body.get("type", "aws_account")))
                return {"resourceId": sub.id}, None
            return self._task("addPrivateLinkPrincipal", add)
        if rest == "/principals" and method == "DELETE":
            if "principal" not in body:  # seed 003's {"principals": [...]} is not the API's body
                return 400, {"status": 400, "error": "Bad Request", "message": "principal is required"}

            def remove() -> tuple[Any, Any]:
                link = sub.links.get(region)
                if link is None:
                    return missing()
                # conservative: removal matches the principal exactly as it is listed
                found = [p for p in link["principals"] if p["principal"] == str(body["principal"])
                         and p["status"] != "disassociating"]
                if not found:
                    return None, self._error("PRIVATE_LINK_PRINCIPAL_NOT_FOUND", "404 NOT_FOUND", "Principal not found")
                if self.disassociate_reads:
                    found[0]["status"], found[0]["_left"] = "disassociating", self.disassociate_reads
                else:
                    link["principals"].remove(found[0])
                return None, None
            return self._task("deletePrivateLinkPrincipal", remove)
        if rest == "/endpoint-script" and method == "GET":
            def script() -> tuple[Any, Any]:
                link = sub.links.get(region)
                if link is None:
                    return missing()
                return {"resourceEndpointScript": f"#!/usr/bin/env python3\n# {link['resourceConfigurationId']}\n",
                        "terraformAwsScript": None}, None
            return self._task("getPrivateLinkEndpointScript", script)
        if rest == "/connections/disassociate" and method == "POST":
            connections = body.get("connections")
            if not isinstance(connections, list) or not all(
                    isinstance(c, dict) and c.get("associationId") and c.get("type") and c.get("principalId")
                    for c in connections):
                return 400, {"status": 400, "error": "Bad Request", "message": "connections are required"}

            def disassociate() -> tuple[Any, Any]:
                link = sub.links.get(region)
                if link is None:
                    return missing()
                gone = {c["associationId"] for c in connections}
                link["connections"] = [c for c in link["connections"] if c["associationId"] not in gone]
                return None, None
            return self._task("disassociatePrivateLinkConnections", disassociate)
        return 405, {"status": 405, "error": "Method Not Allowed", "path": rest}

    def _added(self, link: dict[str, Any], principal: str, type_: str) -> None:
        if self.on_principal_added is not None:
            self.on_principal_added(link["shareArn"], principal, type_)


#: Principal shapes by type, from AWS RAM's documentation of principals (independent of the client's).
_SHAPES = {
    "aws_account": _ACCOUNT,
    "organization": re.compile(r"arn:aws(?:-[a-z]+)*:organizations::\d{12}:organization/o-[a-z0-9]{10,32}\Z"),
    "organization_unit": re.compile(
        r"arn:aws(?:-[a-z]+)*:organizations::\d{12}:ou/o-[a-z0-9]{10,32}/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}\Z"),
    "iam_role": re.compile(r"arn:aws(?:-[a-z]+)*:iam::\d{12}:role/\S+\Z"),
    "iam_user": re.compile(r"arn:aws(?:-[a-z]+)*:iam::\d{12}:user/\S+\Z"),
    "service_principal": re.compile(r"[a-z0-9.-]+\.amazonaws\.com\Z"),
}


def _valid(principal: str, type_: str) -> bool:
    shape = _SHAPES.get(type_)
    return bool(shape and shape.match(principal))


def _same(a: str, b: str) -> bool:
    ma, mb = _ACCOUNT.match(a), _ACCOUNT.match(b)
    return (ma.group(1) == mb.group(1)) if ma and mb else a == b


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _serve(self) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        path, _, query = self.path.partition("?")
        with fake.lock:
            fake.requests.append(Request(self.command, path, query, {k.lower(): v for k, v in self.headers.items()}, body, time.monotonic()))
            now = time.monotonic()
            if now - fake._window_start >= fake.rate_window:
                fake._window_start, fake._window_count = now, 0
            fake._window_count += 1
            remaining = max(0, fake.rate_limit - fake._window_count)
            headers = {"X-Rate-Limit-Remaining": str(remaining)}
            for i, (method, pattern, status, extra, text, after) in enumerate(fake.injected):
                if method == self.command and re.search(pattern, path):
                    del fake.injected[i]
                    if after:
                        fake.handle(self.command, path, body)
                    self._send(status, text.encode(), {**headers, **extra})
                    return
            if fake._window_count > fake.rate_limit:
                fake.refused += 1
                self._send(429, b'{"status":429,"error":"Too Many Requests"}', {**headers, "Retry-After": "0"})
                return
            if (self.headers.get("x-api-key"), self.headers.get("x-api-secret-key")) != (API_KEY, SECRET_KEY):
                self._send(401, b'{"status":401,"error":"Unauthorized"}', headers)
                return
            if fake.forbidden:
                self._send(403, b'{"status":403,"error":"Forbidden","message":"source IP not in the allow list"}',
                           headers)
                return
            if fake.feature_disabled and "/private-link" in path:
                self._send(412, b'{"status":412,"error":"Precondition Failed","message":"feature flag is off"}',
                           headers)
                return
            status, answer = fake.handle(self.command, path, body)
            if fake.ack_204 and status == 202 and self.command in ("POST", "DELETE"):
                status = 204  # with the task in the body, as the spec declares; urllib never reads it
        self._send(status, json.dumps(answer).encode() if answer is not None else b"", headers)

    def _send(self, status: int, payload: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if payload:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if payload:
            self.wfile.write(payload)

    do_GET = do_POST = do_DELETE = do_PUT = _serve


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeRedisCloud


@contextmanager
def running(fake: FakeRedisCloud | None = None) -> Iterator[tuple[FakeRedisCloud, str]]:
    """Serve ``fake`` on 127.0.0.1 (a free port) and yield it with its base URL."""
    fake = fake or FakeRedisCloud()
    server = _Server(("127.0.0.1", 0), _Handler)
    server.fake = fake
    fake.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield fake, f"http://127.0.0.1:{fake.port}/v1"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
