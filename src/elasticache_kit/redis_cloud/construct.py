"""``RedisCloudPrivateLink``: Redis Cloud's PrivateLink workflow (seed 003) done
at deploy time by a CloudFormation custom resource, and the Resource-type VPC
endpoint that connects a VPC to it."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Sequence
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Final

import aws_cdk as cdk
from constructs import Construct

from .._internal.context import Site
from .._internal.core_props import CoreRedisCloudEndpointProps, CoreRedisCloudPrivateLinkProps, CoreRule
from .._internal.js import core, js_checks, js_get, plain
from .._internal.lazy import LazyModule
from .._internal.network import subnet_ids
from .._internal.tokens import is_token
from .client import DEFAULT_BASE_URL
from .handler import DELETION_POLICIES
from .principal import RedisCloudPrincipal

if TYPE_CHECKING:
    from aws_cdk import aws_ec2 as ec2
    from aws_cdk import aws_secretsmanager as secretsmanager
else:
    ec2 = LazyModule("aws_cdk.aws_ec2")

__all__ = ["REDIS_CLOUD_DATABASE_PORTS", "REDIS_CLOUD_METRICS_PORT", "RedisCloudEndpoint", "RedisCloudPrincipal",
           "RedisCloudPrivateLink"]

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
#: The framework roles' lambda:InvokeFunction on FUNCTION_ARN:* (AwsSolutions-IAM5, one id per function it calls).
_INVOKE_ANY_VERSION: Final = (_FRAMEWORK + "roles may invoke any version of the functions they call "
                              "(lambda:InvokeFunction on FUNCTION_ARN:*), as CDK grants it.")
#: On the construct when the handler runs outside a VPC, or in one.
_OUTSIDE_VPC_CFN_GUARD: Final = ("cdk-validator-cfnguard::lambda_inside_vpc_check", _OUTSIDE_VPC)
_IN_VPC: Final = (
    "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole]",
    "A function in a VPC needs AWS's VPC access policy to manage its network interfaces.")


def _is_secret(value: object) -> bool:
    """Whether ``value`` is a jsii object with ISecret's ``secret_arn``, looked up on
    its classes (reading it, also through jsii's dynamic proxy, is a round trip)."""
    if getattr(value, "__jsii_ref__", None) is None:
        return False
    delegates = getattr(value, "_delegates", None)  # jsii's proxy of an object with several interfaces
    classes = [type(d) for d in delegates] if isinstance(delegates, list) else [type(value)]
    return any(isinstance(getattr(c, "secret_arn", None), property) for c in classes)


@cache
def _this_account() -> str:
    """``Aws.ACCOUNT_ID`` (a constant token of the JavaScript side): read once per process."""
    return cdk.Aws.ACCOUNT_ID


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


def _check_ids(site: Site, subscription_id: int, region_id: int | None) -> None:
    """The subscription id and (Active-Active) region id are positive integers, or tokens."""
    if isinstance(subscription_id, bool) or not (
        is_token(subscription_id) or (isinstance(subscription_id, int) and subscription_id > 0)
    ):
        site.fail("subscription_id", subscription_id, "must be a positive integer (the Redis Cloud subscription id)")
    if region_id is not None and (isinstance(region_id, bool) or not (
            is_token(region_id) or (isinstance(region_id, int) and region_id > 0))):
        site.fail("region_id", region_id, "must be a positive integer (Redis Cloud's region id) or None")


def _principal_list(site: Site, principals: Sequence[str | RedisCloudPrincipal] | None) -> list[str]:
    """The principals as Redis Cloud takes them, each once (plain strings as given); default: this
    stack's account."""
    if principals is None:
        return [_this_account()]
    if isinstance(principals, str) or not isinstance(principals, Sequence) or not principals:
        site.fail("principals", principals, "must be a non-empty list of AWS account ids or RedisCloudPrincipal")
    principal_list: list[str] = []
    for principal in principals:
        if isinstance(principal, RedisCloudPrincipal):
            typed = principal
        elif isinstance(principal, str):
            typed = RedisCloudPrincipal.of(principal)
        else:
            site.fail("principals", list(principals),
                      f"contains {principal!r}, not a string or a RedisCloudPrincipal")
        problem = typed.problem()
        if problem:
            site.fail("principals", list(principals), problem)
        value = principal if isinstance(principal, str) else typed.value  # plain strings as given
        if value not in principal_list:
            principal_list.append(value)
    return principal_list


class RedisCloudPrivateLink(core.CoreRedisCloudPrivateLink):
    """A Redis Cloud PrivateLink for a subscription (or one region of an
    Active-Active subscription), created or adopted at deploy time.

    The custom resource creates the PrivateLink (or adopts one with the same
    share name), adds the principals (default: this stack's account), checks that
    Redis Cloud really lists each, accepts this account's AWS RAM invitation as
    soon as it exists (when a principal is this account), and waits for the
    subscription and PrivateLink to be active and for this account's principal to
    read ``associated``.  Other accounts' principals are not waited for (only they
    can accept their invitations): they are reported in :attr:`pending_principals`.
    Its attributes give the resource configuration to connect to; :meth:`endpoint`
    creates the VPC endpoint.

    The template carries only the secret's ARN: the handler reads the API keys
    from Secrets Manager when it runs.

    Python checks the input; the construct with its ~19 resources (custom
    resource, the handler's functions, role, policy and log groups, the CDK
    Provider framework), the DependsOn clean-up and the cdk-nag
    acknowledgements are then made in one jsii call (``CoreRedisCloudPrivateLink``).

    Example::

        keys = secretsmanager.Secret.from_secret_name_v2(self, "RedisCloudKeys", "redis-cloud/api-keys")
        link = elasticache.RedisCloudPrivateLink(self, "RedisCloud", subscription_id=123456, share_name="my-share",
                                                 api_credentials=keys, vpc=vpc)
        endpoint = elasticache.RedisCloudEndpoint(self, "RedisCloudEndpoint", link=link, vpc=vpc)
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        subscription_id: int,
        share_name: str,
        api_credentials: secretsmanager.ISecret,
        principals: Sequence[str | RedisCloudPrincipal] | None = None,
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
        :param principals: who may connect: :class:`RedisCloudPrincipal` values
            (``RedisCloudPrincipal.account("123456789012")``, ``.organization(arn)``,
            ``.organizational_unit(arn)``, ``.role(arn)``, ``.user(arn)``, ``.service(name)``)
            or plain strings of those shapes (12-digit account ids as before).
            Default: this stack's account.
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
        _check_ids(site, subscription_id, region_id)
        if not isinstance(share_name, str) or (not is_token(share_name) and not 1 <= len(share_name) <= 64):
            site.fail("share_name", share_name, "must be 1..64 characters")
        if not _is_secret(api_credentials):
            site.fail("api_credentials", type(api_credentials).__name__,
                      "must be a CDK secret (secretsmanager.ISecret, e.g. Secret.from_secret_name_v2), never the keys")
        if deletion_policy not in DELETION_POLICIES:
            site.fail("deletion_policy", deletion_policy, f"must be one of {', '.join(DELETION_POLICIES)}")
        if not isinstance(api_base_url, str) or not api_base_url.startswith("https://"):
            site.fail("api_base_url", api_base_url, "must be an https:// URL (the API keys travel in its headers)")
        principal_list = _principal_list(site, principals)
        for name, duration in (("total_timeout", total_timeout), ("query_interval", query_interval)):
            if duration is not None and not isinstance(duration, cdk.Duration):
                site.fail(name, duration, "must be a cdk.Duration")

        if vpc_subnets is not None and vpc is None:
            site.fail("vpc_subnets", type(vpc_subnets).__name__, "needs vpc= (the handler's subnets are in that VPC)")
        properties = plain(ShareName=share_name, Principals=principal_list,
                           AcceptResourceShare="true" if accept_resource_share else "false",
                           DeletionPolicy=deletion_policy)
        in_vpc = (_IN_VPC,) if vpc is not None else (_OUTSIDE_VPC_CFN_GUARD,)
        # the construct, its custom resource, functions, role, policy, log groups and the Provider
        # (with the DependsOn clean-up and cdk-nag acknowledgements): one jsii call
        with js_checks(site):
            core.CoreRedisCloudPrivateLink.__init__(self, scope, id, plain(CoreRedisCloudPrivateLinkProps(
                apiCredentials=api_credentials, assetPath=_runtime_asset(), subscriptionId=subscription_id,
                regionId=region_id, properties=properties, apiBaseUrl=api_base_url, vpc=vpc, vpcSubnets=vpc_subnets,
                totalTimeout=total_timeout, queryInterval=query_interval,
                handlerAcknowledgments=[list(pair) for pair in (*_HANDLER_ACKNOWLEDGED, *in_vpc)],
                frameworkAcknowledgments=[list(pair) for pair in _FRAMEWORK_ACKNOWLEDGED],
                invokeAnyVersionReason=_INVOKE_ANY_VERSION,
            )))
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
        self._endpoint: RedisCloudEndpoint | None = None

    @cached_property
    def resource(self) -> cdk.CustomResource:
        """The custom resource (read once)."""
        return js_get(self, "customResource")  # type: ignore[no-any-return]

    @cached_property
    def resource_configuration_arn(self) -> str:
        """The VPC Lattice resource configuration Redis Cloud shares (what a Resource endpoint targets)."""
        return js_get(self, "resourceConfigurationArn")  # type: ignore[no-any-return]

    @cached_property
    def resource_configuration_id(self) -> str:
        """The resource configuration id (``rcfg-...``)."""
        return js_get(self, "resourceConfigurationId")  # type: ignore[no-any-return]

    @cached_property
    def share_arn(self) -> str:
        """The AWS RAM resource share's ARN."""
        return js_get(self, "shareArn")  # type: ignore[no-any-return]

    @cached_property
    def database_ports(self) -> str:
        """The subscription's database ports, comma-separated (e.g. ``12000,12001``)."""
        return js_get(self, "databasePorts")  # type: ignore[no-any-return]

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

    @cached_property
    def pending_principals(self) -> str:
        """The principals not yet ``associated`` when the deployment completed,
        comma-separated (empty when none): other accounts' principals wait for
        their accounts to accept Redis Cloud's AWS RAM invitation (read once)."""
        return self.resource.get_att_string("PendingPrincipals")

    def add_outputs(self) -> None:
        """Stack outputs: the principal, the share, the resource configuration, the
        principals still pending and, once :meth:`endpoint` made it, the endpoint id."""
        partition, account = cdk.Aws.PARTITION, cdk.Aws.ACCOUNT_ID
        cdk.CfnOutput(self, "Principal", value=f"arn:{partition}:iam::{account}:root",
                      description="This account's principal on the Redis Cloud PrivateLink")
        cdk.CfnOutput(self, "ShareArn", value=self.share_arn, description="AWS RAM resource share from Redis Cloud")
        cdk.CfnOutput(self, "ResourceConfigurationArn", value=self.resource_configuration_arn,
                      description="VPC Lattice resource configuration of the Redis Cloud databases")
        cdk.CfnOutput(self, "PendingPrincipals", value=self.pending_principals,
                      description="Principals whose accounts have not accepted the AWS RAM invitation yet")
        if self._endpoint is not None:
            cdk.CfnOutput(self, "EndpointId", value=self._endpoint.vpc_endpoint_id,
                          description="Resource VPC endpoint to Redis Cloud")


class RedisCloudEndpoint(core.CoreRedisCloudEndpoint):
    """A Resource-type VPC endpoint to a :class:`RedisCloudPrivateLink` with its own
    security group (database ports 10000-19999 and metrics port 8070, from the
    allowed peers only).

    The construct, its security group and rules, its ``connections`` and the
    ``AWS::EC2::VPCEndpoint`` are made in one jsii call, so the JavaScript
    object aws-cdk-lib receives owns the Connections too.

    Example::

        keys = secretsmanager.Secret.from_secret_name_v2(self, "RedisCloudKeys", "redis-cloud/api-keys")
        link = elasticache.RedisCloudPrivateLink(self, "RedisCloud", subscription_id=123456, share_name="my-share",
                                                 api_credentials=keys, vpc=vpc)
        endpoint = elasticache.RedisCloudEndpoint(self, "RedisCloudEndpoint", link=link, vpc=vpc)
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
        # no peer: the VPC's CIDR block, read on the JavaScript side (no round trip here)
        peers: list[ec2.IPeer | None] = [None] if allowed_peers is None else list(allowed_peers)
        low, high = REDIS_CLOUD_DATABASE_PORTS
        rules = [plain(rule) for peer in peers for rule in (
            CoreRule(peer=peer, port=low, toPort=high, description=f"Redis Cloud databases {low}-{high}"),
            CoreRule(peer=peer, port=REDIS_CLOUD_METRICS_PORT, description="Redis Cloud metrics"),
        )]
        dns = {"privateDnsPreference": private_dns_preference} if private_dns_preference is not None else None
        endpoint_properties = plain(
            vpcEndpointType="Resource", subnetIds=ids, privateDnsEnabled=True if dns is not None else None,
            dnsOptions=dns,
        )
        with js_checks(site):
            core.CoreRedisCloudEndpoint.__init__(self, scope, id, plain(CoreRedisCloudEndpointProps(
                vpc=vpc, link=link, securityGroupDescription="Redis Cloud PrivateLink resource endpoint",
                defaultPorts=[low, high], ingress=rules, endpointProperties=endpoint_properties,
            )))
        if scope is link:
            link._endpoint = self

    @cached_property
    def vpc_endpoint_id(self) -> str:
        """The endpoint's id (``vpce-...``), read once."""
        return js_get(self, "vpcEndpointId")  # type: ignore[no-any-return]

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
