"""The checks over 52 real templates written by other people
(``../shared/corpus``, see its SOURCES.md), and the hand-built variants of the
misses and false positives found there.

Every finding on the corpus is in ``tests/checks/fixtures/corpus_expected.json``
(reviewed: a new finding or a lost one fails the test until the file is
updated), and each real problem the checks used to miss is asserted by name.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from elasticache_kit.checks import Severity, Template, check_template
from elasticache_kit.checks.cli import load_template

from .cases import SECURE_RBAC, replication_group, res, sg, tcp, template

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "templates"
EXPECTED = Path(__file__).parent / "fixtures" / "corpus_expected.json"
TODAY = datetime.date(2026, 12, 1)

needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"the template corpus is not beside the repository ({CORPUS}); it lives in the "
                                "project's shared directory, not in this repository")


def corpus_findings() -> dict[str, list[str]]:
    found = {}
    for path in sorted(CORPUS.iterdir()):
        findings = check_template(Template(load_template(path), path.name, TODAY))
        found[path.name] = sorted(f"{f.logical_id} {f.rule_id} {f.severity.value}" for f in findings)
    return found


@needs_corpus
def test_corpus_findings_are_the_reviewed_ones() -> None:
    found = corpus_findings()
    assert len(found) == 52
    expected = json.loads(EXPECTED.read_text())
    assert found == expected


@needs_corpus
def test_corpus_misses_are_found() -> None:
    found = corpus_findings()

    def has(name: str, entry: str) -> bool:
        return entry in found[name]

    # EC-SC4 on replication groups' SecurityGroupIds (CDK app, open to 0.0.0.0/0 on 6379)
    assert has("awssamples-elasticache-samples__cdk-elasticache-redis-cmd.synth.json",
               "elasticachesecuritygroupD7EA308D EC-SC4 error")
    # ... and through a CidrIp parameter whose default is 0.0.0.0/0: one level lower
    assert has("checkov__ElasticacheReplicationGroupEncryptionAtRest-FAILED.yaml", "SecurityGroup EC-SC4 warning")
    # cluster mode switched on by a parameter group of the template (cluster-enabled: 'yes')
    assert has("cfnlint__bad__elasticache__cache_cluster_failover.yaml", "ThirdReplicationGroup EC-CL9 warning")
    # an AUTH token from a NoEcho parameter with a default value
    assert has("cfnnag__yaml__rg_auth_token_parameter_with_noecho_and_default_value.yaml",
               "ElastiCacheReplicationGroup EC-RB4 error")
    # from a parameter without NoEcho inside Fn::If
    assert has("widdix__state__elasticache-redis.yaml", "ReplicationGroup EC-RB4 error")
    # insecure with the default parameters (no AuthToken by default): lower severity
    assert has("widdix__state__elasticache-redis.yaml", "ReplicationGroup EC-CL12 warning")
    # negative controls: an SSM dynamic reference and an empty NoEcho default are not literals
    assert not [e for e in found["cfnnag__yaml__rg_auth_token_from_systems_manager.yaml"] if "EC-RB4" in e]
    assert not [e for e in found["cfnmodules-elasticache-redis__module.yml"] if "EC-RB4" in e]


# -- hand-built variants --------------------------------------------------------------

def rule_findings(t: dict, rule_id: str) -> list:
    return [f for f in check_template(t, today=TODAY) if f.rule_id == rule_id]


def test_open_security_group_of_a_replication_group_and_a_cache_cluster() -> None:
    open_sg = sg(tcp("0.0.0.0/0", 6379))
    group = template(**SECURE_RBAC, Open=open_sg,
                     G=replication_group(SecurityGroupIds=[{"Fn::GetAtt": ["Open", "GroupId"]}]))
    (found,) = rule_findings(group, "EC-SC4")
    assert found.logical_id == "Open" and "replication group G" in found.message
    cluster = template(Open=sg(tcp("0.0.0.0/0", 11211)), C=res(
        "AWS::ElastiCache::CacheCluster", Engine="memcached", CacheNodeType="cache.t4g.small", NumCacheNodes=1,
        TransitEncryptionEnabled=True, VpcSecurityGroupIds=[{"Ref": "Open"}]))
    assert [f.logical_id for f in rule_findings(cluster, "EC-SC4")] == ["Open"]
    # negative control: another port
    other = template(**SECURE_RBAC, Open=sg(tcp("0.0.0.0/0", 443)),
                     G=replication_group(SecurityGroupIds=[{"Fn::GetAtt": ["Open", "GroupId"]}]))
    assert rule_findings(other, "EC-SC4") == []


def test_a_port_written_as_a_string_is_that_port() -> None:
    rule = {"IpProtocol": "tcp", "CidrIp": "0.0.0.0/0", "FromPort": "443", "ToPort": "443"}
    t = template(**SECURE_RBAC, Open=sg(rule), G=replication_group(SecurityGroupIds=[{"Ref": "Open"}]))
    assert rule_findings(t, "EC-SC4") == []
    rule.update(FromPort="6379", ToPort="6379")
    t = template(**SECURE_RBAC, Open=sg(rule), G=replication_group(SecurityGroupIds=[{"Ref": "Open"}]))
    assert len(rule_findings(t, "EC-SC4")) == 1


def test_cluster_mode_from_a_parameter_group_of_the_template() -> None:
    params = res("AWS::ElastiCache::ParameterGroup", CacheParameterGroupFamily="valkey8", Description="p",
                 Properties={"cluster-enabled": "yes"})
    t = template(P=params, G=replication_group(NumCacheClusters=None, NumNodeGroups=1, ReplicasPerNodeGroup=0,
                                               CacheParameterGroupName={"Ref": "P"}))
    assert len(rule_findings(t, "EC-CL9")) == 1
    t["Resources"]["P"]["Properties"]["Properties"]["cluster-enabled"] = "no"
    assert rule_findings(t, "EC-CL9") == []


def test_valkey_groups_are_encrypted_at_rest_by_default() -> None:
    assert rule_findings(template(G=replication_group(AtRestEncryptionEnabled=None)), "EC-CL2") == []
    assert len(rule_findings(template(G=replication_group(AtRestEncryptionEnabled=None, Engine="redis",
                                                          EngineVersion="7.1")), "EC-CL2")) == 1


NO_ECHO = {"Type": "String", "NoEcho": "true"}


@pytest.mark.parametrize(("token", "parameters", "reported"), [
    ({"Fn::GetAtt": ["Secret", "SecretString"]}, {}, False),
    ({"Fn::Sub": "${Token}"}, {"Token": NO_ECHO}, False),
    ("{{resolve:ssm:/app/token}}", {}, False),
    ({"Ref": "Token"}, {"Token": {**NO_ECHO, "Default": "not-a-real-token-0123"}}, True),
    ({"Fn::If": ["Yes", {"Ref": "Token"}, {"Ref": "AWS::NoValue"}]}, {"Token": {"Type": "String"}}, True),
    ({"Fn::Sub": "${Token}"}, {"Token": {"Type": "String"}}, True),
    ("correct-horse-battery-staple", {}, True),
])
def test_auth_token_literals(token: object, parameters: dict, reported: bool) -> None:
    t = template(**SECURE_RBAC, G=replication_group(UserGroupIds=None, AuthToken=token))
    t["Parameters"] = parameters
    t["Conditions"] = {"Yes": {"Fn::Equals": ["a", "a"]}}
    found = rule_findings(t, "EC-RB4")
    assert bool(found) is reported
    assert not any("not-a-real-token" in f.message or "correct-horse" in f.message for f in found)


def test_replica_count_from_a_parameter_is_not_called_no_replicas() -> None:
    t = template(G=replication_group(MultiAZEnabled=False, NumCacheClusters={"Ref": "Nodes"}))
    t["Parameters"] = {"Nodes": {"Type": "Number"}}
    (found,) = rule_findings(t, "EC-CL5")
    assert "no replicas" not in found.message and "one node" not in found.message
    assert found.severity is Severity.WARNING


def test_single_node_group_without_multi_az_is_information() -> None:
    (found,) = rule_findings(template(G=replication_group(MultiAZEnabled=False, NumCacheClusters=1,
                                                          AutomaticFailoverEnabled=False)), "EC-CL5")
    assert found.severity is Severity.INFO and "one node per shard" in found.message


def test_insecure_with_the_default_parameters_is_one_level_lower() -> None:
    t = template(G=replication_group(TransitEncryptionEnabled={"Ref": "Tls"}))
    t["Parameters"] = {"Tls": {"Type": "String", "Default": "false"}}
    (found,) = rule_findings(t, "EC-CL1")
    assert found.severity is Severity.WARNING and "with the default parameters (Tls=false)" in found.message
    # through a condition and Fn::If
    t = template(G=replication_group(TransitEncryptionEnabled={"Fn::If": ["UseTls", True, False]}))
    t["Parameters"] = {"Tls": {"Type": "String", "Default": "no", "AllowedValues": ["yes", "no"]}}
    t["Conditions"] = {"UseTls": {"Fn::Equals": [{"Ref": "Tls"}, "yes"]}}
    (found,) = rule_findings(t, "EC-CL1")
    assert found.severity is Severity.WARNING and "Tls=no" in found.message
    # every allowed value insecure: the rule's own severity
    t["Parameters"]["Tls"]["AllowedValues"] = ["no", "off"]
    (found,) = rule_findings(t, "EC-CL1")
    assert found.severity is Severity.ERROR and "every allowed value of Tls" in found.message
    # negative control: secure default
    t["Parameters"]["Tls"] = {"Type": "String", "Default": "yes"}
    assert rule_findings(t, "EC-CL1") == []
