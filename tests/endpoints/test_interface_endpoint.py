"""InterfaceEndpoint: service names in every partition, private DNS rules,
security groups, policies, resource endpoints, outputs."""

from __future__ import annotations

import aws_cdk as cdk
import pytest
from aws_cdk import aws_ec2 as ec2

import elasticache_kit as elasticache
from elasticache_kit import ElastiCacheActions as A
from elasticache_kit import EndpointPolicy, EndpointTarget, InterfaceEndpoint, ValidationError
from elasticache_kit.endpoints.interface_endpoint import FIPS_REGIONS

from ..conftest import SUBNETS, imported_vpc, new_stack, only, resources, synth

RCFG = "arn:aws:vpc-lattice:us-east-1:123456789012:resourceconfiguration/rcfg-0123456789abcdef0"


def vpc_of(stack: cdk.Stack) -> ec2.IVpc:
    return imported_vpc(stack, cidr="10.20.0.0/16")


def test_snapshot_elasticache_api_with_policy(checked) -> None:
    stack = new_stack()
    policy = EndpointPolicy.only_actions(A.DESCRIBE_SERVERLESS_CACHES, A.CREATE_SERVERLESS_CACHE_SNAPSHOT) \
        .deny("*", principals="111122223333")
    InterfaceEndpoint(stack, "Api", vpc=vpc_of(stack), target=EndpointTarget.elasticache_api(), policy=policy)
    template = checked(stack)
    props = only(template, "AWS::EC2::VPCEndpoint")
    assert props["PolicyDocument"] == policy.to_json()
    assert props["PrivateDnsEnabled"] is True and props["VpcEndpointType"] == "Interface"


def test_snapshot_redis_cloud_resource_endpoint(checked) -> None:
    stack = new_stack()
    endpoint = InterfaceEndpoint(stack, "RedisCloud", vpc=vpc_of(stack),
                                 target=EndpointTarget.resource_configuration(RCFG, ports=[12000, 12001]))
    endpoint.add_outputs()
    template = checked(stack)
    props = only(template, "AWS::EC2::VPCEndpoint")
    assert props["VpcEndpointType"] == "Resource" and props["ResourceConfigurationArn"] == RCFG
    assert "ServiceName" not in props and "PrivateDnsEnabled" not in props
    ingress = only(template, "AWS::EC2::SecurityGroup")["SecurityGroupIngress"]
    assert sorted((r["FromPort"], r["CidrIp"]) for r in ingress) == [(12000, "10.20.0.0/16"), (12001, "10.20.0.0/16")]
    principal = template["Outputs"][next(k for k in template["Outputs"] if "ConsumerPrincipalArn" in k)]["Value"]
    assert principal == {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::", {"Ref": "AWS::AccountId"}, ":root"]]}


@pytest.mark.parametrize(("region", "fips", "expected"), [
    ("us-east-1", False, "com.amazonaws.us-east-1.elasticache"),
    ("us-east-1", True, "com.amazonaws.us-east-1.elasticache-fips"),
    ("cn-north-1", False, "cn.com.amazonaws.cn-north-1.elasticache"),
    ("cn-northwest-1", False, "cn.com.amazonaws.cn-northwest-1.elasticache"),
    ("us-gov-west-1", False, "com.amazonaws.us-gov-west-1.elasticache"),
    ("us-gov-west-1", True, "com.amazonaws.us-gov-west-1.elasticache-fips"),
])
def test_service_name_with_known_region(region: str, fips: bool, expected: str) -> None:
    stack = new_stack(env=cdk.Environment(account="123456789012", region=region))
    endpoint = InterfaceEndpoint(stack, "Api", vpc=vpc_of(stack), target=EndpointTarget.elasticache_api(fips=fips))
    assert endpoint.service_name == expected
    assert only(synth(stack), "AWS::EC2::VPCEndpoint")["ServiceName"] == expected


def test_service_name_in_an_environment_agnostic_stack_follows_the_partition() -> None:
    stack = new_stack()
    InterfaceEndpoint(stack, "Api", vpc=vpc_of(stack), target=EndpointTarget.elasticache_api())
    InterfaceEndpoint(stack, "Fips", vpc=vpc_of_second(stack), target=EndpointTarget.elasticache_api(fips=True))
    template = synth(stack)
    mapping = template["Mappings"]["ElastiCacheKitServicePrefix"]
    assert mapping["aws-cn"] == {"Prefix": "cn.com.amazonaws"} and mapping["aws"] == {"Prefix": "com.amazonaws"}
    names = [r["Properties"]["ServiceName"] for r in resources(template, "AWS::EC2::VPCEndpoint").values()]
    assert names[0] == {"Fn::Join": ["", [
        {"Fn::FindInMap": ["ElastiCacheKitServicePrefix", {"Ref": "AWS::Partition"}, "Prefix"]},
        ".", {"Ref": "AWS::Region"}, ".elasticache"]]}
    assert names[1]["Fn::Join"][1][-1] == ".elasticache-fips"
    # what CDK's own InterfaceVpcEndpointAwsService.ELASTICACHE renders here would be wrong in China
    for partition, prefix in mapping.items():
        rendered = f"{prefix['Prefix']}.cn-north-1.elasticache"
        assert rendered.startswith("cn.") == (partition == "aws-cn")


def vpc_of_second(stack: cdk.Stack) -> ec2.IVpc:
    return ec2.Vpc.from_vpc_attributes(stack, "Vpc2", vpc_id="vpc-0fedcba9876543210", vpc_cidr_block="10.30.0.0/16",
                                       availability_zones=["us-east-1a"], private_subnet_ids=[SUBNETS[0]])


@pytest.mark.parametrize(("region", "message"), [
    ("cn-north-1", "has no FIPS endpoint in the China region cn-north-1"),
    ("eu-west-1", "has no FIPS endpoint in eu-west-1: ElastiCache has FIPS endpoints only in us-east-1, "),
    ("ca-central-1", "has no FIPS endpoint in ca-central-1"),
])
def test_fips_where_elasticache_has_none_is_an_error(region: str, message: str) -> None:
    stack = new_stack(env=cdk.Environment(account="123456789012", region=region))
    with pytest.raises(ValidationError, match=message):
        InterfaceEndpoint(stack, "Api", vpc=vpc_of(stack), target=EndpointTarget.elasticache_api(fips=True))


def test_fips_regions_follow_botocore() -> None:
    # the regions where botocore's endpoint data lists an ElastiCache FIPS variant
    from botocore.loaders import create_loader

    listed: dict[str, set[str]] = {}
    for partition in create_loader().load_data("endpoints")["partitions"]:
        endpoints = partition["services"].get("elasticache", {}).get("endpoints", {})
        listed[partition["partition"]] = {
            region for region, data in endpoints.items()
            if any("fips" in variant.get("tags", []) for variant in data.get("variants", []))
        }
    assert listed["aws"] == set(FIPS_REGIONS)
    assert all(region.startswith("us-gov-") for region in listed["aws-us-gov"])
    assert not any(regions for partition, regions in listed.items() if partition not in ("aws", "aws-us-gov"))


def test_second_private_dns_endpoint_in_a_vpc_names_both() -> None:
    stack = new_stack()
    vpc = vpc_of(stack)
    InterfaceEndpoint(stack, "First", vpc=vpc, target=EndpointTarget.elasticache_api())
    with pytest.raises(ValidationError) as raised:
        InterfaceEndpoint(stack, "Second", vpc=vpc, target=EndpointTarget.elasticache_api())
    message = str(raised.value)
    assert message.startswith("Test/Second: private_dns_enabled=True conflicts with Test/First")
    assert "set private_dns_enabled=False on one of them" in message
    second = InterfaceEndpoint(stack, "Third", vpc=vpc, target=EndpointTarget.elasticache_api(), private_dns_enabled=False)
    assert stack.resolve(second.regional_dns_name)["Fn::Select"][0] == 1
    assert len(resources(synth(stack), "AWS::EC2::VPCEndpoint")) == 2


def test_allowed_peers_and_no_open_ingress_by_default() -> None:
    stack = new_stack()
    vpc = vpc_of(stack)
    default = InterfaceEndpoint(stack, "Default", vpc=vpc, target=EndpointTarget.elasticache_api())
    app = ec2.SecurityGroup(stack, "App", vpc=vpc, allow_all_outbound=False)
    InterfaceEndpoint(stack, "Peered", vpc=vpc, target=EndpointTarget.elasticache_api(), private_dns_enabled=False,
                      allowed_peers=[app])
    template = synth(stack)
    text = str(template)
    assert "0.0.0.0/0" not in text
    sg = template["Resources"][stack.get_logical_id(default.security_group.node.default_child)]["Properties"]
    assert sg["SecurityGroupIngress"] == [{"CidrIp": "10.20.0.0/16", "Description": "aws-service port 443",
                                           "FromPort": 443, "IpProtocol": "tcp", "ToPort": 443}]
    peered = only(template, "AWS::EC2::SecurityGroupIngress")
    assert peered["FromPort"] == 443 and "SourceSecurityGroupId" in peered


def test_vendor_endpoint_service() -> None:
    stack = new_stack()
    service = "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0"
    endpoint = InterfaceEndpoint(stack, "Vendor", vpc=vpc_of(stack),
                                 target=EndpointTarget.endpoint_service(service, ports=[16379]))
    props = only(synth(stack), "AWS::EC2::VPCEndpoint")
    assert props["ServiceName"] == service and props["PrivateDnsEnabled"] is False
    assert endpoint.connections.default_port is not None


@pytest.mark.parametrize(("build", "prop", "rule"), [
    (lambda: EndpointTarget.resource_configuration("arn:aws:vpc-lattice:us-east-1:123456789012:service/svc-1", [6379]),
     "resource_configuration_arn", "is not a resource configuration ARN"),
    (lambda: EndpointTarget.resource_configuration(RCFG, []), "ports", "non-empty list"),
    (lambda: EndpointTarget.resource_configuration(RCFG, [70000]), "ports", "not a port in 1..65535"),
    (lambda: EndpointTarget.resource_configuration(RCFG, [6379, 6379]), "ports", "lists a port twice"),
    (lambda: EndpointTarget.endpoint_service("vpce svc", [443]), "service_name", "is not an endpoint service name"),
])
def test_target_rules(build, prop: str, rule: str) -> None:
    with pytest.raises(ValidationError) as raised:
        build()
    assert raised.value.prop == prop and rule in str(raised.value)


@pytest.mark.parametrize(("kwargs", "prop", "rule"), [
    ({"target": EndpointTarget.resource_configuration(RCFG, [6379]), "policy": EndpointPolicy.full_access()},
     "policy", "has no effect on a resource-configuration endpoint"),
    ({"target": EndpointTarget.endpoint_service("com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0", [6379]),
      "policy": EndpointPolicy.read_only()}, "policy", "AWS allows full access"),
    ({"target": EndpointTarget.elasticache_api(), "policy": EndpointPolicy()}, "policy.statements", "policy would allow nothing"),
    ({"target": EndpointTarget.elasticache_api(),
      "policy": EndpointPolicy.only_actions(*[f"elasticache:Describe{n}" for n in ("CacheClusters", "Events")] * 600)},
     "policy.statements", "20,480 characters"),
    ({"target": EndpointTarget.elasticache_api(), "allowed_peers": []}, "allowed_peers", "nobody could connect"),
    ({"target": "elasticache"}, "target", "must be an EndpointTarget"),
    ({"target": EndpointTarget.elasticache_api(), "policy": EndpointPolicy().deny("*")}, "policy.statements", "only deny"),
])
def test_endpoint_rules(kwargs, prop: str, rule: str) -> None:
    stack = new_stack()
    with pytest.raises(ValidationError) as raised:
        InterfaceEndpoint(stack, "Endpoint", vpc=vpc_of(stack), **kwargs)
    assert raised.value.prop == prop and rule in str(raised.value)
    assert raised.value.construct_path == "Test/Endpoint"
    assert stack.node.try_find_child("Endpoint") is None


def test_resource_endpoint_may_enable_private_dns() -> None:
    """A resource configuration's custom domain can resolve to the endpoint (CloudFormation DnsOptions)."""
    stack = new_stack()
    InterfaceEndpoint(stack, "Db", vpc=vpc_of(stack), target=EndpointTarget.resource_configuration(RCFG, [6379]),
                      private_dns_enabled=True)
    assert only(synth(stack), "AWS::EC2::VPCEndpoint")["PrivateDnsEnabled"] is True


def test_statement_without_principals_is_refused() -> None:
    from elasticache_kit import Effect, EndpointPolicyStatement

    with pytest.raises(ValidationError, match="principals=\\[\\] is empty: an endpoint policy statement needs a Principal"):
        EndpointPolicyStatement(Effect.ALLOW, ("elasticache:Describe*",), principals=())


def test_imported_vpc_without_cidr_needs_allowed_peers() -> None:
    stack = new_stack()
    vpc = ec2.Vpc.from_vpc_attributes(stack, "Vpc", vpc_id="vpc-0123456789abcdef0",
                                      availability_zones=["us-east-1a"], private_subnet_ids=[SUBNETS[0]])
    with pytest.raises(ValidationError, match="CIDR block is unknown"):
        InterfaceEndpoint(stack, "Api", vpc=vpc, target=EndpointTarget.elasticache_api())


def test_endpoint_subnets_one_per_az() -> None:
    stack = new_stack()
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, subnet_configuration=[
        ec2.SubnetConfiguration(name="a", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
        ec2.SubnetConfiguration(name="b", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    ])
    InterfaceEndpoint(stack, "Api", vpc=vpc, target=EndpointTarget.elasticache_api())
    cache = elasticache.ServerlessCache(stack, "Cache", vpc=vpc)  # also placed through a VPC endpoint
    assert len(only(synth(stack), "AWS::EC2::VPCEndpoint")["SubnetIds"]) == 2
    assert len(cache.subnet_ids) == 2


@pytest.mark.parametrize("kind", ["endpoint", "cache"])
def test_explicit_subnets_two_in_one_zone_are_refused(kind: str) -> None:
    """EC2 refuses an endpoint with two subnets in one Availability Zone (DuplicateSubnetsInSameZone)."""
    stack = new_stack()
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, subnet_configuration=[
        ec2.SubnetConfiguration(name="a", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
        ec2.SubnetConfiguration(name="b", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    ])
    isolated = ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)
    prop = "subnets" if kind == "endpoint" else "vpc_subnets"
    with pytest.raises(ValidationError, match=rf"Test/X: {prop}=.* selects more than one subnet in .*one_per_az=True"):
        if kind == "endpoint":
            InterfaceEndpoint(stack, "X", vpc=vpc, target=EndpointTarget.elasticache_api(), subnets=isolated)
        else:
            elasticache.ServerlessCache(stack, "X", vpc=vpc, vpc_subnets=isolated)
    one_each = ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, one_per_az=True)
    assert len(elasticache.ServerlessCache(stack, "Y", vpc=vpc, vpc_subnets=one_each).subnet_ids) == 2
