"""Errors raised by the Redis Cloud API client (standard library only: it runs in Lambda)."""

from __future__ import annotations

from typing import Any

__all__ = [
    "RedisCloudDeadline",
    "RedisCloudError",
    "RedisCloudHTTPError",
    "RedisCloudNotListed",
    "RedisCloudTaskError",
    "RedisCloudTimeout",
    "RedisCloudUnconfirmed",
    "RedisCloudWaitTimeout",
]


class RedisCloudError(Exception):
    """Any failure talking to the Redis Cloud API.

    Messages never contain the API keys: the client redacts them from every
    text it puts in an error, and request headers are never included.
    """


class RedisCloudHTTPError(RedisCloudError):
    """The API answered with an HTTP error status (after retries, for 429 and 5xx)."""

    def __init__(self, method: str, path: str, status: int, detail: str, type: str = "", hint: str = "") -> None:
        self.method = method
        """The request method."""
        self.path = path
        """The request path, relative to the base URL."""
        self.status = status
        """The HTTP status code."""
        self.detail = detail
        """The error text the API returned (shortened, redacted)."""
        self.type = type
        """The error code in the body, when it carries one (e.g. ``PRIVATE_LINK_NOT_FOUND``), else empty."""
        super().__init__(f"{method} {path}: HTTP {status}: {detail}" + (f" ({hint})" if hint else ""))


class RedisCloudTaskError(RedisCloudError):
    """An asynchronous task ended in ``processing-error``.

    Redis Cloud reports most conflicts and not-found conditions this way (HTTP
    2xx for the request, then a task error such as
    ``{"type": "PRIVATE_LINK_PRINCIPAL_ALREADY_EXISTS", "status": "409 CONFLICT"}``).
    """

    def __init__(self, task_id: str, type: str, status: str, description: str, raw: Any = None) -> None:
        self.task_id = task_id
        """The task's id."""
        self.type = type
        """The error type, e.g. ``PRIVATE_LINK_NOT_FOUND`` (empty when the API sent only a string)."""
        self.status = status
        """The error's HTTP-like status, e.g. ``404 NOT_FOUND`` (may be empty)."""
        self.description = description
        """The error's description."""
        self.raw = raw
        """The error as the API sent it (an object or a string)."""
        what = type or "task error"
        super().__init__(f"task {task_id} failed: {what} ({status or 'no status'}): {description}")

    @property
    def status_code(self) -> int | None:
        """The numeric part of :attr:`status` (``409`` for ``"409 CONFLICT"``), if any."""
        head = self.status.split(" ", 1)[0] if self.status else ""
        return int(head) if head.isdigit() else None


class RedisCloudTimeout(RedisCloudError):
    """A task did not finish before the caller's deadline.

    The task keeps running on Redis Cloud's side: :attr:`task_id` lets a later
    call resume waiting for it instead of submitting the request again.
    """

    def __init__(self, task_id: str, last_status: str) -> None:
        self.task_id = task_id
        """The unfinished task."""
        self.last_status = last_status
        """Its last reported status (e.g. ``processing-in-progress``)."""
        super().__init__(f"task {task_id} still {last_status or 'unknown'} at the deadline")


class RedisCloudDeadline(RedisCloudError):
    """The caller's deadline (e.g. a Lambda invocation's remaining time) came
    before a request could be sent or a wait could end: nothing was sent after it."""


class RedisCloudWaitTimeout(RedisCloudError):
    """A state (a PrivateLink's or a principal's status) was not reached before the deadline."""

    def __init__(self, what: str, wanted: str, last: str) -> None:
        self.what = what
        """What was waited for (e.g. ``principal 123456789012``)."""
        self.wanted = wanted
        """The status waited for."""
        self.last = last
        """The last status read (``absent`` when not listed)."""
        super().__init__(f"{what} is still {last or 'unknown'}, not {wanted}, at the deadline")


class RedisCloudUnconfirmed(RedisCloudError):
    """A change request whose outcome the API did not say: acknowledged without a
    task id (HTTP 204, whose body ``urllib`` drops), or answered 500/502/504 (the
    server may have accepted it), and no task for it is listed.  It is never
    treated as success: re-read the state before sending it again.

    :attr:`ambiguous` is True for the 5xx case (it may still be applied)."""

    def __init__(self, message: str, *, ambiguous: bool) -> None:
        self.ambiguous = ambiguous
        """True when the answer was a 5xx (the request may have been accepted)."""
        super().__init__(message)


class RedisCloudNotListed(RedisCloudError):
    """Redis Cloud completed adding a principal but does not list it (as
    terraform-provider-rediscloud #1014 reports for organization principals)."""

    def __init__(self, principal: str, principal_type: str) -> None:
        self.principal = principal
        """The principal that was added."""
        self.principal_type = principal_type
        """Its type (``aws_account``, ``organization``, ...)."""
        super().__init__(
            f"Redis Cloud completed adding principal {principal} ({principal_type}) but does not list it: it was not "
            f"added (see terraform-provider-rediscloud #1014); check the principal and its type, or add it in the "
            f"Redis Cloud console"
        )
