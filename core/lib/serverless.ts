/**
 * The JavaScript half of ServerlessCache (``elasticache_kit.serverless``): the
 * CfnServerlessCache, its security group and Connections in one call, and the
 * imported cache's Connections.
 *
 * Not a public API: only elasticache_kit's Python classes use it.
 */
import { Annotations, RemovalPolicy, Resource, Size, SizeRoundingBehavior, Token } from 'aws-cdk-lib';
import { Connections, IConnectable, ISecurityGroup, IVpc } from 'aws-cdk-lib/aws-ec2';
import { CfnServerlessCache } from 'aws-cdk-lib/aws-elasticache';
import { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { CoreImportedResource } from './internal';
import { checkedProps, clientPort, fail, KeyList, mark, ownSecurityGroups, reference } from './private';
import { CoreUserGroup } from './rbac';

/** Inputs of {@link CoreServerlessCache}. */
export interface CoreServerlessCacheProps {
  /** Properties of the CfnServerlessCache (camelCase) that Python rendered. */
  readonly properties: any;
  /** The VPC of the security group created when none is given (none for a public cache). @default none */
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
  readonly warning?: string[];
}

const CORE_SERVERLESS_CACHE_KEYS: KeyList<CoreServerlessCacheProps> = {
  properties: true, vpc: true, securityGroups: true, publicEndpoint: true, securityGroupDescription: true,
  userGroup: true, kmsKey: true,
  dataStorageMinimum: true, dataStorageMaximum: true, lowestDataStorageGb: true, highestDataStorageGb: true,
  clientPorts: true, removalPolicy: true, warning: true,
};

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
  constructor(scope: Construct, id: string, props: unknown) {
    const p = checkedProps(props, CORE_SERVERLESS_CACHE_KEYS, 'CoreServerlessCache');
    const storage = dataStorage(p);
    super(scope, id);
    const properties = { ...p.properties };
    if (storage !== undefined) {
      properties.cacheUsageLimits = { ...properties.cacheUsageLimits, dataStorage: storage };
    }
    // A public cache (ConnectionType public) has no VPC endpoint, so no security group.
    this.cacheSecurityGroups = p.publicEndpoint ? [] : ownSecurityGroups(this, p.vpc!, p.securityGroupDescription, p.securityGroups);
    this.connections = new Connections({
      securityGroups: this.cacheSecurityGroups,
      defaultPort: clientPort(p.clientPorts),
    });
    mark(this, 'ServerlessCache');
    this.cfnServerlessCache = new CfnServerlessCache(this, 'Resource', {
      ...properties,
      kmsKeyId: p.kmsKey?.keyArn,
      securityGroupIds: p.publicEndpoint ? undefined : this.cacheSecurityGroups.map((sg) => sg.securityGroupId),
      userGroupId: reference(p.userGroup, (group) => group.cfnUserGroup.ref),
    });
    if (p.removalPolicy != null) {
      this.cfnServerlessCache.applyRemovalPolicy(p.removalPolicy);
    }
    if (p.warning != null) {
      Annotations.of(this).addWarningV2(p.warning[0], p.warning[1]);
    }
  }
}

/**
 * A serverless cache that exists outside this app: a {@link CoreImportedResource}
 * whose client ports are its engine's (if known).
 */
export class CoreImportedServerlessCache extends CoreImportedResource {}
