/**
 * Helpers of the JavaScript side shared by its modules; not exported from
 * index.ts (jsii exports classes and interfaces only, and these are neither).
 */
import { ISecurityGroup, IVpc, Port, SecurityGroup } from 'aws-cdk-lib/aws-ec2';
import { IKey } from 'aws-cdk-lib/aws-kms';
import { Secret, SecretStringGenerator } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct, IConstruct } from 'constructs';

/** Prefix of the messages of input errors found here; Python (``_internal/js.py``) turns them into ValidationError. */
export const VALIDATION_MARKER = 'elasticache_kit.ValidationError ';

/** An input error: ``prop`` (Python's name) has ``value`` (may be null: Python shows None), breaking ``rule``. */
export function fail(prop: string, value: string | null, rule: string): never {
  throw new Error(VALIDATION_MARKER + JSON.stringify({ prop, value, rule }));
}

/**
 * Every key of a props interface ``T``, as an object the compiler checks
 * against ``T``: a key missing from the list, or one ``T`` does not have, is a
 * compile error, so the list cannot drift from the interface.
 */
export type KeyList<T> = { readonly [K in keyof Required<T>]: true };

/**
 * ``props`` as a ``T``, once it holds no key outside ``keys``: the props come
 * untyped through jsii (a typed struct parameter would have jsii drop unknown
 * keys silently, and cost Python a type check per field), so a key Python
 * misspelt is refused here, with the class and the keys it knows.
 */
export function checkedProps<T>(props: unknown, keys: KeyList<T>, owner: string): T {
  if (props == null || typeof props !== 'object' || Array.isArray(props)) {
    throw new Error(`${owner}: props must be an object, got ${props === null ? 'null' : typeof props}`);
  }
  const unknown = Object.keys(props).filter((key) => !Object.prototype.hasOwnProperty.call(keys, key));
  if (unknown.length > 0) {
    throw new Error(`${owner}: unknown props key(s) ${unknown.map((key) => JSON.stringify(key)).join(', ')}`
      + ` (known: ${Object.keys(keys).join(', ')})`);
  }
  return props as T;
}

/** ``items`` (a list of props objects, or undefined), each checked as a ``T`` (see {@link checkedProps}). */
export function checkedList<T>(items: unknown, keys: KeyList<T>, owner: string): T[] | undefined {
  if (items == null) {
    return undefined;
  }
  return (items as unknown[]).map((item) => checkedProps(item, keys, owner));
}

/** The ec2.Port covering ``ports`` (TCP, their lowest to their highest); undefined when none. */
export function clientPort(ports: number[] | undefined): Port | undefined {
  if (ports == null || ports.length === 0) {
    return undefined;
  }
  const low = Math.min(...ports);
  const high = Math.max(...ports);
  return low === high ? Port.tcp(low) : Port.tcpRange(low, high);
}

/**
 * The security groups of a construct: the ``given`` ones, else a new one
 * ("SecurityGroup" in ``owner``) that allows no outbound traffic.
 */
export function ownSecurityGroups(
  owner: Construct, vpc: IVpc, description: string | undefined, given?: ISecurityGroup[],
): ISecurityGroup[] {
  if (given != null && given.length > 0) {
    return given;
  }
  return [newSecurityGroup(owner, vpc, description)];
}

/** A new security group "SecurityGroup" in ``owner`` that allows no outbound traffic. */
export function newSecurityGroup(owner: Construct, vpc: IVpc, description: string | undefined): SecurityGroup {
  return new SecurityGroup(owner, 'SecurityGroup', { vpc, description, allowAllOutbound: false });
}

/** A Secrets Manager secret ``id`` in ``owner`` whose value Secrets Manager generates. */
export function generatedSecret(
  owner: Construct, id: string, description: string, encryptionKey: IKey | undefined, generate: SecretStringGenerator,
): Secret {
  return new Secret(owner, id, { description, encryptionKey, generateSecretString: generate });
}

/** A reference to a resource: ``given`` itself when it is a name or id, else ``ref(given)``. */
export function reference<R extends object>(given: R | string | undefined, ref: (resource: R) => string): string | undefined {
  if (given == null || typeof given === 'string') {
    return given;
  }
  return ref(given);
}

/**
 * What a construct created by this library is, as the markers below record it
 * (``Symbol.for('elasticache-kit.KIND')``); Python's ``is_marked`` asks by these names.
 */
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

/** The prototypes ``showAs`` made, by the class prototype they stand in front of and the public name. */
const SHOWN = new WeakMap<object, Map<string, object>>();

/**
 * Make aws-cdk-lib name ``obj`` by its public Python class (``elasticache_kit.NatBastion``) instead of
 * the JavaScript side's class (``elasticache-kit-core.CoreConnectableResource``): a prototype between
 * the object and its class, whose ``constructor`` carries the run-time type information.
 * ``instanceof`` and every method are unchanged; the object keeps its jsii reference.
 *
 * One such prototype per (class, public name), shared by every object shown that way: objects of a
 * kind keep one hidden class in V8, so code that reads them (construction, the tree walk at
 * synthesis) stays on its fast paths. A prototype of each object's own made every read of it
 * megamorphic.
 */
export function showAs(obj: object, publicName: string | undefined): void {
  if (publicName == null || publicName === '') {
    return;
  }
  const proto = Object.getPrototypeOf(obj);
  let byName = SHOWN.get(proto);
  if (byName === undefined) {
    byName = new Map();
    SHOWN.set(proto, byName);
  }
  let shownProto = byName.get(publicName);
  if (shownProto === undefined) {
    const version = proto?.constructor?.[JSII_RTTI]?.version ?? '0.0.0';
    const shown = function publicClass() { /* never called: carries the type information only */ };
    Object.defineProperty(shown, JSII_RTTI, { value: { fqn: `elasticache_kit.${publicName}`, version } });
    // the jsii kernel finds a method's original (for a Python override's super call) at
    // instance.constructor.prototype: that stays the class's own prototype
    shown.prototype = proto;
    const created: object = Object.create(proto, { constructor: { value: shown, writable: true, configurable: true } });
    byName.set(publicName, created);
    shownProto = created;
  }
  Object.setPrototypeOf(obj, shownProto);
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

