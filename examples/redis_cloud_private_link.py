"""Redis Cloud PrivateLink end to end: the PrivateLink created (or adopted) at
deploy time through Redis Cloud's API, this account added as a principal, the
AWS RAM invitation accepted, a Resource VPC endpoint to the databases, and a
Lambda function allowed to reach them through it.

The API keys live in a Secrets Manager secret created outside the stack (so the
template never holds them), e.g.::

    aws secretsmanager create-secret --name redis-cloud/api-keys \\
        --secret-string '{"apiKey": "<account key>", "secretKey": "<user key>"}'
"""

from __future__ import annotations

from typing import Any

from aws_cdk import CfnParameter, CfnResource, Duration, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_secretsmanager as secretsmanager
from constructs import Construct

import elasticache_kit as elasticache
from examples._network import NIST_HIPAA_PCI, VPC_CIDR, acknowledge, acknowledge_in, isolated_vpc

#: The secret's name (created outside the stack).
SECRET_NAME = "redis-cloud/api-keys"
#: A small client: resolves the databases' names through the endpoint and opens a TCP connection.
_APP_CODE = """
import os, socket

def main(event, context):
    host = event["host"]
    port = int(event.get("port") or os.environ["REDIS_PORTS"].split(",")[0])
    with socket.create_connection((host, port), timeout=5):
        return {"reachable": f"{host}:{port}"}
"""


class RedisCloudPrivateLinkStack(Stack):
    """PrivateLink to a Redis Cloud subscription, its endpoint, and a client function."""

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        subscription = CfnParameter(self, "RedisCloudSubscriptionId", type="Number", min_value=1,
                                    description="The Redis Cloud (Pro) subscription id").value_as_number
        vpc = isolated_vpc(self)
        keys = secretsmanager.Secret.from_secret_name_v2(self, "RedisCloudApiKeys", SECRET_NAME)
        link = elasticache.RedisCloudPrivateLink(
            self, "RedisCloud", subscription_id=subscription, share_name="elasticache-kit-example",
            api_credentials=keys,
        )
        endpoint = link.endpoint(vpc, allowed_peers=[ec2.Peer.ipv4(VPC_CIDR)])
        link.add_outputs()

        app_logs = logs.LogGroup(self, "AppLogs", retention=logs.RetentionDays.ONE_YEAR)
        app = lambda_.Function(
            self, "App", runtime=lambda_.Runtime.PYTHON_3_14, handler="index.main", memory_size=128,
            code=lambda_.Code.from_inline(_APP_CODE), vpc=vpc, timeout=Duration.seconds(10), log_group=app_logs,
            environment={"REDIS_PORTS": link.database_ports},
            allow_all_outbound=False, description="Connects to Redis Cloud through the PrivateLink endpoint",
        )
        app.connections.allow_to_default_port(endpoint, "Redis Cloud databases through PrivateLink")
        # its only DependsOn is its role, which the GetAtt of the role's ARN already implies (cfn-lint W3005)
        assert isinstance(app.node.default_child, CfnResource)
        app.node.default_child.add_deletion_override("DependsOn")
        acknowledge(
            app,
            ("AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
             "The example function needs only AWS's basic Lambda execution policy (CloudWatch Logs)."),
            ("AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/"
             "AWSLambdaVPCAccessExecutionRole]",
             "A function in a VPC needs AWS's VPC access policy to manage its network interfaces."),
            ("Serverless-LambdaTracing", "The example function is a connectivity probe; its logs are enough."),
            ("Serverless-LambdaDLQ", "The example function is invoked synchronously by hand; nothing to dead-letter."),
        )
        for rule, reason in (
            ("LambdaConcurrency", "A connectivity probe invoked by hand needs no reserved concurrency."),
            ("LambdaDLQ", "The example function is invoked synchronously by hand; nothing to dead-letter."),
        ):
            acknowledge_in(app, NIST_HIPAA_PCI, rule, reason)
        no_secrets = "The connectivity probe logs only host names and ports: nothing that needs a customer key."
        acknowledge_in(app_logs, NIST_HIPAA_PCI, "CloudWatchLogGroupEncrypted", no_secrets)
        acknowledge(app_logs, ("cdk-validator-cfnguard::cloudwatch_log_group_encrypted_check", no_secrets))
        self.endpoint = endpoint
