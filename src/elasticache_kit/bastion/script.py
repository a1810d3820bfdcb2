"""The NAT bastion's set-up script, rendered by pure functions so it can be
read, tested and run outside EC2 (the test suite runs the apply step in
network namespaces with real traffic).

The set-up writes a forward table and an idempotent ``apply`` program, and a
systemd timer that runs it at boot and every minute: DNS-named targets
(serverless endpoints) are re-resolved and the NAT rules replaced atomically
when an address changes, so the rules survive reboots and address changes.
Each run compares the wanted rules with the live ones and repairs what is
missing (a flushed chain, a deleted jump), under a lock, so runs never
interleave.
"""

from __future__ import annotations

import ast
import base64
import gzip
import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from .._internal.tokens import is_token

__all__ = ["Forward", "render_apply_script", "render_discover_program", "render_forward_table", "render_setup_script"]

CONFIG_DIR: Final = "/etc/nat-bastion"
FORWARDS_FILE: Final = f"{CONFIG_DIR}/forwards"
DISCOVERY_FILE: Final = f"{CONFIG_DIR}/discovery.json"
DATA_DIR: Final = "/var/lib/nat-bastion"
APPLY_PROGRAM: Final = "/usr/local/sbin/nat-bastion-apply"
DISCOVER_PROGRAM: Final = "/usr/local/sbin/nat-bastion-discover"
_HOSTNAME = re.compile(r"(?=.{1,253}\Z)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\Z")


@dataclass(frozen=True)
class Forward:
    """One forwarded port: ``public_port`` on the bastion to ``target_host:target_port``."""

    public_port: int
    target_host: str
    """An IPv4 address or a DNS name (re-resolved every minute)."""
    target_port: int


def is_ipv4(host: str) -> bool:
    """Whether ``host`` is an IPv4 address."""
    try:
        ipaddress.IPv4Address(host)
    except ValueError:
        return False
    return True


def is_valid_host(host: str) -> bool:
    """Whether ``host`` is an IPv4 address, a DNS name, or a token (known at deploy)."""
    return is_token(host) or is_ipv4(host) or _HOSTNAME.match(host) is not None


def render_forward_table(forwards: Sequence[Forward]) -> str:
    """The forward table: one ``PUBLIC_PORT TARGET_HOST TARGET_PORT`` line each."""
    lines = [f"{f.public_port} {f.target_host} {f.target_port}" for f in forwards]
    return "\n".join(["# public_port target_host target_port", *lines]) + "\n"


def render_apply_script() -> str:
    """The idempotent, self-repairing program that turns the forward table into NAT rules.

    Each run takes a lock (``flock``), so runs never interleave; works out the
    wanted rules (re-resolving DNS names); compares them with the *live* rules
    (``iptables -C`` for each, and a rule count per chain), replacing the
    chains atomically only when they differ; and inserts each jump into our
    chains only when it is missing.  So a rerun repairs flushed or deleted
    rules, and a run with nothing to do changes nothing.

    When the discovery configuration exists (the bastion forwards replication
    groups or Memcached clusters), each run first runs the discovery program
    (:mod:`elasticache_kit.bastion.discovery`) under the same lock, and adds
    the forward lines it wrote to the table's; a failed discovery leaves its
    last lines in place.

    Environment overrides (for tests): ``NAT_BASTION_FORWARDS`` (table path),
    ``NAT_BASTION_STATE`` (state directory: the lock and a copy of the last
    rules applied), ``NAT_BASTION_IFACE`` (public interface; default: the
    interface of the default route), ``NAT_BASTION_DISCOVERY`` (discovery
    configuration), ``NAT_BASTION_DATA`` (discovery's state directory),
    ``NAT_BASTION_DISCOVER`` (the discovery program).
    """
    return r'''#!/bin/bash
# nat-bastion-apply: forward table -> iptables NAT rules.
# Idempotent and self-repairing: compares with the live rules, one run at a time.
set -euo pipefail
FORWARDS="${NAT_BASTION_FORWARDS:-@FORWARDS_FILE@}"
STATE="${NAT_BASTION_STATE:-/run/nat-bastion}"
mkdir -p "$STATE"
exec 9>"$STATE/lock"
if ! flock -w 50 9; then
  echo "nat-bastion: another run still holds $STATE/lock; skipping this round" >&2
  exit 1
fi
IFACE="${NAT_BASTION_IFACE:-$(ip -o -4 route show to default | awk '{print $5; exit}')}"
if [ -z "$IFACE" ]; then echo "nat-bastion: no default route, cannot find the public interface" >&2; exit 1; fi

# Node discovery (replication groups, Memcached clusters): the current nodes from the ElastiCache API.
DISCOVERY="${NAT_BASTION_DISCOVERY:-@DISCOVERY_FILE@}"
DATA="${NAT_BASTION_DATA:-@DATA_DIR@}"
tables=("$FORWARDS")
if [ -f "$DISCOVERY" ]; then
  if ! NAT_BASTION_DISCOVERY="$DISCOVERY" NAT_BASTION_DATA="$DATA" "${NAT_BASTION_DISCOVER:-@DISCOVER_PROGRAM@}"; then
    echo "nat-bastion: discovery failed this round; the last discovered forwards stay" >&2
  fi
  if [ -f "$DATA/discovered" ]; then tables+=("$DATA/discovered"); fi
fi

resolve() {
  if [[ "$1" =~ ^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$ ]]; then echo "$1"; return 0; fi
  getent ahostsv4 "$1" | awk '{print $1; exit}'
}

# The wanted rules, one "TABLE CHAIN MATCH... -j TARGET..." line each.
wanted=()
while read -r public host port _; do
  case "$public" in ''|\#*) continue ;; esac
  if ! [[ "$public" =~ ^[0-9]+$ && "$port" =~ ^[0-9]+$ ]]; then
    echo "nat-bastion: malformed line '$public $host $port' skipped" >&2
    continue
  fi
  address="$(resolve "$host" || true)"
  if [ -z "$address" ]; then
    echo "nat-bastion: cannot resolve $host yet; port $public skipped this round" >&2
    continue
  fi
  wanted+=("nat NATB_PRE -i $IFACE -p tcp --dport $public -j DNAT --to-destination $address:$port")
done < <(cat "${tables[@]}")
wanted+=("nat NATB_POST -m conntrack --ctstate DNAT -j MASQUERADE")
wanted+=("filter NATB_FWD -m conntrack --ctstate DNAT,ESTABLISHED,RELATED -j ACCEPT")

# The number of rules in a chain; fails when the chain does not exist.
live_count() {
  local listing
  listing="$(iptables -w -t "$1" -S "$2" 2>/dev/null)" || return 1
  grep -c '^-A ' <<< "$listing" || true
}

# Whether the live chains hold exactly the wanted rules.
in_sync() {
  local line table chain rule expected live
  for line in "${wanted[@]}"; do
    read -r table chain rule <<< "$line"
    # shellcheck disable=SC2086  # the rule is split into iptables arguments on purpose
    iptables -w -t "$table" -C "$chain" $rule 2>/dev/null || return 1
  done
  for line in "nat NATB_PRE" "nat NATB_POST" "filter NATB_FWD"; do
    read -r table chain <<< "$line"
    live="$(live_count "$table" "$chain")" || return 1
    expected="$(printf '%s\n' "${wanted[@]}" | grep -c "^$table $chain " || true)"
    [ "$live" = "$expected" ] || return 1
  done
}

# Replace our chains atomically, only when the live rules differ from the wanted ones.
if ! in_sync; then
  rules="$(mktemp)"
  trap 'rm -f "$rules"' EXIT
  {
    for table in nat filter; do
      echo "*$table"
      if [ "$table" = nat ]; then echo ":NATB_PRE - [0:0]"; echo ":NATB_POST - [0:0]"; else echo ":NATB_FWD - [0:0]"; fi
      for line in "${wanted[@]}"; do
        read -r rule_table chain rule <<< "$line"
        if [ "$rule_table" = "$table" ]; then echo "-A $chain $rule"; fi
      done
      echo "COMMIT"
    done
  } > "$rules"
  iptables-restore -w --noflush < "$rules"
  cp "$rules" "$STATE/applied"
  echo "nat-bastion: rules applied"
fi

# Hook our chains in: insert each jump only when it is missing (a flush of the
# built-in chains removes them).
for line in "nat PREROUTING NATB_PRE" "nat POSTROUTING NATB_POST" "filter FORWARD NATB_FWD"; do
  read -r table chain target <<< "$line"
  if ! iptables -w -t "$table" -C "$chain" -j "$target" 2>/dev/null; then
    iptables -w -t "$table" -I "$chain" -j "$target"
    echo "nat-bastion: jump $chain -> $target added"
  fi
done
'''.replace("@FORWARDS_FILE@", FORWARDS_FILE).replace("@DISCOVERY_FILE@", DISCOVERY_FILE).replace(
        "@DATA_DIR@", DATA_DIR).replace("@DISCOVER_PROGRAM@", DISCOVER_PROGRAM)


def render_discover_program(python: str = "/usr/bin/python3") -> str:
    """The discovery program: :mod:`elasticache_kit.bastion.discovery`'s code, run by
    ``python``, without its docstrings (EC2's user data is at most 16 KB; the
    documentation stays in the library)."""
    source = (Path(__file__).parent / "discovery.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                node.body = node.body[1:] or [ast.Pass()]
    header = "# nat-bastion-discover: elasticache_kit.bastion.discovery without its docstrings (see the library)\n"
    return f"#!{python}\n{header}{ast.unparse(tree)}\n"


def _heredoc(path: str, content: str, mode: str) -> str:
    marker = "NAT_BASTION_EOF"
    assert marker not in content
    return f"cat > {path} <<'{marker}'\n{content}{marker}\nchmod {mode} {path}\n"


def _packed(path: str, content: str, mode: str) -> str:
    """``content`` written to ``path`` from gzip + base64 (EC2 user data is at most 16 KB)."""
    packed = base64.b64encode(gzip.compress(content.encode(), mtime=0)).decode()
    lines = "\n".join(packed[i:i + 76] for i in range(0, len(packed), 76))
    return f"base64 -d <<'NAT_BASTION_EOF' | gunzip > {path}\n{lines}\nNAT_BASTION_EOF\nchmod {mode} {path}\n"


def render_setup_script(forwards: Sequence[Forward], discovery: str | None = None) -> str:
    """The whole user data: packages (retried), persistent IP forwarding, the
    forward table, the apply program, and a boot + every-minute timer; with
    ``discovery`` (the discovery configuration, JSON), also the discovery
    program and the AWS CLI it calls (preinstalled on Amazon Linux 2023's
    standard images; installed when missing, e.g. on the minimal ones).

    The timer is the only thing that starts the apply program: enabling it
    runs the first apply at once (its boot delay has passed), and a failed
    run is retried by the next tick, so the set-up does not also run the
    program itself (two starters raced each other).
    """
    service = (
        "[Unit]\nDescription=Apply NAT bastion port forwards\nAfter=network-online.target\n"
        "Wants=network-online.target\n\n[Service]\nType=oneshot\nExecStart=" + APPLY_PROGRAM + "\n"
    )
    timer = (
        "[Unit]\nDescription=Re-resolve NAT bastion targets\n\n[Timer]\nOnBootSec=10s\n"
        "OnUnitActiveSec=60s\nAccuracySec=5s\n\n[Install]\nWantedBy=timers.target\n"
    )
    parts = [
        "#!/bin/bash\n",
        "# NAT bastion set-up (rendered by elasticache_kit). For development and testing only.\n",
        "set -euo pipefail\n",
        "retry() { local n; for n in 1 2 3 4 5 6; do \"$@\" && return 0; echo \"retry $n: $*\" >&2; "
        "sleep $((n * 10)); done; return 1; }\n",
        "retry dnf install -y iptables-nft\n",
        "echo 'net.ipv4.ip_forward = 1' > /etc/sysctl.d/90-nat-bastion.conf\n",
        "sysctl -q -p /etc/sysctl.d/90-nat-bastion.conf\n",
        f"mkdir -p {CONFIG_DIR}\n",
        _heredoc(FORWARDS_FILE, render_forward_table(forwards), "0644"),
        _heredoc(APPLY_PROGRAM, render_apply_script(), "0755"),
        *([
            "command -v aws >/dev/null || retry dnf install -y awscli-2\n",
            f"mkdir -p {DATA_DIR}\n",
            _heredoc(DISCOVERY_FILE, discovery if discovery.endswith("\n") else discovery + "\n", "0644"),
            _packed(DISCOVER_PROGRAM, render_discover_program(), "0755"),
        ] if discovery is not None else []),
        _heredoc("/etc/systemd/system/nat-bastion-apply.service", service, "0644"),
        _heredoc("/etc/systemd/system/nat-bastion-apply.timer", timer, "0644"),
        "systemctl daemon-reload\n",
        "systemctl enable --now nat-bastion-apply.timer\n",
    ]
    return "".join(parts)
