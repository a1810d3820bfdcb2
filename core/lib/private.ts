/**
 * Helpers of the JavaScript side shared by its modules; not exported from
 * index.ts (jsii exports classes only).
 */
import { Port } from 'aws-cdk-lib/aws-ec2';
import { IConstruct } from 'constructs';

/** The ec2.Port covering ``ports`` (TCP, their lowest to their highest); undefined when none. */
export function clientPort(ports: number[] | undefined): Port | undefined {
  if (ports == null || ports.length === 0) {
    return undefined;
  }
  const low = Math.min(...ports);
  const high = Math.max(...ports);
  return low === high ? Port.tcp(low) : Port.tcpRange(low, high);
}

/** What a construct created by this library is, as the markers below record it. */
export const MARKERS: Record<string, symbol> = {
  ServerlessCache: Symbol.for('elasticache-kit.ServerlessCache'),
  IamUser: Symbol.for('elasticache-kit.IamUser'),
  PasswordUser: Symbol.for('elasticache-kit.PasswordUser'),
  NoPasswordUser: Symbol.for('elasticache-kit.NoPasswordUser'),
  UserGroup: Symbol.for('elasticache-kit.UserGroup'),
  ReplicationGroup: Symbol.for('elasticache-kit.ReplicationGroup'),
  MemcachedCluster: Symbol.for('elasticache-kit.MemcachedCluster'),
  SubnetGroup: Symbol.for('elasticache-kit.SubnetGroup'),
  ParameterGroup: Symbol.for('elasticache-kit.ParameterGroup'),
  GlobalDatastore: Symbol.for('elasticache-kit.GlobalDatastore'),
};

/** jsii's run-time type information, which aws-cdk-lib reads as a construct's "fqn" (tree.json, validation reports). */
const JSII_RTTI = Symbol.for('jsii.rtti');

/**
 * Make aws-cdk-lib name ``obj`` by its public Python class (``elasticache_kit.NatBastion``) instead of
 * the JavaScript side's class (``elasticache-kit-core.CoreConnectableResource``): a prototype of its own
 * between the object and its class, whose ``constructor`` carries the run-time type information.
 * ``instanceof`` and every method are unchanged; the object keeps its jsii reference.
 */
export function showAs(obj: object, publicName: string | undefined): void {
  if (publicName == null || publicName === '') {
    return;
  }
  const proto = Object.getPrototypeOf(obj);
  const version = proto?.constructor?.[JSII_RTTI]?.version ?? '0.0.0';
  const shown = function publicClass() { /* never called: carries the type information only */ };
  Object.defineProperty(shown, JSII_RTTI, { value: { fqn: `elasticache_kit.${publicName}`, version } });
  // the jsii kernel finds a method's original (for a Python override's super call) at
  // instance.constructor.prototype: that stays the class's own prototype
  shown.prototype = proto;
  Object.setPrototypeOf(obj, Object.create(proto, { constructor: { value: shown, writable: true, configurable: true } }));
}

/** Record on ``obj`` that it is a created construct of ``kind`` (a key of MARKERS). */
export function mark(obj: IConstruct, kind: string): void {
  const marker = MARKERS[kind];
  if (marker === undefined) {
    throw new Error(`unknown marker kind ${kind}`);
  }
  Object.defineProperty(obj, marker, { value: true });
  showAs(obj, kind);
}

