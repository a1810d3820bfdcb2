"""RedisCloudClient against a real HTTP server speaking the Redis Cloud API (tests/support/fake_redis_cloud.py)."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import pytest

from elasticache_kit.redis_cloud.client import RedisCloudClient, is_account_principal, normalize_principal
from elasticache_kit.redis_cloud.errors import (
    RedisCloudDeadline,
    RedisCloudError,
    RedisCloudHTTPError,
    RedisCloudNotListed,
    RedisCloudTaskError,
    RedisCloudTimeout,
    RedisCloudUnconfirmed,
    RedisCloudWaitTimeout,
)

from ..support.fake_redis_cloud import API_KEY, SECRET_KEY, FakeRedisCloud, running

SUB = 123456
ACCOUNT = "111122223333"


@pytest.fixture
def api() -> Iterator[tuple[FakeRedisCloud, str]]:
    fake = FakeRedisCloud()
    fake.add_subscription(SUB, regions={1: "us-east-1", 2: "eu-west-1"})
    with running(fake) as served:
        yield served


def make_client(url: str, **kwargs: object) -> RedisCloudClient:
    options: dict[str, object] = dict(poll_interval=0.002, max_poll_interval=0.01, retry_base=0.002, retry_cap=0.01,
                                      task_timeout=5.0)
    options.update(kwargs)
    return RedisCloudClient(API_KEY, SECRET_KEY, base_url=url, **options)  # type: ignore[arg-type]


@pytest.fixture
def client(api: tuple[FakeRedisCloud, str]) -> RedisCloudClient:
    return make_client(api[1])


@pytest.mark.parametrize("form", ["error", "links"])
def test_not_configured_is_none_in_both_forms(api, client, form: str) -> None:
    fake, _ = api
    fake.not_configured = form
    assert client.get_private_link(SUB) is None
    (ack,) = fake.calls("GET", "/private-link")
    assert ack.headers["x-api-key"] == API_KEY and ack.headers["x-api-secret-key"] == SECRET_KEY


def test_create_waits_through_early_404s_and_task_states(api, client) -> None:
    fake, _ = api
    client.create_private_link(SUB, share_name="orders", principal=ACCOUNT)
    (post,) = fake.calls("POST", f"/subscriptions/{SUB}/private-link")
    assert post.body == {"shareName": "orders", "principal": ACCOUNT, "type": "aws_account"}
    (task,) = [t for t in fake.tasks.values() if t.kind == "createPrivateLink"]
    polls = fake.calls("GET", f"/tasks/{task.id}")
    # 2 early 404s, then received, in-progress, in-progress, completed
    assert len(polls) == fake.early_404s + len(fake.task_steps)
    link = client.get_private_link(SUB)
    assert link is not None and link["shareName"] == "orders"
    assert [p["principal"] for p in link["principals"]] == [ACCOUNT]
    assert link["resourceConfigurationArn"].endswith(link["resourceConfigurationId"])


def test_legacy_acknowledgement_form(api, client) -> None:
    fake, _ = api
    fake.legacy_ack = True
    fake.add_link(SUB, "orders", [ACCOUNT])
    link = client.get_private_link(SUB)
    assert link is not None and link["status"] == "active"


@pytest.mark.parametrize("string_errors", [False, "bare", "described"])
def test_task_errors_carry_type_status_description(api, client, string_errors: bool | str) -> None:
    fake, _ = api
    fake.string_errors = string_errors
    fake.add_link(SUB, "orders", [ACCOUNT])
    with pytest.raises(RedisCloudTaskError) as caught:
        client.add_principal(SUB, f"arn:aws:iam::{ACCOUNT}:root")
    error = caught.value
    assert error.type == "PRIVATE_LINK_PRINCIPAL_ALREADY_EXISTS"  # also from a plain string
    if string_errors == "bare":
        assert error.description == "PRIVATE_LINK_PRINCIPAL_ALREADY_EXISTS" and error.status_code is None
    else:
        assert "already exists" in error.description.lower()
        assert error.status_code == (None if string_errors else 409)
    with pytest.raises(RedisCloudTaskError) as invalid:
        client.add_principal(SUB, "arn:aws:iam::111122223333:role/app", principal_type="aws_account")
    assert invalid.value.type == "PRIVATE_LINK_PRINCIPAL_INVALID_PRINCIPLE"


@pytest.mark.parametrize("string_errors", [False, "bare", "described"])
@pytest.mark.parametrize("sync_errors", [False, True])
def test_errors_recognised_in_every_form(api, client, string_errors: bool | str, sync_errors: bool) -> None:
    """Not found and conflicts as task errors or synchronous HTTP errors, objects or plain strings."""
    fake, _ = api
    fake.string_errors, fake.sync_errors = string_errors, sync_errors
    assert client.get_private_link(SUB) is None
    assert client.get_private_link(SUB, region_id=2) is None
    fake.add_link(SUB, "orders", [ACCOUNT])
    with pytest.raises((RedisCloudTaskError, RedisCloudHTTPError)) as caught:
        client.create_private_link(SUB, share_name="orders", principal="444455556666")
    assert caught.value.type == "PRIVATE_LINK_ALREADY_EXISTS"
    with pytest.raises((RedisCloudTaskError, RedisCloudHTTPError)) as missing:
        client.remove_principal(SUB, "444455556666")
    assert missing.value.type == "PRIVATE_LINK_PRINCIPAL_NOT_FOUND"


def test_204_acknowledgements_are_followed_to_their_task(api, client) -> None:
    """POST/DELETE answered 204 with the task in a body urllib never reads: the task is found, never assumed."""
    fake, _ = api
    fake.ack_204 = True
    with pytest.raises(RedisCloudTaskError) as caught:  # no PrivateLink: the add must not "succeed"
        client.add_principal(SUB, ACCOUNT)
    assert caught.value.type == "PRIVATE_LINK_NOT_FOUND"
    client.create_private_link(SUB, share_name="orders", principal=ACCOUNT)
    entry = client.add_principal(SUB, "444455556666")
    assert entry["principal"] == "444455556666" and entry["status"] == "associating"
    client.remove_principal(SUB, "444455556666")
    assert fake.principals(SUB) == [ACCOUNT]
    assert len(fake.calls("POST", "/principals")) == 2 and len(fake.calls("DELETE", "/principals")) == 1


def test_add_principal_confirms_it_is_listed(api, client) -> None:
    fake, _ = api
    fake.add_link(SUB, "orders", [ACCOUNT])
    fake.unlisted_types.add("organization")
    org = "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5"
    with pytest.raises(RedisCloudNotListed, match=f"{org} \\(organization\\).*does not list it"):
        client.add_principal(SUB, org)
    (post,) = fake.calls("POST", "/principals")
    assert post.body == {"principal": org, "type": "organization"}
    ou = "arn:aws:organizations::111122223333:ou/o-a1b2c3d4e5/ou-ab12-cdef3456"
    assert client.add_principal(SUB, ou)["type"] == "organization_unit"


@pytest.mark.parametrize("accepted", [False, True])
def test_a_5xx_on_a_change_is_never_resent_blindly(api, client, accepted: bool) -> None:
    fake, _ = api
    fake.add_link(SUB, "orders", [ACCOUNT])
    fake.inject("POST", "/principals$", 502, after=accepted)
    if accepted:  # the server took it: its task is found and waited for
        assert client.add_principal(SUB, "444455556666")["principal"] == "444455556666"
    else:
        with pytest.raises(RedisCloudUnconfirmed) as caught:
            client.add_principal(SUB, "444455556666")
        assert caught.value.ambiguous and "not sent again" in str(caught.value)
    assert len(fake.calls("POST", "/principals")) == 1


def test_403_explains_the_cidr_allow_list(api, client) -> None:
    fake, _ = api
    fake.forbidden = True
    with pytest.raises(RedisCloudHTTPError, match="CIDR allow list.*Lambda.*egress IP") as caught:
        client.get_private_link(SUB)
    assert caught.value.status == 403


def test_wait_helpers(api, client) -> None:
    fake, _ = api
    fake.disassociate_reads = 2
    fake.invitation_accepted = lambda share, principal: principal == ACCOUNT
    client.create_private_link(SUB, share_name="orders", principal=ACCOUNT)
    assert client.wait_for_private_link(SUB, status="active", timeout=5)["status"] == "active"  # type: ignore[index]
    assert client.wait_for_principal(SUB, ACCOUNT, timeout=5)["status"] == "associated"  # type: ignore[index]
    client.add_principal(SUB, "444455556666")
    with pytest.raises(RedisCloudWaitTimeout, match="444455556666 is still associating, not associated"):
        client.wait_for_principal(SUB, "444455556666", timeout=0.3)
    client.remove_principal(SUB, "444455556666")
    assert client.find_principal(client.get_private_link(SUB), "444455556666")["status"] == "disassociating"  # type: ignore[index]
    assert client.wait_for_principal(SUB, "444455556666", status=None, timeout=5) is None


def test_nothing_is_sent_after_the_deadline(api) -> None:
    fake, url = api
    fake.add_link(SUB, "orders", [ACCOUNT])
    fake.stall("getPrivateLink")
    client = make_client(url, deadline=time.monotonic() + 0.4, task_timeout=60.0)
    with pytest.raises(RedisCloudTimeout):
        client.get_private_link(SUB)
    assert fake.requests and max(r.at for r in fake.requests) <= client.deadline  # type: ignore[operator]
    # a retry delay that would outlast the deadline is not slept: the error comes at once
    fake.inject("GET", "/private-link$", 503)
    slow = make_client(url, deadline=time.monotonic() + 1.0, retry_base=5.0, retry_cap=5.0)
    before, started = len(fake.requests), time.monotonic()
    with pytest.raises(RedisCloudDeadline):
        slow.get_private_link(SUB)
    assert len(fake.requests) == before + 1 and time.monotonic() - started < 1.0


def test_remove_principal_sends_the_spec_body(api, client) -> None:
    fake, _ = api
    fake.add_link(SUB, "orders", [ACCOUNT, "444455556666"])
    client.remove_principal(SUB, "444455556666")
    (delete,) = fake.calls("DELETE", "/private-link/principals")
    assert delete.body == {"principal": "444455556666"}
    assert fake.principals(SUB) == [ACCOUNT]
    with pytest.raises(RedisCloudTaskError) as caught:
        client.remove_principal(SUB, "444455556666")
    assert caught.value.type == "PRIVATE_LINK_PRINCIPAL_NOT_FOUND"


def test_delete_needs_principals_removed_first(api, client) -> None:
    fake, _ = api
    fake.add_link(SUB, "orders", [ACCOUNT])
    with pytest.raises(RedisCloudTaskError) as caught:
        client.delete_private_link(SUB)
    assert caught.value.type == "PRIVATE_LINK_ALL_PRINCIPALS_MUST_BE_DELETED_BEFORE_DELETING_RESOURCE_LINK"
    client.remove_principal(SUB, ACCOUNT)
    client.delete_private_link(SUB)
    assert fake.link(SUB) is None


def test_disassociate_is_a_post_with_connections(api, client) -> None:
    fake, _ = api
    link = fake.add_link(SUB, "orders", [ACCOUNT])
    link["connections"] = [{"associationId": "rcfga-1", "connectionId": "vpce-0abc123def4567890",
                            "type": "vpc_endpoint", "ownerId": ACCOUNT, "associationDate": "2026-01-01"}]
    connection = {"associationId": "rcfga-1", "connectionId": "vpce-0abc123def4567890", "type": "vpc_endpoint",
                  "principalId": ACCOUNT}
    client.disassociate(SUB, [connection])
    (post,) = fake.calls("POST", "/connections/disassociate")
    assert post.body == {"connections": [connection]}
    assert fake.link(SUB)["connections"] == []  # type: ignore[index]
    with pytest.raises(RedisCloudError, match="lacks associationId"):
        client.disassociate(SUB, [{"connectionId": "vpce-1"}])


def test_endpoint_script_and_active_active_paths(api, client) -> None:
    fake, _ = api
    fake.add_link(SUB, "orders-east", [ACCOUNT], region=1)
    script = client.endpoint_script(SUB, region_id=1, include_terraform=True)
    assert script["resourceEndpointScript"].startswith("#!/usr/bin/env python3")
    (get,) = fake.calls("GET", "/endpoint-script")
    assert get.path == f"/v1/subscriptions/{SUB}/regions/1/private-link/endpoint-script"
    assert get.query == "includeTerraformAwsScript=true"
    assert client.get_private_link(SUB, region_id=2) is None
    assert client.get_private_link(SUB) is None
    regions = client.get_subscription_regions(SUB)
    assert {r["regionId"]: r["region"] for r in regions} == {1: "us-east-1", 2: "eu-west-1"}
    assert client.get_subscription(SUB)["status"] == "active"


def test_missing_subscription_is_a_synchronous_404(api, client) -> None:
    with pytest.raises(RedisCloudHTTPError) as caught:
        client.get_private_link(999)
    assert caught.value.status == 404 and "Not Found" in caught.value.detail


@pytest.mark.parametrize(("knob", "status"), [("forbidden", 403), ("feature_disabled", 412)])
def test_refusals_are_http_errors(api, client, knob: str, status: int) -> None:
    fake, _ = api
    setattr(fake, knob, True)
    with pytest.raises(RedisCloudHTTPError) as caught:
        client.get_private_link(SUB)
    assert caught.value.status == status
    assert len(fake.requests) == 1  # not retried


def test_wrong_keys_are_401_and_never_shown(api) -> None:
    _, url = api
    client = RedisCloudClient("wrong-account-key-123", "wrong-user-key-456", base_url=url)
    with pytest.raises(RedisCloudHTTPError) as caught:
        client.get_private_link(SUB)
    assert caught.value.status == 401
    assert "wrong-account-key-123" not in str(caught.value) and "wrong-user-key-456" not in repr(client)


def test_keys_echoed_by_the_server_are_redacted(api, client, caplog) -> None:
    fake, _ = api
    caplog.set_level(logging.DEBUG)
    fake.inject("GET", "/private-link", 400, body=f'{{"message": "bad key {SECRET_KEY} / {API_KEY}"}}')
    with pytest.raises(RedisCloudHTTPError) as caught:
        client.get_private_link(SUB)
    assert "***" in str(caught.value)
    assert SECRET_KEY not in str(caught.value) and API_KEY not in str(caught.value)
    assert SECRET_KEY not in caplog.text and API_KEY not in caplog.text
    assert "/private-link -> 400" in caplog.text


def test_transient_5xx_are_retried(api, client) -> None:
    fake, _ = api
    fake.add_link(SUB, "orders", [ACCOUNT])
    fake.inject("GET", "/private-link$", 500)
    fake.inject("GET", "/private-link$", 503)
    fake.inject("GET", "/tasks/", 503)
    assert client.get_private_link(SUB) is not None
    assert len(fake.calls("GET", "/private-link")) == 3


def test_retries_are_bounded(api) -> None:
    fake, url = api
    client = make_client(url, max_retries=2)
    for _ in range(3):
        fake.inject("POST", "/private-link$", 503)
    with pytest.raises(RedisCloudHTTPError) as caught:
        client.create_private_link(SUB, share_name="orders", principal=ACCOUNT)
    assert caught.value.status == 503 and len(fake.requests) == 3


def test_429_and_rate_limit_remaining_pause_the_client(api) -> None:
    fake, url = api
    client = make_client(url, rate_limit_window=0.3)
    fake.inject("GET", "/private-link$", 429, headers={"X-Rate-Limit-Remaining": "0", "Retry-After": "0"})
    assert client.get_private_link(SUB) is None
    first, second = fake.calls("GET", "/private-link")
    assert client.last_rate_limit_remaining is not None and client.last_rate_limit_remaining > 0
    assert second.at - first.at >= 0.28  # waited out the window the API said was spent


def test_client_paces_itself_under_the_per_minute_budget(api) -> None:
    fake, url = api
    client = make_client(url, requests_per_minute=3, rate_limit_window=0.3)
    for _ in range(4):
        client.get_subscription(SUB)
    times = [r.at for r in fake.requests]
    assert times[3] - times[0] >= 0.28


def test_remaining_zero_keeps_the_client_under_the_server_limit(api) -> None:
    fake, url = api
    fake.rate_limit = 2
    fake.rate_window = 0.2
    client = make_client(url, rate_limit_window=0.25)
    for _ in range(3):
        client.get_subscription(SUB)
    assert fake.refused == 0 and len(fake.requests) == 3
    assert fake.requests[2].at - fake.requests[1].at >= 0.2


def test_server_side_429_is_retried(api) -> None:
    fake, url = api
    fake.rate_limit = 1
    fake.rate_window = 0.1
    client = make_client(url, rate_limit_window=0.0, retry_base=0.15, retry_cap=0.15)
    client.get_subscription(SUB)
    client.get_subscription(SUB)
    assert fake.refused >= 1 and client.get_subscription(SUB)["status"] == "active"


def test_stalled_task_times_out_with_its_id(api) -> None:
    fake, url = api
    fake.stall("createPrivateLink")
    client = make_client(url)
    with pytest.raises(RedisCloudTimeout) as caught:
        client.create_private_link(SUB, share_name="orders", principal=ACCOUNT, timeout=0.2)
    assert caught.value.task_id in fake.tasks and caught.value.last_status == "received"
    assert fake.link(SUB) is None


def test_too_many_404s_on_a_task_is_an_error(api) -> None:
    fake, url = api
    fake.early_404s = 10
    client = make_client(url, max_task_404s=3)
    with pytest.raises(RedisCloudHTTPError) as caught:
        client.get_private_link(SUB)
    assert caught.value.status == 404
    assert len(fake.calls("GET", "")) == 1 + 4


def test_redirect_to_another_host_is_refused(api, client) -> None:
    fake, url = api
    fake.inject("GET", "/private-link$", 302, headers={"Location": f"http://localhost:{fake.port}/v1/elsewhere"})
    with pytest.raises(RedisCloudError, match="another host"):
        client.get_private_link(SUB)
    assert [r.path for r in fake.requests] == [f"/v1/subscriptions/{SUB}/private-link"]


def test_any_2xx_with_or_without_body(api, client) -> None:
    fake, _ = api
    fake.add_link(SUB, "orders", [ACCOUNT])
    fake.inject("DELETE", "/principals$", 204)  # no body, and no task started: never taken as done
    with pytest.raises(RedisCloudUnconfirmed, match="without a task id") as caught:
        client.remove_principal(SUB, ACCOUNT)
    assert not caught.value.ambiguous and fake.principals(SUB) == [ACCOUNT]
    fake.inject("POST", "/principals$", 200, body='{"ok": true}')
    assert client.add_principal(SUB, "444455556666", confirm=False) == {"ok": True}


def test_bad_arguments() -> None:
    with pytest.raises(RedisCloudError, match="required"):
        RedisCloudClient("", "x")
    with pytest.raises(RedisCloudError, match="not an http"):
        RedisCloudClient("k", "s", base_url="ftp://example.com")
    client = RedisCloudClient("k", "s")
    for bad in (0, -1, True, "12"):
        with pytest.raises(RedisCloudError, match="positive integer"):
            client.get_private_link(bad)  # type: ignore[arg-type]
    with pytest.raises(RedisCloudError, match="1..64"):
        client.create_body("x" * 65, ACCOUNT)


def test_principals_normalise() -> None:
    assert normalize_principal(f"arn:aws:iam::{ACCOUNT}:root") == ACCOUNT == normalize_principal(f" {ACCOUNT} ")
    assert normalize_principal(f"arn:aws-us-gov:iam::{ACCOUNT}:root") == ACCOUNT
    assert normalize_principal("arn:aws:iam::111122223333:role/x") == "arn:aws:iam::111122223333:role/x"
    assert is_account_principal(ACCOUNT) and is_account_principal(f"arn:aws:iam::{ACCOUNT}:root")
    assert not is_account_principal("11112222333") and not is_account_principal("arn:aws:iam::111122223333:user/u")
