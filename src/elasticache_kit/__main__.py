"""The ``elasticache-kit`` command (the same as ``python -m elasticache_kit``).

Verbs:

- ``token --cache NAME --user ID``: print an IAM auth token, e.g. for
  ``redis-cli --tls -h ENDPOINT --user ID --pass "$(elasticache-kit token --cache NAME --user ID)"``;
- ``check TEMPLATE...``: the ElastiCache rules over templates and cloud assemblies
  (:mod:`elasticache_kit.checks.cli`);
- ``bastion-nodes --parameter NAME``: a NAT bastion's node table (:mod:`elasticache_kit.bastion_client`);
- ``redis-cloud private-link VERB --subscription N``: Redis Cloud PrivateLink calls
  (:mod:`elasticache_kit.redis_cloud.cli`).

Every failure is one line on stderr and a non-zero exit status, never a
traceback (set ``ELASTICACHE_KIT_DEBUG=1`` to see one): 2 for bad input
(``ValidationError``, usage errors), 1 for anything else (an AWS or Redis Cloud
error, a network failure), 130 after Ctrl-C. Output cut short by the reader
(``elasticache-kit check --list-rules | head``) ends quietly.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .errors import ValidationError

__all__ = ["main", "run_safely"]

PROG = "elasticache-kit"
DESCRIPTION = "Helpers for Amazon ElastiCache apps built with elasticache_kit: IAM auth tokens, template checks, " \
              "NAT bastion node tables, Redis Cloud PrivateLink calls."

# reST markup that reads badly in --help: :role:`~a.b.name` -> name, ``code`` -> code, directives dropped.
_ROLE = re.compile(r":[a-z]+(?::[a-z]+)?:`~?([^`<]*?)(?:\s*<[^>]*>)?`")
_LITERAL = re.compile(r"``([^`]+)``")
_DIRECTIVE = re.compile(r"^[ \t]*\.\. [a-z-]+::.*$\n?", re.MULTILINE)


def plain_text(text: str) -> str:
    """``text`` with its reST roles, literals and directives turned into plain text (for ``--help``)."""
    text = _DIRECTIVE.sub("", text)
    text = _ROLE.sub(lambda m: m[1].rsplit(".", 1)[-1] if m[0].find("~") >= 0 else m[1], text)
    return _LITERAL.sub(r"\1", text).replace("::\n", ":\n")


def _plain_help(parser: argparse.ArgumentParser) -> None:
    """Turn reST into plain text in every description and help text of ``parser`` and its sub-commands."""
    if parser.description:
        parser.description = plain_text(parser.description)
    if parser.epilog:
        parser.epilog = plain_text(parser.epilog)
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            action.help = plain_text(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    choice.help = plain_text(choice.help)
            for sub in set(action.choices.values()):
                _plain_help(sub)


def _prog(argv0: str) -> str:
    return "python -m elasticache_kit" if Path(argv0).name == "__main__.py" else PROG


def build_parser(prog: str = PROG) -> argparse.ArgumentParser:
    """The whole command line: every verb, their options, ``--version``."""
    parser = argparse.ArgumentParser(prog=prog, description=DESCRIPTION,
                                     epilog="Run 'VERB --help' for a verb's options. Errors: one line on stderr, "
                                            "exit 2 for bad input, 1 otherwise.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="VERB")
    token = commands.add_parser("token", help="print an IAM auth token (valid 15 minutes)",
                                description="Print an IAM auth token for an IAM-enabled user (valid 15 minutes).")
    token.add_argument("--cache", required=True, help="serverless cache name (or replication group id)")
    token.add_argument("--user", required=True, help="IAM-enabled user id")
    token.add_argument("--region", help="AWS region (default: your configured region)")
    token.add_argument("--replication-group", action="store_true",
                       help="the cache is a node-based replication group, not serverless")
    token.set_defaults(handler=_token)
    from .checks.cli import add_parser as add_check

    add_check(commands)
    from .bastion_client import add_parser as add_bastion_nodes

    add_bastion_nodes(commands)
    from .redis_cloud.cli import add_parser as add_redis_cloud

    add_redis_cloud(commands)
    _plain_help(parser)
    return parser


def _token(args: argparse.Namespace) -> int:
    from .auth import generate_auth_token

    print(generate_auth_token(args.cache, args.user, region=args.region, serverless=not args.replication_group))
    return 0


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text or type(error).__name__


def _describe(error: Exception) -> str:
    """One line for an error no verb handled itself."""
    module = type(error).__module__
    if module.startswith("botocore") or module.startswith("boto3"):
        # ClientError: "An error occurred (ParameterNotFound) when calling the GetParameter operation: ..."
        return f"AWS: {_one_line(error)}"
    if isinstance(error, OSError):
        return _one_line(error)
    return f"{type(error).__name__}: {_one_line(error)}"


def run_safely(handler: Callable[[], int], *, debug: bool | None = None) -> int:
    """Run ``handler`` and turn whatever it raises into one line on stderr and an exit status.

    ``ValidationError`` -> 2; ``KeyboardInterrupt`` -> 130; a reader that closed the
    pipe (``| head``) -> quiet, 141 as a shell reports SIGPIPE; anything else -> 1.
    ``debug`` (default: ``$ELASTICACHE_KIT_DEBUG`` set) re-raises instead, for the traceback.
    """
    if debug is None:
        debug = bool(os.environ.get("ELASTICACHE_KIT_DEBUG"))
    try:
        status = handler()
        sys.stdout.flush()  # a closed pipe shows here, inside the guard
        return status
    except BrokenPipeError:
        # Python would complain again when it flushes stdout at exit: point stdout at /dev/null
        # (the approach of the Python documentation's "Note on SIGPIPE").
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except ValidationError as error:
        if debug:
            raise
        print(f"error: {_one_line(error)}", file=sys.stderr)
        return 2
    except Exception as error:  # noqa: BLE001 - the command line's last line of defence
        if debug:
            raise
        print(f"error: {_describe(error)}", file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (usage errors exit 2 through argparse)."""
    parser = build_parser(_prog(sys.argv[0]))
    args = parser.parse_args(argv)

    def handle() -> int:
        if args.command == "redis-cloud":
            from ._internal.progress import log_progress

            # the client logs each request and task poll: shown on one line while attached to a terminal
            with log_progress("elasticache_kit.redis_cloud"):
                return int(args.handler(args))
        return int(args.handler(args))

    return run_safely(handle)


def console() -> None:
    """Entry point of the ``elasticache-kit`` console script."""
    sys.exit(main())


if __name__ == "__main__":
    sys.exit(main())
