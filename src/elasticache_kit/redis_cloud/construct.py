"""``RedisCloudPrivateLink``: Redis Cloud's PrivateLink workflow (seed 003) done
at deploy time by a CloudFormation custom resource, and the Resource-type VPC
endpoint that connects a VPC to it."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Final

import aws_cdk as cdk
from constructs import Construct

from .._context import Site
from .._js import core, js_get, plain
from .._lazy import LazyModule
from .._network import subnet_ids
from .._tokens import is_token
from .client import DEFAULT_BASE_URL, is_account_principal
from .handler import DELETION_POLICIES

if TYPE_CHECKING:
    from aws_cdk import aws_ec2 as ec2
    from aws_cdk import aws_iam as iam
    from aws_cdk import aws_lambda as lambda_
    from aws_cdk import aws_logs as logs
    from aws_cdk import aws_secretsmanager as secretsmanager
    from aws_cdk import custom_resources as cr
else:
    ec2 = LazyModule("aws_cdk.aws_ec2")
    iam = LazyModule("aws_cdk.aws_iam")
    lambda_ = LazyModule("aws_cdk.aws_lambda")
    logs = LazyModule("aws_cdk.aws_logs")
    cr = LazyModule("aws_cdk.custom_resources")

__all__ = ["REDIS_CLOUD_DATABASE_PORTS", "REDIS_CLOUD_METRICS_PORT", "RedisCloudEndpoint", "RedisCloudPrivateLink"]

#: The port range Redis Cloud databases listen on.
REDIS_CLOUD_DATABASE_PORTS: Final = (10000, 19999)
#: Redis Cloud's Prometheus metrics port.
REDIS_CLOUD_METRICS_PORT: Final = 8070
_RUNTIME_FILES: Final = ("client.py", "errors.py", "handler.py")
_PRIVATE_DNS_PREFERENCES: Final = ("VERIFIED_DOMAINS_ONLY", "ALL_DOMAINS", "VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS",
                                   "SPECIFIED_DOMAINS_ONLY")

_PACKS: Final = ("HIPAA.Security", "PCI.DSS.321", "NIST.800.53.R4", "NIST.800.53.R5")
_CONCURRENCY = ("Deploy-time functions run a few times per stack operation; reserved concurrency would take from "
                "the account's unreserved pool for nothing.")
_DLQ = ("Invoked synchronously (by CloudFormation's Provider framework, which reports every failure to "
        "CloudFormation): there are no asynchronous events to dead-letter.")
_OUTSIDE_VPC = ("It calls Redis Cloud's public API and AWS APIs; pass vpc= to run the handler in a VPC (e.g. for a "
                "fixed egress IP when the API key has a CIDR allow list).")
_LOGS_KEY = ("Deploy-time logs hold no secrets (the keys are never logged; botocore is kept above DEBUG); the log "
             "groups use CloudWatch Logs' default encryption.")
_INLINE = ("Least-privilege statements specific to this secret, these functions and this share; an inline policy "
           "keeps them with the one role that uses them.")

#: cdk-nag findings on our handler (its role, functions and log groups), with the reasons.
_HANDLER_ACKNOWLEDGED: Final = (
    ("AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ram:<AWS::Region>:*:resource-share-invitation/*]",
     "Redis Cloud's RAM invitation comes from Redis's account with a random id, neither known before deployment; "
     "the only action is ram:AcceptResourceShareInvitation."),
    ("AwsSolutions-IAM5[Resource::*]",
     "ram:GetResourceShareInvitations has no resource-level permissions (AWS Service Authorization Reference)."),
    ("Serverless-LambdaTracing", "Deploy-time functions run a few times per deployment; their logs trace every step."),
    ("Serverless-LambdaDLQ", _DLQ),
    *((f"{pack}-LambdaConcurrency", _CONCURRENCY) for pack in _PACKS),
    *((f"{pack}-LambdaDLQ", _DLQ) for pack in _PACKS),
    *((f"{pack}-LambdaInsideVPC", _OUTSIDE_VPC) for pack in _PACKS),
    *((f"{pack}-CloudWatchLogGroupEncrypted", _LOGS_KEY) for pack in _PACKS),
    *((f"{pack}-IAMNoInlinePolicy", _INLINE) for pack in _PACKS),
    ("cdk-validator-cfnguard::cloudwatch_log_group_encrypted_check", _LOGS_KEY),
)
_FRAMEWORK = "The CDK Provider framework's own "
#: cdk-nag findings on the CDK Provider framework's functions, roles and state machine, with the reasons.
_FRAMEWORK_ACKNOWLEDGED: Final = (
    ("AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
     _FRAMEWORK + "functions use AWS's basic Lambda execution policy (CloudWatch Logs only)."),
    ("AwsSolutions-L1", _FRAMEWORK + "Node.js functions use the runtime CDK chooses; our handler runs on the latest Python runtime."),
    ("AwsSolutions-SF1", _FRAMEWORK + "waiter state machine only loops is_complete; its logs go to a log group."),
    ("AwsSolutions-SF2", _FRAMEWORK + "waiter state machine has no X-Ray option; the handler's logs trace each step."),
    ("Serverless-LambdaTracing", _FRAMEWORK + "functions have no X-Ray option."),
    ("Serverless-LambdaDLQ", _DLQ),
    ("Serverless-LambdaDefaultMemorySize", _FRAMEWORK + "functions use the memory CDK sets for them."),
    ("Serverless-LambdaLatestVersion", _FRAMEWORK + "Node.js functions use the runtime CDK chooses."),
    ("Serverless-StepFunctionStateMachineXray", _FRAMEWORK + "waiter state machine has no X-Ray option."),
    *((f"{pack}-LambdaConcurrency", _CONCURRENCY) for pack in _PACKS),
    *((f"{pack}-LambdaDLQ", _DLQ) for pack in _PACKS),
    *((f"{pack}-LambdaInsideVPC", _FRAMEWORK + "functions only call Lambda and Step Functions.") for pack in _PACKS),
    *((f"{pack}-IAMNoInlinePolicy", _FRAMEWORK + "roles get the inline policies CDK grants them.") for pack in _PACKS),
    *((f"{pack}-CloudWatchLogGroupEncrypted", _LOGS_KEY) for pack in _PACKS),
    ("cdk-validator-cfnguard::cloudwatch_log_group_encrypted_check", _LOGS_KEY),
    ("cdk-validator-cfnguard::lambda_inside_vpc_check", _FRAMEWORK + "functions only call Lambda and Step Functions."),
    ("cdk-validator-cfnguard::step_functions_state_machine_logging_enabled_check",
     _FRAMEWORK + "waiter state machine only loops is_complete; every step is logged by the handler."),
    ("cdk-validator-cfnguard::step_functions_state_machine_tracing_enabled_check",
     _FRAMEWORK + "waiter state machine has no X-Ray option."),
)


def _runtime_asset() -> str:
    """A directory holding only the Lambda code: ``redis_cloud/{client,errors,handler}.py``
    (standard library and boto3; no CDK), named by its content's hash."""
    here = Path(__file__).parent
    sources = {name: (here / name).read_bytes() for name in _RUNTIME_FILES}
    digest = hashlib.sha256(b"".join(name.encode() + b"\0" + body for name, body in sources.items())).hexdigest()
    root = Path(tempfile.gettempdir()) / f"elasticache-kit-redis-cloud-{digest[:16]}"
    package = root / "redis_cloud"
    if not (package / "handler.py").exists():
        package.mkdir(parents=True, exist_ok=True)
        (package / "__init__.py").write_text('"""Redis Cloud PrivateLink custom-resource handler."""\n')
        for name, body in sources.items():
            (package / name).write_bytes(body)
    return str(root)


class RedisCloudPrivateLink(Construct):
    """A Redis Cloud PrivateLink for a subscription (or one region of an
    Active-Active subscription), created or adopted at deploy time.

    The custom resource creates the PrivateLink (or adopts one with the same
    share name), adds the principals (default: this stack's account), checks that
    Redis Cloud really lists each, accepts the AWS RAM invitation when a principal
    is this account, and waits for the subscription and PrivateLink to be active.
    Its attributes give the resource configuration to connect to; :meth:`endpoint`
    creates the VPC endpoint.

    The template carries only the secret's ARN: the handler reads the API keys
    from Secrets Manager when it runs.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        subscription_id: int,
        share_name: str,
        api_credentials: secretsmanager.ISecret,
        principals: Sequence[str] | None = None,
        region_id: int | None = None,
        accept_resource_share: bool = True,
        deletion_policy: str = "remove-principals",
        api_base_url: str = DEFAULT_BASE_URL,
        vpc: ec2.IVpc | None = None,
        vpc_subnets: ec2.SubnetSelection | None = None,
        total_timeout: cdk.Duration | None = None,
        query_interval: cdk.Duration | None = None,
    ) -> None:
        """
        :param subscription_id: the Redis Cloud subscription (a positive integer).
        :param share_name: the AWS RAM share name Redis Cloud creates (1..64 characters;
            it cannot change later: a new name needs a new resource).
        :param api_credentials: a Secrets Manager secret holding JSON
            ``{"apiKey": "<account key>", "secretKey": "<user key>"}``.
        :param principals: AWS accounts allowed to connect: 12-digit ids or
            ``arn:aws:iam::ACCOUNT:root``. Default: this stack's account.
        :param region_id: Redis Cloud's region id of an Active-Active subscription
            (``GET /subscriptions/{id}/regions``). Default: none (a standard subscription).
        :param accept_resource_share: accept the RAM invitation when a principal is
            this stack's account. Default: True.
        :param deletion_policy: what deleting the resource does: ``remove-principals``
            (the ones it added; default), ``delete`` (the PrivateLink, if this resource
            created it; otherwise as remove-principals), or ``retain``.
        :param api_base_url: the API root. Default: ``https://api.redislabs.com/v1``.
        :param vpc: run the handler in this VPC (for an API key with a CIDR allow
            list: route its egress through a NAT gateway's fixed IP). Default: none.
        :param vpc_subnets: the handler's subnets in ``vpc``. Default: private subnets with egress.
        :param total_timeout: how long a deployment may wait. Default: 1 hour.
        :param query_interval: how often the deployment is checked. Default: 20 seconds.
        """
        site = Site(scope, id)
        if isinstance(subscription_id, bool) or not (
            is_token(subscription_id) or (isinstance(subscription_id, int) and subscription_id > 0)
        ):
            site.fail("subscription_id", subscription_id, "must be a positive integer (the Redis Cloud subscription id)")
        if region_id is not None and (isinstance(region_id, bool) or not (
                is_token(region_id) or (isinstance(region_id, int) and region_id > 0))):
            site.fail("region_id", region_id, "must be a positive integer (Redis Cloud's region id) or None")
        if not isinstance(share_name, str) or (not is_token(share_name) and not 1 <= len(share_name) <= 64):
            site.fail("share_name", share_name, "must be 1..64 characters")
        secret_arn: str | None = None
        if not isinstance(api_credentials, (str, bytes, Mapping)) and api_credentials is not None:
            secret_arn = getattr(api_credentials, "secret_arn", None)  # also on jsii's interface proxies
        if not isinstance(secret_arn, str):
            site.fail("api_credentials", type(api_credentials).__name__,
                      "must be a CDK secret (secretsmanager.ISecret, e.g. Secret.from_secret_name_v2), never the keys")
        if deletion_policy not in DELETION_POLICIES:
            site.fail("deletion_policy", deletion_policy, f"must be one of {', '.join(DELETION_POLICIES)}")
        if not isinstance(api_base_url, str) or not api_base_url.startswith("https://"):
            site.fail("api_base_url", api_base_url, "must be an https:// URL (the API keys travel in its headers)")
        if principals is None:
            principal_list: list[str] = [cdk.Aws.ACCOUNT_ID]
        else:
            if isinstance(principals, str) or not isinstance(principals, Sequence) or not principals:
                site.fail("principals", principals, "must be a non-empty list of AWS account ids")
            principal_list = list(principals)
            for principal in principal_list:
                if not isinstance(principal, str) or (not is_token(principal) and not is_account_principal(principal)):
                    site.fail("principals", principal_list,
                              f"contains {principal!r}, not a 12-digit account id or arn:aws:iam::ACCOUNT:root")
        for name, duration in (("total_timeout", total_timeout), ("query_interval", query_interval)):
            if duration is not None and not isinstance(duration, cdk.Duration):
                site.fail(name, duration, "must be a cdk.Duration")

        super().__init__(scope, id)
        self.subscription_id = subscription_id
        """The Redis Cloud subscription."""
        self.region_id = region_id
        """Redis Cloud's region id (Active-Active), or None."""
        self.share_name = share_name
        """The RAM share name (what the ``ShareName`` attribute reports once deployed)."""
        self.principals = principal_list
        """The principals the resource keeps on the PrivateLink."""
        self.api_credentials = api_credentials
        """The secret with the API keys."""

        stack = cdk.Stack.of(self)
        secret_id = api_credentials.secret_full_arn or api_credentials.secret_name
        role = iam.Role(
            self, "HandlerRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
            description="Redis Cloud PrivateLink custom resource handler",
        )
        statements = [
            iam.PolicyStatement(actions=["secretsmanager:GetSecretValue"], resources=[secret_arn]),
            iam.PolicyStatement(actions=["ram:GetResourceShareInvitations"], resources=["*"]),
            iam.PolicyStatement(
                actions=["ram:AcceptResourceShareInvitation"],
                resources=[stack.format_arn(service="ram", account="*", resource="resource-share-invitation",
                                            resource_name="*")],
            ),
        ]
        key = api_credentials.encryption_key
        if key is not None:
            statements.append(iam.PolicyStatement(
                actions=["kms:Decrypt"], resources=[key.key_arn],
                conditions={"StringEquals": {"kms:ViaService": f"secretsmanager.{stack.region}.{stack.url_suffix}"}},
            ))
        functions = []
        code = lambda_.Code.from_asset(_runtime_asset())
        for name, entry, timeout in (("OnEvent", "on_event", 120), ("IsComplete", "is_complete", 300)):
            log_group = logs.LogGroup(self, f"{name}Logs", retention=logs.RetentionDays.ONE_YEAR,
                                      removal_policy=cdk.RemovalPolicy.DESTROY)
            statements.append(iam.PolicyStatement(actions=["logs:CreateLogStream", "logs:PutLogEvents"],
                                                  resources=[log_group.log_group_arn]))
            functions.append(lambda_.Function(
                self, f"{name}Function",
                runtime=lambda_.Runtime.PYTHON_3_14, handler=f"redis_cloud.handler.{entry}", code=code,
                role=role, timeout=cdk.Duration.seconds(timeout), memory_size=256, log_group=log_group,
                vpc=vpc, vpc_subnets=vpc_subnets,
                description=f"Redis Cloud PrivateLink {entry} (subscription {subscription_id})",
                environment={"REDIS_CLOUD_SECRET_ARN": secret_id, "REDIS_CLOUD_API_URL": api_base_url},
            ))
        policy = iam.Policy(self, "HandlerPolicy", statements=statements)
        role.attach_inline_policy(policy)
        if vpc is not None:
            role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name(
                "service-role/AWSLambdaVPCAccessExecutionRole"))
        provider = cr.Provider(
            self, "Provider", on_event_handler=functions[0], is_complete_handler=functions[1],
            total_timeout=total_timeout or cdk.Duration.hours(1),
            query_interval=query_interval or cdk.Duration.seconds(20),
            log_group=logs.LogGroup(self, "ProviderLogs", retention=logs.RetentionDays.ONE_YEAR,
                                    removal_policy=cdk.RemovalPolicy.DESTROY),
        )
        properties: dict[str, object] = {
            "SubscriptionId": str(subscription_id) if not is_token(subscription_id) else cdk.Token.as_string(
                subscription_id),
            "ShareName": share_name,
            "Principals": principal_list,
            "AcceptResourceShare": "true" if accept_resource_share else "false",
            "DeletionPolicy": deletion_policy,
        }
        if region_id is not None:
            properties["RegionId"] = str(region_id) if not is_token(region_id) else cdk.Token.as_string(region_id)
        resource = cdk.CustomResource(
            self, "Resource", service_token=provider.service_token, resource_type="Custom::RedisCloudPrivateLink",
            properties=properties,
        )
        for function in functions:  # the handler may run only once its permissions exist
            function.node.add_dependency(policy)
        self.resource = resource
        """The custom resource."""
        self.resource_configuration_arn: str = resource.get_att_string("ResourceConfigurationArn")
        """The VPC Lattice resource configuration Redis Cloud shares (what a Resource endpoint targets)."""
        self.resource_configuration_id: str = resource.get_att_string("ResourceConfigurationId")
        """The resource configuration id (``rcfg-...``)."""
        self.share_arn: str = resource.get_att_string("ShareArn")
        """The AWS RAM resource share's ARN."""
        self.database_ports: str = resource.get_att_string("DatabasePorts")
        """The subscription's database ports, comma-separated (e.g. ``12000,12001``)."""
        self._endpoint: RedisCloudEndpoint | None = None
        # the framework may invoke any version of the functions it calls (FUNCTION_ARN:*); name each one
        invoked = [*functions, provider.node.find_child("framework-isComplete"),
                   provider.node.find_child("framework-onTimeout")]
        invoke_any_version = (
            f"AwsSolutions-IAM5[Resource::<{stack.get_logical_id(target.node.default_child)}.Arn>:*]"  # type: ignore[arg-type]
            for target in invoked
        )
        # aws-cdk-lib makes each function (and the waiter) DependsOn its role, which the GetAtt of the
        # role's ARN already implies (cfn-lint W3005): keep only the dependency on the role's policy
        for owner, role_id in ((functions[0], ""), (functions[1], ""), (invoked[2], "ServiceRole"),
                               (invoked[3], "ServiceRole"), (provider.node.find_child("framework-onEvent"), "ServiceRole"),
                               (provider.node.find_child("waiter-state-machine"), "Role")):
            grants = policy if not role_id else owner.node.find_child(role_id).node.find_child("DefaultPolicy")
            child = owner.node.default_child
            if isinstance(child, cdk.CfnResource):
                child.add_override("DependsOn", [stack.get_logical_id(grants.node.default_child)])  # type: ignore[arg-type]
        cdk.Validations.of(provider).acknowledge(
            *(cdk.Acknowledgment(id=rule, reason=why) for rule, why in _FRAMEWORK_ACKNOWLEDGED),
            *(cdk.Acknowledgment(id=rule, reason=_FRAMEWORK + "roles may invoke any version of the functions they call "
                                 "(lambda:InvokeFunction on FUNCTION_ARN:*), as CDK grants it.")
              for rule in invoke_any_version),
        )
        outside_vpc = () if vpc is not None else (
            cdk.Acknowledgment(id="cdk-validator-cfnguard::lambda_inside_vpc_check", reason=_OUTSIDE_VPC),)
        in_vpc = () if vpc is None else (cdk.Acknowledgment(
            id="AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/"
               "AWSLambdaVPCAccessExecutionRole]",
            reason="A function in a VPC needs AWS's VPC access policy to manage its network interfaces."),)
        cdk.Validations.of(self).acknowledge(
            *(cdk.Acknowledgment(id=rule, reason=why) for rule, why in _HANDLER_ACKNOWLEDGED), *in_vpc, *outside_vpc)

    def endpoint(
        self,
        vpc: ec2.IVpc,
        *,
        id: str = "Endpoint",
        subnets: ec2.SubnetSelection | None = None,
        allowed_peers: Sequence[ec2.IPeer] | None = None,
        private_dns_preference: str | None = "VERIFIED_DOMAINS_ONLY",
    ) -> RedisCloudEndpoint:
        """The Resource-type VPC endpoint to this PrivateLink's resource configuration
        (created after the custom resource), open on Redis Cloud's database ports
        (10000-19999) and metrics port (8070) to ``allowed_peers`` (default: the VPC's CIDR).

        :param private_dns_preference: the endpoint's private DNS preference;
            Redis Cloud's docs ask for ``VERIFIED_DOMAINS_ONLY`` (default) or
            ``VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS``. None: private DNS off.
        """
        return RedisCloudEndpoint(self, id, link=self, vpc=vpc, subnets=subnets, allowed_peers=allowed_peers,
                                  private_dns_preference=private_dns_preference)

    def add_outputs(self) -> None:
        """Stack outputs: the principal, the share, the resource configuration and,
        once :meth:`endpoint` made it, the endpoint id."""
        partition, account = cdk.Aws.PARTITION, cdk.Aws.ACCOUNT_ID
        cdk.CfnOutput(self, "Principal", value=f"arn:{partition}:iam::{account}:root",
                      description="This account's principal on the Redis Cloud PrivateLink")
        cdk.CfnOutput(self, "ShareArn", value=self.share_arn, description="AWS RAM resource share from Redis Cloud")
        cdk.CfnOutput(self, "ResourceConfigurationArn", value=self.resource_configuration_arn,
                      description="VPC Lattice resource configuration of the Redis Cloud databases")
        if self._endpoint is not None:
            cdk.CfnOutput(self, "EndpointId", value=self._endpoint.vpc_endpoint_id,
                          description="Resource VPC endpoint to Redis Cloud")


class RedisCloudEndpoint(core.CoreInterfaceEndpoint):
    """A Resource-type VPC endpoint to a :class:`RedisCloudPrivateLink` with its own
    security group (database ports 10000-19999 and metrics port 8070, from the
    allowed peers only).

    The construct, its security group and rules, its ``connections`` and the
    ``AWS::EC2::VPCEndpoint`` are made in one jsii call, so the JavaScript
    object aws-cdk-lib receives owns the Connections too.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        link: RedisCloudPrivateLink,
        vpc: ec2.IVpc,
        subnets: ec2.SubnetSelection | None = None,
        allowed_peers: Sequence[ec2.IPeer] | None = None,
        private_dns_preference: str | None = "VERIFIED_DOMAINS_ONLY",
    ) -> None:
        """See :meth:`RedisCloudPrivateLink.endpoint`."""
        site = Site(scope, id)
        if not isinstance(link, RedisCloudPrivateLink):
            site.fail("link", type(link).__name__, "must be a RedisCloudPrivateLink")
        if link._endpoint is not None and scope is link:
            site.fail("vpc", "a second endpoint", "already exists for this PrivateLink; pass another id= for another VPC")
        if vpc is None:
            site.fail("vpc", None, "is required")
        if private_dns_preference is not None and private_dns_preference not in _PRIVATE_DNS_PREFERENCES:
            site.fail("private_dns_preference", private_dns_preference,
                      f"must be one of {', '.join(_PRIVATE_DNS_PREFERENCES)} or None")
        if allowed_peers is not None and not list(allowed_peers):
            site.fail("allowed_peers", [], "is empty: nobody could connect")
        ids = subnet_ids(site, vpc, subnets, prop="subnets", user="a VPC endpoint")
        if allowed_peers is None:
            try:
                peers: list[dict[str, object]] = [{"cidr": vpc.vpc_cidr_block}]
            except RuntimeError:
                site.fail("allowed_peers", None, "must be given: the VPC's CIDR block is unknown (imported without it)")
        else:
            peers = [{"peer": peer} for peer in allowed_peers]
        low, high = REDIS_CLOUD_DATABASE_PORTS
        rules = [rule for peer in peers for rule in (
            {**peer, "port": low, "toPort": high, "description": f"Redis Cloud databases {low}-{high}"},
            {**peer, "port": REDIS_CLOUD_METRICS_PORT, "description": "Redis Cloud metrics"},
        )]
        dns = {"privateDnsPreference": private_dns_preference} if private_dns_preference is not None else None
        endpoint_properties = plain(
            vpcEndpointType="Resource", resourceConfigurationArn=link.resource_configuration_arn, subnetIds=ids,
            privateDnsEnabled=True if dns is not None else None, dnsOptions=dns,
        )
        core.CoreInterfaceEndpoint.__init__(self, scope, id, plain(
            vpc=vpc, securityGroupDescription="Redis Cloud PrivateLink resource endpoint",
            defaultPorts=[low, high], ingress=rules, endpointProperties=endpoint_properties,
        ))
        self.vpc_endpoint_id: str = self.cfn_vpc_endpoint.ref
        """The endpoint's id (``vpce-...``)."""
        if scope is link:
            link._endpoint = self

    @cached_property
    def connections(self) -> ec2.Connections:
        """Network access to the endpoint (default port range: the database ports), also
        from aws-cdk-lib's side: ``function.connections.allow_to_default_port(endpoint)``.
        The JavaScript side's object, read once."""
        return js_get(self, "connections")  # type: ignore[no-any-return]

    @cached_property
    def security_group(self) -> ec2.SecurityGroup:
        """The endpoint's security group (read once)."""
        return js_get(self, "securityGroup")  # type: ignore[no-any-return]
