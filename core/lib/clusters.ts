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
import { Connections, IConnectable, ISecurityGroup, IVpc, Port } from 'aws-cdk-lib/aws-ec2';
import {
  CfnCacheCluster, CfnGlobalReplicationGroup, CfnParameterGroup, CfnReplicationGroup, CfnSubnetGroup,
} from 'aws-cdk-lib/aws-elasticache';
import { AnyPrincipal, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { IKey } from 'aws-cdk-lib/aws-kms';
import { ILogGroup, LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { CoreImportedResource } from './internal';
import { checkedList, checkedProps, fail, generatedSecret, KeyList, mark, ownSecurityGroups, reference, showAs } from './private';
import { CoreUserGroup } from './rbac';
/** Inputs of {@link CoreSubnetGroup}. */
export interface CoreSubnetGroupProps {
  /** The CfnSubnetGroup's properties (camelCase) that Python rendered. */
  readonly properties: any;
}

const CORE_SUBNET_GROUP_KEYS: KeyList<CoreSubnetGroupProps> = { properties: true };

/** An ElastiCache subnet group: a Resource holding one CfnSubnetGroup ("Resource"). */
export class CoreSubnetGroup extends Resource {
  /** The AWS::ElastiCache::SubnetGroup. */
  public readonly cfnSubnetGroup: CfnSubnetGroup;

  /** @param props a {@link CoreSubnetGroupProps} as a plain object */
  constructor(scope: Construct, id: string, props: unknown) {
    const p = checkedProps(props, CORE_SUBNET_GROUP_KEYS, 'CoreSubnetGroup');
    super(scope, id);
    this.cfnSubnetGroup = new CfnSubnetGroup(this, 'Resource', p.properties);
    mark(this, 'SubnetGroup');
  }
}

/** Inputs of {@link CoreParameterGroup}. */
export interface CoreParameterGroupProps {
  /** The CfnParameterGroup's properties (camelCase) that Python rendered. */
  readonly properties: any;
}

const CORE_PARAMETER_GROUP_KEYS: KeyList<CoreParameterGroupProps> = { properties: true };

/** An ElastiCache parameter group: a Resource holding one CfnParameterGroup ("Resource"). */
export class CoreParameterGroup extends Resource {
  /** The AWS::ElastiCache::ParameterGroup. */
  public readonly cfnParameterGroup: CfnParameterGroup;

  /** @param props a {@link CoreParameterGroupProps} as a plain object */
  constructor(scope: Construct, id: string, props: unknown) {
    const p = checkedProps(props, CORE_PARAMETER_GROUP_KEYS, 'CoreParameterGroup');
    super(scope, id);
    this.cfnParameterGroup = new CfnParameterGroup(this, 'Resource', p.properties);
    mark(this, 'ParameterGroup');
  }

  /** Replace the parameters (``Properties``) with ``parameters``. */
  public replaceParameters(parameters: any): void {
    this.cfnParameterGroup.properties = parameters;
  }
}

/** One log delivery: to a log group (given, or created here) or a Firehose stream. */
export interface CoreLogDelivery {
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

const CORE_LOG_DELIVERY_KEYS: KeyList<CoreLogDelivery> = {
  logType: true, logFormat: true, logGroup: true, retention: true, encryptionKey: true, firehoseStreamName: true,
};

/** Child ids of the log groups created for each log type. */
const LOG_GROUP_IDS: Record<string, string> = { 'slow-log': 'SlowLog', 'engine-log': 'EngineLog' };

/** The AUTH token secret to generate. */
export interface CoreGeneratedTokenProps {
  /** Description of the secret. */
  readonly description: string;
  /** Token length. */
  readonly length: number;
  /** Characters the token must not contain. */
  readonly excludeCharacters: string;
  /** KMS key of the secret. @default the aws/secretsmanager key */
  readonly encryptionKey?: IKey;
}

const CORE_GENERATED_TOKEN_KEYS: KeyList<CoreGeneratedTokenProps> = {
  description: true, length: true, excludeCharacters: true, encryptionKey: true,
};

/** Inputs of {@link CoreCacheCluster}, and what replication groups share with it. */
export interface CoreNodeClusterProps {
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

const CORE_NODE_CLUSTER_KEYS: KeyList<CoreNodeClusterProps> = {
  properties: true, vpc: true, securityGroups: true, securityGroupDescription: true, port: true, subnetGroup: true,
  subnetGroupProperties: true, parameterGroup: true, parameterGroupProperties: true, notificationTopic: true,
  logs: true, removalPolicy: true, warnings: true,
};

/** Inputs of {@link CoreReplicationGroup}. */
export interface CoreReplicationGroupProps extends CoreNodeClusterProps {
  /** The RBAC user group: created here (by Ref) or the id of another. @default none */
  readonly userGroup?: CoreUserGroup | string;
  /** The AUTH token. @default none */
  readonly authToken?: SecretValue;
  /** Generate the AUTH token in a new secret ("AuthToken"). @default none */
  readonly generatedAuthToken?: CoreGeneratedTokenProps;
  /** Customer managed key for encryption at rest. @default AWS owned key */
  readonly kmsKey?: IKey;
  /** Add UpdatePolicy UseOnlineResharding (cluster mode enabled). @default false */
  readonly onlineResharding?: boolean;
  /** The public class aws-cdk-lib reports the group as (ClusterReplicationGroup). @default ReplicationGroup */
  readonly publicName?: string;
}

const CORE_REPLICATION_GROUP_KEYS: KeyList<CoreReplicationGroupProps> = {
  ...CORE_NODE_CLUSTER_KEYS, userGroup: true, authToken: true, generatedAuthToken: true, kmsKey: true, onlineResharding: true,
  publicName: true,
};

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
  let subnetGroupName = reference(props.subnetGroup, (group) => group.cfnSubnetGroup.ref);
  if (subnetGroupName === undefined && props.subnetGroupProperties != null) {
    subnetGroupName = new CfnSubnetGroup(owner, 'SubnetGroup', props.subnetGroupProperties).ref;
  }
  let parameterGroupName = reference(props.parameterGroup, (group) => group.cfnParameterGroup.ref);
  if (parameterGroupName === undefined && props.parameterGroupProperties != null) {
    parameterGroupName = new CfnParameterGroup(owner, 'ParameterGroup', props.parameterGroupProperties).ref;
  }
  const logs = (checkedList(props.logs, CORE_LOG_DELIVERY_KEYS, 'CoreLogDelivery') ?? []).map((log) => {
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
  constructor(scope: Construct, id: string, props: unknown) {
    const p = checkedProps(props, CORE_REPLICATION_GROUP_KEYS, 'CoreReplicationGroup');
    let authToken = checkedToken(p.authToken);
    checkedTopic(p.notificationTopic);
    super(scope, id);
    this.clusterSecurityGroups = ownSecurityGroups(this, p.vpc, p.securityGroupDescription, p.securityGroups);
    this.connections = new Connections({ securityGroups: this.clusterSecurityGroups, defaultPort: Port.tcp(p.port) });
    if (p.generatedAuthToken != null) {
      const generated = checkedProps(p.generatedAuthToken, CORE_GENERATED_TOKEN_KEYS, 'CoreGeneratedTokenProps');
      const secret = generatedSecret(this, 'AuthToken', generated.description, generated.encryptionKey, {
        passwordLength: generated.length,
        excludeCharacters: generated.excludeCharacters,
        includeSpace: false,
      });
      this.authTokenSecret = secret;
      authToken = secret.secretValue.unsafeUnwrap();
    }
    const refs = commonReferences(this, p, this.clusterSecurityGroups);
    const group = reference(p.userGroup, (userGroup) => userGroup.cfnUserGroup.ref);
    this.cfnReplicationGroup = new CfnReplicationGroup(this, 'Resource', {
      ...p.properties,
      cacheSubnetGroupName: refs.subnetGroupName,
      cacheParameterGroupName: refs.parameterGroupName,
      securityGroupIds: refs.securityGroupIds,
      notificationTopicArn: refs.notificationTopicArn,
      logDeliveryConfigurations: refs.logDeliveryConfigurations,
      userGroupIds: group === undefined ? undefined : [group],
      authToken,
      kmsKeyId: p.kmsKey?.keyArn,
    });
    if (p.onlineResharding) {
      this.cfnReplicationGroup.cfnOptions.updatePolicy = { useOnlineResharding: true };
    }
    mark(this, 'ReplicationGroup');
    showAs(this, p.publicName);
    finish(this, this.cfnReplicationGroup, p);
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
  constructor(scope: Construct, id: string, props: unknown) {
    const p = checkedProps(props, CORE_NODE_CLUSTER_KEYS, 'CoreCacheCluster');
    checkedTopic(p.notificationTopic);
    super(scope, id);
    this.clusterSecurityGroups = ownSecurityGroups(this, p.vpc, p.securityGroupDescription, p.securityGroups);
    this.connections = new Connections({ securityGroups: this.clusterSecurityGroups, defaultPort: Port.tcp(p.port) });
    const refs = commonReferences(this, p, this.clusterSecurityGroups);
    this.cfnCacheCluster = new CfnCacheCluster(this, 'Resource', {
      ...p.properties,
      cacheSubnetGroupName: refs.subnetGroupName,
      cacheParameterGroupName: refs.parameterGroupName,
      vpcSecurityGroupIds: refs.securityGroupIds,
      notificationTopicArn: refs.notificationTopicArn,
      logDeliveryConfigurations: refs.logDeliveryConfigurations,
    });
    mark(this, 'MemcachedCluster');
    finish(this, this.cfnCacheCluster, p);
  }
}

/**
 * A replication group or Memcached cluster that exists outside this app: a
 * {@link CoreImportedResource} whose client port is the one it was imported with (if any).
 */
export class CoreImportedNodeCluster extends CoreImportedResource {}

/** Inputs of {@link CoreGlobalDatastore}. */
export interface CoreGlobalDatastoreProps {
  /** The CfnGlobalReplicationGroup's properties (camelCase) that Python rendered, without ``members``. */
  readonly properties: any;
  /** The primary replication group (in this datastore's stack). */
  readonly primary: CoreReplicationGroup;
  /** Removal policy of the datastore. @default CloudFormation's (delete) */
  readonly removalPolicy?: RemovalPolicy;
}

const CORE_GLOBAL_DATASTORE_KEYS: KeyList<CoreGlobalDatastoreProps> = { properties: true, primary: true, removalPolicy: true };

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

  /** @param props a {@link CoreGlobalDatastoreProps} as a plain object */
  constructor(scope: Construct, id: string, props: unknown) {
    const p = checkedProps(props, CORE_GLOBAL_DATASTORE_KEYS, 'CoreGlobalDatastore');
    const primary = p.primary;
    const stack = Stack.of(scope);
    if (Stack.of(primary) !== stack) {
      fail('primary', primary.node.path, "must be in this global datastore's stack (the primary's region)");
    }
    super(scope, id);
    this.primaryRegion = stack.region;
    this.cfnGlobalReplicationGroup = new CfnGlobalReplicationGroup(this, 'Resource', {
      ...p.properties,
      members: [{
        replicationGroupId: primary.cfnReplicationGroup.ref,
        replicationGroupRegion: this.primaryRegion,
        role: 'PRIMARY',
      }],
    });
    if (p.removalPolicy != null) {
      this.cfnGlobalReplicationGroup.applyRemovalPolicy(p.removalPolicy);
    }
    this.globalReplicationGroupId = this.cfnGlobalReplicationGroup.attrGlobalReplicationGroupId;
    mark(this, 'GlobalDatastore');
  }
}
