"""End of standard support and end of life of ElastiCache engine versions:
the one table the engine-version rules read.

Sources (AWS documentation, read 2026-12):

- "ElastiCache Extended Support"
  (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/extended-support.html):
  standard support for Redis OSS 4 and 5 ends on January 31, 2026; Extended
  Support lasts until January 31, 2029.
- "ElastiCache Extended Support charges"
  (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/extended-support-charges.html):
  standard support for Redis OSS 6 ends on January 31, 2027.
- "Redis OSS versions end of life schedule"
  (https://docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/deprecated-engine-versions.html):
  Redis OSS 2 reached end of life on January 13, 2023 and Redis OSS 3 on July 31, 2023.

Valkey, Redis OSS 7 and Memcached have no announced dates in these pages.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

__all__ = ["ENGINE_SUPPORT", "EngineSupport", "support_of"]


@dataclass(frozen=True)
class EngineSupport:
    """The support dates of one major engine version."""

    engine: str
    major: str
    end_of_standard_support: datetime.date
    end_of_life: datetime.date | None
    """After this date the version can no longer run (end of Extended Support, or end of life)."""
    source: str


_EXTENDED = "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/extended-support.html"
_CHARGES = "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/extended-support-charges.html"
_EOL = "https://docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/deprecated-engine-versions.html"

#: (engine, major version) -> support dates.
ENGINE_SUPPORT: dict[tuple[str, str], EngineSupport] = {
    (s.engine, s.major): s for s in (
        EngineSupport("redis", "2", datetime.date(2023, 1, 13), datetime.date(2023, 1, 13), _EOL),
        EngineSupport("redis", "3", datetime.date(2023, 7, 31), datetime.date(2023, 7, 31), _EOL),
        EngineSupport("redis", "4", datetime.date(2026, 1, 31), datetime.date(2029, 1, 31), _EXTENDED),
        EngineSupport("redis", "5", datetime.date(2026, 1, 31), datetime.date(2029, 1, 31), _EXTENDED),
        EngineSupport("redis", "6", datetime.date(2027, 1, 31), None, _CHARGES),
    )
}

_MAJOR = re.compile(r"(\d+)")


def support_of(engine: str, version: str) -> EngineSupport | None:
    """The support dates of ``engine`` at ``version`` (``"6.2"``, ``"5.0.6"``, ``"6.x"``), if announced."""
    match = _MAJOR.match(version.strip())
    return ENGINE_SUPPORT.get((engine.lower(), match.group(1))) if match else None
