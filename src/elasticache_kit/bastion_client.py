"""The client half of a :class:`~elasticache_kit.NatBastion` that forwards a
replication group or a Memcached cluster: the table of nodes the bastion
publishes (node -> private address -> public port), and the address remap a
cluster-mode client needs.

A Redis Cluster tells its clients where to go by the nodes' *private*
addresses (``CLUSTER SLOTS``/``CLUSTER SHARDS``, ``MOVED``, ``ASK``), which are
unreachable from outside the VPC.  The bastion forwards one public port per
node and publishes which port is which node in an SSM parameter; this module
turns that table into what redis-py's ``RedisCluster(address_remap=...)``
takes::

    from redis.cluster import RedisCluster
    from elasticache_kit.bastion_client import RefreshingRemap

    remap = RefreshingRemap.from_parameter("/my/bastion/nodes")   # ssm:GetParameter
    host, port = remap.table.startup_node()
    client = RedisCluster(host=host, port=port, address_remap=remap, ...)

TLS through the bastion (clusters with in-transit encryption): the node's
certificate names the node's DNS name (``*.<cluster>.<hash>.<region>.cache.amazonaws.com``),
not the Elastic IP.  Connecting to the Elastic IP with hostname verification
on fails; turning verification off (``ssl_check_hostname=False``) still checks
the chain, but then any certificate a public CA issued for *any* name is
accepted, so a man in the middle on the path to the bastion goes unnoticed.
The safe way keeps verification on: map the nodes' DNS names to the Elastic
IP on the client (:meth:`NodeTable.hosts_entries`, e.g. in ``/etc/hosts``) and
remap to the names (``RefreshingRemap(..., by_name=True)``), so the client
connects to the bastion but checks the certificate against the node's own
name.  ``redis-cli --tls --sni NAME`` sends the name but, like most
command-line clients, does not verify it.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .errors import ValidationError

__all__ = ["BastionEndpoint", "BastionNode", "NodeTable", "RefreshingRemap", "format_table", "load_node_table", "remap_snippet"]

_WHERE = "bastion_client"
_TABLE_VERSION = 1


@dataclass(frozen=True)
class BastionNode:
    """One node as the bastion forwards it."""

    id: str
    """The node's id within its group (``0001-002`` for cluster mode, ``002`` without, ``0001`` for Memcached)."""
    host: str
    """The node's DNS name in the VPC."""
    address: str | None
    """Its private IPv4 address (what a Redis Cluster announces), when the bastion could resolve it."""
    port: int
    """The node's own port."""
    public_port: int | None
    """The bastion's public port for it (None: the bastion had no port left for it)."""
    role: str | None = None
    """``primary`` or ``replica`` (cluster mode disabled only: the API reports no roles for cluster mode)."""
    shard: str | None = None
    """The node group (shard) id."""
    cluster: str | None = None
    """The member cache cluster's id."""


@dataclass(frozen=True)
class BastionEndpoint:
    """One of the group's endpoints (configuration, primary, reader) as the bastion forwards it."""

    name: str
    host: str
    port: int
    public_port: int


@dataclass(frozen=True)
class NodeTable:
    """The table a bastion publishes for one replication group or Memcached cluster."""

    kind: str
    """``replication-group`` or ``cache-cluster``."""
    id: str
    """The group's (or cluster's) id."""
    public_ip: str | None
    """The bastion's Elastic IP, as its instance metadata reports it."""
    endpoints: tuple[BastionEndpoint, ...]
    nodes: tuple[BastionNode, ...]
    unforwarded: tuple[str, ...] = ()
    """Nodes the bastion had no public port for (give the forward more ports)."""

    @classmethod
    def from_json(cls, text: str) -> NodeTable:
        """Parse the published table (the SSM parameter's value)."""
        try:
            data = json.loads(text)
        except ValueError as error:
            raise ValidationError(_WHERE, "table", text[:80], f"is not JSON ({error})") from None
        if not isinstance(data, dict) or data.get("version") != _TABLE_VERSION:
            reason = "has not been published yet: the bastion writes it after its first discovery round"
            if isinstance(data, dict) and "version" in data:
                reason = f"has version {data.get('version')!r}; this library reads version {_TABLE_VERSION}"
            raise ValidationError(_WHERE, "table", text[:80], reason)
        try:
            endpoints = tuple(BastionEndpoint(e["name"], e["host"], int(e["port"]), int(e["public_port"]))
                              for e in data.get("endpoints", []))
            nodes = tuple(
                BastionNode(id=n["id"], host=n["host"], address=n.get("address"), port=int(n["port"]),
                            public_port=None if n.get("public_port") is None else int(n["public_port"]),
                            role=n.get("role"), shard=n.get("shard"), cluster=n.get("cluster"))
                for n in data.get("nodes", []))
            return cls(kind=str(data["kind"]), id=str(data["id"]), public_ip=data.get("public_ip"), endpoints=endpoints,
                       nodes=nodes, unforwarded=tuple(data.get("unforwarded", [])))
        except (KeyError, TypeError, ValueError) as error:
            raise ValidationError(_WHERE, "table", text[:80], f"is malformed ({error!r})") from None

    def _public(self, public_host: str | None) -> str:
        host = public_host or self.public_ip
        if not host:
            raise ValidationError(_WHERE, "public_host", None,
                                  "is needed: the table has no public_ip (pass the bastion's Elastic IP or DNS name)")
        return host

    def remap(self, public_host: str | None = None, *, by_name: bool = False) -> dict[tuple[str, int], tuple[str, int]]:
        """Private ``(address, port)`` -> public ``(host, port)``, for every forwarded node.

        Keys are the nodes' private IPv4 addresses and their DNS names.  The
        public host is ``public_host`` (default: the table's Elastic IP), or,
        with ``by_name``, the node's DNS name (for TLS with hostname checks:
        map those names to the Elastic IP, see :meth:`hosts_entries`).
        """
        public = self._public(public_host)
        mapping: dict[tuple[str, int], tuple[str, int]] = {}
        for node in self.nodes:
            if node.public_port is None:
                continue
            target = (node.host if by_name else public, node.public_port)
            mapping[(node.host, node.port)] = target
            if node.address:
                mapping[(node.address, node.port)] = target
        return mapping

    def address_remap(self, public_host: str | None = None, *, by_name: bool = False) -> Callable[[tuple[str, int]], tuple[str, int]]:
        """A function for ``RedisCluster(address_remap=...)`` (a fixed snapshot of this table;
        :class:`RefreshingRemap` follows changes)."""
        mapping = self.remap(public_host, by_name=by_name)
        return lambda address: mapping.get((address[0], int(address[1])), address)

    def endpoint(self, name: str, public_host: str | None = None) -> tuple[str, int]:
        """The public ``(host, port)`` of the endpoint ``name`` (``configuration``, ``primary``, ``reader``)."""
        for endpoint in self.endpoints:
            if endpoint.name == name:
                return self._public(public_host), endpoint.public_port
        raise ValidationError(_WHERE, "endpoint", name, f"is not forwarded for {self.id} "
                              f"(forwarded: {[e.name for e in self.endpoints] or 'none'})")

    def startup_node(self, public_host: str | None = None) -> tuple[str, int]:
        """Where a client starts: the configuration endpoint, else the primary endpoint, else the first node."""
        for name in ("configuration", "primary"):
            if any(e.name == name for e in self.endpoints):
                return self.endpoint(name, public_host)
        for node in self.nodes:
            if node.public_port is not None:
                return self._public(public_host), node.public_port
        raise ValidationError(_WHERE, "nodes", self.id, "has no forwarded node yet")

    def hosts_entries(self, public_host: str | None = None) -> list[str]:
        """``/etc/hosts`` lines that point the nodes' (and endpoints') DNS names at the Elastic IP."""
        public = self._public(public_host)
        names = sorted({n.host for n in self.nodes if n.public_port is not None} | {e.host for e in self.endpoints})
        return [f"{public} {name}" for name in names]

    def redis_cli_commands(self, public_host: str | None = None, *, tls: bool = True) -> list[str]:
        """One ``redis-cli`` line per forwarded endpoint and node (``-c`` follows cluster redirects
        only where the target is a name the client resolves to the bastion)."""
        public = self._public(public_host)
        lines = []
        for name, host, port in [(e.name, e.host, e.public_port) for e in self.endpoints] + [
                (f"node {n.id}" + (f" ({n.role})" if n.role else ""), n.host, n.public_port)
                for n in self.nodes if n.public_port is not None]:
            flags = f"--tls --sni {host} " if tls else ""
            lines.append(f"redis-cli {flags}-h {public} -p {port} PING   # {name}")
        return lines


def load_node_table(parameter_name: str, *, region: str | None = None, endpoint_url: str | None = None,
                    session: Any = None) -> NodeTable:
    """Read the table the bastion published in the SSM parameter ``parameter_name``
    (``ssm:GetParameter``; the construct's ``grant_read_node_table`` grants it)."""
    if session is None:
        import boto3

        session = boto3.session.Session(region_name=region)
    client = session.client("ssm", region_name=region, endpoint_url=endpoint_url)
    value = client.get_parameter(Name=parameter_name)["Parameter"]["Value"]
    return NodeTable.from_json(value)


class RefreshingRemap:
    """An ``address_remap`` for redis-py that follows the bastion: when the
    cluster names an address the table does not know (a replaced node, a new
    shard), it reloads the table -- at most once per ``min_interval`` seconds --
    and maps with the new one."""

    def __init__(self, loader: Callable[[], NodeTable], *, public_host: str | None = None, by_name: bool = False,
                 min_interval: float = 5.0) -> None:
        """
        :param loader: returns the current table (e.g. ``lambda: load_node_table(name)``).
        :param public_host: the bastion's address. Default: the table's Elastic IP.
        :param by_name: remap to the nodes' DNS names (TLS with hostname checks). Default: False.
        :param min_interval: seconds between two reloads. Default: 5.
        """
        self._loader, self._public_host, self._by_name, self._min_interval = loader, public_host, by_name, min_interval
        self._lock = threading.Lock()
        self._loaded_at = 0.0
        self.table = loader()
        """The table in use."""
        self._mapping = self.table.remap(public_host, by_name=by_name)
        self._loaded_at = time.monotonic()

    @classmethod
    def from_parameter(cls, parameter_name: str, *, region: str | None = None, endpoint_url: str | None = None,
                       public_host: str | None = None, by_name: bool = False) -> RefreshingRemap:
        """A remap that loads the table from the SSM parameter ``parameter_name``."""
        return cls(lambda: load_node_table(parameter_name, region=region, endpoint_url=endpoint_url),
                   public_host=public_host, by_name=by_name)

    def reload(self) -> None:
        """Load the table again now."""
        table = self._loader()
        with self._lock:
            self.table, self._mapping = table, table.remap(self._public_host, by_name=self._by_name)
            self._loaded_at = time.monotonic()

    def __call__(self, address: tuple[str, int]) -> tuple[str, int]:
        """The public address for a node's private ``(host, port)``."""
        key = (address[0], int(address[1]))
        found = self._mapping.get(key)
        if found is None and time.monotonic() - self._loaded_at >= self._min_interval:
            try:
                self.reload()
            except Exception:  # noqa: BLE001 - a failed reload must not break the client; it keeps the last table
                self._loaded_at = time.monotonic()
            found = self._mapping.get(key)
        return found if found is not None else address


# ------------------------------------------------------------------ command line
def add_parser(commands: Any) -> None:
    """Register ``bastion-nodes`` on the ``python -m elasticache_kit`` command line."""
    verb = commands.add_parser(
        "bastion-nodes", help="print a NAT bastion's node table (node -> private address -> public port)",
        description="Read the table a NatBastion publishes for a replication group or Memcached cluster "
                    "(its SSM parameter, see the stack output) and print it.")
    verb.add_argument("--parameter", required=True, help="the SSM parameter name (stack output NodeTableParameter...)")
    verb.add_argument("--region", help="AWS region (default: your configured region)")
    verb.add_argument("--endpoint-url", help="SSM endpoint URL (default: the regional endpoint)")
    verb.add_argument("--public-host", help="the bastion's address (default: the Elastic IP in the table)")
    verb.add_argument("--format", choices=("table", "json", "remap", "hosts", "redis-cli"), default="table",
                      help="table (default), json (the remap as JSON), remap (a Python snippet for RedisCluster), "
                           "hosts (/etc/hosts lines for TLS name checks), redis-cli (one line per node)")
    verb.set_defaults(handler=_run)


def _run(args: Any) -> int:
    from botocore.exceptions import ClientError

    from ._internal.progress import progress

    try:
        with progress(f"reading the node table {args.parameter} from SSM"):
            table = load_node_table(args.parameter, region=args.region, endpoint_url=args.endpoint_url)
        print(format_table(table, args.format, public_host=args.public_host, parameter=args.parameter))
    except ValidationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except ClientError as error:
        code = error.response.get("Error", {}).get("Code", "")
        if code != "ParameterNotFound":
            raise  # the command line's wrapper prints it on one line
        print(f"error: no SSM parameter {args.parameter!r} in this account and region: use the value of the "
              "bastion stack's NodeTableParameter output (and --region if it is not your default)", file=sys.stderr)
        return 2
    return 0


def format_table(table: NodeTable, style: str, *, public_host: str | None = None, parameter: str = "PARAMETER") -> str:
    """``table`` as the ``bastion-nodes`` verb prints it."""
    if style == "json":
        mapping = table.remap(public_host)
        return json.dumps({f"{host}:{port}": f"{to_host}:{to_port}" for (host, port), (to_host, to_port) in mapping.items()},
                          indent=1, sort_keys=True)
    if style == "hosts":
        return "\n".join(table.hosts_entries(public_host))
    if style == "redis-cli":
        return "\n".join(table.redis_cli_commands(public_host))
    if style == "remap":
        return remap_snippet(parameter)
    public = public_host or table.public_ip or "?"
    rows = [f"{table.kind} {table.id} via {public}"]
    rows += [f"  endpoint {e.name:<13} {e.host}:{e.port} -> {public}:{e.public_port}" for e in table.endpoints]
    for node in table.nodes:
        role = f" {node.role}" if node.role else ""
        target = f"{public}:{node.public_port}" if node.public_port is not None else "(no public port left)"
        rows.append(f"  node {node.id:<12} {node.address or '(unresolved)'}:{node.port} {node.host}{role} -> {target}")
    if table.unforwarded:
        rows.append(f"  not forwarded (no port left): {', '.join(table.unforwarded)}")
    return "\n".join(rows)


def remap_snippet(parameter: str) -> str:
    """The Python that connects redis-py's ``RedisCluster`` through the bastion."""
    return (
        "from redis.cluster import RedisCluster\n"
        "from elasticache_kit.bastion_client import RefreshingRemap\n\n"
        f"remap = RefreshingRemap.from_parameter({parameter!r})\n"
        "host, port = remap.table.startup_node()\n"
        "client = RedisCluster(host=host, port=port, address_remap=remap, ssl=True, ssl_check_hostname=False)\n"
        "# ssl_check_hostname=False: the node certificates name the nodes, not the Elastic IP (see the\n"
        "# bastion_client docs for keeping name checks with RefreshingRemap(..., by_name=True) and hosts entries)\n"
    )
