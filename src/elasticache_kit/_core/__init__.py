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
        :param props: ``{ alarms: CoreAlarmSpec[], actions?, okActions?, composite?: { alarmName, description, actions?, okActions? } }`` as a plain object.
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
        :param props: ``{ dashboardName?, rows: CoreWidgetSpec[][] }`` as a plain object.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__36574a143bb9058c6168dcf609561950da8a0bcd0ab7874a23dee8c1bd917681)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])


@jsii.implements(_aws_cdk_aws_ec2_ceddda9d.IConnectable)
class CoreConnectableResource(
    _aws_cdk_ceddda9d.Resource,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreConnectableResource",
):
    '''A Resource with its own security group ("SecurityGroup", no outbound traffic but the ``egress`` rules) and the Connections over it and any others: the JavaScript half of InterfaceEndpoint and NatBastion.

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
        :param props: a {@link CoreConnectableResourceProps} as a plain object.
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
        :param props: ``{ properties, primary, removalPolicy? }`` as a plain object
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
class CoreImportedNodeCluster(
    _aws_cdk_ceddda9d.Resource,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreImportedNodeCluster",
):
    '''A replication group or Memcached cluster that exists outside this app: a Resource with its Connections.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        props: typing.Any,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param props: ``{ securityGroups?, port? }`` as a plain object.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__45491d766028135809d0d2193b6c74126fe99466ec809a33202727b2223ab739)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])

    @builtins.property
    @jsii.member(jsii_name="connections")
    def connections(self) -> "_aws_cdk_aws_ec2_ceddda9d.Connections":
        '''Network access to the cluster (default port: the port it was imported with, if any).'''
        return typing.cast("_aws_cdk_aws_ec2_ceddda9d.Connections", jsii.get(self, "connections"))


@jsii.implements(_aws_cdk_aws_ec2_ceddda9d.IConnectable)
class CoreImportedServerlessCache(
    _aws_cdk_ceddda9d.Resource,
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreImportedServerlessCache",
):
    '''A serverless cache that exists outside this app: a Resource with the Connections over the security groups it was imported with.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        props: typing.Any,
    ) -> None:
        '''
        :param scope: -
        :param id: -
        :param props: a {@link CoreImportedServerlessCacheProps} as a plain object.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6b7d07e6d2896c4181d81f2e61d45182752be56fc34cb6109ede8dae918a497a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument props", value=props, expected_type=type_hints["props"])
        jsii.create(self.__class__, self, [scope, id, props])

    @builtins.property
    @jsii.member(jsii_name="connections")
    def connections(self) -> "_aws_cdk_aws_ec2_ceddda9d.Connections":
        '''Network access to the cache (default port: its engine's client ports, if known).'''
        return typing.cast("_aws_cdk_aws_ec2_ceddda9d.Connections", jsii.get(self, "connections"))


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
        :param props: the props of CoreConnectableResource, plus ``endpointProperties``: the CfnVPCEndpoint's properties (camelCase) without ``vpcId`` and ``securityGroupIds``.
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


class CoreMarkers(
    metaclass=jsii.JSIIMeta,
    jsii_type="elasticache-kit-core.CoreMarkers",
):
    '''The markers created constructs carry: ``Symbol.for('elasticache-kit.KIND')`` properties (KIND: ServerlessCache, IamUser, PasswordUser, NoPasswordUser, UserGroup), so the test works across copies of the library, as the alpha module's ``isServerlessCache`` does with its own symbol.'''

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
        :param props: ``{ properties }``: the CfnParameterGroup's properties (camelCase).
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
        :param props: the props of CoreInterfaceEndpoint, plus ``link`` (the {@link CoreRedisCloudPrivateLink}; its ResourceConfigurationArn is the endpoint's); an ingress rule with neither ``peer`` nor ``cidr`` is from the VPC's CIDR block
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
        :param props: ``{ properties }``: the CfnSubnetGroup's properties (camelCase).
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
    "CoreAlarmSet",
    "CoreCacheCluster",
    "CoreCacheDashboard",
    "CoreConnectableResource",
    "CoreGlobalDatastore",
    "CoreGrants",
    "CoreImportedNodeCluster",
    "CoreImportedServerlessCache",
    "CoreInterfaceEndpoint",
    "CoreMarkers",
    "CoreMetrics",
    "CoreNetwork",
    "CoreParameterGroup",
    "CoreRedisCloudEndpoint",
    "CoreRedisCloudPrivateLink",
    "CoreReplicationGroup",
    "CoreServerlessCache",
    "CoreSubnetGroup",
    "CoreUser",
    "CoreUserGroup",
]

publication.publish()

def _typecheckingstub__93fd1d4b7e2b6f6841d03fcb253ba705f3edbff48feb09edda94baf9f0be34cc(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
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

def _typecheckingstub__b54238ec72b622e029ff9d8885781cf4e549d00cca5c4f70f95594b0f8c24a76(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
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

def _typecheckingstub__45491d766028135809d0d2193b6c74126fe99466ec809a33202727b2223ab739(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
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

def _typecheckingstub__ff451fd8321604ea6a6af5aadcbd1916ec76f0b6dcfb22fec7c681323dd70971(
    x: typing.Any,
    kind: builtins.str,
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

def _typecheckingstub__c1f07361916180d19d258ba7b960c3a9da109b5d390a911ed4d4b103a8fabbd2(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
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

def _typecheckingstub__56c7ad1b4288e294e3ee40c189e70fc7460d37052ce3c9fafea0c2a4d9f25233(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    props: typing.Any,
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

def _typecheckingstub__da2afff27356557c7e3e79e52a59880669ba803c01ae52dca919ad58dd1e681f(
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
