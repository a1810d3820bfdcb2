"""The deploy rehearsal: what a synthesized template grants, checked against what
our run-time code does, without an AWS account.

- **IAM.** The calls a fake AWS recorded (:class:`tests._aws_wire.Call`: action,
  resource ARN in AWS's shape, context keys) are evaluated by an independent
  IAM policy simulator, `@cloud-copilot/iam-simulate
  <https://github.com/cloud-copilot/iam-simulate>`_ (npm, AGPL-3.0-or-later,
  test-only: installed into ``tests/rehearsal/node_modules`` by ``make test``,
  never part of the wheel or the sdist), against the template's policies for
  the component's role: its inline and customer-managed policies, the
  AWS-managed ones it attaches (their documents, with their source, are in
  ``tests/rehearsal/aws-managed``), the resource's own policy (KMS key policy,
  secret resource policy) and, when the call goes through an interface
  endpoint of the component's VPC, that endpoint's policy. One Node process
  per batch of calls (``tests/rehearsal/simulate.mjs``).
- **Network.** A connection from one resource of the template to another on a
  port is open when both are in the same VPC, the source's security groups
  allow the egress and the target's allow the ingress (security group, CIDR
  or prefix-list peers; the other end's subnets must lie inside a CIDR peer).

The template is resolved the way CloudFormation would for one deployment:
account ``111122223333``, region ``us-east-1``, partition ``aws`` (the fakes'
too), and each resource's physical id and ARN in the service's real shape
(a secret's ARN ends in ``-`` and six characters).
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import shutil
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .aws_wire import ACCOUNT, PARTITION, REGION, Call

HERE = Path(__file__).resolve().parents[1]  # tests/
SIMULATOR = HERE / "rehearsal"
MANAGED = SIMULATOR / "aws-managed"
STACK_NAME = "Rehearsal"


def _short(logical_id: str, n: int = 8) -> str:
    return hashlib.sha256(logical_id.encode()).hexdigest()[:n]


def _suffix(logical_id: str) -> str:
    """A secret's six random characters (deterministic per logical id)."""
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    digest = hashlib.sha256(logical_id.encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in digest[:6])


class Resolver:
    """Resolves a template's intrinsic functions for one simulated deployment."""

    def __init__(self, template: Mapping[str, Any], *, stack_name: str = STACK_NAME,
                 physical: Mapping[str, str] | None = None) -> None:
        self.template = template
        self.resources: Mapping[str, Any] = template.get("Resources", {})
        self.stack_name = stack_name
        self.physical = dict(physical or {})
        """Overrides: logical id -> what ``Ref`` answers."""

    def arn(self, service: str, resource: str, *, region: str = REGION) -> str:
        return f"arn:{PARTITION}:{service}:{region}:{ACCOUNT}:{resource}"

    def props(self, logical_id: str) -> Mapping[str, Any]:
        return self.resources[logical_id].get("Properties", {})  # type: ignore[no-any-return]

    def _name(self, logical_id: str, prop: str, default: str) -> str:
        value = self.props(logical_id).get(prop)
        return str(self.resolve(value)) if value is not None else default

    def ref(self, logical_id: str) -> Any:
        """What ``Ref`` answers for a resource, parameter or pseudo parameter."""
        pseudo = {"AWS::AccountId": ACCOUNT, "AWS::Region": REGION, "AWS::Partition": PARTITION,
                  "AWS::URLSuffix": "amazonaws.com", "AWS::StackName": self.stack_name, "AWS::NoValue": None,
                  "AWS::StackId": self.arn("cloudformation", f"stack/{self.stack_name}/0a1b2c3d-0000-1111-2222-333344445555")}
        if logical_id in pseudo:
            return pseudo[logical_id]
        if logical_id in self.physical:
            return self.physical[logical_id]
        if logical_id in self.template.get("Parameters", {}):
            return self.template["Parameters"][logical_id].get("Default")
        kind = self.resources[logical_id]["Type"]
        generated = f"{self.stack_name}-{logical_id}"[:60]
        if kind == "AWS::SecretsManager::Secret":
            name = self._name(logical_id, "Name", f"{logical_id}-{_short(logical_id, 12)}")
            return self.arn("secretsmanager", f"secret:{name}-{_suffix(logical_id)}")
        if kind == "AWS::IAM::ManagedPolicy":
            return f"arn:{PARTITION}:iam::{ACCOUNT}:policy/" + self._name(logical_id, "ManagedPolicyName", generated)
        if kind == "AWS::IAM::Role":
            return self._name(logical_id, "RoleName", generated)
        if kind == "AWS::KMS::Key":
            h = _short(logical_id, 32)
            return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
        if kind == "AWS::Logs::LogGroup":
            return self._name(logical_id, "LogGroupName", f"/aws/lambda/{generated}")
        if kind == "AWS::ElastiCache::User":
            return self._name(logical_id, "UserId", logical_id.lower())
        if kind == "AWS::ElastiCache::UserGroup":
            return self._name(logical_id, "UserGroupId", logical_id.lower())
        if kind == "AWS::ElastiCache::ServerlessCache":
            return self._name(logical_id, "ServerlessCacheName", logical_id.lower())
        if kind == "AWS::ElastiCache::ReplicationGroup":
            return self._name(logical_id, "ReplicationGroupId", logical_id.lower()[:40]).lower()
        if kind == "AWS::ElastiCache::CacheCluster":
            return self._name(logical_id, "ClusterName", logical_id.lower()[:40]).lower()
        if kind == "AWS::SSM::Parameter":
            return self._name(logical_id, "Name", f"CFN-{logical_id}")
        if kind == "AWS::Lambda::Function":
            return self._name(logical_id, "FunctionName", generated)
        prefixes = {"AWS::EC2::SecurityGroup": "sg", "AWS::EC2::Subnet": "subnet", "AWS::EC2::VPC": "vpc",
                    "AWS::EC2::VPCEndpoint": "vpce", "AWS::EC2::Instance": "i", "AWS::EC2::PrefixList": "pl"}
        if kind in prefixes:
            return f"{prefixes[kind]}-{_short(logical_id, 17)}"
        return generated

    def get_att(self, logical_id: str, attribute: str) -> Any:
        """What ``Fn::GetAtt`` answers."""
        kind = self.resources[logical_id]["Type"]
        ref = self.ref(logical_id)
        props = self.props(logical_id)
        if attribute == "Arn":
            arns = {
                "AWS::IAM::Role": lambda: f"arn:{PARTITION}:iam::{ACCOUNT}:role/{ref}",
                "AWS::KMS::Key": lambda: self.arn("kms", f"key/{ref}"),
                "AWS::Logs::LogGroup": lambda: self.arn("logs", f"log-group:{ref}:*"),
                "AWS::ElastiCache::User": lambda: self.arn("elasticache", f"user:{ref}"),
                "AWS::ElastiCache::UserGroup": lambda: self.arn("elasticache", f"usergroup:{ref}"),
                "AWS::ElastiCache::ServerlessCache": lambda: self.arn("elasticache", f"serverlesscache:{ref}"),
                "AWS::ElastiCache::ReplicationGroup": lambda: self.arn("elasticache", f"replicationgroup:{ref}"),
                "AWS::Lambda::Function": lambda: self.arn("lambda", f"function:{ref}"),
                "AWS::IAM::ManagedPolicy": lambda: ref,
                "AWS::SecretsManager::Secret": lambda: ref,
            }
            if kind in arns:
                return arns[kind]()
            return self.arn(kind.split("::")[1].lower(), f"{logical_id.lower()}")
        if attribute in ("GroupId", "Id"):
            return ref
        if attribute == "CidrBlock":
            return self.resolve(props.get("CidrBlock"))
        if attribute in ("Endpoint.Address", "PrimaryEndPoint.Address", "ConfigurationEndPoint.Address",
                         "ReaderEndPoint.Address", "RedisEndpoint.Address", "ConfigurationEndpoint.Address"):
            return f"{ref}.{_short(logical_id, 6)}.use1.cache.amazonaws.com"
        if attribute.endswith("Port"):
            if kind == "AWS::ElastiCache::ServerlessCache":
                return "6379"
            return str(self.resolve(props.get("Port", 6379)))
        if attribute == "DnsEntries":
            return [f"Z1:{ref}.elasticache.{REGION}.vpce.amazonaws.com"]
        if attribute == "DefaultSecurityGroup":
            return f"sg-default{_short(logical_id, 9)}"
        if attribute == "Name":
            return ref
        return f"{ref}.{attribute}"

    def condition(self, name: str) -> bool:
        return bool(self.resolve(self.template.get("Conditions", {})[name]))

    def resolve(self, value: Any) -> Any:
        """``value`` with every intrinsic function evaluated."""
        if isinstance(value, list):
            return [r for r in (self.resolve(v) for v in value) if r is not _NO_VALUE]
        if not isinstance(value, dict):
            return value
        if len(value) == 1:
            (key, arg), = value.items()
            if key == "Ref":
                result = self.ref(arg)
                return _NO_VALUE if result is None and arg == "AWS::NoValue" else result
            if key == "Fn::GetAtt":
                lid, att = (arg.split(".", 1) if isinstance(arg, str) else arg)
                return self.get_att(lid, att)
            if key == "Fn::Join":
                sep, items = arg
                parts = self.resolve(items)
                return sep.join(str(p) for p in parts)
            if key == "Fn::Select":
                index, items = arg
                return self.resolve(items)[int(self.resolve(index))]
            if key == "Fn::Split":
                sep, text = arg
                return str(self.resolve(text)).split(sep)
            if key == "Fn::GetAZs":
                return [f"{REGION}a", f"{REGION}b", f"{REGION}c"]
            if key == "Fn::Sub":
                text, variables = (arg, {}) if isinstance(arg, str) else arg
                return self._sub(text, {k: self.resolve(v) for k, v in variables.items()})
            if key == "Fn::If":
                name, yes, no = arg
                chosen = self.resolve(yes if self.condition(name) else no)
                return chosen
            if key == "Fn::Equals":
                a, b = self.resolve(arg)
                return a == b
            if key == "Fn::Not":
                return not self.resolve(arg)[0]
            if key == "Fn::And":
                return all(self.resolve(arg))
            if key == "Fn::Or":
                return any(self.resolve(arg))
            if key == "Condition":
                return self.condition(arg)
            if key == "Fn::Base64":
                return self.resolve(arg)
            if key == "Fn::ImportValue":
                raise ValueError(f"Fn::ImportValue {arg!r}: the rehearsal resolves one stack at a time")
        return {k: r for k, r in ((k, self.resolve(v)) for k, v in value.items()) if r is not _NO_VALUE}

    def _sub(self, text: str, variables: Mapping[str, Any]) -> str:
        out, i = [], 0
        while i < len(text):
            start = text.find("${", i)
            if start < 0:
                out.append(text[i:])
                break
            out.append(text[i:start])
            end = text.index("}", start)
            name = text[start + 2:end]
            if name.startswith("!"):
                out.append("${" + name[1:] + "}")
            elif name in variables:
                out.append(str(variables[name]))
            elif "." in name and not name.startswith("AWS::"):
                lid, att = name.split(".", 1)
                out.append(str(self.get_att(lid, att)))
            else:
                out.append(str(self.ref(name)))
            i = end + 1
        return "".join(out)


_NO_VALUE = object()


def _refs(value: Any) -> set[str]:
    """The logical ids a property refers to (Ref / GetAtt), anywhere inside it."""
    found: set[str] = set()
    if isinstance(value, dict):
        if "Ref" in value and isinstance(value["Ref"], str):
            found.add(value["Ref"])
        if "Fn::GetAtt" in value:
            arg = value["Fn::GetAtt"]
            found.add(arg.split(".", 1)[0] if isinstance(arg, str) else arg[0])
        for v in value.values():
            found |= _refs(v)
    elif isinstance(value, list):
        for v in value:
            found |= _refs(v)
    return found


def of_type(template: Mapping[str, Any], kind: str) -> dict[str, Any]:
    """The template's resources of one type, by logical id."""
    return {k: v for k, v in template.get("Resources", {}).items() if v["Type"] == kind}


# ------------------------------------------------------------------ components


@dataclass(frozen=True)
class Component:
    """A piece of run-time code in a template: the role it runs as and where it runs."""

    name: str
    role: str
    """The role's logical id."""
    subnets: tuple[str, ...] = ()
    """Logical ids of its subnets (empty: outside any VPC)."""
    security_groups: tuple[str, ...] = ()
    """Logical ids of its security groups."""
    endpoints: tuple[str, ...] = ()
    """Interface endpoints it calls through by URL (not by private DNS), by logical id."""


def _ids(values: Iterable[Any]) -> tuple[str, ...]:
    return tuple(sorted(set().union(*(_refs(v) for v in values)))) if values else ()


def function_component(template: Mapping[str, Any], function: str) -> Component:
    """The component a ``AWS::Lambda::Function`` runs as."""
    props = template["Resources"][function]["Properties"]
    (role,) = _refs(props["Role"])
    vpc = props.get("VpcConfig", {})
    return Component(function, role, _ids(vpc.get("SubnetIds", [])), _ids(vpc.get("SecurityGroupIds", [])))


def instance_component(template: Mapping[str, Any], instance: str, *, endpoints: Sequence[str] = ()) -> Component:
    """The component an ``AWS::EC2::Instance`` runs as (through its instance profile)."""
    props = template["Resources"][instance]["Properties"]
    (profile,) = _refs(props["IamInstanceProfile"])
    (role,) = _refs(template["Resources"][profile]["Properties"]["Roles"])
    groups = list(props.get("SecurityGroupIds", []))
    subnets = [props["SubnetId"]] if "SubnetId" in props else []
    for interface in props.get("NetworkInterfaces", []):
        groups += interface.get("GroupSet", [])
        subnets += [interface["SubnetId"]] if "SubnetId" in interface else []
    return Component(instance, role, _ids(subnets), _ids(groups), tuple(endpoints))


def functions(template: Mapping[str, Any]) -> dict[str, Component]:
    """Every Lambda function of the template as a component."""
    return {lid: function_component(template, lid) for lid in of_type(template, "AWS::Lambda::Function")}


# -------------------------------------------------------------------- IAM


def _managed_document(arn: str) -> dict[str, Any]:
    name = arn.rsplit("/", 1)[-1]
    path = MANAGED / f"{name}.json"
    if not path.exists():
        raise AssertionError(f"the template attaches the AWS-managed policy {arn}: add its document (from the AWS "
                             f"Managed Policy Reference, with its source) as {path.relative_to(HERE.parent)}")
    return json.loads(path.read_text())["PolicyDocument"]  # type: ignore[no-any-return]


def identity_policies(template: Mapping[str, Any], role: str, resolver: Resolver) -> list[dict[str, Any]]:
    """The role's identity policies: inline, customer-managed (by ``Roles`` or by ARN) and AWS-managed."""
    resources = template["Resources"]
    props = resources[role].get("Properties", {})
    out = [{"name": f"{role}/inline/{p['PolicyName']}", "policy": resolver.resolve(p["PolicyDocument"])}
           for p in props.get("Policies", [])]
    managed_refs = _refs(props.get("ManagedPolicyArns", []))
    for lid, resource in resources.items():
        rprops = resource.get("Properties", {})
        if resource["Type"] == "AWS::IAM::Policy" and role in _refs(rprops.get("Roles", [])):
            out.append({"name": lid, "policy": resolver.resolve(rprops["PolicyDocument"])})
        elif resource["Type"] == "AWS::IAM::ManagedPolicy" and (
                role in _refs(rprops.get("Roles", [])) or lid in managed_refs):
            out.append({"name": lid, "policy": resolver.resolve(rprops["PolicyDocument"])})
    for arn in resolver.resolve(props.get("ManagedPolicyArns", [])):
        if ":iam::aws:policy/" in arn:
            out.append({"name": arn, "policy": _managed_document(arn)})
    return out


def _default_key_policy() -> dict[str, Any]:
    """The key policy of a key not in the template: the default one, which lets IAM policies decide."""
    return {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": f"arn:{PARTITION}:iam::{ACCOUNT}:root"},
                                                    "Action": "kms:*", "Resource": "*"}]}


def resource_policy(template: Mapping[str, Any], call: Call, resolver: Resolver) -> dict[str, Any] | None:
    """The policy of the call's resource, where it has one: a KMS key policy, a secret's resource policy."""
    service = call.action.split(":", 1)[0]
    if service == "kms":
        for lid, key in of_type(template, "AWS::KMS::Key").items():
            if resolver.get_att(lid, "Arn") == call.resource:
                return resolver.resolve(key["Properties"]["KeyPolicy"])  # type: ignore[no-any-return]
        return _default_key_policy()
    if service == "secretsmanager":
        for resource in of_type(template, "AWS::SecretsManager::ResourcePolicy").values():
            if resolver.resolve(resource["Properties"]["SecretId"]) == call.resource:
                return resolver.resolve(resource["Properties"]["ResourcePolicy"])  # type: ignore[no-any-return]
    return None


def _vpc_of(template: Mapping[str, Any], subnets: Iterable[str]) -> set[str]:
    return {next(iter(_refs(template["Resources"][s]["Properties"]["VpcId"])), "") for s in subnets
            if s in template["Resources"]}


def endpoint_policies(template: Mapping[str, Any], component: Component, call: Call,
                      resolver: Resolver) -> list[dict[str, Any]]:
    """The policies of the interface endpoints the call goes through: in the component's VPC, for the
    call's service, with private DNS (the SDK's default name resolves to it) or named by the component."""
    if "kms:ViaService" in call.context:  # made by another service on the caller's behalf
        return []
    service = call.action.split(":", 1)[0]
    vpcs = _vpc_of(template, component.subnets)
    out = []
    for lid, endpoint in of_type(template, "AWS::EC2::VPCEndpoint").items():
        props = endpoint["Properties"]
        if props.get("VpcEndpointType", "Gateway") != "Interface":
            continue
        name = str(resolver.resolve(props.get("ServiceName", "")))
        if not name.endswith(f".{service}") and not name.endswith(f".{service}-fips"):
            continue
        in_vpc = bool(_refs(props.get("VpcId")) & vpcs)
        if lid in component.endpoints or (in_vpc and resolver.resolve(props.get("PrivateDnsEnabled", False))):
            policy = props.get("PolicyDocument")
            out.append({"name": lid, "policy": _principals_as_conditions(resolver.resolve(policy)) if policy is not None
                        else {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}})
    return out


def _principals_as_conditions(policy: dict[str, Any]) -> dict[str, Any]:
    """An interface endpoint policy with each named principal moved into the equivalent condition.

    AWS accepts role, user and account principals in an interface endpoint's policy (only gateway
    endpoints need ``"*"``: https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html);
    the simulator accepts only ``"*"``, so ``{"AWS": [role ARN]}`` becomes ``"*"`` with ``ArnEquals
    aws:PrincipalArn`` (a role's sessions match their role's ARN there) and an account becomes
    ``StringEquals aws:PrincipalAccount``."""
    statements = policy.get("Statement", [])
    out = []
    for statement in statements if isinstance(statements, list) else [statements]:
        principal = statement.get("Principal", "*")
        values = principal.get("AWS", []) if isinstance(principal, dict) else principal
        values = [values] if isinstance(values, str) else list(values)
        if "*" in values or "Principal" not in statement:
            out.append(statement)
            continue
        accounts = [v.split(":")[4] if v.startswith("arn:") else v for v in values
                    if not v.startswith("arn:") or v.endswith(":root")]
        arns = [v for v in values if v.startswith("arn:") and not v.endswith(":root")]
        for key, operator, wanted in (("aws:PrincipalArn", "ArnEquals", arns),
                                      ("aws:PrincipalAccount", "StringEquals", accounts)):
            if wanted:
                condition = {k: dict(v) for k, v in statement.get("Condition", {}).items()}
                condition.setdefault(operator, {})[key] = wanted
                out.append({**statement, "Principal": "*", "Condition": condition})
    return {**policy, "Statement": out}


@dataclass(frozen=True)
class Verdict:
    """The simulator's answer for one call."""

    call: Call
    decision: str
    """``Allowed``, ``ImplicitlyDenied``, ``ExplicitlyDenied`` or ``Error``."""
    considered: list[dict[str, Any]] = field(default_factory=list)
    errors: Any = None

    def explain(self) -> str:
        lines = [f"  {self.call}: {self.decision}"]
        if self.errors:
            lines.append(f"    simulator errors: {json.dumps(self.errors)[:600]}")
        for s in self.considered:
            statement = {k: v for k, v in (s.get("statement") or {}).items() if k != "Sid"}
            lines.append(f"    {'matched' if s['matched'] else 'no match'} {s['policy']} {s.get('sid') or ''} "
                         f"{json.dumps(statement)[:300]}")
        if not self.considered:
            lines.append("    (no statement applied)")
        return "\n".join(lines)


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        raise AssertionError("Node.js is needed for the deploy rehearsal's IAM simulator")
    if not (SIMULATOR / "node_modules" / "@cloud-copilot" / "iam-simulate").is_dir():
        raise AssertionError("the IAM simulator is not installed: run `make test` (it runs "
                             "`npm ci --prefix tests/rehearsal`)")
    return node


#: Calls evaluated so far in this test session (the report's figure).
EVALUATED: list[Verdict] = []


def evaluate(template: Mapping[str, Any], component: Component, calls: Iterable[Call],
             resolver: Resolver | None = None) -> list[Verdict]:
    """Evaluate ``calls`` as made by ``component`` against ``template``: one simulator run for the batch."""
    resolver = resolver or Resolver(template)
    role_name = resolver.ref(component.role)
    principal = f"arn:{PARTITION}:iam::{ACCOUNT}:role/{role_name}"
    identity = identity_policies(template, component.role, resolver)
    unique = list(dict.fromkeys((c.action, c.resource, tuple(sorted(c.context.items()))) for c in calls))
    batch = []
    for index, (action, resource, context) in enumerate(unique):
        call = Call(action, resource, "", dict(context))
        simulation: dict[str, Any] = {
            "request": {"principal": principal, "action": action,
                        "resource": {"resource": resource, "accountId": ACCOUNT},
                        "contextVariables": {"aws:PrincipalArn": principal, "aws:PrincipalAccount": ACCOUNT,
                                             **dict(context)}},
            "identityPolicies": identity,
        }
        policy = resource_policy(template, call, resolver)
        if policy is not None:
            simulation["resourcePolicy"] = policy
        endpoints = endpoint_policies(template, component, call, resolver)
        if endpoints:
            simulation["vpcEndpointPolicies"] = endpoints
        batch.append({"id": index, "simulation": simulation})
    if not batch:
        return []
    done = subprocess.run([_node(), str(SIMULATOR / "simulate.mjs")], input=json.dumps(batch), capture_output=True,
                          text=True, timeout=120, check=False)
    if done.returncode != 0:
        raise AssertionError(f"the IAM simulator failed: {done.stderr[-2000:]}")
    verdicts = []
    for result in json.loads(done.stdout):
        action, resource, context = unique[result["id"]]
        verdicts.append(Verdict(Call(action, resource, "", dict(context)), result["decision"],
                                result.get("considered") or [], result.get("errors")))
    EVALUATED.extend(verdicts)
    return verdicts


def assert_allowed(template: Mapping[str, Any], component: Component, calls: Iterable[Call],
                   resolver: Resolver | None = None) -> list[Verdict]:
    """Every call is allowed; else fail naming each denied call, its decision and the statements considered."""
    calls = list(calls)
    if not calls:
        raise AssertionError(f"{component.name}: no call was recorded (the rehearsal would check nothing)")
    verdicts = evaluate(template, component, calls, resolver)
    denied = [v for v in verdicts if v.decision != "Allowed"]
    if denied:
        raise AssertionError(f"{component.name} (role {component.role}) would be refused after deploy:\n"
                             + "\n".join(v.explain() for v in denied))
    return verdicts


def assert_denied(template: Mapping[str, Any], component: Component, calls: Iterable[Call],
                  resolver: Resolver | None = None) -> list[Verdict]:
    """Every call (outside the component's job) is denied."""
    calls = list(calls)
    assert calls, "an empty denied-list checks nothing"
    verdicts = evaluate(template, component, calls, resolver)
    allowed = [v for v in verdicts if v.decision == "Allowed"]
    if allowed:
        raise AssertionError(f"{component.name} (role {component.role}) may do more than its job:\n"
                             + "\n".join(v.explain() for v in allowed))
    return verdicts


def without_statement(template: Mapping[str, Any], action: str) -> dict[str, Any]:
    """A copy of ``template`` with every identity-policy statement that names ``action`` removed
    (the negative control: the rehearsal must then fail)."""
    copy: dict[str, Any] = json.loads(json.dumps(template))
    removed = 0

    def strip(document: dict[str, Any]) -> None:
        nonlocal removed
        statements = document.get("Statement", [])
        keep = [s for s in statements if action not in ([s["Action"]] if isinstance(s.get("Action"), str)
                                                       else s.get("Action", []))]
        removed += len(statements) - len(keep)
        document["Statement"] = keep

    for resource in copy["Resources"].values():
        props = resource.get("Properties", {})
        if resource["Type"] in ("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"):
            strip(props["PolicyDocument"])
        elif resource["Type"] == "AWS::IAM::Role":
            for policy in props.get("Policies", []):
                strip(policy["PolicyDocument"])
    assert removed, f"no statement names {action}: the negative control would remove nothing"
    return copy


# ----------------------------------------------------------------- network


@dataclass(frozen=True)
class End:
    """One end of a connection: its security groups, its subnets' CIDR blocks and its VPC."""

    name: str
    security_groups: frozenset[str]
    cidrs: tuple[str, ...]
    vpcs: frozenset[str]


def end_of(template: Mapping[str, Any], logical_id: str) -> End:
    """The network end of a function, instance, cache, group, cluster or interface endpoint."""
    resources = template["Resources"]
    resource = resources[logical_id]
    kind, props = resource["Type"], resource.get("Properties", {})
    groups: list[Any]
    subnets: list[Any]
    if kind == "AWS::Lambda::Function":
        groups, subnets = props["VpcConfig"]["SecurityGroupIds"], props["VpcConfig"]["SubnetIds"]
    elif kind == "AWS::EC2::Instance":
        component = instance_component(template, logical_id)
        groups, subnets = [{"Ref": g} for g in component.security_groups], [{"Ref": s} for s in component.subnets]
    elif kind == "AWS::ElastiCache::ServerlessCache":
        groups, subnets = props.get("SecurityGroupIds", []), props.get("SubnetIds", [])
    elif kind in ("AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster"):
        groups = props.get("SecurityGroupIds", props.get("VpcSecurityGroupIds", []))
        (subnet_group,) = _refs(props["CacheSubnetGroupName"])
        subnets = resources[subnet_group]["Properties"]["SubnetIds"]
    elif kind == "AWS::EC2::VPCEndpoint":
        groups, subnets = props.get("SecurityGroupIds", []), props.get("SubnetIds", [])
    else:
        raise AssertionError(f"{logical_id}: no network end for {kind}")
    group_ids = frozenset(_ids(groups))
    subnet_ids = _ids(subnets)
    resolver = Resolver(template)
    cidrs = tuple(str(resolver.resolve(resources[s]["Properties"]["CidrBlock"])) for s in subnet_ids)
    return End(logical_id, group_ids, cidrs, frozenset(_vpc_of(template, subnet_ids)))


@dataclass(frozen=True)
class _Rule:
    protocol: str
    low: int
    high: int
    peer: tuple[str, str]  # ("sg", logical id) | ("cidr", block) | ("pl", logical id or id)

    def covers(self, port: int) -> bool:
        return self.protocol == "-1" or (self.protocol in ("tcp", "6") and self.low <= port <= self.high)


def _rule(raw: Mapping[str, Any], direction: str, resolver: Resolver) -> _Rule:
    entry = {k: (v if k.endswith(("SecurityGroupId", "PrefixListId")) else resolver.resolve(v)) for k, v in raw.items()}
    peer_sg = entry.get("SourceSecurityGroupId" if direction == "in" else "DestinationSecurityGroupId")
    peer_pl = entry.get("SourcePrefixListId" if direction == "in" else "DestinationPrefixListId")
    if peer_sg is not None:
        peer = ("sg", next(iter(_refs(peer_sg)), str(peer_sg)))
    elif peer_pl is not None:
        peer = ("pl", next(iter(_refs(peer_pl)), str(peer_pl)))
    else:
        peer = ("cidr", str(entry.get("CidrIp") or entry.get("CidrIpv6")))
    protocol = str(entry.get("IpProtocol", "-1"))
    low, high = int(entry.get("FromPort", 0) or 0), int(entry.get("ToPort", 65535) or 65535)
    return _Rule(protocol, low, high, peer)


def security_group_rules(template: Mapping[str, Any]) -> dict[str, dict[str, list[_Rule]]]:
    """Per security group (logical id): its ``in`` and ``out`` rules (no egress property: AWS's allow-all)."""
    rules: dict[str, dict[str, list[_Rule]]] = {}
    resolver = Resolver(template)
    for lid, resource in template["Resources"].items():
        if resource["Type"] != "AWS::EC2::SecurityGroup":
            continue
        props = resource.get("Properties", {})
        egress = props.get("SecurityGroupEgress")
        rules[lid] = {"in": [_rule(e, "in", resolver) for e in props.get("SecurityGroupIngress", [])],
                      "out": [_Rule("-1", 0, 65535, ("cidr", "0.0.0.0/0"))] if egress is None
                      else [_rule(e, "out", resolver) for e in egress]}
    for resource in template["Resources"].values():
        kind = resource["Type"]
        if kind in ("AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress"):
            props = resource["Properties"]
            (group,) = _refs(props["GroupId"])
            direction = "in" if kind.endswith("Ingress") else "out"
            rules.setdefault(group, {"in": [], "out": []})[direction].append(_rule(props, direction, resolver))
    return rules


def _peer_matches(template: Mapping[str, Any], peer: tuple[str, str], other: End) -> bool:
    kind, value = peer
    if kind == "sg":
        return value in other.security_groups
    if kind == "pl":
        lists = of_type(template, "AWS::EC2::PrefixList")
        blocks = [e["Cidr"] for e in lists[value]["Properties"].get("Entries", [])] if value in lists else []
    else:
        blocks = [value]
    if not other.cidrs:
        return False
    networks = [ipaddress.ip_network(b, strict=False) for b in blocks if b and b != "None"]
    return all(any(ipaddress.ip_network(c).subnet_of(n) for n in networks  # type: ignore[arg-type]
                   if n.version == ipaddress.ip_network(c).version) for c in other.cidrs)


#: Connections checked so far in this test session (the report's figure).
CONNECTIONS: list[tuple[str, str, int]] = []


def path_problem(template: Mapping[str, Any], source: str, target: str, port: int) -> str | None:
    """Why ``source`` cannot open a TCP connection to ``target`` on ``port`` (None: it can)."""
    src, dst = end_of(template, source), end_of(template, target)
    CONNECTIONS.append((source, target, port))
    where = f"{source} -> {target} port {port}"
    if not src.vpcs or src.vpcs != dst.vpcs:
        return f"{where}: not in the same VPC ({sorted(src.vpcs)} vs {sorted(dst.vpcs)})"
    rules = security_group_rules(template)
    if not any(r.covers(port) and _peer_matches(template, r.peer, dst)
               for g in src.security_groups for r in rules.get(g, {"out": []})["out"]):
        return (f"{where}: no egress rule of {sorted(src.security_groups)} allows it "
                f"(to {sorted(dst.security_groups)} / {list(dst.cidrs)})")
    if not any(r.covers(port) and _peer_matches(template, r.peer, src)
               for g in dst.security_groups for r in rules.get(g, {"in": []})["in"]):
        return (f"{where}: no ingress rule of {sorted(dst.security_groups)} allows it "
                f"(from {sorted(src.security_groups)} / {list(src.cidrs)})")
    return None


def assert_path(template: Mapping[str, Any], source: str, target: str, port: int) -> None:
    """``source`` reaches ``target`` on ``port``; else fail with both ends and the port."""
    problem = path_problem(template, source, target, port)
    if problem is not None:
        raise AssertionError(f"no network path: {problem}")
