"""Cache and user engines, the versions ElastiCache Serverless offers, and
which user groups and users each engine accepts."""

from __future__ import annotations

from typing import ClassVar, Final

from .errors import ValidationError

__all__ = ["CacheEngine", "UserEngine", "SERVERLESS_MAJOR_VERSIONS"]

#: Major versions ElastiCache Serverless offers, by engine type.
SERVERLESS_MAJOR_VERSIONS: Final[dict[str, tuple[str, ...]]] = {
    "valkey": ("7", "8", "9"),
    "redis": ("7",),
    "memcached": ("1.6",),
}

#: Client-facing ports of a serverless cache by engine: the endpoint port, then
#: the reader endpoint port where the engine serves one (Valkey and Redis OSS
#: serve reads from replicas on 6380 under the same DNS name).
SERVERLESS_PORTS: Final[dict[str, tuple[int, ...]]] = {
    "valkey": (6379, 6380),
    "redis": (6379, 6380),
    "memcached": (11211,),
}


class UserEngine:
    """Engine of an RBAC user or user group (``valkey`` or ``redis``)."""

    VALKEY: ClassVar[UserEngine]
    """Valkey users and groups."""
    REDIS: ClassVar[UserEngine]
    """Redis OSS users and groups."""

    __slots__ = ("engine_type",)
    engine_type: str

    def __init__(self, engine_type: str) -> None:
        object.__setattr__(self, "engine_type", engine_type)

    @classmethod
    def of(cls, engine_type: str) -> UserEngine:
        """The user engine named ``engine_type`` (``"valkey"`` or ``"redis"``)."""
        if engine_type not in ("valkey", "redis"):
            raise ValidationError(
                "UserEngine", "engine_type", engine_type,
                "is not a user engine: ElastiCache users and groups take 'valkey' or 'redis'",
            )
        return cls.VALKEY if engine_type == "valkey" else cls.REDIS

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("UserEngine is immutable")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UserEngine) and other.engine_type == self.engine_type

    def __hash__(self) -> int:
        return hash(("UserEngine", self.engine_type))

    def __repr__(self) -> str:
        return f"UserEngine({self.engine_type!r})"

    def __str__(self) -> str:
        return self.engine_type

    def to_string(self) -> str:
        """The engine type, as the alpha module's ``toString``."""
        return self.engine_type


UserEngine.VALKEY = UserEngine("valkey")
UserEngine.REDIS = UserEngine("redis")


class CacheEngine:
    """Engine and optional major version of a serverless cache.

    ``*_LATEST`` lets the service pick the newest major version and omits
    ``MajorEngineVersion``; pinned members emit it.
    """

    VALKEY_LATEST: ClassVar[CacheEngine]
    """Valkey, newest major version."""
    VALKEY_7: ClassVar[CacheEngine]
    """Valkey 7 (7.2)."""
    VALKEY_8: ClassVar[CacheEngine]
    """Valkey 8."""
    VALKEY_9: ClassVar[CacheEngine]
    """Valkey 9."""
    REDIS_LATEST: ClassVar[CacheEngine]
    """Redis OSS, newest major version."""
    REDIS_7: ClassVar[CacheEngine]
    """Redis OSS 7."""
    MEMCACHED_LATEST: ClassVar[CacheEngine]
    """Memcached, newest version."""
    MEMCACHED_1_6: ClassVar[CacheEngine]
    """Memcached 1.6."""

    __slots__ = ("engine_type", "major_engine_version")
    engine_type: str
    major_engine_version: str | None

    def __init__(self, engine_type: str, major_engine_version: str | None) -> None:
        object.__setattr__(self, "engine_type", engine_type)
        object.__setattr__(self, "major_engine_version", major_engine_version)

    @classmethod
    def of(cls, engine_type: str, major_engine_version: str | None = None) -> CacheEngine:
        """A cache engine, checked against what ElastiCache Serverless offers.

        :param engine_type: ``"valkey"``, ``"redis"`` or ``"memcached"``.
        :param major_engine_version: e.g. ``"8"`` or ``"1.6"``; ``None`` for the latest.
        """
        versions = SERVERLESS_MAJOR_VERSIONS.get(engine_type)
        if versions is None:
            raise ValidationError(
                "CacheEngine", "engine_type", engine_type,
                f"is not a serverless engine: use one of {', '.join(SERVERLESS_MAJOR_VERSIONS)}",
            )
        if major_engine_version is not None and major_engine_version not in versions:
            raise ValidationError(
                "CacheEngine", "major_engine_version", major_engine_version,
                f"is not offered for {engine_type} serverless caches: "
                f"use one of {', '.join(versions)} or None for the latest",
            )
        return cls(engine_type, major_engine_version)

    @property
    def ports(self) -> tuple[int, ...]:
        """Client ports of a serverless cache of this engine (endpoint, then reader)."""
        return SERVERLESS_PORTS[self.engine_type]

    @property
    def supports_rbac(self) -> bool:
        """Whether caches of this engine take an RBAC user group."""
        return self.engine_type != "memcached"

    def accepts_group_engine(self, group_engine: UserEngine) -> bool:
        """Whether a user group of ``group_engine`` can be attached to this cache.

        Valkey caches take ``valkey`` and ``redis`` groups; Redis OSS caches only
        ``redis`` groups; Memcached caches take none.
        """
        if self.engine_type == "valkey":
            return True
        if self.engine_type == "redis":
            return group_engine.engine_type == "redis"
        return False

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("CacheEngine is immutable")

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, CacheEngine)
            and other.engine_type == self.engine_type
            and other.major_engine_version == self.major_engine_version
        )

    def __hash__(self) -> int:
        return hash(("CacheEngine", self.engine_type, self.major_engine_version))

    def __repr__(self) -> str:
        return f"CacheEngine({self.engine_type!r}, {self.major_engine_version!r})"

    def __str__(self) -> str:
        if self.major_engine_version:
            return f"{self.engine_type}_{self.major_engine_version}"
        return self.engine_type

    def to_string(self) -> str:
        """``engine`` or ``engine_major``, as the alpha module's ``toString``."""
        return str(self)


CacheEngine.VALKEY_LATEST = CacheEngine("valkey", None)
CacheEngine.VALKEY_7 = CacheEngine("valkey", "7")
CacheEngine.VALKEY_8 = CacheEngine("valkey", "8")
CacheEngine.VALKEY_9 = CacheEngine("valkey", "9")
CacheEngine.REDIS_LATEST = CacheEngine("redis", None)
CacheEngine.REDIS_7 = CacheEngine("redis", "7")
CacheEngine.MEMCACHED_LATEST = CacheEngine("memcached", None)
CacheEngine.MEMCACHED_1_6 = CacheEngine("memcached", "1.6")
