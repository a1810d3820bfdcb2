"""Frozen value objects for a serverless cache's usage limits and backups, and
their checks and CloudFormation rendering."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, NamedTuple

import aws_cdk as cdk

from .._internal.arns import parse_arn
from .._internal.context import Site
from .._internal.identifiers import check_snapshot_name
from .._internal.lazy import LazyModule
from .._internal.tokens import is_token

if TYPE_CHECKING:
    from aws_cdk import aws_events as events
else:
    events = LazyModule("aws_cdk.aws_events")

__all__ = ["BackupSettings", "CacheUsageLimitsProperty", "CacheUsageLimits"]

DATA_STORAGE_GB: Final = (1, 5000)
ECPU_PER_SECOND: Final = (1_000, 15_000_000)
RETENTION_DAYS: Final = (1, 35)

_HH_MM = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
_S3_OBJECT_ARN = re.compile(r"arn:aws(-[a-z]+)*:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+\Z")


@dataclass(frozen=True, kw_only=True)
class CacheUsageLimitsProperty:
    """Scaling limits of a serverless cache: data storage and ECPUs per second.

    Each bound is optional; a minimum reserves capacity, a maximum caps cost.
    """

    data_storage_minimum_size: cdk.Size | None = None
    """Smallest data storage, whole GB in 1..5000. Default: no minimum."""
    data_storage_maximum_size: cdk.Size | None = None
    """Largest data storage, whole GB in 1..5000. Default: no maximum."""
    request_rate_limit_minimum: int | None = None
    """Smallest ECPUs per second, 1,000..15,000,000. Default: no minimum."""
    request_rate_limit_maximum: int | None = None
    """Largest ECPUs per second, 1,000..15,000,000. Default: no maximum."""


#: Shorter name for :class:`CacheUsageLimitsProperty`.
CacheUsageLimits = CacheUsageLimitsProperty


@dataclass(frozen=True, kw_only=True)
class BackupSettings:
    """Automatic daily backups, a final backup, and backups to restore from."""

    backup_retention_limit: int | None = None
    """Days to keep automatic backups, 1..35; setting it enables daily backups.
    Default: no automatic backups."""
    backup_time: events.Schedule | str | None = None
    """Daily backup time (UTC): ``"HH:MM"``, or ``events.Schedule.cron(hour=...,
    minute=...)`` with only hour and minute set (reading a Schedule costs a jsii
    round trip; the string costs none). Default: ElastiCache picks the time."""
    backup_name_before_deletion: str | None = None
    """Name of a final backup taken when the cache is deleted. Default: none."""
    backup_arns_to_restore: Sequence[str] | None = None
    """ARNs of backups (``...:serverlesscachesnapshot:NAME``, ``...:snapshot:NAME``)
    or RDB files in S3 to seed the new cache with. Default: start empty."""


def _size(site: Site, prop: str, size: Any) -> cdk.Size | None:
    """Type check; the amount is checked (whole GB, range) on the JavaScript side."""
    if size is not None and not isinstance(size, cdk.Size):
        site.fail(prop, size, "must be a Size, e.g. Size.gibibytes(10)")
    return size


def _ecpu(site: Site, prop: str, value: Any) -> int | float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        site.fail(prop, value, "must be a whole number of ECPUs per second")
    if is_token(value):
        return value
    if value != int(value):
        site.fail(prop, value, "must be a whole number of ECPUs per second")
    low, high = ECPU_PER_SECOND
    if not low <= value <= high:
        site.fail(prop, value, f"is outside {low:,}..{high:,} ECPUs per second")
    return int(value)


class UsageLimits(NamedTuple):
    """A checked ``CacheUsageLimits``: what Python renders, and the data storage
    sizes the JavaScript side converts to GB (checking them there)."""

    ecpu_per_second: dict[str, Any] | None
    data_storage_minimum: cdk.Size | None
    data_storage_maximum: cdk.Size | None


def check_usage_limits(site: Site, limits: CacheUsageLimitsProperty | None) -> UsageLimits:
    """Check ``limits``; render ``ECPUPerSecond`` (jsii camelCase keys)."""
    if limits is None:
        return UsageLimits(None, None, None)
    if not isinstance(limits, CacheUsageLimitsProperty):
        site.fail("cache_usage_limits", limits, "must be a CacheUsageLimitsProperty")
    minimum = _size(site, "cache_usage_limits.data_storage_minimum_size", limits.data_storage_minimum_size)
    maximum = _size(site, "cache_usage_limits.data_storage_maximum_size", limits.data_storage_maximum_size)
    min_ecpu = _ecpu(site, "cache_usage_limits.request_rate_limit_minimum", limits.request_rate_limit_minimum)
    max_ecpu = _ecpu(site, "cache_usage_limits.request_rate_limit_maximum", limits.request_rate_limit_maximum)
    if (
        min_ecpu is not None and max_ecpu is not None
        and not is_token(min_ecpu) and not is_token(max_ecpu) and min_ecpu > max_ecpu
    ):
        site.fail(
            "cache_usage_limits.request_rate_limit_minimum", min_ecpu,
            f"is greater than request_rate_limit_maximum ({max_ecpu})",
        )
    ecpu: dict[str, Any] = {}
    if min_ecpu is not None:
        ecpu["minimum"] = min_ecpu
    if max_ecpu is not None:
        ecpu["maximum"] = max_ecpu
    return UsageLimits(ecpu or None, minimum, maximum)


def _cron_field(site: Site, field: str, text: str, high: int) -> int:
    if not text.isdigit():
        site.fail(
            f"backup.backup_time.{field}", text,
            f"must be a single number 0..{high}: a serverless cache backs up once a day "
            f"at a fixed hour and minute (no wildcards, ranges, lists or steps)",
        )
    value = int(text)
    if value > high:
        site.fail(f"backup.backup_time.{field}", text, f"is outside 0..{high}")
    return value


def daily_snapshot_time(site: Site, schedule: events.Schedule | str) -> str:
    """``HH:MM`` from ``"HH:MM"`` or a cron schedule that sets only hour and minute."""
    if isinstance(schedule, str):
        if not _HH_MM.fullmatch(schedule):
            site.fail("backup.backup_time", schedule, "must be a UTC time of day as 'HH:MM' (00:00..23:59)")
        return schedule
    if not isinstance(schedule, events.Schedule):
        site.fail(
            "backup.backup_time", schedule,
            "must be 'HH:MM' or events.Schedule.cron(hour=..., minute=...)",
        )
    expression = schedule.expression_string
    if is_token(expression):
        site.fail("backup.backup_time", expression, "must be known at synth time (hour and minute as numbers)")
    match = re.fullmatch(r"cron\((.*)\)", expression)
    fields = match.group(1).split() if match else []
    if len(fields) != 6:
        site.fail(
            "backup.backup_time", expression,
            "must be events.Schedule.cron(hour=..., minute=...); rate and at schedules are not daily times",
        )
    minute, hour, day, month, week_day, year = fields
    for name, value, free in (("week_day", week_day, "?"), ("day", day, "*"), ("month", month, "*"), ("year", year, "*")):
        if value != free:
            site.fail(
                f"backup.backup_time.{name}", value,
                "must not be set: serverless backups run daily, so only hour and minute apply",
            )
    hh = _cron_field(site, "hour", hour, 23)
    mm = _cron_field(site, "minute", minute, 59)
    return f"{hh:02d}:{mm:02d}"


def _check_restore_arn(site: Site, index: int, arn: Any) -> None:
    prop = f"backup.backup_arns_to_restore[{index}]"
    if not isinstance(arn, str):
        site.fail(prop, arn, "must be an ARN string")
    if is_token(arn):
        return
    match = parse_arn(arn)
    if match is not None and match.group("type") in ("serverlesscachesnapshot", "snapshot"):
        return
    if _S3_OBJECT_ARN.match(arn):
        return
    site.fail(
        prop, arn,
        "is not a backup ARN: use arn:PARTITION:elasticache:REGION:ACCOUNT:serverlesscachesnapshot:NAME, "
        "...:snapshot:NAME, or the ARN of an .rdb object in S3 (arn:PARTITION:s3:::BUCKET/KEY)",
    )


def render_backup(site: Site, backup: BackupSettings | None) -> dict[str, Any]:
    """Check ``backup`` and render the backup-related ServerlessCache properties
    (jsii camelCase keys)."""
    if backup is None:
        return {}
    if not isinstance(backup, BackupSettings):
        site.fail("backup", backup, "must be a BackupSettings")
    props: dict[str, Any] = {}
    limit = backup.backup_retention_limit
    if limit is not None:
        if isinstance(limit, bool) or not isinstance(limit, (int, float)) or (
            not is_token(limit) and limit != int(limit)
        ):
            site.fail("backup.backup_retention_limit", limit, "must be a whole number of days")
        low, high = RETENTION_DAYS
        if not is_token(limit) and not low <= limit <= high:
            site.fail("backup.backup_retention_limit", limit, f"is outside {low}..{high} days")
        props["snapshotRetentionLimit"] = limit if is_token(limit) else int(limit)
    if backup.backup_time is not None:
        props["dailySnapshotTime"] = daily_snapshot_time(site, backup.backup_time)
    if backup.backup_name_before_deletion is not None:
        check_snapshot_name(site, "backup.backup_name_before_deletion", backup.backup_name_before_deletion)
        props["finalSnapshotName"] = backup.backup_name_before_deletion
    arns = backup.backup_arns_to_restore
    if arns is not None:
        if isinstance(arns, str) or not isinstance(arns, Sequence):
            site.fail("backup.backup_arns_to_restore", arns, "must be a list of ARNs")
        if not is_token(list(arns)):
            for index, arn in enumerate(arns):
                _check_restore_arn(site, index, arn)
            if len(set(arns)) != len(arns):
                site.fail("backup.backup_arns_to_restore", list(arns), "lists the same ARN twice")
        if arns:
            props["snapshotArnsToRestore"] = list(arns)
    return props
