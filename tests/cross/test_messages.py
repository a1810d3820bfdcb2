"""Messages that point at the user's code: the construct path the user wrote,
"did you mean" for near misses, the public class names, outputs that say what
the construct does."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

import elasticache_kit as elasticache
from elasticache_kit import AccessControl, UserEngine, ValidationError

from ..bastion.test_bastion_nodes import bastion, cluster_group
from ..bastion.test_nat_bastion import public_vpc
from ..conftest import new_stack, synth


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


def test_reports_name_public_classes(tmp_path: Any) -> None:
    """aws-cdk-lib names a construct by its jsii type in tree.json and validation reports: ours by the
    public Python class, never the JavaScript side's Core class."""
    import aws_cdk as cdk

    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False, outdir=str(tmp_path))
    stack = cdk.Stack(app, "MyappStack", synthesizer=cdk.DefaultStackSynthesizer(generate_bootstrap_version_rule=False))
    vpc = public_vpc(stack)
    app_user = elasticache.IamUser(stack, "AppUser", user_id="app", access_control=AccessControl.read_write("app:*"))
    users = elasticache.UserGroup(stack, "SessionUsers", users=[app_user])
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc, user_group=users)
    nat = elasticache.NatBastion(stack, "Bastion", vpc=vpc, trusted_cidrs=["198.51.100.27/32"])
    nat.forward_cache(cache)
    elasticache.InterfaceEndpoint(stack, "Api", vpc=vpc, target=elasticache.EndpointTarget.elasticache_api())
    elasticache.ReplicationGroup(stack, "Sessions", vpc=vpc, num_cache_clusters=2, user_group=users)
    elasticache.ClusterReplicationGroup(stack, "Orders", vpc=vpc, user_group=users)
    from aws_cdk import aws_secretsmanager as secretsmanager

    from elasticache_kit.redis_cloud import RedisCloudPrivateLink

    link = RedisCloudPrivateLink(stack, "RedisCloud", subscription_id=1234, share_name="orders", principals=["111122223333"],
                                 api_credentials=secretsmanager.Secret.from_secret_name_v2(stack, "Keys", "redis-cloud/keys"))
    link.endpoint(vpc)
    app.synth()
    tree = json.loads((tmp_path / "tree.json").read_text())
    fqns: dict[str, str] = {}

    def walk(node: dict[str, Any]) -> None:
        fqns[node.get("path", "")] = node.get("constructInfo", {}).get("fqn", "")
        for child in node.get("children", {}).values():
            walk(child)

    walk(tree["tree"])
    assert fqns["MyappStack/AppUser"] == "elasticache_kit.IamUser"
    assert fqns["MyappStack/SessionUsers"] == "elasticache_kit.UserGroup"
    assert fqns["MyappStack/Cache"] == "elasticache_kit.ServerlessCache"
    assert fqns["MyappStack/Bastion"] == "elasticache_kit.NatBastion"
    assert fqns["MyappStack/Api"] == "elasticache_kit.InterfaceEndpoint"
    assert fqns["MyappStack/Sessions"] == "elasticache_kit.ReplicationGroup"
    assert fqns["MyappStack/Orders"] == "elasticache_kit.ClusterReplicationGroup"
    assert fqns["MyappStack/RedisCloud"] == "elasticache_kit.RedisCloudPrivateLink"
    assert [fqn for path, fqn in fqns.items() if path.startswith("MyappStack/RedisCloud") and path.count("/") == 2
            and fqn.endswith("RedisCloudEndpoint")]
    assert not [path for path, fqn in fqns.items() if fqn.startswith("elasticache-kit-core.Core")
                and path.count("/") == 1]  # none of the constructs the user wrote
    # the objects are what they were: markers, connections and grants still work from aws-cdk-lib's side
    assert elasticache.UserGroup.is_user_group(users) and elasticache.IamUser.is_iam_user(app_user)
