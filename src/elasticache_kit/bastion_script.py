"""The NAT bastion's set-up script, rendered by pure functions so it can be
read, tested and run outside EC2 (the test suite runs the apply step in
network namespaces with real traffic).

The set-up writes a forward table and an idempotent ``apply`` program, and a
systemd timer that runs it at boot and every minute: DNS-named targets
(serverless endpoints) are re-resolved and the NAT rules replaced atomically
when an address changes, so the rules survive reboots and address changes.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from ._tokens import is_token

__all__ = ["Forward", "render_apply_script", "render_forward_table", "render_setup_script"]

CONFIG_DIR: Final = "/etc/nat-bastion"
FORWARDS_FILE: Final = f"{CONFIG_DIR}/forwards"
APPLY_PROGRAM: Final = "/usr/local/sbin/nat-bastion-apply"
_HOSTNAME = re.compile(r"(?=.{1,253}\Z)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\Z")


@dataclass(frozen=True)
class Forward:
    """One forwarded port: ``public_port`` on the bastion to ``target_host:target_port``."""

    public_port: int
    target_host: str
    """An IPv4 address or a DNS name (re-resolved every minute)."""
    target_port: int


def is_valid_host(host: str) -> bool:
    """Whether ``host`` is an IPv4 address, a DNS name, or a token (known at deploy)."""
    if is_token(host):
        return True
    try:
        return isinstance(ipaddress.ip_address(host), ipaddress.IPv4Address)
    except ValueError:
        return _HOSTNAME.match(host) is not None


def render_forward_table(forwards: Sequence[Forward]) -> str:
    """The forward table: one ``PUBLIC_PORT TARGET_HOST TARGET_PORT`` line each."""
    lines = [f"{f.public_port} {f.target_host} {f.target_port}" for f in forwards]
    return "\n".join(["# public_port target_host target_port", *lines]) + "\n"


def render_apply_script() -> str:
    """The idempotent program that turns the forward table into NAT rules.

    Environment overrides (for tests): ``NAT_BASTION_FORWARDS`` (table path),
    ``NAT_BASTION_STATE`` (state directory), ``NAT_BASTION_IFACE`` (public
    interface; default: the interface of the default route).
    """
    return r'''#!/bin/bash
# nat-bastion-apply: forward table -> iptables NAT rules (idempotent).
set -euo pipefail
FORWARDS="${NAT_BASTION_FORWARDS:-/etc/nat-bastion/forwards}"
STATE="${NAT_BASTION_STATE:-/run/nat-bastion}"
IFACE="${NAT_BASTION_IFACE:-$(ip -o -4 route show to default | awk '{print $5; exit}')}"
if [ -z "$IFACE" ]; then echo "nat-bastion: no default route, cannot find the public interface" >&2; exit 1; fi
mkdir -p "$STATE"

resolve() {
  if [[ "$1" =~ ^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$ ]]; then echo "$1"; return 0; fi
  getent ahostsv4 "$1" | awk '{print $1; exit}'
}

rules="$(mktemp)"
trap 'rm -f "$rules"' EXIT
{
  echo "*nat"
  echo ":NATB_PRE - [0:0]"
  echo ":NATB_POST - [0:0]"
  while read -r public host port; do
    case "$public" in ''|\#*) continue ;; esac
    address="$(resolve "$host" || true)"
    if [ -z "$address" ]; then
      echo "nat-bastion: cannot resolve $host yet; port $public skipped this round" >&2
      continue
    fi
    echo "-A NATB_PRE -i $IFACE -p tcp --dport $public -j DNAT --to-destination $address:$port"
  done < "$FORWARDS"
  echo "-A NATB_POST -m conntrack --ctstate DNAT -j MASQUERADE"
  echo "COMMIT"
  echo "*filter"
  echo ":NATB_FWD - [0:0]"
  echo "-A NATB_FWD -m conntrack --ctstate DNAT,ESTABLISHED,RELATED -j ACCEPT"
  echo "COMMIT"
} > "$rules"

# Hook our chains in once.
iptables -t nat -N NATB_PRE 2>/dev/null || true
iptables -t nat -N NATB_POST 2>/dev/null || true
iptables -N NATB_FWD 2>/dev/null || true
iptables -t nat -C PREROUTING -j NATB_PRE 2>/dev/null || iptables -t nat -A PREROUTING -j NATB_PRE
iptables -t nat -C POSTROUTING -j NATB_POST 2>/dev/null || iptables -t nat -A POSTROUTING -j NATB_POST
iptables -C FORWARD -j NATB_FWD 2>/dev/null || iptables -I FORWARD -j NATB_FWD

# Replace our chains atomically, only when the rules changed.
if ! cmp -s "$rules" "$STATE/applied"; then
  iptables-restore --noflush < "$rules"
  cp "$rules" "$STATE/applied"
  echo "nat-bastion: rules applied"
fi
'''


def _heredoc(path: str, content: str, mode: str) -> str:
    marker = "NAT_BASTION_EOF"
    assert marker not in content
    return f"cat > {path} <<'{marker}'\n{content}{marker}\nchmod {mode} {path}\n"


def render_setup_script(forwards: Sequence[Forward]) -> str:
    """The whole user data: packages (retried), persistent IP forwarding, the
    forward table, the apply program, and a boot + every-minute timer."""
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
        _heredoc("/etc/systemd/system/nat-bastion-apply.service", service, "0644"),
        _heredoc("/etc/systemd/system/nat-bastion-apply.timer", timer, "0644"),
        "systemctl daemon-reload\n",
        "systemctl enable --now nat-bastion-apply.timer\n",
        f"retry {APPLY_PROGRAM}\n",
    ]
    return "".join(parts)
