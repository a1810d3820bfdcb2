"""Errors raised by the Redis Cloud API client (standard library only: it runs in Lambda)."""

from __future__ import annotations

from typing import Any

__all__ = ["RedisCloudError", "RedisCloudHTTPError", "RedisCloudTaskError", "RedisCloudTimeout"]


class RedisCloudError(Exception):
    """Any failure talking to the Redis Cloud API.

    Messages never contain the API keys: the client redacts them from every
    text it puts in an error, and request headers are never included.
    """


class RedisCloudHTTPError(RedisCloudError):
    """The API answered with an HTTP error status (after retries, for 429 and 5xx)."""

    def __init__(self, method: str, path: str, status: int, detail: str) -> None:
        self.method = method
        """The request method."""
        self.path = path
        """The request path, relative to the base URL."""
        self.status = status
        """The HTTP status code."""
        self.detail = detail
        """The error text the API returned (shortened, redacted)."""
        super().__init__(f"{method} {path}: HTTP {status}: {detail}")


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
