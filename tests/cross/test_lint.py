"""tests/support/lint.py runs what it says: informational rules too (negative controls)."""

from __future__ import annotations

from ..support.lint import lint_errors


def test_informational_rules_run() -> None:
    # I3011: a stateful resource without DeletionPolicy/UpdateReplacePolicy (an I rule, off by default)
    template = {"Resources": {"Table": {"Type": "AWS::DynamoDB::Table", "Properties": {
        "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
        "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
        "BillingMode": "PAY_PER_REQUEST"}}}}
    assert any(finding.startswith("I3011 ") for finding in lint_errors(template))


def test_errors_and_warnings_run() -> None:
    assert any(f.startswith("E3") for f in lint_errors({"Resources": {"Q": {"Type": "AWS::SQS::Queue",
                                                                             "Properties": {"Nope": 1}}}}))


def test_i1022_is_the_one_rule_off() -> None:
    joined = {"Resources": {"T": {"Type": "AWS::SNS::Topic", "Properties": {
        "TopicName": {"Fn::Join": ["", ["a-", {"Ref": "AWS::Region"}]]}}}}}
    assert not any(f.startswith("I1022") for f in lint_errors(joined))
