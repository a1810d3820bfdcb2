/**
 * The JavaScript halves of the node-based clusters: replication groups
 * (Valkey, Redis OSS; cluster mode disabled or enabled), Memcached clusters,
 * and their subnet and parameter groups.
 *
 * Python checks every rule and renders the CloudFormation properties; one
 * constructor call here creates the L1s a construct owns (the group, and the
 * subnet group, parameter group, security group, generated AUTH token secret
 * and log groups it was not given) and its ec2.Connections, so aws-cdk-lib
 * code handed the construct finds ``connections`` on this side of jsii.
 * Values Python cannot see without a round trip (a SecretValue's text) are
 * checked here, before anything is added to the tree.
 *
 * Not a public API: only elasticache_kit's Python classes use it.
 */
import { Annotations, Aws, CfnResource, RemovalPolicy, Resource, SecretValue, Stack, Token } from 'aws-cdk-lib';
import { Connections, IConnectable, ISecurityGroup, IVpc, Port, SecurityGroup } from 'aws-cdk-lib/aws-ec2';
import {
  CfnCacheCluster, CfnGlobalReplicationGroup, CfnParameterGroup, CfnReplicationGroup, CfnSubnetGroup,
} from 'aws-cdk-lib/aws-elasticache';
import { AnyPrincipal, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { IKey } from 'aws-cdk-lib/aws-kms';
import { ILogGroup, LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { mark } from './private';

/** Prefix of the messages of input errors found here; Python turns them into ValidationError. */
const VALIDATION_MARKER = 'elasticache_kit.ValidationError ';

function fail(prop: string, value: string, rule: string): never {
  throw new Error(VALIDATION_MARKER + JSON.stringify({ prop, value, rule }));
}


/** An ElastiCache subnet group: a Resource holding one CfnSubnetGroup ("Resource"). */
export class CoreSubnetGroup extends Resource {
  /** The AWS::ElastiCache::SubnetGroup. */
  public readonly cfnSubnetGroup: CfnSubnetGroup;

  /** @param props ``{ properties }``: the CfnSubnetGroup's properties (camelCase) */
  constructor(scope: Construct, id: string, props: any) {
    super(scope, id);
    this.cfnSubnetGroup = new CfnSubnetGroup(this, 'Resource', props.properties);
    mark(this, 'SubnetGroup');
  }
}

/** An ElastiCache parameter group: a Resource holding one CfnParameterGroup ("Resource"). */
export class CoreParameterGroup extends Resource {
  /** The AWS::ElastiCache::ParameterGroup. */
  public readonly cfnParameterGroup: CfnParameterGroup;

  /** @param props ``{ properties }``: the CfnParameterGroup's properties (camelCase) */
  constructor(scope: Construct, id: string, props: any) {
    super(scope, id);
    this.cfnParameterGroup = new CfnParameterGroup(this, 'Resource', props.properties);
    mark(this, 'ParameterGroup');
  }

  /** Replace the parameters (``Properties``) with ``parameters``. */
  public replaceParameters(parameters: any): void {
    this.cfnParameterGroup.properties = parameters;
  }
}

/** One log delivery: to a log group (given, or created here) or a Firehose stream. */
interface CoreLogDelivery {
  /** ``slow-log`` or ``engine-log``. */
  readonly logType: string;
  /** ``json`` or ``text``. */
  readonly logFormat: string;
  /** A log group to deliver to. @default created here unless ``firehoseStreamName`` */
  readonly logGroup?: ILogGroup;
  /** Retention of the log group created here. @default one year */
  readonly retention?: RetentionDays;
  /** KMS key of the log group created here. @default CloudWatch Logs' own */
  readonly encryptionKey?: IKey;
  /** Name of a Kinesis Data Firehose delivery stream to deliver to instead. @default none */
  readonly firehoseStreamName?: string;
}

/** Child ids of the log groups created for each log type. */
const LOG_GROUP_IDS: Record<string, string> = { 'slow-log': 'SlowLog', 'engine-log': 'EngineLog' };

/** The AUTH token secret to generate. */
interface CoreGeneratedTokenProps {
  /** Description of the secret. */
  readonly description: string;
  /** Token length. */
  readonly length: number;
  /** Characters the token must not contain. */
  readonly excludeCharacters: string;
  /** KMS key of the secret. @default the aws/secretsmanager key */
  readonly encryptionKey?: IKey;
}

/** Inputs of {@link CoreNodeCluster}: what replication groups and Memcached clusters share. */
interface CoreNodeClusterProps {
  /** Properties of the L1 (camelCase) that Python rendered; references are added here. */
  readonly properties: any;
  /** The VPC of the security group created when none is given. */
  readonly vpc: IVpc;
  /** Security groups to use. @default a new one */
  readonly securityGroups?: ISecurityGroup[];
  /** Description of the security group created when none is given. */
  readonly securityGroupDescription: string;
  /** The engine port: the default port of ``connections``. */
  readonly port: number;
  /** A subnet group created by the user (by Ref) or a subnet group name. @default ``subnetGroupProperties`` */
  readonly subnetGroup?: CoreSubnetGroup | string;
  /** Properties of the subnet group to create ("SubnetGroup"). @default none */
  readonly subnetGroupProperties?: any;
  /** A parameter group created by the user (by Ref) or a parameter group name. @default ``parameterGroupProperties`` */
  readonly parameterGroup?: CoreParameterGroup | string;
  /** Properties of the parameter group to create ("ParameterGroup"). @default the engine's default group */
  readonly parameterGroupProperties?: any;
  /** The SNS topic for events. @default none */
  readonly notificationTopic?: ITopic;
  /** Log deliveries. @default none */
  readonly logs?: CoreLogDelivery[];
  /** Removal policy of the group. @default CloudFormation's (delete) */
  readonly removalPolicy?: RemovalPolicy;
  /** Synth warnings (acknowledgeable) to add, as [id, message] pairs. @default none */
  readonly warnings?: string[][];
}

/** Inputs of {@link CoreReplicationGroup}. */
interface CoreReplicationGroupProps extends CoreNodeClusterProps {
  /** The RBAC user group: created here (by Ref) or the id of another. @default none */
  readonly userGroup?: Resource | string;
  /** The AUTH token. @default none */
  readonly authToken?: SecretValue;
  /** Generate the AUTH token in a new secret ("AuthToken"). @default none */
  readonly generatedAuthToken?: CoreGeneratedTokenProps;
  /** Customer managed key for encryption at rest. @default AWS owned key */
  readonly kmsKey?: IKey;
  /** Add UpdatePolicy UseOnlineResharding (cluster mode enabled). @default false */
  readonly onlineResharding?: boolean;
}

/** The AUTH token rule (ElastiCache's AUTH documentation): 16..128 characters, letters, digits and ! & # $ ^ < > -. */
const TOKEN_TEXT = /^[A-Za-z0-9!&#$^<>-]*$/;

function checkedToken(token: SecretValue | undefined): string | undefined {
  if (token == null) {
    return undefined;
  }
  const text = token.unsafeUnwrap();
  if (!Token.isUnresolved(text)) {
    if (text.length < 16 || text.length > 128) {
      fail('auth_token', `(${text.length} characters)`, 'must be 16..128 characters long');
    }
    if (!TOKEN_TEXT.test(text)) {
      fail('auth_token', '(hidden)', 'may contain only letters, digits and the special characters ! & # $ ^ < > -');
    }
  }
  return text;
}

function reference(given: Resource | string | undefined, ref: (r: any) => string): string | undefined {
  if (given == null || typeof given === 'string') {
    return given;
  }
  return ref(given);
}

/**
 * Check the event topic and let ElastiCache publish to it: ElastiCache cannot
 * publish to an encrypted topic, and needs a topic policy that allows
 * ``SNS:Publish`` under the ``AWS:SourceOwner`` condition (not
 * ``aws:SourceAccount``, the default of new topics). The statement is added to
 * topics of this app; imported topics keep their own policy.
 */
function checkedTopic(topic: ITopic | undefined): void {
  if (topic == null) {
    return;
  }
  if (topic.masterKey != null) {
    fail('notification_topic', topic.node.path,
      'is encrypted: ElastiCache cannot publish to an encrypted SNS topic (it marks it inactive); use one without master_key');
  }
}

function allowPublish(topic: ITopic | undefined): void {
  topic?.addToResourcePolicy(new PolicyStatement({
    sid: 'AllowElastiCachePublish',
    principals: [new AnyPrincipal()],
    actions: ['SNS:Publish'],
    resources: [topic.topicArn],
    conditions: { StringEquals: { 'AWS:SourceOwner': Aws.ACCOUNT_ID } },
  }));
}

/** The references the two kinds of clusters share, created or resolved on ``owner``. */
function commonReferences(owner: Resource, props: CoreNodeClusterProps, groups: ISecurityGroup[]): any {
  allowPublish(props.notificationTopic);
  let subnetGroupName = reference(props.subnetGroup, (g) => g.cfnSubnetGroup.ref);
  if (subnetGroupName === undefined && props.subnetGroupProperties != null) {
    subnetGroupName = new CfnSubnetGroup(owner, 'SubnetGroup', props.subnetGroupProperties).ref;
  }
  let parameterGroupName = reference(props.parameterGroup, (g) => g.cfnParameterGroup.ref);
  if (parameterGroupName === undefined && props.parameterGroupProperties != null) {
    parameterGroupName = new CfnParameterGroup(owner, 'ParameterGroup', props.parameterGroupProperties).ref;
  }
  const logs = (props.logs ?? []).map((log) => {
    let details: any;
    let destinationType: string;
    if (log.firehoseStreamName != null) {
      destinationType = 'kinesis-firehose';
      details = { kinesisFirehoseDetails: { deliveryStream: log.firehoseStreamName } };
    } else {
      destinationType = 'cloudwatch-logs';
      const group = log.logGroup ?? new LogGroup(owner, LOG_GROUP_IDS[log.logType], {
        retention: log.retention ?? RetentionDays.ONE_YEAR,
        encryptionKey: log.encryptionKey,
        removalPolicy: RemovalPolicy.RETAIN,
      });
      details = { cloudWatchLogsDetails: { logGroup: group.logGroupName } };
    }
    return { logType: log.logType, logFormat: log.logFormat, destinationType, destinationDetails: details };
  });
  return {
    subnetGroupName,
    parameterGroupName,
    securityGroupIds: groups.map((sg) => sg.securityGroupId),
    notificationTopicArn: props.notificationTopic?.topicArn,
    logDeliveryConfigurations: logs.length > 0 ? logs : undefined,
  };
}

function ownSecurityGroups(owner: Resource, props: CoreNodeClusterProps): ISecurityGroup[] {
  const given: ISecurityGroup[] = props.securityGroups ?? [];
  return given.length > 0 ? given : [new SecurityGroup(owner, 'SecurityGroup', {
    vpc: props.vpc,
    description: props.securityGroupDescription,
    allowAllOutbound: false,
  })];
}

function finish(owner: Resource, resource: CfnResource, props: CoreNodeClusterProps): void {
  if (props.removalPolicy != null) {
    resource.applyRemovalPolicy(props.removalPolicy);
  }
  for (const [id, message] of props.warnings ?? []) {
    Annotations.of(owner).addWarningV2(id, message);
  }
}

/**
 * A replication group (Valkey or Redis OSS): a Resource holding a
 * CfnReplicationGroup ("Resource") and, unless given, its SecurityGroup,
 * SubnetGroup, ParameterGroup, AuthToken secret and log groups.
 */
export class CoreReplicationGroup extends Resource implements IConnectable {
  /** The AWS::ElastiCache::ReplicationGroup. */
  public readonly cfnReplicationGroup: CfnReplicationGroup;
  /** The group's security groups (given or created). */
  public readonly clusterSecurityGroups: ISecurityGroup[];
  /** Network access to the group; the default port is the engine port. */
  public readonly connections: Connections;
  /** The secret holding the generated AUTH token, if one was generated. */
  public readonly authTokenSecret?: ISecret;

  /** @param props a {@link CoreReplicationGroupProps} as a plain object */
  constructor(scope: Construct, id: string, props: any) {
    let authToken = checkedToken(props.authToken);
    checkedTopic(props.notificationTopic);
    super(scope, id);
    this.clusterSecurityGroups = ownSecurityGroups(this, props);
    this.connections = new Connections({ securityGroups: this.clusterSecurityGroups, defaultPort: Port.tcp(props.port) });
    const generated = props.generatedAuthToken;
    if (generated != null) {
      const secret = new Secret(this, 'AuthToken', {
        description: generated.description,
        encryptionKey: generated.encryptionKey,
        generateSecretString: {
          passwordLength: generated.length,
          excludeCharacters: generated.excludeCharacters,
          includeSpace: false,
        },
      });
      this.authTokenSecret = secret;
      authToken = secret.secretValue.unsafeUnwrap();
    }
    const refs = commonReferences(this, props, this.clusterSecurityGroups);
    const group = reference(props.userGroup, (g) => g.cfnUserGroup.ref);
    this.cfnReplicationGroup = new CfnReplicationGroup(this, 'Resource', {
      ...props.properties,
      cacheSubnetGroupName: refs.subnetGroupName,
      cacheParameterGroupName: refs.parameterGroupName,
      securityGroupIds: refs.securityGroupIds,
      notificationTopicArn: refs.notificationTopicArn,
      logDeliveryConfigurations: refs.logDeliveryConfigurations,
      userGroupIds: group === undefined ? undefined : [group],
      authToken,
      kmsKeyId: props.kmsKey?.keyArn,
    });
    if (props.onlineResharding) {
      this.cfnReplicationGroup.cfnOptions.updatePolicy = { useOnlineResharding: true };
    }
    mark(this, 'ReplicationGroup');
    finish(this, this.cfnReplicationGroup, props);
  }
}

/**
 * A Memcached cluster: a Resource holding a CfnCacheCluster ("Resource") and,
 * unless given, its SecurityGroup, SubnetGroup and ParameterGroup.
 */
export class CoreCacheCluster extends Resource implements IConnectable {
  /** The AWS::ElastiCache::CacheCluster. */
  public readonly cfnCacheCluster: CfnCacheCluster;
  /** The cluster's security groups (given or created). */
  public readonly clusterSecurityGroups: ISecurityGroup[];
  /** Network access to the cluster; the default port is the engine port. */
  public readonly connections: Connections;

  /** @param props a {@link CoreNodeClusterProps} as a plain object */
  constructor(scope: Construct, id: string, props: any) {
    checkedTopic(props.notificationTopic);
    super(scope, id);
    this.clusterSecurityGroups = ownSecurityGroups(this, props);
    this.connections = new Connections({ securityGroups: this.clusterSecurityGroups, defaultPort: Port.tcp(props.port) });
    const refs = commonReferences(this, props, this.clusterSecurityGroups);
    this.cfnCacheCluster = new CfnCacheCluster(this, 'Resource', {
      ...props.properties,
      cacheSubnetGroupName: refs.subnetGroupName,
      cacheParameterGroupName: refs.parameterGroupName,
      vpcSecurityGroupIds: refs.securityGroupIds,
      notificationTopicArn: refs.notificationTopicArn,
      logDeliveryConfigurations: refs.logDeliveryConfigurations,
    });
    mark(this, 'MemcachedCluster');
    finish(this, this.cfnCacheCluster, props);
  }
}

/** A replication group or Memcached cluster that exists outside this app: a Resource with its Connections. */
export class CoreImportedNodeCluster extends Resource implements IConnectable {
  /** Network access to the cluster (default port: the port it was imported with, if any). */
  public readonly connections: Connections;

  /** @param props ``{ securityGroups?, port? }`` as a plain object */
  constructor(scope: Construct, id: string, props: any) {
    super(scope, id);
    this.connections = new Connections({
      securityGroups: props.securityGroups ?? [],
      defaultPort: props.port == null ? undefined : Port.tcp(props.port),
    });
  }
}

/**
 * A global datastore (AWS::ElastiCache::GlobalReplicationGroup): a Resource
 * holding one CfnGlobalReplicationGroup ("Resource") whose PRIMARY member is
 * the given replication group, named by Ref (so CloudFormation creates the
 * group first). Secondaries join from their own regions' stacks through the
 * replication groups' ``GlobalReplicationGroupId``.
 */
export class CoreGlobalDatastore extends Resource {
  /** The AWS::ElastiCache::GlobalReplicationGroup. */
  public readonly cfnGlobalReplicationGroup: CfnGlobalReplicationGroup;
  /** The datastore's id (the service's regional prefix plus the suffix), known at deploy time. */
  public readonly globalReplicationGroupId: string;

  /** The primary's region: its stack's (a token in an environment-agnostic stack). */
  public readonly primaryRegion: string;

  /** @param props ``{ properties, primary, removalPolicy? }`` as a plain object */
  constructor(scope: Construct, id: string, props: any) {
    const primary: CoreReplicationGroup = props.primary;
    const stack = Stack.of(scope);
    if (Stack.of(primary) !== stack) {
      fail('primary', primary.node.path, "must be in this global datastore's stack (the primary's region)");
    }
    super(scope, id);
    this.primaryRegion = stack.region;
    this.cfnGlobalReplicationGroup = new CfnGlobalReplicationGroup(this, 'Resource', {
      ...props.properties,
      members: [{
        replicationGroupId: primary.cfnReplicationGroup.ref,
        replicationGroupRegion: this.primaryRegion,
        role: 'PRIMARY',
      }],
    });
    if (props.removalPolicy != null) {
      this.cfnGlobalReplicationGroup.applyRemovalPolicy(props.removalPolicy);
    }
    this.globalReplicationGroupId = this.cfnGlobalReplicationGroup.attrGlobalReplicationGroupId;
    mark(this, 'GlobalDatastore');
  }
}
