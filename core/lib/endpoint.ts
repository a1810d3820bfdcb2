/**
 * The JavaScript half of InterfaceEndpoint: its security group, Connections
 * and AWS::EC2::VPCEndpoint in one call.
 */
import { CfnVPCEndpoint } from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { CoreConnectableResource } from './connectable';

/**
 * An interface (or resource) VPC endpoint: a {@link CoreConnectableResource}
 * holding a CfnVPCEndpoint ("Resource") in the construct's security groups.
 */
export class CoreInterfaceEndpoint extends CoreConnectableResource {
  /** The AWS::EC2::VPCEndpoint. */
  public readonly cfnVpcEndpoint: CfnVPCEndpoint;

  /**
   * @param props the props of CoreConnectableResource, plus ``endpointProperties``:
   * the CfnVPCEndpoint's properties (camelCase) without ``vpcId`` and ``securityGroupIds``
   */
  constructor(scope: Construct, id: string, props: any) {
    super(scope, id, props);
    this.cfnVpcEndpoint = new CfnVPCEndpoint(this, 'Resource', {
      ...props.endpointProperties,
      vpcId: props.vpc.vpcId,
      securityGroupIds: this.connections.securityGroups.map((group) => group.securityGroupId),
    });
  }
}
