"""Messages that point at the user's code: the construct path the user wrote,
"did you mean" for near misses, the public class names, outputs that say what
the construct does."""

from __future__ import annotations

import json
import re

import pytest

import elasticache_kit as elasticache
from elasticache_kit import AccessControl, UserEngine, ValidationError

from .conftest import new_stack, synth
from .test_bastion_nodes import bastion, cluster_group
from .test_nat_bastion import public_vpc


def test_user_group_named_by_its_construct_path() -> None:
    stack = new_stack("MyappStack")
    vpc = public_vpc(stack)
    app_user = elasticache.IamUser(stack, "AppUser", user_id="app", engine=UserEngine.REDIS,
                                   access_control=AccessControl.read_write("app:*"))
    group = elasticache.UserGroup(stack, "SessionUsers", users=[app_user], engine=UserEngine.REDIS)
    with pytest.raises(ValidationError) as raised:
        elasticache.ServerlessCache(stack, "Cache", vpc=vpc, engine=elasticache.CacheEngine.REDIS_7,
                                    user_group=group)
    message = str(raised.value)
    assert message.startswith("MyappStack/Cache: user_group='MyappStack/SessionUsers' has no user named 'default'")
    assert group.user_group_name not in message  # the generated id, which the user never wrote
    # an imported group has no path in this app: its id names it
    imported = elasticache.UserGroup.from_user_group_attributes(stack, "Imported", user_group_name="shared-users",
                                                                engine=UserEngine.REDIS, users=[app_user])
    with pytest.raises(ValidationError, match=r"^MyappStack/Cache2: user_group='shared-users' has no user"):
        elasticache.ServerlessCache(stack, "Cache2", vpc=vpc, engine=elasticache.CacheEngine.REDIS_7,
                                    user_group=imported)


def test_replication_group_names_the_user_group_by_path() -> None:
    stack = new_stack("MyappStack")
    vpc = public_vpc(stack)
    user = elasticache.IamUser(stack, "AppUser", user_id="app", engine=UserEngine.REDIS,
                               access_control=AccessControl.read_write("app:*"))
    group = elasticache.UserGroup(stack, "SessionUsers", users=[user], engine=UserEngine.REDIS)
    with pytest.raises(ValidationError, match=r"user_group='MyappStack/SessionUsers' has no user named 'default'"):
        elasticache.ReplicationGroup(stack, "Group", vpc=vpc, engine_version=elasticache.EngineVersion.REDIS_7_1,
                                     user_group=group)


def test_access_string_errors_name_the_user_and_suggest() -> None:
    stack = new_stack("MyappStack")
    with pytest.raises(ValidationError) as raised:
        elasticache.IamUser(stack, "Reports", user_id="reports", access_control="on ~reports:* +@raed")
    error = raised.value
    assert error.construct_path == "MyappStack/Reports" and error.prop == "access_control"
    assert "token '+@raed' names an unknown command category (known: " in str(error)
    assert str(error).endswith("; did you mean '+@read'?")
    # given as a string and valid: the same user as with AccessControl
    user = elasticache.IamUser(stack, "Ok", user_id="ok", access_control="on ~ok:* +@read")
    assert user.access_string == "on ~ok:* +@read" and isinstance(user.access_control, AccessControl)


@pytest.mark.parametrize(("access_string", "suggestion"), [
    ("on allkey +@all", "'allkeys'"),
    ("on ~* +@al", "'+@all'"),
    ("onn ~* +get", "'on'"),
])
def test_access_string_did_you_mean(access_string: str, suggestion: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(f"did you mean {suggestion}?")):
        AccessControl.from_access_string(access_string)


def test_access_string_without_a_near_miss_suggests_nothing() -> None:
    with pytest.raises(ValidationError) as raised:
        AccessControl.from_access_string("on ~* +@zzzzzzzz")
    assert "did you mean" not in str(raised.value)


def test_bastion_outputs_name_the_node_forwards() -> None:
    stack = new_stack()
    vpc = public_vpc(stack)
    nat = bastion(stack, vpc)
    nat.forward_replication_group(cluster_group(stack, vpc), first_public_port=7000, port_count=8)
    outputs = synth(stack)["Outputs"]
    forwards = next(o for key, o in outputs.items() if key.startswith("BastionForwards"))
    text = json.dumps(forwards["Value"])
    assert "(none)" not in text
    assert "7000-7007 -> replication group orders node by node" in text
    commands = json.dumps(next(o for key, o in outputs.items() if key.startswith("BastionConnectionCommands"))["Value"])
    assert "elasticache-kit bastion-nodes --parameter " in commands and "--format redis-cli" in commands


def test_bastion_outputs_without_forwards_say_none() -> None:
    stack = new_stack()
    nat = bastion(stack, public_vpc(stack))
    assert nat.forwards == []
    with pytest.raises(Exception, match=r"forwards=\[\] is empty"):  # the bastion's own validation: it must forward something
        synth(stack)
