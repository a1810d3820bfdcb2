"""Command line: ``python -m elasticache_kit token --cache NAME --user ID``,
``python -m elasticache_kit check TEMPLATE...`` (the ElastiCache rules, see
:mod:`elasticache_kit.checks.cli`), ``python -m elasticache_kit bastion-nodes --parameter NAME``
(a NAT bastion's node table, see :mod:`elasticache_kit.bastion_client`),
``python -m elasticache_kit redis-cloud private-link VERB --subscription N`` (Redis Cloud
PrivateLink calls, see :mod:`elasticache_kit.redis_cloud.cli`).

Prints an IAM auth token, e.g. for
``redis-cli --tls -h ENDPOINT --user ID --pass "$(python -m elasticache_kit token --cache NAME --user ID)"``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .auth import generate_auth_token
from .errors import ValidationError


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m elasticache_kit", description="elasticache_kit helpers")
    commands = parser.add_subparsers(dest="command", required=True)
    token = commands.add_parser("token", help="print an IAM auth token (valid 15 minutes)")
    token.add_argument("--cache", required=True, help="serverless cache name (or replication group id)")
    token.add_argument("--user", required=True, help="IAM-enabled user id")
    token.add_argument("--region", help="AWS region (default: your configured region)")
    token.add_argument("--replication-group", action="store_true",
                       help="the cache is a node-based replication group, not serverless")
    from .checks.cli import add_parser as add_check

    add_check(commands)
    from .bastion_client import add_parser as add_bastion_nodes

    add_bastion_nodes(commands)
    from .redis_cloud.cli import add_parser as add_redis_cloud

    add_redis_cloud(commands)
    args = parser.parse_args(argv)
    if args.command in ("check", "bastion-nodes", "redis-cloud"):
        return int(args.handler(args))
    try:
        print(generate_auth_token(args.cache, args.user, region=args.region, serverless=not args.replication_group))
    except ValidationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
