"""Log delivery of replication groups (rule L1): the slow log and the engine
log, to CloudWatch Logs or a Kinesis Data Firehose stream."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._internal.context import Site, provides
from .._internal.core_props import CoreLogDelivery
from .._internal.js import plain
from .engine_versions import EngineVersion

if TYPE_CHECKING:
    from aws_cdk import aws_kms as kms
    from aws_cdk import aws_logs as logs

__all__ = ["LogDelivery", "LOG_TYPES", "LOG_FORMATS", "render_logs"]

LOG_TYPES = ("slow-log", "engine-log")
LOG_FORMATS = ("json", "text")


@dataclass(frozen=True)
class LogDelivery:
    """Where one log of a replication group goes.

    Without ``log_group`` or ``firehose_stream_name`` the group creates a log
    group for it (retained when the stack is deleted).
    """

    log_type: str
    """``slow-log`` or ``engine-log``."""
    log_format: str = "json"
    """``json`` or ``text``. Default: ``json``."""
    log_group: logs.ILogGroup | None = None
    """A CloudWatch Logs group to deliver to. Default: one created for this log."""
    retention: logs.RetentionDays | None = None
    """Retention of the created log group. Default: one year."""
    encryption_key: kms.IKey | None = None
    """KMS key of the created log group. Default: CloudWatch Logs' own encryption."""
    firehose_stream_name: str | None = None
    """Name of a Kinesis Data Firehose delivery stream to deliver to instead. Default: none."""

    @classmethod
    def slow_log(cls, **kwargs: Any) -> LogDelivery:
        """The slow log (commands over ``slowlog-log-slower-than``); options as for the class."""
        return cls("slow-log", **kwargs)

    @classmethod
    def engine_log(cls, **kwargs: Any) -> LogDelivery:
        """The engine log; options as for the class."""
        return cls("engine-log", **kwargs)


def render_logs(site: Site, version: EngineVersion, deliveries: Sequence[LogDelivery] | None) -> list[CoreLogDelivery] | None:
    """The JavaScript side's log deliveries, checked: known type and format, one
    destination, at most one of each type, types the engine version has."""
    if deliveries is None:
        return None
    if isinstance(deliveries, LogDelivery) or not isinstance(deliveries, Sequence):
        site.fail("logs", type(deliveries).__name__, "must be a list of LogDelivery")
    seen: set[str] = set()
    rendered = []
    for index, log in enumerate(deliveries):
        prop = f"logs[{index}]"
        if not isinstance(log, LogDelivery):
            site.fail(prop, type(log).__name__, "must be a LogDelivery (LogDelivery.slow_log(), LogDelivery.engine_log())")
        if log.log_type not in LOG_TYPES:
            site.fail(f"{prop}.log_type", log.log_type, f"must be one of {', '.join(LOG_TYPES)}")
        if log.log_format not in LOG_FORMATS:
            site.fail(f"{prop}.log_format", log.log_format, f"must be one of {', '.join(LOG_FORMATS)}")
        if log.log_type in seen:
            site.fail(f"{prop}.log_type", log.log_type, "is delivered twice: each log type goes to one destination")
        seen.add(log.log_type)
        if log.log_type not in version.log_types:
            site.fail(
                f"{prop}.log_type", log.log_type,
                f"is not delivered by {version}: slow-log needs Redis OSS 6.0+, engine-log 6.2+ (or Valkey)",
            )
        if log.firehose_stream_name is not None and log.log_group is not None:
            site.fail(f"{prop}.firehose_stream_name", log.firehose_stream_name, "conflicts with log_group: give one destination")
        if log.log_group is not None and not provides(log.log_group, "log_group_name"):
            site.fail(f"{prop}.log_group", log.log_group, "must be a logs.ILogGroup")
        if log.firehose_stream_name is None and log.log_group is None:
            created = True
        else:
            created = False
        if not created and (log.retention is not None or log.encryption_key is not None):
            site.fail(f"{prop}.retention", log.retention, "applies only to the log group created for it")
        rendered.append(plain(CoreLogDelivery(
            logType=log.log_type,
            logFormat=log.log_format,
            logGroup=log.log_group,
            retention=log.retention,
            encryptionKey=log.encryption_key,
            firehoseStreamName=log.firehose_stream_name,
        )))
    return rendered or None
