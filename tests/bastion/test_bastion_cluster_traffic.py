"""Node discovery through the NAT bastion, with real traffic: a real Redis
Cluster and a real primary/replica pair in network namespaces, the bastion's
apply program discovering them through a fake of the ElastiCache describe
calls (a real HTTP server speaking the Query API, reached with the AWS CLI's
``--endpoint-url``), and clients that reach every node through the bastion
only -- before and after failovers and a node replacement.

Addresses are documentation ranges only; every wait is bounded; everything is
torn down in ``finally``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from elasticache_kit.bastion.script import render_apply_script, render_discover_program, render_forward_table
from tests.bastion.test_bastion_traffic import _missing_prerequisite, in_ns, run

CLIENT_IP, PUBLIC_IP, PRIVATE_IP = "203.0.113.27", "203.0.113.73", "192.0.2.1"
FAKE_PORT = 18443
HERE = Path(__file__).parent
# the AWS CLI on the PATH, or the one `make test-deps` installs into .awscli/
AWS_CLI = shutil.which("aws") or next((str(p) for p in [HERE.parents[1] / ".awscli" / "bin" / "aws"] if p.exists()), None)


def _python39() -> str | None:
    """A real Python 3.9 (Amazon Linux 2023's python3): the discovery program runs on it where we have one."""
    candidates = [shutil.which("python3.9"), *map(str, sorted(Path.home().glob(".pyenv/versions/3.9*/bin/python3.9")))]
    for candidate in filter(None, candidates):
        found = subprocess.run([candidate, "-c", "import sys; print(sys.executable)"], capture_output=True, text=True)
        if found.returncode == 0:
            return found.stdout.strip()  # the interpreter itself, not a version manager's shim
    return None


PYTHON39 = _python39()


def _missing() -> str | None:
    missing = _missing_prerequisite()
    if missing:
        return missing
    if AWS_CLI is None:
        return "the AWS CLI is not installed (make test-deps puts one in .awscli/): the bastion's discovery calls it"
    try:
        import redis.cluster  # noqa: F401
    except ImportError:
        return "redis-py is not installed (a dev dependency)"
    return None


_MISSING = _missing()
pytestmark = pytest.mark.skipif(_MISSING is not None, reason=_MISSING or "")


class Lab:
    """Client, bastion and cache namespaces, the fake API in the bastion's, and the bastion's files."""

    def __init__(self) -> None:
        suffix = str(os.getpid())[-5:]
        self.suffix = suffix
        self.client, self.bastion, self.cache = f"ncc{suffix}", f"ncb{suffix}", f"nck{suffix}"
        self.etc = Path("/etc/netns") / self.bastion
        self.work = Path(tempfile.mkdtemp(prefix="nat-bastion-cluster-"))
        self.servers: dict[str, subprocess.Popen[bytes]] = {}
        self.fake: subprocess.Popen[str] | None = None
        self.hosts: dict[str, str] = {}

    # ------------------------------------------------------------ set-up
    def up(self) -> None:
        for ns in (self.client, self.bastion, self.cache):
            run("ip", "netns", "add", ns)
            in_ns(ns, "ip", "link", "set", "lo", "up")
        s = self.suffix
        run("ip", "link", "add", f"c{s}", "netns", self.client, "type", "veth", "peer", "name", f"bp{s}", "netns", self.bastion)
        run("ip", "link", "add", f"bk{s}", "netns", self.bastion, "type", "veth", "peer", "name", f"k{s}", "netns", self.cache)
        for ns, dev, cidr in ((self.client, f"c{s}", f"{CLIENT_IP}/24"), (self.bastion, f"bp{s}", f"{PUBLIC_IP}/24"),
                              (self.bastion, f"bk{s}", f"{PRIVATE_IP}/24")):
            in_ns(ns, "ip", "addr", "add", cidr, "dev", dev)
            in_ns(ns, "ip", "link", "set", dev, "up")
        in_ns(self.cache, "ip", "link", "set", f"k{s}", "up")
        in_ns(self.bastion, "ip", "route", "add", "default", "via", CLIENT_IP)
        in_ns(self.bastion, "sysctl", "-q", "-w", "net.ipv4.ip_forward=1")
        self.etc.mkdir(parents=True, exist_ok=True)
        self.write_hosts({})
        (self.work / "apply").write_text(render_apply_script())
        (self.work / "apply").chmod(0o755)
        (self.work / "discover").write_text(render_discover_program(PYTHON39 or sys.executable))
        (self.work / "discover").chmod(0o755)
        (self.work / "forwards").write_text(render_forward_table([]))
        self.write_fake_state({})
        self.fake = subprocess.Popen(
            ["ip", "netns", "exec", self.bastion, sys.executable, str(HERE.parent / "support" / "fake_elasticache_ssm.py"), str(FAKE_PORT),
             str(self.work / "fake-state.json"), str(self.work / "fake-log.jsonl")],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert self.fake.stdout is not None and self.fake.stdout.readline().strip() == "ready"

    def down(self) -> None:
        for server in [*self.servers.values(), *([self.fake] if self.fake else [])]:
            server.terminate()
            try:
                server.wait(timeout=5)
            except subprocess.TimeoutExpired:
                server.kill()
        for ns in (self.client, self.bastion, self.cache):
            run("ip", "netns", "del", ns, check=False)
        shutil.rmtree(self.etc, ignore_errors=True)
        shutil.rmtree(self.work, ignore_errors=True)

    # ------------------------------------------------------------ cache hosts
    def add_address(self, address: str) -> None:
        in_ns(self.cache, "ip", "addr", "add", f"{address}/24", "dev", f"k{self.suffix}")

    def start_redis(self, address: str, *extra: str) -> None:
        """A redis-server on ``address:6379`` in the cache namespace, ready when this returns."""
        self.add_address(address)
        data = self.work / f"redis-{address}"
        data.mkdir()
        self.servers[address] = subprocess.Popen(
            ["ip", "netns", "exec", self.cache, "redis-server", "--bind", address, "--bind-source-addr", address,
             "--port", "6379", "--save", "",
             "--appendonly", "no", "--protected-mode", "no", "--dir", str(data), *extra],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            if self.redis(address, "PING", check=False) == "PONG":
                return
            time.sleep(0.1)
        raise AssertionError(f"redis-server on {address} did not start")

    def stop_redis(self, address: str) -> None:
        server = self.servers.pop(address)
        server.kill()
        server.wait(timeout=5)

    def redis(self, address: str, *command: str, check: bool = True) -> str:
        return in_ns(self.cache, "redis-cli", "-h", address, *command, check=check).stdout.strip()

    def wait_for(self, what: str, predicate: Any, seconds: float = 20) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if predicate():
                return
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for {what}")

    # ------------------------------------------------------------ the bastion's view
    def write_hosts(self, names: dict[str, str]) -> None:
        """The bastion's DNS: what the VPC resolver answers for the nodes' and endpoints' names."""
        self.hosts = dict(names)
        lines = ["127.0.0.1 localhost", *(f"{address} {name}" for name, address in names.items())]
        (self.etc / "hosts").write_text("\n".join(lines) + "\n")

    def write_fake_state(self, state: dict[str, Any]) -> None:
        path = self.work / "fake-state.json"
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(state))
        temporary.replace(path)

    def write_discovery(self, sources: list[dict[str, Any]]) -> None:
        config = {"region": "us-east-1", "endpoint_url": f"http://127.0.0.1:{FAKE_PORT}", "sources": sources}
        (self.work / "discovery.json").write_text(json.dumps(config))

    def apply(self) -> subprocess.CompletedProcess[str]:
        """One run of the apply program, as the timer starts it (discovery included)."""
        env = {
            **os.environ,
            "NAT_BASTION_FORWARDS": str(self.work / "forwards"), "NAT_BASTION_STATE": str(self.work / "state"),
            "NAT_BASTION_DISCOVERY": str(self.work / "discovery.json"), "NAT_BASTION_DATA": str(self.work / "data"),
            "NAT_BASTION_DISCOVER": str(self.work / "discover"), "NAT_BASTION_AWS": str(AWS_CLI),
            "NAT_BASTION_PUBLIC_IP": PUBLIC_IP, "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE",
            "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
            # the CLI's standard retries, two attempts: a throttled round fails in seconds, not a minute
            "AWS_RETRY_MODE": "standard", "AWS_MAX_ATTEMPTS": "2",
        }
        return subprocess.run(["ip", "netns", "exec", self.bastion, str(self.work / "apply")], env=env,
                              capture_output=True, text=True, timeout=120, check=True)

    def dnat(self) -> dict[int, str]:
        """The live DNAT rules: public port -> target."""
        rules = {}
        for line in in_ns(self.bastion, "iptables", "-t", "nat", "-S", "NATB_PRE").stdout.splitlines():
            if "-j DNAT" in line:
                words = line.split()
                rules[int(words[words.index("--dport") + 1])] = words[words.index("--to-destination") + 1]
        return rules

    def table(self, kind: str, id: str) -> dict[str, Any]:
        return json.loads((self.work / "data" / f"table-{kind}-{id}.json").read_text())

    def requests(self) -> list[dict[str, Any]]:
        log = self.work / "fake-log.jsonl"
        return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []

    def client_env(self) -> dict[str, str]:
        return {**os.environ, "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY": "example",
                "AWS_EC2_METADATA_DISABLED": "true", "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
                "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE.parent / "src"), os.environ.get("PYTHONPATH")]))}

    def cluster_client(self, parameter: str, mode: str, prefix: str) -> dict[str, Any]:
        done = subprocess.run(
            ["ip", "netns", "exec", self.client, sys.executable, str(HERE.parent / "support" / "bastion_cluster_client.py"),
             f"http://{PUBLIC_IP}:{FAKE_PORT}", parameter, mode, prefix],
            env=self.client_env(), capture_output=True, text=True, timeout=90)
        assert done.returncode == 0, done.stderr[-3000:]
        return dict(json.loads(done.stdout))

    def client_redis(self, port: int, *command: str) -> str:
        """``redis-cli`` from the client namespace to the bastion's public port."""
        return in_ns(self.client, "redis-cli", "-h", PUBLIC_IP, "-p", str(port), *command, check=False).stdout.strip()


@pytest.fixture
def lab() -> Iterator[Lab]:
    lab = Lab()
    try:
        lab.up()
        yield lab
    finally:
        lab.down()


# ---------------------------------------------------------------- cluster mode enabled
GROUP = "g"
DOMAIN = "g.abcdef.use1.cache.example.test"
CONFIG_NAME = f"clustercfg.{DOMAIN}"
PARAMETER = "/elasticache-kit/test/g/nodes"


def node_name(node_id: str) -> str:
    return f"{GROUP}-{node_id}.{DOMAIN}"


def cme_state(members: dict[str, list[str]]) -> dict[str, Any]:
    """The fake's answer: shards -> member node ids (the API reports no roles in cluster mode)."""
    shards = [{"id": shard, "members": [{"cluster": f"{GROUP}-{node}", "node": "0001", "host": node_name(node), "port": 6379,
                                         "role": None} for node in nodes]} for shard, nodes in members.items()]
    return {"replication_groups": {GROUP: {"cluster_mode": True, "configuration": [CONFIG_NAME, 6379], "shards": shards}}}


def node_id_of(lab: Lab, address: str) -> str:
    return lab.redis(address, "CLUSTER", "MYID")


def cluster_ok(lab: Lab, addresses: list[str]) -> bool:
    return all("cluster_state:ok" in lab.redis(a, "CLUSTER", "INFO", check=False) for a in addresses)


def test_redis_cluster_through_the_bastion_follows_failover_and_replacement(lab: Lab) -> None:
    primaries = ["192.0.2.10", "192.0.2.11", "192.0.2.12"]
    replica, replacement, new_replica = "192.0.2.13", "192.0.2.14", "192.0.2.15"
    for address in [*primaries, replica]:
        lab.start_redis(address, "--cluster-enabled", "yes", "--cluster-config-file", f"nodes-{address}.conf",
                        "--cluster-node-timeout", "2000")
    in_ns(lab.cache, "redis-cli", "--cluster", "create", *(f"{a}:6379" for a in primaries), "--cluster-replicas", "0",
          "--cluster-yes")
    in_ns(lab.cache, "redis-cli", "--cluster", "add-node", f"{replica}:6379", f"{primaries[0]}:6379", "--cluster-slave",
          "--cluster-master-id", node_id_of(lab, primaries[0]))
    lab.wait_for("the cluster", lambda: cluster_ok(lab, [*primaries, replica])
                 and "role:slave" in lab.redis(replica, "INFO", "replication"))

    # The VPC's DNS and the API's view: shard 0001 = .10 (primary) + .13, shards 0002, 0003 = .11, .12.
    lab.write_hosts({CONFIG_NAME: primaries[1], node_name("0001-001"): primaries[0], node_name("0001-002"): replica,
                     node_name("0002-001"): primaries[1], node_name("0003-001"): primaries[2]})
    lab.write_fake_state(cme_state({"0001": ["0001-001", "0001-002"], "0002": ["0002-001"], "0003": ["0003-001"]}))
    # Ports 7000 (configuration endpoint) and 7001-7006: four nodes now, room for two more.
    lab.write_discovery([{"kind": "replication-group", "id": GROUP, "first_port": 7000, "port_count": 7,
                          "endpoints": ["configuration"], "parameter": PARAMETER,
                          "planned": ["0001-001", "0001-002", "0002-001", "0003-001"]}])

    output = lab.apply()
    assert "rules applied" in output.stdout and "table published" in output.stdout, output.stdout + output.stderr
    assert lab.dnat() == {7000: f"{primaries[1]}:6379", 7001: f"{primaries[0]}:6379",
                          7002: f"{replica}:6379", 7003: f"{primaries[1]}:6379", 7004: f"{primaries[2]}:6379"}

    # The discovery asked exactly the two describe calls, signed, for this group and its members only.
    requests = lab.requests()
    describe = [r for r in requests if r["action"].startswith("Describe")]
    assert {r["signed_for"] for r in requests} == {"elasticache", "ssm"}
    assert [r["params"].get("ReplicationGroupId") for r in describe if r["action"] == "DescribeReplicationGroups"] == [GROUP]
    assert sorted(r["params"]["CacheClusterId"] for r in describe if r["action"] == "DescribeCacheClusters") == [
        f"{GROUP}-0001-001", f"{GROUP}-0001-002", f"{GROUP}-0002-001", f"{GROUP}-0003-001"]
    assert all(r["params"].get("ShowCacheNodeInfo") == "true" for r in describe if r["action"] == "DescribeCacheClusters")

    # A client outside: keys on every primary, through the bastion's public address only.
    report = lab.cluster_client(PARAMETER, "write", "before")
    assert report["node_hosts"] == [PUBLIC_IP]
    assert report["startup"] == [PUBLIC_IP, 7000]
    assert sorted(report["primaries"]) == [f"{PUBLIC_IP}:7001", f"{PUBLIC_IP}:7003", f"{PUBLIC_IP}:7004"]
    assert set(report["served_by"].values()) == {f"{PUBLIC_IP}:7001", f"{PUBLIC_IP}:7003", f"{PUBLIC_IP}:7004"}
    assert all(value == f"value-{key.split(':')[1]}" for key, value in report["values"].items())
    ports_before = {n["id"]: n["public_port"] for n in lab.table("replication-group", GROUP)["nodes"]}
    assert lab.redis(primaries[0], "WAIT", "1", "5000") == "1"  # the replica has shard 0001's writes

    # Shard 0001's primary dies; its replica takes over.
    lab.stop_redis(primaries[0])
    lab.redis(replica, "CLUSTER", "FAILOVER", "TAKEOVER")
    lab.wait_for("the replica to be primary", lambda: "role:master" in lab.redis(replica, "INFO", "replication"))
    # ElastiCache replaces the failed node: same node id and DNS name, another address, now a replica.
    # The joining replicas never fail over here: on a loaded machine a slow primary could otherwise be
    # replaced by a replica that has not finished its first sync, and the shard's keys would be lost.
    lab.start_redis(replacement, "--cluster-enabled", "yes", "--cluster-config-file", f"nodes-{replacement}.conf",
                    "--cluster-node-timeout", "2000", "--cluster-replica-no-failover", "yes")
    # and a replica is added to shard 0002 (new membership).
    lab.start_redis(new_replica, "--cluster-enabled", "yes", "--cluster-config-file", f"nodes-{new_replica}.conf",
                    "--cluster-node-timeout", "2000", "--cluster-replica-no-failover", "yes")
    dead = next(line.split()[0] for line in lab.redis(replica, "CLUSTER", "NODES").splitlines() if primaries[0] in line)
    for address in (replica, primaries[1], primaries[2]):
        lab.redis(address, "CLUSTER", "FORGET", dead)
    for address, primary in ((replacement, replica), (new_replica, primaries[1])):
        lab.redis(replica, "CLUSTER", "MEET", address, "6379")
        primary_id = node_id_of(lab, primary)
        lab.wait_for(f"{address} to join", lambda a=address, p=primary_id: p in lab.redis(a, "CLUSTER", "NODES"))
        lab.wait_for(f"{address} to replicate", lambda a=address, p=primary_id: lab.redis(
            a, "CLUSTER", "REPLICATE", p, check=False) == "OK")
        lab.wait_for(f"{address} to finish its first sync",
                     lambda a=address: "master_link_status:up" in lab.redis(a, "INFO", "replication"), seconds=30)
    live = [replica, primaries[1], primaries[2], replacement, new_replica]
    lab.wait_for("the cluster to settle", lambda: cluster_ok(lab, live)
                 and all(dead not in lab.redis(a, "CLUSTER", "NODES") for a in live), seconds=30)

    lab.write_hosts({**lab.hosts, node_name("0001-001"): replacement, node_name("0002-002"): new_replica})
    lab.write_fake_state(cme_state({"0001": ["0001-001", "0001-002"], "0002": ["0002-001", "0002-002"],
                                    "0003": ["0003-001"]}))

    # One apply cycle: the rules follow. (Known members' node names are remembered: only the new one is described.)
    asked_before = len(lab.requests())
    output = lab.apply()
    asked = [r for r in lab.requests()[asked_before:] if r["action"] == "DescribeCacheClusters"]
    assert [r["params"]["CacheClusterId"] for r in asked] == [f"{GROUP}-0002-002"]
    assert "rules applied" in output.stdout, output.stdout + output.stderr
    ports_after = {n["id"]: n["public_port"] for n in lab.table("replication-group", GROUP)["nodes"]}
    assert {k: ports_after[k] for k in ports_before} == ports_before  # surviving nodes keep their ports
    assert ports_after["0002-002"] == 7005  # the new node takes a free port
    assert lab.dnat() == {7000: f"{primaries[1]}:6379", 7001: f"{replacement}:6379", 7002: f"{replica}:6379",
                          7003: f"{primaries[1]}:6379", 7004: f"{primaries[2]}:6379", 7005: f"{new_replica}:6379"}

    # A client again: the keys written before the failover are there, and new writes reach every primary.
    old = lab.cluster_client(PARAMETER, "read", "before")
    for _ in range(3):  # a loaded machine's cluster may still be converging after the takeover: read again, bounded
        if all(value == f"value-{key.split(':')[1]}" for key, value in old["values"].items()):
            break
        time.sleep(2)
        old = lab.cluster_client(PARAMETER, "read", "before")
    assert all(value == f"value-{key.split(':')[1]}" for key, value in old["values"].items()), old["values"]
    new = lab.cluster_client(PARAMETER, "write", "after")
    assert sorted(new["primaries"]) == [f"{PUBLIC_IP}:7002", f"{PUBLIC_IP}:7003", f"{PUBLIC_IP}:7004"]
    assert set(new["served_by"].values()) == {f"{PUBLIC_IP}:7002", f"{PUBLIC_IP}:7003", f"{PUBLIC_IP}:7004"}
    assert all(value == f"value-{key.split(':')[1]}" for key, value in new["values"].items())
    assert new["node_hosts"] == [PUBLIC_IP]

    # Nothing changed since: a rerun neither touches the rules nor republishes.
    output = lab.apply()
    assert "rules applied" not in output.stdout and "published" not in output.stdout


# ---------------------------------------------------------------- cluster mode disabled
CMD_GROUP = "cmd"
CMD_PRIMARY, CMD_READER = "master.cmd.abcdef.use1.cache.example.test", "replica.cmd.abcdef.use1.cache.example.test"


def cmd_state(primary_node: str) -> dict[str, Any]:
    """A cluster-mode-disabled group: nodes 001 and 002, ``primary_node`` the primary."""
    members = [{"cluster": f"{CMD_GROUP}-{n}", "node": "0001", "host": f"{CMD_GROUP}-{n}.cmd.abcdef.use1.cache.example.test",
                "port": 6379, "role": "primary" if n == primary_node else "replica"} for n in ("001", "002")]
    shard = {"id": "0001", "primary": [CMD_PRIMARY, 6379], "reader": [CMD_READER, 6379], "members": members}
    return {"replication_groups": {CMD_GROUP: {"cluster_mode": False, "shards": [shard]}}}


def test_primary_and_replica_through_the_bastion_swap_on_failover(lab: Lab) -> None:
    first, second = "192.0.2.20", "192.0.2.21"
    lab.start_redis(first)
    lab.start_redis(second, "--replicaof", first, "6379")
    lab.wait_for("replication", lambda: "master_link_status:up" in lab.redis(second, "INFO", "replication"))
    names = {f"{CMD_GROUP}-001.cmd.abcdef.use1.cache.example.test": first,
             f"{CMD_GROUP}-002.cmd.abcdef.use1.cache.example.test": second}
    lab.write_hosts({CMD_PRIMARY: first, CMD_READER: second, **names})
    lab.write_fake_state(cmd_state("001"))
    lab.write_discovery([{"kind": "replication-group", "id": CMD_GROUP, "first_port": 7100, "port_count": 4,
                          "endpoints": ["primary", "reader"], "parameter": "/elasticache-kit/test/cmd/nodes",
                          "planned": ["001", "002"]}])
    lab.apply()
    assert lab.dnat() == {7100: f"{first}:6379", 7101: f"{second}:6379", 7102: f"{first}:6379", 7103: f"{second}:6379"}
    roles = {n["id"]: n["role"] for n in lab.table("replication-group", CMD_GROUP)["nodes"]}
    assert roles == {"001": "primary", "002": "replica"}

    # Writes through the primary endpoint's port, reads through the reader's.
    assert lab.client_redis(7100, "SET", "k", "one") == "OK"
    lab.wait_for("the write to replicate", lambda: lab.client_redis(7101, "GET", "k") == "one")
    assert "READONLY" in lab.client_redis(7101, "SET", "k", "two")

    # The API is throttled for a round: the rules stay as they are.
    lab.write_fake_state({**cmd_state("001"), "fail": {"DescribeReplicationGroups": {"code": "Throttling", "times": 9}}})
    output = lab.apply()
    assert "discovery failed" in output.stderr or "keeping the last forwards" in output.stderr, output.stdout + output.stderr
    assert "rules applied" not in output.stdout
    assert lab.client_redis(7100, "GET", "k") == "one"

    # Failover: 002 is promoted, 001 follows it; the endpoints' names move, the node ports stay.
    lab.redis(second, "REPLICAOF", "NO", "ONE")
    lab.redis(first, "REPLICAOF", second, "6379")
    lab.wait_for("the swap", lambda: "master_link_status:up" in lab.redis(first, "INFO", "replication"))
    lab.write_hosts({CMD_PRIMARY: second, CMD_READER: first, **names})
    lab.write_fake_state(cmd_state("002"))
    output = lab.apply()
    assert "rules applied" in output.stdout, output.stdout + output.stderr
    assert lab.dnat() == {7100: f"{second}:6379", 7101: f"{first}:6379", 7102: f"{first}:6379", 7103: f"{second}:6379"}
    roles = {n["id"]: n["role"] for n in lab.table("replication-group", CMD_GROUP)["nodes"]}
    assert roles == {"001": "replica", "002": "primary"}
    assert lab.client_redis(7100, "SET", "k", "three") == "OK"
    lab.wait_for("the write to replicate", lambda: lab.client_redis(7101, "GET", "k") == "three")
    assert "READONLY" in lab.client_redis(7101, "SET", "k", "four")


# ---------------------------------------------------------------- TLS through the bastion
TLS_DOMAIN = "tls.abcdef.use1.cache.example.test"

TLS_CLIENT = """
import json, ssl, sys
import redis
from elasticache_kit.bastion_client import load_node_table
endpoint, parameter, ca = sys.argv[1:4]
table = load_node_table(parameter, region="us-east-1", endpoint_url=endpoint)
results = {}
(node,) = table.nodes
host, port = table.remap(by_name=True)[(node.address, node.port)]
results["by_name"] = redis.Redis(host=host, port=port, ssl=True, ssl_ca_certs=ca, ssl_check_hostname=True,
                                 socket_timeout=3).ping()
try:
    redis.Redis(host=table.public_ip, port=port, ssl=True, ssl_ca_certs=ca, ssl_check_hostname=True,
                socket_timeout=3).ping()
    results["by_ip"] = "connected"
except redis.exceptions.ConnectionError as error:
    results["by_ip"] = str(error)
print(json.dumps(results))
"""


def _certificates(directory: Path) -> Path:
    """A CA and a node certificate for ``*.TLS_DOMAIN``, as ElastiCache's name the nodes' domain."""
    def ssl(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=directory, timeout=60)

    ssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "2",
        "-subj", "/CN=test CA")
    ssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "node.key", "-out", "node.csr", "-subj", f"/CN=*.{TLS_DOMAIN}")
    (directory / "san.ext").write_text(f"subjectAltName=DNS:*.{TLS_DOMAIN}\n")
    ssl("x509", "-req", "-in", "node.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", "node.crt",
        "-days", "2", "-extfile", "san.ext")
    return directory


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_tls_through_the_bastion_verifies_the_node_name_not_the_elastic_ip(lab: Lab) -> None:
    certs = _certificates(lab.work)
    address, node_host = "192.0.2.30", f"tls-001.{TLS_DOMAIN}"
    lab.add_address(address)
    lab.servers[address] = subprocess.Popen(
        ["ip", "netns", "exec", lab.cache, "redis-server", "--bind", address, "--port", "0", "--tls-port", "6379",
         "--tls-cert-file", str(certs / "node.crt"), "--tls-key-file", str(certs / "node.key"),
         "--tls-ca-cert-file", str(certs / "ca.crt"), "--tls-auth-clients", "no", "--save", "", "--appendonly", "no",
         "--protected-mode", "no", "--dir", str(lab.work)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    lab.wait_for("the TLS server", lambda: in_ns(lab.cache, "redis-cli", "--tls", "--cacert", str(certs / "ca.crt"),
                                                 "--sni", node_host, "-h", address, "PING", check=False).stdout.strip() == "PONG")
    lab.write_hosts({f"master.{TLS_DOMAIN}": address, f"replica.{TLS_DOMAIN}": address, node_host: address})
    member = {"cluster": "tls-001", "node": "0001", "host": node_host, "port": 6379, "role": "primary"}
    shard = {"id": "0001", "primary": [f"master.{TLS_DOMAIN}", 6379], "reader": [f"replica.{TLS_DOMAIN}", 6379],
             "members": [member]}
    lab.write_fake_state({"replication_groups": {"tls": {"cluster_mode": False, "shards": [shard]}}})
    lab.write_discovery([{"kind": "replication-group", "id": "tls", "first_port": 7200, "port_count": 3,
                          "endpoints": ["primary", "reader"], "parameter": "/elasticache-kit/test/tls/nodes",
                          "planned": ["001"]}])
    lab.apply()
    # the client's /etc/hosts: the node's name on the Elastic IP (bastion-nodes --format hosts)
    client_etc = Path("/etc/netns") / lab.client
    client_etc.mkdir(parents=True, exist_ok=True)
    try:
        (client_etc / "hosts").write_text(f"127.0.0.1 localhost\n{PUBLIC_IP} {node_host}\n")
        done = subprocess.run(
            ["ip", "netns", "exec", lab.client, sys.executable, "-c", TLS_CLIENT, f"http://{PUBLIC_IP}:{FAKE_PORT}",
             "/elasticache-kit/test/tls/nodes", str(certs / "ca.crt")],
            env=lab.client_env(), capture_output=True, text=True, timeout=60)
    finally:
        shutil.rmtree(client_etc, ignore_errors=True)
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(done.stdout)
    assert results["by_name"] is True  # through the bastion, certificate checked against the node's name
    assert "certificate" in results["by_ip"].lower() or "hostname" in results["by_ip"].lower(), results
