"""One benchmark run, in its own process: build and synthesize the workload
with one library and print a JSON line of measurements.

    python bench/workload.py --library kit|alpha --caches N [--validation on|off]

The workload per cache: an IAM user, a replacement default user with a
password (a kind every group engine admits), a user group, usage limits, daily
backups, a role granted connect, and an ECPU alarm; stacks of at most 20 caches
(CloudFormation's 500-resources limit), each with its VPC and role.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
ROOT = Path(__file__).resolve().parent
CACHES_PER_STACK = 20

started = time.perf_counter()
from jsii._kernel.providers import process as _process  # noqa: E402

ROUND_TRIPS = [0]
_send = _process._NodeProcess.send


def _counting_send(self, request, response_type):  # type: ignore[no-untyped-def]
    ROUND_TRIPS[0] += 1
    return _send(self, request, response_type)


_process._NodeProcess.send = _counting_send  # type: ignore[method-assign]


def node_peak_rss_kb() -> int:
    """VmHWM of the jsii node child process, in kB (0 when not found)."""
    me = os.getpid()
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
        if fields.get("PPid", "").strip() == str(me) and "node" in fields.get("Name", ""):
            return int(fields.get("VmHWM", "0 kB").split()[0])
    return 0


def build(library: str, caches: int, validation: bool) -> tuple[object, int]:
    import aws_cdk as cdk
    from aws_cdk import aws_ec2 as ec2
    from aws_cdk import aws_iam as iam

    if library == "alpha":
        cdk.__path__.append(str(ROOT / ".alpha" / "aws_cdk"))  # type: ignore[attr-defined]
        import aws_cdk.aws_elasticache_alpha as lib  # type: ignore[import-not-found]
    else:  # the built package in bench/.kit (make bench), as users install it
        sys.path.insert(0, str(ROOT / ".kit"))
        import elasticache_kit as lib  # type: ignore[no-redef]

        if not Path(lib.__file__).is_relative_to(ROOT / ".kit"):
            sys.exit(f"elasticache_kit came from {lib.__file__}, not bench/.kit: run `make bench`")

    # Each library's own way to say "daily at 03:00 UTC": the alpha module takes
    # a cron Schedule; elasticache_kit also takes the "HH:MM" CloudFormation uses.
    # (aws_events is imported only for the alpha module: a kit user does not load it).
    if library == "alpha":
        from aws_cdk import aws_events as events

        backup_time: object = events.Schedule.cron(hour="3", minute="0")
    else:
        backup_time = "03:00"
    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=validation)
    stacks = 0
    for first in range(0, caches, CACHES_PER_STACK):
        stack = cdk.Stack(app, f"Bench{stacks}", synthesizer=cdk.DefaultStackSynthesizer(generate_bootstrap_version_rule=False))
        stacks += 1
        vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, subnet_configuration=[
            ec2.SubnetConfiguration(name="cache", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
            ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC)])
        role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        acl_all = lib.AccessControl.from_access_string("on ~* +@all")
        acl_off = lib.AccessControl.from_access_string("off -@all")
        for index in range(first, min(first + CACHES_PER_STACK, caches)):
            user = lib.IamUser(stack, f"User{index}", user_id=f"app-{index}", access_control=acl_all)
            default = lib.PasswordUser(stack, f"Default{index}", user_id=f"default-{index}", user_name="default",
                                       access_control=acl_off,
                                       passwords=[cdk.SecretValue.secrets_manager(f"bench/default-{index}")])
            group = lib.UserGroup(stack, f"Group{index}", users=[default, user])
            cache = lib.ServerlessCache(
                stack, f"Cache{index}", vpc=vpc, user_group=group,
                cache_usage_limits=lib.CacheUsageLimitsProperty(
                    data_storage_maximum_size=cdk.Size.gibibytes(10), request_rate_limit_maximum=10_000),
                backup=lib.BackupSettings(backup_retention_limit=7,
                                          backup_time=backup_time))
            if library == "alpha":
                user.grant_connect(role)
                cache.grant_connect(role)
            else:  # one statement on exactly the cache and the user
                cache.grant_connect_as(role, user)
            cache.metric_processing_units_consumed().create_alarm(stack, f"Alarm{index}", threshold=1000,
                                                                  evaluation_periods=1)
    return app, stacks


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--library", choices=["kit", "alpha"], required=True)
    parser.add_argument("--caches", type=int, required=True)
    parser.add_argument("--validation", choices=["on", "off"], default="off")
    args = parser.parse_args()
    import aws_cdk  # noqa: F401  (counted in the total, like any CDK app)

    imported = time.perf_counter()
    app, stacks = build(args.library, args.caches, args.validation == "on")
    built = time.perf_counter()
    trips_build = ROUND_TRIPS[0]
    assembly = app.synth()  # type: ignore[attr-defined]
    resources = sum(len(s.template.get("Resources", {})) for s in assembly.stacks)
    done = time.perf_counter()
    print(json.dumps({
        "library": args.library, "caches": args.caches, "validation": args.validation, "stacks": stacks,
        "wall_s": round(done - started, 3), "import_s": round(imported - started, 3),
        "build_s": round(built - imported, 3), "synth_s": round(done - built, 3),
        "round_trips_build": trips_build, "round_trips_total": ROUND_TRIPS[0], "resources": resources,
        "python_peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "node_peak_rss_kb": node_peak_rss_kb(),
    }))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
