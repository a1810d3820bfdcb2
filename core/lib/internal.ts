/**
 * Classes of the JavaScript side that several domains use: the markers behind
 * ``ServerlessCache.is_serverless_cache`` and its kin, grants, metrics and
 * subnet choices with plain arguments, and the two connectable bases
 * (created with its own security group, or imported).
 *
 * Every construct that claims to be an ec2.IConnectable is one on this side
 * of jsii: it owns its ec2.Connections, made in the same one call that makes
 * the construct, so aws-cdk-lib code handed the construct
 * (``fn.connections.allowToDefaultPort(cache)``, ``new Connections(...).allowTo(cache, port)``,
 * ``sg.connections.allowFrom(bastion, port)``) finds it. Python reads that
 * object once and keeps it, so both sides agree on one Connections.
 *
 * Not a public API: only elasticache_kit's Python classes use it.
 */
import { CfnResource, Duration, RemovalPolicy, Resource } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { Connections, IConnectable, IPeer, ISecurityGroup, IVpc, Peer, Port, SecurityGroup, SubnetType } from 'aws-cdk-lib/aws-ec2';
import { Grant, IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { checkedList, checkedProps, clientPort, fail, KeyList, MARKERS, newSecurityGroup, showAs } from './private';

/**
 * The markers created constructs carry: ``Symbol.for('elasticache-kit.KIND')``
 * properties (KIND: ServerlessCache, IamUser, PasswordUser, NoPasswordUser,
 * UserGroup, ReplicationGroup, MemcachedCluster, SubnetGroup, ParameterGroup,
 * GlobalDatastore),
 * so the test works across copies of the library, as the alpha module's
 * ``isServerlessCache`` does with its own symbol.
 */
export class CoreMarkers {
  /** Whether ``x`` is a construct of ``kind`` created by this library (not an import). */
  public static has(x: any, kind: string): boolean {
    const marker = MARKERS[kind];
    return marker !== undefined && x != null && typeof x === 'object' && marker in x;
  }

  private constructor() {}
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

/** A security-group rule to add at creation: ``port`` from (ingress) or to (egress) a peer. */
export interface CoreRule {
  /** The peer. @default the peer is ``cidr`` */
  readonly peer?: IPeer;
  /** An IPv4 CIDR block as the peer (no round trip to build a Peer on the Python side). @default ``peer`` */
  readonly cidr?: string;
  /** TCP port (the first of a range with ``toPort``). */
  readonly port: number;
  /** Last TCP port of a range. @default ``port`` alone */
  readonly toPort?: number;
  /** The rule's description. */
  readonly description: string;
}

/** The keys of {@link CoreRule}. */
export const CORE_RULE_KEYS: KeyList<CoreRule> = { peer: true, cidr: true, port: true, toPort: true, description: true };

/** Inputs of {@link CoreConnectableResource}. */
export interface CoreConnectableResourceProps {
  /** The VPC of the construct's own security group. */
  readonly vpc: IVpc;
  /** Description of its own security group. */
  readonly securityGroupDescription: string;
  /** More security groups, after its own. @default none */
  readonly securityGroups?: ISecurityGroup[];
  /** The TCP ports the default port covers (lowest to highest). @default no default port */
  readonly defaultPorts?: number[];
  /** Ingress rules of its own security group. @default none */
  readonly ingress?: CoreRule[];
  /** Egress rules of its own security group (it allows no other outbound traffic). @default none */
  readonly egress?: CoreRule[];
  /** The public class aws-cdk-lib names it by (``NatBastion``). @default the JavaScript class */
  readonly publicName?: string;
}

/** The keys of {@link CoreConnectableResourceProps}. */
export const CORE_CONNECTABLE_RESOURCE_KEYS: KeyList<CoreConnectableResourceProps> = {
  vpc: true, securityGroupDescription: true, securityGroups: true, defaultPorts: true, ingress: true, egress: true,
  publicName: true,
};

function addRules(group: SecurityGroup, rules: CoreRule[] | undefined, ingress: boolean): void {
  for (const rule of checkedList(rules, CORE_RULE_KEYS, 'CoreRule') ?? []) {
    const peer = rule.peer ?? Peer.ipv4(rule.cidr!);
    const port = rule.toPort == null || rule.toPort === rule.port ? Port.tcp(rule.port) : Port.tcpRange(rule.port, rule.toPort);
    if (ingress) {
      group.addIngressRule(peer, port, rule.description);
    } else {
      group.addEgressRule(peer, port, rule.description);
    }
  }
}

/**
 * A Resource with its own security group ("SecurityGroup", no outbound traffic
 * but the ``egress`` rules) and the Connections over it and any others: the
 * JavaScript half of NatBastion, and the base of InterfaceEndpoint's.
 *
 * ``applyRemovalPolicy`` applies to its default child ("Resource") when it has
 * one, else to every CloudFormation resource it holds (a composite such as the
 * bastion: instance, Elastic IP, role, security group).
 */
export class CoreConnectableResource extends Resource implements IConnectable {
  /** Network access to the construct. */
  public readonly connections: Connections;
  /** The construct's own security group. */
  public readonly securityGroup: SecurityGroup;

  /**
   * @param props a {@link CoreConnectableResourceProps} as a plain object (a subclass's
   * props, which it has checked itself, when called from one)
   */
  constructor(scope: Construct, id: string, props: unknown) {
    const p = new.target === CoreConnectableResource
      ? checkedProps(props, CORE_CONNECTABLE_RESOURCE_KEYS, 'CoreConnectableResource')
      : props as CoreConnectableResourceProps;
    super(scope, id);
    this.securityGroup = newSecurityGroup(this, p.vpc, p.securityGroupDescription);
    addRules(this.securityGroup, p.ingress, true);
    addRules(this.securityGroup, p.egress, false);
    this.connections = new Connections({
      securityGroups: [this.securityGroup, ...(p.securityGroups ?? [])],
      defaultPort: clientPort(p.defaultPorts),
    });
    showAs(this, p.publicName);
  }

  /** Apply ``policy`` to the default child, or to every CloudFormation resource of this construct. */
  public applyRemovalPolicy(policy: RemovalPolicy): void {
    const child = this.node.defaultChild;
    if (child !== undefined && CfnResource.isCfnResource(child)) {
      child.applyRemovalPolicy(policy);
      return;
    }
    for (const construct of this.node.findAll()) {
      if (CfnResource.isCfnResource(construct)) {
        construct.applyRemovalPolicy(policy);
      }
    }
  }
}

/** Inputs of {@link CoreImportedResource}. */
export interface CoreImportedResourceProps {
  /** Its security groups. @default none */
  readonly securityGroups?: ISecurityGroup[];
  /** The TCP ports its default port covers (lowest to highest). @default no default port (unknown) */
  readonly clientPorts?: number[];
}

/** The keys of {@link CoreImportedResourceProps}. */
export const CORE_IMPORTED_RESOURCE_KEYS: KeyList<CoreImportedResourceProps> = { securityGroups: true, clientPorts: true };

/**
 * A construct that exists outside this app (a cache, replication group or
 * cluster): a Resource with the Connections over the security groups it was
 * imported with. The base of the imported classes of each domain.
 */
export class CoreImportedResource extends Resource implements IConnectable {
  /** Network access to the resource (default port: its client ports, if known). */
  public readonly connections: Connections;

  /** @param props a {@link CoreImportedResourceProps} as a plain object */
  constructor(scope: Construct, id: string, props: unknown) {
    const p = checkedProps(props, CORE_IMPORTED_RESOURCE_KEYS, new.target.name);
    super(scope, id);
    this.connections = new Connections({
      securityGroups: p.securityGroups ?? [],
      defaultPort: clientPort(p.clientPorts),
    });
  }
}
