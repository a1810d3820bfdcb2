"""``python -m elasticache_kit redis-cloud private-link ...`` against the fake Redis Cloud API."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from elasticache_kit.__main__ import main
from elasticache_kit.redis_cloud.cli import _VERBS

from ..support.fake_redis_cloud import API_KEY, SECRET_KEY, FakeRedisCloud, running

SUB = 777
ACCOUNT = "111122223333"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeRedisCloud]:
    api = FakeRedisCloud()
    api.add_subscription(SUB, regions={5: "eu-west-1"})
    with running(api) as (_, url):
        monkeypatch.setenv("REDIS_API_KEY", API_KEY)
        monkeypatch.setenv("REDIS_API_SECRET", SECRET_KEY)
        monkeypatch.setenv("REDIS_CLOUD_API_URL", url)
        yield api


def cli(*args: str) -> list[str]:
    return ["redis-cloud", "private-link", *args, "--subscription", str(SUB), "--poll-interval", "0.002"]


def test_whole_workflow(fake: FakeRedisCloud, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(cli("show")) == 0
    assert json.loads(capsys.readouterr().out) is None
    assert main(cli("create", "--share-name", "orders", "--principal", ACCOUNT)) == 0
    capsys.readouterr()
    assert main(cli("add-principal", "--principal", "arn:aws:iam::444455556666:root", "--alias", "ci")) == 0
    capsys.readouterr()
    assert main(cli("show")) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["shareName"] == "orders"
    assert [p["principal"] for p in shown["principals"]] == [ACCOUNT, "arn:aws:iam::444455556666:root"]
    assert main(cli("endpoint-script", "--raw")) == 0
    assert capsys.readouterr().out.startswith("#!/usr/bin/env python3")
    assert main(cli("disassociate", "--association-id", "rcfga-1", "--principal-id", ACCOUNT,
                    "--connection-id", "vpce-0abc123def4567890")) == 0
    (post,) = fake.calls("POST", "/connections/disassociate")
    assert post.body == {"connections": [{"associationId": "rcfga-1", "connectionId": "vpce-0abc123def4567890",
                                          "type": "vpc_endpoint", "principalId": ACCOUNT}]}
    for principal in (ACCOUNT, "arn:aws:iam::444455556666:root"):
        assert main(cli("remove-principal", "--principal", principal)) == 0
    assert main(cli("delete")) == 0
    assert fake.link(SUB) is None
    assert [r.body for r in fake.calls("DELETE", "/principals")] == [
        {"principal": ACCOUNT}, {"principal": "arn:aws:iam::444455556666:root"}]


def test_active_active_region(fake: FakeRedisCloud, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(cli("create", "--share-name", "eu", "--principal", ACCOUNT, "--region-id", "5")) == 0
    assert fake.link(SUB, 5) is not None and fake.link(SUB) is None
    assert fake.calls("POST", f"/subscriptions/{SUB}/regions/5/private-link")


def test_api_errors_are_one_line_and_nonzero(fake: FakeRedisCloud, capsys: pytest.CaptureFixture[str]) -> None:
    fake.add_link(SUB, "orders", [ACCOUNT])
    assert main(cli("add-principal", "--principal", ACCOUNT)) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "PRIVATE_LINK_PRINCIPAL_ALREADY_EXISTS" in lines[0]
    fake.forbidden = True
    assert main(cli("show")) == 1
    err = capsys.readouterr().err
    assert "HTTP 403" in err and API_KEY not in err and SECRET_KEY not in err


def test_missing_keys(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("REDIS_API_KEY", raising=False)
    monkeypatch.setenv("REDIS_API_SECRET", "x")
    assert main(cli("show")) == 2
    assert "REDIS_API_KEY" in capsys.readouterr().err


@pytest.mark.parametrize("verb", sorted(_VERBS))
def test_help_for_every_verb(verb: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["redis-cloud", "private-link", verb, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "--subscription" in out and _VERBS[verb] in out


def test_registered_in_the_module_entry_point(fake: FakeRedisCloud) -> None:
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    result = subprocess.run([sys.executable, "-m", "elasticache_kit", *cli("show")], capture_output=True, text=True,
                            cwd=ROOT, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) is None


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    return lines[0]


def test_an_add_that_is_never_listed_fails(fake: FakeRedisCloud, capsys: pytest.CaptureFixture[str]) -> None:
    fake.add_link(SUB, "orders", [ACCOUNT])
    fake.unlisted_types.add("organization")
    org = "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5"
    assert main(cli("add-principal", "--principal", org)) == 1
    assert "does not list it" in one_line_error(capsys)
    (post,) = fake.calls("POST", "/principals")
    assert post.body == {"principal": org, "type": "organization"}  # the type read from its shape


def test_a_204_acknowledged_add_on_a_missing_private_link_fails(fake: FakeRedisCloud,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    fake.ack_204 = True
    assert main(cli("add-principal", "--principal", ACCOUNT)) == 1
    assert "PRIVATE_LINK_NOT_FOUND" in one_line_error(capsys)


def test_max_wait_bounds_every_call(fake: FakeRedisCloud, capsys: pytest.CaptureFixture[str]) -> None:
    fake.add_link(SUB, "orders", [ACCOUNT])
    fake.stall("getPrivateLink")
    started = time.monotonic()
    assert main(cli("show", "--max-wait", "0.5")) == 1
    assert time.monotonic() - started < 5 and "at the deadline" in one_line_error(capsys)
    with pytest.raises(SystemExit) as usage:  # argparse: not a positive number
        main(cli("show", "--max-wait", "0"))
    assert usage.value.code == 2 and "not a positive number of seconds" in capsys.readouterr().err


def test_text_format_and_waits(fake: FakeRedisCloud, capsys: pytest.CaptureFixture[str]) -> None:
    fake.associate_after = 0
    assert main(cli("create", "--share-name", "orders", "--principal", ACCOUNT)) == 0
    capsys.readouterr()
    assert main(cli("wait", "--status", "active", "--format", "text")) == 0
    out = capsys.readouterr().out
    assert "shareName: orders" in out and "status: active" in out
    assert f"- principal={ACCOUNT} type=aws_account status=" in out
    assert main(cli("wait-principal", "--principal", ACCOUNT)) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "associated"
    fake.invitation_accepted = lambda share, principal: False
    assert main(cli("add-principal", "--principal", "444455556666")) == 0
    capsys.readouterr()
    assert main(cli("wait-principal", "--principal", "444455556666", "--max-wait", "0.3")) == 1
    assert "still associating, not associated" in one_line_error(capsys)
