"""The deploy-time handler of :class:`RedisCloudPrivateLink` (``on_event`` and
``is_complete`` of a CDK ``custom_resources.Provider``).

Standard library and boto3 only: it runs in AWS Lambda's Python runtime.  The
Redis Cloud API keys are read from Secrets Manager at run time (the secret's ARN
is in ``REDIS_CLOUD_SECRET_ARN``; its value is JSON ``{"apiKey": ..., "secretKey": ...}``).

``on_event`` only decides the physical id (adopting an existing PrivateLink of
the same share name, or planning a new one); every change is made by
``is_complete``, which reconciles from what the API reports on every poll: it
reads the PrivateLink, takes the next missing step, and returns "not yet" when a
step needs time.  An invocation that times out mid-way therefore loses nothing,
and a step is never submitted twice while the account has a task in flight
(Redis Cloud processes one task at a time per account).
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, Protocol

from .client import (
    ASSOCIATED,
    DEFAULT_BASE_URL,
    LEAVING,
    NOT_FOUND_ERRORS,
    RedisCloudClient,
    normalize_principal,
    principal_type_of,
)
from .errors import (
    RedisCloudDeadline,
    RedisCloudHTTPError,
    RedisCloudNotListed,
    RedisCloudTaskError,
    RedisCloudTimeout,
    RedisCloudUnconfirmed,
)

__all__ = ["DELETION_POLICIES", "Props", "is_complete", "on_event", "parse_props", "physical_id"]

_log = logging.getLogger("elasticache_kit.redis_cloud.handler")
_package_log = logging.getLogger("elasticache_kit.redis_cloud")
if _package_log.level == logging.NOTSET:  # Lambda's root logger is at WARNING: our steps are INFO
    _package_log.setLevel(logging.INFO)

#: What deleting the resource does: remove the principals it added (default),
#: delete the PrivateLink when it created it, or leave everything.
DELETION_POLICIES: Final = ("remove-principals", "delete", "retain")
PHYSICAL_PREFIX: Final = "redis-cloud-private-link"
_UNFINISHED: Final = frozenset({"initialized", "received", "processing-in-progress"})
_MAX_STEPS: Final = 12
_PHYSICAL_ID_MAX: Final = 1024


class LambdaContext(Protocol):
    """The part of Lambda's context object the handler uses."""

    def get_remaining_time_in_millis(self) -> int:
        """Milliseconds left in this invocation."""
        ...


@dataclass(frozen=True)
class Props:
    """The custom resource's properties, checked."""

    subscription_id: int
    region_id: int | None
    share_name: str
    principals: tuple[str, ...]
    accept_resource_share: bool
    deletion_policy: str


def _int(raw: Any, name: str, *, optional: bool = False) -> int | None:
    if optional and raw in (None, ""):
        return None
    text = str(raw).strip()
    if not text.isdigit() or int(text) <= 0:
        raise ValueError(f"{name}={raw!r} is not a positive integer")
    return int(text)


def parse_props(raw: Mapping[str, Any]) -> Props:
    """Check the resource properties CloudFormation sent (all values arrive as strings)."""
    subscription_id = _int(raw.get("SubscriptionId"), "SubscriptionId")
    assert subscription_id is not None
    region_id = _int(raw.get("RegionId"), "RegionId", optional=True)
    share_name = str(raw.get("ShareName") or "")
    if not 1 <= len(share_name) <= 64:
        raise ValueError(f"ShareName={share_name!r} must be 1..64 characters")
    principals: list[str] = []
    for principal in raw.get("Principals") or []:
        if principal_type_of(str(principal)) is None:
            raise ValueError(
                f"Principals: {principal!r} is not an AWS account id (or its root ARN), an organization or OU ARN, an "
                f"IAM role or user ARN, or a service principal"
            )
        account = normalize_principal(str(principal))
        if account not in principals:
            principals.append(account)
    if not principals:
        raise ValueError("Principals must list at least one account")
    policy = str(raw.get("DeletionPolicy") or "remove-principals")
    if policy not in DELETION_POLICIES:
        raise ValueError(f"DeletionPolicy={policy!r} is not one of {', '.join(DELETION_POLICIES)}")
    accept = str(raw.get("AcceptResourceShare", "true")).lower() == "true"
    return Props(subscription_id, region_id, share_name, tuple(principals), accept, policy)


@dataclass(frozen=True)
class Origin:
    """Where the PrivateLink came from, as recorded in the physical id."""

    subscription_id: int
    region_id: int | None
    created: bool
    preexisting: frozenset[str]


def physical_id(subscription_id: int, region_id: int | None, *, created: bool, preexisting: frozenset[str]) -> str:
    """``redis-cloud-private-link:SUB:REGION:created`` or ``...:adopted:ACCOUNTS``
    (the principals that were there before this resource, which it never removes)."""
    head = f"{PHYSICAL_PREFIX}:{subscription_id}:{region_id or 0}"
    if created:
        return f"{head}:created"
    text = f"{head}:adopted:{','.join(sorted(preexisting))}"
    if len(text) > _PHYSICAL_ID_MAX:
        return f"{head}:adopted:*"  # too many to record: treat every principal as pre-existing
    return text


def parse_physical_id(text: str) -> Origin | None:
    """The origin recorded in a physical id, or None when the id is not one of ours
    (e.g. a create that failed before it had one)."""
    parts = text.split(":")
    if len(parts) < 4 or parts[0] != PHYSICAL_PREFIX or not parts[1].isdigit() or not parts[2].isdigit():
        return None
    region = int(parts[2]) or None
    if parts[3] == "created":
        return Origin(int(parts[1]), region, True, frozenset())
    listed = parts[4] if len(parts) > 4 else ""
    everyone = frozenset({"*"}) if listed == "*" else frozenset(p for p in listed.split(",") if p)
    return Origin(int(parts[1]), region, False, everyone)


class _Budget:
    """The time this invocation may still spend (Lambda's remaining time less a margin)."""

    def __init__(self, context: LambdaContext | None) -> None:
        margin = float(os.environ.get("REDIS_CLOUD_SAFETY_MARGIN", "20"))
        remaining = context.get_remaining_time_in_millis() / 1000 if context is not None else 60.0
        self.deadline = time.monotonic() + max(0.0, remaining - margin)

    def left(self) -> float:
        return self.deadline - time.monotonic()


def _quiet_botocore() -> None:
    """botocore logs response bodies (the secret's value) at DEBUG: never below INFO here."""
    for name in ("botocore", "boto3", "urllib3"):
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < logging.INFO:
            logger.setLevel(logging.INFO)


def _secret_keys() -> tuple[str, str]:
    import boto3  # the Lambda runtime has it; imported late so the module loads without it

    _quiet_botocore()
    arn = os.environ.get("REDIS_CLOUD_SECRET_ARN", "")
    if not arn:
        raise RuntimeError("REDIS_CLOUD_SECRET_ARN is not set")
    value = boto3.client("secretsmanager").get_secret_value(SecretId=arn).get("SecretString") or ""
    try:
        data = json.loads(value)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise RuntimeError(f"secret {arn} must hold JSON {{\"apiKey\": ..., \"secretKey\": ...}}")
    api_key = next((str(data[k]) for k in ("apiKey", "api_key", "REDIS_API_KEY", "accountKey") if data.get(k)), "")
    secret_key = next(
        (str(data[k]) for k in ("secretKey", "secret_key", "REDIS_API_SECRET", "userKey") if data.get(k)), ""
    )
    if not api_key or not secret_key:
        raise RuntimeError(f"secret {arn} lacks apiKey or secretKey")
    return api_key, secret_key


def _client(budget: _Budget) -> RedisCloudClient:
    api_key, secret_key = _secret_keys()
    env = os.environ
    return RedisCloudClient(
        api_key, secret_key, deadline=budget.deadline,
        base_url=env.get("REDIS_CLOUD_API_URL") or DEFAULT_BASE_URL,
        poll_interval=float(env.get("REDIS_CLOUD_POLL_INTERVAL", "1")),
        max_poll_interval=float(env.get("REDIS_CLOUD_MAX_POLL_INTERVAL", "15")),
        retry_base=float(env.get("REDIS_CLOUD_RETRY_BASE", "1")),
    )


def _account(event: Mapping[str, Any]) -> str:
    parts = str(event.get("StackId", "")).split(":")
    return parts[4] if len(parts) > 5 else ""


def _summary(event: Mapping[str, Any]) -> str:
    # never the whole event: its ResponseURL is a presigned URL
    return (f"{event.get('RequestType')} {event.get('LogicalResourceId')} "
            f"physical={event.get('PhysicalResourceId', '-')}")


# ---------------------------------------------------------------------- on_event
def on_event(event: Mapping[str, Any], context: LambdaContext | None = None) -> dict[str, Any]:
    """Decide the physical id; ``is_complete`` makes the changes."""
    _log.info("on_event %s", _summary(event))
    request = event["RequestType"]
    if request == "Delete":
        return {"PhysicalResourceId": event["PhysicalResourceId"]}
    props = parse_props(event["ResourceProperties"])
    if request == "Update":
        old = parse_props(event["OldResourceProperties"])
        if (old.subscription_id, old.region_id) == (props.subscription_id, props.region_id):
            if old.share_name != props.share_name:
                raise ValueError(
                    f"share_name cannot change in place ({old.share_name!r} -> {props.share_name!r}): Redis Cloud has "
                    f"no call to rename a PrivateLink share; keep the old name, or replace the resource (new id)"
                )
            return {"PhysicalResourceId": event["PhysicalResourceId"]}
        _log.info("subscription or region changed: replacing the resource")
    budget = _Budget(context)
    config = _client(budget).get_private_link(props.subscription_id, region_id=props.region_id,
                                              timeout=budget.left())
    if config is None or config.get("status") == "deleting":
        pid = physical_id(props.subscription_id, props.region_id, created=True, preexisting=frozenset())
    else:
        _check_share_name(config, props)
        present = frozenset(normalize_principal(str(p.get("principal", ""))) for p in config.get("principals") or [])
        pid = physical_id(props.subscription_id, props.region_id, created=False, preexisting=present)
        _log.info("adopting the existing PrivateLink %s", config.get("shareName"))
    return {"PhysicalResourceId": pid}


def _check_share_name(config: Mapping[str, Any], props: Props) -> None:
    name = config.get("shareName")
    if name and name != props.share_name:
        where = f"subscription {props.subscription_id}" + (f" region {props.region_id}" if props.region_id else "")
        raise ValueError(
            f"{where} already has a PrivateLink shared as {name!r}, not {props.share_name!r}; set share_name={name!r} "
            f"to adopt it (a share name cannot change in place)"
        )


# ---------------------------------------------------------------------- is_complete
def is_complete(event: Mapping[str, Any], context: LambdaContext | None = None) -> dict[str, Any]:
    """Take the next step towards the desired state; ``{"IsComplete": True, "Data": ...}`` when there."""
    _log.info("is_complete %s", _summary(event))
    budget = _Budget(context)
    if event["RequestType"] == "Delete":
        return _delete(event, budget)
    return _reconcile(event, budget)


def _not_yet(why: str) -> dict[str, Any]:
    _log.info("not complete: %s", why)
    return {"IsComplete": False}


def _resume_later(error: RedisCloudTimeout | RedisCloudDeadline | RedisCloudUnconfirmed) -> dict[str, Any]:
    """What a poll that ran out of time, or whose request's fate is unclear, answers: not complete yet (the next
    poll reads the state again); an unconfirmed request that is not ambiguous is an error."""
    if isinstance(error, RedisCloudUnconfirmed):
        if not error.ambiguous:
            raise error
        return _not_yet(f"{error}; the state is read again at the next poll")
    return _not_yet(f"{error}; resuming at the next poll")


def _in_flight(client: RedisCloudClient) -> str | None:
    """An unfinished task the account submitted recently (Redis Cloud runs one at
    a time): submitting now could duplicate it (a timed-out invocation's request)."""
    return _recent_tasks(client)[0]


def _recent_tasks(client: RedisCloudClient) -> tuple[str | None, bool]:
    """(an unfinished recent task, whether a recent create task has finished)."""
    window = float(os.environ.get("REDIS_CLOUD_INFLIGHT_WINDOW", "900"))
    now = datetime.now(UTC)
    busy: str | None = None
    created = False
    for task in client.list_tasks():
        unfinished = str(task.get("status")) in _UNFINISHED
        if not unfinished and "create" not in str(task.get("commandType", "")).lower():
            continue
        try:
            started = datetime.fromisoformat(str(task.get("timestamp", "")).replace("Z", "+00:00"))
        except ValueError:
            continue
        if started.tzinfo is None:
            started = started.replace(tzinfo=UTC)
        if (now - started).total_seconds() <= window:
            if unfinished:
                busy = busy or f"{task.get('commandType', 'task')} {task.get('taskId')}"
            else:
                created = True
    return busy, created


def _subscription_active(client: RedisCloudClient, sub: int, budget: _Budget) -> bool:
    status = client.get_subscription(sub, timeout=budget.left()).get("status")
    _log.info("subscription %s is %r", sub, status)
    return status == "active"


def _present(config: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    return {normalize_principal(str(p.get("principal", ""))): p for p in config.get("principals") or []
            if isinstance(p, Mapping)}


def _removals(event: Mapping[str, Any], props: Props, preexisting: frozenset[str]) -> set[str]:
    """The principals an update takes out (same subscription and region): the ones the old properties
    listed and the new do not, less those that were there before this resource (all when unknown)."""
    if event["RequestType"] != "Update":
        return set()
    old = parse_props(event["OldResourceProperties"])
    if (old.subscription_id, old.region_id) != (props.subscription_id, props.region_id):
        return set()
    removals = set(old.principals) - set(props.principals)
    return set() if "*" in preexisting else removals - preexisting


def _create(client: RedisCloudClient, props: Props, budget: _Budget) -> str:
    """Create the PrivateLink with the first principal (one made meanwhile is fine); returns that principal."""
    first = props.principals[0]
    _log.info("creating the PrivateLink %s with principal %s", props.share_name, first)
    try:
        client.create_private_link(props.subscription_id, share_name=props.share_name, principal=first,
                                   principal_type=principal_type_of(first) or "aws_account",
                                   region_id=props.region_id, timeout=budget.left())
    except RedisCloudTaskError as error:
        if error.type != "PRIVATE_LINK_ALREADY_EXISTS":
            raise
    return first


def _check_not_failed(config: Mapping[str, Any], props: Props, present: Mapping[str, Mapping[str, Any]]) -> None:
    """A principal Redis Cloud reports as failed fails the deployment, with its detail."""
    for principal in props.principals:
        entry = present.get(principal)
        if entry is not None and entry.get("status") == "failed":
            detail = config.get("errorMessage") or "no detail"
            raise RuntimeError(f"Redis Cloud reports principal {principal} as failed: {detail}")


def _check_listed(missing: list[str], just_added: dict[str, int]) -> None:
    """A principal added in this invocation and still not listed on the second read after: Redis Cloud
    accepted the request and did not add it (terraform-provider-rediscloud #1014 reports success anyway)."""
    for principal in missing:
        if principal in just_added:
            just_added[principal] += 1
            if just_added[principal] >= 2:
                raise RedisCloudNotListed(principal, principal_type_of(principal) or "aws_account")


def _add_next(
    client: RedisCloudClient, props: Props, config: Mapping[str, Any], missing: list[str], just_added: dict[str, int],
    budget: _Budget,
) -> dict[str, Any] | None:
    """Add the first missing principal unless just added (once the PrivateLink is active and no task is in
    flight); the "not yet" answer when it has to wait, else None."""
    if config.get("status") != "active":
        return _not_yet(f"PrivateLink is {config.get('status')!r}; principals are added once active")
    principal = missing[0]
    if principal in just_added:
        return None
    busy = _in_flight(client)
    if busy:
        return _not_yet(f"waiting for {busy} before adding principals")
    _log.info("adding principal %s", principal)
    try:
        client.add_principal(props.subscription_id, principal, principal_type=principal_type_of(principal),
                             region_id=props.region_id, timeout=budget.left(), confirm=False)
    except RedisCloudTaskError as error:
        if error.type != "PRIVATE_LINK_PRINCIPAL_ALREADY_EXISTS":
            raise
    just_added[principal] = 0
    return None


def _remove_next(client: RedisCloudClient, props: Props, present: Mapping[str, Mapping[str, Any]], principal: str,
                 budget: _Budget) -> dict[str, Any] | None:
    """Remove ``principal`` (one an update took out) once no task is in flight; the "not yet" answer when it
    has to wait, else None."""
    busy = _in_flight(client)
    if busy:
        return _not_yet(f"waiting for {busy} before removing principals")
    _log.info("removing principal %s", principal)
    _remove(client, props.subscription_id, props.region_id, _listed(present, principal), budget)
    return None


def _accepting(props: Props, account: str, config: Mapping[str, Any],
               present: Mapping[str, Mapping[str, Any]]) -> dict[str, Any] | None:
    """AWS RAM keeps an outside account's association pending until that account accepts Redis Cloud's
    invitation: accept this account's as soon as it exists, and never wait for other accounts. The "not
    yet" answer while this account's principal is not associated, else None."""
    if not props.accept_resource_share or account not in props.principals \
            or present[account].get("status") in ASSOCIATED:
        return None
    share_arn = str(config.get("shareArn") or "")
    if not share_arn or not _accept_share(share_arn, account):
        return _not_yet("no resource share invitation from Redis Cloud yet")
    return _not_yet(f"invitation accepted; waiting for principal {account} to read associated")


def _reconcile(event: Mapping[str, Any], budget: _Budget) -> dict[str, Any]:
    props = parse_props(event["ResourceProperties"])
    origin = parse_physical_id(str(event.get("PhysicalResourceId", "")))
    removals = _removals(event, props, origin.preexisting if origin else frozenset())
    client = _client(budget)
    sub, region = props.subscription_id, props.region_id
    account = _account(event)
    just_added: dict[str, int] = {}
    rechecked = subscription_active = False
    try:
        for _ in range(_MAX_STEPS):
            try:
                config = client.get_private_link(sub, region_id=region, timeout=budget.left())
            except RedisCloudTaskError:
                if subscription_active or _subscription_active(client, sub, budget):
                    raise
                return _not_yet(f"subscription {sub} is not active yet")
            # the subscription is read only when there is no PrivateLink (one exists only on an active one)
            if config is None and not subscription_active:
                if not _subscription_active(client, sub, budget):
                    return _not_yet(f"subscription {sub} is not active yet")
                subscription_active = True
            if config is not None and config.get("status") == "deleting":
                return _not_yet(f"the PrivateLink of subscription {sub} is being deleted; it is made again once gone")
            if config is None:
                busy, created = _recent_tasks(client)  # e.g. a killed invocation's create, still running
                if busy:
                    return _not_yet(f"waiting for {busy} before creating")
                if created and not rechecked:  # a create finished between that read and the list: read again
                    rechecked = True
                    continue
                just_added[_create(client, props, budget)] = 0
                continue
            _check_share_name(config, props)
            present = _present(config)
            _check_not_failed(config, props, present)
            leaving = [p for p in props.principals if p in present and present[p].get("status") in LEAVING]
            if leaving:  # asked for again while its removal is in flight: add it once it is gone
                return _not_yet(f"principals {', '.join(leaving)} are being removed; added again once gone")
            missing = [p for p in props.principals if p not in present]
            _check_listed(missing, just_added)
            if missing:
                waiting = _add_next(client, props, config, missing, just_added, budget)
                if waiting is not None:
                    return waiting
                continue
            extra = sorted(p for p in removals if p in present and present[p].get("status") not in LEAVING)
            if extra:
                waiting = _remove_next(client, props, present, extra[0], budget)
                if waiting is not None:
                    return waiting
                continue
            if config.get("status") != "active":
                return _not_yet(f"PrivateLink is {config.get('status')!r}")
            waiting = _accepting(props, account, config, present)
            if waiting is not None:
                return waiting
            pending = [p for p in props.principals if present[p].get("status") not in ASSOCIATED]
            if pending:
                _log.info("principals not associated yet (their accounts accept the RAM invitation): %s",
                          ", ".join(pending))
            return {"IsComplete": True, "Data": _data(config, props, pending)}
    except (RedisCloudTimeout, RedisCloudDeadline, RedisCloudUnconfirmed) as error:
        return _resume_later(error)
    return _not_yet("more steps remain")


def _listed(present: Mapping[str, Mapping[str, Any]], principal: str) -> str:
    """``principal`` as Redis Cloud lists it (an id, or the root ARN it was added as)."""
    entry = present.get(principal)
    return str(entry.get("principal") or principal) if entry is not None else principal


def _remove(client: RedisCloudClient, sub: int, region: int | None, principal: str, budget: _Budget) -> None:
    try:
        client.remove_principal(sub, principal, region_id=region, timeout=budget.left())
    except RedisCloudTaskError as error:
        if error.type != "PRIVATE_LINK_PRINCIPAL_NOT_FOUND":
            raise


def _accept_share(share_arn: str, account: str) -> bool:
    """Accept Redis Cloud's RAM invitation to ``share_arn``; True once accepted."""
    import boto3
    from botocore.config import Config
    from botocore.exceptions import ClientError

    # short timeouts: the invocation's remaining time bounds the Redis Cloud calls, and these must not outlast it
    ram = boto3.client("ram", config=Config(connect_timeout=5, read_timeout=10, retries={"max_attempts": 3}))
    invitations: list[Mapping[str, Any]] = []
    token: str | None = None
    for _ in range(20):
        kwargs: dict[str, Any] = {"resourceShareArns": [share_arn]}
        if token:
            kwargs["nextToken"] = token
        page = ram.get_resource_share_invitations(**kwargs)
        invitations += page.get("resourceShareInvitations", [])
        token = page.get("nextToken")
        if not token:
            break
    mine = [i for i in invitations if i.get("receiverAccountId") in (None, account)]
    if any(i.get("status") == "ACCEPTED" for i in mine):
        return True
    pending = [i for i in mine if i.get("status") == "PENDING"]
    for invitation in pending:
        _log.info("accepting resource share invitation %s", invitation.get("resourceShareInvitationArn"))
        try:
            ram.accept_resource_share_invitation(resourceShareInvitationArn=invitation["resourceShareInvitationArn"])
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") != "ResourceShareInvitationAlreadyAcceptedException":
                raise
    if pending:
        return True
    ended = sorted({str(i.get("status")) for i in mine})
    if ended:
        raise RuntimeError(
            f"the resource share invitation for {share_arn} is {'/'.join(ended)}: remove principal {account} on the "
            f"Redis Cloud side and deploy again to get a new one"
        )
    return False


def _data(config: Mapping[str, Any], props: Props, pending: list[str]) -> dict[str, str]:
    ports = sorted({int(d["port"]) for d in config.get("databases") or []
                    if isinstance(d, Mapping) and str(d.get("port", "")).isdigit()})
    text = ",".join(str(p) for p in ports)
    if len(text) > 600:  # CloudFormation's 4 KB response limit
        text = text[:600].rsplit(",", 1)[0]
    return {
        "ResourceConfigurationArn": str(config.get("resourceConfigurationArn") or ""),
        "ResourceConfigurationId": str(config.get("resourceConfigurationId") or ""),
        "ShareArn": str(config.get("shareArn") or ""),
        "ShareName": str(config.get("shareName") or props.share_name),
        "DatabasePorts": text,
        "PendingPrincipals": _bounded(pending, 1500),
    }


def _bounded(items: list[str], limit: int) -> str:
    """``items`` comma-separated, cut to whole items within ``limit`` characters (CloudFormation's 4 KB)."""
    text = ",".join(items)
    if len(text) > limit:
        text = text[:limit].rsplit(",", 1)[0] + ",..."
    return text


def _to_delete(event: Mapping[str, Any]) -> tuple[Origin, Props] | None:
    """Where the PrivateLink came from and the properties of a resource whose deletion has something to do;
    None when it never made anything, its properties are unusable, or its policy is ``retain``."""
    origin = parse_physical_id(str(event.get("PhysicalResourceId", "")))
    if origin is None:
        return None  # nothing of ours was ever made
    try:
        props = parse_props(event["ResourceProperties"])
    except ValueError as error:
        _log.info("properties unusable (%s): nothing to delete", error)
        return None
    if props.deletion_policy == "retain":
        return None
    return origin, props


def _principals_to_remove(
    props: Props, origin: Origin, present: Mapping[str, Mapping[str, Any]], remove_all: bool,
) -> list[str]:
    """Every listed principal when the PrivateLink goes; else the ones this resource added (none of those that
    were there before it, all of them when those are unknown)."""
    if remove_all:
        return sorted(present)
    if "*" in origin.preexisting:
        return []
    return sorted(p for p in props.principals if p in present and p not in origin.preexisting)


def _delete_private_link(client: RedisCloudClient, sub: int, region: int | None, budget: _Budget) -> None:
    """Delete the PrivateLink; one already gone, or still holding principals (the next poll removes them),
    is no error."""
    _log.info("deleting the PrivateLink of subscription %s", sub)
    try:
        client.delete_private_link(sub, region_id=region, timeout=budget.left())
    except RedisCloudTaskError as error:
        if error.type not in (*NOT_FOUND_ERRORS,
                              "PRIVATE_LINK_ALL_PRINCIPALS_MUST_BE_DELETED_BEFORE_DELETING_RESOURCE_LINK"):
            raise


def _delete(event: Mapping[str, Any], budget: _Budget) -> dict[str, Any]:
    found = _to_delete(event)
    if found is None:
        return {"IsComplete": True}
    origin, props = found
    sub, region = origin.subscription_id, origin.region_id
    remove_all = props.deletion_policy == "delete" and origin.created
    client = _client(budget)
    try:
        for _ in range(_MAX_STEPS):
            try:
                config = client.get_private_link(sub, region_id=region, timeout=budget.left())
            except RedisCloudHTTPError as error:
                if error.status == 404:
                    return {"IsComplete": True}  # the subscription is gone, and the PrivateLink with it
                raise
            if config is None or config.get("shareName") not in (None, props.share_name):
                return {"IsComplete": True}
            deleting = config.get("status") == "deleting"
            if deleting and not remove_all:
                return {"IsComplete": True}  # someone else is deleting it, principals and all
            present = _present(config)
            targets = _principals_to_remove(props, origin, present, remove_all)
            # a principal already disassociating is on its way out: never removed twice
            live = [p for p in targets if present[p].get("status") not in LEAVING]
            if live:
                busy = _in_flight(client)
                if busy:
                    return _not_yet(f"waiting for {busy}")
                _log.info("removing principal %s", live[0])
                _remove(client, sub, region, _listed(present, live[0]), budget)
                continue
            if not remove_all:
                return {"IsComplete": True}
            if deleting:
                return _not_yet("the PrivateLink is being deleted")
            leaving = [p for p in targets if present[p].get("status") == "disassociating"]
            if leaving:
                return _not_yet(f"principals {', '.join(leaving)} still disassociating")
            busy = _in_flight(client)
            if busy:
                return _not_yet(f"waiting for {busy}")
            _delete_private_link(client, sub, region, budget)
    except (RedisCloudTimeout, RedisCloudDeadline, RedisCloudUnconfirmed) as error:
        return _resume_later(error)
    return _not_yet("more steps remain")
