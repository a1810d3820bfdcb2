"""Maintenance and snapshot windows of node-based clusters: their rules and that they never overlap."""

from __future__ import annotations

import pytest

from elasticache_kit import ValidationError
from elasticache_kit._internal.context import Site
from elasticache_kit.clusters.windows import (
    check_maintenance_window,
    check_snapshot_window,
    check_windows_apart,
)

from ..conftest import new_stack

SITE = Site(new_stack(), "W")


@pytest.mark.parametrize(
    ("window", "message"),
    [
        ("sun:05:00-sun:05:30", "is shorter than 60 minutes"),
        ("sun 05:00-06:00", "must be 'ddd:hh24:mi-ddd:hh24:mi'"),
        ("sun:25:00-mon:01:00", "hours are 00..23"),
        ("sun:05:00-abc:06:00", "days are sun, mon"),
    ],
)
def test_maintenance_window_rules(window: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        check_maintenance_window(SITE, "preferred_maintenance_window", window)


def test_maintenance_window_crosses_the_week() -> None:
    assert check_maintenance_window(SITE, "w", "sat:23:30-sun:00:30") == (6 * 1440 + 1410, 30)
    with pytest.raises(ValidationError, match="shorter than 60"):
        check_maintenance_window(SITE, "w", "sat:23:30-sun:00:10")


@pytest.mark.parametrize(
    ("window", "message"),
    [("03:00-03:59", "is shorter than 60 minutes"), ("3:00-4:00", "must be 'hh24:mi-hh24:mi'"), ("03:60-05:00", "minutes 00..59")],
)
def test_snapshot_window_rules(window: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        check_snapshot_window(SITE, "snapshot_window", window)


@pytest.mark.parametrize(
    ("maintenance", "snapshot", "overlaps"),
    [
        ("sun:05:00-sun:06:00", "05:30-06:30", True),
        ("sun:05:00-sun:06:00", "06:00-07:00", False),
        ("sat:23:30-sun:00:30", "00:00-01:00", True),  # across the week boundary
        ("sat:23:30-sun:00:30", "23:00-00:00", True),
        ("wed:10:00-wed:11:00", "23:30-00:30", False),
        ("mon:22:00-tue:02:00", "01:00-02:00", True),
    ],
)
def test_windows_never_overlap(maintenance: str, snapshot: str, overlaps: bool) -> None:
    m = check_maintenance_window(SITE, "preferred_maintenance_window", maintenance)
    s = check_snapshot_window(SITE, "snapshot_window", snapshot)
    if overlaps:
        with pytest.raises(ValidationError, match="overlaps the maintenance window"):
            check_windows_apart(SITE, m, s, maintenance, snapshot)
    else:
        check_windows_apart(SITE, m, s, maintenance, snapshot)
