"""The NAT bastion's node discovery: which nodes a replication group or a
Memcached cluster has right now, at which addresses, on which public port.

This module is installed on the bastion as ``/usr/local/sbin/nat-bastion-discover``
(its source, verbatim) and run by ``nat-bastion-apply`` under the apply lock
before the NAT rules are worked out.  It is a standalone program: standard
library only, Python 3.9 (Amazon Linux 2023's ``python3``), no import of the
rest of ``elasticache_kit``.

It reads the ElastiCache API with the instance role through the AWS CLI that
Amazon Linux 2023 ships (``aws elasticache describe-replication-groups`` and
``describe-cache-clusters --show-cache-node-info``; ``--endpoint-url`` when the
configuration names an endpoint), so signing, credentials from IMDSv2 and
retries are the CLI's.  For each source it

* gives every node a public port that stays its own: a node keeps the port it
  had (ports are remembered in ``ports.json`` across runs and reboots); a new
  node takes the port planned for it at synth time if that is free, else the
  lowest free port, preferring ports no departed node held;
* resolves the nodes' DNS names to their private IPv4 addresses (what a
  Redis Cluster announces in ``CLUSTER SLOTS`` and ``MOVED``);
* writes the forward lines (``PUBLIC_PORT HOST PORT``) for the apply program,
  and publishes the table ``node -> host -> address -> public port`` to the
  SSM parameter the construct created (``ssm put-parameter --overwrite``), only
  when it changed.

A source whose API call fails keeps its last forward lines (the rules stay as
they are until the API answers again); the program exits 0 unless nothing at
all could be read.  Environment overrides (for tests): ``NAT_BASTION_DISCOVERY``
(configuration path), ``NAT_BASTION_DATA`` (state directory),
``NAT_BASTION_AWS`` (the CLI program), ``NAT_BASTION_PUBLIC_IP`` (instead of
asking the instance metadata service).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from typing import Any

CONFIG_FILE = "/etc/nat-bastion/discovery.json"
DATA_DIR = "/var/lib/nat-bastion"
TABLE_VERSION = 1
_REFRESH_SECONDS = 600  # member clusters' node endpoints are described again after this long
_CLI_TIMEOUT = 40  # seconds per CLI call; the apply lock waits 50 s for a previous run

Node = dict[str, Any]


class DiscoveryError(Exception):
    """The API could not be read for a source (the CLI failed or answered nonsense)."""


# ---------------------------------------------------------------- port plan
def assign_ports(
    node_ids: list[str],
    previous: dict[str, int],
    preferred: dict[str, int],
    ports: list[int],
) -> tuple[dict[str, int], dict[str, int], list[str]]:
    """Give each node in ``node_ids`` one of ``ports``.

    ``previous`` is the remembered assignment (present and departed nodes);
    ``preferred`` the synth-time plan.  Returns ``(assigned, remembered,
    unforwarded)``: the ports of the present nodes, the assignment to remember
    (departed nodes keep their port until it is needed), and the nodes for
    which no port was left.
    """
    allowed = set(ports)
    assigned: dict[str, int] = {}
    for node in node_ids:
        port = previous.get(node)
        if port in allowed and port not in assigned.values():
            assigned[node] = port
    departed_ports = {port for node, port in previous.items() if node not in node_ids}
    unforwarded: list[str] = []
    for node in sorted(n for n in node_ids if n not in assigned):
        taken = set(assigned.values())
        want = preferred.get(node)
        if want in allowed and want not in taken and want not in departed_ports:
            assigned[node] = want
            continue
        free = [p for p in ports if p not in taken and p not in departed_ports]
        if not free:
            free = [p for p in ports if p not in taken]  # recycle a departed node's port
        if not free:
            unforwarded.append(node)
            continue
        assigned[node] = free[0]
    remembered = {node: port for node, port in previous.items() if node not in node_ids and port not in assigned.values()}
    remembered.update(assigned)
    return assigned, remembered, unforwarded


# ---------------------------------------------------------------- API reads
def _cli(config: dict[str, Any], *args: str) -> Any:
    program = os.environ.get("NAT_BASTION_AWS", "aws")
    command = [program, *args, "--output", "json", "--region", config["region"]]
    if config.get("endpoint_url"):
        command += ["--endpoint-url", config["endpoint_url"]]
    env = dict(os.environ, AWS_PAGER="")
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=_CLI_TIMEOUT, env=env)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise DiscoveryError(f"{' '.join(args[:2])}: {error}") from error
    if done.returncode != 0:
        raise DiscoveryError(f"{' '.join(args[:2])}: {done.stderr.strip()[-400:]}")
    try:
        return json.loads(done.stdout) if done.stdout.strip() else {}
    except ValueError as error:
        raise DiscoveryError(f"{' '.join(args[:2])}: not JSON ({error})") from error


def _endpoint(value: Any) -> tuple[str, int] | None:
    if isinstance(value, dict) and value.get("Address") and value.get("Port"):
        return str(value["Address"]), int(value["Port"])
    return None


def _relative_id(cluster_id: str, group_id: str) -> str:
    prefix = group_id.lower() + "-"
    cluster_id = cluster_id.lower()
    return cluster_id[len(prefix):] if cluster_id.startswith(prefix) else cluster_id


def describe_replication_group(config: dict[str, Any], group_id: str, known: dict[str, Any] | None = None,
                               now: float | None = None) -> tuple[list[Node], dict[str, tuple[str, int]]]:
    """The nodes and endpoints of a replication group, from the ElastiCache API.

    Nodes: ``{"id": "0001-001", "cluster": "g-0001-001", "shard": "0001",
    "role": "primary"|"replica"|None, "host": DNS, "port": N}`` (nodes whose
    endpoint is not known yet are left out).  Endpoints: ``configuration``
    (cluster mode enabled), ``primary`` and ``reader`` (disabled).

    A member cluster's node endpoint is a DNS name that stays when the node
    is replaced (its address changes, and is re-resolved every round), so
    ``known`` (member -> ``[host, port, when]``, updated in place) spares the
    ``describe-cache-clusters`` call for members seen in the last
    ``_REFRESH_SECONDS``: a round costs one call, plus one per new member.
    """
    answer = _cli(config, "elasticache", "describe-replication-groups", "--replication-group-id", group_id)
    groups = answer.get("ReplicationGroups") or []
    if len(groups) != 1:
        raise DiscoveryError(f"describe-replication-groups {group_id}: {len(groups)} groups in the answer")
    group = groups[0]
    endpoints: dict[str, tuple[str, int]] = {}
    configuration = _endpoint(group.get("ConfigurationEndpoint"))
    if configuration:
        endpoints["configuration"] = configuration
    roles: dict[str, tuple[str, str | None]] = {}
    for node_group in group.get("NodeGroups") or []:
        shard = str(node_group.get("NodeGroupId", ""))
        for kind, key in (("primary", "PrimaryEndpoint"), ("reader", "ReaderEndpoint")):
            found = _endpoint(node_group.get(key))
            if found and not configuration:
                endpoints[kind] = found
        for member in node_group.get("NodeGroupMembers") or []:
            cluster = str(member.get("CacheClusterId", "")).lower()
            roles[cluster] = (shard, member.get("CurrentRole"))
    nodes: list[Node] = []
    for cluster in group.get("MemberClusters") or []:
        cluster = str(cluster).lower()
        shard, role = roles.get(cluster, ("", None))
        cached = known.get(cluster) if known is not None else None
        moment = time.time() if now is None else now
        if cached and moment - float(cached[2]) < _REFRESH_SECONDS:
            nodes.append({"id": _relative_id(cluster, group_id), "cluster": cluster, "shard": shard or None,
                          "role": role, "host": cached[0], "port": int(cached[1])})
            continue
        described = _cli(config, "elasticache", "describe-cache-clusters", "--cache-cluster-id", cluster,
                         "--show-cache-node-info")
        for cluster_info in described.get("CacheClusters") or []:
            for cache_node in cluster_info.get("CacheNodes") or []:
                found = _endpoint(cache_node.get("Endpoint"))
                if found is None:
                    continue  # still being created: no endpoint yet
                nodes.append({"id": _relative_id(cluster, group_id), "cluster": cluster, "shard": shard or None,
                              "role": role, "host": found[0], "port": found[1]})
                if known is not None:
                    known[cluster] = [found[0], found[1], moment]
    if known is not None:
        for gone in set(known) - {str(c).lower() for c in group.get("MemberClusters") or []}:
            del known[gone]
    return nodes, endpoints


def describe_cache_cluster(config: dict[str, Any], cluster_id: str) -> tuple[list[Node], dict[str, tuple[str, int]]]:
    """The nodes (ids ``0001``...) and configuration endpoint of a Memcached cluster."""
    answer = _cli(config, "elasticache", "describe-cache-clusters", "--cache-cluster-id", cluster_id, "--show-cache-node-info")
    clusters = answer.get("CacheClusters") or []
    if len(clusters) != 1:
        raise DiscoveryError(f"describe-cache-clusters {cluster_id}: {len(clusters)} clusters in the answer")
    endpoints: dict[str, tuple[str, int]] = {}
    configuration = _endpoint(clusters[0].get("ConfigurationEndpoint"))
    if configuration:
        endpoints["configuration"] = configuration
    nodes: list[Node] = []
    for cache_node in clusters[0].get("CacheNodes") or []:
        found = _endpoint(cache_node.get("Endpoint"))
        if found is not None:
            nodes.append({"id": str(cache_node.get("CacheNodeId", "")).lower(), "cluster": cluster_id.lower(),
                          "shard": None, "role": None, "host": found[0], "port": found[1]})
    return nodes, endpoints


def resolve_ipv4(host: str) -> str | None:
    """``host``'s first IPv4 address (``host`` itself when it is one), or None."""
    try:
        infos = socket.getaddrinfo(host, None, socket.AF_INET, socket.SOCK_STREAM)
    except OSError:
        return None
    return str(infos[0][4][0]) if infos else None


# ---------------------------------------------------------------- one source
def plan_source(source: dict[str, Any], nodes: list[Node], endpoints: dict[str, tuple[str, int]],
                previous_ports: dict[str, int], public_ip: str | None) -> tuple[dict[str, Any], list[str], dict[str, int]]:
    """The published table, the forward lines and the ports to remember for one source."""
    first, count = int(source["first_port"]), int(source["port_count"])
    endpoint_names: list[str] = list(source.get("endpoints") or [])
    endpoint_ports = {name: first + index for index, name in enumerate(endpoint_names)}
    node_ports = list(range(first + len(endpoint_names), first + count))
    # the synth-time plan: node ids in port order, from the first port after the endpoints
    preferred = {str(node): node_ports[i] for i, node in enumerate(source.get("planned") or []) if i < len(node_ports)}
    by_id = {node["id"]: node for node in nodes}
    assigned, remembered, unforwarded = assign_ports(sorted(by_id), previous_ports, preferred, node_ports)
    lines: list[str] = []
    table_endpoints = []
    for name in endpoint_names:
        found = endpoints.get(name)
        if found is None:
            continue
        lines.append(f"{endpoint_ports[name]} {found[0]} {found[1]}")
        table_endpoints.append({"name": name, "host": found[0], "port": found[1], "public_port": endpoint_ports[name]})
    table_nodes = []
    for node_id in sorted(by_id):
        node = by_id[node_id]
        address = resolve_ipv4(node["host"])
        entry = dict(node, address=address, public_port=assigned.get(node_id))
        table_nodes.append(entry)
        if address is not None and node_id in assigned:
            lines.append(f"{assigned[node_id]} {address} {node['port']}")
        elif address is None:
            print(f"nat-bastion-discover: {source['id']} node {node_id}: cannot resolve {node['host']} yet", file=sys.stderr)
    for node_id in unforwarded:
        print(f"nat-bastion-discover: {source['id']} node {node_id}: no public port left in "
              f"{first}..{first + count - 1}; not forwarded", file=sys.stderr)
    table = {
        "version": TABLE_VERSION, "kind": source["kind"], "id": source["id"], "public_ip": public_ip,
        "endpoints": table_endpoints, "nodes": table_nodes, "unforwarded": unforwarded,
    }
    return table, lines, remembered


# ---------------------------------------------------------------- state, publishing
def _load_json(path: str, default: Any) -> Any:
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return default


def _write_atomically(path: str, text: str) -> None:
    directory = os.path.dirname(path) or "."
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".tmp-")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


def _public_ip() -> str | None:
    """The Elastic IP as the instance metadata service (IMDSv2) reports it."""
    if os.environ.get("NAT_BASTION_PUBLIC_IP"):
        return os.environ["NAT_BASTION_PUBLIC_IP"]
    try:
        token_request = urllib.request.Request(
            "http://169.254.169.254/latest/api/token", method="PUT",
            headers={"X-aws-ec2-metadata-token-ttl-seconds": "300"})
        token = urllib.request.urlopen(token_request, timeout=2).read().decode()
        request = urllib.request.Request("http://169.254.169.254/latest/meta-data/public-ipv4",
                                         headers={"X-aws-ec2-metadata-token": token})
        return str(urllib.request.urlopen(request, timeout=2).read().decode().strip()) or None
    except OSError:
        return None


def publish(config: dict[str, Any], parameter: str, table: dict[str, Any], data_dir: str) -> None:
    """Write ``table`` to the SSM parameter ``parameter`` (only the bastion may)."""
    text = json.dumps(table, sort_keys=True, separators=(",", ":"))
    handle, path = tempfile.mkstemp(dir=data_dir, prefix=".table-")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    try:
        # Intelligent-Tiering: a table over 4 KB (a large cluster) moves to the advanced tier by itself.
        _cli(config, "ssm", "put-parameter", "--name", parameter, "--type", "String", "--overwrite",
             "--tier", "Intelligent-Tiering", "--value", "file://" + path)
    finally:
        os.unlink(path)


def run(config_path: str, data_dir: str) -> int:
    """One discovery round; returns the exit status."""
    config = _load_json(config_path, None)
    if not isinstance(config, dict) or not isinstance(config.get("sources"), list):
        print(f"nat-bastion-discover: {config_path} is missing or malformed", file=sys.stderr)
        return 1
    os.makedirs(data_dir, exist_ok=True)
    state_path = os.path.join(data_dir, "discovery-state.json")
    state = _load_json(state_path, {})
    sources_state: dict[str, Any] = state.get("sources", {}) if isinstance(state, dict) else {}
    public_ip = _public_ip()
    answered = 0
    all_lines: list[str] = []
    for source in config["sources"]:
        key = f"{source['kind']}:{source['id']}"
        kept = sources_state.get(key, {})
        try:
            if source["kind"] == "replication-group":
                members = kept.setdefault("members", {})
                nodes, endpoints = describe_replication_group(config, source["id"], members)
            else:
                nodes, endpoints = describe_cache_cluster(config, source["id"])
        except DiscoveryError as error:
            print(f"nat-bastion-discover: {key}: {error}; keeping the last forwards", file=sys.stderr)
            all_lines.extend(kept.get("lines", []))
            continue
        answered += 1
        table, lines, remembered = plan_source(source, nodes, endpoints, kept.get("ports", {}), public_ip)
        digest = hashlib.sha256(json.dumps(table, sort_keys=True).encode()).hexdigest()
        published = kept.get("published")
        if source.get("parameter") and digest != published:
            try:
                publish(config, source["parameter"], table, data_dir)
                published = digest
                print(f"nat-bastion-discover: {key}: table published to {source['parameter']}")
            except DiscoveryError as error:
                print(f"nat-bastion-discover: {key}: publishing failed ({error}); retrying next round", file=sys.stderr)
        _write_atomically(os.path.join(data_dir, f"table-{source['kind']}-{source['id']}.json"),
                          json.dumps(table, indent=1, sort_keys=True) + "\n")
        sources_state[key] = {"ports": remembered, "lines": lines, "published": published, "at": int(time.time()),
                              "members": kept.get("members", {})}
        all_lines.extend(lines)
    _write_atomically(state_path, json.dumps({"sources": sources_state}, sort_keys=True) + "\n")
    forwards = "\n".join(["# discovered: public_port target_host target_port", *all_lines]) + "\n"
    forwards_path = os.path.join(data_dir, "discovered")
    if _load_text(forwards_path) != forwards:
        _write_atomically(forwards_path, forwards)
    return 0 if answered or not config["sources"] else 1


def _load_text(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError:
        return None


def main() -> int:
    """Entry point of ``nat-bastion-discover``."""
    return run(os.environ.get("NAT_BASTION_DISCOVERY", CONFIG_FILE), os.environ.get("NAT_BASTION_DATA", DATA_DIR))


if __name__ == "__main__":
    sys.exit(main())
