r'''
# elasticache-kit-core

JavaScript side of elasticache_kit (internal).
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
    import aws_cdk.aws_secretsmanager as _aws_cdk_aws_secretsmanager_ceddda9d
    import constructs as _constructs_77d1e7e8
else:

    _aws_cdk_aws_cloudwatch_ceddda9d = _LazyImport("aws_cdk.aws_cloudwatch")
    _aws_cdk_aws_ec2_ceddda9d = _LazyImport("aws_cdk.aws_ec2")
    _aws_cdk_aws_elasticache_ceddda9d = _LazyImport("aws_cdk.aws_elasticache")
    _aws_cdk_aws_iam_ceddda9d = _LazyImport("aws_cdk.aws_iam")
    _aws_cdk_aws_secretsmanager_ceddda9d = _LazyImport("aws_cdk.aws_secretsmanager")
    _aws_cdk_ceddda9d = _LazyImport("aws_cdk")
    _constructs_77d1e7e8 = _LazyImport("constructs")


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


__all__ = [
    "CoreGrants",
    "CoreMetrics",
    "CoreNetwork",
    "CoreServerlessCache",
    "CoreUser",
    "CoreUserGroup",
]

publication.publish()

def _typecheckingstub__d11a6184b3dbfb0f0f2e4901ef8d978a0a2c77a344f371459cd05537e7605159(
    grantee: _aws_cdk_aws_iam_ceddda9d.IGrantable,
    actions: typing.Sequence[builtins.str],
    resource_arns: typing.Sequence[builtins.str],
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

def _typecheckingstub__1d89133c6a8e44707a1fb6cb75a885414e60d36d0ceb7c1e992888e79ac14ce7(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
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
