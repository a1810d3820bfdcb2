"""One run of the node-based benchmark, in its own process: build and
synthesize a workload with elasticache_kit or with hand-written aws-cdk-lib L1s
(the floor: what a user pays without a construct library), and print a JSON
line of measurements.

    python bench/node_workload.py --library kit|l1 --workload replication-group|serverless --n N

replication-group, per group: a Valkey replication group (cluster mode
disabled, two nodes, TLS, RBAC) with its subnet group, parameter group and
security group, an IAM-enabled user and a user group, and a CPU alarm on
the first member.  serverless, per cache: the workload of bench/workload.py
(an IAM user, a replacement default user with a password, a user group, usage
limits, daily backups, a role granted connect, an ECPU alarm).  Stacks of at
most 20 (CloudFormation's 500-resources limit), each with its VPC and role.
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
PER_STACK = 20

started = time.perf_counter()
from jsii._kernel.providers import process as _process  # noqa: E402

ROUND_TRIPS = [0]
_send = _process._NodeProcess.send


def _counting_send(self, request, response_type):  # type: ignore[no-untyped-def]
    ROUND_TRIPS[0] += 1
    return _send(self, request, response_type)


_process._NodeProcess.send = _counting_send  # type: ignore[method-assign]


def _kit():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / ".kit"))  # the built package (make bench), as users install it
    import elasticache_kit

    if not Path(elasticache_kit.__file__).is_relative_to(ROOT / ".kit"):
        sys.exit(f"elasticache_kit came from {elasticache_kit.__file__}, not bench/.kit: run `make bench`")
    return elasticache_kit


def _stack(app, index):  # type: ignore[no-untyped-def]
    import aws_cdk as cdk
    from aws_cdk import aws_ec2 as ec2
    from aws_cdk import aws_iam as iam

    stack = cdk.Stack(app, f"Bench{index}", synthesizer=cdk.DefaultStackSynthesizer(generate_bootstrap_version_rule=False))
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, subnet_configuration=[
        ec2.SubnetConfiguration(name="cache", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
        ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC)])
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    return stack, vpc, role


def replication_groups_kit(app, n: int) -> int:  # type: ignore[no-untyped-def]
    lib = _kit()
    acl = lib.AccessControl.from_access_string("on ~* +@all")
    stacks = 0
    for first in range(0, n, PER_STACK):
        stack, vpc, role = _stack(app, stacks)
        stacks += 1
        for i in range(first, min(first + PER_STACK, n)):
            user = lib.IamUser(stack, f"User{i}", user_id=f"app-{i}", access_control=acl)
            group = lib.UserGroup(stack, f"Users{i}", users=[user])
            rg = lib.ReplicationGroup(stack, f"Group{i}", vpc=vpc, replication_group_id=f"group-{i}", user_group=group)
            rg.grant_connect_as(role, user)
            rg.metric_cpu_utilization().create_alarm(stack, f"Alarm{i}", threshold=90, evaluation_periods=1)
    return stacks


def _arn_prefix() -> str:
    """``arn:PARTITION:elasticache:REGION:ACCOUNT`` (read once per stack: each token is a round trip)."""
    import aws_cdk as cdk

    return f"arn:{cdk.Aws.PARTITION}:elasticache:{cdk.Aws.REGION}:{cdk.Aws.ACCOUNT_ID}"


def _connect_statement(prefix: str, resource: str, user_id: str) -> dict:
    """``elasticache:Connect`` on one cache and one user, the statement the kit's
    ``grant_connect_as`` writes. One statement over every ARN of a stack would be
    cheaper to write but would let each user connect to every cache: not the
    same policy."""
    return {"Effect": "Allow", "Action": "elasticache:Connect",
            "Resource": [f"{prefix}:{resource}", f"{prefix}:user:{user_id}"]}


def replication_groups_l1(app, n: int) -> int:  # type: ignore[no-untyped-def]
    """The same resources as L1s, written as a careful user would without a library."""
    import aws_cdk as cdk
    from aws_cdk import aws_cloudwatch as cloudwatch
    from aws_cdk import aws_ec2 as ec2
    from aws_cdk import aws_elasticache as elasticache
    from aws_cdk import aws_iam as iam

    stacks = 0
    for first in range(0, n, PER_STACK):
        stack, vpc, role = _stack(app, stacks)
        stacks += 1
        subnet_ids = vpc.select_subnets(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, one_per_az=True).subnet_ids
        vpc_id = vpc.vpc_id
        prefix, statements = _arn_prefix(), []
        for i in range(first, min(first + PER_STACK, n)):
            user = elasticache.CfnUser(stack, f"User{i}", engine="valkey", user_id=f"app-{i}", user_name=f"app-{i}",
                                       access_string="on ~* +@all", authentication_mode={"Type": "iam"})
            group = elasticache.CfnUserGroup(stack, f"Users{i}", engine="valkey", user_group_id=f"users-{i}",
                                             user_ids=[user.ref])
            subnets = elasticache.CfnSubnetGroup(stack, f"Subnets{i}", description=f"Subnets of group-{i}",
                                                 subnet_ids=subnet_ids)
            params = elasticache.CfnParameterGroup(stack, f"Params{i}", cache_parameter_group_family="valkey9",
                                                   description=f"Parameters of group-{i}",
                                                   properties={"cluster-enabled": "no"})
            sg = ec2.CfnSecurityGroup(stack, f"Sg{i}", group_description=f"ElastiCache replication group group-{i}",
                                      vpc_id=vpc_id, security_group_egress=[{
                                          "cidrIp": "255.255.255.255/32", "description": "Disallow all traffic",
                                          "ipProtocol": "icmp", "fromPort": 252, "toPort": 86}])
            rg = elasticache.CfnReplicationGroup(
                stack, f"Group{i}", replication_group_id=f"group-{i}", replication_group_description=f"group-{i}",
                engine="valkey", engine_version="9.1", cache_node_type="cache.t4g.micro", port=6379,
                num_cache_clusters=2, automatic_failover_enabled=True, multi_az_enabled=True,
                transit_encryption_enabled=True, transit_encryption_mode="required", at_rest_encryption_enabled=True,
                cache_subnet_group_name=subnets.ref, cache_parameter_group_name=params.ref,
                security_group_ids=[sg.attr_group_id], user_group_ids=[group.ref], snapshot_retention_limit=1,
                network_type="ipv4", data_tiering_enabled=False, cluster_mode="disabled")
            rg.apply_removal_policy(cdk.RemovalPolicy.SNAPSHOT)
            statements.append(_connect_statement(prefix, f"replicationgroup:group-{i}", f"app-{i}"))
            cloudwatch.CfnAlarm(stack, f"Alarm{i}", comparison_operator="GreaterThanOrEqualToThreshold",
                                evaluation_periods=1, threshold=90, metric_name="CPUUtilization",
                                namespace="AWS/ElastiCache", statistic="Average", period=300,
                                dimensions=[{"name": "CacheClusterId", "value": f"group-{i}-001"}])
        iam.CfnPolicy(stack, "Connect", policy_name="connect", roles=[role.role_name], policy_document={
            "Version": "2012-10-17",
            "Statement": statements})
    return stacks


def serverless_l1(app, n: int) -> int:  # type: ignore[no-untyped-def]
    """bench/workload.py's serverless workload as L1s."""
    import aws_cdk as cdk
    from aws_cdk import aws_cloudwatch as cloudwatch
    from aws_cdk import aws_ec2 as ec2
    from aws_cdk import aws_elasticache as elasticache
    from aws_cdk import aws_iam as iam

    stacks = 0
    for first in range(0, n, PER_STACK):
        stack, vpc, role = _stack(app, stacks)
        stacks += 1
        subnet_ids = vpc.select_subnets(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, one_per_az=True).subnet_ids
        vpc_id = vpc.vpc_id
        prefix, statements = _arn_prefix(), []
        for i in range(first, min(first + PER_STACK, n)):
            user = elasticache.CfnUser(stack, f"User{i}", engine="valkey", user_id=f"app-{i}", user_name=f"app-{i}",
                                       access_string="on ~* +@all", authentication_mode={"Type": "iam"})
            default = elasticache.CfnUser(
                stack, f"Default{i}", engine="redis", user_id=f"default-{i}", user_name="default",
                access_string="off -@all", authentication_mode={
                    "Type": "password",
                    "Passwords": [cdk.SecretValue.secrets_manager(f"bench/default-{i}").unsafe_unwrap()]})
            group = elasticache.CfnUserGroup(stack, f"Group{i}", engine="valkey", user_group_id=f"group-{i}",
                                             user_ids=[default.ref, user.ref])
            sg = ec2.CfnSecurityGroup(stack, f"Sg{i}", group_description=f"ElastiCache serverless cache cache-{i}",
                                      vpc_id=vpc_id, security_group_egress=[{
                                          "cidrIp": "255.255.255.255/32", "description": "Disallow all traffic",
                                          "ipProtocol": "icmp", "fromPort": 252, "toPort": 86}])
            elasticache.CfnServerlessCache(
                stack, f"Cache{i}", engine="valkey", serverless_cache_name=f"cache-{i}", subnet_ids=subnet_ids,
                security_group_ids=[sg.attr_group_id], user_group_id=group.ref,
                cache_usage_limits={"dataStorage": {"maximum": 10, "unit": "GB"}, "ecpuPerSecond": {"maximum": 10_000}},
                snapshot_retention_limit=7, daily_snapshot_time="03:00")
            statements.append(_connect_statement(prefix, f"serverlesscache:cache-{i}", f"app-{i}"))
            cloudwatch.CfnAlarm(stack, f"Alarm{i}", comparison_operator="GreaterThanOrEqualToThreshold",
                                evaluation_periods=1, threshold=1000, metric_name="ElastiCacheProcessingUnits",
                                namespace="AWS/ElastiCache", statistic="Average", period=300,
                                dimensions=[{"name": "clusterId", "value": f"cache-{i}"}])
        iam.CfnPolicy(stack, "Connect", policy_name="connect", roles=[role.role_name], policy_document={
            "Version": "2012-10-17",
            "Statement": statements})
    return stacks


WORKLOADS = {
    ("kit", "replication-group"): replication_groups_kit,
    ("l1", "replication-group"): replication_groups_l1,
    ("l1", "serverless"): serverless_l1,
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--library", choices=["kit", "l1"], required=True)
    parser.add_argument("--workload", choices=["replication-group", "serverless"], required=True)
    parser.add_argument("--n", type=int, required=True)
    args = parser.parse_args()
    import aws_cdk as cdk

    imported = time.perf_counter()
    app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False)
    stacks = WORKLOADS[args.library, args.workload](app, args.n)
    built = time.perf_counter()
    trips_build = ROUND_TRIPS[0]
    assembly = app.synth()
    resources = sum(len(s.template.get("Resources", {})) for s in assembly.stacks)
    done = time.perf_counter()
    print(json.dumps({
        "library": args.library, "workload": args.workload, "n": args.n, "stacks": stacks,
        "wall_s": round(done - started, 3), "build_s": round(built - imported, 3), "synth_s": round(done - built, 3),
        "round_trips_build": trips_build, "round_trips_total": ROUND_TRIPS[0], "resources": resources,
        "python_peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }))


if __name__ == "__main__":
    main()
