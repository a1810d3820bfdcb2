r'''
# elasticache-kit-core

The JavaScript side of elasticache_kit (internal; not a public API). jsii compiles it into the
Python module `elasticache_kit._core`, which is committed: installing the package needs no
TypeScript toolchain.

## How a construct is split between the languages

Every construct is **one Python class that subclasses one TypeScript class** (for example
`class ServerlessCache(core.CoreServerlessCache, ServerlessCacheBase)`), built with **one jsii call**:
the Python constructor calls the TypeScript constructor once, with a props object, and everything the
construct owns (L1 resources, its security group, generated secret, log groups, `Connections`) is
created on the JavaScript side inside that call.

| | Python (`src/elasticache_kit/<domain>/`) | TypeScript (`core/lib/<domain>.ts`) |
|---|---|---|
| public API, docstrings, props names (snake_case) | yes | no (only Python calls it) |
| validation (`ValidationError` naming path, prop, value, rule) | every rule it can check without a round trip | only values Python cannot read without one (a `Size`'s amount, a `SecretValue`'s text); thrown with `fail()` and turned into `ValidationError` by `_internal/js.py` |
| CloudFormation properties | rendered (camelCase), passed as `properties` | spread into the L1; references (`Ref`, security group ids, ARNs) added here |
| creating resources | never (one call into the TypeScript constructor) | all of them |
| what aws-cdk-lib sees (`connections`, `applyRemovalPolicy`, markers) | reads the object once (`js_get` into a `cached_property`) | owns it (see GUIDE section 2b) |

**The boundary is typed.** Each Core class has an exported props interface (`CoreXProps`) and a key
list the compiler checks against it:

```python
export interface CoreXProps { readonly vpc: IVpc; readonly description?: string; }
const CORE_X_KEYS: KeyList<CoreXProps> = { vpc: true, description: true };  // a missing or extra key: compile error

export class CoreX extends Resource {
  /** @param props a {@link CoreXProps} as a plain object */
  constructor(scope: Construct, id: string, props: unknown) {
    const p = checkedProps(props, CORE_X_KEYS, 'CoreX');  // an unknown key: refused at run time
    ...
```

The parameter is `unknown` on purpose (jsii shows it to Python as `typing.Any`): with a struct-typed
parameter, jsii-pacmak would turn it into keyword arguments that the generated Python `__init__`
type-checks one by one at run time, and the jsii kernel would silently drop a key the struct does not
have, the very bug this guards against. `make core` generates a `TypedDict` per exported interface into
`src/elasticache_kit/_internal/core_props.py`; Python builds the props with it, so **mypy --strict**
rejects an unknown key or a wrong type where the dict is written, at no run-time cost (a TypedDict is a
plain dict):

```python
props = plain(CoreXProps(vpc=vpc, description=description))  # plain() drops None values
with js_checks(site):  # JavaScript input errors -> ValidationError
    core.CoreX.__init__(self, scope, id, props)
```

Nested props objects (log deliveries, security-group rules, generated secrets) are interfaces too,
checked the same way (`checkedProps`, `checkedList`). `tests/cross/test_core_props.py` proves both
halves (a misspelt key fails mypy on a fixture and is refused by every Core class at run time);
`tests/cross/test_core_sync.py` checks that every Core class with `props` names its interface, and that
the committed `_core` and `core_props.py` match the sources.

## Layout: core/lib mirrors src/elasticache_kit

| file | Python domain | classes |
|---|---|---|
| `serverless.ts` | `serverless/` | `CoreServerlessCache`, `CoreImportedServerlessCache` |
| `rbac.ts` | `rbac/` | `CoreUser`, `CoreUserGroup` |
| `clusters.ts` | `clusters/` | `CoreReplicationGroup`, `CoreCacheCluster`, `CoreSubnetGroup`, `CoreParameterGroup`, `CoreImportedNodeCluster`, `CoreGlobalDatastore` |
| `endpoints.ts` | `endpoints/` | `CoreInterfaceEndpoint` |
| `monitoring.ts` | `monitoring/` | `CoreAlarmSet`, `CoreCacheDashboard` |
| `redis_cloud.ts` | `redis_cloud/` | `CoreRedisCloudPrivateLink`, `CoreRedisCloudEndpoint` |
| `internal.ts` | `_internal/` (and `bastion/`) | classes several domains use: `CoreMarkers`, `CoreGrants`, `CoreMetrics`, `CoreNetwork`, `CoreConnectableResource` (NatBastion's JavaScript half, the base of the endpoints'), `CoreImportedResource` (base of the imported classes) |
| `private.ts` | | helpers no class exports (not re-exported): `fail` and the error marker, `checkedProps`/`KeyList`, `ownSecurityGroups`, `generatedSecret`, `reference`, `clientPort`, the markers (`MARKERS`, `mark`) and public class names (`showAs`) |
| `index.ts` | | re-exports only (`export * from './<module>'`) |

The bastion has no module of its own: its JavaScript half is `CoreConnectableResource` unchanged.
A module may export its key lists (`CORE_..._KEYS`) for a subclass in another module; jsii ignores
exported constants. The Python class names jsii generates are the TypeScript class names: Python
subclasses them, so renaming one is a Python change too.

## `make core`

`make core` (npm ci in `core/`, `jsii`, `jsii-pacmak --targets python`) regenerates
`src/elasticache_kit/_core` (the Python module and its bundle), writes `_core/SOURCE_SHA256` (the
fingerprint of `core/lib/*.ts` and the package files, `scripts/core_fingerprint.py`) and
`_internal/core_props.py` (`scripts/core_props.py`, from the bundled assembly). Commit all three with
the TypeScript.

Two build steps keep the bundle cheap to start, because the jsii kernel loads it into every process
that touches `_core`:

* `package.json`'s `jsii.tsc` turns off jsii's default inline source maps (they were 70% of the
  compiled JavaScript, which Node read and parsed on every start).
* `lazy-index.js` runs between `jsii` and `jsii-pacmak`. It rewrites the compiled `lib/index.js`
  from `export * from` each module into getters, so a module loads when one of its names is first
  used: a program that builds only serverless caches never compiles `clusters.js`, `monitoring.js`
  or `redis_cloud.js`. `tests/cross/test_core_sync.py` checks that every class of the assembly is
  re-exported from the module that defines it.

A third step does the same for the Python side. jsii-pacmak imports other modules lazily, except a
class's base classes, so `CoreCacheDashboard extends Dashboard` made every
`import elasticache_kit._core` import `aws_cdk.aws_cloudwatch` (about 20 ms), dashboards or not.
`scripts/core_lazy_classes.py` runs on the generated `__init__.py` after `jsii-pacmak`. It moves each
class whose bases or decorators name an aws-cdk-lib module other than the root, `aws_ec2` or
`aws_iam` into a table, and a module `__getattr__` defines it on first use (the same class: same
module, name and jsii type; mypy reads a copy under `if MYPY:`). A class that extends an
aws-cdk-lib L2 from another module therefore costs nothing until Python uses it.
`tests/cross/test_core_sync.py` checks that importing `_core` imports no such module.

Keep `index.ts` to `export * from './<module>'` lines (the rewrite refuses anything else), and
keep a module's top level free of work beyond defining its classes. It takes one to two minutes; `JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20`
silences Node 20's banner. The TypeScript is only type-checked by jsii (`npx jsii` in `core/` alone,
~40 s, checks it without regenerating anything).

## Checklist: adding a construct

Before you start, in a fresh clone or worktree: `make .venv/.installed node_modules/.installed`
(2-3 minutes; the first `make core` also runs `npm ci` in `core/`, about 30 s more). Run the tools
as `.venv/bin/mypy src`, `.venv/bin/ruff check src tests examples scripts` and
`.venv/bin/python -m pytest tests/<dir>/test_x.py -q`; the README's "Development" section says
what `make test` covers.

1. **Python class** in its domain package (`src/elasticache_kit/<domain>/<name>.py`): validate
   everything in Python before any jsii call (`Site.fail`, rule ids), render the CloudFormation
   properties (camelCase, `plain(...)`), docstrings on every public name, type hints (mypy strict),
   `is_x` using a marker if it has one. Add the module to the list in the domain package's
   docstring (`src/elasticache_kit/<domain>/__init__.py`).
2. **TypeScript class** in the domain's `core/lib/<domain>.ts` (a new domain: a new file, and one
   `export *` line in `index.ts`): `export interface CoreXProps` (readonly props, doc comments,
   `@default` on the optional ones; jsii types only: no tuples, `string[][]` for pairs,
   `{ [key: string]: any }` for records), `const CORE_X_KEYS: KeyList<CoreXProps>`, and
   `constructor(scope, id, props: unknown)` whose first statement is `checkedProps` and whose doc says
   `@param props a {@link CoreXProps} as a plain object`. A class meant to be subclassed in
   TypeScript checks only when `new.target` is itself (see `CoreConnectableResource`). Use the
   helpers in `private.ts`; do not copy them. A marker: add the kind to `MARKERS` and call `mark`;
   Python's `is_x` asks `is_marked(x, "Kind")`, and `MARKERS` in `tests/cross/test_interop.py` gets
   a line.
3. **`make core`**, then call it from Python: `core.CoreX.__init__(self, scope, id, plain(CoreXProps(...)))`
   inside `with js_checks(site):`; `.venv/bin/mypy src` must pass.
4. **Exports**: the name in `_EXPORTS` in `src/elasticache_kit/__init__.py` (module path relative to
   the package, e.g. `"clusters.subnet_group"`) and in its `__all__` (a test keeps the two equal; the
   domain packages export nothing themselves).
5. **Interop matrix**: one `Kind(...)` line in `KINDS` in `tests/cross/test_interop.py` (what
   aws-cdk-lib does with the construct: connections, grants, removal policy, tags, dependencies). The
   `Kind` dataclass documents its fields; a construct without network access gives only `types`,
   `tagged`, `retained` (what `RemovalPolicy.RETAIN` reaches) and, if it has them, `marker` and
   `outputs` (copy the `SubnetGroup` line); one with `connections` also gives its port range and a
   function that finds its security groups in the template. Run it with `-k "<kind name>"`.
6. **jsii budget**: a row in `tests/cross/test_jsii_budget.py` asserting the exact round trips:
   `with round_trips() as calls: X(stack, "X", ...)` then
   `assert calls == ["CreateRequest:elasticache-kit-core.CoreX"], calls` (warm any shared lookups,
   such as a VPC's default subnets, before the block).
7. **Tests** in `tests/<domain>/test_<name>.py`: a snapshot per configuration that matters (each
   linted by cfn-lint), a test per validation rule, and, for run-time code, real traffic against a
   fake on 127.0.0.1 (`tests/support/`).
8. **README section** before `## Performance` (and a `README.md` example the README tests run),
   a CHANGELOG line under "Unreleased".
9. **Docs**: `make docs` must build with no warning (the API reference comes from the docstrings).
10. **Examples**: a stack in `examples/` and its line in `examples/app.py`; `make synth` passes every
    cdk-nag pack (acknowledge a library-internal finding on the construct, with a true reason).
11. **Checks**: if the resource type has rules worth checking in any template, a rule in
    `src/elasticache_kit/checks/<domain>.py` registered with `@rule(...)`, with a test and a negative control.
12. `make test` green (about 5 minutes alone), and `make synth` if you added an example.

A newcomer trial of this checklist (a toy construct wrapping one L1, steps 1-9 but not 10-12) took
about 8 minutes; what it found missing is written in above (set-up, the `Kind` fields, the budget
row's shape, where exports live).
'''
from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import aws_cdk as _aws_cdk_ceddda9d
    import aws_cdk.aws_cloudwatch as _aws_cdk_aws_cloudwatch_ceddda9d
    import aws_cdk.aws_ec2 as _aws_cdk_aws_ec2_ceddda9d
    import aws_cdk.aws_elasticache as _aws_cdk_aws_elasticache_ceddda9d
    import aws_cdk.aws_iam as _aws_cdk_aws_iam_ceddda9d
    import aws_cdk.aws_kms as _aws_cdk_aws_kms_ceddda9d
    import aws_cdk.aws_logs as _aws_cdk_aws_logs_ceddda9d
    import aws_cdk.aws_secretsmanager as _aws_cdk_aws_secretsmanager_ceddda9d
    import aws_cdk.aws_sns as _aws_cdk_aws_sns_ceddda9d
    import constructs as _constructs_77d1e7e8
else:

    _aws_cdk_aws_cloudwatch_ceddda9d = _LazyImport("aws_cdk.aws_cloudwatch")
    _aws_cdk_aws_ec2_ceddda9d = _LazyImport("aws_cdk.aws_ec2")
    _aws_cdk_aws_elasticache_ceddda9d = _LazyImport("aws_cdk.aws_elasticache")
    _aws_cdk_aws_iam_ceddda9d = _LazyImport("aws_cdk.aws_iam")
    _aws_cdk_aws_kms_ceddda9d = _LazyImport("aws_cdk.aws_kms")
    _aws_cdk_aws_logs_ceddda9d = _LazyImport("aws_cdk.aws_logs")
    _aws_cdk_aws_secretsmanager_ceddda9d = _LazyImport("aws_cdk.aws_secretsmanager")
    _aws_cdk_aws_sns_ceddda9d = _LazyImport("aws_cdk.aws_sns")
    _aws_cdk_ceddda9d = _LazyImport("aws_cdk")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class CoreAlarmSet(
    _constructs_77d1e7e8.Construct,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreAlarmSet",
):
    '''A cache's recommended alarms: one Alarm per Python spec, the actions on each, and a composite alarm that is in ALARM when any of them is.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        props: typing.Any,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param props: a {@link CoreAlarmSetProps} as a plain object.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__93fd1d4b7e2b6f6841d03fcb253ba705f3edbff48feb09edda94baf9f0be34cc)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])

    @builtins.property
    @jsii.member(jsii_name="alarms")
    def alarms(self) -> typing.List["_aws_cdk_aws_cloudwatch_ceddda9d.Alarm"]:
        '''The alarms, in the order of the specs.'''
        return typing.cast(typing.List["_aws_cdk_aws_cloudwatch_ceddda9d.Alarm"], jsii.get(self, "alarms"))

    @builtins.property
    @jsii.member(jsii_name="compositeAlarm")
    def composite_alarm(
        self,
    ) -> typing.Optional["_aws_cdk_aws_cloudwatch_ceddda9d.CompositeAlarm"]:
        '''The composite alarm ("this cache is unhealthy"), unless switched off.'''
        return typing.cast(typing.Optional["_aws_cdk_aws_cloudwatch_ceddda9d.CompositeAlarm"], jsii.get(self, "compositeAlarm"))


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreAlarmSetProps",
    jsii_struct_bases=[],
    name_mapping={
        "alarms": "alarms",
        "actions": "actions",
        "composite": "composite",
        "ok_actions": "okActions",
    },
)
class CoreAlarmSetProps:
    def __init__(
        self,
        *,
        alarms: typing.Sequence[typing.Union["CoreAlarmSpec", typing.Dict[builtins.str, typing.Any]]],
        actions: typing.Optional[typing.Sequence[typing.Any]] = None,
        composite: typing.Optional[typing.Union["CoreCompositeAlarmSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        ok_actions: typing.Optional[typing.Sequence[typing.Any]] = None,
    ) -> None:
        '''Inputs of {@link CoreAlarmSet}.

        :param alarms: The alarms, in creation order.
        :param actions: Alarm actions of every alarm (SNS topics or IAlarmActions). Default: none
        :param composite: The composite "unhealthy" alarm. Default: none
        :param ok_actions: OK actions of every alarm (SNS topics or IAlarmActions). Default: none
        '''
        if isinstance(composite, dict):
            composite = CoreCompositeAlarmSpec(**composite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__65832c9f306ceaf0852e2642b4963490d6595f87e1d0562c8339701d5623588e)
            check_type(argname="argument alarms", value=alarms, expected_type=type_hints["alarms"])
            check_type(argname="argument actions", value=actions, expected_type=type_hints["actions"])
            check_type(argname="argument composite", value=composite, expected_type=type_hints["composite"])
            check_type(argname="argument ok_actions", value=ok_actions, expected_type=type_hints["ok_actions"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "alarms": alarms,
        }
        if actions is not None:
            self._values["actions"] = actions
        if composite is not None:
            self._values["composite"] = composite
        if ok_actions is not None:
            self._values["ok_actions"] = ok_actions

    @builtins.property
    def alarms(self) -> typing.List["CoreAlarmSpec"]:
        '''The alarms, in creation order.'''
        result = self._values.get("alarms")
        assert result is not None, "Required property 'alarms' is missing"
        return typing.cast(typing.List["CoreAlarmSpec"], result)

    @builtins.property
    def actions(self) -> typing.Optional[typing.List[typing.Any]]:
        '''Alarm actions of every alarm (SNS topics or IAlarmActions).

        :default: none
        '''
        result = self._values.get("actions")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def composite(self) -> typing.Optional["CoreCompositeAlarmSpec"]:
        '''The composite "unhealthy" alarm.

        :default: none
        '''
        result = self._values.get("composite")
        return typing.cast(typing.Optional["CoreCompositeAlarmSpec"], result)

    @builtins.property
    def ok_actions(self) -> typing.Optional[typing.List[typing.Any]]:
        '''OK actions of every alarm (SNS topics or IAlarmActions).

        :default: none
        '''
        result = self._values.get("ok_actions")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreAlarmSetProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreAlarmSpec",
    jsii_struct_bases=[],
    name_mapping={
        "alarm_name": "alarmName",
        "comparison_operator": "comparisonOperator",
        "datapoints_to_alarm": "datapointsToAlarm",
        "description": "description",
        "evaluation_periods": "evaluationPeriods",
        "id": "id",
        "metrics": "metrics",
        "period_seconds": "periodSeconds",
        "threshold": "threshold",
        "treat_missing_data": "treatMissingData",
        "expression": "expression",
        "expression_label": "expressionLabel",
        "threshold_size": "thresholdSize",
    },
)
class CoreAlarmSpec:
    def __init__(
        self,
        *,
        alarm_name: builtins.str,
        comparison_operator: builtins.str,
        datapoints_to_alarm: jsii.Number,
        description: builtins.str,
        evaluation_periods: jsii.Number,
        id: builtins.str,
        metrics: typing.Sequence[typing.Union["CoreMetricSpec", typing.Dict[builtins.str, typing.Any]]],
        period_seconds: jsii.Number,
        threshold: jsii.Number,
        treat_missing_data: builtins.str,
        expression: typing.Optional[builtins.str] = None,
        expression_label: typing.Optional[builtins.str] = None,
        threshold_size: typing.Optional["_aws_cdk_ceddda9d.Size"] = None,
    ) -> None:
        '''One alarm, as Python describes it (plain object).

        :param alarm_name: The alarm's name.
        :param comparison_operator: A cloudwatch.ComparisonOperator value.
        :param datapoints_to_alarm: Breaching datapoints that raise the alarm.
        :param description: The alarm's description.
        :param evaluation_periods: Periods evaluated.
        :param id: Construct id.
        :param metrics: The metric, or the metrics of ``expression``.
        :param period_seconds: The period in seconds.
        :param threshold: The threshold; with ``thresholdSize`` a factor of it in GB.
        :param treat_missing_data: A cloudwatch.TreatMissingData value.
        :param expression: A math expression over ``metrics`` (by id). Default: the single metric
        :param expression_label: The expression's label. Default: none
        :param threshold_size: A Size whose amount in GB times ``threshold`` is the threshold. Default: none
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__636082586684d34a77e291d0a8c3e9b9e7c0f1d391532abbc9ad8d3c2a3f1145)
            check_type(argname="argument alarm_name", value=alarm_name, expected_type=type_hints["alarm_name"])
            check_type(argname="argument comparison_operator", value=comparison_operator, expected_type=type_hints["comparison_operator"])
            check_type(argname="argument datapoints_to_alarm", value=datapoints_to_alarm, expected_type=type_hints["datapoints_to_alarm"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument evaluation_periods", value=evaluation_periods, expected_type=type_hints["evaluation_periods"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument metrics", value=metrics, expected_type=type_hints["metrics"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument threshold", value=threshold, expected_type=type_hints["threshold"])
            check_type(argname="argument treat_missing_data", value=treat_missing_data, expected_type=type_hints["treat_missing_data"])
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument expression_label", value=expression_label, expected_type=type_hints["expression_label"])
            check_type(argname="argument threshold_size", value=threshold_size, expected_type=type_hints["threshold_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "alarm_name": alarm_name,
            "comparison_operator": comparison_operator,
            "datapoints_to_alarm": datapoints_to_alarm,
            "description": description,
            "evaluation_periods": evaluation_periods,
            "id": id,
            "metrics": metrics,
            "period_seconds": period_seconds,
            "threshold": threshold,
            "treat_missing_data": treat_missing_data,
        }
        if expression is not None:
            self._values["expression"] = expression
        if expression_label is not None:
            self._values["expression_label"] = expression_label
        if threshold_size is not None:
            self._values["threshold_size"] = threshold_size

    @builtins.property
    def alarm_name(self) -> builtins.str:
        '''The alarm's name.'''
        result = self._values.get("alarm_name")
        assert result is not None, "Required property 'alarm_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def comparison_operator(self) -> builtins.str:
        '''A cloudwatch.ComparisonOperator value.'''
        result = self._values.get("comparison_operator")
        assert result is not None, "Required property 'comparison_operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def datapoints_to_alarm(self) -> jsii.Number:
        '''Breaching datapoints that raise the alarm.'''
        result = self._values.get("datapoints_to_alarm")
        assert result is not None, "Required property 'datapoints_to_alarm' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def description(self) -> builtins.str:
        '''The alarm's description.'''
        result = self._values.get("description")
        assert result is not None, "Required property 'description' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def evaluation_periods(self) -> jsii.Number:
        '''Periods evaluated.'''
        result = self._values.get("evaluation_periods")
        assert result is not None, "Required property 'evaluation_periods' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def id(self) -> builtins.str:
        '''Construct id.'''
        result = self._values.get("id")
        assert result is not None, "Required property 'id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def metrics(self) -> typing.List["CoreMetricSpec"]:
        '''The metric, or the metrics of ``expression``.'''
        result = self._values.get("metrics")
        assert result is not None, "Required property 'metrics' is missing"
        return typing.cast(typing.List["CoreMetricSpec"], result)

    @builtins.property
    def period_seconds(self) -> jsii.Number:
        '''The period in seconds.'''
        result = self._values.get("period_seconds")
        assert result is not None, "Required property 'period_seconds' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def threshold(self) -> jsii.Number:
        '''The threshold;

        with ``thresholdSize`` a factor of it in GB.
        '''
        result = self._values.get("threshold")
        assert result is not None, "Required property 'threshold' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def treat_missing_data(self) -> builtins.str:
        '''A cloudwatch.TreatMissingData value.'''
        result = self._values.get("treat_missing_data")
        assert result is not None, "Required property 'treat_missing_data' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''A math expression over ``metrics`` (by id).

        :default: the single metric
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def expression_label(self) -> typing.Optional[builtins.str]:
        '''The expression's label.

        :default: none
        '''
        result = self._values.get("expression_label")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def threshold_size(self) -> typing.Optional["_aws_cdk_ceddda9d.Size"]:
        '''A Size whose amount in GB times ``threshold`` is the threshold.

        :default: none
        '''
        result = self._values.get("threshold_size")
        return typing.cast(typing.Optional["_aws_cdk_ceddda9d.Size"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreAlarmSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.implements(_aws_cdk_aws_ec2_ceddda9d.IConnectable)
class CoreCacheCluster(
    _aws_cdk_ceddda9d.Resource,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreCacheCluster",
):
    '''A Memcached cluster: a Resource holding a CfnCacheCluster ("Resource") and, unless given, its SecurityGroup, SubnetGroup and ParameterGroup.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        props: typing.Any,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param props: a {@link CoreNodeClusterProps} as a plain object.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e3590e47b5807702d8b587a877d645121090eb5ee5c80baa2be78c8be71e0f75)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])

    @builtins.property
    @jsii.member(jsii_name="cfnCacheCluster")
    def cfn_cache_cluster(self) -> "_aws_cdk_aws_elasticache_ceddda9d.CfnCacheCluster":
        '''The AWS::ElastiCache::CacheCluster.'''
        return typing.cast("_aws_cdk_aws_elasticache_ceddda9d.CfnCacheCluster", jsii.get(self, "cfnCacheCluster"))

    @builtins.property
    @jsii.member(jsii_name="clusterSecurityGroups")
    def cluster_security_groups(
        self,
    ) -> typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]:
        '''The cluster's security groups (given or created).'''
        return typing.cast(typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"], jsii.get(self, "clusterSecurityGroups"))

    @builtins.property
    @jsii.member(jsii_name="connections")
    def connections(self) -> "_aws_cdk_aws_ec2_ceddda9d.Connections":
        '''Network access to the cluster;

        the default port is the engine port.
        '''
        return typing.cast("_aws_cdk_aws_ec2_ceddda9d.Connections", jsii.get(self, "connections"))




@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreCacheDashboardProps",
    jsii_struct_bases=[],
    name_mapping={"rows": "rows", "dashboard_name": "dashboardName"},
)
class CoreCacheDashboardProps:
    def __init__(
        self,
        *,
        rows: typing.Sequence[typing.Sequence[typing.Union["CoreWidgetSpec", typing.Dict[builtins.str, typing.Any]]]],
        dashboard_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Inputs of {@link CoreCacheDashboard}.

        :param rows: The rows of widgets, top to bottom.
        :param dashboard_name: The dashboard's name. Default: generated by CloudFormation
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0965dfea6e97309bf32da154b3c6a0b196e5138f3c6841a6ed2f3c242acee958)
            check_type(argname="argument rows", value=rows, expected_type=type_hints["rows"])
            check_type(argname="argument dashboard_name", value=dashboard_name, expected_type=type_hints["dashboard_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "rows": rows,
        }
        if dashboard_name is not None:
            self._values["dashboard_name"] = dashboard_name

    @builtins.property
    def rows(self) -> typing.List[typing.List["CoreWidgetSpec"]]:
        '''The rows of widgets, top to bottom.'''
        result = self._values.get("rows")
        assert result is not None, "Required property 'rows' is missing"
        return typing.cast(typing.List[typing.List["CoreWidgetSpec"]], result)

    @builtins.property
    def dashboard_name(self) -> typing.Optional[builtins.str]:
        '''The dashboard's name.

        :default: generated by CloudFormation
        '''
        result = self._values.get("dashboard_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreCacheDashboardProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreCompositeAlarmSpec",
    jsii_struct_bases=[],
    name_mapping={
        "alarm_name": "alarmName",
        "description": "description",
        "actions": "actions",
        "ok_actions": "okActions",
    },
)
class CoreCompositeAlarmSpec:
    def __init__(
        self,
        *,
        alarm_name: builtins.str,
        description: builtins.str,
        actions: typing.Optional[typing.Sequence[typing.Any]] = None,
        ok_actions: typing.Optional[typing.Sequence[typing.Any]] = None,
    ) -> None:
        '''The composite alarm of a {@link CoreAlarmSet}.

        :param alarm_name: The composite alarm's name.
        :param description: Its description.
        :param actions: Its alarm actions (SNS topics or IAlarmActions). Default: none
        :param ok_actions: Its OK actions (SNS topics or IAlarmActions). Default: none
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3ebb1b3ebe846be1acdb8e06e42016b007909470accf25e7c35f4164a1e3a9a8)
            check_type(argname="argument alarm_name", value=alarm_name, expected_type=type_hints["alarm_name"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument actions", value=actions, expected_type=type_hints["actions"])
            check_type(argname="argument ok_actions", value=ok_actions, expected_type=type_hints["ok_actions"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "alarm_name": alarm_name,
            "description": description,
        }
        if actions is not None:
            self._values["actions"] = actions
        if ok_actions is not None:
            self._values["ok_actions"] = ok_actions

    @builtins.property
    def alarm_name(self) -> builtins.str:
        '''The composite alarm's name.'''
        result = self._values.get("alarm_name")
        assert result is not None, "Required property 'alarm_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def description(self) -> builtins.str:
        '''Its description.'''
        result = self._values.get("description")
        assert result is not None, "Required property 'description' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def actions(self) -> typing.Optional[typing.List[typing.Any]]:
        '''Its alarm actions (SNS topics or IAlarmActions).

        :default: none
        '''
        result = self._values.get("actions")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def ok_actions(self) -> typing.Optional[typing.List[typing.Any]]:
        '''Its OK actions (SNS topics or IAlarmActions).

        :default: none
        '''
        result = self._values.get("ok_actions")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreCompositeAlarmSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.implements(_aws_cdk_aws_ec2_ceddda9d.IConnectable)
class CoreConnectableResource(
    _aws_cdk_ceddda9d.Resource,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreConnectableResource",
):
    '''A Resource with its own security group ("SecurityGroup", no outbound traffic but the ``egress`` rules) and the Connections over it and any others: the JavaScript half of NatBastion, and the base of InterfaceEndpoint's.

    ``applyRemovalPolicy`` applies to its default child ("Resource") when it has
    one, else to every CloudFormation resource it holds (a composite such as the
    bastion: instance, Elastic IP, role, security group).
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        props: typing.Any,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param props: a {@link CoreConnectableResourceProps} as a plain object (a subclass's props, which it has checked itself, when called from one).
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0b8dc5ceaed29dd8cdb8dfdff5e3bf28981d6579fc05ce798290c4a8f289982b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="applyRemovalPolicy")
    def apply_removal_policy(self, policy: "_aws_cdk_ceddda9d.RemovalPolicy") -> None:
        '''Apply ``policy`` to the default child, or to every CloudFormation resource of this construct.

        :param policy: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cbf976ec22e5ef429e0c2effb327c9fca14d3fdc57274e7bd7f454fca654761f)
            check_type(argname="argument policy", value=policy, expected_type=type_hints["policy"])
        return typing.cast(None, jsii.invoke(self, "applyRemovalPolicy", [policy]))

    @builtins.property
    @jsii.member(jsii_name="connections")
    def connections(self) -> "_aws_cdk_aws_ec2_ceddda9d.Connections":
        '''Network access to the construct.'''
        return typing.cast("_aws_cdk_aws_ec2_ceddda9d.Connections", jsii.get(self, "connections"))

    @builtins.property
    @jsii.member(jsii_name="securityGroup")
    def security_group(self) -> "_aws_cdk_aws_ec2_ceddda9d.SecurityGroup":
        '''The construct's own security group.'''
        return typing.cast("_aws_cdk_aws_ec2_ceddda9d.SecurityGroup", jsii.get(self, "securityGroup"))


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreConnectableResourceProps",
    jsii_struct_bases=[],
    name_mapping={
        "security_group_description": "securityGroupDescription",
        "vpc": "vpc",
        "default_ports": "defaultPorts",
        "egress": "egress",
        "ingress": "ingress",
        "public_name": "publicName",
        "security_groups": "securityGroups",
    },
)
class CoreConnectableResourceProps:
    def __init__(
        self,
        *,
        security_group_description: builtins.str,
        vpc: "_aws_cdk_aws_ec2_ceddda9d.IVpc",
        default_ports: typing.Optional[typing.Sequence[jsii.Number]] = None,
        egress: typing.Optional[typing.Sequence[typing.Union["CoreRule", typing.Dict[builtins.str, typing.Any]]]] = None,
        ingress: typing.Optional[typing.Sequence[typing.Union["CoreRule", typing.Dict[builtins.str, typing.Any]]]] = None,
        public_name: typing.Optional[builtins.str] = None,
        security_groups: typing.Optional[typing.Sequence["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]] = None,
    ) -> None:
        '''Inputs of {@link CoreConnectableResource}.

        :param security_group_description: Description of its own security group.
        :param vpc: The VPC of the construct's own security group.
        :param default_ports: The TCP ports the default port covers (lowest to highest). Default: no default port
        :param egress: Egress rules of its own security group (it allows no other outbound traffic). Default: none
        :param ingress: Ingress rules of its own security group. Default: none
        :param public_name: The public class aws-cdk-lib names it by (``NatBastion``). Default: the JavaScript class
        :param security_groups: More security groups, after its own. Default: none
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2df76a222a1cdf2809a649b11e2fdfa807dd759323670c65b20196ee38573886)
            check_type(argname="argument security_group_description", value=security_group_description, expected_type=type_hints["security_group_description"])
            check_type(argname="argument vpc", value=vpc, expected_type=type_hints["vpc"])
            check_type(argname="argument default_ports", value=default_ports, expected_type=type_hints["default_ports"])
            check_type(argname="argument egress", value=egress, expected_type=type_hints["egress"])
            check_type(argname="argument ingress", value=ingress, expected_type=type_hints["ingress"])
            check_type(argname="argument public_name", value=public_name, expected_type=type_hints["public_name"])
            check_type(argname="argument security_groups", value=security_groups, expected_type=type_hints["security_groups"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "security_group_description": security_group_description,
            "vpc": vpc,
        }
        if default_ports is not None:
            self._values["default_ports"] = default_ports
        if egress is not None:
            self._values["egress"] = egress
        if ingress is not None:
            self._values["ingress"] = ingress
        if public_name is not None:
            self._values["public_name"] = public_name
        if security_groups is not None:
            self._values["security_groups"] = security_groups

    @builtins.property
    def security_group_description(self) -> builtins.str:
        '''Description of its own security group.'''
        result = self._values.get("security_group_description")
        assert result is not None, "Required property 'security_group_description' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def vpc(self) -> "_aws_cdk_aws_ec2_ceddda9d.IVpc":
        '''The VPC of the construct's own security group.'''
        result = self._values.get("vpc")
        assert result is not None, "Required property 'vpc' is missing"
        return typing.cast("_aws_cdk_aws_ec2_ceddda9d.IVpc", result)

    @builtins.property
    def default_ports(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''The TCP ports the default port covers (lowest to highest).

        :default: no default port
        '''
        result = self._values.get("default_ports")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def egress(self) -> typing.Optional[typing.List["CoreRule"]]:
        '''Egress rules of its own security group (it allows no other outbound traffic).

        :default: none
        '''
        result = self._values.get("egress")
        return typing.cast(typing.Optional[typing.List["CoreRule"]], result)

    @builtins.property
    def ingress(self) -> typing.Optional[typing.List["CoreRule"]]:
        '''Ingress rules of its own security group.

        :default: none
        '''
        result = self._values.get("ingress")
        return typing.cast(typing.Optional[typing.List["CoreRule"]], result)

    @builtins.property
    def public_name(self) -> typing.Optional[builtins.str]:
        '''The public class aws-cdk-lib names it by (``NatBastion``).

        :default: the JavaScript class
        '''
        result = self._values.get("public_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_groups(
        self,
    ) -> typing.Optional[typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]]:
        '''More security groups, after its own.

        :default: none
        '''
        result = self._values.get("security_groups")
        return typing.cast(typing.Optional[typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreConnectableResourceProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreGeneratedPasswordProps",
    jsii_struct_bases=[],
    name_mapping={
        "description": "description",
        "length": "length",
        "user_arn": "userArn",
        "user_name": "userName",
        "acknowledgments": "acknowledgments",
        "encryption_key": "encryptionKey",
    },
)
class CoreGeneratedPasswordProps:
    def __init__(
        self,
        *,
        description: builtins.str,
        length: jsii.Number,
        user_arn: builtins.str,
        user_name: builtins.str,
        acknowledgments: typing.Optional[typing.Sequence[typing.Sequence[builtins.str]]] = None,
        encryption_key: typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"] = None,
    ) -> None:
        '''A Secrets Manager secret to generate a user's password in.

        :param description: Description of the secret.
        :param length: Length of the generated password.
        :param user_arn: The ``user_arn`` field (the format of ElastiCache's password rotation).
        :param user_name: The ``username`` field written next to the password.
        :param acknowledgments: Validation findings to acknowledge on the secret, as [id, reason] pairs. Default: none
        :param encryption_key: KMS key of the secret. Default: the aws/secretsmanager key
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__24d0ed355796bfb86bd06a4a1f2602a6a69fc5d76b8805140496c2641de80481)
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument length", value=length, expected_type=type_hints["length"])
            check_type(argname="argument user_arn", value=user_arn, expected_type=type_hints["user_arn"])
            check_type(argname="argument user_name", value=user_name, expected_type=type_hints["user_name"])
            check_type(argname="argument acknowledgments", value=acknowledgments, expected_type=type_hints["acknowledgments"])
            check_type(argname="argument encryption_key", value=encryption_key, expected_type=type_hints["encryption_key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "description": description,
            "length": length,
            "user_arn": user_arn,
            "user_name": user_name,
        }
        if acknowledgments is not None:
            self._values["acknowledgments"] = acknowledgments
        if encryption_key is not None:
            self._values["encryption_key"] = encryption_key

    @builtins.property
    def description(self) -> builtins.str:
        '''Description of the secret.'''
        result = self._values.get("description")
        assert result is not None, "Required property 'description' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def length(self) -> jsii.Number:
        '''Length of the generated password.'''
        result = self._values.get("length")
        assert result is not None, "Required property 'length' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def user_arn(self) -> builtins.str:
        '''The ``user_arn`` field (the format of ElastiCache's password rotation).'''
        result = self._values.get("user_arn")
        assert result is not None, "Required property 'user_arn' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def user_name(self) -> builtins.str:
        '''The ``username`` field written next to the password.'''
        result = self._values.get("user_name")
        assert result is not None, "Required property 'user_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def acknowledgments(
        self,
    ) -> typing.Optional[typing.List[typing.List[builtins.str]]]:
        '''Validation findings to acknowledge on the secret, as [id, reason] pairs.

        :default: none
        '''
        result = self._values.get("acknowledgments")
        return typing.cast(typing.Optional[typing.List[typing.List[builtins.str]]], result)

    @builtins.property
    def encryption_key(self) -> typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"]:
        '''KMS key of the secret.

        :default: the aws/secretsmanager key
        '''
        result = self._values.get("encryption_key")
        return typing.cast(typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreGeneratedPasswordProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreGeneratedTokenProps",
    jsii_struct_bases=[],
    name_mapping={
        "description": "description",
        "exclude_characters": "excludeCharacters",
        "length": "length",
        "encryption_key": "encryptionKey",
    },
)
class CoreGeneratedTokenProps:
    def __init__(
        self,
        *,
        description: builtins.str,
        exclude_characters: builtins.str,
        length: jsii.Number,
        encryption_key: typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"] = None,
    ) -> None:
        '''The AUTH token secret to generate.

        :param description: Description of the secret.
        :param exclude_characters: Characters the token must not contain.
        :param length: Token length.
        :param encryption_key: KMS key of the secret. Default: the aws/secretsmanager key
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd53b8c96e4ba3280858d69945815c3190715ba483c2c36c8ec0323d3f52f29d)
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument exclude_characters", value=exclude_characters, expected_type=type_hints["exclude_characters"])
            check_type(argname="argument length", value=length, expected_type=type_hints["length"])
            check_type(argname="argument encryption_key", value=encryption_key, expected_type=type_hints["encryption_key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "description": description,
            "exclude_characters": exclude_characters,
            "length": length,
        }
        if encryption_key is not None:
            self._values["encryption_key"] = encryption_key

    @builtins.property
    def description(self) -> builtins.str:
        '''Description of the secret.'''
        result = self._values.get("description")
        assert result is not None, "Required property 'description' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def exclude_characters(self) -> builtins.str:
        '''Characters the token must not contain.'''
        result = self._values.get("exclude_characters")
        assert result is not None, "Required property 'exclude_characters' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def length(self) -> jsii.Number:
        '''Token length.'''
        result = self._values.get("length")
        assert result is not None, "Required property 'length' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def encryption_key(self) -> typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"]:
        '''KMS key of the secret.

        :default: the aws/secretsmanager key
        '''
        result = self._values.get("encryption_key")
        return typing.cast(typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreGeneratedTokenProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class CoreGlobalDatastore(
    _aws_cdk_ceddda9d.Resource,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreGlobalDatastore",
):
    '''A global datastore (AWS::ElastiCache::GlobalReplicationGroup): a Resource holding one CfnGlobalReplicationGroup ("Resource") whose PRIMARY member is the given replication group, named by Ref (so CloudFormation creates the group first).

    Secondaries join from their own regions' stacks through the
    replication groups' ``GlobalReplicationGroupId``.
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        props: typing.Any,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param props: a {@link CoreGlobalDatastoreProps} as a plain object.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b54238ec72b622e029ff9d8885781cf4e549d00cca5c4f70f95594b0f8c24a76)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])

    @builtins.property
    @jsii.member(jsii_name="cfnGlobalReplicationGroup")
    def cfn_global_replication_group(
        self,
    ) -> "_aws_cdk_aws_elasticache_ceddda9d.CfnGlobalReplicationGroup":
        '''The AWS::ElastiCache::GlobalReplicationGroup.'''
        return typing.cast("_aws_cdk_aws_elasticache_ceddda9d.CfnGlobalReplicationGroup", jsii.get(self, "cfnGlobalReplicationGroup"))

    @builtins.property
    @jsii.member(jsii_name="globalReplicationGroupId")
    def global_replication_group_id(self) -> builtins.str:
        '''The datastore's id (the service's regional prefix plus the suffix), known at deploy time.'''
        return typing.cast(builtins.str, jsii.get(self, "globalReplicationGroupId"))

    @builtins.property
    @jsii.member(jsii_name="primaryRegion")
    def primary_region(self) -> builtins.str:
        '''The primary's region: its stack's (a token in an environment-agnostic stack).'''
        return typing.cast(builtins.str, jsii.get(self, "primaryRegion"))


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreGlobalDatastoreProps",
    jsii_struct_bases=[],
    name_mapping={
        "primary": "primary",
        "properties": "properties",
        "removal_policy": "removalPolicy",
    },
)
class CoreGlobalDatastoreProps:
    def __init__(
        self,
        *,
        primary: "CoreReplicationGroup",
        properties: typing.Any,
        removal_policy: typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"] = None,
    ) -> None:
        '''Inputs of {@link CoreGlobalDatastore}.

        :param primary: The primary replication group (in this datastore's stack).
        :param properties: The CfnGlobalReplicationGroup's properties (camelCase) that Python rendered, without ``members``.
        :param removal_policy: Removal policy of the datastore. Default: CloudFormation's (delete)
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__788da2edcfb5a2a28ea275ac1aed9ad9744cbaa42aa0f6001758f778991d4112)
            check_type(argname="argument primary", value=primary, expected_type=type_hints["primary"])
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
            check_type(argname="argument removal_policy", value=removal_policy, expected_type=type_hints["removal_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "primary": primary,
            "properties": properties,
        }
        if removal_policy is not None:
            self._values["removal_policy"] = removal_policy

    @builtins.property
    def primary(self) -> "CoreReplicationGroup":
        '''The primary replication group (in this datastore's stack).'''
        result = self._values.get("primary")
        assert result is not None, "Required property 'primary' is missing"
        return typing.cast("CoreReplicationGroup", result)

    @builtins.property
    def properties(self) -> typing.Any:
        '''The CfnGlobalReplicationGroup's properties (camelCase) that Python rendered, without ``members``.'''
        result = self._values.get("properties")
        assert result is not None, "Required property 'properties' is missing"
        return typing.cast(typing.Any, result)

    @builtins.property
    def removal_policy(self) -> typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"]:
        '''Removal policy of the datastore.

        :default: CloudFormation's (delete)
        '''
        result = self._values.get("removal_policy")
        return typing.cast(typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreGlobalDatastoreProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class CoreGrants(metaclass=jsii.JSIIMeta, jsii_type="elasticache-kit-core.CoreGrants"):
    '''Grants, with plain arguments (one call, no struct to build and check on the Python side).'''

    @jsii.member(jsii_name="onPrincipal")
    @builtins.classmethod
    def on_principal(
        cls,
        grantee: "_aws_cdk_aws_iam_ceddda9d.IGrantable",
        actions: typing.Sequence[builtins.str],
        resource_arns: typing.Sequence[builtins.str],
    ) -> "_aws_cdk_aws_iam_ceddda9d.Grant":
        '''Allow ``grantee`` the ``actions`` on exactly ``resourceArns``.

        :param grantee: -
        :param actions: -
        :param resource_arns: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d11a6184b3dbfb0f0f2e4901ef8d978a0a2c77a344f371459cd05537e7605159)
            check_type(argname="argument grantee", value=grantee, expected_type=type_hints["grantee"])
            check_type(argname="argument actions", value=actions, expected_type=type_hints["actions"])
            check_type(argname="argument resource_arns", value=resource_arns, expected_type=type_hints["resource_arns"])
        return typing.cast("_aws_cdk_aws_iam_ceddda9d.Grant", jsii.sinvoke(cls, "onPrincipal", [grantee, actions, resource_arns]))

    @jsii.member(jsii_name="onPrincipalWithConditions")
    @builtins.classmethod
    def on_principal_with_conditions(
        cls,
        grantee: "_aws_cdk_aws_iam_ceddda9d.IGrantable",
        actions: typing.Sequence[builtins.str],
        resource_arns: typing.Sequence[builtins.str],
        conditions: typing.Any,
    ) -> "_aws_cdk_aws_iam_ceddda9d.Grant":
        '''Allow ``grantee`` the ``actions`` on exactly ``resourceArns`` under ``conditions`` (an IAM Condition block).

        :param grantee: -
        :param actions: -
        :param resource_arns: -
        :param conditions: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e8b6903d0144ba7e5075fbd65619245a0eaea84e570f5dc9fcb8951a432f7776)
            check_type(argname="argument grantee", value=grantee, expected_type=type_hints["grantee"])
            check_type(argname="argument actions", value=actions, expected_type=type_hints["actions"])
            check_type(argname="argument resource_arns", value=resource_arns, expected_type=type_hints["resource_arns"])
            check_type(argname="argument conditions", value=conditions, expected_type=type_hints["conditions"])
        return typing.cast("_aws_cdk_aws_iam_ceddda9d.Grant", jsii.sinvoke(cls, "onPrincipalWithConditions", [grantee, actions, resource_arns, conditions]))


@jsii.implements(_aws_cdk_aws_ec2_ceddda9d.IConnectable)
class CoreImportedResource(
    _aws_cdk_ceddda9d.Resource,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreImportedResource",
):
    '''A construct that exists outside this app (a cache, replication group or cluster): a Resource with the Connections over the security groups it was imported with.

    The base of the imported classes of each domain.
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        props: typing.Any,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param props: a {@link CoreImportedResourceProps} as a plain object.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dfa91eb493b087ea8989da61344c3939662822e52c4b0d188e221c950f501daf)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])

    @builtins.property
    @jsii.member(jsii_name="connections")
    def connections(self) -> "_aws_cdk_aws_ec2_ceddda9d.Connections":
        '''Network access to the resource (default port: its client ports, if known).'''
        return typing.cast("_aws_cdk_aws_ec2_ceddda9d.Connections", jsii.get(self, "connections"))


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreImportedResourceProps",
    jsii_struct_bases=[],
    name_mapping={"client_ports": "clientPorts", "security_groups": "securityGroups"},
)
class CoreImportedResourceProps:
    def __init__(
        self,
        *,
        client_ports: typing.Optional[typing.Sequence[jsii.Number]] = None,
        security_groups: typing.Optional[typing.Sequence["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]] = None,
    ) -> None:
        '''Inputs of {@link CoreImportedResource}.

        :param client_ports: The TCP ports its default port covers (lowest to highest). Default: no default port (unknown)
        :param security_groups: Its security groups. Default: none
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__63a35478162ec1284c2c4cc65ccdba79c754b2ac3422b576d09698e0d2cc46bf)
            check_type(argname="argument client_ports", value=client_ports, expected_type=type_hints["client_ports"])
            check_type(argname="argument security_groups", value=security_groups, expected_type=type_hints["security_groups"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if client_ports is not None:
            self._values["client_ports"] = client_ports
        if security_groups is not None:
            self._values["security_groups"] = security_groups

    @builtins.property
    def client_ports(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''The TCP ports its default port covers (lowest to highest).

        :default: no default port (unknown)
        '''
        result = self._values.get("client_ports")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def security_groups(
        self,
    ) -> typing.Optional[typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]]:
        '''Its security groups.

        :default: none
        '''
        result = self._values.get("security_groups")
        return typing.cast(typing.Optional[typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreImportedResourceProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class CoreImportedServerlessCache(
    CoreImportedResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreImportedServerlessCache",
):
    '''A serverless cache that exists outside this app: a {@link CoreImportedResource} whose client ports are its engine's (if known).'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        props: typing.Any,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param props: a {@link CoreImportedResourceProps} as a plain object.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6b7d07e6d2896c4181d81f2e61d45182752be56fc34cb6109ede8dae918a497a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])


class CoreInterfaceEndpoint(
    CoreConnectableResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreInterfaceEndpoint",
):
    '''An interface (or resource) VPC endpoint: a {@link CoreConnectableResource} holding a CfnVPCEndpoint ("Resource") in the construct's security groups.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        props: typing.Any,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param props: a {@link CoreInterfaceEndpointProps} as a plain object (a subclass's props, which it has checked itself, when called from one).
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0123fd38642651a17bbdbf3b8057e208056d991ee45bda884501d4507672e181)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])

    @builtins.property
    @jsii.member(jsii_name="cfnVpcEndpoint")
    def cfn_vpc_endpoint(self) -> "_aws_cdk_aws_ec2_ceddda9d.CfnVPCEndpoint":
        '''The AWS::EC2::VPCEndpoint.'''
        return typing.cast("_aws_cdk_aws_ec2_ceddda9d.CfnVPCEndpoint", jsii.get(self, "cfnVpcEndpoint"))


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreInterfaceEndpointProps",
    jsii_struct_bases=[CoreConnectableResourceProps],
    name_mapping={
        "security_group_description": "securityGroupDescription",
        "vpc": "vpc",
        "default_ports": "defaultPorts",
        "egress": "egress",
        "ingress": "ingress",
        "public_name": "publicName",
        "security_groups": "securityGroups",
        "endpoint_properties": "endpointProperties",
    },
)
class CoreInterfaceEndpointProps(CoreConnectableResourceProps):
    def __init__(
        self,
        *,
        security_group_description: builtins.str,
        vpc: "_aws_cdk_aws_ec2_ceddda9d.IVpc",
        default_ports: typing.Optional[typing.Sequence[jsii.Number]] = None,
        egress: typing.Optional[typing.Sequence[typing.Union["CoreRule", typing.Dict[builtins.str, typing.Any]]]] = None,
        ingress: typing.Optional[typing.Sequence[typing.Union["CoreRule", typing.Dict[builtins.str, typing.Any]]]] = None,
        public_name: typing.Optional[builtins.str] = None,
        security_groups: typing.Optional[typing.Sequence["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]] = None,
        endpoint_properties: typing.Any,
    ) -> None:
        '''Inputs of {@link CoreInterfaceEndpoint}.

        :param security_group_description: Description of its own security group.
        :param vpc: The VPC of the construct's own security group.
        :param default_ports: The TCP ports the default port covers (lowest to highest). Default: no default port
        :param egress: Egress rules of its own security group (it allows no other outbound traffic). Default: none
        :param ingress: Ingress rules of its own security group. Default: none
        :param public_name: The public class aws-cdk-lib names it by (``NatBastion``). Default: the JavaScript class
        :param security_groups: More security groups, after its own. Default: none
        :param endpoint_properties: The CfnVPCEndpoint's properties (camelCase) without ``vpcId`` and ``securityGroupIds``.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1854c5eb387cf22b1a8cba19c3884b00cd8c8a4d14de5dc7151254f18ebecad6)
            check_type(argname="argument security_group_description", value=security_group_description, expected_type=type_hints["security_group_description"])
            check_type(argname="argument vpc", value=vpc, expected_type=type_hints["vpc"])
            check_type(argname="argument default_ports", value=default_ports, expected_type=type_hints["default_ports"])
            check_type(argname="argument egress", value=egress, expected_type=type_hints["egress"])
            check_type(argname="argument ingress", value=ingress, expected_type=type_hints["ingress"])
            check_type(argname="argument public_name", value=public_name, expected_type=type_hints["public_name"])
            check_type(argname="argument security_groups", value=security_groups, expected_type=type_hints["security_groups"])
            check_type(argname="argument endpoint_properties", value=endpoint_properties, expected_type=type_hints["endpoint_properties"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "security_group_description": security_group_description,
            "vpc": vpc,
            "endpoint_properties": endpoint_properties,
        }
        if default_ports is not None:
            self._values["default_ports"] = default_ports
        if egress is not None:
            self._values["egress"] = egress
        if ingress is not None:
            self._values["ingress"] = ingress
        if public_name is not None:
            self._values["public_name"] = public_name
        if security_groups is not None:
            self._values["security_groups"] = security_groups

    @builtins.property
    def security_group_description(self) -> builtins.str:
        '''Description of its own security group.'''
        result = self._values.get("security_group_description")
        assert result is not None, "Required property 'security_group_description' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def vpc(self) -> "_aws_cdk_aws_ec2_ceddda9d.IVpc":
        '''The VPC of the construct's own security group.'''
        result = self._values.get("vpc")
        assert result is not None, "Required property 'vpc' is missing"
        return typing.cast("_aws_cdk_aws_ec2_ceddda9d.IVpc", result)

    @builtins.property
    def default_ports(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''The TCP ports the default port covers (lowest to highest).

        :default: no default port
        '''
        result = self._values.get("default_ports")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def egress(self) -> typing.Optional[typing.List["CoreRule"]]:
        '''Egress rules of its own security group (it allows no other outbound traffic).

        :default: none
        '''
        result = self._values.get("egress")
        return typing.cast(typing.Optional[typing.List["CoreRule"]], result)

    @builtins.property
    def ingress(self) -> typing.Optional[typing.List["CoreRule"]]:
        '''Ingress rules of its own security group.

        :default: none
        '''
        result = self._values.get("ingress")
        return typing.cast(typing.Optional[typing.List["CoreRule"]], result)

    @builtins.property
    def public_name(self) -> typing.Optional[builtins.str]:
        '''The public class aws-cdk-lib names it by (``NatBastion``).

        :default: the JavaScript class
        '''
        result = self._values.get("public_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_groups(
        self,
    ) -> typing.Optional[typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]]:
        '''More security groups, after its own.

        :default: none
        '''
        result = self._values.get("security_groups")
        return typing.cast(typing.Optional[typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]], result)

    @builtins.property
    def endpoint_properties(self) -> typing.Any:
        '''The CfnVPCEndpoint's properties (camelCase) without ``vpcId`` and ``securityGroupIds``.'''
        result = self._values.get("endpoint_properties")
        assert result is not None, "Required property 'endpoint_properties' is missing"
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreInterfaceEndpointProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreLogDelivery",
    jsii_struct_bases=[],
    name_mapping={
        "log_format": "logFormat",
        "log_type": "logType",
        "encryption_key": "encryptionKey",
        "firehose_stream_name": "firehoseStreamName",
        "log_group": "logGroup",
        "retention": "retention",
    },
)
class CoreLogDelivery:
    def __init__(
        self,
        *,
        log_format: builtins.str,
        log_type: builtins.str,
        encryption_key: typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"] = None,
        firehose_stream_name: typing.Optional[builtins.str] = None,
        log_group: typing.Optional["_aws_cdk_aws_logs_ceddda9d.ILogGroup"] = None,
        retention: typing.Optional["_aws_cdk_aws_logs_ceddda9d.RetentionDays"] = None,
    ) -> None:
        '''One log delivery: to a log group (given, or created here) or a Firehose stream.

        :param log_format: ``json`` or ``text``.
        :param log_type: ``slow-log`` or ``engine-log``.
        :param encryption_key: KMS key of the log group created here. Default: CloudWatch Logs' own
        :param firehose_stream_name: Name of a Kinesis Data Firehose delivery stream to deliver to instead. Default: none
        :param log_group: A log group to deliver to. Default: created here unless ``firehoseStreamName``
        :param retention: Retention of the log group created here. Default: one year
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b4ee2caca779c9d6105439f84ecbdfdccb960954256795cdf710fb26b71b2ce5)
            check_type(argname="argument log_format", value=log_format, expected_type=type_hints["log_format"])
            check_type(argname="argument log_type", value=log_type, expected_type=type_hints["log_type"])
            check_type(argname="argument encryption_key", value=encryption_key, expected_type=type_hints["encryption_key"])
            check_type(argname="argument firehose_stream_name", value=firehose_stream_name, expected_type=type_hints["firehose_stream_name"])
            check_type(argname="argument log_group", value=log_group, expected_type=type_hints["log_group"])
            check_type(argname="argument retention", value=retention, expected_type=type_hints["retention"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "log_format": log_format,
            "log_type": log_type,
        }
        if encryption_key is not None:
            self._values["encryption_key"] = encryption_key
        if firehose_stream_name is not None:
            self._values["firehose_stream_name"] = firehose_stream_name
        if log_group is not None:
            self._values["log_group"] = log_group
        if retention is not None:
            self._values["retention"] = retention

    @builtins.property
    def log_format(self) -> builtins.str:
        '''``json`` or ``text``.'''
        result = self._values.get("log_format")
        assert result is not None, "Required property 'log_format' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def log_type(self) -> builtins.str:
        '''``slow-log`` or ``engine-log``.'''
        result = self._values.get("log_type")
        assert result is not None, "Required property 'log_type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def encryption_key(self) -> typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"]:
        '''KMS key of the log group created here.

        :default: CloudWatch Logs' own
        '''
        result = self._values.get("encryption_key")
        return typing.cast(typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"], result)

    @builtins.property
    def firehose_stream_name(self) -> typing.Optional[builtins.str]:
        '''Name of a Kinesis Data Firehose delivery stream to deliver to instead.

        :default: none
        '''
        result = self._values.get("firehose_stream_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_group(self) -> typing.Optional["_aws_cdk_aws_logs_ceddda9d.ILogGroup"]:
        '''A log group to deliver to.

        :default: created here unless ``firehoseStreamName``
        '''
        result = self._values.get("log_group")
        return typing.cast(typing.Optional["_aws_cdk_aws_logs_ceddda9d.ILogGroup"], result)

    @builtins.property
    def retention(self) -> typing.Optional["_aws_cdk_aws_logs_ceddda9d.RetentionDays"]:
        '''Retention of the log group created here.

        :default: one year
        '''
        result = self._values.get("retention")
        return typing.cast(typing.Optional["_aws_cdk_aws_logs_ceddda9d.RetentionDays"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreLogDelivery(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class CoreMarkers(
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreMarkers",
):
    '''The markers created constructs carry: ``Symbol.for('elasticache-kit.KIND')`` properties (KIND: ServerlessCache, IamUser, PasswordUser, NoPasswordUser, UserGroup, ReplicationGroup, MemcachedCluster, SubnetGroup, ParameterGroup, GlobalDatastore), so the test works across copies of the library, as the alpha module's ``isServerlessCache`` does with its own symbol.'''

    @jsii.member(jsii_name="has")
    @builtins.classmethod
    def has(cls, x: typing.Any, kind: builtins.str) -> builtins.bool:
        '''Whether ``x`` is a construct of ``kind`` created by this library (not an import).

        :param x: -
        :param kind: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ff451fd8321604ea6a6af5aadcbd1916ec76f0b6dcfb22fec7c681323dd70971)
            check_type(argname="argument x", value=x, expected_type=type_hints["x"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
        return typing.cast(builtins.bool, jsii.sinvoke(cls, "has", [x, kind]))


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreMetricSpec",
    jsii_struct_bases=[],
    name_mapping={
        "dimensions": "dimensions",
        "metric_name": "metricName",
        "period_seconds": "periodSeconds",
        "statistic": "statistic",
        "id": "id",
        "label": "label",
    },
)
class CoreMetricSpec:
    def __init__(
        self,
        *,
        dimensions: typing.Mapping[builtins.str, builtins.str],
        metric_name: builtins.str,
        period_seconds: jsii.Number,
        statistic: builtins.str,
        id: typing.Optional[builtins.str] = None,
        label: typing.Optional[builtins.str] = None,
    ) -> None:
        '''One metric, as Python describes it.

        :param dimensions: Its dimensions.
        :param metric_name: The metric's name (namespace AWS/ElastiCache).
        :param period_seconds: The period in seconds.
        :param statistic: The statistic (``Average``, ``p99``...).
        :param id: Id in a math expression. Default: none
        :param label: Legend label. Default: CloudWatch's
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d888fdd710fa102da84c2115bb71e9cccac3e156efcd9fe5ee6f893291c50f4a)
            check_type(argname="argument dimensions", value=dimensions, expected_type=type_hints["dimensions"])
            check_type(argname="argument metric_name", value=metric_name, expected_type=type_hints["metric_name"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument statistic", value=statistic, expected_type=type_hints["statistic"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument label", value=label, expected_type=type_hints["label"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "dimensions": dimensions,
            "metric_name": metric_name,
            "period_seconds": period_seconds,
            "statistic": statistic,
        }
        if id is not None:
            self._values["id"] = id
        if label is not None:
            self._values["label"] = label

    @builtins.property
    def dimensions(self) -> typing.Mapping[builtins.str, builtins.str]:
        '''Its dimensions.'''
        result = self._values.get("dimensions")
        assert result is not None, "Required property 'dimensions' is missing"
        return typing.cast(typing.Mapping[builtins.str, builtins.str], result)

    @builtins.property
    def metric_name(self) -> builtins.str:
        '''The metric's name (namespace AWS/ElastiCache).'''
        result = self._values.get("metric_name")
        assert result is not None, "Required property 'metric_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def period_seconds(self) -> jsii.Number:
        '''The period in seconds.'''
        result = self._values.get("period_seconds")
        assert result is not None, "Required property 'period_seconds' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def statistic(self) -> builtins.str:
        '''The statistic (``Average``, ``p99``...).'''
        result = self._values.get("statistic")
        assert result is not None, "Required property 'statistic' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Id in a math expression.

        :default: none
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def label(self) -> typing.Optional[builtins.str]:
        '''Legend label.

        :default: CloudWatch's
        '''
        result = self._values.get("label")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreMetricSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class CoreMetrics(
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreMetrics",
):
    '''Metrics, with plain arguments (one call;

    a MetricProps struct and a Duration would cost Python two).
    '''

    @jsii.member(jsii_name="metric")
    @builtins.classmethod
    def metric(
        cls,
        namespace: builtins.str,
        metric_name: builtins.str,
        dimension_name: builtins.str,
        dimension_value: builtins.str,
        statistic: builtins.str,
        period_seconds: jsii.Number,
    ) -> "_aws_cdk_aws_cloudwatch_ceddda9d.Metric":
        '''The ``statistic`` of ``metricName`` in ``namespace`` over ``periodSeconds``, for one dimension value.

        :param namespace: -
        :param metric_name: -
        :param dimension_name: -
        :param dimension_value: -
        :param statistic: -
        :param period_seconds: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__40e0ea617af1d63ca1957db99df870765686933e739c6b2a0945f02593b2f48b)
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument metric_name", value=metric_name, expected_type=type_hints["metric_name"])
            check_type(argname="argument dimension_name", value=dimension_name, expected_type=type_hints["dimension_name"])
            check_type(argname="argument dimension_value", value=dimension_value, expected_type=type_hints["dimension_value"])
            check_type(argname="argument statistic", value=statistic, expected_type=type_hints["statistic"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
        return typing.cast("_aws_cdk_aws_cloudwatch_ceddda9d.Metric", jsii.sinvoke(cls, "metric", [namespace, metric_name, dimension_name, dimension_value, statistic, period_seconds]))


class CoreNetwork(
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreNetwork",
):
    '''Subnet choices that would cost Python several calls each.'''

    @jsii.member(jsii_name="defaultSubnetIds")
    @builtins.classmethod
    def default_subnet_ids(
        cls,
        vpc: "_aws_cdk_aws_ec2_ceddda9d.IVpc",
    ) -> typing.List[builtins.str]:
        '''Ids of the VPC's private subnets with egress, else of its isolated subnets, one per AZ.

        Kinds the VPC lacks are skipped rather than selected
        (selecting one throws). A VPC with neither is an input error.

        :param vpc: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba38bc837b0675956dc9f23f878f2d3ca5faa7320b6848abf97e131803fec76a)
            check_type(argname="argument vpc", value=vpc, expected_type=type_hints["vpc"])
        return typing.cast(typing.List[builtins.str], jsii.sinvoke(cls, "defaultSubnetIds", [vpc]))


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreNodeClusterProps",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "properties": "properties",
        "security_group_description": "securityGroupDescription",
        "vpc": "vpc",
        "logs": "logs",
        "notification_topic": "notificationTopic",
        "parameter_group": "parameterGroup",
        "parameter_group_properties": "parameterGroupProperties",
        "removal_policy": "removalPolicy",
        "security_groups": "securityGroups",
        "subnet_group": "subnetGroup",
        "subnet_group_properties": "subnetGroupProperties",
        "warnings": "warnings",
    },
)
class CoreNodeClusterProps:
    def __init__(
        self,
        *,
        port: jsii.Number,
        properties: typing.Any,
        security_group_description: builtins.str,
        vpc: "_aws_cdk_aws_ec2_ceddda9d.IVpc",
        logs: typing.Optional[typing.Sequence[typing.Union["CoreLogDelivery", typing.Dict[builtins.str, typing.Any]]]] = None,
        notification_topic: typing.Optional["_aws_cdk_aws_sns_ceddda9d.ITopic"] = None,
        parameter_group: typing.Optional[typing.Union[builtins.str, "CoreParameterGroup"]] = None,
        parameter_group_properties: typing.Any = None,
        removal_policy: typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"] = None,
        security_groups: typing.Optional[typing.Sequence["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]] = None,
        subnet_group: typing.Optional[typing.Union[builtins.str, "CoreSubnetGroup"]] = None,
        subnet_group_properties: typing.Any = None,
        warnings: typing.Optional[typing.Sequence[typing.Sequence[builtins.str]]] = None,
    ) -> None:
        '''Inputs of {@link CoreCacheCluster}, and what replication groups share with it.

        :param port: The engine port: the default port of ``connections``.
        :param properties: Properties of the L1 (camelCase) that Python rendered; references are added here.
        :param security_group_description: Description of the security group created when none is given.
        :param vpc: The VPC of the security group created when none is given.
        :param logs: Log deliveries. Default: none
        :param notification_topic: The SNS topic for events. Default: none
        :param parameter_group: A parameter group created by the user (by Ref) or a parameter group name. Default: ``parameterGroupProperties``
        :param parameter_group_properties: Properties of the parameter group to create ("ParameterGroup"). Default: the engine's default group
        :param removal_policy: Removal policy of the group. Default: CloudFormation's (delete)
        :param security_groups: Security groups to use. Default: a new one
        :param subnet_group: A subnet group created by the user (by Ref) or a subnet group name. Default: ``subnetGroupProperties``
        :param subnet_group_properties: Properties of the subnet group to create ("SubnetGroup"). Default: none
        :param warnings: Synth warnings (acknowledgeable) to add, as [id, message] pairs. Default: none
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a85f81bb17fc05aca2325b1a1ad4a2fb1f9d8a041a46089ee6fcc30bb2c4f8c0)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
            check_type(argname="argument security_group_description", value=security_group_description, expected_type=type_hints["security_group_description"])
            check_type(argname="argument vpc", value=vpc, expected_type=type_hints["vpc"])
            check_type(argname="argument logs", value=logs, expected_type=type_hints["logs"])
            check_type(argname="argument notification_topic", value=notification_topic, expected_type=type_hints["notification_topic"])
            check_type(argname="argument parameter_group", value=parameter_group, expected_type=type_hints["parameter_group"])
            check_type(argname="argument parameter_group_properties", value=parameter_group_properties, expected_type=type_hints["parameter_group_properties"])
            check_type(argname="argument removal_policy", value=removal_policy, expected_type=type_hints["removal_policy"])
            check_type(argname="argument security_groups", value=security_groups, expected_type=type_hints["security_groups"])
            check_type(argname="argument subnet_group", value=subnet_group, expected_type=type_hints["subnet_group"])
            check_type(argname="argument subnet_group_properties", value=subnet_group_properties, expected_type=type_hints["subnet_group_properties"])
            check_type(argname="argument warnings", value=warnings, expected_type=type_hints["warnings"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
            "properties": properties,
            "security_group_description": security_group_description,
            "vpc": vpc,
        }
        if logs is not None:
            self._values["logs"] = logs
        if notification_topic is not None:
            self._values["notification_topic"] = notification_topic
        if parameter_group is not None:
            self._values["parameter_group"] = parameter_group
        if parameter_group_properties is not None:
            self._values["parameter_group_properties"] = parameter_group_properties
        if removal_policy is not None:
            self._values["removal_policy"] = removal_policy
        if security_groups is not None:
            self._values["security_groups"] = security_groups
        if subnet_group is not None:
            self._values["subnet_group"] = subnet_group
        if subnet_group_properties is not None:
            self._values["subnet_group_properties"] = subnet_group_properties
        if warnings is not None:
            self._values["warnings"] = warnings

    @builtins.property
    def port(self) -> jsii.Number:
        '''The engine port: the default port of ``connections``.'''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def properties(self) -> typing.Any:
        '''Properties of the L1 (camelCase) that Python rendered;

        references are added here.
        '''
        result = self._values.get("properties")
        assert result is not None, "Required property 'properties' is missing"
        return typing.cast(typing.Any, result)

    @builtins.property
    def security_group_description(self) -> builtins.str:
        '''Description of the security group created when none is given.'''
        result = self._values.get("security_group_description")
        assert result is not None, "Required property 'security_group_description' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def vpc(self) -> "_aws_cdk_aws_ec2_ceddda9d.IVpc":
        '''The VPC of the security group created when none is given.'''
        result = self._values.get("vpc")
        assert result is not None, "Required property 'vpc' is missing"
        return typing.cast("_aws_cdk_aws_ec2_ceddda9d.IVpc", result)

    @builtins.property
    def logs(self) -> typing.Optional[typing.List["CoreLogDelivery"]]:
        '''Log deliveries.

        :default: none
        '''
        result = self._values.get("logs")
        return typing.cast(typing.Optional[typing.List["CoreLogDelivery"]], result)

    @builtins.property
    def notification_topic(self) -> typing.Optional["_aws_cdk_aws_sns_ceddda9d.ITopic"]:
        '''The SNS topic for events.

        :default: none
        '''
        result = self._values.get("notification_topic")
        return typing.cast(typing.Optional["_aws_cdk_aws_sns_ceddda9d.ITopic"], result)

    @builtins.property
    def parameter_group(
        self,
    ) -> typing.Optional[typing.Union[builtins.str, "CoreParameterGroup"]]:
        '''A parameter group created by the user (by Ref) or a parameter group name.

        :default: ``parameterGroupProperties``
        '''
        result = self._values.get("parameter_group")
        return typing.cast(typing.Optional[typing.Union[builtins.str, "CoreParameterGroup"]], result)

    @builtins.property
    def parameter_group_properties(self) -> typing.Any:
        '''Properties of the parameter group to create ("ParameterGroup").

        :default: the engine's default group
        '''
        result = self._values.get("parameter_group_properties")
        return typing.cast(typing.Any, result)

    @builtins.property
    def removal_policy(self) -> typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"]:
        '''Removal policy of the group.

        :default: CloudFormation's (delete)
        '''
        result = self._values.get("removal_policy")
        return typing.cast(typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"], result)

    @builtins.property
    def security_groups(
        self,
    ) -> typing.Optional[typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]]:
        '''Security groups to use.

        :default: a new one
        '''
        result = self._values.get("security_groups")
        return typing.cast(typing.Optional[typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]], result)

    @builtins.property
    def subnet_group(
        self,
    ) -> typing.Optional[typing.Union[builtins.str, "CoreSubnetGroup"]]:
        '''A subnet group created by the user (by Ref) or a subnet group name.

        :default: ``subnetGroupProperties``
        '''
        result = self._values.get("subnet_group")
        return typing.cast(typing.Optional[typing.Union[builtins.str, "CoreSubnetGroup"]], result)

    @builtins.property
    def subnet_group_properties(self) -> typing.Any:
        '''Properties of the subnet group to create ("SubnetGroup").

        :default: none
        '''
        result = self._values.get("subnet_group_properties")
        return typing.cast(typing.Any, result)

    @builtins.property
    def warnings(self) -> typing.Optional[typing.List[typing.List[builtins.str]]]:
        '''Synth warnings (acknowledgeable) to add, as [id, message] pairs.

        :default: none
        '''
        result = self._values.get("warnings")
        return typing.cast(typing.Optional[typing.List[typing.List[builtins.str]]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreNodeClusterProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class CoreParameterGroup(
    _aws_cdk_ceddda9d.Resource,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreParameterGroup",
):
    '''An ElastiCache parameter group: a Resource holding one CfnParameterGroup ("Resource").'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        props: typing.Any,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param props: a {@link CoreParameterGroupProps} as a plain object.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__04bd15f9eea890708822ccb9907902cd29ee72676eded3d7149b53f07173128b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="replaceParameters")
    def replace_parameters(self, parameters: typing.Any) -> None:
        '''Replace the parameters (``Properties``) with ``parameters``.

        :param parameters: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__caff8b4036e8bf883206d844b43d90c38c62e60fb2d76334bb15552873fbc152)
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
        return typing.cast(None, jsii.invoke(self, "replaceParameters", [parameters]))

    @builtins.property
    @jsii.member(jsii_name="cfnParameterGroup")
    def cfn_parameter_group(
        self,
    ) -> "_aws_cdk_aws_elasticache_ceddda9d.CfnParameterGroup":
        '''The AWS::ElastiCache::ParameterGroup.'''
        return typing.cast("_aws_cdk_aws_elasticache_ceddda9d.CfnParameterGroup", jsii.get(self, "cfnParameterGroup"))


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreParameterGroupProps",
    jsii_struct_bases=[],
    name_mapping={"properties": "properties"},
)
class CoreParameterGroupProps:
    def __init__(self, *, properties: typing.Any) -> None:
        '''Inputs of {@link CoreParameterGroup}.

        :param properties: The CfnParameterGroup's properties (camelCase) that Python rendered.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a6878b89785288e8470ce5f563110f369b33284048bab7bfd31a53c014269331)
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "properties": properties,
        }

    @builtins.property
    def properties(self) -> typing.Any:
        '''The CfnParameterGroup's properties (camelCase) that Python rendered.'''
        result = self._values.get("properties")
        assert result is not None, "Required property 'properties' is missing"
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreParameterGroupProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class CoreRedisCloudEndpoint(
    CoreInterfaceEndpoint,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreRedisCloudEndpoint",
):
    '''The Resource-type VPC endpoint to a Redis Cloud PrivateLink: a {@link CoreInterfaceEndpoint} on the link's resource configuration, whose ingress rules without a peer come from the VPC's CIDR block, read here (an imported VPC without one is an input error).'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        props: typing.Any,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param props: a {@link CoreRedisCloudEndpointProps} as a plain object; an ingress rule with neither ``peer`` nor ``cidr`` is from the VPC's CIDR block
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c1f07361916180d19d258ba7b960c3a9da109b5d390a911ed4d4b103a8fabbd2)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])

    @builtins.property
    @jsii.member(jsii_name="vpcEndpointId")
    def vpc_endpoint_id(self) -> builtins.str:
        '''The endpoint's id (``vpce-...``).'''
        return typing.cast(builtins.str, jsii.get(self, "vpcEndpointId"))


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreRedisCloudEndpointProps",
    jsii_struct_bases=[CoreInterfaceEndpointProps],
    name_mapping={
        "security_group_description": "securityGroupDescription",
        "vpc": "vpc",
        "default_ports": "defaultPorts",
        "egress": "egress",
        "ingress": "ingress",
        "public_name": "publicName",
        "security_groups": "securityGroups",
        "endpoint_properties": "endpointProperties",
        "link": "link",
    },
)
class CoreRedisCloudEndpointProps(CoreInterfaceEndpointProps):
    def __init__(
        self,
        *,
        security_group_description: builtins.str,
        vpc: "_aws_cdk_aws_ec2_ceddda9d.IVpc",
        default_ports: typing.Optional[typing.Sequence[jsii.Number]] = None,
        egress: typing.Optional[typing.Sequence[typing.Union["CoreRule", typing.Dict[builtins.str, typing.Any]]]] = None,
        ingress: typing.Optional[typing.Sequence[typing.Union["CoreRule", typing.Dict[builtins.str, typing.Any]]]] = None,
        public_name: typing.Optional[builtins.str] = None,
        security_groups: typing.Optional[typing.Sequence["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]] = None,
        endpoint_properties: typing.Any,
        link: "CoreRedisCloudPrivateLink",
    ) -> None:
        '''Inputs of {@link CoreRedisCloudEndpoint}.

        :param security_group_description: Description of its own security group.
        :param vpc: The VPC of the construct's own security group.
        :param default_ports: The TCP ports the default port covers (lowest to highest). Default: no default port
        :param egress: Egress rules of its own security group (it allows no other outbound traffic). Default: none
        :param ingress: Ingress rules of its own security group. Default: none
        :param public_name: The public class aws-cdk-lib names it by (``NatBastion``). Default: the JavaScript class
        :param security_groups: More security groups, after its own. Default: none
        :param endpoint_properties: The CfnVPCEndpoint's properties (camelCase) without ``vpcId`` and ``securityGroupIds``.
        :param link: The link; its ResourceConfigurationArn is the endpoint's.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bb431270bb62cf6132ceaaf910e7cfc17d744e97883bca765d073817fa67da8b)
            check_type(argname="argument security_group_description", value=security_group_description, expected_type=type_hints["security_group_description"])
            check_type(argname="argument vpc", value=vpc, expected_type=type_hints["vpc"])
            check_type(argname="argument default_ports", value=default_ports, expected_type=type_hints["default_ports"])
            check_type(argname="argument egress", value=egress, expected_type=type_hints["egress"])
            check_type(argname="argument ingress", value=ingress, expected_type=type_hints["ingress"])
            check_type(argname="argument public_name", value=public_name, expected_type=type_hints["public_name"])
            check_type(argname="argument security_groups", value=security_groups, expected_type=type_hints["security_groups"])
            check_type(argname="argument endpoint_properties", value=endpoint_properties, expected_type=type_hints["endpoint_properties"])
            check_type(argname="argument link", value=link, expected_type=type_hints["link"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "security_group_description": security_group_description,
            "vpc": vpc,
            "endpoint_properties": endpoint_properties,
            "link": link,
        }
        if default_ports is not None:
            self._values["default_ports"] = default_ports
        if egress is not None:
            self._values["egress"] = egress
        if ingress is not None:
            self._values["ingress"] = ingress
        if public_name is not None:
            self._values["public_name"] = public_name
        if security_groups is not None:
            self._values["security_groups"] = security_groups

    @builtins.property
    def security_group_description(self) -> builtins.str:
        '''Description of its own security group.'''
        result = self._values.get("security_group_description")
        assert result is not None, "Required property 'security_group_description' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def vpc(self) -> "_aws_cdk_aws_ec2_ceddda9d.IVpc":
        '''The VPC of the construct's own security group.'''
        result = self._values.get("vpc")
        assert result is not None, "Required property 'vpc' is missing"
        return typing.cast("_aws_cdk_aws_ec2_ceddda9d.IVpc", result)

    @builtins.property
    def default_ports(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''The TCP ports the default port covers (lowest to highest).

        :default: no default port
        '''
        result = self._values.get("default_ports")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def egress(self) -> typing.Optional[typing.List["CoreRule"]]:
        '''Egress rules of its own security group (it allows no other outbound traffic).

        :default: none
        '''
        result = self._values.get("egress")
        return typing.cast(typing.Optional[typing.List["CoreRule"]], result)

    @builtins.property
    def ingress(self) -> typing.Optional[typing.List["CoreRule"]]:
        '''Ingress rules of its own security group.

        :default: none
        '''
        result = self._values.get("ingress")
        return typing.cast(typing.Optional[typing.List["CoreRule"]], result)

    @builtins.property
    def public_name(self) -> typing.Optional[builtins.str]:
        '''The public class aws-cdk-lib names it by (``NatBastion``).

        :default: the JavaScript class
        '''
        result = self._values.get("public_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_groups(
        self,
    ) -> typing.Optional[typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]]:
        '''More security groups, after its own.

        :default: none
        '''
        result = self._values.get("security_groups")
        return typing.cast(typing.Optional[typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]], result)

    @builtins.property
    def endpoint_properties(self) -> typing.Any:
        '''The CfnVPCEndpoint's properties (camelCase) without ``vpcId`` and ``securityGroupIds``.'''
        result = self._values.get("endpoint_properties")
        assert result is not None, "Required property 'endpoint_properties' is missing"
        return typing.cast(typing.Any, result)

    @builtins.property
    def link(self) -> "CoreRedisCloudPrivateLink":
        '''The link;

        its ResourceConfigurationArn is the endpoint's.
        '''
        result = self._values.get("link")
        assert result is not None, "Required property 'link' is missing"
        return typing.cast("CoreRedisCloudPrivateLink", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreRedisCloudEndpointProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class CoreRedisCloudPrivateLink(
    _constructs_77d1e7e8.Construct,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreRedisCloudPrivateLink",
):
    '''A Redis Cloud PrivateLink: a Construct holding the custom resource ("Resource"), the handler's role, policy, functions and log groups, and the CDK Provider framework that runs them.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        props: typing.Any,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param props: a {@link CoreRedisCloudPrivateLinkProps} as a plain object.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__11c50c79b4ef74e462900e87a77c6a01e456bb0ab069478c3849a0af69466ba8)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])

    @builtins.property
    @jsii.member(jsii_name="customResource")
    def custom_resource(self) -> "_aws_cdk_ceddda9d.CustomResource":
        '''The Custom::RedisCloudPrivateLink.'''
        return typing.cast("_aws_cdk_ceddda9d.CustomResource", jsii.get(self, "customResource"))

    @builtins.property
    @jsii.member(jsii_name="databasePorts")
    def database_ports(self) -> builtins.str:
        '''The DatabasePorts attribute.'''
        return typing.cast(builtins.str, jsii.get(self, "databasePorts"))

    @builtins.property
    @jsii.member(jsii_name="resourceConfigurationArn")
    def resource_configuration_arn(self) -> builtins.str:
        '''The ResourceConfigurationArn attribute.'''
        return typing.cast(builtins.str, jsii.get(self, "resourceConfigurationArn"))

    @builtins.property
    @jsii.member(jsii_name="resourceConfigurationId")
    def resource_configuration_id(self) -> builtins.str:
        '''The ResourceConfigurationId attribute.'''
        return typing.cast(builtins.str, jsii.get(self, "resourceConfigurationId"))

    @builtins.property
    @jsii.member(jsii_name="shareArn")
    def share_arn(self) -> builtins.str:
        '''The ShareArn attribute.'''
        return typing.cast(builtins.str, jsii.get(self, "shareArn"))


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreRedisCloudPrivateLinkProps",
    jsii_struct_bases=[],
    name_mapping={
        "api_base_url": "apiBaseUrl",
        "api_credentials": "apiCredentials",
        "asset_path": "assetPath",
        "framework_acknowledgments": "frameworkAcknowledgments",
        "handler_acknowledgments": "handlerAcknowledgments",
        "invoke_any_version_reason": "invokeAnyVersionReason",
        "properties": "properties",
        "subscription_id": "subscriptionId",
        "query_interval": "queryInterval",
        "region_id": "regionId",
        "total_timeout": "totalTimeout",
        "vpc": "vpc",
        "vpc_subnets": "vpcSubnets",
    },
)
class CoreRedisCloudPrivateLinkProps:
    def __init__(
        self,
        *,
        api_base_url: builtins.str,
        api_credentials: "_aws_cdk_aws_secretsmanager_ceddda9d.ISecret",
        asset_path: builtins.str,
        framework_acknowledgments: typing.Sequence[typing.Sequence[builtins.str]],
        handler_acknowledgments: typing.Sequence[typing.Sequence[builtins.str]],
        invoke_any_version_reason: builtins.str,
        properties: typing.Mapping[builtins.str, typing.Any],
        subscription_id: jsii.Number,
        query_interval: typing.Optional["_aws_cdk_ceddda9d.Duration"] = None,
        region_id: typing.Optional[jsii.Number] = None,
        total_timeout: typing.Optional["_aws_cdk_ceddda9d.Duration"] = None,
        vpc: typing.Optional["_aws_cdk_aws_ec2_ceddda9d.IVpc"] = None,
        vpc_subnets: typing.Any = None,
    ) -> None:
        '''Inputs of {@link CoreRedisCloudPrivateLink}.

        :param api_base_url: The API root, passed to the handler.
        :param api_credentials: The secret with the API keys (the handler reads it at run time).
        :param asset_path: Directory of the handler's Lambda code.
        :param framework_acknowledgments: cdk-nag acknowledgements on the Provider framework, as [rule, reason].
        :param handler_acknowledgments: cdk-nag acknowledgements on the construct (the handler), as [rule, reason].
        :param invoke_any_version_reason: Reason for the framework's ``lambda:InvokeFunction`` on ``FUNCTION_ARN:*`` (AwsSolutions-IAM5, one per function).
        :param properties: The custom resource's other properties (ShareName, Principals, AcceptResourceShare, DeletionPolicy).
        :param subscription_id: The Redis Cloud subscription (a number or a number token).
        :param query_interval: How often the deployment is checked. Default: 20 seconds
        :param region_id: Redis Cloud's region id of an Active-Active subscription. Default: none
        :param total_timeout: How long a deployment may wait. Default: 1 hour
        :param vpc: Run the handler in this VPC. Default: outside any VPC
        :param vpc_subnets: The handler's subnets in ``vpc``. Default: Lambda's default selection
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fe201d3f2da1f66ba4caaae3e97f1d0d12a674fde0120a26f8ce07f93b6ab776)
            check_type(argname="argument api_base_url", value=api_base_url, expected_type=type_hints["api_base_url"])
            check_type(argname="argument api_credentials", value=api_credentials, expected_type=type_hints["api_credentials"])
            check_type(argname="argument asset_path", value=asset_path, expected_type=type_hints["asset_path"])
            check_type(argname="argument framework_acknowledgments", value=framework_acknowledgments, expected_type=type_hints["framework_acknowledgments"])
            check_type(argname="argument handler_acknowledgments", value=handler_acknowledgments, expected_type=type_hints["handler_acknowledgments"])
            check_type(argname="argument invoke_any_version_reason", value=invoke_any_version_reason, expected_type=type_hints["invoke_any_version_reason"])
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
            check_type(argname="argument subscription_id", value=subscription_id, expected_type=type_hints["subscription_id"])
            check_type(argname="argument query_interval", value=query_interval, expected_type=type_hints["query_interval"])
            check_type(argname="argument region_id", value=region_id, expected_type=type_hints["region_id"])
            check_type(argname="argument total_timeout", value=total_timeout, expected_type=type_hints["total_timeout"])
            check_type(argname="argument vpc", value=vpc, expected_type=type_hints["vpc"])
            check_type(argname="argument vpc_subnets", value=vpc_subnets, expected_type=type_hints["vpc_subnets"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_base_url": api_base_url,
            "api_credentials": api_credentials,
            "asset_path": asset_path,
            "framework_acknowledgments": framework_acknowledgments,
            "handler_acknowledgments": handler_acknowledgments,
            "invoke_any_version_reason": invoke_any_version_reason,
            "properties": properties,
            "subscription_id": subscription_id,
        }
        if query_interval is not None:
            self._values["query_interval"] = query_interval
        if region_id is not None:
            self._values["region_id"] = region_id
        if total_timeout is not None:
            self._values["total_timeout"] = total_timeout
        if vpc is not None:
            self._values["vpc"] = vpc
        if vpc_subnets is not None:
            self._values["vpc_subnets"] = vpc_subnets

    @builtins.property
    def api_base_url(self) -> builtins.str:
        '''The API root, passed to the handler.'''
        result = self._values.get("api_base_url")
        assert result is not None, "Required property 'api_base_url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_credentials(self) -> "_aws_cdk_aws_secretsmanager_ceddda9d.ISecret":
        '''The secret with the API keys (the handler reads it at run time).'''
        result = self._values.get("api_credentials")
        assert result is not None, "Required property 'api_credentials' is missing"
        return typing.cast("_aws_cdk_aws_secretsmanager_ceddda9d.ISecret", result)

    @builtins.property
    def asset_path(self) -> builtins.str:
        '''Directory of the handler's Lambda code.'''
        result = self._values.get("asset_path")
        assert result is not None, "Required property 'asset_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def framework_acknowledgments(self) -> typing.List[typing.List[builtins.str]]:
        '''cdk-nag acknowledgements on the Provider framework, as [rule, reason].'''
        result = self._values.get("framework_acknowledgments")
        assert result is not None, "Required property 'framework_acknowledgments' is missing"
        return typing.cast(typing.List[typing.List[builtins.str]], result)

    @builtins.property
    def handler_acknowledgments(self) -> typing.List[typing.List[builtins.str]]:
        '''cdk-nag acknowledgements on the construct (the handler), as [rule, reason].'''
        result = self._values.get("handler_acknowledgments")
        assert result is not None, "Required property 'handler_acknowledgments' is missing"
        return typing.cast(typing.List[typing.List[builtins.str]], result)

    @builtins.property
    def invoke_any_version_reason(self) -> builtins.str:
        '''Reason for the framework's ``lambda:InvokeFunction`` on ``FUNCTION_ARN:*`` (AwsSolutions-IAM5, one per function).'''
        result = self._values.get("invoke_any_version_reason")
        assert result is not None, "Required property 'invoke_any_version_reason' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def properties(self) -> typing.Mapping[builtins.str, typing.Any]:
        '''The custom resource's other properties (ShareName, Principals, AcceptResourceShare, DeletionPolicy).'''
        result = self._values.get("properties")
        assert result is not None, "Required property 'properties' is missing"
        return typing.cast(typing.Mapping[builtins.str, typing.Any], result)

    @builtins.property
    def subscription_id(self) -> jsii.Number:
        '''The Redis Cloud subscription (a number or a number token).'''
        result = self._values.get("subscription_id")
        assert result is not None, "Required property 'subscription_id' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def query_interval(self) -> typing.Optional["_aws_cdk_ceddda9d.Duration"]:
        '''How often the deployment is checked.

        :default: 20 seconds
        '''
        result = self._values.get("query_interval")
        return typing.cast(typing.Optional["_aws_cdk_ceddda9d.Duration"], result)

    @builtins.property
    def region_id(self) -> typing.Optional[jsii.Number]:
        '''Redis Cloud's region id of an Active-Active subscription.

        :default: none
        '''
        result = self._values.get("region_id")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def total_timeout(self) -> typing.Optional["_aws_cdk_ceddda9d.Duration"]:
        '''How long a deployment may wait.

        :default: 1 hour
        '''
        result = self._values.get("total_timeout")
        return typing.cast(typing.Optional["_aws_cdk_ceddda9d.Duration"], result)

    @builtins.property
    def vpc(self) -> typing.Optional["_aws_cdk_aws_ec2_ceddda9d.IVpc"]:
        '''Run the handler in this VPC.

        :default: outside any VPC
        '''
        result = self._values.get("vpc")
        return typing.cast(typing.Optional["_aws_cdk_aws_ec2_ceddda9d.IVpc"], result)

    @builtins.property
    def vpc_subnets(self) -> typing.Any:
        '''The handler's subnets in ``vpc``.

        :default: Lambda's default selection
        '''
        result = self._values.get("vpc_subnets")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreRedisCloudPrivateLinkProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.implements(_aws_cdk_aws_ec2_ceddda9d.IConnectable)
class CoreReplicationGroup(
    _aws_cdk_ceddda9d.Resource,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreReplicationGroup",
):
    '''A replication group (Valkey or Redis OSS): a Resource holding a CfnReplicationGroup ("Resource") and, unless given, its SecurityGroup, SubnetGroup, ParameterGroup, AuthToken secret and log groups.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        props: typing.Any,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param props: a {@link CoreReplicationGroupProps} as a plain object.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__56c7ad1b4288e294e3ee40c189e70fc7460d37052ce3c9fafea0c2a4d9f25233)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])

    @builtins.property
    @jsii.member(jsii_name="cfnReplicationGroup")
    def cfn_replication_group(
        self,
    ) -> "_aws_cdk_aws_elasticache_ceddda9d.CfnReplicationGroup":
        '''The AWS::ElastiCache::ReplicationGroup.'''
        return typing.cast("_aws_cdk_aws_elasticache_ceddda9d.CfnReplicationGroup", jsii.get(self, "cfnReplicationGroup"))

    @builtins.property
    @jsii.member(jsii_name="clusterSecurityGroups")
    def cluster_security_groups(
        self,
    ) -> typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]:
        '''The group's security groups (given or created).'''
        return typing.cast(typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"], jsii.get(self, "clusterSecurityGroups"))

    @builtins.property
    @jsii.member(jsii_name="connections")
    def connections(self) -> "_aws_cdk_aws_ec2_ceddda9d.Connections":
        '''Network access to the group;

        the default port is the engine port.
        '''
        return typing.cast("_aws_cdk_aws_ec2_ceddda9d.Connections", jsii.get(self, "connections"))

    @builtins.property
    @jsii.member(jsii_name="authTokenSecret")
    def auth_token_secret(
        self,
    ) -> typing.Optional["_aws_cdk_aws_secretsmanager_ceddda9d.ISecret"]:
        '''The secret holding the generated AUTH token, if one was generated.'''
        return typing.cast(typing.Optional["_aws_cdk_aws_secretsmanager_ceddda9d.ISecret"], jsii.get(self, "authTokenSecret"))


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreReplicationGroupProps",
    jsii_struct_bases=[CoreNodeClusterProps],
    name_mapping={
        "port": "port",
        "properties": "properties",
        "security_group_description": "securityGroupDescription",
        "vpc": "vpc",
        "logs": "logs",
        "notification_topic": "notificationTopic",
        "parameter_group": "parameterGroup",
        "parameter_group_properties": "parameterGroupProperties",
        "removal_policy": "removalPolicy",
        "security_groups": "securityGroups",
        "subnet_group": "subnetGroup",
        "subnet_group_properties": "subnetGroupProperties",
        "warnings": "warnings",
        "auth_token": "authToken",
        "generated_auth_token": "generatedAuthToken",
        "kms_key": "kmsKey",
        "online_resharding": "onlineResharding",
        "public_name": "publicName",
        "user_group": "userGroup",
    },
)
class CoreReplicationGroupProps(CoreNodeClusterProps):
    def __init__(
        self,
        *,
        port: jsii.Number,
        properties: typing.Any,
        security_group_description: builtins.str,
        vpc: "_aws_cdk_aws_ec2_ceddda9d.IVpc",
        logs: typing.Optional[typing.Sequence[typing.Union["CoreLogDelivery", typing.Dict[builtins.str, typing.Any]]]] = None,
        notification_topic: typing.Optional["_aws_cdk_aws_sns_ceddda9d.ITopic"] = None,
        parameter_group: typing.Optional[typing.Union[builtins.str, "CoreParameterGroup"]] = None,
        parameter_group_properties: typing.Any = None,
        removal_policy: typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"] = None,
        security_groups: typing.Optional[typing.Sequence["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]] = None,
        subnet_group: typing.Optional[typing.Union[builtins.str, "CoreSubnetGroup"]] = None,
        subnet_group_properties: typing.Any = None,
        warnings: typing.Optional[typing.Sequence[typing.Sequence[builtins.str]]] = None,
        auth_token: typing.Optional["_aws_cdk_ceddda9d.SecretValue"] = None,
        generated_auth_token: typing.Optional[typing.Union["CoreGeneratedTokenProps", typing.Dict[builtins.str, typing.Any]]] = None,
        kms_key: typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"] = None,
        online_resharding: typing.Optional[builtins.bool] = None,
        public_name: typing.Optional[builtins.str] = None,
        user_group: typing.Optional[typing.Union[builtins.str, "CoreUserGroup"]] = None,
    ) -> None:
        '''Inputs of {@link CoreReplicationGroup}.

        :param port: The engine port: the default port of ``connections``.
        :param properties: Properties of the L1 (camelCase) that Python rendered; references are added here.
        :param security_group_description: Description of the security group created when none is given.
        :param vpc: The VPC of the security group created when none is given.
        :param logs: Log deliveries. Default: none
        :param notification_topic: The SNS topic for events. Default: none
        :param parameter_group: A parameter group created by the user (by Ref) or a parameter group name. Default: ``parameterGroupProperties``
        :param parameter_group_properties: Properties of the parameter group to create ("ParameterGroup"). Default: the engine's default group
        :param removal_policy: Removal policy of the group. Default: CloudFormation's (delete)
        :param security_groups: Security groups to use. Default: a new one
        :param subnet_group: A subnet group created by the user (by Ref) or a subnet group name. Default: ``subnetGroupProperties``
        :param subnet_group_properties: Properties of the subnet group to create ("SubnetGroup"). Default: none
        :param warnings: Synth warnings (acknowledgeable) to add, as [id, message] pairs. Default: none
        :param auth_token: The AUTH token. Default: none
        :param generated_auth_token: Generate the AUTH token in a new secret ("AuthToken"). Default: none
        :param kms_key: Customer managed key for encryption at rest. Default: AWS owned key
        :param online_resharding: Add UpdatePolicy UseOnlineResharding (cluster mode enabled). Default: false
        :param public_name: The public class aws-cdk-lib reports the group as (ClusterReplicationGroup). Default: ReplicationGroup
        :param user_group: The RBAC user group: created here (by Ref) or the id of another. Default: none
        '''
        if isinstance(generated_auth_token, dict):
            generated_auth_token = CoreGeneratedTokenProps(**generated_auth_token)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eb41c94248211adaef6fb1a18bafe32972bfd25d7a3ae6e48e68843889491f9a)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
            check_type(argname="argument security_group_description", value=security_group_description, expected_type=type_hints["security_group_description"])
            check_type(argname="argument vpc", value=vpc, expected_type=type_hints["vpc"])
            check_type(argname="argument logs", value=logs, expected_type=type_hints["logs"])
            check_type(argname="argument notification_topic", value=notification_topic, expected_type=type_hints["notification_topic"])
            check_type(argname="argument parameter_group", value=parameter_group, expected_type=type_hints["parameter_group"])
            check_type(argname="argument parameter_group_properties", value=parameter_group_properties, expected_type=type_hints["parameter_group_properties"])
            check_type(argname="argument removal_policy", value=removal_policy, expected_type=type_hints["removal_policy"])
            check_type(argname="argument security_groups", value=security_groups, expected_type=type_hints["security_groups"])
            check_type(argname="argument subnet_group", value=subnet_group, expected_type=type_hints["subnet_group"])
            check_type(argname="argument subnet_group_properties", value=subnet_group_properties, expected_type=type_hints["subnet_group_properties"])
            check_type(argname="argument warnings", value=warnings, expected_type=type_hints["warnings"])
            check_type(argname="argument auth_token", value=auth_token, expected_type=type_hints["auth_token"])
            check_type(argname="argument generated_auth_token", value=generated_auth_token, expected_type=type_hints["generated_auth_token"])
            check_type(argname="argument kms_key", value=kms_key, expected_type=type_hints["kms_key"])
            check_type(argname="argument online_resharding", value=online_resharding, expected_type=type_hints["online_resharding"])
            check_type(argname="argument public_name", value=public_name, expected_type=type_hints["public_name"])
            check_type(argname="argument user_group", value=user_group, expected_type=type_hints["user_group"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
            "properties": properties,
            "security_group_description": security_group_description,
            "vpc": vpc,
        }
        if logs is not None:
            self._values["logs"] = logs
        if notification_topic is not None:
            self._values["notification_topic"] = notification_topic
        if parameter_group is not None:
            self._values["parameter_group"] = parameter_group
        if parameter_group_properties is not None:
            self._values["parameter_group_properties"] = parameter_group_properties
        if removal_policy is not None:
            self._values["removal_policy"] = removal_policy
        if security_groups is not None:
            self._values["security_groups"] = security_groups
        if subnet_group is not None:
            self._values["subnet_group"] = subnet_group
        if subnet_group_properties is not None:
            self._values["subnet_group_properties"] = subnet_group_properties
        if warnings is not None:
            self._values["warnings"] = warnings
        if auth_token is not None:
            self._values["auth_token"] = auth_token
        if generated_auth_token is not None:
            self._values["generated_auth_token"] = generated_auth_token
        if kms_key is not None:
            self._values["kms_key"] = kms_key
        if online_resharding is not None:
            self._values["online_resharding"] = online_resharding
        if public_name is not None:
            self._values["public_name"] = public_name
        if user_group is not None:
            self._values["user_group"] = user_group

    @builtins.property
    def port(self) -> jsii.Number:
        '''The engine port: the default port of ``connections``.'''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def properties(self) -> typing.Any:
        '''Properties of the L1 (camelCase) that Python rendered;

        references are added here.
        '''
        result = self._values.get("properties")
        assert result is not None, "Required property 'properties' is missing"
        return typing.cast(typing.Any, result)

    @builtins.property
    def security_group_description(self) -> builtins.str:
        '''Description of the security group created when none is given.'''
        result = self._values.get("security_group_description")
        assert result is not None, "Required property 'security_group_description' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def vpc(self) -> "_aws_cdk_aws_ec2_ceddda9d.IVpc":
        '''The VPC of the security group created when none is given.'''
        result = self._values.get("vpc")
        assert result is not None, "Required property 'vpc' is missing"
        return typing.cast("_aws_cdk_aws_ec2_ceddda9d.IVpc", result)

    @builtins.property
    def logs(self) -> typing.Optional[typing.List["CoreLogDelivery"]]:
        '''Log deliveries.

        :default: none
        '''
        result = self._values.get("logs")
        return typing.cast(typing.Optional[typing.List["CoreLogDelivery"]], result)

    @builtins.property
    def notification_topic(self) -> typing.Optional["_aws_cdk_aws_sns_ceddda9d.ITopic"]:
        '''The SNS topic for events.

        :default: none
        '''
        result = self._values.get("notification_topic")
        return typing.cast(typing.Optional["_aws_cdk_aws_sns_ceddda9d.ITopic"], result)

    @builtins.property
    def parameter_group(
        self,
    ) -> typing.Optional[typing.Union[builtins.str, "CoreParameterGroup"]]:
        '''A parameter group created by the user (by Ref) or a parameter group name.

        :default: ``parameterGroupProperties``
        '''
        result = self._values.get("parameter_group")
        return typing.cast(typing.Optional[typing.Union[builtins.str, "CoreParameterGroup"]], result)

    @builtins.property
    def parameter_group_properties(self) -> typing.Any:
        '''Properties of the parameter group to create ("ParameterGroup").

        :default: the engine's default group
        '''
        result = self._values.get("parameter_group_properties")
        return typing.cast(typing.Any, result)

    @builtins.property
    def removal_policy(self) -> typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"]:
        '''Removal policy of the group.

        :default: CloudFormation's (delete)
        '''
        result = self._values.get("removal_policy")
        return typing.cast(typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"], result)

    @builtins.property
    def security_groups(
        self,
    ) -> typing.Optional[typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]]:
        '''Security groups to use.

        :default: a new one
        '''
        result = self._values.get("security_groups")
        return typing.cast(typing.Optional[typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]], result)

    @builtins.property
    def subnet_group(
        self,
    ) -> typing.Optional[typing.Union[builtins.str, "CoreSubnetGroup"]]:
        '''A subnet group created by the user (by Ref) or a subnet group name.

        :default: ``subnetGroupProperties``
        '''
        result = self._values.get("subnet_group")
        return typing.cast(typing.Optional[typing.Union[builtins.str, "CoreSubnetGroup"]], result)

    @builtins.property
    def subnet_group_properties(self) -> typing.Any:
        '''Properties of the subnet group to create ("SubnetGroup").

        :default: none
        '''
        result = self._values.get("subnet_group_properties")
        return typing.cast(typing.Any, result)

    @builtins.property
    def warnings(self) -> typing.Optional[typing.List[typing.List[builtins.str]]]:
        '''Synth warnings (acknowledgeable) to add, as [id, message] pairs.

        :default: none
        '''
        result = self._values.get("warnings")
        return typing.cast(typing.Optional[typing.List[typing.List[builtins.str]]], result)

    @builtins.property
    def auth_token(self) -> typing.Optional["_aws_cdk_ceddda9d.SecretValue"]:
        '''The AUTH token.

        :default: none
        '''
        result = self._values.get("auth_token")
        return typing.cast(typing.Optional["_aws_cdk_ceddda9d.SecretValue"], result)

    @builtins.property
    def generated_auth_token(self) -> typing.Optional["CoreGeneratedTokenProps"]:
        '''Generate the AUTH token in a new secret ("AuthToken").

        :default: none
        '''
        result = self._values.get("generated_auth_token")
        return typing.cast(typing.Optional["CoreGeneratedTokenProps"], result)

    @builtins.property
    def kms_key(self) -> typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"]:
        '''Customer managed key for encryption at rest.

        :default: AWS owned key
        '''
        result = self._values.get("kms_key")
        return typing.cast(typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"], result)

    @builtins.property
    def online_resharding(self) -> typing.Optional[builtins.bool]:
        '''Add UpdatePolicy UseOnlineResharding (cluster mode enabled).

        :default: false
        '''
        result = self._values.get("online_resharding")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def public_name(self) -> typing.Optional[builtins.str]:
        '''The public class aws-cdk-lib reports the group as (ClusterReplicationGroup).

        :default: ReplicationGroup
        '''
        result = self._values.get("public_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user_group(
        self,
    ) -> typing.Optional[typing.Union[builtins.str, "CoreUserGroup"]]:
        '''The RBAC user group: created here (by Ref) or the id of another.

        :default: none
        '''
        result = self._values.get("user_group")
        return typing.cast(typing.Optional[typing.Union[builtins.str, "CoreUserGroup"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreReplicationGroupProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreRule",
    jsii_struct_bases=[],
    name_mapping={
        "description": "description",
        "port": "port",
        "cidr": "cidr",
        "peer": "peer",
        "to_port": "toPort",
    },
)
class CoreRule:
    def __init__(
        self,
        *,
        description: builtins.str,
        port: jsii.Number,
        cidr: typing.Optional[builtins.str] = None,
        peer: typing.Optional["_aws_cdk_aws_ec2_ceddda9d.IPeer"] = None,
        to_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''A security-group rule to add at creation: ``port`` from (ingress) or to (egress) a peer.

        :param description: The rule's description.
        :param port: TCP port (the first of a range with ``toPort``).
        :param cidr: An IPv4 CIDR block as the peer (no round trip to build a Peer on the Python side). Default: ``peer``
        :param peer: The peer. Default: the peer is ``cidr``
        :param to_port: Last TCP port of a range. Default: ``port`` alone
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__07fb7642161bf37df873636d68be608ff3927a77128273b87b1931640672da3d)
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument cidr", value=cidr, expected_type=type_hints["cidr"])
            check_type(argname="argument peer", value=peer, expected_type=type_hints["peer"])
            check_type(argname="argument to_port", value=to_port, expected_type=type_hints["to_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "description": description,
            "port": port,
        }
        if cidr is not None:
            self._values["cidr"] = cidr
        if peer is not None:
            self._values["peer"] = peer
        if to_port is not None:
            self._values["to_port"] = to_port

    @builtins.property
    def description(self) -> builtins.str:
        '''The rule's description.'''
        result = self._values.get("description")
        assert result is not None, "Required property 'description' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> jsii.Number:
        '''TCP port (the first of a range with ``toPort``).'''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def cidr(self) -> typing.Optional[builtins.str]:
        '''An IPv4 CIDR block as the peer (no round trip to build a Peer on the Python side).

        :default: ``peer``
        '''
        result = self._values.get("cidr")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def peer(self) -> typing.Optional["_aws_cdk_aws_ec2_ceddda9d.IPeer"]:
        '''The peer.

        :default: the peer is ``cidr``
        '''
        result = self._values.get("peer")
        return typing.cast(typing.Optional["_aws_cdk_aws_ec2_ceddda9d.IPeer"], result)

    @builtins.property
    def to_port(self) -> typing.Optional[jsii.Number]:
        '''Last TCP port of a range.

        :default: ``port`` alone
        '''
        result = self._values.get("to_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreRule(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.implements(_aws_cdk_aws_ec2_ceddda9d.IConnectable)
class CoreServerlessCache(
    _aws_cdk_ceddda9d.Resource,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreServerlessCache",
):
    '''An ElastiCache Serverless cache: a Resource holding a CfnServerlessCache ("Resource") and, unless security groups are given, its own SecurityGroup ("SecurityGroup").'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        props: typing.Any,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param props: a {@link CoreServerlessCacheProps} as a plain object.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1d89133c6a8e44707a1fb6cb75a885414e60d36d0ceb7c1e992888e79ac14ce7)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])

    @builtins.property
    @jsii.member(jsii_name="cacheSecurityGroups")
    def cache_security_groups(
        self,
    ) -> typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]:
        '''The cache's security groups (given or created).'''
        return typing.cast(typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"], jsii.get(self, "cacheSecurityGroups"))

    @builtins.property
    @jsii.member(jsii_name="cfnServerlessCache")
    def cfn_serverless_cache(
        self,
    ) -> "_aws_cdk_aws_elasticache_ceddda9d.CfnServerlessCache":
        '''The AWS::ElastiCache::ServerlessCache.'''
        return typing.cast("_aws_cdk_aws_elasticache_ceddda9d.CfnServerlessCache", jsii.get(self, "cfnServerlessCache"))

    @builtins.property
    @jsii.member(jsii_name="connections")
    def connections(self) -> "_aws_cdk_aws_ec2_ceddda9d.Connections":
        '''Network access to the cache;

        the default port covers the engine's client ports.
        '''
        return typing.cast("_aws_cdk_aws_ec2_ceddda9d.Connections", jsii.get(self, "connections"))


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreServerlessCacheProps",
    jsii_struct_bases=[],
    name_mapping={
        "client_ports": "clientPorts",
        "highest_data_storage_gb": "highestDataStorageGb",
        "lowest_data_storage_gb": "lowestDataStorageGb",
        "properties": "properties",
        "data_storage_maximum": "dataStorageMaximum",
        "data_storage_minimum": "dataStorageMinimum",
        "kms_key": "kmsKey",
        "public_endpoint": "publicEndpoint",
        "removal_policy": "removalPolicy",
        "security_group_description": "securityGroupDescription",
        "security_groups": "securityGroups",
        "user_group": "userGroup",
        "vpc": "vpc",
        "warning": "warning",
    },
)
class CoreServerlessCacheProps:
    def __init__(
        self,
        *,
        client_ports: typing.Sequence[jsii.Number],
        highest_data_storage_gb: jsii.Number,
        lowest_data_storage_gb: jsii.Number,
        properties: typing.Any,
        data_storage_maximum: typing.Optional["_aws_cdk_ceddda9d.Size"] = None,
        data_storage_minimum: typing.Optional["_aws_cdk_ceddda9d.Size"] = None,
        kms_key: typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"] = None,
        public_endpoint: typing.Optional[builtins.bool] = None,
        removal_policy: typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"] = None,
        security_group_description: typing.Optional[builtins.str] = None,
        security_groups: typing.Optional[typing.Sequence["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]] = None,
        user_group: typing.Optional[typing.Union[builtins.str, "CoreUserGroup"]] = None,
        vpc: typing.Optional["_aws_cdk_aws_ec2_ceddda9d.IVpc"] = None,
        warning: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Inputs of {@link CoreServerlessCache}.

        :param client_ports: The client ports of the engine: the default port of ``connections`` (lowest to highest).
        :param highest_data_storage_gb: Highest data storage limit accepted, in GB (Python's rule).
        :param lowest_data_storage_gb: Lowest data storage limit accepted, in GB (Python's rule).
        :param properties: Properties of the CfnServerlessCache (camelCase) that Python rendered.
        :param data_storage_maximum: Largest data storage. Default: none
        :param data_storage_minimum: Smallest data storage. Default: none
        :param kms_key: Customer managed key for encryption at rest. Default: AWS owned key
        :param public_endpoint: A public cache (ConnectionType public): no security group. Default: false
        :param removal_policy: Removal policy of the cache. Default: CloudFormation's (delete)
        :param security_group_description: Description of the security group created when none is given. Default: none
        :param security_groups: Security groups to use. Default: a new one
        :param user_group: The user group: created here (by Ref) or the id of another. Default: none
        :param vpc: The VPC of the security group created when none is given (none for a public cache). Default: none
        :param warning: A synth warning (acknowledgeable) to add to the cache, as [id, message]. Default: none
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6a0df6588221a567843d1b032c174b4ce6de3b238e834496faad9afecd7d1428)
            check_type(argname="argument client_ports", value=client_ports, expected_type=type_hints["client_ports"])
            check_type(argname="argument highest_data_storage_gb", value=highest_data_storage_gb, expected_type=type_hints["highest_data_storage_gb"])
            check_type(argname="argument lowest_data_storage_gb", value=lowest_data_storage_gb, expected_type=type_hints["lowest_data_storage_gb"])
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
            check_type(argname="argument data_storage_maximum", value=data_storage_maximum, expected_type=type_hints["data_storage_maximum"])
            check_type(argname="argument data_storage_minimum", value=data_storage_minimum, expected_type=type_hints["data_storage_minimum"])
            check_type(argname="argument kms_key", value=kms_key, expected_type=type_hints["kms_key"])
            check_type(argname="argument public_endpoint", value=public_endpoint, expected_type=type_hints["public_endpoint"])
            check_type(argname="argument removal_policy", value=removal_policy, expected_type=type_hints["removal_policy"])
            check_type(argname="argument security_group_description", value=security_group_description, expected_type=type_hints["security_group_description"])
            check_type(argname="argument security_groups", value=security_groups, expected_type=type_hints["security_groups"])
            check_type(argname="argument user_group", value=user_group, expected_type=type_hints["user_group"])
            check_type(argname="argument vpc", value=vpc, expected_type=type_hints["vpc"])
            check_type(argname="argument warning", value=warning, expected_type=type_hints["warning"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "client_ports": client_ports,
            "highest_data_storage_gb": highest_data_storage_gb,
            "lowest_data_storage_gb": lowest_data_storage_gb,
            "properties": properties,
        }
        if data_storage_maximum is not None:
            self._values["data_storage_maximum"] = data_storage_maximum
        if data_storage_minimum is not None:
            self._values["data_storage_minimum"] = data_storage_minimum
        if kms_key is not None:
            self._values["kms_key"] = kms_key
        if public_endpoint is not None:
            self._values["public_endpoint"] = public_endpoint
        if removal_policy is not None:
            self._values["removal_policy"] = removal_policy
        if security_group_description is not None:
            self._values["security_group_description"] = security_group_description
        if security_groups is not None:
            self._values["security_groups"] = security_groups
        if user_group is not None:
            self._values["user_group"] = user_group
        if vpc is not None:
            self._values["vpc"] = vpc
        if warning is not None:
            self._values["warning"] = warning

    @builtins.property
    def client_ports(self) -> typing.List[jsii.Number]:
        '''The client ports of the engine: the default port of ``connections`` (lowest to highest).'''
        result = self._values.get("client_ports")
        assert result is not None, "Required property 'client_ports' is missing"
        return typing.cast(typing.List[jsii.Number], result)

    @builtins.property
    def highest_data_storage_gb(self) -> jsii.Number:
        '''Highest data storage limit accepted, in GB (Python's rule).'''
        result = self._values.get("highest_data_storage_gb")
        assert result is not None, "Required property 'highest_data_storage_gb' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def lowest_data_storage_gb(self) -> jsii.Number:
        '''Lowest data storage limit accepted, in GB (Python's rule).'''
        result = self._values.get("lowest_data_storage_gb")
        assert result is not None, "Required property 'lowest_data_storage_gb' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def properties(self) -> typing.Any:
        '''Properties of the CfnServerlessCache (camelCase) that Python rendered.'''
        result = self._values.get("properties")
        assert result is not None, "Required property 'properties' is missing"
        return typing.cast(typing.Any, result)

    @builtins.property
    def data_storage_maximum(self) -> typing.Optional["_aws_cdk_ceddda9d.Size"]:
        '''Largest data storage.

        :default: none
        '''
        result = self._values.get("data_storage_maximum")
        return typing.cast(typing.Optional["_aws_cdk_ceddda9d.Size"], result)

    @builtins.property
    def data_storage_minimum(self) -> typing.Optional["_aws_cdk_ceddda9d.Size"]:
        '''Smallest data storage.

        :default: none
        '''
        result = self._values.get("data_storage_minimum")
        return typing.cast(typing.Optional["_aws_cdk_ceddda9d.Size"], result)

    @builtins.property
    def kms_key(self) -> typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"]:
        '''Customer managed key for encryption at rest.

        :default: AWS owned key
        '''
        result = self._values.get("kms_key")
        return typing.cast(typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"], result)

    @builtins.property
    def public_endpoint(self) -> typing.Optional[builtins.bool]:
        '''A public cache (ConnectionType public): no security group.

        :default: false
        '''
        result = self._values.get("public_endpoint")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def removal_policy(self) -> typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"]:
        '''Removal policy of the cache.

        :default: CloudFormation's (delete)
        '''
        result = self._values.get("removal_policy")
        return typing.cast(typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"], result)

    @builtins.property
    def security_group_description(self) -> typing.Optional[builtins.str]:
        '''Description of the security group created when none is given.

        :default: none
        '''
        result = self._values.get("security_group_description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_groups(
        self,
    ) -> typing.Optional[typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]]:
        '''Security groups to use.

        :default: a new one
        '''
        result = self._values.get("security_groups")
        return typing.cast(typing.Optional[typing.List["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]], result)

    @builtins.property
    def user_group(
        self,
    ) -> typing.Optional[typing.Union[builtins.str, "CoreUserGroup"]]:
        '''The user group: created here (by Ref) or the id of another.

        :default: none
        '''
        result = self._values.get("user_group")
        return typing.cast(typing.Optional[typing.Union[builtins.str, "CoreUserGroup"]], result)

    @builtins.property
    def vpc(self) -> typing.Optional["_aws_cdk_aws_ec2_ceddda9d.IVpc"]:
        '''The VPC of the security group created when none is given (none for a public cache).

        :default: none
        '''
        result = self._values.get("vpc")
        return typing.cast(typing.Optional["_aws_cdk_aws_ec2_ceddda9d.IVpc"], result)

    @builtins.property
    def warning(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A synth warning (acknowledgeable) to add to the cache, as [id, message].

        :default: none
        '''
        result = self._values.get("warning")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreServerlessCacheProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class CoreSubnetGroup(
    _aws_cdk_ceddda9d.Resource,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreSubnetGroup",
):
    '''An ElastiCache subnet group: a Resource holding one CfnSubnetGroup ("Resource").'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        props: typing.Any,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param props: a {@link CoreSubnetGroupProps} as a plain object.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__da2afff27356557c7e3e79e52a59880669ba803c01ae52dca919ad58dd1e681f)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])

    @builtins.property
    @jsii.member(jsii_name="cfnSubnetGroup")
    def cfn_subnet_group(self) -> "_aws_cdk_aws_elasticache_ceddda9d.CfnSubnetGroup":
        '''The AWS::ElastiCache::SubnetGroup.'''
        return typing.cast("_aws_cdk_aws_elasticache_ceddda9d.CfnSubnetGroup", jsii.get(self, "cfnSubnetGroup"))


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreSubnetGroupProps",
    jsii_struct_bases=[],
    name_mapping={"properties": "properties"},
)
class CoreSubnetGroupProps:
    def __init__(self, *, properties: typing.Any) -> None:
        '''Inputs of {@link CoreSubnetGroup}.

        :param properties: The CfnSubnetGroup's properties (camelCase) that Python rendered.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__87dc20b6718070788021702adee1382ec45e2a59b646f26723de81dd7511272b)
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "properties": properties,
        }

    @builtins.property
    def properties(self) -> typing.Any:
        '''The CfnSubnetGroup's properties (camelCase) that Python rendered.'''
        result = self._values.get("properties")
        assert result is not None, "Required property 'properties' is missing"
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreSubnetGroupProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class CoreUser(
    _aws_cdk_ceddda9d.Resource,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreUser",
):
    '''An ElastiCache RBAC user: a Resource holding one CfnUser ("Resource").'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        props: typing.Any,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param props: a {@link CoreUserProps} as a plain object.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__23523e957df6e6409ebb4796d1d977e7acdcd7f81338ab782c554cdd86fd8e59)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])

    @builtins.property
    @jsii.member(jsii_name="cfnUser")
    def cfn_user(self) -> "_aws_cdk_aws_elasticache_ceddda9d.CfnUser":
        '''The AWS::ElastiCache::User.'''
        return typing.cast("_aws_cdk_aws_elasticache_ceddda9d.CfnUser", jsii.get(self, "cfnUser"))

    @builtins.property
    @jsii.member(jsii_name="generatedSecret")
    def generated_secret(
        self,
    ) -> typing.Optional["_aws_cdk_aws_secretsmanager_ceddda9d.ISecret"]:
        '''The secret holding the generated password, if one was generated.'''
        return typing.cast(typing.Optional["_aws_cdk_aws_secretsmanager_ceddda9d.ISecret"], jsii.get(self, "generatedSecret"))


class CoreUserGroup(
    _aws_cdk_ceddda9d.Resource,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreUserGroup",
):
    '''An ElastiCache RBAC user group: a Resource holding one CfnUserGroup ("Resource").'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        props: typing.Any,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param props: a {@link CoreUserGroupProps} as a plain object.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__847623c15a342768f9ef9b3f5c82ecbdc98cdccaa382676e7912708ea2626039)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="replaceMembers")
    def replace_members(
        self,
        members: typing.Sequence[typing.Union[builtins.str, "CoreUser"]],
        problem: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Replace the member list, and the problem to report at synth (none if undefined).

        :param members: -
        :param problem: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e6bb9eb77e8391181918c6eb55d7b81b95b8a026729932b2682968e5546c54c1)
            check_type(argname="argument members", value=members, expected_type=type_hints["members"])
            check_type(argname="argument problem", value=problem, expected_type=type_hints["problem"])
        return typing.cast(None, jsii.invoke(self, "replaceMembers", [members, problem]))

    @builtins.property
    @jsii.member(jsii_name="cfnUserGroup")
    def cfn_user_group(self) -> "_aws_cdk_aws_elasticache_ceddda9d.CfnUserGroup":
        '''The AWS::ElastiCache::UserGroup.'''
        return typing.cast("_aws_cdk_aws_elasticache_ceddda9d.CfnUserGroup", jsii.get(self, "cfnUserGroup"))


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreUserGroupProps",
    jsii_struct_bases=[],
    name_mapping={
        "members": "members",
        "properties": "properties",
        "problem": "problem",
    },
)
class CoreUserGroupProps:
    def __init__(
        self,
        *,
        members: typing.Sequence[typing.Union[builtins.str, "CoreUser"]],
        properties: typing.Any,
        problem: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Inputs of {@link CoreUserGroup}.

        :param members: Members: users created here (listed by Ref) or ids of other users.
        :param properties: Properties of the CfnUserGroup (camelCase), without the user ids.
        :param problem: An error to report at synth while the members stay as they are. Default: none
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9178c08a3f9b4a761fe0867c1e7e93e5538db43f964f9d5f1aa857b3a9814d57)
            check_type(argname="argument members", value=members, expected_type=type_hints["members"])
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
            check_type(argname="argument problem", value=problem, expected_type=type_hints["problem"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "members": members,
            "properties": properties,
        }
        if problem is not None:
            self._values["problem"] = problem

    @builtins.property
    def members(self) -> typing.List[typing.Union[builtins.str, "CoreUser"]]:
        '''Members: users created here (listed by Ref) or ids of other users.'''
        result = self._values.get("members")
        assert result is not None, "Required property 'members' is missing"
        return typing.cast(typing.List[typing.Union[builtins.str, "CoreUser"]], result)

    @builtins.property
    def properties(self) -> typing.Any:
        '''Properties of the CfnUserGroup (camelCase), without the user ids.'''
        result = self._values.get("properties")
        assert result is not None, "Required property 'properties' is missing"
        return typing.cast(typing.Any, result)

    @builtins.property
    def problem(self) -> typing.Optional[builtins.str]:
        '''An error to report at synth while the members stay as they are.

        :default: none
        '''
        result = self._values.get("problem")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreUserGroupProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreUserProps",
    jsii_struct_bases=[],
    name_mapping={
        "max_password_length": "maxPasswordLength",
        "min_password_length": "minPasswordLength",
        "properties": "properties",
        "generated_password": "generatedPassword",
        "passwords": "passwords",
    },
)
class CoreUserProps:
    def __init__(
        self,
        *,
        max_password_length: jsii.Number,
        min_password_length: jsii.Number,
        properties: typing.Any,
        generated_password: typing.Optional[typing.Union["CoreGeneratedPasswordProps", typing.Dict[builtins.str, typing.Any]]] = None,
        passwords: typing.Optional[typing.Sequence["_aws_cdk_ceddda9d.SecretValue"]] = None,
    ) -> None:
        '''Inputs of {@link CoreUser}.

        :param max_password_length: Longest literal password accepted (Python's rule).
        :param min_password_length: Shortest literal password accepted (Python's rule).
        :param properties: Properties of the CfnUser (camelCase), without the passwords.
        :param generated_password: Generate the password in a new secret instead. Default: no secret
        :param passwords: Passwords to unwrap into AuthenticationMode.Passwords. Default: none
        '''
        if isinstance(generated_password, dict):
            generated_password = CoreGeneratedPasswordProps(**generated_password)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c15ce5fcf8276fac1785320b19b27469cbee3b218feb751343549b708234311f)
            check_type(argname="argument max_password_length", value=max_password_length, expected_type=type_hints["max_password_length"])
            check_type(argname="argument min_password_length", value=min_password_length, expected_type=type_hints["min_password_length"])
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
            check_type(argname="argument generated_password", value=generated_password, expected_type=type_hints["generated_password"])
            check_type(argname="argument passwords", value=passwords, expected_type=type_hints["passwords"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "max_password_length": max_password_length,
            "min_password_length": min_password_length,
            "properties": properties,
        }
        if generated_password is not None:
            self._values["generated_password"] = generated_password
        if passwords is not None:
            self._values["passwords"] = passwords

    @builtins.property
    def max_password_length(self) -> jsii.Number:
        '''Longest literal password accepted (Python's rule).'''
        result = self._values.get("max_password_length")
        assert result is not None, "Required property 'max_password_length' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def min_password_length(self) -> jsii.Number:
        '''Shortest literal password accepted (Python's rule).'''
        result = self._values.get("min_password_length")
        assert result is not None, "Required property 'min_password_length' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def properties(self) -> typing.Any:
        '''Properties of the CfnUser (camelCase), without the passwords.'''
        result = self._values.get("properties")
        assert result is not None, "Required property 'properties' is missing"
        return typing.cast(typing.Any, result)

    @builtins.property
    def generated_password(self) -> typing.Optional["CoreGeneratedPasswordProps"]:
        '''Generate the password in a new secret instead.

        :default: no secret
        '''
        result = self._values.get("generated_password")
        return typing.cast(typing.Optional["CoreGeneratedPasswordProps"], result)

    @builtins.property
    def passwords(
        self,
    ) -> typing.Optional[typing.List["_aws_cdk_ceddda9d.SecretValue"]]:
        '''Passwords to unwrap into AuthenticationMode.Passwords.

        :default: none
        '''
        result = self._values.get("passwords")
        return typing.cast(typing.Optional[typing.List["_aws_cdk_ceddda9d.SecretValue"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreUserProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreWidgetSpec",
    jsii_struct_bases=[],
    name_mapping={
        "height": "height",
        "type": "type",
        "width": "width",
        "alarms": "alarms",
        "left": "left",
        "left_label": "leftLabel",
        "markdown": "markdown",
        "right": "right",
        "right_label": "rightLabel",
        "title": "title",
    },
)
class CoreWidgetSpec:
    def __init__(
        self,
        *,
        height: jsii.Number,
        type: builtins.str,
        width: jsii.Number,
        alarms: typing.Optional[typing.Sequence["_aws_cdk_aws_cloudwatch_ceddda9d.IAlarm"]] = None,
        left: typing.Optional[typing.Sequence[typing.Union["CoreMetricSpec", typing.Dict[builtins.str, typing.Any]]]] = None,
        left_label: typing.Optional[builtins.str] = None,
        markdown: typing.Optional[builtins.str] = None,
        right: typing.Optional[typing.Sequence[typing.Union["CoreMetricSpec", typing.Dict[builtins.str, typing.Any]]]] = None,
        right_label: typing.Optional[builtins.str] = None,
        title: typing.Optional[builtins.str] = None,
    ) -> None:
        '''One dashboard widget, as Python describes it.

        :param height: Height in grid units.
        :param type: ``graph``, ``alarms`` or ``text``.
        :param width: Width in grid units (of 24).
        :param alarms: Alarms of an ``alarms`` widget. Default: none
        :param left: Metrics on the left axis of a ``graph``. Default: none
        :param left_label: Label of the left axis. Default: none
        :param markdown: Markdown of a ``text`` widget. Default: none
        :param right: Metrics on the right axis of a ``graph``. Default: none
        :param right_label: Label of the right axis. Default: none
        :param title: The widget's title. Default: none
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3fc181ad4278de3d5c335fbb370ebf67be99c53f57418549e074b0072183dae3)
            check_type(argname="argument height", value=height, expected_type=type_hints["height"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument width", value=width, expected_type=type_hints["width"])
            check_type(argname="argument alarms", value=alarms, expected_type=type_hints["alarms"])
            check_type(argname="argument left", value=left, expected_type=type_hints["left"])
            check_type(argname="argument left_label", value=left_label, expected_type=type_hints["left_label"])
            check_type(argname="argument markdown", value=markdown, expected_type=type_hints["markdown"])
            check_type(argname="argument right", value=right, expected_type=type_hints["right"])
            check_type(argname="argument right_label", value=right_label, expected_type=type_hints["right_label"])
            check_type(argname="argument title", value=title, expected_type=type_hints["title"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "height": height,
            "type": type,
            "width": width,
        }
        if alarms is not None:
            self._values["alarms"] = alarms
        if left is not None:
            self._values["left"] = left
        if left_label is not None:
            self._values["left_label"] = left_label
        if markdown is not None:
            self._values["markdown"] = markdown
        if right is not None:
            self._values["right"] = right
        if right_label is not None:
            self._values["right_label"] = right_label
        if title is not None:
            self._values["title"] = title

    @builtins.property
    def height(self) -> jsii.Number:
        '''Height in grid units.'''
        result = self._values.get("height")
        assert result is not None, "Required property 'height' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''``graph``, ``alarms`` or ``text``.'''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def width(self) -> jsii.Number:
        '''Width in grid units (of 24).'''
        result = self._values.get("width")
        assert result is not None, "Required property 'width' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def alarms(
        self,
    ) -> typing.Optional[typing.List["_aws_cdk_aws_cloudwatch_ceddda9d.IAlarm"]]:
        '''Alarms of an ``alarms`` widget.

        :default: none
        '''
        result = self._values.get("alarms")
        return typing.cast(typing.Optional[typing.List["_aws_cdk_aws_cloudwatch_ceddda9d.IAlarm"]], result)

    @builtins.property
    def left(self) -> typing.Optional[typing.List["CoreMetricSpec"]]:
        '''Metrics on the left axis of a ``graph``.

        :default: none
        '''
        result = self._values.get("left")
        return typing.cast(typing.Optional[typing.List["CoreMetricSpec"]], result)

    @builtins.property
    def left_label(self) -> typing.Optional[builtins.str]:
        '''Label of the left axis.

        :default: none
        '''
        result = self._values.get("left_label")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def markdown(self) -> typing.Optional[builtins.str]:
        '''Markdown of a ``text`` widget.

        :default: none
        '''
        result = self._values.get("markdown")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def right(self) -> typing.Optional[typing.List["CoreMetricSpec"]]:
        '''Metrics on the right axis of a ``graph``.

        :default: none
        '''
        result = self._values.get("right")
        return typing.cast(typing.Optional[typing.List["CoreMetricSpec"]], result)

    @builtins.property
    def right_label(self) -> typing.Optional[builtins.str]:
        '''Label of the right axis.

        :default: none
        '''
        result = self._values.get("right_label")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def title(self) -> typing.Optional[builtins.str]:
        '''The widget's title.

        :default: none
        '''
        result = self._values.get("title")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreWidgetSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class CoreImportedNodeCluster(
    CoreImportedResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreImportedNodeCluster",
):
    '''A replication group or Memcached cluster that exists outside this app: a {@link CoreImportedResource} whose client port is the one it was imported with (if any).'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        props: typing.Any,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param props: a {@link CoreImportedResourceProps} as a plain object.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__45491d766028135809d0d2193b6c74126fe99466ec809a33202727b2223ab739)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])


__all__ = [
    "CoreAlarmSet",
    "CoreAlarmSetProps",
    "CoreAlarmSpec",
    "CoreCacheCluster",
    "CoreCacheDashboard",
    "CoreCacheDashboardProps",
    "CoreCompositeAlarmSpec",
    "CoreConnectableResource",
    "CoreConnectableResourceProps",
    "CoreGeneratedPasswordProps",
    "CoreGeneratedTokenProps",
    "CoreGlobalDatastore",
    "CoreGlobalDatastoreProps",
    "CoreGrants",
    "CoreImportedNodeCluster",
    "CoreImportedResource",
    "CoreImportedResourceProps",
    "CoreImportedServerlessCache",
    "CoreInterfaceEndpoint",
    "CoreInterfaceEndpointProps",
    "CoreLogDelivery",
    "CoreMarkers",
    "CoreMetricSpec",
    "CoreMetrics",
    "CoreNetwork",
    "CoreNodeClusterProps",
    "CoreParameterGroup",
    "CoreParameterGroupProps",
    "CoreRedisCloudEndpoint",
    "CoreRedisCloudEndpointProps",
    "CoreRedisCloudPrivateLink",
    "CoreRedisCloudPrivateLinkProps",
    "CoreReplicationGroup",
    "CoreReplicationGroupProps",
    "CoreRule",
    "CoreServerlessCache",
    "CoreServerlessCacheProps",
    "CoreSubnetGroup",
    "CoreSubnetGroupProps",
    "CoreUser",
    "CoreUserGroup",
    "CoreUserGroupProps",
    "CoreUserProps",
    "CoreWidgetSpec",
]

publication.publish()

def _typecheckingstub__93fd1d4b7e2b6f6841d03fcb253ba705f3edbff48feb09edda94baf9f0be34cc(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65832c9f306ceaf0852e2642b4963490d6595f87e1d0562c8339701d5623588e(
    *,
    alarms: typing.Sequence[typing.Union[CoreAlarmSpec, typing.Dict[builtins.str, typing.Any]]],
    actions: typing.Optional[typing.Sequence[typing.Any]] = None,
    composite: typing.Optional[typing.Union[CoreCompositeAlarmSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    ok_actions: typing.Optional[typing.Sequence[typing.Any]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__636082586684d34a77e291d0a8c3e9b9e7c0f1d391532abbc9ad8d3c2a3f1145(
    *,
    alarm_name: builtins.str,
    comparison_operator: builtins.str,
    datapoints_to_alarm: jsii.Number,
    description: builtins.str,
    evaluation_periods: jsii.Number,
    id: builtins.str,
    metrics: typing.Sequence[typing.Union[CoreMetricSpec, typing.Dict[builtins.str, typing.Any]]],
    period_seconds: jsii.Number,
    threshold: jsii.Number,
    treat_missing_data: builtins.str,
    expression: typing.Optional[builtins.str] = None,
    expression_label: typing.Optional[builtins.str] = None,
    threshold_size: typing.Optional[_aws_cdk_ceddda9d.Size] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3590e47b5807702d8b587a877d645121090eb5ee5c80baa2be78c8be71e0f75(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36574a143bb9058c6168dcf609561950da8a0bcd0ab7874a23dee8c1bd917681(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0965dfea6e97309bf32da154b3c6a0b196e5138f3c6841a6ed2f3c242acee958(
    *,
    rows: typing.Sequence[typing.Sequence[typing.Union[CoreWidgetSpec, typing.Dict[builtins.str, typing.Any]]]],
    dashboard_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ebb1b3ebe846be1acdb8e06e42016b007909470accf25e7c35f4164a1e3a9a8(
    *,
    alarm_name: builtins.str,
    description: builtins.str,
    actions: typing.Optional[typing.Sequence[typing.Any]] = None,
    ok_actions: typing.Optional[typing.Sequence[typing.Any]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b8dc5ceaed29dd8cdb8dfdff5e3bf28981d6579fc05ce798290c4a8f289982b(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cbf976ec22e5ef429e0c2effb327c9fca14d3fdc57274e7bd7f454fca654761f(
    policy: _aws_cdk_ceddda9d.RemovalPolicy,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2df76a222a1cdf2809a649b11e2fdfa807dd759323670c65b20196ee38573886(
    *,
    security_group_description: builtins.str,
    vpc: _aws_cdk_aws_ec2_ceddda9d.IVpc,
    default_ports: typing.Optional[typing.Sequence[jsii.Number]] = None,
    egress: typing.Optional[typing.Sequence[typing.Union[CoreRule, typing.Dict[builtins.str, typing.Any]]]] = None,
    ingress: typing.Optional[typing.Sequence[typing.Union[CoreRule, typing.Dict[builtins.str, typing.Any]]]] = None,
    public_name: typing.Optional[builtins.str] = None,
    security_groups: typing.Optional[typing.Sequence[_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__24d0ed355796bfb86bd06a4a1f2602a6a69fc5d76b8805140496c2641de80481(
    *,
    description: builtins.str,
    length: jsii.Number,
    user_arn: builtins.str,
    user_name: builtins.str,
    acknowledgments: typing.Optional[typing.Sequence[typing.Sequence[builtins.str]]] = None,
    encryption_key: typing.Optional[_aws_cdk_aws_kms_ceddda9d.IKey] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd53b8c96e4ba3280858d69945815c3190715ba483c2c36c8ec0323d3f52f29d(
    *,
    description: builtins.str,
    exclude_characters: builtins.str,
    length: jsii.Number,
    encryption_key: typing.Optional[_aws_cdk_aws_kms_ceddda9d.IKey] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b54238ec72b622e029ff9d8885781cf4e549d00cca5c4f70f95594b0f8c24a76(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__788da2edcfb5a2a28ea275ac1aed9ad9744cbaa42aa0f6001758f778991d4112(
    *,
    primary: CoreReplicationGroup,
    properties: typing.Any,
    removal_policy: typing.Optional[_aws_cdk_ceddda9d.RemovalPolicy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d11a6184b3dbfb0f0f2e4901ef8d978a0a2c77a344f371459cd05537e7605159(
    grantee: _aws_cdk_aws_iam_ceddda9d.IGrantable,
    actions: typing.Sequence[builtins.str],
    resource_arns: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8b6903d0144ba7e5075fbd65619245a0eaea84e570f5dc9fcb8951a432f7776(
    grantee: _aws_cdk_aws_iam_ceddda9d.IGrantable,
    actions: typing.Sequence[builtins.str],
    resource_arns: typing.Sequence[builtins.str],
    conditions: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfa91eb493b087ea8989da61344c3939662822e52c4b0d188e221c950f501daf(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63a35478162ec1284c2c4cc65ccdba79c754b2ac3422b576d09698e0d2cc46bf(
    *,
    client_ports: typing.Optional[typing.Sequence[jsii.Number]] = None,
    security_groups: typing.Optional[typing.Sequence[_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b7d07e6d2896c4181d81f2e61d45182752be56fc34cb6109ede8dae918a497a(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0123fd38642651a17bbdbf3b8057e208056d991ee45bda884501d4507672e181(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1854c5eb387cf22b1a8cba19c3884b00cd8c8a4d14de5dc7151254f18ebecad6(
    *,
    security_group_description: builtins.str,
    vpc: _aws_cdk_aws_ec2_ceddda9d.IVpc,
    default_ports: typing.Optional[typing.Sequence[jsii.Number]] = None,
    egress: typing.Optional[typing.Sequence[typing.Union[CoreRule, typing.Dict[builtins.str, typing.Any]]]] = None,
    ingress: typing.Optional[typing.Sequence[typing.Union[CoreRule, typing.Dict[builtins.str, typing.Any]]]] = None,
    public_name: typing.Optional[builtins.str] = None,
    security_groups: typing.Optional[typing.Sequence[_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup]] = None,
    endpoint_properties: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b4ee2caca779c9d6105439f84ecbdfdccb960954256795cdf710fb26b71b2ce5(
    *,
    log_format: builtins.str,
    log_type: builtins.str,
    encryption_key: typing.Optional[_aws_cdk_aws_kms_ceddda9d.IKey] = None,
    firehose_stream_name: typing.Optional[builtins.str] = None,
    log_group: typing.Optional[_aws_cdk_aws_logs_ceddda9d.ILogGroup] = None,
    retention: typing.Optional[_aws_cdk_aws_logs_ceddda9d.RetentionDays] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff451fd8321604ea6a6af5aadcbd1916ec76f0b6dcfb22fec7c681323dd70971(
    x: typing.Any,
    kind: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d888fdd710fa102da84c2115bb71e9cccac3e156efcd9fe5ee6f893291c50f4a(
    *,
    dimensions: typing.Mapping[builtins.str, builtins.str],
    metric_name: builtins.str,
    period_seconds: jsii.Number,
    statistic: builtins.str,
    id: typing.Optional[builtins.str] = None,
    label: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__40e0ea617af1d63ca1957db99df870765686933e739c6b2a0945f02593b2f48b(
    namespace: builtins.str,
    metric_name: builtins.str,
    dimension_name: builtins.str,
    dimension_value: builtins.str,
    statistic: builtins.str,
    period_seconds: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba38bc837b0675956dc9f23f878f2d3ca5faa7320b6848abf97e131803fec76a(
    vpc: _aws_cdk_aws_ec2_ceddda9d.IVpc,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a85f81bb17fc05aca2325b1a1ad4a2fb1f9d8a041a46089ee6fcc30bb2c4f8c0(
    *,
    port: jsii.Number,
    properties: typing.Any,
    security_group_description: builtins.str,
    vpc: _aws_cdk_aws_ec2_ceddda9d.IVpc,
    logs: typing.Optional[typing.Sequence[typing.Union[CoreLogDelivery, typing.Dict[builtins.str, typing.Any]]]] = None,
    notification_topic: typing.Optional[_aws_cdk_aws_sns_ceddda9d.ITopic] = None,
    parameter_group: typing.Optional[typing.Union[builtins.str, CoreParameterGroup]] = None,
    parameter_group_properties: typing.Any = None,
    removal_policy: typing.Optional[_aws_cdk_ceddda9d.RemovalPolicy] = None,
    security_groups: typing.Optional[typing.Sequence[_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup]] = None,
    subnet_group: typing.Optional[typing.Union[builtins.str, CoreSubnetGroup]] = None,
    subnet_group_properties: typing.Any = None,
    warnings: typing.Optional[typing.Sequence[typing.Sequence[builtins.str]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04bd15f9eea890708822ccb9907902cd29ee72676eded3d7149b53f07173128b(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__caff8b4036e8bf883206d844b43d90c38c62e60fb2d76334bb15552873fbc152(
    parameters: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6878b89785288e8470ce5f563110f369b33284048bab7bfd31a53c014269331(
    *,
    properties: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1f07361916180d19d258ba7b960c3a9da109b5d390a911ed4d4b103a8fabbd2(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb431270bb62cf6132ceaaf910e7cfc17d744e97883bca765d073817fa67da8b(
    *,
    security_group_description: builtins.str,
    vpc: _aws_cdk_aws_ec2_ceddda9d.IVpc,
    default_ports: typing.Optional[typing.Sequence[jsii.Number]] = None,
    egress: typing.Optional[typing.Sequence[typing.Union[CoreRule, typing.Dict[builtins.str, typing.Any]]]] = None,
    ingress: typing.Optional[typing.Sequence[typing.Union[CoreRule, typing.Dict[builtins.str, typing.Any]]]] = None,
    public_name: typing.Optional[builtins.str] = None,
    security_groups: typing.Optional[typing.Sequence[_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup]] = None,
    endpoint_properties: typing.Any,
    link: CoreRedisCloudPrivateLink,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11c50c79b4ef74e462900e87a77c6a01e456bb0ab069478c3849a0af69466ba8(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe201d3f2da1f66ba4caaae3e97f1d0d12a674fde0120a26f8ce07f93b6ab776(
    *,
    api_base_url: builtins.str,
    api_credentials: _aws_cdk_aws_secretsmanager_ceddda9d.ISecret,
    asset_path: builtins.str,
    framework_acknowledgments: typing.Sequence[typing.Sequence[builtins.str]],
    handler_acknowledgments: typing.Sequence[typing.Sequence[builtins.str]],
    invoke_any_version_reason: builtins.str,
    properties: typing.Mapping[builtins.str, typing.Any],
    subscription_id: jsii.Number,
    query_interval: typing.Optional[_aws_cdk_ceddda9d.Duration] = None,
    region_id: typing.Optional[jsii.Number] = None,
    total_timeout: typing.Optional[_aws_cdk_ceddda9d.Duration] = None,
    vpc: typing.Optional[_aws_cdk_aws_ec2_ceddda9d.IVpc] = None,
    vpc_subnets: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__56c7ad1b4288e294e3ee40c189e70fc7460d37052ce3c9fafea0c2a4d9f25233(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb41c94248211adaef6fb1a18bafe32972bfd25d7a3ae6e48e68843889491f9a(
    *,
    port: jsii.Number,
    properties: typing.Any,
    security_group_description: builtins.str,
    vpc: _aws_cdk_aws_ec2_ceddda9d.IVpc,
    logs: typing.Optional[typing.Sequence[typing.Union[CoreLogDelivery, typing.Dict[builtins.str, typing.Any]]]] = None,
    notification_topic: typing.Optional[_aws_cdk_aws_sns_ceddda9d.ITopic] = None,
    parameter_group: typing.Optional[typing.Union[builtins.str, CoreParameterGroup]] = None,
    parameter_group_properties: typing.Any = None,
    removal_policy: typing.Optional[_aws_cdk_ceddda9d.RemovalPolicy] = None,
    security_groups: typing.Optional[typing.Sequence[_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup]] = None,
    subnet_group: typing.Optional[typing.Union[builtins.str, CoreSubnetGroup]] = None,
    subnet_group_properties: typing.Any = None,
    warnings: typing.Optional[typing.Sequence[typing.Sequence[builtins.str]]] = None,
    auth_token: typing.Optional[_aws_cdk_ceddda9d.SecretValue] = None,
    generated_auth_token: typing.Optional[typing.Union[CoreGeneratedTokenProps, typing.Dict[builtins.str, typing.Any]]] = None,
    kms_key: typing.Optional[_aws_cdk_aws_kms_ceddda9d.IKey] = None,
    online_resharding: typing.Optional[builtins.bool] = None,
    public_name: typing.Optional[builtins.str] = None,
    user_group: typing.Optional[typing.Union[builtins.str, CoreUserGroup]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07fb7642161bf37df873636d68be608ff3927a77128273b87b1931640672da3d(
    *,
    description: builtins.str,
    port: jsii.Number,
    cidr: typing.Optional[builtins.str] = None,
    peer: typing.Optional[_aws_cdk_aws_ec2_ceddda9d.IPeer] = None,
    to_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d89133c6a8e44707a1fb6cb75a885414e60d36d0ceb7c1e992888e79ac14ce7(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a0df6588221a567843d1b032c174b4ce6de3b238e834496faad9afecd7d1428(
    *,
    client_ports: typing.Sequence[jsii.Number],
    highest_data_storage_gb: jsii.Number,
    lowest_data_storage_gb: jsii.Number,
    properties: typing.Any,
    data_storage_maximum: typing.Optional[_aws_cdk_ceddda9d.Size] = None,
    data_storage_minimum: typing.Optional[_aws_cdk_ceddda9d.Size] = None,
    kms_key: typing.Optional[_aws_cdk_aws_kms_ceddda9d.IKey] = None,
    public_endpoint: typing.Optional[builtins.bool] = None,
    removal_policy: typing.Optional[_aws_cdk_ceddda9d.RemovalPolicy] = None,
    security_group_description: typing.Optional[builtins.str] = None,
    security_groups: typing.Optional[typing.Sequence[_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup]] = None,
    user_group: typing.Optional[typing.Union[builtins.str, CoreUserGroup]] = None,
    vpc: typing.Optional[_aws_cdk_aws_ec2_ceddda9d.IVpc] = None,
    warning: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da2afff27356557c7e3e79e52a59880669ba803c01ae52dca919ad58dd1e681f(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87dc20b6718070788021702adee1382ec45e2a59b646f26723de81dd7511272b(
    *,
    properties: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23523e957df6e6409ebb4796d1d977e7acdcd7f81338ab782c554cdd86fd8e59(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__847623c15a342768f9ef9b3f5c82ecbdc98cdccaa382676e7912708ea2626039(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6bb9eb77e8391181918c6eb55d7b81b95b8a026729932b2682968e5546c54c1(
    members: typing.Sequence[typing.Union[builtins.str, CoreUser]],
    problem: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9178c08a3f9b4a761fe0867c1e7e93e5538db43f964f9d5f1aa857b3a9814d57(
    *,
    members: typing.Sequence[typing.Union[builtins.str, CoreUser]],
    properties: typing.Any,
    problem: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c15ce5fcf8276fac1785320b19b27469cbee3b218feb751343549b708234311f(
    *,
    max_password_length: jsii.Number,
    min_password_length: jsii.Number,
    properties: typing.Any,
    generated_password: typing.Optional[typing.Union[CoreGeneratedPasswordProps, typing.Dict[builtins.str, typing.Any]]] = None,
    passwords: typing.Optional[typing.Sequence[_aws_cdk_ceddda9d.SecretValue]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3fc181ad4278de3d5c335fbb370ebf67be99c53f57418549e074b0072183dae3(
    *,
    height: jsii.Number,
    type: builtins.str,
    width: jsii.Number,
    alarms: typing.Optional[typing.Sequence[_aws_cdk_aws_cloudwatch_ceddda9d.IAlarm]] = None,
    left: typing.Optional[typing.Sequence[typing.Union[CoreMetricSpec, typing.Dict[builtins.str, typing.Any]]]] = None,
    left_label: typing.Optional[builtins.str] = None,
    markdown: typing.Optional[builtins.str] = None,
    right: typing.Optional[typing.Sequence[typing.Union[CoreMetricSpec, typing.Dict[builtins.str, typing.Any]]]] = None,
    right_label: typing.Optional[builtins.str] = None,
    title: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45491d766028135809d0d2193b6c74126fe99466ec809a33202727b2223ab739(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
) -> None:
    """Type checking stubs"""
    pass


# --- classes defined on first use (scripts/core_lazy_classes.py) ---
# mypy reads these copies: it takes ``MYPY`` as true, like TYPE_CHECKING. They are not under
# TYPE_CHECKING because pdoc runs those blocks to resolve annotations, without this module's
# private names (``jsii``), and a class statement there would fail.
MYPY = False
if MYPY:
    class CoreCacheDashboard(
        _aws_cdk_aws_cloudwatch_ceddda9d.Dashboard,
        metaclass=jsii.JSIIMeta,
        jsii_type="elasticache-kit-core.CoreCacheDashboard",
    ):
        '''A CloudWatch dashboard of caches: one row of widgets per list of specs.'''

        def __init__(
            self,
            scope: "_constructs_77d1e7e8.Construct",
            id: builtins.str,
            props: typing.Any,
        ) -> None:
            '''
            :param scope: -
            :param id: -
            :param props: a {@link CoreCacheDashboardProps} as a plain object.
            '''
            if __debug__:
                type_hints = cached_type_hints(_typecheckingstub__36574a143bb9058c6168dcf609561950da8a0bcd0ab7874a23dee8c1bd917681)
                check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
                check_type(argname="argument id", value=id, expected_type=type_hints["id"])
                check_type(argname="argument props", value=props, expected_type=type_hints["props"])
            jsii.create(self.__class__, self, [scope, id, props])


import __future__ as _future
import sys as _sys

# name: (the lazy classes it is built on, its source)
_LAZY_CLASSES: typing.Dict[str, typing.Tuple[typing.Tuple[str, ...], str]] = {
    'CoreCacheDashboard': ((), 'class CoreCacheDashboard(\n    _aws_cdk_aws_cloudwatch_ceddda9d.Dashboard,\n    metaclass=jsii.JSIIMeta,\n    jsii_type="elasticache-kit-core.CoreCacheDashboard",\n):\n    \'\'\'A CloudWatch dashboard of caches: one row of widgets per list of specs.\'\'\'\n\n    def __init__(\n        self,\n        scope: "_constructs_77d1e7e8.Construct",\n        id: builtins.str,\n        props: typing.Any,\n    ) -> None:\n        \'\'\'\n        :param scope: -\n        :param id: -\n        :param props: a {@link CoreCacheDashboardProps} as a plain object.\n        \'\'\'\n        if __debug__:\n            type_hints = cached_type_hints(_typecheckingstub__36574a143bb9058c6168dcf609561950da8a0bcd0ab7874a23dee8c1bd917681)\n            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])\n            check_type(argname="argument id", value=id, expected_type=type_hints["id"])\n            check_type(argname="argument props", value=props, expected_type=type_hints["props"])\n        jsii.create(self.__class__, self, [scope, id, props])\n'),
}


def _define_on_first_use(name: str) -> typing.Any:
    entry = _LAZY_CLASSES.get(name)
    if entry is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if name not in globals():
        lazy_bases, source = entry
        for base in lazy_bases:
            _define_on_first_use(base)
        code = compile(source, __file__, "exec", flags=_future.annotations.compiler_flag, dont_inherit=True)
        exec(code, globals())
    value = globals()[name]
    setattr(_sys.modules[__name__], name, value)
    return value


setattr(_sys.modules[__name__], "__getattr__", _define_on_first_use)
