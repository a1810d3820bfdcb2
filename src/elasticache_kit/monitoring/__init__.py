"""Operations: AWS's recommended CloudWatch alarms and dashboards for every
kind of cache (serverless caches, replication groups, Memcached clusters;
created or imported).

``cache.add_recommended_alarms(actions=[topic])`` is the one-line form;
:class:`RecommendedAlarms` takes the full configuration; :class:`CacheDashboard`
shows one or several caches and their alarms.
"""

from __future__ import annotations

from .alarms import AlarmSpec, RecommendedAlarms
from .dashboard import CacheDashboard
from .thresholds import ALARM_KEYS, SOURCES, AlarmThresholds

__all__ = ["RecommendedAlarms", "AlarmThresholds", "AlarmSpec", "CacheDashboard", "ALARM_KEYS", "SOURCES"]
