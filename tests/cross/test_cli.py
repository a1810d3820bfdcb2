"""The command line as users meet it: ``python -m elasticache_kit`` in a process of its own
(so a traceback would show), its exit statuses, one-line errors, ``--help`` without reST,
a closed pipe, and the progress shown on a terminal. The console script installed from
the wheel is tested in tests/cross/test_packaging.py."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import elasticache_kit
from elasticache_kit.__main__ import build_parser, plain_text, run_safely
from elasticache_kit._internal.progress import log_progress, progress
from tests.support.fake_elasticache_ssm import FakeServer

ROOT = Path(__file__).resolve().parents[2]


def cli_env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("AWS_")}
    env.update({"JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20", "AWS_EC2_METADATA_DISABLED": "true",
                "AWS_CONFIG_FILE": os.devnull, "AWS_SHARED_CREDENTIALS_FILE": os.devnull, "AWS_MAX_ATTEMPTS": "1"})
    env.update(extra)
    return env


def cli(*args: str, env: dict[str, str] | None = None, **popen: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "elasticache_kit", *args], env=env or cli_env(), cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False, **popen)  # type: ignore[call-overload]


def assert_one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode not in (0, None), done
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.fixture
def fake_ssm(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "state.json").write_text("{}")
    server = FakeServer(0, str(tmp_path / "state.json"), str(tmp_path / "log.jsonl"))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_version() -> None:
    done = cli("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"python -m elasticache_kit {elasticache_kit.__version__}"


def test_bastion_nodes_with_an_unknown_parameter_is_one_line(fake_ssm: str) -> None:
    env = cli_env(AWS_ACCESS_KEY_ID="AKIAIOSFODNN7EXAMPLE", AWS_SECRET_ACCESS_KEY="example")
    done = cli("bastion-nodes", "--parameter", "/nowhere/table", "--region", "us-east-1", "--endpoint-url", fake_ssm,
               env=env)
    line = assert_one_line_error(done)
    assert done.returncode == 2
    assert "'/nowhere/table'" in line and "NodeTableParameter" in line
    assert done.stdout == ""


def test_aws_failures_are_one_line() -> None:
    # nothing listens on port 9 of 127.0.0.1: botocore's connection error, one attempt
    env = cli_env(AWS_ACCESS_KEY_ID="AKIAIOSFODNN7EXAMPLE", AWS_SECRET_ACCESS_KEY="example")
    done = cli("bastion-nodes", "--parameter", "/b/g", "--region", "us-east-1", "--endpoint-url", "http://127.0.0.1:9",
               env=env)
    line = assert_one_line_error(done)
    assert done.returncode == 1 and line.startswith("error: AWS: ")
    assert "127.0.0.1:9" in line
    # no region configured anywhere
    done = cli("bastion-nodes", "--parameter", "/b/g", env=cli_env(AWS_ACCESS_KEY_ID="AKIAIOSFODNN7EXAMPLE",
                                                                   AWS_SECRET_ACCESS_KEY="example"))
    assert "region" in assert_one_line_error(done).lower()


def test_token_without_credentials_is_one_line() -> None:
    done = cli("token", "--cache", "my-cache", "--user", "app", "--region", "us-east-1")
    line = assert_one_line_error(done)
    assert "credentials" in line.lower()


def test_usage_errors_exit_2() -> None:
    done = cli("bastion-nodes")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "--parameter" in done.stderr
    done = cli("no-such-verb")
    assert done.returncode == 2 and "invalid choice" in done.stderr


def test_closed_pipe_ends_quietly() -> None:
    """``check --list-rules | head``: the reader is gone before anything is written (deterministic)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([sys.executable, "-m", "elasticache_kit", "check", "--list-rules"], env=cli_env(),
                              cwd=ROOT, stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120, check=False)
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == 141


def test_list_rules_through_head() -> None:
    done = subprocess.run(f"'{sys.executable}' -m elasticache_kit check --list-rules | head -n 2", shell=True,
                          env=cli_env(), cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0
    assert done.stderr == ""
    assert len(done.stdout.splitlines()) == 2 and done.stdout.startswith("EC-")


def _parsers(parser: object) -> Iterator[tuple[str, object]]:
    import argparse

    assert isinstance(parser, argparse.ArgumentParser)
    yield parser.prog, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def test_help_has_no_rest_markup() -> None:
    helps = {prog: parser.format_help() for prog, parser in _parsers(build_parser())}  # type: ignore[attr-defined]
    assert len(helps) > 10  # every verb and the redis-cloud sub-verbs
    leaks = {prog: text for prog, text in helps.items()
             if "``" in text or ":mod:" in text or ":class:" in text or ":func:" in text or "\n.. " in text}
    assert leaks == {}
    check = helps["elasticache-kit check"]
    assert "Exit status: 0 when nothing is found" in check  # the description is still there, as plain text
    assert "Validations.of(construct).acknowledge(...)" in check


def test_plain_text_negative_control() -> None:
    assert plain_text("see :mod:`elasticache_kit.checks.cli` and ``--list-rules``") == \
        "see elasticache_kit.checks.cli and --list-rules"
    assert plain_text(":class:`~elasticache_kit.NatBastion`.") == "NatBastion."
    assert plain_text("text\n\n.. note:: x\nmore") == "text\n\nmore"


def test_run_safely_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    from elasticache_kit import ValidationError

    def bad_input() -> int:
        raise ValidationError("Stack/Cache", "backup_retention_limit", 40, "is outside 1..35 days")

    def bug() -> int:
        raise KeyError("missing\nkey")

    assert run_safely(bad_input, debug=False) == 2
    assert capsys.readouterr().err == "error: Stack/Cache: backup_retention_limit=40 is outside 1..35 days\n"
    assert run_safely(bug, debug=False) == 1
    assert capsys.readouterr().err == "error: KeyError: 'missing\\nkey'\n"
    with pytest.raises(KeyError):
        run_safely(bug, debug=True)


# ---------------------------------------------------------------- progress on a terminal


def _terminal() -> tuple[int, io.TextIOWrapper]:
    master, slave = os.openpty()
    return master, io.TextIOWrapper(os.fdopen(slave, "wb", buffering=0), write_through=True)


def _drain(master: int) -> str:
    import select

    chunks = b""
    while select.select([master], [], [], 0.2)[0]:
        data = os.read(master, 4096)
        if not data:
            break
        chunks += data
    return chunks.decode()


def test_progress_on_a_terminal_and_silent_otherwise() -> None:
    master, tty = _terminal()
    try:
        with progress("reading the node table", stream=tty, interval=0.05):
            time.sleep(0.3)
        shown = _drain(master)
    finally:
        tty.close()
        os.close(master)
    assert shown.startswith("reading the node table...")
    assert "reading the node table... 0 s" in shown  # the ticker rewrote the line
    assert shown.endswith("\r\x1b[K")  # and cleared it
    piped = io.StringIO()
    with progress("reading the node table", stream=piped, interval=0.05):
        time.sleep(0.15)
    assert piped.getvalue() == ""


def test_log_progress_shows_info_records_on_a_terminal() -> None:
    import logging

    master, tty = _terminal()
    logger = logging.getLogger("elasticache_kit.redis_cloud.client")
    try:
        with log_progress("elasticache_kit.redis_cloud", stream=tty):
            logger.info("GET /v1/tasks/%s -> %s", "t-1", 200)
        shown = _drain(master)
    finally:
        tty.close()
        os.close(master)
    assert "elasticache_kit.redis_cloud.client: GET /v1/tasks/t-1 -> 200" in shown
    assert logging.getLogger("elasticache_kit.redis_cloud").handlers == []  # removed afterwards
    piped = io.StringIO()
    with log_progress("elasticache_kit.redis_cloud", stream=piped):
        logger.info("GET /v1/tasks/%s -> %s", "t-2", 200)
    assert piped.getvalue() == ""
