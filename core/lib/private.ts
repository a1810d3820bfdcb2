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

/** Record on ``obj`` that it is a created construct of ``kind`` (a key of MARKERS). */
export function mark(obj: IConstruct, kind: string): void {
  const marker = MARKERS[kind];
  if (marker === undefined) {
    throw new Error(`unknown marker kind ${kind}`);
  }
  Object.defineProperty(obj, marker, { value: true });
}

