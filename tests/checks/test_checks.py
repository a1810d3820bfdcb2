"""The ElastiCache rules over template fixtures: every rule fires on its bad
template and not on the nearest good one; the engine follows references; the
CLI and the cfn-lint plugin report the same findings."""

from __future__ import annotations

import datetime
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from elasticache_kit.checks import ENGINE_SUPPORT, Severity, Template, all_rules, check_template
from elasticache_kit.checks.cfn_lint_rules import cfn_lint_id
from elasticache_kit.checks.cli import run

from .cases import CASES, SECURE_RBAC, cache, group, res, serverless, sg, template, user

TODAY = datetime.date(2026, 12, 1)
RULES = {r.id: r for r in all_rules()}
ROOT = Path(__file__).resolve().parents[2]


def ids(found: list) -> set[str]:
    return {f.rule_id for f in found}


def test_every_rule_has_fixtures_and_documentation() -> None:
    assert set(CASES) == set(RULES)
    assert len(RULES) >= 28
    for rule in RULES.values():
        assert re.fullmatch(r"EC-(SC|RB|EP|CL|NB|DR)\d+", rule.id)
        assert rule.documentation.startswith("https://docs.aws.amazon.com/"), rule.id
        assert rule.title and rule.why.endswith(".") and rule.fix


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_fires_on_bad_template(rule_id: str) -> None:
    bad, _ = CASES[rule_id]
    found = [f for f in check_template(bad, name="bad.json", today=TODAY) if f.rule_id == rule_id]
    assert found, f"{rule_id} did not fire"
    for finding in found:
        assert finding.severity is RULES[rule_id].severity
        assert finding.logical_id in bad["Resources"]
        assert finding.message.startswith(f"{finding.logical_id}: ") and "\n" not in finding.message
        assert finding.path[0] == "Properties" and finding.template == "bad.json"
        assert finding.fix == RULES[rule_id].fix


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_is_silent_on_good_template(rule_id: str) -> None:
    _, good = CASES[rule_id]
    assert rule_id not in ids(check_template(good, today=TODAY))


def test_secure_templates_have_no_findings_at_all() -> None:
    assert check_template(serverless(), today=TODAY) == []


def test_references_are_followed_through_sub_getatt_and_standalone_ingress() -> None:
    # user group referenced with Fn::Sub, the open rule a separate SecurityGroupIngress resource
    t = template(**{**SECURE_RBAC, "Group": group(("default",), engine="redis")},
                 Cache=cache(UserGroupId={"Fn::Sub": "${Group}"}, Engine="redis"),
                 Open=res("AWS::EC2::SecurityGroupIngress", GroupId={"Fn::GetAtt": ["CacheSg", "GroupId"]},
                          IpProtocol="-1", CidrIpv6="::/0"))
    found = check_template(t, today=TODAY)
    assert {(f.rule_id, f.logical_id) for f in found} == {("EC-RB1", "Group"), ("EC-SC4", "Open")}
    (open_rule,) = [f for f in found if f.rule_id == "EC-SC4"]
    assert "::/0" in open_rule.message and "Cache" in open_rule.message


def test_a_password_is_never_echoed() -> None:
    bad, _ = CASES["EC-RB4"]
    (finding,) = [f for f in check_template(bad) if f.rule_id == "EC-RB4"]
    assert "correct-horse" not in json.dumps(finding.to_dict())


def test_clear_text_password_from_parameter_without_no_echo() -> None:
    t = template(**{**SECURE_RBAC, "DefaultUser": user("app-default", "off -@all", name="default",
                                                       password={"Ref": "Password"})})
    t["Parameters"] = {"Password": {"Type": "String"}}
    assert "EC-RB4" in ids(check_template(t))
    t["Parameters"]["Password"]["NoEcho"] = True
    assert "EC-RB4" not in ids(check_template(t))


@pytest.mark.parametrize(("access", "full"), [
    ("on ~* +@all", True), ("on allkeys allcommands", True), ("on ~* &* +@all", True),
    ("on ~* +@all -@dangerous", False), ("off ~* +@all", False), ("on ~app:* +@all", False),
    ("on %RW~* +@all", True), ("on ~* -@all +@read", False),
])
def test_full_access_reading(access: str, full: bool) -> None:
    from elasticache_kit.checks.rbac import Access

    assert Access.parse(access).full is full


def test_engine_support_dates_come_from_the_table() -> None:
    bad = template(G=CASES["EC-CL7"][0]["Resources"]["G"])  # redis 5.0.6
    assert "EC-CL7" not in ids(check_template(bad, today=datetime.date(2026, 1, 31)))
    assert "EC-CL7" in ids(check_template(bad, today=datetime.date(2026, 2, 1)))
    assert ids(check_template(bad, today=datetime.date(2029, 2, 1))) >= {"EC-CL8"}
    six = json.loads(json.dumps(bad).replace("5.0.6", "6.2"))
    assert "EC-CL7" not in ids(check_template(six, today=datetime.date(2027, 1, 31)))
    assert "EC-CL7" in ids(check_template(six, today=datetime.date(2027, 2, 1)))
    assert ENGINE_SUPPORT["redis", "4"].end_of_standard_support == datetime.date(2026, 1, 31)


def test_service_name_through_partition_mapping_is_recognised() -> None:
    t = template(EndpointSg=sg(), A=res("AWS::EC2::VPCEndpoint", VpcId="vpc-1", VpcEndpointType="Interface",
                                        ServiceName={"Fn::Join": ["", [
                                            {"Fn::FindInMap": ["Prefix", {"Ref": "AWS::Partition"}, "P"]}, ".",
                                            {"Ref": "AWS::Region"}, ".elasticache"]]}))
    t["Mappings"] = {"Prefix": {"aws": {"P": "com.amazonaws"}, "aws-cn": {"P": "cn.com.amazonaws"}}}
    assert ids(check_template(t)) == {"EC-EP1"}


def test_tokens_are_not_guessed() -> None:
    # a retention limit from a parameter may be anything: no finding
    assert "EC-SC2" not in ids(check_template(serverless(SnapshotRetentionLimit={"Ref": "Days"}), today=TODAY))


def test_templates_without_resources_are_fine() -> None:
    assert check_template({}) == [] and check_template({"Resources": {"X": "junk"}}) == []
    assert Template({"Resources": {}}).ingress("Nothing") == []


# -- CLI -------------------------------------------------------------------

def write(tmp_path: Path, name: str, content: dict) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(content))
    return path


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    fmt = "json" if "--json" in args else "text"
    code = run([a for a in args if a != "--json"], output_format=fmt, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_exit_code_is_the_worst_severity(tmp_path: Path) -> None:
    good = write(tmp_path, "good.json", serverless())
    info = write(tmp_path, "info.json", CASES["EC-SC3"][0])
    warning = write(tmp_path, "warning.json", CASES["EC-SC2"][0])
    error = write(tmp_path, "error.json", CASES["EC-SC1"][0])
    assert cli(str(good))[0] == 0
    assert cli(str(info))[0] == 8
    assert cli(str(warning), str(info))[0] == 4
    code, out, _ = cli(str(tmp_path / "*.json"))
    assert code == 2
    assert re.search(rf"^{re.escape(str(error))}:1:\d+:Cache:Properties.UserGroupId:EC-SC1:error: Cache: ", out, re.M)
    assert len(out.splitlines()) == 3


def test_cli_json_format(tmp_path: Path) -> None:
    path = write(tmp_path, "t.json", CASES["EC-RB2"][0])
    code, out, _ = cli(str(path), "--json")
    (finding,) = json.loads(out)
    assert code == 4
    assert finding["rule"] == "EC-RB2" and finding["path"] == ["Resources", "Group", "Properties", "UserIds", 1]
    assert finding["severity"] == "warning" and finding["documentation"].startswith("https://docs.aws.amazon.com/")


def test_cli_reads_yaml_directories_and_refuses_missing_files(tmp_path: Path) -> None:
    (tmp_path / "t.yaml").write_text(
        "Resources:\n  Cache:\n    Type: AWS::ElastiCache::ServerlessCache\n    Properties:\n"
        "      Engine: valkey\n      ServerlessCacheName: !Sub 'app-${AWS::StackName}'\n")
    code, out, _ = cli(str(tmp_path))
    assert code == 2 and "EC-SC1" in out and "EC-SC2" in out
    code, out, err = cli(str(tmp_path / "missing.json"), str(tmp_path / "t.yaml"))
    assert code == 1 | 2 and "missing.json" in err and "EC-SC1" in out  # the other file is still checked


def test_cli_is_a_verb_of_the_package(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.json", CASES["EC-NB1"][0])
    result = subprocess.run([sys.executable, "-m", "elasticache_kit", "check", "--min-severity", "error", str(bad)],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 2, result.stderr
    assert {line.split(":")[5] for line in result.stdout.splitlines()} == {"EC-NB1", "EC-SC1"}
    listed = subprocess.run([sys.executable, "-m", "elasticache_kit", "check", "--list-rules"],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert listed.returncode == 0 and [line.split("\t")[0] for line in listed.stdout.splitlines()] == list(RULES)


# -- cfn-lint --------------------------------------------------------------

def test_cfn_lint_ids_carry_the_severity() -> None:
    assert cfn_lint_id(RULES["EC-SC1"]) == "E9101"
    assert cfn_lint_id(RULES["EC-CL11"]) == "I9411"
    assert len({cfn_lint_id(r) for r in RULES.values()}) == len(RULES)
    for rule in RULES.values():
        assert cfn_lint_id(rule)[0] == {Severity.ERROR: "E", Severity.WARNING: "W", Severity.INFO: "I"}[rule.severity]


def test_cfn_lint_append_rules_reports_the_same_findings(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.json", CASES["EC-NB1"][0])
    rb2 = write(tmp_path, "rb2.json", CASES["EC-RB2"][0])
    result = subprocess.run(
        [str(Path(sys.executable).parent / "cfn-lint"), "--format", "parseable", "--regions", "us-east-1",
         "--include-checks", "I", "--append-rules", "elasticache_kit.checks.cfn_lint_rules", "--", str(bad), str(rb2)],
        capture_output=True, text=True, timeout=120)
    ours = sorted((line.split(":")[0], line.split(":")[5]) for line in result.stdout.splitlines()
                  if re.search(r":[EWI]9\d{3}:", line))
    assert ours == sorted([(str(bad), "E9101"), (str(bad), "E9501"), (str(rb2), "W9202")]), result.stdout
    assert "EC-RB2: Group: member Admin has full access" in result.stdout


def test_rules_index_lists_every_rule_as_it_is(tmp_path: Path) -> None:
    """The rules are reference material: the API reference's index (and a page each), which the README points to."""
    import html

    from elasticache_kit.checks.pages import write_rule_pages

    write_rule_pages(tmp_path)
    index = (tmp_path / "index.html").read_text()
    rows = {m.group(1): m.group(0) for m in re.finditer(r'<tr><td><a href="(EC-[A-Z]+\d+)\.html">.*?</tr>', index)}
    assert set(rows) == set(RULES)
    for rule in RULES.values():
        row = rows[rule.id]
        assert f"<td><code>{cfn_lint_id(rule)}</code></td><td>{rule.severity.value}</td>" in row
        assert html.escape(rule.title) in row and html.escape(rule.fix) in row
        page = (tmp_path / f"{rule.id}.html").read_text()
        assert html.escape(rule.why) in page and html.escape(rule.documentation) in page
    assert "elasticache_kit/checks/rules/index.html" in (ROOT / "README.md").read_text()


ODD_VALUES = (None, [], {}, [None], {"Fn::If": ["C", "a", "b"]}, {"Ref": "AWS::NoValue"}, 7, "x", True, [{}], [7])


def test_odd_property_values_never_crash_a_rule() -> None:
    import copy

    runs = 0
    for bad, good in CASES.values():
        for original in (bad, good):
            for logical_id, resource in original["Resources"].items():
                for prop in resource.get("Properties", {}):
                    for odd in ODD_VALUES:
                        t = copy.deepcopy(original)
                        t["Resources"][logical_id]["Properties"][prop] = odd
                        check_template(t, today=TODAY)
                        runs += 1
                t = copy.deepcopy(original)
                t["Resources"][logical_id]["Properties"] = "not a mapping"
                check_template(t, today=TODAY)
    assert runs > 3000


def test_odd_template_shapes_never_crash() -> None:
    odd: list[dict] = [
        {"Resources": {"A": {"Type": "AWS::ElastiCache::UserGroup", "Properties": {"UserIds": [{"Ref": ["x"]}]}}}},
        {"Resources": {"A": {"Type": "AWS::EC2::VPCEndpoint", "Properties": {
            "VpcEndpointType": "Interface", "ServiceName": {"Fn::FindInMap": ["M", "aws", {"Ref": "K"}]}}}},
         "Mappings": {"M": {"aws": "flat"}}},
        {"Resources": {"A": {"Type": "AWS::ElastiCache::ServerlessCache", "Properties": {
            "Engine": "valkey", "UserGroupId": {"Fn::GetAtt": [{"Ref": "X"}, "Arn"]}}}}},
        {"Resources": {"A": {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": {"GroupId": {"Fn::Sub": 7}}}}},
    ]
    for t in odd:
        check_template(t, today=TODAY)


def test_every_rule_has_a_reference_page(tmp_path: Path) -> None:
    from elasticache_kit.checks.pages import write_rule_pages

    written = write_rule_pages(tmp_path)
    assert sorted(p.name for p in written) == sorted([f"{r}.html" for r in RULES] + ["index.html"])
    index = (tmp_path / "index.html").read_text()
    for rule in RULES.values():
        page = (tmp_path / f"{rule.id}.html").read_text()
        assert f'href="{rule.id}.html"' in index
        assert rule.documentation in page and f"<code>{cfn_lint_id(rule)}</code>" in page
        assert f"<dd>{rule.severity.value}</dd>" in page and f"ElastiCacheChecks::{rule.id}" in page


# -- CLI: positions, SARIF, suppressions, --today -----------------------------------

YAML_TEMPLATE = """\ufeffResources:
  Cache:
    Type: AWS::ElastiCache::ServerlessCache
    Properties:
      Engine: valkey
      ServerlessCacheName: app
"""


def test_cli_positions_in_yaml_and_json_and_sarif(tmp_path: Path) -> None:
    (tmp_path / "t.yaml").write_text(YAML_TEMPLATE, encoding="utf-8")  # with a byte-order mark
    (tmp_path / "bad.yaml").write_text("Resources: [\n")
    json_path = tmp_path / "t.json"
    json_path.write_text(json.dumps(CASES["EC-SC1"][0], indent=1))
    code, out, err = cli(str(tmp_path / "t.yaml"), str(tmp_path / "bad.yaml"), str(json_path), "--json")
    assert code == 2 | 1 and "bad.yaml" in err
    found = json.loads(out)
    yaml_sc1 = next(f for f in found if f["template"].endswith("t.yaml") and f["rule"] == "EC-SC1")
    assert (yaml_sc1["line"], yaml_sc1["column"]) == (4, 5)  # the Properties key: UserGroupId is absent
    json_lines = json_path.read_text().splitlines()
    for f in (f for f in found if f["template"].endswith("t.json")):
        assert json_lines[f["line"] - 1][f["column"] - 1:].startswith('"'), f
    out2 = io.StringIO()
    code = run([str(tmp_path / "t.yaml"), str(tmp_path / "bad.yaml")], output_format="sarif", out=out2,
               err=io.StringIO())
    sarif = json.loads(out2.getvalue())
    assert sarif["version"] == "2.1.0" and code == 2 | 1
    (run_,) = sarif["runs"]
    assert {r["id"] for r in run_["tool"]["driver"]["rules"]} == set(RULES)
    result = next(r for r in run_["results"] if r["ruleId"] == "EC-SC1")
    assert result["level"] == "error"
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 4, "startColumn": 5}
    assert run_["invocations"][0]["executionSuccessful"] is False
    assert "bad.yaml" in run_["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]


def test_cli_suppressions_with_reason_and_expiry(tmp_path: Path) -> None:
    path = write(tmp_path, "t.json", CASES["EC-SC1"][0])
    rules = tmp_path / "accepted.json"
    rules.write_text(json.dumps({"suppressions": [
        {"rule": "EC-SC1", "resource": "Cache", "reason": "test cache, no data", "expires": "2027-01-01"}]}))
    out, err = io.StringIO(), io.StringIO()
    code = run([str(path)], rule_ids=["EC-SC1"], suppressions=rules, today=datetime.date(2026, 12, 1), out=out, err=err)
    assert code == 0 and out.getvalue() == "" and "1 acknowledged or suppressed" in err.getvalue()
    out, err = io.StringIO(), io.StringIO()
    code = run([str(path)], rule_ids=["EC-SC1"], suppressions=rules, today=datetime.date(2027, 1, 1), out=out, err=err)
    assert code == 2 and "EC-SC1" in out.getvalue() and "expired on 2027-01-01" in err.getvalue()
    sarif = io.StringIO()
    run([str(path)], rule_ids=["EC-SC1"], suppressions=rules, today=TODAY, output_format="sarif", out=sarif,
        err=io.StringIO())
    (result,) = json.loads(sarif.getvalue())["runs"][0]["results"]
    assert result["suppressions"] == [{"kind": "external", "justification": "test cache, no data"}]
    rules.write_text(json.dumps({"suppressions": [{"rule": "EC-SC1", "resource": "Cache"}]}))
    err = io.StringIO()
    assert run([str(path)], suppressions=rules, out=io.StringIO(), err=err) == 1 and "reason" in err.getvalue()


def test_cli_today_makes_date_rules_reproducible(tmp_path: Path) -> None:
    from .cases import replication_group, template

    path = write(tmp_path, "t.json", template(G=replication_group(Engine="redis", EngineVersion="6.2")))
    before = subprocess.run([sys.executable, "-m", "elasticache_kit", "check", "--rules", "EC-CL7", "--today",
                             "2027-01-30", str(path)], capture_output=True, text=True, timeout=60, cwd=ROOT)
    after = subprocess.run([sys.executable, "-m", "elasticache_kit", "check", "--rules", "EC-CL7", "--today",
                            "2027-02-01", str(path)], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert before.returncode == 0 and after.returncode == 4 and "EC-CL7" in after.stdout
