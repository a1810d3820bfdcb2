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
from typing import Any, Final

from .errors import RedisCloudError, RedisCloudHTTPError, RedisCloudTaskError, RedisCloudTimeout

__all__ = [
    "DEFAULT_BASE_URL",
    "NOT_FOUND_ERRORS",
    "RedisCloudClient",
    "is_account_principal",
    "normalize_principal",
]

#: Redis Cloud's public API.
DEFAULT_BASE_URL: Final = "https://api.redislabs.com/v1"
#: Task error types meaning "this subscription (region) has no PrivateLink".
NOT_FOUND_ERRORS: Final = frozenset({"PRIVATE_LINK_NOT_FOUND", "PRIVATELINK_SERVICE_NOT_FOUND"})
#: HTTP statuses retried with backoff.
RETRY_STATUSES: Final = frozenset({429, 500, 502, 503, 504})
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
            time.sleep(wait)
        self._sent.append(time.monotonic())

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
            self.requests_made += 1
            request = urllib.request.Request(url, data=data, headers=headers, method=method)
            try:
                with self._opener.open(request, timeout=self._http_timeout) as response:
                    status, raw, reply_headers = response.status, response.read(), response.headers
            except urllib.error.HTTPError as error:
                status, raw, reply_headers = error.code, error.read(), error.headers
            except (urllib.error.URLError, OSError) as error:
                reason = getattr(error, "reason", error)
                if method == "GET" and attempt < self._max_retries:
                    delay = self._backoff(attempt, None)
                    _log.warning("%s %s: %s; retrying in %.1f s", method, path, self.redact(str(reason)), delay)
                    attempt += 1
                    time.sleep(delay)
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
            if status in RETRY_STATUSES and attempt < self._max_retries:
                delay = self._backoff(attempt, reply_headers.get("Retry-After") if reply_headers else None)
                _log.warning("%s %s: HTTP %s; retrying in %.1f s", method, path, status, delay)
                attempt += 1
                time.sleep(delay)
                continue
            raise RedisCloudHTTPError(method, path, status, self._detail(raw))

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
            return RedisCloudTaskError(
                task_id, str(error.get("type") or ""), str(error.get("status") or ""),
                self.redact(str(error.get("description") or task.get("description") or "")), error,
            )
        text = str(error) if error else str(task.get("description") or "no error detail")
        return RedisCloudTaskError(task_id, "", "", self.redact(text), error)

    def wait_for_task(self, task_id: str, *, timeout: float | None = None) -> Json:
        """Poll ``/tasks/{task_id}`` until it completes; returns ``response.resource``
        (None when the task has none).

        :raises RedisCloudTaskError: the task ended in ``processing-error``.
        :raises RedisCloudTimeout: it was still running after ``timeout`` seconds.
        """
        deadline = time.monotonic() + (self.task_timeout if timeout is None else timeout)
        delay = self._poll_interval
        misses = 0
        status = "submitted"
        while True:
            try:
                task = self.request("GET", f"/tasks/{urllib.parse.quote(task_id, safe='')}")
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
               timeout: float | None = None) -> Json:
        """Send a request and, when it is acknowledged with a task, wait for the
        task and return its resource; a body that is not a task is returned as is."""
        ack = self.request(method, path, body, query=query)
        task_id = self.task_id_of(ack)
        if task_id is None:
            return ack
        return self.wait_for_task(task_id, timeout=timeout)

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
        except RedisCloudTaskError as error:
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
                           self.create_body(share_name, principal, principal_type, alias), timeout=timeout)

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
        return self.submit("DELETE", self.private_link_path(subscription_id, region_id), timeout=timeout)

    def add_principal(self, subscription_id: int, principal: str, *, principal_type: str = "aws_account",
                      alias: str | None = None, region_id: int | None = None, timeout: float | None = None) -> Json:
        """Allow a principal (``POST .../private-link/principals``)."""
        body = {"principal": principal, "type": principal_type}
        if alias:
            body["alias"] = alias
        return self.submit("POST", self.private_link_path(subscription_id, region_id) + "/principals", body,
                           timeout=timeout)

    def remove_principal(self, subscription_id: int, principal: str, *, region_id: int | None = None,
                         timeout: float | None = None) -> Json:
        """Remove one principal (``DELETE .../private-link/principals`` with
        ``{"principal": ...}``: the API spec's body, not seed 003's ``principals`` list)."""
        return self.submit("DELETE", self.private_link_path(subscription_id, region_id) + "/principals",
                           {"principal": principal}, timeout=timeout)

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
                           {"connections": items}, timeout=timeout)

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


def _positive(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise RedisCloudError(f"subscription_id={value!r} is not a positive integer")
    return value

