"""Time the ElastiCache checks on a 500-resource template (CloudFormation's
per-stack limit): ``python bench/checks_bench.py [--rounds N]``.

The template repeats a realistic unit -- a serverless cache with its security
group and ingress rule, a user group, two users with their secrets and one
rotation schedule, an alarm -- plus replication groups and endpoints, with
findings for many rules, so every rule has work to do. Prints the median and
minimum of the rounds; run it on an idle machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from elasticache_kit.checks import check_template  # noqa: E402


def unit(i: int) -> dict[str, Any]:
    """Ten resources around one serverless cache (some of them with findings)."""
    secret = {"Fn::Join": ["", ["{{resolve:secretsmanager:", {"Ref": f"Secret{i}"}, ":SecretString:password::}}"]]}
    return {
        f"Sg{i}": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
            "GroupDescription": "cache", "VpcId": {"Ref": "Vpc"},
            "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 6379, "ToPort": 6380, "CidrIp": "10.0.0.0/16"}]}},
        f"Ingress{i}": {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": {
            "GroupId": {"Fn::GetAtt": [f"Sg{i}", "GroupId"]}, "IpProtocol": "tcp", "FromPort": 6379, "ToPort": 6380,
            "SourceSecurityGroupId": {"Ref": "AppSg"}}},
        f"Secret{i}": {"Type": "AWS::SecretsManager::Secret", "Properties": {"GenerateSecretString": {}}},
        f"Secret{i}b": {"Type": "AWS::SecretsManager::Secret", "Properties": {"GenerateSecretString": {}}},
        f"Rotation{i}": {"Type": "AWS::SecretsManager::RotationSchedule", "Properties": {"SecretId": {"Ref": f"Secret{i}"}}},
        f"Default{i}": {"Type": "AWS::ElastiCache::User", "Properties": {
            "UserId": f"default-{i}", "UserName": "default", "Engine": "valkey", "AccessString": "off -@all",
            "AuthenticationMode": {"Type": "password", "Passwords": [secret]}}},
        f"App{i}": {"Type": "AWS::ElastiCache::User", "Properties": {
            "UserId": f"app-{i}", "UserName": f"app-{i}", "Engine": "valkey", "AccessString": "on ~* +@all",
            "AuthenticationMode": {"Type": "password", "Passwords": [json.loads(
                json.dumps(secret).replace(f"Secret{i}", f"Secret{i}b"))]}}},
        f"Group{i}": {"Type": "AWS::ElastiCache::UserGroup", "Properties": {
            "UserGroupId": f"group-{i}", "Engine": "valkey", "UserIds": [{"Ref": f"Default{i}"}, {"Ref": f"App{i}"}]}},
        f"Cache{i}": {"Type": "AWS::ElastiCache::ServerlessCache", "Properties": {
            "Engine": "valkey", "ServerlessCacheName": f"cache-{i}", "UserGroupId": {"Ref": f"Group{i}"},
            "SecurityGroupIds": [{"Fn::GetAtt": [f"Sg{i}", "GroupId"]}],
            **({"SnapshotRetentionLimit": 7} if i % 2 else {})}},
        f"Alarm{i}": {"Type": "AWS::CloudWatch::Alarm", "Properties": {
            "Namespace": "AWS/ElastiCache", "MetricName": "ElastiCacheProcessingUnits",
            "Dimensions": [{"Name": "clusterId", "Value": f"cache-{i}"}]}},
    }


def big_template(size: int = 500) -> dict[str, Any]:
    """A template of exactly ``size`` resources."""
    resources: dict[str, Any] = {"Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}},
                                 "AppSg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "a"}}}
    i = 0
    while len(resources) + 10 <= size - 10:
        resources.update(unit(i))
        i += 1
    for j in range(size - len(resources)):
        if j % 2:
            resources[f"Group{j}Rg"] = {"Type": "AWS::ElastiCache::ReplicationGroup", "Properties": {
                "ReplicationGroupDescription": "rg", "Engine": "redis", "EngineVersion": "6.2", "NumCacheClusters": 2}}
        else:
            resources[f"Endpoint{j}"] = {"Type": "AWS::EC2::VPCEndpoint", "Properties": {
                "VpcId": {"Ref": "Vpc"}, "VpcEndpointType": "Interface", "PrivateDnsEnabled": True,
                "ServiceName": {"Fn::Join": ["", ["com.amazonaws.", {"Ref": "AWS::Region"}, ".elasticache"]]}}}
    assert len(resources) == size
    return {"Resources": resources}


def main() -> None:
    """Run the rounds and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--resources", type=int, default=500)
    args = parser.parse_args()
    template = big_template(args.resources)
    check_template(template)  # import and warm up the rule modules
    times, count = [], 0
    for _ in range(args.rounds):
        start = time.perf_counter()
        count = len(check_template(template))
        times.append(time.perf_counter() - start)
    print(f"{args.resources} resources, {count} findings: median {statistics.median(times) * 1000:.1f} ms, "
          f"min {min(times) * 1000:.1f} ms over {args.rounds} rounds")


if __name__ == "__main__":
    main()
