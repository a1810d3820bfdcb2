"""Frozen value objects for a serverless cache's usage limits and backups, and
their checks and CloudFormation rendering."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

import aws_cdk as cdk

from ._context import Site
from ._lazy import LazyModule
from ._tokens import is_token
from .arns import parse_arn
from .identifiers import check_snapshot_name

if TYPE_CHECKING:
    from aws_cdk import aws_events as events
else:
    events = LazyModule("aws_cdk.aws_events")

__all__ = ["BackupSettings", "CacheUsageLimitsProperty", "CacheUsageLimits"]

DATA_STORAGE_GB: Final = (1, 5000)
ECPU_PER_SECOND: Final = (1_000, 15_000_000)
RETENTION_DAYS: Final = (1, 35)

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
    backup_time: events.Schedule | None = None
    """Daily backup time (UTC) as ``events.Schedule.cron(hour=..., minute=...)``
    with only hour and minute set. Default: ElastiCache picks the time."""
    backup_name_before_deletion: str | None = None
    """Name of a final backup taken when the cache is deleted. Default: none."""
    backup_arns_to_restore: Sequence[str] | None = None
    """ARNs of backups (``...:serverlesscachesnapshot:NAME``, ``...:snapshot:NAME``)
    or RDB files in S3 to seed the new cache with. Default: start empty."""


def _whole_gb(site: Site, prop: str, size: Any) -> int | None:
    if size is None:
        return None
    if not isinstance(size, cdk.Size):
        site.fail(prop, size, "must be a Size, e.g. Size.gibibytes(10)")
    value = size.to_gibibytes(rounding=cdk.SizeRoundingBehavior.NONE)
    if is_token(value):
        return None
    if value != int(value):
        site.fail(prop, f"{value} GB", "must be a whole number of GB")
    gb = int(value)
    low, high = DATA_STORAGE_GB
    if not low <= gb <= high:
        site.fail(prop, f"{gb} GB", f"is outside {low}..{high} GB")
    return gb


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


def render_usage_limits(site: Site, limits: CacheUsageLimitsProperty | None) -> dict[str, Any] | None:
    """Check ``limits`` and render the ``CacheUsageLimits`` property (or None).

    Keys are the jsii (camelCase) names the L1 construct maps to CloudFormation.
    """
    if limits is None:
        return None
    if not isinstance(limits, CacheUsageLimitsProperty):
        site.fail("cache_usage_limits", limits, "must be a CacheUsageLimitsProperty")
    min_gb = _whole_gb(site, "cache_usage_limits.data_storage_minimum_size", limits.data_storage_minimum_size)
    max_gb = _whole_gb(site, "cache_usage_limits.data_storage_maximum_size", limits.data_storage_maximum_size)
    if min_gb is not None and max_gb is not None and min_gb > max_gb:
        site.fail(
            "cache_usage_limits.data_storage_minimum_size", f"{min_gb} GB",
            f"is greater than data_storage_maximum_size ({max_gb} GB)",
        )
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
    rendered: dict[str, Any] = {}
    storage_given = limits.data_storage_minimum_size is not None or limits.data_storage_maximum_size is not None
    if storage_given:
        storage: dict[str, Any] = {"unit": "GB"}
        for key, size, gb in (
            ("minimum", limits.data_storage_minimum_size, min_gb),
            ("maximum", limits.data_storage_maximum_size, max_gb),
        ):
            if size is not None:
                storage[key] = gb if gb is not None else size.to_gibibytes()
        rendered["dataStorage"] = storage
    ecpu: dict[str, Any] = {}
    if min_ecpu is not None:
        ecpu["minimum"] = min_ecpu
    if max_ecpu is not None:
        ecpu["maximum"] = max_ecpu
    if ecpu:
        rendered["ecpuPerSecond"] = ecpu
    return rendered or None


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


def daily_snapshot_time(site: Site, schedule: events.Schedule) -> str:
    """``HH:MM`` from a cron schedule that sets only hour and minute."""
    if not isinstance(schedule, events.Schedule):
        site.fail("backup.backup_time", schedule, "must be events.Schedule.cron(hour=..., minute=...)")
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
    """Check ``backup`` and render the backup-related ServerlessCache properties."""
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
        props["snapshot_retention_limit"] = limit if is_token(limit) else int(limit)
    if backup.backup_time is not None:
        props["daily_snapshot_time"] = daily_snapshot_time(site, backup.backup_time)
    if backup.backup_name_before_deletion is not None:
        check_snapshot_name(site, "backup.backup_name_before_deletion", backup.backup_name_before_deletion)
        props["final_snapshot_name"] = backup.backup_name_before_deletion
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
            props["snapshot_arns_to_restore"] = list(arns)
    return props
