"""The RedisCloudPrivateLink handler through whole CloudFormation lifecycles,
against the fake Redis Cloud API and a fake AWS (Secrets Manager, RAM), both
real HTTP servers on 127.0.0.1; assertions are on the requests they received."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from elasticache_kit.redis_cloud import handler
from elasticache_kit.redis_cloud.client import is_account_principal, normalize_principal
from elasticache_kit.redis_cloud.errors import RedisCloudHTTPError, RedisCloudNotListed, RedisCloudTaskError

from ..support.fake_redis_cloud import API_KEY, REDIS_ACCOUNT, SECRET_KEY, FakeRedisCloud, running
from ..support.fake_secretsmanager_ram import FakeAws, running_aws

SUB = 2468
ME = "111122223333"  # the stack's account
OTHER = "444455556666"
THIRD = "777788889999"
SECRET_ARN = "arn:aws:secretsmanager:us-east-1:111122223333:secret:redis-cloud-api-AbCdEf"
STACK_ID = f"arn:aws:cloudformation:us-east-1:{ME}:stack/App/0a1b2c3d-0000-1111-2222-333344445555"
ROOT = Path(__file__).resolve().parents[2]


class Context:
    """Lambda's context: only the remaining time matters to the handler."""

    def __init__(self, seconds: float = 60.0) -> None:
        self.deadline = time.monotonic() + seconds

    def get_remaining_time_in_millis(self) -> int:
        return int((self.deadline - time.monotonic()) * 1000)


@dataclass
class World:
    redis: FakeRedisCloud
    aws: FakeAws
    env: dict[str, str]


def wire_ram(redis: FakeRedisCloud, aws: FakeAws) -> None:
    """AWS RAM, for a share from outside the receiver's organization: every account principal is invited when it
    is added, and stays associating until its account accepts (only the fake's ``caller_account`` ever does)."""
    redis.on_principal_added = lambda share, principal, kind: (
        aws.invite(share, normalize_principal(principal)) if kind == "aws_account" else None)
    redis.invitation_accepted = lambda share, principal: (
        aws.accepted(share, normalize_principal(principal)) if is_account_principal(principal) else True)


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[World]:
    redis = FakeRedisCloud()
    redis.add_subscription(SUB, pending_reads=1, regions={7: "us-east-1"})
    aws = FakeAws(secrets={SECRET_ARN: json.dumps({"apiKey": API_KEY, "secretKey": SECRET_KEY})}, caller_account=ME)
    wire_ram(redis, aws)
    with running(redis) as (_, url), running_aws(aws) as (_, aws_url):
        env = {
            "REDIS_CLOUD_API_URL": url, "REDIS_CLOUD_SECRET_ARN": SECRET_ARN, "REDIS_CLOUD_POLL_INTERVAL": "0.002",
            "REDIS_CLOUD_MAX_POLL_INTERVAL": "0.01", "REDIS_CLOUD_RETRY_BASE": "0.002",
            "REDIS_CLOUD_SAFETY_MARGIN": "0",
            "AWS_ENDPOINT_URL_RAM": aws_url, "AWS_ENDPOINT_URL_SECRETS_MANAGER": aws_url,
            "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "fake-secret-for-signing",
            "AWS_DEFAULT_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_CONFIG_FILE": str(tmp_path / "none"), "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none"),
        }
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        yield World(redis, aws, env)


def props(principals: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    value = {"ServiceToken": "arn:aws:lambda:us-east-1:111122223333:function:fw", "SubscriptionId": str(SUB),
             "ShareName": "orders", "Principals": principals or [f"arn:aws:iam::{ME}:root"],
             "AcceptResourceShare": "true", "DeletionPolicy": "remove-principals"}
    value.update(extra)
    return value


def event(request: str, properties: dict[str, Any], *, old: dict[str, Any] | None = None,
          physical: str | None = None) -> dict[str, Any]:
    value: dict[str, Any] = {"RequestType": request, "StackId": STACK_ID, "RequestId": "req-1",
                             "LogicalResourceId": "PrivateLink", "ResourceType": "Custom::RedisCloudPrivateLink",
                             "ResponseURL": "https://cloudformation-custom-resource-response.example/presigned?X=1",
                             "ResourceProperties": properties}
    if old is not None:
        value["OldResourceProperties"] = old
    if physical is not None:
        value["PhysicalResourceId"] = physical
    return value


def lifecycle(request: dict[str, Any], *, polls: int = 60, seconds: float = 30.0) -> tuple[str, dict[str, str], int]:
    """on_event, then is_complete until done, as the Provider framework runs them."""
    answer = handler.on_event(request, Context(seconds))
    request = {**request, **answer}
    for poll in range(1, polls + 1):
        result = handler.is_complete(request, Context(seconds))
        if result["IsComplete"]:
            return answer["PhysicalResourceId"], result.get("Data", {}), poll
    raise AssertionError(f"not complete after {polls} polls")


def mutations(redis: FakeRedisCloud) -> list[tuple[str, str]]:
    return [(r.method, r.path.split("/private-link")[-1] or "/") for r in redis.requests
            if r.method in ("POST", "DELETE")]


def test_create_from_nothing(world: World, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    physical, data, polls = lifecycle(event("Create", props([f"arn:aws:iam::{ME}:root", OTHER])))
    redis = world.redis
    assert physical == f"redis-cloud-private-link:{SUB}:0:created"
    assert mutations(redis) == [("POST", "/"), ("POST", "/principals")]
    (create,) = redis.calls("POST", f"/{SUB}/private-link")
    assert create.body == {"shareName": "orders", "principal": ME, "type": "aws_account"}
    assert redis.principals(SUB) == [ME, OTHER]
    link = redis.link(SUB)
    assert link is not None
    assert data == {"ResourceConfigurationArn": link["resourceConfigurationArn"],
                    "ResourceConfigurationId": link["resourceConfigurationId"], "ShareArn": link["shareArn"],
                    "ShareName": "orders", "DatabasePorts": "12000,12001", "PendingPrincipals": OTHER}
    # this account's principal associated once its invitation was accepted; the other account's never waited for
    assert [p["status"] for p in link["principals"]] == ["associated", "associating"]
    assert len(json.dumps({"PhysicalResourceId": physical, "Data": data})) < 4096
    # the RAM invitation to this account was accepted, once; none for the other account
    (accept,) = world.aws.operations("AcceptResourceShareInvitation")
    assert accept["resourceShareInvitationArn"] == world.aws.invitations[0]["resourceShareInvitationArn"]
    assert world.aws.invitations[0]["status"] == "ACCEPTED"
    assert world.aws.operations("GetSecretValue")[0] == {"SecretId": SECRET_ARN}
    assert SECRET_KEY not in caplog.text and API_KEY not in caplog.text and "presigned" not in caplog.text
    for request in redis.requests:  # keys only ever in their headers
        assert SECRET_KEY not in request.path + request.query + json.dumps(request.body)
    print(f"\nAPI requests for one create (2 principals): {len(redis.requests)} in {polls} polls")
    assert len(redis.requests) < 78  # 78 before issue 20 (re-reads the subscription and the PrivateLink)


def test_api_requests_for_one_create_with_the_default_principal(world: World) -> None:
    _, _, polls = lifecycle(event("Create", props()))
    counts: dict[str, int] = {}
    for request in world.redis.requests:
        key = f"{request.method} {request.path.split('/v1')[-1].split('/tasks/')[0]}"
        counts[key] = counts.get(key, 0) + 1
    print(f"\nAPI requests for one create (1 principal): {len(world.redis.requests)} in {polls} polls: {counts}")
    assert len(world.redis.calls("POST")) == 1
    assert len(world.redis.requests) < 55  # 55 before issue 20


def test_a_retried_create_adopts_instead_of_creating_again(world: World) -> None:
    first, _, _ = lifecycle(event("Create", props()))
    again, data, _ = lifecycle(event("Create", props()))
    assert len(world.redis.calls("POST", "/private-link")) == 1
    assert again == f"redis-cloud-private-link:{SUB}:0:adopted:{ME}" and data["ShareName"] == "orders"


def test_on_event_retried_before_anything_was_made(world: World) -> None:
    request = event("Create", props())
    handler.on_event(request, Context())
    physical, _, _ = lifecycle(request)
    assert physical.endswith(":created") and len(world.redis.calls("POST")) == 1


def test_rerun_after_a_timeout_submits_nothing_twice(world: World) -> None:
    redis = world.redis
    redis.slow["createPrivateLink"] = 8
    request = event("Create", props([ME, OTHER]))
    request = {**request, **handler.on_event(request, Context())}
    # invocations that run out of time while the create task is still processing
    results = [handler.is_complete(request, Context(0.25)) for _ in range(3)]
    assert not any(r["IsComplete"] for r in results)
    for _ in range(40):
        if handler.is_complete(request, Context())["IsComplete"]:
            break
    else:
        raise AssertionError("never completed")
    assert mutations(redis) == [("POST", "/"), ("POST", "/principals")]
    assert redis.principals(SUB) == [ME, OTHER]


def test_a_killed_invocation_loses_nothing(world: World) -> None:
    """A Lambda killed mid-task (SIGKILL, not a polite budget): the next poll resumes."""
    redis = world.redis
    redis.slow["createPrivateLink"] = 400
    redis.subscriptions[SUB].status_after = 0
    request = event("Create", props())
    request = {**request, **handler.on_event(request, Context())}
    code = ("import json, sys; from elasticache_kit.redis_cloud import handler; from tests.redis_cloud.test_redis_cloud_handler "
            "import Context; handler.is_complete(json.loads(sys.argv[1]), Context(60))")
    env = {**os.environ, **world.env, "REDIS_CLOUD_POLL_INTERVAL": "0.02", "REDIS_CLOUD_MAX_POLL_INTERVAL": "0.02"}
    process = subprocess.Popen([sys.executable, "-c", code, json.dumps(request)], cwd=ROOT, env=env)
    try:
        for _ in range(300):
            if redis.calls("POST", "/private-link") or process.poll() is not None:
                break
            time.sleep(0.05)
        time.sleep(0.3)
        assert process.poll() is None, "the invocation should still be waiting for the create task"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
    redis.slow.clear()
    task = next(t for t in redis.tasks.values() if t.kind == "createPrivateLink")
    task.steps = ["received", "processing-in-progress", "done"]
    for _ in range(40):
        if handler.is_complete(request, Context())["IsComplete"]:
            break
    else:
        raise AssertionError("never completed")
    assert len(redis.calls("POST", "/private-link")) == 1


def test_a_task_that_never_finishes_is_not_resubmitted(world: World) -> None:
    redis = world.redis
    redis.add_link(SUB, "orders", [ME])
    redis.stall("addPrivateLinkPrincipal")
    request = event("Create", props([ME, OTHER]))
    request = {**request, **handler.on_event(request, Context())}
    for _ in range(4):
        assert handler.is_complete(request, Context(0.3)) == {"IsComplete": False}
    assert len(redis.calls("POST", "/principals")) == 1


def test_adopts_an_existing_private_link_and_keeps_what_was_there(world: World) -> None:
    redis = world.redis
    redis.add_link(SUB, "orders", [THIRD])
    physical, _, _ = lifecycle(event("Create", props([ME])))
    assert physical == f"redis-cloud-private-link:{SUB}:0:adopted:{THIRD}"
    assert not redis.calls("POST", "/private-link") and redis.principals(SUB) == [THIRD, ME]
    lifecycle(event("Delete", props([ME, THIRD]), physical=physical))
    assert redis.principals(SUB) == [THIRD]  # never removes what it did not add


def test_existing_private_link_with_another_share_name(world: World) -> None:
    world.redis.add_link(SUB, "legacy", [ME])
    with pytest.raises(ValueError, match="already has a PrivateLink shared as 'legacy'.*share_name='legacy'"):
        handler.on_event(event("Create", props()), Context())


def test_update_adds_then_removes_principals(world: World) -> None:
    physical, _, _ = lifecycle(event("Create", props([ME, OTHER])))
    before = len(world.redis.requests)
    again, _, _ = lifecycle(event("Update", props([ME, THIRD]), old=props([ME, OTHER]), physical=physical))
    assert again == physical
    later = [(r.method, r.path.split("/private-link")[-1], r.body) for r in world.redis.requests[before:]
             if r.method in ("POST", "DELETE")]
    assert later == [("POST", "/principals", {"principal": THIRD, "type": "aws_account"}),
                     ("DELETE", "/principals", {"principal": OTHER})]
    assert world.redis.principals(SUB) == [ME, THIRD]


def test_update_of_the_share_name_is_refused(world: World) -> None:
    physical, _, _ = lifecycle(event("Create", props()))
    with pytest.raises(ValueError, match="share_name cannot change in place"):
        handler.on_event(event("Update", props(ShareName="renamed"), old=props(), physical=physical), Context())


def test_update_to_another_region_replaces(world: World) -> None:
    physical, _, _ = lifecycle(event("Create", props()))
    new, _, _ = lifecycle(event("Update", props(RegionId="7", ShareName="orders-east"), old=props(),
                                physical=physical))
    assert new == f"redis-cloud-private-link:{SUB}:7:created" != physical
    assert world.redis.link(SUB, 7) is not None and world.redis.calls("POST", f"/{SUB}/regions/7/private-link")
    lifecycle(event("Delete", props(), physical=physical))  # CloudFormation then deletes the old one
    assert world.redis.principals(SUB) == [] and world.redis.principals(SUB, 7) == [ME]


@pytest.mark.parametrize(("policy", "gone", "left"), [
    ("remove-principals", False, []), ("delete", True, []), ("retain", False, [ME, OTHER])])
def test_delete_policies(world: World, policy: str, gone: bool, left: list[str]) -> None:
    properties = props([ME, OTHER], DeletionPolicy=policy)
    physical, _, _ = lifecycle(event("Create", properties))
    before = len(world.redis.requests)
    lifecycle(event("Delete", properties, physical=physical))
    assert (world.redis.link(SUB) is None) == gone
    assert world.redis.principals(SUB) == left
    if policy == "retain":
        assert world.redis.requests[before:] == []


def test_delete_removes_principals_as_redis_cloud_lists_them(world: World) -> None:
    properties = props([ME], DeletionPolicy="delete")
    physical, _, _ = lifecycle(event("Create", properties))
    link = world.redis.link(SUB)
    assert link is not None  # someone adds a principal by its root ARN, outside the stack
    link["principals"].append({"principal": f"arn:aws:iam::{THIRD}:root", "type": "aws_account", "alias": "",
                               "status": "associated", "_reads": 9})
    lifecycle(event("Delete", properties, physical=physical))
    assert world.redis.link(SUB) is None
    assert {"principal": f"arn:aws:iam::{THIRD}:root"} in [r.body for r in world.redis.calls("DELETE", "/principals")]


def test_delete_policy_delete_keeps_an_adopted_private_link(world: World) -> None:
    world.redis.add_link(SUB, "orders", [THIRD])
    properties = props([ME], DeletionPolicy="delete")
    physical, _, _ = lifecycle(event("Create", properties))
    lifecycle(event("Delete", properties, physical=physical))
    assert world.redis.link(SUB) is not None and world.redis.principals(SUB) == [THIRD]


def test_delete_of_what_is_already_gone(world: World) -> None:
    properties = props(DeletionPolicy="delete")
    physical, _, _ = lifecycle(event("Create", properties))
    del world.redis.subscriptions[SUB].links[0]
    lifecycle(event("Delete", properties, physical=physical))
    del world.redis.subscriptions[SUB]
    lifecycle(event("Delete", properties, physical=physical))
    # a create that failed before it had our physical id
    assert handler.is_complete(event("Delete", properties, physical="req-1"), Context()) == {"IsComplete": True}


def test_principal_reported_added_but_never_listed(world: World) -> None:
    world.redis.add_link(SUB, "orders", [ME])
    world.redis.dropped_principals.add(OTHER)
    request = event("Create", props([ME, OTHER]))
    with pytest.raises(RedisCloudNotListed, match=f"completed adding principal {OTHER} .* but does not list it"):
        lifecycle(request)


def test_task_errors_reach_cloudformation(world: World) -> None:
    world.redis.add_link(SUB, "orders", [ME])
    with pytest.raises(RedisCloudTaskError, match="PRIVATE_LINK_PRINCIPAL_CANNOT_BE_OWNER_ACCOUNT"):
        lifecycle(event("Create", props([ME, REDIS_ACCOUNT])))


@pytest.mark.parametrize(("knob", "status"), [("forbidden", 403), ("feature_disabled", 412)])
def test_refusals_fail_the_deployment(world: World, knob: str, status: int) -> None:
    setattr(world.redis, knob, True)
    with pytest.raises(RedisCloudHTTPError) as caught:
        lifecycle(event("Create", props()))
    assert caught.value.status == status


def test_expired_invitation_is_a_clear_error(world: World) -> None:
    world.redis.on_principal_added = lambda share, principal, kind: world.aws.invite(share, principal, "EXPIRED")
    with pytest.raises(RuntimeError, match="invitation .* is EXPIRED"):
        lifecycle(event("Create", props()))


def test_no_invitation_acceptance_when_not_asked(world: World) -> None:
    lifecycle(event("Create", props(AcceptResourceShare="false")))
    assert world.aws.operations("GetResourceShareInvitations") == []


def test_secret_without_keys_names_the_secret_not_the_value(world: World) -> None:
    world.aws.secrets[SECRET_ARN] = json.dumps({"password": "hunter2-not-a-key"})
    with pytest.raises(RuntimeError) as caught:
        handler.on_event(event("Create", props()), Context())
    assert SECRET_ARN in str(caught.value) and "hunter2" not in str(caught.value)


@pytest.mark.parametrize(("bad", "message"), [
    ({"SubscriptionId": "0"}, "SubscriptionId"), ({"ShareName": "x" * 65}, "ShareName"),
    ({"Principals": ["arn:aws:iam::111122223333:group/app"]}, "Principals"),
    ({"Principals": ["11112222333"]}, "Principals"), ({"Principals": []}, "at least one"),
    ({"DeletionPolicy": "snapshot"}, "DeletionPolicy"), ({"RegionId": "east"}, "RegionId")])
def test_bad_properties(bad: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        handler.parse_props(props(**bad))


def test_the_lambda_asset_runs_a_whole_create_on_its_own(world: World) -> None:
    """The asset the construct ships (client and handler only), run as Lambda would:
    its own directory on sys.path, no CDK and no elasticache_kit importable."""
    from elasticache_kit.redis_cloud.construct import _runtime_asset

    asset = _runtime_asset()
    code = f"""
import json, logging, sys
logging.basicConfig(level=logging.DEBUG)  # everything, botocore included, to stderr
sys.modules.update(aws_cdk=None, constructs=None, jsii=None, elasticache_kit=None)
sys.path.insert(0, {asset!r})
from redis_cloud import handler

class Context:
    def get_remaining_time_in_millis(self):
        return 30000

request = json.loads(sys.argv[1])
request.update(handler.on_event(request, Context()))
for _ in range(40):
    result = handler.is_complete(request, Context())
    if result["IsComplete"]:
        print(json.dumps({{"physical": request["PhysicalResourceId"], **result}}))
        break
"""
    request = event("Create", props([ME, OTHER]))
    result = subprocess.run([sys.executable, "-c", code, json.dumps(request)], capture_output=True, text=True,
                            env={**os.environ, **world.env}, timeout=120)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["physical"] == f"redis-cloud-private-link:{SUB}:0:created"
    assert answer["Data"]["ShareName"] == "orders"
    assert len(world.redis.calls("POST", f"/{SUB}/private-link")) == 1
    assert world.redis.principals(SUB) == [ME, OTHER]
    assert "creating the PrivateLink orders" in result.stderr and "INFO:botocore" in result.stderr
    assert SECRET_KEY not in result.stderr and API_KEY not in result.stderr


# ---------------------------------------------------------------------- the real API's awkward answers (issue 20)
ORG = "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5"
OU = "arn:aws:organizations::111122223333:ou/o-a1b2c3d4e5/ou-ab12-cdef3456"
ROLE = f"arn:aws:iam::{OTHER}:role/app/reader"


def deletes(redis: FakeRedisCloud) -> dict[str, int]:
    return {"principals": len(redis.calls("DELETE", "/principals")), "links": len(redis.calls("DELETE", "/private-link"))}


@pytest.mark.parametrize("sync_errors", [False, True])
@pytest.mark.parametrize("string_errors", ["bare", "described"])
def test_whole_lifecycle_with_string_errors(world: World, string_errors: str, sync_errors: bool) -> None:
    redis = world.redis
    redis.string_errors, redis.sync_errors = string_errors, sync_errors
    properties = props([ME, OTHER], DeletionPolicy="delete")
    physical, data, _ = lifecycle(event("Create", properties))
    assert physical.endswith(":created") and data["PendingPrincipals"] == OTHER
    assert mutations(redis) == [("POST", "/"), ("POST", "/principals")]
    lifecycle(event("Delete", properties, physical=physical))
    assert redis.link(SUB) is None and deletes(redis) == {"principals": 2, "links": 1}
    lifecycle(event("Delete", properties, physical=physical))  # again: not found, in every form, is done
    assert deletes(redis) == {"principals": 2, "links": 1}


def test_whole_lifecycle_with_204_acknowledgements(world: World) -> None:
    redis = world.redis
    redis.ack_204 = True
    properties = props([ME, OTHER], DeletionPolicy="delete")
    physical, _, _ = lifecycle(event("Create", properties))
    assert mutations(redis) == [("POST", "/"), ("POST", "/principals")] and redis.principals(SUB) == [ME, OTHER]
    lifecycle(event("Delete", properties, physical=physical))
    assert redis.link(SUB) is None and deletes(redis) == {"principals": 2, "links": 1}


def test_a_refusal_behind_a_204_fails_the_create_once(world: World) -> None:
    world.redis.ack_204 = True
    with pytest.raises(RedisCloudTaskError, match="PRIVATE_LINK_PRINCIPAL_CANNOT_BE_OWNER_ACCOUNT"):
        lifecycle(event("Create", props([REDIS_ACCOUNT, ME])))
    assert len(world.redis.calls("POST", "/private-link")) == 1


def test_in_flight_removals_are_not_sent_twice(world: World) -> None:
    redis = world.redis
    redis.disassociate_reads, redis.delete_reads = 4, 4
    properties = props([ME, OTHER, THIRD], DeletionPolicy="delete")
    physical, _, _ = lifecycle(event("Create", properties))
    lifecycle(event("Delete", properties, physical=physical), polls=80)
    assert redis.link(SUB) is None
    assert deletes(redis) == {"principals": 3, "links": 1}
    assert sorted(r.body["principal"] for r in redis.calls("DELETE", "/principals")) == sorted([ME, OTHER, THIRD])


def test_update_removal_in_flight_is_not_sent_twice(world: World) -> None:
    redis = world.redis
    redis.disassociate_reads = 4
    physical, _, _ = lifecycle(event("Create", props([ME, OTHER])))
    lifecycle(event("Update", props([ME]), old=props([ME, OTHER]), physical=physical))
    lifecycle(event("Update", props([ME]), old=props([ME, OTHER]), physical=physical))  # a retried update
    assert deletes(redis)["principals"] == 1


def test_the_invitation_is_accepted_before_any_principal_is_associated(world: World) -> None:
    """AWS RAM keeps the association pending until the invitation is accepted: waiting for "associated" first
    would never end.  Other accounts' principals are never waited for (only they can accept)."""
    redis, aws = world.redis, world.aws
    physical, data, _ = lifecycle(event("Create", props([OTHER, ME, THIRD])))
    (accept,) = aws.operations("AcceptResourceShareInvitation")
    mine = next(i for i in aws.invitations if i["receiverAccountId"] == ME)
    assert accept == {"resourceShareInvitationArn": mine["resourceShareInvitationArn"]}
    assert {i["receiverAccountId"]: i["status"] for i in aws.invitations} == {
        OTHER: "PENDING", ME: "ACCEPTED", THIRD: "PENDING"}
    assert data["PendingPrincipals"] == f"{OTHER},{THIRD}"
    link = redis.link(SUB)
    assert link is not None and {p["principal"]: p["status"] for p in link["principals"]} == {
        OTHER: "associating", ME: "associated", THIRD: "associating"}


def test_principals_of_other_accounts_only(world: World) -> None:
    _, data, _ = lifecycle(event("Create", props([OTHER])))
    assert data["PendingPrincipals"] == OTHER
    assert world.aws.operations("GetResourceShareInvitations") == []


def test_every_principal_type(world: World) -> None:
    redis = world.redis
    service = "elasticloadbalancing.amazonaws.com"
    lifecycle(event("Create", props([ME, ROLE, OU, service])))
    assert [(r.body["principal"], r.body["type"]) for r in redis.calls("POST", "/principals")] == [
        (ROLE, "iam_role"), (OU, "organization_unit"), (service, "service_principal")]
    assert redis.principals(SUB) == [ME, ROLE, OU, service]


def test_an_organization_acknowledged_but_never_listed_fails_clearly(world: World) -> None:
    world.redis.unlisted_types.add("organization")
    with pytest.raises(RedisCloudNotListed, match=f"{ORG} \\(organization\\).*does not list it"):
        lifecycle(event("Create", props([ME, ORG])))
    assert len(world.redis.calls("POST", "/principals")) == 1


def test_no_request_after_the_invocations_deadline(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    redis = world.redis
    redis.slow["createPrivateLink"] = 400
    request = event("Create", props())
    request = {**request, **handler.on_event(request, Context())}
    context = Context(0.8)
    assert handler.is_complete(request, context) == {"IsComplete": False}
    assert max(r.at for r in redis.requests) <= context.deadline
    # a retry delay longer than the time left is not slept into
    monkeypatch.setenv("REDIS_CLOUD_RETRY_BASE", "5")
    redis.inject("GET", f"/subscriptions/{SUB}$", 503)
    context, started = Context(1.5), time.monotonic()
    assert handler.is_complete(request, context) == {"IsComplete": False}
    assert time.monotonic() - started < 1.5 and max(r.at for r in redis.requests) <= context.deadline
