"""End of standard support and end of life of ElastiCache engine versions:
the rules EC-CL7 and EC-CL8 read the one table the engine-version model keeps
(:mod:`elasticache_kit.clusters.engine_versions`, with its sources and date),
so the checks and the constructs' synth warning cannot disagree.
"""

from __future__ import annotations

from ..clusters.engine_versions import ENGINE_SUPPORT, EngineSupport, support_of

__all__ = ["ENGINE_SUPPORT", "EngineSupport", "support_of"]
