/**
 * The JavaScript side of elasticache_kit.
 *
 * The Python constructs check their input and render CloudFormation
 * properties in Python, then make exactly one jsii call: the constructor of
 * one of these classes, which creates the L1 resources (and the cache's
 * security group or the user's generated secret) and wires their references.
 * Values Python cannot see without a round trip (Size amounts, SecretValue
 * text) are checked here, before anything is added to the construct tree.
 *
 * Not a public API: only elasticache_kit's Python classes use it.
 */
import { Annotations, Duration, RemovalPolicy, Resource, SecretValue, Size, SizeRoundingBehavior, Stack, Token, Validations } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { Connections, IConnectable, ISecurityGroup, IVpc, SecurityGroup, SubnetType } from 'aws-cdk-lib/aws-ec2';
import { Grant, IGrantable } from 'aws-cdk-lib/aws-iam';
import { CfnServerlessCache, CfnUser, CfnUserGroup } from 'aws-cdk-lib/aws-elasticache';
import { IKey } from 'aws-cdk-lib/aws-kms';
import { ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { clientPort, mark } from './private';

export * from './clusters';
export * from './connectable';
export * from './endpoint';
export * from './monitoring';
export * from './redis_cloud';

/** Prefix of the messages of input errors found here; Python turns them into ValidationError. */
const VALIDATION_MARKER = 'elasticache_kit.ValidationError ';

function fail(prop: string, value: string, rule: string): never {
  throw new Error(VALIDATION_MARKER + JSON.stringify({ prop, value, rule }));
}

/** A Secrets Manager secret to generate a user's password in. */
interface CoreGeneratedPasswordProps {
  /** Description of the secret. */
  readonly description: string;
  /** The ``username`` field written next to the password. */
  readonly userName: string;
  /** The ``user_arn`` field (the format of ElastiCache's password rotation). */
  readonly userArn: string;
  /** Length of the generated password. */
  readonly length: number;
  /** KMS key of the secret. @default the aws/secretsmanager key */
  readonly encryptionKey?: IKey;
  /** Validation findings to acknowledge on the secret, as [id, reason] pairs. @default none */
  readonly acknowledgments?: Array<[string, string]>;
}

// The constructors take their props as plain objects (jsii type "any"): Python
// has checked them already, and typed structs would cost a run-time type check
// of every field on the Python side of each call.

/** Inputs of {@link CoreUser}. */
interface CoreUserProps {
  /** Properties of the CfnUser (camelCase), without the passwords. */
  readonly properties: any;
  /** Passwords to unwrap into AuthenticationMode.Passwords. @default none */
  readonly passwords?: SecretValue[];
  /** Shortest literal password accepted (Python's rule). */
  readonly minPasswordLength: number;
  /** Longest literal password accepted (Python's rule). */
  readonly maxPasswordLength: number;
  /** Generate the password in a new secret instead. @default no secret */
  readonly generatedPassword?: CoreGeneratedPasswordProps;
}

function checkedPasswords(scope: Construct, props: CoreUserProps): string[] | undefined {
  if (props.passwords == null) {
    return undefined;
  }
  const low = props.minPasswordLength;
  const high = props.maxPasswordLength;
  const texts = props.passwords.map((password, index) => {
    const text = password.unsafeUnwrap();
    if (!Token.isUnresolved(text)) {
      if (text.length < low || text.length > high) {
        fail(`passwords[${index}]`, `(${text.length} characters)`, `must be ${low}..${high} characters long`);
      }
      if (!/^[\x21-\x7e]*$/.test(text)) {
        fail(`passwords[${index}]`, '(hidden)', 'must be printable ASCII without spaces');
      }
    }
    return text;
  });
  // Compared resolved: two references to one secret are different token strings.
  if (texts.length === 2 && sameResolved(scope, texts[0], texts[1])) {
    fail('passwords', '(hidden)', 'lists the same password twice (CloudFormation requires them to differ)');
  }
  return texts;
}

function sameResolved(scope: Construct, a: string, b: string): boolean {
  if (!Token.isUnresolved(a) && !Token.isUnresolved(b)) {
    return a === b;
  }
  const stack = Stack.of(scope);
  return JSON.stringify(stack.resolve(a)) === JSON.stringify(stack.resolve(b));
}

/** The marker of a created user, by its AuthenticationMode.Type. */
const USER_KINDS: Record<string, string> = {
  'iam': 'IamUser',
  'password': 'PasswordUser',
  'no-password-required': 'NoPasswordUser',
};

/** An ElastiCache RBAC user: a Resource holding one CfnUser ("Resource"). */
export class CoreUser extends Resource {
  /** The AWS::ElastiCache::User. */
  public readonly cfnUser: CfnUser;
  /** The secret holding the generated password, if one was generated. */
  public readonly generatedSecret?: ISecret;

  /** @param props a {@link CoreUserProps} as a plain object */
  constructor(scope: Construct, id: string, props: any) {
    let passwords = checkedPasswords(scope, props);
    super(scope, id);
    const generated = props.generatedPassword;
    if (generated != null) {
      const secret = new Secret(this, 'Secret', {
        description: generated.description,
        encryptionKey: generated.encryptionKey,
        generateSecretString: {
          secretStringTemplate: JSON.stringify({ username: generated.userName, user_arn: generated.userArn }),
          generateStringKey: 'password',
          passwordLength: generated.length,
          excludePunctuation: true,
        },
      });
      this.generatedSecret = secret;
      if (generated.acknowledgments != null && generated.acknowledgments.length > 0) {
        Validations.of(secret).acknowledge(...generated.acknowledgments.map(([ackId, reason]: [string, string]) => ({ id: ackId, reason })));
      }
      passwords = [secret.secretValueFromJson('password').unsafeUnwrap()];
    }
    const properties = { ...props.properties };
    if (passwords !== undefined) {
      properties.authenticationMode = { ...properties.authenticationMode, Passwords: passwords };
    }
    this.cfnUser = new CfnUser(this, 'Resource', properties);
    mark(this, USER_KINDS[props.properties.authenticationMode.Type]);
  }
}

/** Inputs of {@link CoreUserGroup}. */
interface CoreUserGroupProps {
  /** Properties of the CfnUserGroup (camelCase), without the user ids. */
  readonly properties: any;
  /** Members: users created here (listed by Ref) or ids of other users. */
  readonly members: Array<CoreUser | string>;
  /** An error to report at synth while the members stay as they are. @default none */
  readonly problem?: string;
}

function memberIds(members: Array<CoreUser | string>): string[] {
  return members.map((member) => (typeof member === 'string' ? member : member.cfnUser.ref));
}

/** An ElastiCache RBAC user group: a Resource holding one CfnUserGroup ("Resource"). */
export class CoreUserGroup extends Resource {
  /** The AWS::ElastiCache::UserGroup. */
  public readonly cfnUserGroup: CfnUserGroup;
  private problem?: string;

  /** @param props a {@link CoreUserGroupProps} as a plain object */
  constructor(scope: Construct, id: string, props: any) {
    super(scope, id);
    this.cfnUserGroup = new CfnUserGroup(this, 'Resource', { ...props.properties, userIds: memberIds(props.members) });
    this.problem = props.problem ?? undefined;
    mark(this, 'UserGroup');
    // Checked at synth (no Python callback): Python decides the problem whenever the members change.
    this.node.addValidation({ validate: () => (this.problem === undefined ? [] : [this.problem]) });
  }

  /** Replace the member list, and the problem to report at synth (none if undefined). */
  public replaceMembers(members: Array<CoreUser | string>, problem?: string): void {
    this.cfnUserGroup.userIds = memberIds(members);
    this.problem = problem;
  }
}

/** Inputs of {@link CoreServerlessCache}. */
interface CoreServerlessCacheProps {
  /** Properties of the CfnServerlessCache (camelCase) that Python rendered. */
  readonly properties: any;
  /** The VPC of the security group created when none is given (none for a public cache). */
  readonly vpc?: IVpc;
  /** Security groups to use. @default a new one */
  readonly securityGroups?: ISecurityGroup[];
  /** A public cache (ConnectionType public): no security group. @default false */
  readonly publicEndpoint?: boolean;
  /** Description of the security group created when none is given. @default none */
  readonly securityGroupDescription?: string;
  /** The user group: created here (by Ref) or the id of another. @default none */
  readonly userGroup?: CoreUserGroup | string;
  /** Customer managed key for encryption at rest. @default AWS owned key */
  readonly kmsKey?: IKey;
  /** Smallest data storage. @default none */
  readonly dataStorageMinimum?: Size;
  /** Largest data storage. @default none */
  readonly dataStorageMaximum?: Size;
  /** Lowest data storage limit accepted, in GB (Python's rule). */
  readonly lowestDataStorageGb: number;
  /** Highest data storage limit accepted, in GB (Python's rule). */
  readonly highestDataStorageGb: number;
  /** The client ports of the engine: the default port of ``connections`` (lowest to highest). */
  readonly clientPorts: number[];
  /** Removal policy of the cache. @default CloudFormation's (delete) */
  readonly removalPolicy?: RemovalPolicy;
  /** A synth warning (acknowledgeable) to add to the cache, as [id, message]. @default none */
  readonly warning?: [string, string];
}

function wholeGb(prop: string, size: Size | undefined, low: number, high: number): number | undefined {
  if (size == null) {
    return undefined;
  }
  const value = size.toGibibytes({ rounding: SizeRoundingBehavior.NONE });
  if (Token.isUnresolved(value)) {
    return value;
  }
  if (!Number.isInteger(value)) {
    fail(prop, `${value} GB`, 'must be a whole number of GB');
  }
  if (value < low || value > high) {
    fail(prop, `${value} GB`, `is outside ${low}..${high} GB`);
  }
  return value;
}

function dataStorage(props: CoreServerlessCacheProps): any {
  const low = props.lowestDataStorageGb;
  const high = props.highestDataStorageGb;
  const minimum = wholeGb('cache_usage_limits.data_storage_minimum_size', props.dataStorageMinimum, low, high);
  const maximum = wholeGb('cache_usage_limits.data_storage_maximum_size', props.dataStorageMaximum, low, high);
  if (minimum === undefined && maximum === undefined) {
    return undefined;
  }
  if (minimum !== undefined && maximum !== undefined && !Token.isUnresolved(minimum)
    && !Token.isUnresolved(maximum) && minimum > maximum) {
    fail('cache_usage_limits.data_storage_minimum_size', `${minimum} GB`,
      `is greater than data_storage_maximum_size (${maximum} GB)`);
  }
  return { unit: 'GB', minimum, maximum };
}

/** An ElastiCache Serverless cache: a Resource holding a CfnServerlessCache ("Resource")
 * and, unless security groups are given, its own SecurityGroup ("SecurityGroup"). */
export class CoreServerlessCache extends Resource implements IConnectable {
  /** The AWS::ElastiCache::ServerlessCache. */
  public readonly cfnServerlessCache: CfnServerlessCache;
  /** The cache's security groups (given or created). */
  public readonly cacheSecurityGroups: ISecurityGroup[];
  /** Network access to the cache; the default port covers the engine's client ports. */
  public readonly connections: Connections;

  /** @param props a {@link CoreServerlessCacheProps} as a plain object */
  constructor(scope: Construct, id: string, props: any) {
    const storage = dataStorage(props);
    super(scope, id);
    const properties = { ...props.properties };
    if (storage !== undefined) {
      properties.cacheUsageLimits = { ...properties.cacheUsageLimits, dataStorage: storage };
    }
    const given: ISecurityGroup[] = props.securityGroups ?? [];
    // A public cache (ConnectionType public) has no VPC endpoint, so no security group.
    this.cacheSecurityGroups = props.publicEndpoint ? [] : given.length > 0 ? given : [new SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc!,
      description: props.securityGroupDescription,
      allowAllOutbound: false,
    })];
    this.connections = new Connections({
      securityGroups: this.cacheSecurityGroups,
      defaultPort: clientPort(props.clientPorts),
    });
    mark(this, 'ServerlessCache');
    const group = props.userGroup;
    this.cfnServerlessCache = new CfnServerlessCache(this, 'Resource', {
      ...properties,
      kmsKeyId: props.kmsKey?.keyArn,
      securityGroupIds: props.publicEndpoint ? undefined : this.cacheSecurityGroups.map((sg) => sg.securityGroupId),
      userGroupId: group == null || typeof group === 'string' ? group : group.cfnUserGroup.ref,
    });
    if (props.removalPolicy != null) {
      this.cfnServerlessCache.applyRemovalPolicy(props.removalPolicy);
    }
    if (props.warning != null) {
      Annotations.of(this).addWarningV2(props.warning[0], props.warning[1]);
    }
  }
}

/** Grants, with plain arguments (one call, no struct to build and check on the Python side). */
export class CoreGrants {
  /** Allow ``grantee`` the ``actions`` on exactly ``resourceArns``. */
  public static onPrincipal(grantee: IGrantable, actions: string[], resourceArns: string[]): Grant {
    return Grant.addToPrincipal({ grantee, actions, resourceArns });
  }

  /** Allow ``grantee`` the ``actions`` on exactly ``resourceArns`` under ``conditions`` (an IAM Condition block). */
  public static onPrincipalWithConditions(
    grantee: IGrantable, actions: string[], resourceArns: string[], conditions: any,
  ): Grant {
    return Grant.addToPrincipal({ grantee, actions, resourceArns, conditions });
  }

  private constructor() {}
}

/** Metrics, with plain arguments (one call; a MetricProps struct and a Duration would cost Python two). */
export class CoreMetrics {
  /** The ``statistic`` of ``metricName`` in ``namespace`` over ``periodSeconds``, for one dimension value. */
  public static metric(
    namespace: string, metricName: string, dimensionName: string, dimensionValue: string,
    statistic: string, periodSeconds: number,
  ): Metric {
    return new Metric({
      namespace,
      metricName,
      dimensionsMap: { [dimensionName]: dimensionValue },
      statistic,
      period: Duration.seconds(periodSeconds),
    });
  }

  private constructor() {}
}

/** Subnet choices that would cost Python several calls each. */
export class CoreNetwork {
  /**
   * Ids of the VPC's private subnets with egress, else of its isolated subnets,
   * one per AZ. Kinds the VPC lacks are skipped rather than selected
   * (selecting one throws). A VPC with neither is an input error.
   */
  public static defaultSubnetIds(vpc: IVpc): string[] {
    const kinds: Array<[SubnetType, number]> = [
      [SubnetType.PRIVATE_WITH_EGRESS, vpc.privateSubnets.length],
      [SubnetType.PRIVATE_ISOLATED, vpc.isolatedSubnets.length],
    ];
    for (const [subnetType, count] of kinds) {
      if (count > 0) {
        const ids = vpc.selectSubnets({ subnetType, onePerAz: true }).subnetIds;
        if (ids.length > 0) {
          return ids;
        }
      }
    }
    return fail('vpc', '(no private subnets)',
      'has no private subnets (with egress or isolated); add some or pass vpc_subnets');
  }

  private constructor() {}
}
