"""A CloudFormation template as the rules see it: resources indexed by type
once, references (``Ref``, ``Fn::GetAtt``, ``Fn::Sub``) followed between
resources, security-group ingress gathered per group.  Knows nothing of rules
or findings (they build on it: :mod:`.findings`, :mod:`.runner`)."""

from __future__ import annotations

import datetime
import ipaddress
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["Ingress", "Path", "Template"]

#: A property path relative to a resource, e.g. ``("Properties", "UserGroupId")``.
Path = tuple["str | int", ...]

_SUB_NAME = re.compile(r"\$\{([^!}][^}]*)\}")
_WORLD = ("0.0.0.0/0", "::/0")


@dataclass(frozen=True)
class Ingress:
    """One ingress rule of a security group, wherever the template declares it."""

    owner: str
    """Logical id of the resource that declares it (the group, or an ``AWS::EC2::SecurityGroupIngress``)."""
    path: Path
    """Where in ``owner``."""
    rule: Mapping[str, Any]
    """The rule's properties (``CidrIp``, ``FromPort``, ...)."""

    @property
    def cidr(self) -> str | None:
        """``CidrIp`` or ``CidrIpv6`` when it is a literal."""
        value = self.rule.get("CidrIp", self.rule.get("CidrIpv6"))
        return value if isinstance(value, str) else None

    @property
    def open_to_world(self) -> bool:
        """Whether it admits every IPv4 or IPv6 address."""
        return self.cidr in _WORLD

    def covers(self, port: int) -> bool:
        """Whether the rule admits TCP ``port`` (all-protocol rules, ``-1``, admit every port)."""
        protocol = str(self.rule.get("IpProtocol", "tcp")).lower()
        if protocol in ("-1", "all"):
            return True
        if protocol not in ("tcp", "6"):
            return False
        low, high = _port(self.rule.get("FromPort")), _port(self.rule.get("ToPort", self.rule.get("FromPort")))
        if low is None or high is None:
            return True  # a token: assume the worst
        return low <= port <= high or (low == -1 and high == -1)

    def prefix_length(self) -> int | None:
        """The CIDR's prefix length, when it is a literal block."""
        try:
            return ipaddress.ip_network(self.cidr, strict=False).prefixlen if self.cidr else None
        except ValueError:
            return None


def _port(value: Any) -> int | None:
    """A port number written as ``443`` or ``"443"``; None for a token."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


class Template:
    """A CloudFormation template (a dict) prepared for the rules: resources by
    type, and the references between them."""

    def __init__(self, template: Mapping[str, Any], name: str = "template",
                 today: datetime.date | None = None) -> None:
        """
        :param template: the parsed template.
        :param name: its file name or label, used in findings.
        :param today: the date engine support is judged on. Default: today (UTC).
        """
        self.name = name
        self.source: Mapping[str, Any] = template if isinstance(template, Mapping) else {}
        """The template as given."""
        self.today = today or datetime.datetime.now(datetime.UTC).date()
        resources = template.get("Resources") if isinstance(template, Mapping) else None
        self.resources: dict[str, Mapping[str, Any]] = {
            key: value for key, value in (resources or {}).items()
            if isinstance(value, Mapping) and isinstance(value.get("Type"), str)
        }
        self.parameters: Mapping[str, Any] = template.get("Parameters") or {}
        self.mappings: Mapping[str, Any] = template.get("Mappings") or {}
        self._by_type: dict[str, list[str]] = {}
        for logical_id, resource in self.resources.items():
            self._by_type.setdefault(resource["Type"], []).append(logical_id)
        self._ingress: dict[str, list[Ingress]] | None = None
        self._memo: dict[str, Any] = {}

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """``compute()``, once per template (indexes the rules share)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    # -- resources ---------------------------------------------------------
    def of_type(self, *types: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
        """``(logical_id, properties)`` of every resource of the given types."""
        for type_ in types:
            for logical_id in self._by_type.get(type_, ()):
                yield logical_id, self.properties(logical_id)

    def type_of(self, logical_id: str | None) -> str | None:
        """The resource's type, or None when the id is not a resource here."""
        resource = self.resources.get(logical_id) if logical_id else None
        return resource["Type"] if resource else None

    def properties(self, logical_id: str) -> Mapping[str, Any]:
        """The resource's ``Properties`` (empty when it has none)."""
        value = self.resources[logical_id].get("Properties")
        return value if isinstance(value, Mapping) else {}

    # -- references --------------------------------------------------------
    def target(self, value: Any) -> str | None:
        """The resource ``value`` refers to directly (``Ref``, ``Fn::GetAtt``,
        ``Fn::Sub "${X}"``), or None."""
        if isinstance(value, Mapping) and len(value) == 1:
            ((key, argument),) = value.items()
            if key == "Ref" and isinstance(argument, str):
                name = argument
            elif key == "Fn::GetAtt":
                name = argument[0] if isinstance(argument, list) and argument else str(argument).split(".")[0]
            elif key == "Fn::Sub" and isinstance(argument, str):
                match = _SUB_NAME.fullmatch(argument)
                name = match.group(1).split(".")[0] if match else ""
            else:
                return None
            return name if isinstance(name, str) and name in self.resources else None
        return None

    def targets(self, value: Any) -> set[str]:
        """Every resource referred to anywhere inside ``value``."""
        found: set[str] = set()
        stack = [value]
        while stack:
            item = stack.pop()
            if isinstance(item, Mapping):
                direct = self.target(item)
                if direct:
                    found.add(direct)
                sub = item.get("Fn::Sub")
                text = sub if isinstance(sub, str) else sub[0] if isinstance(sub, list) and sub else None
                if isinstance(text, str):
                    found.update(n.split(".")[0] for n in _SUB_NAME.findall(text) if n.split(".")[0] in self.resources)
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
        return found

    def text(self, value: Any) -> str | None:
        """``value`` as a string when it is a literal or built from literals
        (``Fn::Join``, ``Fn::Sub`` without variables, ``Fn::FindInMap`` whose
        entries agree on the suffix). References become ``${Name}``."""
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, Mapping) and len(value) == 1:
            ((key, argument),) = value.items()
            if key == "Ref" and isinstance(argument, str):
                return "${" + argument + "}"
            if key == "Fn::GetAtt":
                name = ".".join(argument) if isinstance(argument, list) else str(argument)
                return "${" + name + "}"
            if key == "Fn::Join" and isinstance(argument, list) and len(argument) == 2 and isinstance(argument[1], list):
                parts = [self.text(part) for part in argument[1]]
                return None if any(p is None for p in parts) else str(argument[0]).join(p for p in parts if p is not None)
            if key == "Fn::Sub":
                return argument if isinstance(argument, str) else None
            if key == "Fn::FindInMap" and isinstance(argument, list) and len(argument) == 3:
                table = self.mappings.get(argument[0]) if isinstance(argument[0], str) else None
                if isinstance(table, Mapping) and isinstance(argument[2], str):
                    rows = list(table.values()) if not isinstance(argument[1], str) else [table.get(argument[1])]
                    values = {self.text(row.get(argument[2])) if isinstance(row, Mapping) else None for row in rows}
                    if len(values) == 1:
                        return values.pop()
                    texts = sorted(v for v in values if v)
                    return texts[0] if texts else None
        return None

    def flag(self, value: Any, default: bool = False) -> bool | None:
        """A boolean property (``true``/``"true"``), ``default`` when absent,
        None when it is not a literal."""
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        return None

    def number(self, value: Any) -> int | None:
        """An integer property (``3`` or ``"3"``), None when absent or not a literal."""
        if isinstance(value, bool):
            return None
        if isinstance(value, int):
            return value
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            return int(value)
        return None

    # -- security groups ---------------------------------------------------
    def ingress(self, group: str) -> list[Ingress]:
        """The ingress rules of security group ``group`` (logical id): its
        inline ``SecurityGroupIngress`` and every ``AWS::EC2::SecurityGroupIngress``
        that points at it."""
        if self._ingress is None:
            index: dict[str, list[Ingress]] = {}
            for logical_id, props in self.of_type("AWS::EC2::SecurityGroup"):
                rules = props.get("SecurityGroupIngress")
                for i, rule in enumerate(rules if isinstance(rules, list) else []):
                    if isinstance(rule, Mapping):
                        index.setdefault(logical_id, []).append(
                            Ingress(logical_id, ("Properties", "SecurityGroupIngress", i), rule))
            for logical_id, props in self.of_type("AWS::EC2::SecurityGroupIngress"):
                owner = self.target(props.get("GroupId"))
                if owner:
                    index.setdefault(owner, []).append(Ingress(logical_id, ("Properties",), props))
            self._ingress = index
        return self._ingress.get(group, [])

    def groups_of(self, values: Any) -> list[str]:
        """The security groups (logical ids) a ``SecurityGroupIds`` list refers to."""
        return [t for t in (self.target(v) for v in (values if isinstance(values, list) else []))
                if t and self.type_of(t) == "AWS::EC2::SecurityGroup"]
