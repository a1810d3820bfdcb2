"""ElastiCache parameter groups: engine settings of node-based clusters.

CloudFormation names parameter groups itself (rule N5: we never set a
physical name), so a change of family, which replaces the group, creates the
new group before the old one is deleted and a major version upgrade goes
through in one deploy.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property
from typing import Any, Protocol, runtime_checkable

import aws_cdk as cdk
from constructs import Construct

from .._internal.context import ResourceMixin, Site, construct_path
from .._internal.core_props import CoreParameterGroupProps
from .._internal.identifiers import check_description
from .._internal.js import core, is_marked, js_checks, js_get, plain, tag_list
from .._internal.tokens import is_token
from .engine_versions import EngineVersion

__all__ = ["IParameterGroup", "ParameterGroupBase", "ParameterGroup", "CLUSTER_ENABLED"]

#: The parameter that switches cluster mode on (rule C1).
CLUSTER_ENABLED = "cluster-enabled"
_PARAMETER = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\Z")
_DEFAULT_NAME = re.compile(r"default\.([a-z]+[0-9][0-9.x]*)(\.cluster\.on)?\Z")


@runtime_checkable
class IParameterGroup(Protocol):
    """A parameter group, created in this app or imported."""

    @property
    def parameter_group_name(self) -> str:
        """The group's name (a ``Ref`` token for created groups)."""
        ...

    @property
    def family(self) -> str | None:
        """Its parameter-group family; None when unknown (imports)."""
        ...

    @property
    def cluster_enabled(self) -> bool | None:
        """Whether it sets ``cluster-enabled`` to ``yes``; None when unknown or Memcached."""
        ...


class ParameterGroupBase(ResourceMixin):
    """What created and imported parameter groups share."""

    _family: str | None = None
    _cluster_enabled: bool | None = None
    _given_name: str | None = None

    @property
    def parameter_group_name(self) -> str:
        """The group's name."""
        assert self._given_name is not None
        return self._given_name

    @property
    def family(self) -> str | None:
        """Its parameter-group family (``valkey8``, ``redis7``, ``memcached1.6``); None when unknown."""
        return self._family

    @property
    def cluster_enabled(self) -> bool | None:
        """Whether ``cluster-enabled`` is ``yes``; None when unknown (or Memcached)."""
        return self._cluster_enabled

    def _cluster_reference(self) -> Any:
        return self.parameter_group_name

    @classmethod
    def from_parameter_group_name(
        cls,
        scope: Construct,
        id: str,
        parameter_group_name: str,
        *,
        family: str | None = None,
        cluster_enabled: bool | None = None,
    ) -> ParameterGroupBase:
        """Import an existing parameter group by name.

        The service's default groups (``default.valkey8``,
        ``default.valkey8.cluster.on``) tell their family and cluster mode by
        name; for other groups give ``family`` and ``cluster_enabled`` to have
        them checked against the cluster (rules C1, C2).
        """
        site = Site(scope, id)
        if not isinstance(parameter_group_name, str) or (not is_token(parameter_group_name) and not parameter_group_name):
            site.fail("parameter_group_name", parameter_group_name, "must be a non-empty string")
        match = _DEFAULT_NAME.match(parameter_group_name) if not is_token(parameter_group_name) else None
        if match is not None:
            named_family = match.group(1)
            named_cluster = bool(match.group(2)) if not named_family.startswith("memcached") else None
            if family is not None and family != named_family:
                site.fail("family", family, f"contradicts the default group's name {parameter_group_name!r}")
            if cluster_enabled is not None and cluster_enabled != named_cluster:
                site.fail("cluster_enabled", cluster_enabled, f"contradicts the default group's name {parameter_group_name!r}")
            family, cluster_enabled = named_family, named_cluster
        group = _ImportedParameterGroup(scope, id)
        group._given_name = parameter_group_name
        group._family = family
        group._cluster_enabled = cluster_enabled
        return group


class _ImportedParameterGroup(cdk.Resource, ParameterGroupBase):
    """A parameter group that exists outside this app."""


def _value(site: Site, name: str, value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float, str)):
        return str(value)
    site.fail("parameters", {name: value}, "must map parameter names to strings or numbers")


def check_parameters(
    site: Site, version: EngineVersion, parameters: Mapping[str, Any] | None, cluster_mode_enabled: bool | None
) -> dict[str, str]:
    """The ``Properties`` of a parameter group, with ``cluster-enabled`` set by
    ``cluster_mode_enabled`` (Valkey/Redis OSS only)."""
    if parameters is not None and not isinstance(parameters, Mapping):
        site.fail("parameters", type(parameters).__name__, "must be a mapping of parameter names to values")
    rendered: dict[str, str] = {}
    for name, value in (parameters or {}).items():
        if not isinstance(name, str) or not _PARAMETER.match(name):
            site.fail("parameters", name, "is not a parameter name (letters, digits, hyphens, dots, underscores)")
        rendered[name] = _value(site, name, value)
    given = rendered.get(CLUSTER_ENABLED)
    if version.is_memcached:
        if given is not None or cluster_mode_enabled:
            site.fail("parameters", CLUSTER_ENABLED, "is not a Memcached parameter: Memcached has no cluster mode")
        return rendered
    if given is not None and given not in ("yes", "no"):
        site.fail("parameters", {CLUSTER_ENABLED: given}, "must be 'yes' or 'no'")
    if given is not None and cluster_mode_enabled is not None and (given == "yes") != cluster_mode_enabled:
        site.fail(
            "parameters", {CLUSTER_ENABLED: given},
            f"contradicts cluster_mode_enabled={cluster_mode_enabled}: leave cluster-enabled out and set cluster_mode_enabled",
        )
    if cluster_mode_enabled is not None:
        rendered[CLUSTER_ENABLED] = "yes" if cluster_mode_enabled else "no"
    return rendered


class ParameterGroup(core.CoreParameterGroup, ParameterGroupBase):
    """An ElastiCache parameter group (``AWS::ElastiCache::ParameterGroup``).

    Its family derives from ``engine_version``; ``cluster_mode_enabled`` sets
    ``cluster-enabled`` (what a cluster-mode-enabled replication group needs,
    rule C1).  Never given a physical name (rule N5).

    Example::

        parameters = elasticache.ParameterGroup(self, "Parameters",
                                               engine_version=elasticache.EngineVersion.VALKEY_8_0,
                                               parameters={"maxmemory-policy": "allkeys-lru"})
        elasticache.ReplicationGroup(self, "Group", vpc=vpc, engine_version=elasticache.EngineVersion.VALKEY_8_0,
                                     parameter_group=parameters, generate_auth_token=True)
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        engine_version: EngineVersion | None = None,
        cluster_mode_enabled: bool | None = None,
        parameters: Mapping[str, Any] | None = None,
        description: str | None = None,
        tags: Mapping[str, str] | None = None,
    ) -> None:
        """
        :param engine_version: sets the family. Default: ``EngineVersion.VALKEY_LATEST``.
        :param cluster_mode_enabled: sets ``cluster-enabled`` to ``yes``/``no``
            (Valkey, Redis OSS). Default: not set (the family's default, ``no``).
        :param parameters: parameter names to values (booleans become yes/no). Default: none.
        :param description: Default: ``ElastiCache parameter group PATH``.
        :param tags: Default: none.
        """
        site = Site(scope, id)
        version = EngineVersion.VALKEY_LATEST if engine_version is None else engine_version
        if not isinstance(version, EngineVersion):
            site.fail("engine_version", version, "must be an EngineVersion, e.g. EngineVersion.VALKEY_8_2")
        if cluster_mode_enabled is not None and not isinstance(cluster_mode_enabled, bool):
            site.fail("cluster_mode_enabled", cluster_mode_enabled, "must be True or False")
        if description is not None:
            check_description(site, "description", description)
        self._parameters = check_parameters(site, version, parameters, cluster_mode_enabled)
        self._version = version
        self._family = version.parameter_group_family
        self._cluster_enabled = None if version.is_memcached else self._parameters.get(CLUSTER_ENABLED) == "yes"
        properties = plain(
            cacheParameterGroupFamily=self._family,
            description=description or f"ElastiCache parameter group {construct_path(scope, id)}",
            properties=dict(self._parameters) or None,
            tags=tag_list(site, tags),
        )
        with js_checks(site):
            core.CoreParameterGroup.__init__(self, scope, id, CoreParameterGroupProps(properties=properties))

    @property
    def engine_version(self) -> EngineVersion:
        """The engine version the family was derived from."""
        return self._version

    @property
    def parameters(self) -> dict[str, str]:
        """The parameters set (a copy)."""
        return dict(self._parameters)

    def add_parameter(self, name: str, value: Any) -> None:
        """Set one more parameter (``cluster-enabled`` is fixed at creation)."""
        site = Site(self)
        if name == CLUSTER_ENABLED:
            site.fail("parameters", name, "is fixed at creation: set cluster_mode_enabled instead")
        added = check_parameters(site, self._version, {name: value}, None)
        self._parameters.update(added)
        self.replace_parameters(dict(self._parameters))

    @cached_property
    def parameter_group_name(self) -> str:
        """The group's name: the ``Ref`` token (read once)."""
        return str(js_get(js_get(self, "cfnParameterGroup"), "ref"))

    def _cluster_reference(self) -> Any:
        return self

    @staticmethod
    def is_parameter_group(x: object) -> bool:
        """Whether ``x`` is a parameter group created with this library, not an import."""
        return isinstance(x, ParameterGroup) or is_marked(x, "ParameterGroup")
