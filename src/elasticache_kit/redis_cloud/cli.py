"""``python -m elasticache_kit redis-cloud private-link VERB --subscription N ...``:
Redis Cloud's PrivateLink calls from a shell, with JSON output.

The keys come from ``REDIS_API_KEY`` (account key) and ``REDIS_API_SECRET``
(user key), the names Redis's own examples use.  Every call waits for its task;
a failure prints one line to stderr and exits non-zero (1 for an API error, 2
for bad usage).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from .client import DEFAULT_BASE_URL, RedisCloudClient
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
        sub.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for the task (default: 300)")
        sub.add_argument("--poll-interval", type=float, default=1.0, help="first task poll delay in seconds")
        if verb in ("create", "add-principal", "remove-principal"):
            sub.add_argument("--principal", required=True, help="AWS account id or ARN, e.g. 123456789012")
        if verb in ("create", "add-principal"):
            sub.add_argument("--type", default="aws_account", dest="principal_type",
                             choices=["aws_account", "organization", "organization_unit", "iam_role", "iam_user",
                                      "service_principal"], help="principal type (default: aws_account)")
            sub.add_argument("--alias", help="a label for the principal")
        if verb == "create":
            sub.add_argument("--share-name", required=True, help="AWS RAM share name (at most 64 characters)")
        if verb == "endpoint-script":
            sub.add_argument("--terraform", action="store_true", help="also the Terraform AWS script")
            sub.add_argument("--raw", action="store_true", help="print the script itself, not JSON")
        if verb == "disassociate":
            sub.add_argument("--association-id", required=True, help="the connection's associationId")
            sub.add_argument("--principal-id", required=True, help="the connection's owner (AWS account id)")
            sub.add_argument("--connection-id", help="the connection's id (vpce-...)")
            sub.add_argument("--connection-type", default="vpc_endpoint", help="connection type (default: vpc_endpoint)")
        sub.set_defaults(handler=run)


def _call(client: RedisCloudClient, args: argparse.Namespace) -> Any:
    sub, region, timeout = args.subscription, args.region_id, args.timeout
    if args.verb == "show":
        return client.get_private_link(sub, region_id=region, timeout=timeout)
    if args.verb == "create":
        return client.create_private_link(sub, share_name=args.share_name, principal=args.principal,
                                          principal_type=args.principal_type, alias=args.alias, region_id=region,
                                          timeout=timeout)
    if args.verb == "delete":
        return client.delete_private_link(sub, region_id=region, timeout=timeout)
    if args.verb == "add-principal":
        return client.add_principal(sub, args.principal, principal_type=args.principal_type, alias=args.alias,
                                    region_id=region, timeout=timeout)
    if args.verb == "remove-principal":
        return client.remove_principal(sub, args.principal, region_id=region, timeout=timeout)
    if args.verb == "endpoint-script":
        return client.endpoint_script(sub, region_id=region, include_terraform=args.terraform, timeout=timeout)
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
                                  task_timeout=args.timeout)
        result = _call(client, args)
    except RedisCloudError as error:
        print(f"error: {error}".replace("\n", " "), file=sys.stderr)
        return 1
    if args.verb == "endpoint-script" and args.raw:
        print(result.get("resourceEndpointScript") or "")
        return 0
    print(json.dumps(result, indent=2, sort_keys=True))
    return 0
