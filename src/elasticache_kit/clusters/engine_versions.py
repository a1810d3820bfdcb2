"""Engine versions of node-based clusters: engine, version, parameter-group
family, the default parameter groups, and what each version supports.

The named members are the versions CloudFormation accepts today (cfn-lint's
``engine_version.json``, generated from the ElastiCache API);
:meth:`EngineVersion.of` takes any later version and derives its family by the
service's naming (``valkey9``, ``redis7``, ``redis6.x``, ``memcached1.6``).

It also holds the one table of support dates (:data:`ENGINE_SUPPORT`): the
replication groups' synth warning and the checks' rules EC-CL7/EC-CL8 read it.

Sources (AWS documentation, read 2026-12-05):

- versions and families: cfn-lint's ``engine_version.json`` (valkey 7.2, 8.0,
  8.1, 8.2, 9.0, 9.1; redis 4.0.10, 5.0.6, 6.0, 6.2, 7.0, 7.1; memcached 1.6.x)
  and "Supported engines and versions"
  (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/engine-versions.html);
- "ElastiCache Extended Support"
  (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/extended-support.html):
  standard support for Redis OSS 4 and 5 ends on January 31, 2026; Extended
  Support lasts until January 31, 2029;
- "ElastiCache Extended Support charges"
  (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/extended-support-charges.html):
  standard support for Redis OSS 6 ends on January 31, 2027;
- "Redis OSS versions end of life schedule"
  (https://docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/deprecated-engine-versions.html):
  Redis OSS 2 reached end of life on January 13, 2023 and Redis OSS 3 on July 31, 2023.

Valkey, Redis OSS 7 and Memcached have no announced dates in these pages.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import ClassVar, Final

from ..errors import ValidationError

__all__ = ["EngineVersion", "NODE_ENGINES", "ENGINE_SUPPORT", "EngineSupport", "support_of", "SUPPORT_TABLE_DATE"]

#: The day the support table below was last compared with the AWS pages it cites.
SUPPORT_TABLE_DATE: Final = datetime.date(2026, 12, 5)


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

#: Engines of node-based clusters.
NODE_ENGINES: Final = ("valkey", "redis", "memcached")

_VERSION = re.compile(r"(\d+)\.(\d+)(?:\.(\d+))?\Z")


def _family(engine: str, major: int, minor: int) -> str:
    """The parameter-group family ElastiCache names for ``engine`` ``major.minor``."""
    if engine == "valkey":
        return f"valkey{major}"
    if engine == "redis":
        if major >= 7:
            return f"redis{major}"
        if major == 6:
            return "redis6.x"
        return f"redis{major}.{minor}"
    return f"memcached{major}.{minor}"


class EngineVersion:
    """An engine (``valkey``, ``redis`` or ``memcached``) at one version.

    Knows its parameter-group family, its default parameter groups (per cluster
    mode), and the features the service ties to versions (RBAC, IAM
    authentication, data tiering, IPv6, log types, TLS for Memcached).
    """

    VALKEY_7_2: ClassVar[EngineVersion]
    """Valkey 7.2 (family valkey7)."""
    VALKEY_8_0: ClassVar[EngineVersion]
    """Valkey 8.0 (family valkey8)."""
    VALKEY_8_1: ClassVar[EngineVersion]
    """Valkey 8.1 (family valkey8)."""
    VALKEY_8_2: ClassVar[EngineVersion]
    """Valkey 8.2 (family valkey8)."""
    VALKEY_9_0: ClassVar[EngineVersion]
    """Valkey 9.0 (family valkey9)."""
    VALKEY_9_1: ClassVar[EngineVersion]
    """Valkey 9.1 (family valkey9)."""
    VALKEY_LATEST: ClassVar[EngineVersion]
    """The newest Valkey version this library knows (9.1): the default of replication groups."""
    REDIS_4_0_10: ClassVar[EngineVersion]
    """Redis OSS 4.0.10 (family redis4.0)."""
    REDIS_5_0_6: ClassVar[EngineVersion]
    """Redis OSS 5.0.6 (family redis5.0)."""
    REDIS_6_0: ClassVar[EngineVersion]
    """Redis OSS 6.0 (family redis6.x)."""
    REDIS_6_2: ClassVar[EngineVersion]
    """Redis OSS 6.2 (family redis6.x)."""
    REDIS_7_0: ClassVar[EngineVersion]
    """Redis OSS 7.0 (family redis7)."""
    REDIS_7_1: ClassVar[EngineVersion]
    """Redis OSS 7.1 (family redis7)."""
    MEMCACHED_1_6_6: ClassVar[EngineVersion]
    """Memcached 1.6.6 (family memcached1.6)."""
    MEMCACHED_1_6_12: ClassVar[EngineVersion]
    """Memcached 1.6.12 (family memcached1.6): the first with TLS."""
    MEMCACHED_1_6_17: ClassVar[EngineVersion]
    """Memcached 1.6.17 (family memcached1.6)."""
    MEMCACHED_1_6_22: ClassVar[EngineVersion]
    """Memcached 1.6.22 (family memcached1.6): the default of Memcached clusters."""

    __slots__ = ("engine", "version", "parameter_group_family", "_numbers")
    engine: str
    version: str
    parameter_group_family: str
    _numbers: tuple[int, int, int]

    def __init__(self, engine: str, version: str, parameter_group_family: str | None = None) -> None:
        """Prefer the named members or :meth:`of`, which check their input."""
        match = _VERSION.match(version)
        if match is None:
            raise ValidationError("EngineVersion", "version", version, "must be MAJOR.MINOR or MAJOR.MINOR.PATCH, e.g. '8.1'")
        numbers = (int(match.group(1)), int(match.group(2)), int(match.group(3) or 0))
        object.__setattr__(self, "engine", engine)
        object.__setattr__(self, "version", version)
        object.__setattr__(self, "_numbers", numbers)
        object.__setattr__(
            self, "parameter_group_family", parameter_group_family or _family(engine, numbers[0], numbers[1])
        )

    @classmethod
    def of(cls, engine: str, version: str, *, parameter_group_family: str | None = None) -> EngineVersion:
        """Any version of ``engine``, e.g. one released after this library.

        :param engine: ``"valkey"``, ``"redis"`` or ``"memcached"``.
        :param version: ``MAJOR.MINOR`` or ``MAJOR.MINOR.PATCH`` as ElastiCache writes it.
        :param parameter_group_family: Default: derived from the version by the
            service's naming (``valkey9``, ``redis7``, ``redis6.x``, ``memcached1.6``).
        """
        if engine not in NODE_ENGINES:
            raise ValidationError(
                "EngineVersion", "engine", engine, f"is not a node-based engine: use one of {', '.join(NODE_ENGINES)}"
            )
        if not isinstance(version, str):
            raise ValidationError("EngineVersion", "version", version, "must be a string such as '8.1'")
        if parameter_group_family is not None and (
            not isinstance(parameter_group_family, str) or not parameter_group_family.startswith(engine)
        ):
            raise ValidationError(
                "EngineVersion", "parameter_group_family", parameter_group_family,
                f"must be a {engine} family (it starts with {engine!r}, e.g. {_family(engine, 9, 0)!r})",
            )
        made = cls(engine, version, parameter_group_family)
        if engine == "valkey" and made._numbers < (7, 2, 0):
            raise ValidationError("EngineVersion", "version", version, "is not a Valkey version: ElastiCache offers Valkey 7.2 and later")
        return made

    # -------------------------------------------------------------- features
    def at_least(self, major: int, minor: int = 0, patch: int = 0) -> bool:
        """Whether this version is ``major.minor.patch`` or later."""
        return self._numbers >= (major, minor, patch)

    @property
    def major(self) -> int:
        """The major version number."""
        return self._numbers[0]

    @property
    def is_memcached(self) -> bool:
        """Whether the engine is Memcached."""
        return self.engine == "memcached"

    def default_parameter_group_name(self, cluster_mode_enabled: bool = False) -> str:
        """The service's default parameter group: ``default.FAMILY``, or
        ``default.FAMILY.cluster.on`` for cluster mode enabled (not for Memcached)."""
        if cluster_mode_enabled and not self.is_memcached:
            return f"default.{self.parameter_group_family}.cluster.on"
        return f"default.{self.parameter_group_family}"

    @property
    def default_port(self) -> int:
        """6379 for Valkey and Redis OSS, 11211 for Memcached."""
        return 11211 if self.is_memcached else 6379

    @property
    def supports_rbac(self) -> bool:
        """RBAC user groups: Valkey 7.2+, Redis OSS 6.0+."""
        return self.engine == "valkey" or (self.engine == "redis" and self.at_least(6))

    @property
    def supports_iam_auth(self) -> bool:
        """IAM authentication: Valkey 7.2+, Redis OSS 7.0+."""
        return self.engine == "valkey" or (self.engine == "redis" and self.at_least(7))

    @property
    def supports_transit_encryption_mode(self) -> bool:
        """``TransitEncryptionMode`` (preferred/required): Valkey 7.2+, Redis OSS 7.0+."""
        return self.supports_iam_auth

    @property
    def supports_cluster_mode_setting(self) -> bool:
        """The ``ClusterMode`` property (enabled/disabled/compatible): Valkey 7.2+, Redis OSS 7.0+."""
        return self.supports_iam_auth

    @property
    def supports_data_tiering(self) -> bool:
        """Data tiering (r6gd nodes): Valkey 7.2+, Redis OSS 6.2+."""
        return self.engine == "valkey" or (self.engine == "redis" and self.at_least(6, 2))

    @property
    def supports_ipv6(self) -> bool:
        """IPv6 and dual-stack networks: Valkey 7.2+, Redis OSS 6.2+, Memcached 1.6.6+."""
        if self.is_memcached:
            return self.at_least(1, 6, 6)
        return self.supports_data_tiering

    @property
    def supports_network_type(self) -> bool:
        """Whether ``NetworkType`` may be set (the versions with IPv6 support)."""
        return self.supports_ipv6

    @property
    def supports_transit_encryption(self) -> bool:
        """In-transit encryption: every Valkey/Redis OSS version here; Memcached 1.6.12+."""
        return not self.is_memcached or self.at_least(1, 6, 12)

    @property
    def log_types(self) -> tuple[str, ...]:
        """Log types it can deliver: slow-log from Redis OSS 6.0, engine-log from
        6.2, both on Valkey; none on Memcached."""
        if self.engine == "valkey" or (self.engine == "redis" and self.at_least(6, 2)):
            return ("slow-log", "engine-log")
        if self.engine == "redis" and self.at_least(6):
            return ("slow-log",)
        return ()

    @property
    def supports_durability(self) -> bool:
        """Durability (a Multi-AZ transaction log): Valkey 9.0+ (ElastiCache's
        "Durability limitations", Durability.Limitations.html)."""
        return self.engine == "valkey" and self.at_least(9)

    @property
    def supports_global_datastore(self) -> bool:
        """Global datastores: Valkey 7.2+, Redis OSS 5.0.6+ (ElastiCache's
        "Global Datastore prerequisites and limitations")."""
        return self.engine == "valkey" or (self.engine == "redis" and self.at_least(5, 0, 6))

    @property
    def support(self) -> EngineSupport | None:
        """The announced support dates of this version's major version (:data:`ENGINE_SUPPORT`), if any."""
        return support_of(self.engine, self.version)

    def past_standard_support(self, today: datetime.date | None = None) -> bool:
        """Whether ``today`` (default: the current date) is after this version's end of standard support."""
        support = self.support
        return support is not None and support.end_of_standard_support < (today or datetime.date.today())

    # --------------------------------------------------------------- values
    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("EngineVersion is immutable")

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, EngineVersion)
            and (other.engine, other.version, other.parameter_group_family)
            == (self.engine, self.version, self.parameter_group_family)
        )

    def __hash__(self) -> int:
        return hash(("EngineVersion", self.engine, self.version, self.parameter_group_family))

    def __repr__(self) -> str:
        return f"EngineVersion({self.engine!r}, {self.version!r}, family={self.parameter_group_family!r})"

    def __str__(self) -> str:
        return f"{self.engine} {self.version}"


EngineVersion.VALKEY_7_2 = EngineVersion("valkey", "7.2")
EngineVersion.VALKEY_8_0 = EngineVersion("valkey", "8.0")
EngineVersion.VALKEY_8_1 = EngineVersion("valkey", "8.1")
EngineVersion.VALKEY_8_2 = EngineVersion("valkey", "8.2")
EngineVersion.VALKEY_9_0 = EngineVersion("valkey", "9.0")
EngineVersion.VALKEY_9_1 = EngineVersion("valkey", "9.1")
EngineVersion.VALKEY_LATEST = EngineVersion.VALKEY_9_1
EngineVersion.REDIS_4_0_10 = EngineVersion("redis", "4.0.10")
EngineVersion.REDIS_5_0_6 = EngineVersion("redis", "5.0.6")
EngineVersion.REDIS_6_0 = EngineVersion("redis", "6.0")
EngineVersion.REDIS_6_2 = EngineVersion("redis", "6.2")
EngineVersion.REDIS_7_0 = EngineVersion("redis", "7.0")
EngineVersion.REDIS_7_1 = EngineVersion("redis", "7.1")
EngineVersion.MEMCACHED_1_6_6 = EngineVersion("memcached", "1.6.6")
EngineVersion.MEMCACHED_1_6_12 = EngineVersion("memcached", "1.6.12")
EngineVersion.MEMCACHED_1_6_17 = EngineVersion("memcached", "1.6.17")
EngineVersion.MEMCACHED_1_6_22 = EngineVersion("memcached", "1.6.22")
