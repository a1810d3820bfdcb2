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
    import aws_cdk.aws_ec2 as _aws_cdk_aws_ec2_ceddda9d
    import aws_cdk.aws_elasticache as _aws_cdk_aws_elasticache_ceddda9d
    import aws_cdk.aws_iam as _aws_cdk_aws_iam_ceddda9d
    import aws_cdk.aws_kms as _aws_cdk_aws_kms_ceddda9d
    import aws_cdk.aws_secretsmanager as _aws_cdk_aws_secretsmanager_ceddda9d
    import constructs as _constructs_77d1e7e8
else:

    _aws_cdk_aws_ec2_ceddda9d = _LazyImport("aws_cdk.aws_ec2")
    _aws_cdk_aws_elasticache_ceddda9d = _LazyImport("aws_cdk.aws_elasticache")
    _aws_cdk_aws_iam_ceddda9d = _LazyImport("aws_cdk.aws_iam")
    _aws_cdk_aws_kms_ceddda9d = _LazyImport("aws_cdk.aws_kms")
    _aws_cdk_aws_secretsmanager_ceddda9d = _LazyImport("aws_cdk.aws_secretsmanager")
    _aws_cdk_ceddda9d = _LazyImport("aws_cdk")
    _constructs_77d1e7e8 = _LazyImport("constructs")


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreGeneratedPasswordProps",
    jsii_struct_bases=[],
    name_mapping={
        "description": "description",
        "length": "length",
        "user_name": "userName",
        "encryption_key": "encryptionKey",
    },
)
class CoreGeneratedPasswordProps:
    def __init__(
        self,
        *,
        description: builtins.str,
        length: jsii.Number,
        user_name: builtins.str,
        encryption_key: typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"] = None,
    ) -> None:
        '''A Secrets Manager secret to generate a user's password in.

        :param description: Description of the secret.
        :param length: Length of the generated password.
        :param user_name: The ``username`` field written next to the password.
        :param encryption_key: KMS key of the secret. Default: the aws/secretsmanager key
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__24d0ed355796bfb86bd06a4a1f2602a6a69fc5d76b8805140496c2641de80481)
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument length", value=length, expected_type=type_hints["length"])
            check_type(argname="argument user_name", value=user_name, expected_type=type_hints["user_name"])
            check_type(argname="argument encryption_key", value=encryption_key, expected_type=type_hints["encryption_key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "description": description,
            "length": length,
            "user_name": user_name,
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
    def length(self) -> jsii.Number:
        '''Length of the generated password.'''
        result = self._values.get("length")
        assert result is not None, "Required property 'length' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def user_name(self) -> builtins.str:
        '''The ``username`` field written next to the password.'''
        result = self._values.get("user_name")
        assert result is not None, "Required property 'user_name' is missing"
        return typing.cast(builtins.str, result)

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
        one_per_az: builtins.bool,
    ) -> typing.List[builtins.str]:
        '''Ids of the VPC's private subnets with egress, else of its isolated subnets (one per AZ if asked).

        Kinds the VPC lacks are skipped rather than
        selected (selecting one throws). A VPC with neither is an input error.

        :param vpc: -
        :param one_per_az: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba38bc837b0675956dc9f23f878f2d3ca5faa7320b6848abf97e131803fec76a)
            check_type(argname="argument vpc", value=vpc, expected_type=type_hints["vpc"])
            check_type(argname="argument one_per_az", value=one_per_az, expected_type=type_hints["one_per_az"])
        return typing.cast(typing.List[builtins.str], jsii.sinvoke(cls, "defaultSubnetIds", [vpc, one_per_az]))


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


@jsii.data_type(
    jsii_type="elasticache-kit-core.CoreServerlessCacheProps",
    jsii_struct_bases=[],
    name_mapping={
        "properties": "properties",
        "vpc": "vpc",
        "data_storage_maximum": "dataStorageMaximum",
        "data_storage_minimum": "dataStorageMinimum",
        "highest_data_storage_gb": "highestDataStorageGb",
        "kms_key": "kmsKey",
        "lowest_data_storage_gb": "lowestDataStorageGb",
        "removal_policy": "removalPolicy",
        "security_group_description": "securityGroupDescription",
        "security_groups": "securityGroups",
        "user_group": "userGroup",
    },
)
class CoreServerlessCacheProps:
    def __init__(
        self,
        *,
        properties: typing.Any,
        vpc: "_aws_cdk_aws_ec2_ceddda9d.IVpc",
        data_storage_maximum: typing.Optional["_aws_cdk_ceddda9d.Size"] = None,
        data_storage_minimum: typing.Optional["_aws_cdk_ceddda9d.Size"] = None,
        highest_data_storage_gb: typing.Optional[jsii.Number] = None,
        kms_key: typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"] = None,
        lowest_data_storage_gb: typing.Optional[jsii.Number] = None,
        removal_policy: typing.Optional["_aws_cdk_ceddda9d.RemovalPolicy"] = None,
        security_group_description: typing.Optional[builtins.str] = None,
        security_groups: typing.Optional[typing.Sequence["_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup"]] = None,
        user_group: typing.Optional[typing.Union[builtins.str, "CoreUserGroup"]] = None,
    ) -> None:
        '''Inputs of {@link CoreServerlessCache}.

        :param properties: Properties of the CfnServerlessCache (camelCase) that Python rendered.
        :param vpc: The VPC of the security group created when none is given.
        :param data_storage_maximum: Largest data storage. Default: none
        :param data_storage_minimum: Smallest data storage. Default: none
        :param highest_data_storage_gb: Highest data storage limit accepted, in GB. Default: 5000
        :param kms_key: Customer managed key for encryption at rest. Default: AWS owned key
        :param lowest_data_storage_gb: Lowest data storage limit accepted, in GB. Default: 1
        :param removal_policy: Removal policy of the cache. Default: CloudFormation's (delete)
        :param security_group_description: Description of the security group created when none is given. Default: none
        :param security_groups: Security groups to use. Default: a new one
        :param user_group: The user group: created here (by Ref) or the id of another. Default: none
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6a0df6588221a567843d1b032c174b4ce6de3b238e834496faad9afecd7d1428)
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
            check_type(argname="argument vpc", value=vpc, expected_type=type_hints["vpc"])
            check_type(argname="argument data_storage_maximum", value=data_storage_maximum, expected_type=type_hints["data_storage_maximum"])
            check_type(argname="argument data_storage_minimum", value=data_storage_minimum, expected_type=type_hints["data_storage_minimum"])
            check_type(argname="argument highest_data_storage_gb", value=highest_data_storage_gb, expected_type=type_hints["highest_data_storage_gb"])
            check_type(argname="argument kms_key", value=kms_key, expected_type=type_hints["kms_key"])
            check_type(argname="argument lowest_data_storage_gb", value=lowest_data_storage_gb, expected_type=type_hints["lowest_data_storage_gb"])
            check_type(argname="argument removal_policy", value=removal_policy, expected_type=type_hints["removal_policy"])
            check_type(argname="argument security_group_description", value=security_group_description, expected_type=type_hints["security_group_description"])
            check_type(argname="argument security_groups", value=security_groups, expected_type=type_hints["security_groups"])
            check_type(argname="argument user_group", value=user_group, expected_type=type_hints["user_group"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "properties": properties,
            "vpc": vpc,
        }
        if data_storage_maximum is not None:
            self._values["data_storage_maximum"] = data_storage_maximum
        if data_storage_minimum is not None:
            self._values["data_storage_minimum"] = data_storage_minimum
        if highest_data_storage_gb is not None:
            self._values["highest_data_storage_gb"] = highest_data_storage_gb
        if kms_key is not None:
            self._values["kms_key"] = kms_key
        if lowest_data_storage_gb is not None:
            self._values["lowest_data_storage_gb"] = lowest_data_storage_gb
        if removal_policy is not None:
            self._values["removal_policy"] = removal_policy
        if security_group_description is not None:
            self._values["security_group_description"] = security_group_description
        if security_groups is not None:
            self._values["security_groups"] = security_groups
        if user_group is not None:
            self._values["user_group"] = user_group

    @builtins.property
    def properties(self) -> typing.Any:
        '''Properties of the CfnServerlessCache (camelCase) that Python rendered.'''
        result = self._values.get("properties")
        assert result is not None, "Required property 'properties' is missing"
        return typing.cast(typing.Any, result)

    @builtins.property
    def vpc(self) -> "_aws_cdk_aws_ec2_ceddda9d.IVpc":
        '''The VPC of the security group created when none is given.'''
        result = self._values.get("vpc")
        assert result is not None, "Required property 'vpc' is missing"
        return typing.cast("_aws_cdk_aws_ec2_ceddda9d.IVpc", result)

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
    def highest_data_storage_gb(self) -> typing.Optional[jsii.Number]:
        '''Highest data storage limit accepted, in GB.

        :default: 5000
        '''
        result = self._values.get("highest_data_storage_gb")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def kms_key(self) -> typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"]:
        '''Customer managed key for encryption at rest.

        :default: AWS owned key
        '''
        result = self._values.get("kms_key")
        return typing.cast(typing.Optional["_aws_cdk_aws_kms_ceddda9d.IKey"], result)

    @builtins.property
    def lowest_data_storage_gb(self) -> typing.Optional[jsii.Number]:
        '''Lowest data storage limit accepted, in GB.

        :default: 1
        '''
        result = self._values.get("lowest_data_storage_gb")
        return typing.cast(typing.Optional[jsii.Number], result)

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

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CoreServerlessCacheProps(%s)" % ", ".join(
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
        "properties": "properties",
        "generated_password": "generatedPassword",
        "max_password_length": "maxPasswordLength",
        "min_password_length": "minPasswordLength",
        "passwords": "passwords",
    },
)
class CoreUserProps:
    def __init__(
        self,
        *,
        properties: typing.Any,
        generated_password: typing.Optional[typing.Union["CoreGeneratedPasswordProps", typing.Dict[builtins.str, typing.Any]]] = None,
        max_password_length: typing.Optional[jsii.Number] = None,
        min_password_length: typing.Optional[jsii.Number] = None,
        passwords: typing.Optional[typing.Sequence["_aws_cdk_ceddda9d.SecretValue"]] = None,
    ) -> None:
        '''Inputs of {@link CoreUser}.

        :param properties: Properties of the CfnUser (camelCase), without the passwords.
        :param generated_password: Generate the password in a new secret instead. Default: no secret
        :param max_password_length: Longest literal password accepted. Default: 128
        :param min_password_length: Shortest literal password accepted. Default: 16
        :param passwords: Passwords to unwrap into AuthenticationMode.Passwords. Default: none
        '''
        if isinstance(generated_password, dict):
            generated_password = CoreGeneratedPasswordProps(**generated_password)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c15ce5fcf8276fac1785320b19b27469cbee3b218feb751343549b708234311f)
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
            check_type(argname="argument generated_password", value=generated_password, expected_type=type_hints["generated_password"])
            check_type(argname="argument max_password_length", value=max_password_length, expected_type=type_hints["max_password_length"])
            check_type(argname="argument min_password_length", value=min_password_length, expected_type=type_hints["min_password_length"])
            check_type(argname="argument passwords", value=passwords, expected_type=type_hints["passwords"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "properties": properties,
        }
        if generated_password is not None:
            self._values["generated_password"] = generated_password
        if max_password_length is not None:
            self._values["max_password_length"] = max_password_length
        if min_password_length is not None:
            self._values["min_password_length"] = min_password_length
        if passwords is not None:
            self._values["passwords"] = passwords

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
    def max_password_length(self) -> typing.Optional[jsii.Number]:
        '''Longest literal password accepted.

        :default: 128
        '''
        result = self._values.get("max_password_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_password_length(self) -> typing.Optional[jsii.Number]:
        '''Shortest literal password accepted.

        :default: 16
        '''
        result = self._values.get("min_password_length")
        return typing.cast(typing.Optional[jsii.Number], result)

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


__all__ = [
    "CoreGeneratedPasswordProps",
    "CoreGrants",
    "CoreNetwork",
    "CoreServerlessCache",
    "CoreServerlessCacheProps",
    "CoreUser",
    "CoreUserGroup",
    "CoreUserGroupProps",
    "CoreUserProps",
]

publication.publish()

def _typecheckingstub__24d0ed355796bfb86bd06a4a1f2602a6a69fc5d76b8805140496c2641de80481(
    *,
    description: builtins.str,
    length: jsii.Number,
    user_name: builtins.str,
    encryption_key: typing.Optional[_aws_cdk_aws_kms_ceddda9d.IKey] = None,
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

def _typecheckingstub__ba38bc837b0675956dc9f23f878f2d3ca5faa7320b6848abf97e131803fec76a(
    vpc: _aws_cdk_aws_ec2_ceddda9d.IVpc,
    one_per_az: builtins.bool,
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
    properties: typing.Any,
    vpc: _aws_cdk_aws_ec2_ceddda9d.IVpc,
    data_storage_maximum: typing.Optional[_aws_cdk_ceddda9d.Size] = None,
    data_storage_minimum: typing.Optional[_aws_cdk_ceddda9d.Size] = None,
    highest_data_storage_gb: typing.Optional[jsii.Number] = None,
    kms_key: typing.Optional[_aws_cdk_aws_kms_ceddda9d.IKey] = None,
    lowest_data_storage_gb: typing.Optional[jsii.Number] = None,
    removal_policy: typing.Optional[_aws_cdk_ceddda9d.RemovalPolicy] = None,
    security_group_description: typing.Optional[builtins.str] = None,
    security_groups: typing.Optional[typing.Sequence[_aws_cdk_aws_ec2_ceddda9d.ISecurityGroup]] = None,
    user_group: typing.Optional[typing.Union[builtins.str, CoreUserGroup]] = None,
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
    properties: typing.Any,
    generated_password: typing.Optional[typing.Union[CoreGeneratedPasswordProps, typing.Dict[builtins.str, typing.Any]]] = None,
    max_password_length: typing.Optional[jsii.Number] = None,
    min_password_length: typing.Optional[jsii.Number] = None,
    passwords: typing.Optional[typing.Sequence[_aws_cdk_ceddda9d.SecretValue]] = None,
) -> None:
    """Type checking stubs"""
    pass
