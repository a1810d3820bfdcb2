/**
 * The JavaScript half of InterfaceEndpoint (``elasticache_kit.endpoints``):
 * its security group, Connections and AWS::EC2::VPCEndpoint in one call.
 *
 * Not a public API: only elasticache_kit's Python classes use it.
 */
import { CfnVPCEndpoint } from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { CORE_CONNECTABLE_RESOURCE_KEYS, CoreConnectableResource, CoreConnectableResourceProps } from './internal';
import { checkedProps, KeyList } from './private';

/** Inputs of {@link CoreInterfaceEndpoint}. */
export interface CoreInterfaceEndpointProps extends CoreConnectableResourceProps {
  /** The CfnVPCEndpoint's properties (camelCase) without ``vpcId`` and ``securityGroupIds``. */
  readonly endpointProperties: any;
}

/** The keys of {@link CoreInterfaceEndpointProps}. */
export const CORE_INTERFACE_ENDPOINT_KEYS: KeyList<CoreInterfaceEndpointProps> = {
  ...CORE_CONNECTABLE_RESOURCE_KEYS, endpointProperties: true,
};

/**
 * An interface (or resource) VPC endpoint: a {@link CoreConnectableResource}
 * holding a CfnVPCEndpoint ("Resource") in the construct's security groups.
 */
export class CoreInterfaceEndpoint extends CoreConnectableResource {
  /** The AWS::EC2::VPCEndpoint. */
  public readonly cfnVpcEndpoint: CfnVPCEndpoint;

  /**
   * @param props a {@link CoreInterfaceEndpointProps} as a plain object (a subclass's
   * props, which it has checked itself, when called from one)
   */
  constructor(scope: Construct, id: string, props: unknown) {
    const p = new.target === CoreInterfaceEndpoint
      ? checkedProps(props, CORE_INTERFACE_ENDPOINT_KEYS, 'CoreInterfaceEndpoint')
      : props as CoreInterfaceEndpointProps;
    super(scope, id, p);
    this.cfnVpcEndpoint = new CfnVPCEndpoint(this, 'Resource', {
      ...p.endpointProperties,
      vpcId: p.vpc.vpcId,
      securityGroupIds: this.connections.securityGroups.map((group) => group.securityGroupId),
    });
  }
}
