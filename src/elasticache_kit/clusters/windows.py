"""Maintenance and snapshot windows of node-based clusters (rules B2-B4).

* ``PreferredMaintenanceWindow``: ``ddd:hh24:mi-ddd:hh24:mi`` in UTC (days
  ``sun`` .. ``sat``), at least 60 minutes; it may cross the week boundary
  (``sat:23:00-sun:01:00``).
* ``SnapshotWindow``: ``hh24:mi-hh24:mi`` in UTC, every day, at least 60 minutes;
  it may cross midnight.
* The two must not overlap, on any day of the week.
"""

from __future__ import annotations

import re
from typing import Final

from .._internal.context import Site
from .._internal.tokens import is_token

__all__ = ["check_maintenance_window", "check_snapshot_window", "check_windows_apart", "MINIMUM_WINDOW_MINUTES"]

MINIMUM_WINDOW_MINUTES: Final = 60
DAYS: Final = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_WEEK: Final = 7 * 24 * 60
_DAY: Final = 24 * 60
_MAINTENANCE = re.compile(r"([a-z]{3}):(\d\d):(\d\d)-([a-z]{3}):(\d\d):(\d\d)\Z")
_SNAPSHOT = re.compile(r"(\d\d):(\d\d)-(\d\d):(\d\d)\Z")


def _minutes(site: Site, prop: str, value: str, hour: str, minute: str) -> int:
    h, m = int(hour), int(minute)
    if h > 23 or m > 59:
        site.fail(prop, value, f"has the time {hour}:{minute}; hours are 00..23 and minutes 00..59 (UTC)")
    return h * 60 + m


def _length(start: int, end: int, period: int) -> int:
    return (end - start) % period


def check_maintenance_window(site: Site, prop: str, value: str) -> tuple[int, int] | None:
    """The window's (start, end) in minutes of the week from Sunday 00:00 UTC; None for tokens."""
    if not isinstance(value, str):
        site.fail(prop, value, "must be a string 'ddd:hh24:mi-ddd:hh24:mi', e.g. 'sun:05:00-sun:06:00'")
    if is_token(value):
        return None
    match = _MAINTENANCE.match(value.lower())
    if match is None:
        site.fail(prop, value, "must be 'ddd:hh24:mi-ddd:hh24:mi' in UTC, e.g. 'sun:05:00-sun:06:00'")
    bounds = []
    for day, hour, minute in (match.group(1, 2, 3), match.group(4, 5, 6)):
        if day not in DAYS:
            site.fail(prop, value, f"has the day {day!r}; days are {', '.join(DAYS)}")
        bounds.append(DAYS.index(day) * _DAY + _minutes(site, prop, value, hour, minute))
    start, end = bounds
    if _length(start, end, _WEEK) < MINIMUM_WINDOW_MINUTES:
        site.fail(prop, value, f"is shorter than {MINIMUM_WINDOW_MINUTES} minutes (ElastiCache's minimum maintenance window)")
    return start, end


def check_snapshot_window(site: Site, prop: str, value: str) -> tuple[int, int] | None:
    """The window's daily (start, end) in minutes from 00:00 UTC; None for tokens."""
    if not isinstance(value, str):
        site.fail(prop, value, "must be a string 'hh24:mi-hh24:mi', e.g. '03:00-04:00'")
    if is_token(value):
        return None
    match = _SNAPSHOT.match(value)
    if match is None:
        site.fail(prop, value, "must be 'hh24:mi-hh24:mi' in UTC, e.g. '03:00-04:00'")
    start = _minutes(site, prop, value, match.group(1), match.group(2))
    end = _minutes(site, prop, value, match.group(3), match.group(4))
    if _length(start, end, _DAY) < MINIMUM_WINDOW_MINUTES:
        site.fail(prop, value, f"is shorter than {MINIMUM_WINDOW_MINUTES} minutes (ElastiCache's minimum snapshot window)")
    return start, end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two half-open intervals on the week's circle share a minute."""
    def spans(w: tuple[int, int]) -> list[tuple[int, int]]:
        start, end = w
        return [(start, end)] if start < end else [(start, _WEEK), (0, end)]

    return any(s1 < e2 and s2 < e1 for s1, e1 in spans(a) for s2, e2 in spans(b))


def check_windows_apart(
    site: Site, maintenance: tuple[int, int] | None, snapshot: tuple[int, int] | None, maintenance_text: str, snapshot_text: str
) -> None:
    """Refuse a snapshot window that overlaps the maintenance window on any day (rule B4)."""
    if maintenance is None or snapshot is None:
        return
    start, end = snapshot
    length = _length(start, end, _DAY)
    for day in range(7):
        daily = (day * _DAY + start) % _WEEK
        if _overlap(maintenance, (daily, (daily + length) % _WEEK)):
            site.fail(
                "snapshot_window", snapshot_text,
                f"overlaps the maintenance window {maintenance_text!r} on {DAYS[day]} "
                "(ElastiCache requires the two windows not to overlap)",
            )
