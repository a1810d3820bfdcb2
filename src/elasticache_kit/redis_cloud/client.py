"""A typed client for Redis Cloud's PrivateLink REST API.

Standard library only (plus nothing): it runs inside AWS Lambda's Python
runtime as well as on a workstation.  Every PrivateLink call of the API is
asynchronous (GETs included): the request returns a task, and the data is the
task's ``response.resource``.  The client waits for the task (polling with
backoff, bounded by a deadline) and returns that resource, or raises
:class:`~.errors.RedisCloudTaskError` with the task error's ``type``, ``status``
and ``description``.

It paces itself under Redis Cloud's 400 requests a minute, honours
``X-Rate-Limit-Remaining``, retries 429/500/502/503/504 with backoff and jitter,
tolerates the task service's first 404s for a new task, accepts any 2xx with or
without a body, refuses redirects to another host, and never logs or raises the
key values.
"""

from __future__ import annotations

import json
import logging
import random
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Final

from .errors import (
    RedisCloudDeadline,
    RedisCloudError,
    RedisCloudHTTPError,
    RedisCloudNotListed,
    RedisCloudTaskError,
    RedisCloudTimeout,
    RedisCloudUnconfirmed,
    RedisCloudWaitTimeout,
)

__all__ = [
    "ASSOCIATED",
    "DEFAULT_BASE_URL",
    "LEAVING",
    "NOT_FOUND_ERRORS",
    "PRINCIPAL_TYPES",
    "RedisCloudClient",
    "error_code",
    "is_account_principal",
    "normalize_principal",
    "principal_account",
    "principal_type_of",
]

#: Redis Cloud's public API.
DEFAULT_BASE_URL: Final = "https://api.redislabs.com/v1"
#: Task error types meaning "this subscription (region) has no PrivateLink".
NOT_FOUND_ERRORS: Final = frozenset({"PRIVATE_LINK_NOT_FOUND", "PRIVATELINK_SERVICE_NOT_FOUND"})
#: HTTP statuses retried with backoff.
RETRY_STATUSES: Final = frozenset({429, 500, 502, 503, 504})
#: HTTP statuses after which a change request may or may not have been accepted: never re-sent blindly.
AMBIGUOUS_STATUSES: Final = frozenset({500, 502, 504})
#: Principal statuses meaning "associated" (``ready`` in some API versions).
ASSOCIATED: Final = frozenset({"associated", "ready"})
#: Principal statuses meaning "on its way out": a removal is in flight or done.
LEAVING: Final = frozenset({"disassociating", "disassociated"})
#: The principal types the API takes, and the shapes of their values (AWS RAM's principals).
PRINCIPAL_TYPES: Final = ("aws_account", "organization", "organization_unit", "iam_role", "iam_user",
                          "service_principal")
_PARTITION: Final = r"arn:aws(?:-[a-z]+)*"
_IAM_NAME: Final = r"(?:[\w+=,.@-]+/)*[\w+=,.@-]{1,128}"
_SHAPES: Final = (
    ("organization", re.compile(_PARTITION + r":organizations::\d{12}:organization/o-[a-z0-9]{10,32}\Z")),
    ("organization_unit", re.compile(
        _PARTITION + r":organizations::\d{12}:ou/o-[a-z0-9]{10,32}/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}\Z")),
    ("iam_role", re.compile(_PARTITION + r":iam::(\d{12}):role/" + _IAM_NAME + r"\Z")),
    ("iam_user", re.compile(_PARTITION + r":iam::(\d{12}):user/" + _IAM_NAME + r"\Z")),
    ("service_principal", re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?\Z")),
)
_CODE: Final = re.compile(r"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?![A-Za-z0-9_])")
#: Seconds before the deadline after which no request is sent (it must arrive, and be answered, in time).
SEND_GUARD: Final = 0.1
_DONE: Final = "processing-completed"
_FAILED: Final = "processing-error"
_ACCOUNT: Final = re.compile(r"\d{12}\Z")
_ROOT_ARN: Final = re.compile(r"arn:aws(?:-[a-z]+)*:iam::(\d{12}):root\Z")
_log = logging.getLogger("elasticache_kit.redis_cloud")

Json = Any
"""A decoded JSON value."""


def normalize_principal(principal: str) -> str:
    """The comparable form of a principal: an account's root ARN
    (``arn:aws:iam::123456789012:root``) and its id (``123456789012``) are one
    principal, ``123456789012``; other principals are returned stripped."""
    text = str(principal).strip()
    match = _ROOT_ARN.match(text)
    return match.group(1) if match else text


def is_account_principal(principal: str) -> bool:
    """Whether ``principal`` is a 12-digit account id or an account's root ARN."""
    return bool(_ACCOUNT.match(principal) or _ROOT_ARN.match(principal))


def principal_type_of(principal: str) -> str | None:
    """The API's type for a principal, from its shape (None when it has none of them):
    ``aws_account`` (``123456789012`` or its root ARN), ``organization``
    (``arn:aws:organizations::MGMT:organization/o-...``), ``organization_unit``
    (``...:ou/o-.../ou-...``), ``iam_role``, ``iam_user`` (IAM ARNs) or
    ``service_principal`` (``service.amazonaws.com``)."""
    text = str(principal).strip()
    if is_account_principal(text):
        return "aws_account"
    return next((kind for kind, shape in _SHAPES if shape.match(text)), None)


def principal_account(principal: str) -> str | None:
    """The AWS account a principal belongs to (an account, or an IAM role or user's
    account); None for organizations, OUs and service principals."""
    text = normalize_principal(principal)
    if _ACCOUNT.match(text):
        return text
    for kind, shape in _SHAPES:
        match = shape.match(text)
        if match and kind in ("iam_role", "iam_user"):
            return match.group(1)
    return None


def error_code(value: Any) -> str:
    """The error code in an error as the API sends it: an object's ``type`` (or
    ``errorCode``/``code``/``error``), or a plain string that is or starts with
    one (``"PRIVATE_LINK_NOT_FOUND"``, ``"PRIVATE_LINK_NOT_FOUND: ..."``); empty if none."""
    if isinstance(value, Mapping):
        for key in ("type", "errorCode", "code", "error"):
            code = error_code(value.get(key))
            if code:
                return code
        return ""
    if isinstance(value, str):
        match = _CODE.match(value.strip())
        return match.group(1) if match else ""
    return ""


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to the same scheme and host (the keys travel in headers)."""

    def redirect_request(
        self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> urllib.request.Request | None:
        old = urllib.parse.urlsplit(req.full_url)
        new = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, newurl))
        if (old.scheme, old.netloc) != (new.scheme, new.netloc):
            raise RedisCloudError(
                f"refused a redirect (HTTP {code}) from {old.netloc} to another host, {new.scheme}://{new.netloc}: "
                f"the API keys are never sent elsewhere"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class RedisCloudClient:
    """Redis Cloud API client for PrivateLink (standard and Active-Active).

    Pass ``region_id`` (Redis Cloud's own integer region id, see
    :meth:`get_subscription_regions`) to address one region of an
    Active-Active subscription.  Methods that wait for a task take
    ``timeout`` (seconds; default ``task_timeout``).
    """

    def __init__(
        self,
        api_key: str,
        secret_key: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        task_timeout: float = 300.0,
        http_timeout: float = 30.0,
        max_retries: int = 5,
        retry_base: float = 1.0,
        retry_cap: float = 30.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
        max_task_404s: int = 5,
        requests_per_minute: int = 400,
        rate_limit_window: float = 60.0,
        user_agent: str = "elasticache-kit-redis-cloud",
        deadline: float | None = None,
        confirm_reads: int = 2,
    ) -> None:
        """
        :param api_key: the account key (header ``x-api-key``).
        :param secret_key: the user key (header ``x-api-secret-key``; its user needs the Owner or Manager role).
        :param base_url: API root. Default: ``https://api.redislabs.com/v1``.
        :param task_timeout: default bound on waiting for one task, in seconds. Default: 300.
        :param http_timeout: socket timeout of one request. Default: 30.
        :param max_retries: retries of a request answered 429 or 5xx (or, for GETs, a network error). Default: 5.
        :param retry_base: first retry delay (doubling, full jitter, ``Retry-After`` honoured). Default: 1 s.
        :param retry_cap: longest retry delay. Default: 30 s.
        :param poll_interval: first task poll delay (doubling). Default: 1 s (as Redis's Go client).
        :param max_poll_interval: longest task poll delay. Default: 30 s.
        :param max_task_404s: 404s tolerated on ``/tasks/{id}`` right after a submission. Default: 5.
        :param requests_per_minute: client-side pace (Redis Cloud allows 400 a minute an account key).
        :param rate_limit_window: the rate-limit window in seconds. Default: 60.
        :param user_agent: the User-Agent header.
        :param deadline: a ``time.monotonic()`` instant after which the client sends
            nothing and sleeps no more (raising :class:`RedisCloudDeadline`, or
            :class:`RedisCloudTimeout` while waiting for a task), e.g. a Lambda
            invocation's end. Default: none (each wait is bounded by its own timeout).
        :param confirm_reads: reads of the PrivateLink to find a principal just added
            (or to see an unacknowledged change) before concluding it is not there. Default: 2.
        """
        if not api_key or not secret_key:
            raise RedisCloudError("the Redis Cloud API key and secret key are both required")
        parts = urllib.parse.urlsplit(base_url)
        if parts.scheme not in ("https", "http") or not parts.netloc:
            raise RedisCloudError(f"base_url {base_url!r} is not an http(s) URL")
        self.base_url = base_url.rstrip("/")
        """The API root, without a trailing slash."""
        self._base_path = parts.path.rstrip("/")
        self._secrets = (api_key, secret_key)
        self._headers = {
            "x-api-key": api_key,
            "x-api-secret-key": secret_key,
            "Accept": "application/json",
            "User-Agent": user_agent,
        }
        self.task_timeout = task_timeout
        """Default bound on waiting for a task, in seconds."""
        self._http_timeout = http_timeout
        self._max_retries = max_retries
        self._retry_base = retry_base
        self._retry_cap = retry_cap
        self._poll_interval = poll_interval
        self._max_poll_interval = max_poll_interval
        self._max_task_404s = max_task_404s
        self._per_window = max(1, requests_per_minute)
        self._window = rate_limit_window
        self._sent: deque[float] = deque()
        self._exhausted_at: float | None = None
        self._opener = urllib.request.build_opener(_SameHostRedirects())
        self.deadline = deadline
        """``time.monotonic()`` instant after which nothing is sent (None: no such bound)."""
        self._confirm_reads = max(1, confirm_reads)
        self._known_tasks: set[str] = set()
        self.requests_made = 0
        """How many HTTP requests this client has sent (retries and polls included)."""
        self.last_rate_limit_remaining: int | None = None
        """The last ``X-Rate-Limit-Remaining`` the API reported."""

    def __repr__(self) -> str:
        return f"RedisCloudClient(base_url={self.base_url!r}, keys=***)"

    # ------------------------------------------------------------------ plumbing
    def redact(self, text: str) -> str:
        """``text`` with the key values replaced by ``***``."""
        for secret in self._secrets:
            if secret:
                text = text.replace(secret, "***")
        return text

    def _pace(self) -> None:
        """Wait while a request would exceed the pace or the API said none remain."""
        now = time.monotonic()
        while self._sent and now - self._sent[0] >= self._window:
            self._sent.popleft()
        wait = 0.0
        if len(self._sent) >= self._per_window:
            wait = self._window - (now - self._sent[0])
        if self._exhausted_at is not None:
            wait = max(wait, self._window - (now - self._exhausted_at))
            self._exhausted_at = None
        if wait > 0:
            _log.info("Redis Cloud rate limit: pausing %.2f s", wait)
            self._sleep(wait, "the rate-limit pause")
        self._sent.append(time.monotonic())

    def _left(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.monotonic()

    def _sleep(self, seconds: float, why: str) -> None:
        """Sleep, unless that would pass the deadline: then raise at once (never sleep into it)."""
        left = self._left()
        if left is not None and seconds >= left:
            raise RedisCloudDeadline(f"the deadline comes in {max(left, 0.0):.1f} s, before {why} ({seconds:.1f} s) ends")
        time.sleep(seconds)

    def _backoff(self, attempt: int, retry_after: str | None) -> float:
        ceiling = min(self._retry_cap, self._retry_base * (2**attempt))
        delay = random.uniform(ceiling / 2, ceiling)
        if retry_after and retry_after.strip().isdigit():  # the server's word, when longer (at most a minute)
            delay = max(delay, min(float(retry_after.strip()), 60.0))
        return delay

    def _detail(self, raw: bytes) -> str:
        text = raw.decode("utf-8", "replace").strip()
        try:
            body = json.loads(text) if text else None
        except ValueError:
            body = None
        if isinstance(body, dict):
            parts = [str(body[k]) for k in ("error", "message", "description", "path") if body.get(k)]
            text = "; ".join(parts) or text
        return self.redact(text[:300]) or "(no body)"

    def request(self, method: str, path: str, body: Json = None, *, query: Mapping[str, str] | None = None) -> Json:
        """Send one API request (with retries); returns the decoded body, or
        None for a 2xx without one.  ``path`` is relative to the base URL."""
        url = self.base_url + path
        if query:
            url += "?" + urllib.parse.urlencode(query)
        data = None if body is None else json.dumps(body).encode()
        headers = dict(self._headers)
        if data is not None:
            headers["Content-Type"] = "application/json"
        attempt = 0
        while True:
            self._pace()
            left = self._left()
            if left is not None and left <= SEND_GUARD:
                raise RedisCloudDeadline(f"{method} {path} not sent: the deadline has come")
            self.requests_made += 1
            request = urllib.request.Request(url, data=data, headers=headers, method=method)
            timeout = self._http_timeout if left is None else max(0.1, min(self._http_timeout, left))
            try:
                with self._opener.open(request, timeout=timeout) as response:
                    status, raw, reply_headers = response.status, response.read(), response.headers
            except urllib.error.HTTPError as error:
                status, raw, reply_headers = error.code, error.read(), error.headers
            except (urllib.error.URLError, OSError) as error:
                reason = getattr(error, "reason", error)
                if method == "GET" and attempt < self._max_retries:
                    delay = self._backoff(attempt, None)
                    _log.warning("%s %s: %s; retrying in %.1f s", method, path, self.redact(str(reason)), delay)
                    attempt += 1
                    self._sleep(delay, f"retrying {method} {path}")
                    continue
                raise RedisCloudError(f"{method} {path}: {self.redact(str(reason))}") from None
            remaining = reply_headers.get("X-Rate-Limit-Remaining") if reply_headers else None
            if remaining is not None and remaining.strip().lstrip("-").isdigit():
                self.last_rate_limit_remaining = int(remaining)
                if self.last_rate_limit_remaining <= 0:
                    self._exhausted_at = time.monotonic()
            _log.info("%s %s -> %s (rate limit remaining %s)", method, path, status, remaining)
            if 200 <= status < 300:
                text = raw.decode("utf-8", "replace").strip()
                if not text:
                    return None
                try:
                    return json.loads(text)
                except ValueError:
                    raise RedisCloudError(f"{method} {path}: HTTP {status} with a body that is not JSON") from None
            ambiguous = method != "GET" and status in AMBIGUOUS_STATUSES  # it may have been accepted
            if status in RETRY_STATUSES and attempt < self._max_retries and not ambiguous:
                delay = self._backoff(attempt, reply_headers.get("Retry-After") if reply_headers else None)
                _log.warning("%s %s: HTTP %s; retrying in %.1f s", method, path, status, delay)
                attempt += 1
                self._sleep(delay, f"retrying {method} {path}")
                continue
            hint = ""
            if status == 403:
                hint = ("the API key may have a CIDR allow list, and this request came from another address; an AWS "
                        "Lambda function's egress IP is not fixed unless it runs in a VPC behind a NAT gateway with an "
                        "Elastic IP (RedisCloudPrivateLink(vpc=...)) whose address is on the list")
            raise RedisCloudHTTPError(method, path, status, self._detail(raw), self._code(raw), hint)

    @staticmethod
    def _code(raw: bytes) -> str:
        try:
            body = json.loads(raw.decode("utf-8", "replace")) if raw.strip() else None
        except ValueError:
            return ""
        return error_code(body)

    @staticmethod
    def task_id_of(ack: Json) -> str | None:
        """The task id of an acknowledgement: ``taskId``, or the ``task`` link
        in ``links`` (a list) or ``_links`` (an object, older form)."""
        if not isinstance(ack, dict):
            return None
        if ack.get("taskId"):
            return str(ack["taskId"])
        links = ack.get("links")
        hrefs: list[str] = []
        if isinstance(links, list):
            hrefs = [str(link.get("href", "")) for link in links if isinstance(link, dict) and link.get("rel") == "task"]
        legacy = ack.get("_links")
        if isinstance(legacy, dict) and isinstance(legacy.get("task"), dict):
            hrefs.append(str(legacy["task"].get("href", "")))
        for href in hrefs:
            tail = href.rstrip("/").rsplit("/", 1)[-1]
            if tail:
                return tail
        return None

    def _task_error(self, task_id: str, task: Mapping[str, Any]) -> RedisCloudTaskError:
        response = task.get("response") if isinstance(task.get("response"), dict) else {}
        error = response.get("error") if isinstance(response, dict) else None
        if isinstance(error, dict):
            code = error_code(error) or error_code(task.get("description"))
            return RedisCloudTaskError(
                task_id, code, str(error.get("status") or ""),
                self.redact(str(error.get("description") or task.get("description") or code)), error,
            )
        text = str(error).strip() if error else str(task.get("description") or "no error detail")
        code = error_code(text)  # a plain string: "PRIVATE_LINK_NOT_FOUND" or "PRIVATE_LINK_NOT_FOUND: ..."
        description = text[len(code):].lstrip(" :-") if code else text
        return RedisCloudTaskError(task_id, code, "", self.redact(description or code), error)

    def wait_for_task(self, task_id: str, *, timeout: float | None = None) -> Json:
        """Poll ``/tasks/{task_id}`` until it completes; returns ``response.resource``
        (None when the task has none).

        :raises RedisCloudTaskError: the task ended in ``processing-error``.
        :raises RedisCloudTimeout: it was still running after ``timeout`` seconds.
        """
        deadline = time.monotonic() + (self.task_timeout if timeout is None else timeout)
        if self.deadline is not None:
            deadline = min(deadline, self.deadline)
        self._known_tasks.add(task_id)
        delay = self._poll_interval
        misses = 0
        status = "submitted"
        while True:
            if time.monotonic() >= deadline:
                raise RedisCloudTimeout(task_id, status)
            try:
                task = self.request("GET", f"/tasks/{urllib.parse.quote(task_id, safe='')}")
            except RedisCloudDeadline:
                raise RedisCloudTimeout(task_id, status) from None
            except RedisCloudHTTPError as error:
                if error.status != 404 or misses >= self._max_task_404s:
                    raise
                misses += 1
                task = None
            if isinstance(task, dict):
                status = str(task.get("status") or "")
                if status == _DONE:
                    response = task.get("response")
                    return response.get("resource") if isinstance(response, dict) else None
                if status == _FAILED:
                    raise self._task_error(task_id, task)
            left = deadline - time.monotonic()
            if left <= 0:
                raise RedisCloudTimeout(task_id, status)
            time.sleep(min(delay, left))
            delay = min(delay * 2, self._max_poll_interval)

    def submit(self, method: str, path: str, body: Json = None, *, query: Mapping[str, str] | None = None,
               timeout: float | None = None, hint: str = "") -> Json:
        """Send a request and, when it is acknowledged with a task, wait for the
        task and return its resource; a body that is not a task is returned as is.

        A change request (not GET) acknowledged without a task id (HTTP 204, whose
        body ``urllib`` drops), or answered 500/502/504, is never taken as done nor
        sent again: the account's task list is read for the task it started
        (``hint``: a word of its ``commandType``) and that task is waited for.

        :raises RedisCloudUnconfirmed: no such task is listed (re-read the state)."""
        sent = time.time()
        try:
            ack = self.request(method, path, body, query=query)
        except RedisCloudHTTPError as error:
            if method == "GET" or error.status not in AMBIGUOUS_STATUSES:
                raise
            task_id = self._find_task(sent, hint)
            if task_id is None:
                raise RedisCloudUnconfirmed(
                    f"{error}; the request may or may not have been accepted and no task for it is listed: not sent "
                    f"again (re-read the state first)", ambiguous=True) from None
            return self.wait_for_task(task_id, timeout=timeout)
        task_id = self.task_id_of(ack)
        if task_id is None:
            if isinstance(ack, list) or (isinstance(ack, dict) and ack and not _looks_like_ack(ack)):
                return ack  # a synchronous answer
            if method != "GET":
                task_id = self._find_task(sent, hint)
            if task_id is None:
                raise RedisCloudUnconfirmed(
                    f"{method} {path} was acknowledged without a task id (an HTTP 204's body is dropped by urllib) and "
                    f"no task for it is listed: its outcome is unknown", ambiguous=False)
        return self.wait_for_task(task_id, timeout=timeout)

    def _find_task(self, sent: float, hint: str) -> str | None:
        """The task a change request started at ``sent`` (wall clock), from ``GET /tasks``:
        one this client has not seen, stamped no earlier than a few seconds before
        ``sent``; with several, an unfinished one whose ``commandType`` contains ``hint``
        first, then the newest."""
        candidates: list[tuple[bool, bool, float, str]] = []
        for task in self.list_tasks():
            task_id = str(task.get("taskId") or "")
            if not task_id or task_id in self._known_tasks:
                continue
            stamp = _timestamp(task.get("timestamp"))
            if stamp is None or stamp < sent - 5.0:
                continue
            matches = bool(hint) and hint.lower() in str(task.get("commandType", "")).lower()
            unfinished = str(task.get("status")) not in (_DONE, _FAILED)
            candidates.append((matches, unfinished, stamp, task_id))
        if not candidates:
            return None
        task_id = max(candidates)[3]
        _log.info("found task %s for an acknowledgement without a task id", task_id)
        return task_id

    def start(self, method: str, path: str, body: Json = None) -> str | None:
        """Send a request without waiting: returns its task id (None when the API
        answered synchronously)."""
        return self.task_id_of(self.request(method, path, body))

    @staticmethod
    def private_link_path(subscription_id: int, region_id: int | None = None) -> str:
        """``/subscriptions/{id}[/regions/{region_id}]/private-link``."""
        for name, value in (("subscription_id", subscription_id), ("region_id", region_id)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value <= 0):
                raise RedisCloudError(f"{name}={value!r} is not a positive integer")
        regional = f"/regions/{region_id}" if region_id is not None else ""
        return f"/subscriptions/{subscription_id}{regional}/private-link"

    # ------------------------------------------------------------------ PrivateLink
    def get_private_link(self, subscription_id: int, *, region_id: int | None = None,
                         timeout: float | None = None) -> dict[str, Any] | None:
        """The PrivateLink configuration, or None when the subscription (region)
        has none (task error ``PRIVATE_LINK_NOT_FOUND``, or a completed task whose
        resource is only ``{"links": []}``).  A missing subscription is an error
        (HTTP 404)."""
        try:
            resource = self.submit("GET", self.private_link_path(subscription_id, region_id), timeout=timeout)
        except (RedisCloudTaskError, RedisCloudHTTPError) as error:  # the code as a task error, or synchronously
            if error.type in NOT_FOUND_ERRORS:
                return None
            raise
        if not isinstance(resource, dict):
            return None
        if not any(resource.get(k) for k in ("shareName", "resourceConfigurationId", "shareArn", "principals")):
            return None
        return resource

    def create_private_link(self, subscription_id: int, *, share_name: str, principal: str,
                            principal_type: str = "aws_account", alias: str | None = None,
                            region_id: int | None = None, timeout: float | None = None) -> Json:
        """Create the PrivateLink with its first principal (``POST .../private-link``)."""
        return self.submit("POST", self.private_link_path(subscription_id, region_id),
                           self.create_body(share_name, principal, principal_type, alias), timeout=timeout,
                           hint="create")

    @staticmethod
    def create_body(share_name: str, principal: str, principal_type: str = "aws_account",
                    alias: str | None = None) -> dict[str, str]:
        """The body of a create request (``shareName`` is at most 64 characters)."""
        if not share_name or len(share_name) > 64:
            raise RedisCloudError(f"share_name={share_name!r} must be 1..64 characters")
        body = {"shareName": share_name, "principal": principal, "type": principal_type}
        if alias:
            body["alias"] = alias
        return body

    def delete_private_link(self, subscription_id: int, *, region_id: int | None = None,
                            timeout: float | None = None) -> Json:
        """Delete the PrivateLink (its principals must be removed first)."""
        return self.submit("DELETE", self.private_link_path(subscription_id, region_id), timeout=timeout,
                           hint="delete")

    def add_principal(self, subscription_id: int, principal: str, *, principal_type: str | None = None,
                      alias: str | None = None, region_id: int | None = None, timeout: float | None = None,
                      confirm: bool = True) -> Json:
        """Allow a principal (``POST .../private-link/principals``) and, with
        ``confirm`` (default), check that Redis Cloud lists it: returns its entry
        (``{"principal", "type", "alias", "status"}``).

        ``principal_type`` defaults to the type its shape says (see :func:`principal_type_of`).

        :raises RedisCloudNotListed: the task completed but the principal is not
            listed (terraform-provider-rediscloud #1014).
        :raises RedisCloudUnconfirmed: the request's outcome is unknown (no task
            found after a 204 or a 5xx) and the principal is not listed.
        """
        kind = principal_type or principal_type_of(principal) or "aws_account"
        body = {"principal": principal, "type": kind}
        if alias:
            body["alias"] = alias
        path = self.private_link_path(subscription_id, region_id) + "/principals"
        try:
            result = self.submit("POST", path, body, timeout=timeout, hint="principal")
        except RedisCloudUnconfirmed:
            if not confirm:
                raise
            entry = self._confirm_listed(subscription_id, principal, region_id, timeout)
            if entry is None:
                raise
            return entry
        if not confirm:
            return result
        entry = self._confirm_listed(subscription_id, principal, region_id, timeout)
        if entry is None:
            raise RedisCloudNotListed(principal, kind)
        return entry

    def _confirm_listed(self, subscription_id: int, principal: str, region_id: int | None,
                        timeout: float | None) -> dict[str, Any] | None:
        for read in range(self._confirm_reads):
            if read:
                self._sleep(self._poll_interval, "reading the principals again")
            entry = self.find_principal(self.get_private_link(subscription_id, region_id=region_id, timeout=timeout),
                                        principal)
            if entry is not None:
                return entry
        return None

    @staticmethod
    def find_principal(config: Mapping[str, Any] | None, principal: str) -> dict[str, Any] | None:
        """``principal``'s entry in a PrivateLink configuration (an account's id and
        root ARN match each other), or None."""
        wanted = normalize_principal(principal)
        for entry in (config or {}).get("principals") or []:
            if isinstance(entry, dict) and normalize_principal(str(entry.get("principal", ""))) == wanted:
                return entry
        return None

    def wait_for_private_link(self, subscription_id: int, *, status: str | None = "active",
                              region_id: int | None = None, timeout: float | None = None,
                              interval: float | None = None) -> dict[str, Any] | None:
        """Read the PrivateLink until its ``status`` is ``status`` (``active``,
        ``initializing``, ``deleting``) or, with ``status=None``, until there is none;
        returns the configuration (None when waiting for it to go).

        :raises RedisCloudWaitTimeout: not reached within ``timeout`` (default ``task_timeout``)."""
        def state() -> tuple[bool, str, dict[str, Any] | None]:
            config = self.get_private_link(subscription_id, region_id=region_id, timeout=timeout)
            last = "absent" if config is None else str(config.get("status") or "")
            return (config is None) if status is None else (last == status), last, config

        return self._wait(state, f"the PrivateLink of subscription {subscription_id}", status or "absent",
                          timeout, interval)

    def wait_for_principal(self, subscription_id: int, principal: str, *, status: str | None = "associated",
                           region_id: int | None = None, timeout: float | None = None,
                           interval: float | None = None) -> dict[str, Any] | None:
        """Read the PrivateLink until ``principal`` reads ``status`` (``associated``
        also accepts ``ready``) or, with ``status=None``, until it is not listed;
        returns its entry (None when waiting for it to go).

        :raises RedisCloudError: the principal reads ``failed``.
        :raises RedisCloudWaitTimeout: not reached within ``timeout`` (default ``task_timeout``)."""
        wanted = ASSOCIATED if status in ASSOCIATED else {status}

        def state() -> tuple[bool, str, dict[str, Any] | None]:
            config = self.get_private_link(subscription_id, region_id=region_id, timeout=timeout)
            entry = self.find_principal(config, principal)
            last = "absent" if entry is None else str(entry.get("status") or "")
            if last == "failed" and status != "failed":
                detail = (config or {}).get("errorMessage") or "no detail"
                raise RedisCloudError(f"Redis Cloud reports principal {principal} as failed: {detail}")
            return (entry is None) if status is None else (last in wanted), last, entry

        return self._wait(state, f"principal {principal}", status or "absent", timeout, interval)

    def _wait(self, state: Any, what: str, wanted: str, timeout: float | None,
              interval: float | None) -> dict[str, Any] | None:
        deadline = time.monotonic() + (self.task_timeout if timeout is None else timeout)
        delay = self._poll_interval if interval is None else interval
        while True:
            done, last, value = state()
            if done:
                return value  # type: ignore[no-any-return]
            left = deadline - time.monotonic()
            if left <= 0:
                raise RedisCloudWaitTimeout(what, wanted, last)
            self._sleep(min(delay, left), f"reading {what} again")
            if interval is None:
                delay = min(delay * 2, self._max_poll_interval)

    def remove_principal(self, subscription_id: int, principal: str, *, region_id: int | None = None,
                         timeout: float | None = None) -> Json:
        """Remove one principal (``DELETE .../private-link/principals`` with
        ``{"principal": ...}``: the API spec's body, not seed 003's ``principals`` list)."""
        return self.submit("DELETE", self.private_link_path(subscription_id, region_id) + "/principals",
                           {"principal": principal}, timeout=timeout, hint="principal")

    def endpoint_script(self, subscription_id: int, *, region_id: int | None = None,
                        include_terraform: bool = False, timeout: float | None = None) -> dict[str, Any]:
        """The endpoint discovery script: ``{"resourceEndpointScript": ..., "terraformAwsScript": ...}``
        (a bare string from older API versions is returned under ``resourceEndpointScript``)."""
        query = {"includeTerraformAwsScript": "true"} if include_terraform else None
        resource = self.submit("GET", self.private_link_path(subscription_id, region_id) + "/endpoint-script",
                               query=query, timeout=timeout)
        if isinstance(resource, str):
            return {"resourceEndpointScript": resource}
        return resource if isinstance(resource, dict) else {}

    def disassociate(self, subscription_id: int, connections: Sequence[Mapping[str, str]], *,
                     region_id: int | None = None, timeout: float | None = None) -> Json:
        """Disassociate connections (``POST .../private-link/connections/disassociate``
        with ``{"connections": [{"associationId", "connectionId", "type", "principalId"}]}``:
        the API spec's method and body, not seed 003's ``PUT`` with ``endpointIds``)."""
        items = []
        for connection in connections:
            missing = [k for k in ("associationId", "type", "principalId") if not connection.get(k)]
            if missing:
                raise RedisCloudError(f"a connection to disassociate lacks {', '.join(missing)}")
            items.append(dict(connection))
        return self.submit("POST", self.private_link_path(subscription_id, region_id) + "/connections/disassociate",
                           {"connections": items}, timeout=timeout, hint="disassociat")

    # ------------------------------------------------------------------ tasks and subscriptions
    def get_task(self, task_id: str) -> dict[str, Any]:
        """One task, as the API reports it."""
        task = self.request("GET", f"/tasks/{urllib.parse.quote(task_id, safe='')}")
        return task if isinstance(task, dict) else {}

    def list_tasks(self) -> list[dict[str, Any]]:
        """The account's recent tasks (``GET /tasks``)."""
        tasks = self.request("GET", "/tasks")
        if isinstance(tasks, dict):
            tasks = tasks.get("tasks", [])
        return [t for t in tasks if isinstance(t, dict)] if isinstance(tasks, list) else []

    def get_subscription(self, subscription_id: int, *, timeout: float | None = None) -> dict[str, Any]:
        """The subscription (``status`` is ``active`` once it is ready)."""
        resource = self.submit("GET", f"/subscriptions/{_positive(subscription_id)}", timeout=timeout)
        return resource if isinstance(resource, dict) else {}

    def get_subscription_regions(self, subscription_id: int, *, timeout: float | None = None) -> list[dict[str, Any]]:
        """An Active-Active subscription's regions: ``[{"regionId": 1, "region": "us-east-1", ...}]``."""
        resource = self.submit("GET", f"/subscriptions/{_positive(subscription_id)}/regions", timeout=timeout)
        regions = resource.get("regions", []) if isinstance(resource, dict) else resource
        return [r for r in regions if isinstance(r, dict)] if isinstance(regions, list) else []


def _looks_like_ack(body: Mapping[str, Any]) -> bool:
    """A task acknowledgement whose id is missing (``commandType``/``status`` and the like, no data)."""
    return set(body) <= {"taskId", "commandType", "status", "description", "timestamp", "links", "_links",
                         "resourceId", "response"}


def _timestamp(value: Any) -> float | None:
    try:
        stamp = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.timestamp()


def _positive(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise RedisCloudError(f"subscription_id={value!r} is not a positive integer")
    return value

