/**
 * The JavaScript halves of the RBAC constructs (``elasticache_kit.rbac``):
 * users (with their generated password secret) and user groups.
 *
 * Values Python cannot see without a round trip (SecretValue text) are
 * checked here, before anything is added to the construct tree.
 *
 * Not a public API: only elasticache_kit's Python classes use it.
 */
import { Resource, SecretValue, Stack, Token, Validations } from 'aws-cdk-lib';
import { CfnUser, CfnUserGroup } from 'aws-cdk-lib/aws-elasticache';
import { IKey } from 'aws-cdk-lib/aws-kms';
import { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { checkedProps, fail, generatedSecret, KeyList, mark, reference } from './private';

/** A Secrets Manager secret to generate a user's password in. */
export interface CoreGeneratedPasswordProps {
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
  readonly acknowledgments?: string[][];
}

const CORE_GENERATED_PASSWORD_KEYS: KeyList<CoreGeneratedPasswordProps> = {
  description: true, userName: true, userArn: true, length: true, encryptionKey: true, acknowledgments: true,
};

/** Inputs of {@link CoreUser}. */
export interface CoreUserProps {
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

const CORE_USER_KEYS: KeyList<CoreUserProps> = {
  properties: true, passwords: true, minPasswordLength: true, maxPasswordLength: true, generatedPassword: true,
};

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
  constructor(scope: Construct, id: string, props: unknown) {
    const p = checkedProps(props, CORE_USER_KEYS, 'CoreUser');
    let passwords = checkedPasswords(scope, p);
    super(scope, id);
    if (p.generatedPassword != null) {
      const generated = checkedProps(p.generatedPassword, CORE_GENERATED_PASSWORD_KEYS, 'CoreGeneratedPasswordProps');
      const secret = generatedSecret(this, 'Secret', generated.description, generated.encryptionKey, {
        secretStringTemplate: JSON.stringify({ username: generated.userName, user_arn: generated.userArn }),
        generateStringKey: 'password',
        passwordLength: generated.length,
        excludePunctuation: true,
      });
      this.generatedSecret = secret;
      if (generated.acknowledgments != null && generated.acknowledgments.length > 0) {
        Validations.of(secret).acknowledge(...generated.acknowledgments.map(([ackId, reason]) => ({ id: ackId, reason })));
      }
      passwords = [secret.secretValueFromJson('password').unsafeUnwrap()];
    }
    const properties = { ...p.properties };
    if (passwords !== undefined) {
      properties.authenticationMode = { ...properties.authenticationMode, Passwords: passwords };
    }
    this.cfnUser = new CfnUser(this, 'Resource', properties);
    mark(this, USER_KINDS[p.properties.authenticationMode.Type]);
  }
}

/** Inputs of {@link CoreUserGroup}. */
export interface CoreUserGroupProps {
  /** Properties of the CfnUserGroup (camelCase), without the user ids. */
  readonly properties: any;
  /** Members: users created here (listed by Ref) or ids of other users. */
  readonly members: Array<CoreUser | string>;
  /** An error to report at synth while the members stay as they are. @default none */
  readonly problem?: string;
}

const CORE_USER_GROUP_KEYS: KeyList<CoreUserGroupProps> = { properties: true, members: true, problem: true };

function memberIds(members: Array<CoreUser | string>): string[] {
  return members.map((member) => reference(member, (user) => user.cfnUser.ref)!);
}

/** An ElastiCache RBAC user group: a Resource holding one CfnUserGroup ("Resource"). */
export class CoreUserGroup extends Resource {
  /** The AWS::ElastiCache::UserGroup. */
  public readonly cfnUserGroup: CfnUserGroup;
  private problem?: string;

  /** @param props a {@link CoreUserGroupProps} as a plain object */
  constructor(scope: Construct, id: string, props: unknown) {
    const p = checkedProps(props, CORE_USER_GROUP_KEYS, 'CoreUserGroup');
    super(scope, id);
    this.cfnUserGroup = new CfnUserGroup(this, 'Resource', { ...p.properties, userIds: memberIds(p.members) });
    this.problem = p.problem ?? undefined;
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
