"""The NAT bastion's forwarding rules, exercised with real traffic.

Three network namespaces made here -- a client, the bastion and a cache host --
joined by veth pairs, addressed only from the documentation ranges. A real
redis-server runs in the cache namespace; the bastion namespace runs the apply
program that the user data installs; the client connects to the bastion's
public address and gets PONG. Then the target's DNS name is pointed at another
address, and the re-resolve step must re-point the rule. Everything is torn
down in ``finally``; every wait is bounded.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from elasticache_kit.bastion.script import Forward, render_apply_script, render_forward_table

CLIENT_IP, BASTION_PUBLIC_IP = "203.0.113.27", "203.0.113.73"
BASTION_PRIVATE_IP, CACHE_IP, CACHE_IP_2 = "192.0.2.1", "192.0.2.10", "192.0.2.11"
CACHE_NAME = "cache.example.test"


def _missing_prerequisite() -> str | None:
    if os.geteuid() != 0:
        return "needs root to create network namespaces"
    for tool in ("ip", "iptables", "iptables-restore", "redis-server", "redis-cli"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (make test installs it with apt-get)"
    probe = f"nbprobe{os.getpid()}"
    if subprocess.run(["ip", "netns", "add", probe], capture_output=True).returncode != 0:
        return "this machine cannot create network namespaces"
    subprocess.run(["ip", "netns", "del", probe], capture_output=True)
    return None


_MISSING = _missing_prerequisite()
pytestmark = pytest.mark.skipif(_MISSING is not None, reason=_MISSING or "")


def run(*args: str, check: bool = True, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), check=check, capture_output=True, text=True, timeout=30, env=env)


def in_ns(ns: str, *args: str, **kwargs) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return run("ip", "netns", "exec", ns, *args, **kwargs)


def redis_call(ns: str, command: str) -> str:
    """Send one inline command from namespace ``ns`` to the bastion's public port; bounded."""
    code = (
        "import socket,sys\n"
        f"s=socket.create_connection(('{BASTION_PUBLIC_IP}',6379),timeout=3)\n"
        f"s.sendall(b'{command}\\r\\n')\n"
        "print(s.recv(256).hex())\n"
    )
    return bytes.fromhex(in_ns(ns, "python3", "-c", code).stdout.strip()).decode()


@pytest.fixture
def lab() -> Iterator[dict[str, str]]:
    suffix = str(os.getpid())[-5:]
    client, bastion, cache = f"nbc{suffix}", f"nbb{suffix}", f"nbk{suffix}"
    etc = Path("/etc/netns") / bastion
    work = Path(tempfile.mkdtemp(prefix="nat-bastion-"))
    servers: list[subprocess.Popen[bytes]] = []
    try:
        for ns in (client, bastion, cache):
            run("ip", "netns", "add", ns)
            in_ns(ns, "ip", "link", "set", "lo", "up")
        run("ip", "link", "add", f"c{suffix}", "netns", client, "type", "veth", "peer", "name", f"bp{suffix}", "netns", bastion)
        run("ip", "link", "add", f"bk{suffix}", "netns", bastion, "type", "veth", "peer", "name", f"k{suffix}", "netns", cache)
        for ns, dev, cidr in ((client, f"c{suffix}", f"{CLIENT_IP}/24"), (bastion, f"bp{suffix}", f"{BASTION_PUBLIC_IP}/24"),
                              (bastion, f"bk{suffix}", f"{BASTION_PRIVATE_IP}/24"), (cache, f"k{suffix}", f"{CACHE_IP}/24"),
                              (cache, f"k{suffix}", f"{CACHE_IP_2}/24")):
            in_ns(ns, "ip", "addr", "add", cidr, "dev", dev)
            in_ns(ns, "ip", "link", "set", dev, "up")
        in_ns(bastion, "ip", "route", "add", "default", "via", CLIENT_IP)  # the public side holds the default route
        in_ns(bastion, "sysctl", "-q", "-w", "net.ipv4.ip_forward=1")
        for address, who in ((CACHE_IP, "first"), (CACHE_IP_2, "second")):
            data = work / who
            data.mkdir()
            servers.append(subprocess.Popen(
                ["ip", "netns", "exec", cache, "redis-server", "--bind", address, "--port", "6379", "--save", "",
                 "--appendonly", "no", "--protected-mode", "no", "--dir", str(data)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            for _ in range(50):
                if in_ns(cache, "redis-cli", "-h", address, "SET", "who", who, check=False).stdout.strip() == "OK":
                    break
                time.sleep(0.1)
            else:
                raise AssertionError(f"redis-server on {address} did not start")
        etc.mkdir(parents=True, exist_ok=True)
        (etc / "hosts").write_text(f"127.0.0.1 localhost\n{CACHE_IP} {CACHE_NAME}\n")
        apply = work / "apply"
        apply.write_text(render_apply_script())
        apply.chmod(0o755)
        (work / "forwards").write_text(render_forward_table([Forward(6379, CACHE_NAME, 6379)]))
        yield {"client": client, "bastion": bastion, "cache": cache, "work": str(work), "hosts": str(etc / "hosts")}
    finally:
        for server in servers:
            server.terminate()
            try:
                server.wait(timeout=5)
            except subprocess.TimeoutExpired:
                server.kill()
        for ns in (client, bastion, cache):
            run("ip", "netns", "del", ns, check=False)
        shutil.rmtree(etc, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


def apply_rules(lab: dict[str, str]) -> str:
    env = {**os.environ, "NAT_BASTION_FORWARDS": f"{lab['work']}/forwards", "NAT_BASTION_STATE": f"{lab['work']}/state"}
    return in_ns(lab["bastion"], f"{lab['work']}/apply", env=env).stdout


def test_client_reaches_the_cache_through_the_bastion_and_follows_a_new_address(lab: dict[str, str]) -> None:
    assert "rules applied" in apply_rules(lab)
    assert redis_call(lab["client"], "PING") == "+PONG\r\n"
    assert redis_call(lab["client"], "GET who") == "$5\r\nfirst\r\n"

    # Running again with nothing changed leaves the rules alone.
    assert "rules applied" not in apply_rules(lab)

    # The endpoint's name now resolves elsewhere: the re-resolve step re-points the rule.
    Path(lab["hosts"]).write_text(f"127.0.0.1 localhost\n{CACHE_IP_2} {CACHE_NAME}\n")
    assert "rules applied" in apply_rules(lab)
    assert redis_call(lab["client"], "GET who") == "$6\r\nsecond\r\n"

    rules = in_ns(lab["bastion"], "iptables", "-t", "nat", "-S", "NATB_PRE").stdout
    assert f"--to-destination {CACHE_IP_2}:6379" in rules and CACHE_IP + ":" not in rules
    assert rules.count("-j DNAT") == 1


def jumps(lab: dict[str, str]) -> dict[str, int]:
    """How many jump rules into each of the bastion's chains are live."""
    found = {}
    for table, chain, target in (("nat", "PREROUTING", "NATB_PRE"), ("nat", "POSTROUTING", "NATB_POST"),
                                 ("filter", "FORWARD", "NATB_FWD")):
        listing = in_ns(lab["bastion"], "iptables", "-t", table, "-S", chain).stdout.splitlines()
        found[target] = sum(1 for line in listing if line.split()[-2:] == ["-j", target])
    return found


def reaches_the_cache(lab: dict[str, str]) -> bool:
    try:
        return redis_call(lab["client"], "PING") == "+PONG\r\n"
    except subprocess.CalledProcessError:
        return False


def test_a_rerun_repairs_flushed_rules(lab: dict[str, str]) -> None:
    assert "rules applied" in apply_rules(lab)
    assert reaches_the_cache(lab)

    # Someone flushes the bastion's NAT chain: forwarding stops, and the next run repairs it
    # (it compares with the live rules, not with a record of its own last run).
    in_ns(lab["bastion"], "iptables", "-t", "nat", "-F", "NATB_PRE")
    assert not reaches_the_cache(lab)
    assert "rules applied" in apply_rules(lab)
    assert reaches_the_cache(lab)

    # The whole nat table flushed and our chains deleted: the jumps come back too.
    in_ns(lab["bastion"], "iptables", "-t", "nat", "-F")
    in_ns(lab["bastion"], "iptables", "-t", "nat", "-X")
    assert not reaches_the_cache(lab)
    assert "rules applied" in apply_rules(lab)
    assert reaches_the_cache(lab)
    assert jumps(lab) == {"NATB_PRE": 1, "NATB_POST": 1, "NATB_FWD": 1}

    # Nothing changed since: a rerun touches nothing.
    output = apply_rules(lab)
    assert "rules applied" not in output and "jump" not in output


def test_concurrent_runs_leave_one_jump_each(lab: dict[str, str]) -> None:
    env = {**os.environ, "NAT_BASTION_FORWARDS": f"{lab['work']}/forwards", "NAT_BASTION_STATE": f"{lab['work']}/state"}
    for _ in range(5):  # a few rounds: a race that loses once in a while must still show up
        for table in ("nat", "filter"):  # a fresh bastion: no jumps, no chains
            in_ns(lab["bastion"], "iptables", "-t", table, "-F")
            in_ns(lab["bastion"], "iptables", "-t", table, "-X")
        runs = [subprocess.Popen(["ip", "netns", "exec", lab["bastion"], f"{lab['work']}/apply"], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outputs = [run.communicate(timeout=60) for run in runs]
        assert [run.returncode for run in runs] == [0, 0], outputs
        assert jumps(lab) == {"NATB_PRE": 1, "NATB_POST": 1, "NATB_FWD": 1}
        rules = in_ns(lab["bastion"], "iptables", "-t", "nat", "-S", "NATB_PRE").stdout
        assert rules.count("-j DNAT") == 1
        assert sum("rules applied" in out for out, _ in outputs) == 1  # the second run found them in place
        assert reaches_the_cache(lab)
