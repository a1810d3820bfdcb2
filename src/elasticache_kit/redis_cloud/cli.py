"""``python -m elasticache_kit redis-cloud private-link VERB --subscription N ...``:
Redis Cloud's PrivateLink calls from a shell, with JSON (default) or text output.

The keys come from ``REDIS_API_KEY`` (account key) and ``REDIS_API_SECRET``
(user key), the names Redis's own examples use.  Every call waits for its task
(at most ``--max-wait`` seconds, polling from ``--poll-interval``);
``add-principal`` also checks that Redis Cloud lists the principal.  A failure
prints one line to stderr and exits non-zero (1 for an API error or a wait that
ran out, 2 for bad usage).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from .client import DEFAULT_BASE_URL, PRINCIPAL_TYPES, RedisCloudClient, principal_type_of
from .errors import RedisCloudError

__all__ = ["add_parser", "run"]

_VERBS: dict[str, str] = {
    "show": "print the PrivateLink configuration (null when there is none)",
    "create": "create the PrivateLink with its first principal",
    "delete": "delete the PrivateLink (remove its principals first)",
    "add-principal": "allow a principal (an AWS account id or ARN)",
    "remove-principal": "remove a principal",
    "endpoint-script": "print the endpoint discovery script Redis Cloud generates",
    "disassociate": "disassociate a connection (a VPC endpoint) from the PrivateLink",
    "wait": "wait until the PrivateLink reads a status (--status, default active)",
    "wait-principal": "wait until a principal reads a status (--status, default associated)",
}


def add_parser(commands: Any) -> None:
    """Add the ``redis-cloud`` command to an ``argparse`` subparsers object."""
    redis_cloud = commands.add_parser("redis-cloud", help="Redis Cloud API helpers (PrivateLink)",
                                      description="Redis Cloud API helpers; keys from REDIS_API_KEY/REDIS_API_SECRET")
    areas = redis_cloud.add_subparsers(dest="area", required=True)
    private_link = areas.add_parser("private-link", help="PrivateLink of a subscription (or an Active-Active region)")
    verbs = private_link.add_subparsers(dest="verb", required=True)
    for verb, help_text in _VERBS.items():
        sub = verbs.add_parser(verb, help=help_text, description=help_text)
        sub.add_argument("--subscription", type=int, required=True, help="Redis Cloud subscription id")
        sub.add_argument("--region-id", type=int, help="Redis Cloud region id (Active-Active subscriptions)")
        sub.add_argument("--api-url", default=os.environ.get("REDIS_CLOUD_API_URL") or DEFAULT_BASE_URL,
                         help=f"API root (default: $REDIS_CLOUD_API_URL or {DEFAULT_BASE_URL})")
        sub.add_argument("--max-wait", "--timeout", type=_seconds, default=300.0, dest="max_wait",
                         help="seconds to wait for the task or state (default: 300)")
        sub.add_argument("--poll-interval", type=_seconds, default=1.0,
                         help="first poll delay in seconds, doubling (default: 1)")
        sub.add_argument("--format", choices=["json", "text"], default="json", help="output format (default: json)")
        if verb in ("create", "add-principal", "remove-principal", "wait-principal"):
            sub.add_argument("--principal", required=True,
                             help="AWS account id, organization/OU/IAM role/IAM user ARN, or service principal")
        if verb in ("create", "add-principal"):
            sub.add_argument("--type", default=None, dest="principal_type", choices=list(PRINCIPAL_TYPES),
                             help="principal type (default: read from the principal's shape)")
            sub.add_argument("--alias", help="a label for the principal")
        if verb == "create":
            sub.add_argument("--share-name", required=True, help="AWS RAM share name (at most 64 characters)")
        if verb == "endpoint-script":
            sub.add_argument("--terraform", action="store_true", help="also the Terraform AWS script")
            sub.add_argument("--raw", action="store_true", help="print the script itself, not JSON")
        if verb in ("wait", "wait-principal"):
            sub.add_argument("--status", default="active" if verb == "wait" else "associated",
                             help="the status to wait for, or 'absent' (until it is gone)")
        if verb == "disassociate":
            sub.add_argument("--association-id", required=True, help="the connection's associationId")
            sub.add_argument("--principal-id", required=True, help="the connection's owner (AWS account id)")
            sub.add_argument("--connection-id", help="the connection's id (vpce-...)")
            sub.add_argument("--connection-type", default="vpc_endpoint", help="connection type (default: vpc_endpoint)")
        sub.set_defaults(handler=run)


def _seconds(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number of seconds")
    return value


def _type(args: argparse.Namespace) -> str:
    kind = args.principal_type or principal_type_of(args.principal)
    if kind is None:
        raise RedisCloudError(f"--principal {args.principal!r} has no known shape: give --type")
    return kind


def _call(client: RedisCloudClient, args: argparse.Namespace) -> Any:
    sub, region, timeout = args.subscription, args.region_id, args.max_wait
    if args.verb == "show":
        return client.get_private_link(sub, region_id=region, timeout=timeout)
    if args.verb == "create":
        return client.create_private_link(sub, share_name=args.share_name, principal=args.principal,
                                          principal_type=_type(args), alias=args.alias, region_id=region,
                                          timeout=timeout)
    if args.verb == "delete":
        return client.delete_private_link(sub, region_id=region, timeout=timeout)
    if args.verb == "add-principal":
        return client.add_principal(sub, args.principal, principal_type=_type(args), alias=args.alias,
                                    region_id=region, timeout=timeout)
    if args.verb == "remove-principal":
        return client.remove_principal(sub, args.principal, region_id=region, timeout=timeout)
    if args.verb == "endpoint-script":
        return client.endpoint_script(sub, region_id=region, include_terraform=args.terraform, timeout=timeout)
    if args.verb in ("wait", "wait-principal"):
        status = None if args.status == "absent" else args.status
        if args.verb == "wait":
            return client.wait_for_private_link(sub, status=status, region_id=region, timeout=timeout)
        return client.wait_for_principal(sub, args.principal, status=status, region_id=region, timeout=timeout)
    connection = {"associationId": args.association_id, "type": args.connection_type,
                  "principalId": args.principal_id}
    if args.connection_id:
        connection["connectionId"] = args.connection_id
    return client.disassociate(sub, [connection], region_id=region, timeout=timeout)


def run(args: argparse.Namespace) -> int:
    """Run one ``redis-cloud private-link`` verb; returns the exit status."""
    api_key, secret_key = os.environ.get("REDIS_API_KEY", ""), os.environ.get("REDIS_API_SECRET", "")
    if not api_key or not secret_key:
        print("error: set REDIS_API_KEY (account key) and REDIS_API_SECRET (user key)", file=sys.stderr)
        return 2
    try:
        client = RedisCloudClient(api_key, secret_key, base_url=args.api_url, poll_interval=args.poll_interval,
                                  task_timeout=args.max_wait, max_poll_interval=max(args.poll_interval, 30.0))
        result = _call(client, args)
    except (RedisCloudError, OSError, ValueError) as error:
        print(" ".join(f"error: {error}".split()), file=sys.stderr)
        return 1
    if args.verb == "endpoint-script" and args.raw:
        print(result.get("resourceEndpointScript") or "")
        return 0
    print(json.dumps(result, indent=2, sort_keys=True) if args.format == "json" else _text(result))
    return 0


def _text(value: Any, indent: str = "") -> str:
    """A result as indented ``key: value`` lines; a list of principals or
    connections one line each."""
    if value is None:
        return f"{indent}none"
    if isinstance(value, dict):
        lines = []
        for key in sorted(value):
            item = value[key]
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{indent}{key}:")
                lines.append(_text(item, indent + "  "))
            else:
                lines.append(f"{indent}{key}: {'' if item is None else item}")
        return "\n".join(lines)
    if isinstance(value, list):
        return "\n".join(
            f"{indent}- " + " ".join(f"{k}={v}" for k, v in item.items() if v not in (None, ""))
            if isinstance(item, dict) else f"{indent}- {item}" for item in value)
    return f"{indent}{value}"
