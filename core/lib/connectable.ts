/**
 * The JavaScript halves of the constructs that have network access
 * (``connections``), and the markers behind ``ServerlessCache.is_serverless_cache``
 * and its kin.
 *
 * Every construct that claims to be an ec2.IConnectable is one on this side
 * of jsii: it owns its ec2.Connections, made in the same one call that makes
 * the construct, so aws-cdk-lib code handed the construct
 * (``fn.connections.allowToDefaultPort(cache)``, ``new Connections(...).allowTo(cache, port)``,
 * ``sg.connections.allowFrom(bastion, port)``) finds it. Python reads that
 * object once and keeps it, so both sides agree on one Connections.
 */
import { CfnResource, RemovalPolicy, Resource } from 'aws-cdk-lib';
import { Connections, IConnectable, IPeer, ISecurityGroup, IVpc, Peer, Port, SecurityGroup } from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { clientPort, showAs, MARKERS } from './private';

/**
 * The markers created constructs carry: ``Symbol.for('elasticache-kit.KIND')``
 * properties (KIND: ServerlessCache, IamUser, PasswordUser, NoPasswordUser,
 * UserGroup), so the test works across copies of the library, as the alpha
 * module's ``isServerlessCache`` does with its own symbol.
 */
export class CoreMarkers {
  /** Whether ``x`` is a construct of ``kind`` created by this library (not an import). */
  public static has(x: any, kind: string): boolean {
    const marker = MARKERS[kind];
    return marker !== undefined && x != null && typeof x === 'object' && marker in x;
  }

  private constructor() {}
}

/** A security-group rule to add at creation: ``port`` from (ingress) or to (egress) a peer. */
interface CoreRule {
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

/** Inputs of {@link CoreConnectableResource}. */
interface CoreConnectableResourceProps {
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

function addRules(group: SecurityGroup, rules: CoreRule[] | undefined, ingress: boolean): void {
  for (const rule of rules ?? []) {
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
 * JavaScript half of InterfaceEndpoint and NatBastion.
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

  /** @param props a {@link CoreConnectableResourceProps} as a plain object */
  constructor(scope: Construct, id: string, props: any) {
    super(scope, id);
    this.securityGroup = new SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: props.securityGroupDescription,
      allowAllOutbound: false,
    });
    addRules(this.securityGroup, props.ingress, true);
    addRules(this.securityGroup, props.egress, false);
    this.connections = new Connections({
      securityGroups: [this.securityGroup, ...(props.securityGroups ?? [])],
      defaultPort: clientPort(props.defaultPorts),
    });
    showAs(this, props.publicName);
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

/** Inputs of {@link CoreImportedServerlessCache}. */
interface CoreImportedServerlessCacheProps {
  /** Its security groups. @default none */
  readonly securityGroups?: ISecurityGroup[];
  /** The client ports of its engine. @default no default port (engine unknown) */
  readonly clientPorts?: number[];
}

/**
 * A serverless cache that exists outside this app: a Resource with the
 * Connections over the security groups it was imported with.
 */
export class CoreImportedServerlessCache extends Resource implements IConnectable {
  /** Network access to the cache (default port: its engine's client ports, if known). */
  public readonly connections: Connections;

  /** @param props a {@link CoreImportedServerlessCacheProps} as a plain object */
  constructor(scope: Construct, id: string, props: any) {
    super(scope, id);
    this.connections = new Connections({
      securityGroups: props.securityGroups ?? [],
      defaultPort: clientPort(props.clientPorts),
    });
  }
}
