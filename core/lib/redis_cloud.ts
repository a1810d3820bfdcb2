/**
 * The JavaScript halves of RedisCloudPrivateLink (its custom resource, the
 * handler's functions, role, policy and log groups, the Provider framework,
 * the DependsOn clean-up and the cdk-nag acknowledgements) and of
 * RedisCloudEndpoint, each made in one call.
 */
import { CfnElement, CfnResource, CustomResource, Duration, Lazy, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import { IVpc } from 'aws-cdk-lib/aws-ec2';
import { ManagedPolicy, Policy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Provider } from 'aws-cdk-lib/custom-resources';
import { Construct, IConstruct } from 'constructs';
import { CORE_INTERFACE_ENDPOINT_KEYS, CoreInterfaceEndpoint, CoreInterfaceEndpointProps } from './endpoints';
import { checkedProps, fail, KeyList, showAs } from './private';

/** A number as the custom resource's string property (a number token as a string token). */
function numberText(value: number): string {
  return Token.isUnresolved(value) ? Token.asString(value) : String(value);
}

/** Inputs of {@link CoreRedisCloudPrivateLink}. */
export interface CoreRedisCloudPrivateLinkProps {
  /** The secret with the API keys (the handler reads it at run time). */
  readonly apiCredentials: ISecret;
  /** Directory of the handler's Lambda code. */
  readonly assetPath: string;
  /** The Redis Cloud subscription (a number or a number token). */
  readonly subscriptionId: number;
  /** Redis Cloud's region id of an Active-Active subscription. @default none */
  readonly regionId?: number;
  /** The custom resource's other properties (ShareName, Principals, AcceptResourceShare, DeletionPolicy). */
  readonly properties: { [key: string]: any };
  /** The API root, passed to the handler. */
  readonly apiBaseUrl: string;
  /** Run the handler in this VPC. @default outside any VPC */
  readonly vpc?: IVpc;
  /** The handler's subnets in ``vpc``. @default Lambda's default selection */
  readonly vpcSubnets?: any;
  /** How long a deployment may wait. @default 1 hour */
  readonly totalTimeout?: Duration;
  /** How often the deployment is checked. @default 20 seconds */
  readonly queryInterval?: Duration;
  /** cdk-nag acknowledgements on the construct (the handler), as [rule, reason]. */
  readonly handlerAcknowledgments: string[][];
  /** cdk-nag acknowledgements on the Provider framework, as [rule, reason]. */
  readonly frameworkAcknowledgments: string[][];
  /** Reason for the framework's ``lambda:InvokeFunction`` on ``FUNCTION_ARN:*`` (AwsSolutions-IAM5, one per function). */
  readonly invokeAnyVersionReason: string;
}

const CORE_REDIS_CLOUD_PRIVATE_LINK_KEYS: KeyList<CoreRedisCloudPrivateLinkProps> = {
  apiCredentials: true, assetPath: true, subscriptionId: true, regionId: true, properties: true, apiBaseUrl: true,
  vpc: true, vpcSubnets: true, totalTimeout: true, queryInterval: true, handlerAcknowledgments: true,
  frameworkAcknowledgments: true, invokeAnyVersionReason: true,
};

/** The handler's two entry points: [construct id prefix, handler function, timeout in seconds]. */
/**
 * The ARN an IAM policy names `secret` by: its full ARN when CDK knows it, else its partial ARN
 * followed by `-??????` (Secrets Manager appends six random characters to every secret's name).
 */
function secretPolicyArn(secret: ISecret): string {
  return secret.secretFullArn ?? `${secret.secretArn}-??????`;
}

const ENTRIES: Array<[string, string, number]> = [['OnEvent', 'on_event', 120], ['IsComplete', 'is_complete', 300]];

/**
 * A Redis Cloud PrivateLink: a Construct holding the custom resource
 * ("Resource"), the handler's role, policy, functions and log groups, and the
 * CDK Provider framework that runs them.
 */
export class CoreRedisCloudPrivateLink extends Construct {
  /** The Custom::RedisCloudPrivateLink. */
  public readonly customResource: CustomResource;
  /** The ResourceConfigurationArn attribute. */
  public readonly resourceConfigurationArn: string;
  /** The ResourceConfigurationId attribute. */
  public readonly resourceConfigurationId: string;
  /** The ShareArn attribute. */
  public readonly shareArn: string;
  /** The DatabasePorts attribute. */
  public readonly databasePorts: string;

  /** @param props a {@link CoreRedisCloudPrivateLinkProps} as a plain object */
  constructor(scope: Construct, id: string, props: unknown) {
    const p = checkedProps(props, CORE_REDIS_CLOUD_PRIVATE_LINK_KEYS, 'CoreRedisCloudPrivateLink');
    const secret: ISecret = p.apiCredentials;
    if (secret == null || typeof secret.secretArn !== 'string') {
      fail('api_credentials', String(secret?.constructor?.name ?? secret),
        'must be a CDK secret (secretsmanager.ISecret, e.g. Secret.from_secret_name_v2), never the keys');
    }
    super(scope, id);
    showAs(this, 'RedisCloudPrivateLink');
    const stack = Stack.of(this);
    const role = new Role(this, 'HandlerRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Redis Cloud PrivateLink custom resource handler',
    });
    const statements = [
      // a secret's real ARN ends in '-' and six random characters: name an imported-by-name
      // secret as CDK's own grants do (its partial ARN plus '-??????'), never by the partial ARN
      new PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [secretPolicyArn(secret)] }),
      new PolicyStatement({ actions: ['ram:GetResourceShareInvitations'], resources: ['*'] }),
      new PolicyStatement({
        actions: ['ram:AcceptResourceShareInvitation'],
        resources: [stack.formatArn({ service: 'ram', account: '*', resource: 'resource-share-invitation', resourceName: '*' })],
      }),
    ];
    if (secret.encryptionKey != null) {
      statements.push(new PolicyStatement({
        actions: ['kms:Decrypt'],
        resources: [secret.encryptionKey.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `secretsmanager.${stack.region}.${stack.urlSuffix}` } },
      }));
    }
    const code = Code.fromAsset(p.assetPath);
    const secretId = secret.secretFullArn ?? secret.secretName;
    const functions = ENTRIES.map(([name, entry, timeout]) => {
      const logGroup = new LogGroup(this, `${name}Logs`, { retention: RetentionDays.ONE_YEAR, removalPolicy: RemovalPolicy.DESTROY });
      statements.push(new PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn],
      }));
      return new LambdaFunction(this, `${name}Function`, {
        runtime: Runtime.PYTHON_3_14,
        handler: `redis_cloud.handler.${entry}`,
        code,
        role,
        timeout: Duration.seconds(timeout),
        memorySize: 256,
        logGroup,
        vpc: p.vpc,
        vpcSubnets: p.vpcSubnets,
        description: `Redis Cloud PrivateLink ${entry} (subscription ${p.subscriptionId})`,
        environment: { REDIS_CLOUD_SECRET_ARN: secretId, REDIS_CLOUD_API_URL: p.apiBaseUrl },
      });
    });
    const policy = new Policy(this, 'HandlerPolicy', { statements });
    role.attachInlinePolicy(policy);
    if (p.vpc != null) {
      role.addManagedPolicy(ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaVPCAccessExecutionRole'));
    }
    const provider = new Provider(this, 'Provider', {
      onEventHandler: functions[0],
      isCompleteHandler: functions[1],
      totalTimeout: p.totalTimeout ?? Duration.hours(1),
      queryInterval: p.queryInterval ?? Duration.seconds(20),
      logGroup: new LogGroup(this, 'ProviderLogs', { retention: RetentionDays.ONE_YEAR, removalPolicy: RemovalPolicy.DESTROY }),
    });
    const properties: Record<string, unknown> = { SubscriptionId: numberText(p.subscriptionId), ...p.properties };
    if (p.regionId != null) {
      properties.RegionId = numberText(p.regionId);
    }
    this.customResource = new CustomResource(this, 'Resource', {
      serviceToken: provider.serviceToken,
      resourceType: 'Custom::RedisCloudPrivateLink',
      properties,
    });
    for (const fn of functions) { // the handler may run only once its permissions exist
      fn.node.addDependency(policy);
    }
    this.resourceConfigurationArn = this.customResource.getAttString('ResourceConfigurationArn');
    this.resourceConfigurationId = this.customResource.getAttString('ResourceConfigurationId');
    this.shareArn = this.customResource.getAttString('ShareArn');
    this.databasePorts = this.customResource.getAttString('DatabasePorts');

    const logicalId = (construct: IConstruct): string => stack.getLogicalId(construct.node.defaultChild as CfnElement);
    const framework = (name: string): IConstruct => provider.node.findChild(name);
    // aws-cdk-lib makes each function (and the waiter) DependsOn its role, which the GetAtt of the
    // role's ARN already implies (cfn-lint W3005): at synth, drop just that one from what the
    // resource depends on, so dependencies added later (node.addDependency on this construct) stay
    const roles: Array<[IConstruct, IConstruct]> = [
      [functions[0], functions[0].role!],
      [functions[1], functions[1].role!],
      ...['framework-isComplete', 'framework-onTimeout', 'framework-onEvent'].map(
        (name): [IConstruct, IConstruct] => [framework(name), framework(name).node.findChild('ServiceRole')]),
      [framework('waiter-state-machine'), framework('waiter-state-machine').node.findChild('Role')],
    ];
    for (const [owner, role] of roles) {
      const child = owner.node.defaultChild;
      const roleResource = role.node.defaultChild;
      if (child !== undefined && CfnResource.isCfnResource(child)) {
        child.addOverride('DependsOn', Lazy.list({
          produce: () => child.obtainDependencies()
            .filter((d): d is CfnResource => CfnResource.isCfnResource(d) && d !== roleResource && Stack.of(d) === stack)
            .map((d) => stack.getLogicalId(d)).sort(),
        }));
      }
    }
    // the framework may invoke any version of the functions it calls (FUNCTION_ARN:*); name each one
    const invoked = [functions[0], functions[1], framework('framework-isComplete'), framework('framework-onTimeout')];
    const acknowledged = (pairs: string[][]) => pairs.map(([rule, reason]) => ({ id: rule, reason }));
    Validations.of(provider).acknowledge(
      ...acknowledged(p.frameworkAcknowledgments),
      ...invoked.map((target) => ({
        id: `AwsSolutions-IAM5[Resource::<${logicalId(target)}.Arn>:*]`, reason: p.invokeAnyVersionReason,
      })),
    );
    Validations.of(this).acknowledge(...acknowledged(p.handlerAcknowledgments));
  }
}

/** Inputs of {@link CoreRedisCloudEndpoint}. */
export interface CoreRedisCloudEndpointProps extends CoreInterfaceEndpointProps {
  /** The link; its ResourceConfigurationArn is the endpoint's. */
  readonly link: CoreRedisCloudPrivateLink;
}

const CORE_REDIS_CLOUD_ENDPOINT_KEYS: KeyList<CoreRedisCloudEndpointProps> = { ...CORE_INTERFACE_ENDPOINT_KEYS, link: true };

/**
 * The Resource-type VPC endpoint to a Redis Cloud PrivateLink: a
 * {@link CoreInterfaceEndpoint} on the link's resource configuration, whose
 * ingress rules without a peer come from the VPC's CIDR block, read here (an
 * imported VPC without one is an input error).
 */
export class CoreRedisCloudEndpoint extends CoreInterfaceEndpoint {
  /** The endpoint's id (``vpce-...``). */
  public readonly vpcEndpointId: string;

  /**
   * @param props a {@link CoreRedisCloudEndpointProps} as a plain object; an ingress
   * rule with neither ``peer`` nor ``cidr`` is from the VPC's CIDR block
   */
  constructor(scope: Construct, id: string, props: unknown) {
    const p = checkedProps(props, CORE_REDIS_CLOUD_ENDPOINT_KEYS, 'CoreRedisCloudEndpoint');
    const rules = p.ingress ?? [];
    let ingress = rules;
    if (rules.some((rule) => rule.peer == null && rule.cidr == null)) {
      let cidr: string;
      try {
        cidr = (p.vpc as IVpc).vpcCidrBlock;
      } catch {
        fail('allowed_peers', null, 'must be given: the VPC\'s CIDR block is unknown (imported without it)');
      }
      ingress = rules.map((rule) => (rule.peer == null && rule.cidr == null ? { ...rule, cidr } : rule));
    }
    const link = p.link;
    super(scope, id, {
      ...p,
      ingress,
      endpointProperties: { ...p.endpointProperties, resourceConfigurationArn: link.resourceConfigurationArn },
    });
    this.vpcEndpointId = this.cfnVpcEndpoint.ref;
    showAs(this, 'RedisCloudEndpoint');
  }
}
