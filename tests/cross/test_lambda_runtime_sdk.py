"""The run-time functions' tests again, with the boto3/botocore Lambda's python3.14 runtime
ships (tests/lambda_runtime_sdk.txt, installed by ``make test`` into ``.lambda-sdk/``): an
API or a parameter newer than Lambda's SDK fails here, not after deploy. The handler tests
run in a child pytest whose ``PYTHONPATH`` puts that SDK ahead of the venv's own."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SDK = ROOT / ".lambda-sdk"
PINS = dict(re.findall(r"^(boto3|botocore)==(\S+)$", (ROOT / "tests" / "lambda_runtime_sdk.txt").read_text(), re.M))
#: The tests of the code that runs in Lambda (the Redis Cloud handler, the rotation function).
HANDLER_TESTS = ("tests/redis_cloud/test_redis_cloud_handler.py", "tests/rbac/test_rotation_handler.py")


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SDK), str(ROOT / "src"), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


@pytest.fixture(scope="module")
def sdk() -> Path:
    if not (SDK / ".installed").exists():
        pytest.fail("Lambda's SDK is not installed: run `make test` (it installs tests/lambda_runtime_sdk.txt into .lambda-sdk/)")
    return SDK


def test_the_child_interpreter_uses_lambdas_sdk(sdk: Path) -> None:
    done = subprocess.run([sys.executable, "-c", "import boto3, botocore; print(boto3.__version__, botocore.__version__,"
                           " botocore.__file__)"], env=_environment(), capture_output=True, text=True, timeout=60, check=True)
    boto3_version, botocore_version, location = done.stdout.split()
    assert (boto3_version, botocore_version) == (PINS["boto3"], PINS["botocore"])
    assert location.startswith(str(sdk))


def test_handler_tests_pass_with_lambdas_sdk(sdk: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *HANDLER_TESTS],
                          cwd=ROOT, env=_environment(), capture_output=True, text=True, timeout=900)
    summary = done.stdout.strip().splitlines()[-1:] if done.stdout.strip() else []
    print(f"\nhandler tests with boto3 {PINS['boto3']} / botocore {PINS['botocore']}: {summary}")
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
