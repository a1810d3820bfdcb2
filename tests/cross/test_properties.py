"""Property-based tests over every construct's props: any input either raises
our ValidationError naming the property, or synthesizes a template cfn-lint
accepts with zero findings. Never a jsii JavaScript error or a bare
TypeError/KeyError from inside the library. Example counts are bounded."""

from __future__ import annotations

from collections import Counter
from typing import Any

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_events as events
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import elasticache_kit as elasticache
from elasticache_kit import ValidationError

from ..conftest import imported_vpc, new_stack, synth
from ..support.lint import lint_errors

#: Cases run per test, reported in the terminal summary (see conftest).
CASES: Counter[str] = Counter()
FAST = settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
SYNTH = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))

# Mostly valid values, sometimes anything: both outcomes must be well-behaved.
valid_identifier = st.from_regex(r"[a-z][a-z0-9]{0,10}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)
identifier = st.one_of(st.none(), valid_identifier, valid_identifier,
                       st.text(alphabet="abcXYZ019-_ .<>", min_size=0, max_size=45))


def mostly(low: int, high: int) -> st.SearchStrategy[int | None]:
    return st.one_of(st.none(), st.integers(min_value=low, max_value=high), st.integers(min_value=low, max_value=high),
                     st.integers(min_value=-5, max_value=20_000_000))


cron_field = st.one_of(st.none(), st.sampled_from(["0", "9", "23", "59", "0", "30", "24", "60", "*", "1-3", "*/5", "1,2"]))


def outcome(name: str, build: Any) -> None:
    """Run ``build``; accept a ValidationError that names its property, or a lint-clean template."""
    stack = new_stack()
    try:
        build(stack)
    except ValidationError as error:
        CASES[f"{name}: refused"] += 1
        assert error.prop and f"{error.prop}=" in str(error)
        return
    template = synth(stack)
    assert lint_errors(template) == []
    CASES[f"{name}: synthesized"] += 1


@SYNTH
@given(
    name=identifier, description=st.one_of(st.none(), st.text(alphabet="abc XYZ.,", max_size=50), st.text(max_size=300)),
    engine=st.sampled_from([elasticache.CacheEngine.VALKEY_LATEST, elasticache.CacheEngine.VALKEY_8,
                            elasticache.CacheEngine.REDIS_7, elasticache.CacheEngine.MEMCACHED_1_6]),
    min_gb=mostly(1, 50), max_gb=mostly(50, 5000), min_ecpu=mostly(1000, 5000), max_ecpu=mostly(5000, 15_000_000),
    retention=st.one_of(st.none(), st.integers(min_value=1, max_value=35), st.integers(min_value=-1, max_value=40)),
    hour=cron_field, minute=cron_field, as_text=st.booleans(), final=identifier,
)
def test_serverless_cache_props(name, description, engine, min_gb, max_gb, min_ecpu, max_ecpu,
                                retention, hour, minute, as_text, final) -> None:  # type: ignore[no-untyped-def]
    def build(stack: cdk.Stack) -> None:
        limits = elasticache.CacheUsageLimits(
            data_storage_minimum_size=cdk.Size.gibibytes(min_gb) if min_gb is not None and min_gb >= 0 else None,
            data_storage_maximum_size=cdk.Size.gibibytes(max_gb) if max_gb is not None and max_gb >= 0 else None,
            request_rate_limit_minimum=min_ecpu, request_rate_limit_maximum=max_ecpu)
        schedule = None
        if as_text:  # the "HH:MM" form, from the same (often invalid) fields
            schedule = f"{hour or ''}:{minute or ''}"
        elif hour is not None or minute is not None:
            schedule = events.Schedule.cron(**{k: v for k, v in (("hour", hour), ("minute", minute)) if v is not None})
        elasticache.ServerlessCache(
            stack, "Cache", vpc=imported_vpc(stack), serverless_cache_name=name, description=description,
            engine=engine, cache_usage_limits=limits,
            backup=elasticache.BackupSettings(backup_retention_limit=retention, backup_time=schedule,
                                              backup_name_before_deletion=final))
    outcome("ServerlessCache", build)


@SYNTH
@given(kind=st.sampled_from(["iam", "password", "nopass"]), user_id=identifier, user_name=identifier,
       engine=st.sampled_from([None, elasticache.UserEngine.VALKEY, elasticache.UserEngine.REDIS]),
       group_engine=st.sampled_from([None, elasticache.UserEngine.VALKEY, elasticache.UserEngine.REDIS]),
       group_name=identifier, password=st.one_of(st.none(), st.text(min_size=0, max_size=130)))
def test_user_and_group_props(kind, user_id, user_name, engine, group_engine, group_name, password) -> None:  # type: ignore[no-untyped-def]
    def build(stack: cdk.Stack) -> None:
        acl = elasticache.AccessControl.read_only()
        common = {"user_id": user_id or "app", "access_control": acl, "engine": engine, "user_name": user_name}
        if kind == "iam":
            user = elasticache.IamUser(stack, "User", **common)
        elif kind == "password":
            secret = [cdk.SecretValue.unsafe_plain_text(password)] if password is not None else None
            user = elasticache.PasswordUser(stack, "User", passwords=secret, **common)
        else:
            user = elasticache.NoPasswordUser(stack, "User", **common)
        default = elasticache.NoPasswordUser.from_user_id(stack, "Default", "default")
        members = [user, default] if group_engine == elasticache.UserEngine.REDIS else [user]
        elasticache.UserGroup(stack, "Group", users=members, engine=group_engine, user_group_name=group_name)
    outcome("Users and groups", build)


@FAST
@given(st.lists(st.one_of(
    st.sampled_from(["on", "off", "~*", "%R~a:*", "&*", "+@all", "-@dangerous", "+get", "allkeys", "nopass",
                     ">secret", "reset", "+@bogus", "(", ")", "(+get ~x)", "clearselectors", "~", "+get|sub"]),
    st.text(alphabet="~&+-@%()|<>#!abcRW*: ", min_size=1, max_size=8)), max_size=6))
def test_access_string_parser(tokens: list[str]) -> None:
    text = " ".join(tokens)
    try:
        control = elasticache.AccessControl.from_access_string(text)
    except ValidationError as error:
        CASES["AccessControl: refused"] += 1
        assert error.prop == "access_string"
        return
    CASES["AccessControl: accepted"] += 1
    assert control.access_string == text and text.strip()


@SYNTH
@given(kind=st.sampled_from(["api", "fips", "service", "resource"]),
       ports=st.lists(st.integers(min_value=-1, max_value=70_000), max_size=3),
       dns=st.sampled_from([None, True, False]),
       policy=st.sampled_from([None, "full", "read", "deny-only", "deny-account"]),
       service_name=st.text(alphabet="abc.-0123 ", min_size=0, max_size=20))
def test_interface_endpoint_props(kind, ports, dns, policy, service_name) -> None:  # type: ignore[no-untyped-def]
    def build(stack: cdk.Stack) -> None:
        if kind in ("api", "fips"):
            target = elasticache.EndpointTarget.elasticache_api(fips=kind == "fips")
        elif kind == "service":
            target = elasticache.EndpointTarget.endpoint_service(service_name, ports)
        else:
            target = elasticache.EndpointTarget.resource_configuration(
                "arn:aws:vpc-lattice:us-east-1:123456789012:resourceconfiguration/rcfg-0123456789abcdef0", ports)
        policies = {None: None, "full": elasticache.EndpointPolicy.full_access(),
                    "read": elasticache.EndpointPolicy.read_only(),
                    "deny-only": elasticache.EndpointPolicy().deny("*"),
                    "deny-account": elasticache.EndpointPolicy.deny_accounts("123456789012")}
        vpc = ec2.Vpc.from_vpc_attributes(stack, "Vpc", vpc_id="vpc-0123456789abcdef0", vpc_cidr_block="10.0.0.0/16",
                                          availability_zones=["us-east-1a"], private_subnet_ids=["subnet-0a1b2c3d4e5f60718"])
        elasticache.InterfaceEndpoint(stack, "Endpoint", vpc=vpc, target=target, private_dns_enabled=dns,
                                      policy=policies[policy])
    outcome("InterfaceEndpoint", build)


@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(cidrs=st.lists(st.sampled_from(["198.51.100.27/32", "203.0.113.0/24", "0.0.0.0/0", "::/0", "10.0.0.1/8",
                                       "2001:db8::/32", "nonsense"]), max_size=3),
       open_ok=st.booleans(),
       forwards=st.lists(st.tuples(st.integers(min_value=0, max_value=70_000),
                                   st.sampled_from(["10.0.1.5", "cache.example.test", "bad host", "2001:db8::1"]),
                                   st.integers(min_value=0, max_value=70_000)), max_size=3))
def test_nat_bastion_props(cidrs, open_ok, forwards) -> None:  # type: ignore[no-untyped-def]
    def build(stack: cdk.Stack) -> None:
        vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0, subnet_configuration=[
            ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC)])
        bastion = elasticache.NatBastion(stack, "Bastion", vpc=vpc, trusted_cidrs=cidrs, allow_public_access=open_ok)
        for public, host, port in forwards:
            bastion.forward(public, host, port)
        if not forwards:
            bastion.forward(6379, "10.0.1.5", 6379)
    outcome("NatBastion", build)
