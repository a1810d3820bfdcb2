"""A fake of the two ElastiCache describe calls and SSM's parameter calls, for
the bastion's node discovery: a real HTTP server speaking the services' wire
protocols (ElastiCache: the Query API, form-encoded POST, XML answers with
the API's element names, errors as ``ErrorResponse``; SSM: JSON 1.1 with
``X-Amz-Target``), so the AWS CLI and botocore talk to it through
``--endpoint-url`` / ``endpoint_url`` exactly as to AWS.

Run as ``python fake_elasticache_ssm.py PORT STATE_FILE LOG_FILE``. The membership comes
from ``STATE_FILE`` (JSON, re-read on every request, so a test changes the
cluster by rewriting it); every request is appended to ``LOG_FILE`` as one
JSON line (action, parameters, whether it was SigV4-signed for which service,
and the call as IAM sees it: ``iam_action``, ``resource`` ARN, ``caller``).
A ``fail`` entry in the state makes the next N calls of an action fail with the
given error code and status (throttling, not found...).
"""

from __future__ import annotations

import json
import os
import socketserver
import sys
from http.server import ThreadingHTTPServer
from typing import Any

if __package__:
    from .aws_wire import JSON_11, WireHandler, arn, form_params, json_action, json_body, json_error, query_error, query_result
    from .aws_wire import NAMESPACE as NAMESPACE
    from .aws_wire import xml as _xml
else:  # run by path inside a network namespace: the shared module is next to this file
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from aws_wire import JSON_11, WireHandler, arn, form_params, json_action, json_body, json_error, query_error, query_result
    from aws_wire import NAMESPACE as NAMESPACE
    from aws_wire import xml as _xml


def _list(tag: str, member: str, items: list[str]) -> str:
    return f"<{tag}>" + "".join(f"<{member}>{item}</{member}>" for item in items) + f"</{tag}>"


def _endpoint(tag: str, value: list[Any] | None) -> str:
    return _xml(tag, {"Address": value[0], "Port": value[1]}) if value else ""


def replication_group_xml(group_id: str, group: dict[str, Any]) -> str:
    node_groups = []
    members = []
    for shard in group["shards"]:
        shard_members = []
        for member in shard["members"]:
            members.append(member["cluster"])
            read = "" if group["cluster_mode"] else _endpoint("ReadEndpoint", [member["host"], member["port"]])
            role = "" if group["cluster_mode"] else _xml("CurrentRole", member["role"])
            shard_members.append(
                "<NodeGroupMember>" + _xml("CacheClusterId", member["cluster"]) + _xml("CacheNodeId", member["node"])
                + read + _xml("PreferredAvailabilityZone", "us-east-1a") + role + "</NodeGroupMember>")
        endpoints = "" if group["cluster_mode"] else (
            _endpoint("PrimaryEndpoint", shard.get("primary")) + _endpoint("ReaderEndpoint", shard.get("reader")))
        slots = _xml("Slots", shard["slots"]) if shard.get("slots") else ""
        node_groups.append("<NodeGroup>" + _xml("NodeGroupId", shard["id"]) + _xml("Status", "available") + endpoints
                           + slots + "<NodeGroupMembers>" + "".join(shard_members) + "</NodeGroupMembers></NodeGroup>")
    configuration = _endpoint("ConfigurationEndpoint", group.get("configuration")) if group["cluster_mode"] else ""
    return (
        "<ReplicationGroup>" + _xml("ReplicationGroupId", group_id) + _xml("Description", "test group")
        + _xml("Status", "available") + "<PendingModifiedValues/>" + _list("MemberClusters", "ClusterId", members)
        + "<NodeGroups>" + "".join(node_groups) + "</NodeGroups>"
        + _xml("AutomaticFailover", "enabled") + _xml("MultiAZ", "enabled") + configuration
        + _xml("ClusterEnabled", group["cluster_mode"]) + _xml("CacheNodeType", "cache.t4g.micro")
        + _xml("TransitEncryptionEnabled", False) + _xml("AtRestEncryptionEnabled", True)
        + _xml("ARN", f"arn:aws:elasticache:us-east-1:111122223333:replicationgroup:{group_id}")
        + _xml("ClusterMode", "enabled" if group["cluster_mode"] else "disabled") + _xml("Engine", "valkey")
        + "</ReplicationGroup>"
    )


def cache_cluster_xml(cluster_id: str, engine: str, nodes: list[dict[str, Any]], group: str | None,
                      configuration: list[Any] | None) -> str:
    cache_nodes = "".join(
        "<CacheNode>" + _xml("CacheNodeId", node["node"]) + _xml("CacheNodeStatus", "available")
        + _xml("CacheNodeCreateTime", "2026-11-30T10:00:00.000Z") + _endpoint("Endpoint", [node["host"], node["port"]])
        + _xml("ParameterGroupStatus", "in-sync") + _xml("CustomerAvailabilityZone", "us-east-1a") + "</CacheNode>"
        for node in nodes)
    return (
        "<CacheCluster>" + _xml("CacheClusterId", cluster_id) + _endpoint("ConfigurationEndpoint", configuration)
        + _xml("CacheNodeType", "cache.t4g.micro") + _xml("Engine", engine) + _xml("CacheClusterStatus", "available")
        + _xml("NumCacheNodes", len(nodes)) + "<CacheNodes>" + cache_nodes + "</CacheNodes>"
        + (_xml("ReplicationGroupId", group) if group else "")
        + _xml("ARN", f"arn:aws:elasticache:us-east-1:111122223333:cluster:{cluster_id}") + "</CacheCluster>"
    )


def iam_call(action: str, params: dict[str, Any], json_protocol: bool) -> dict[str, str]:
    """The IAM action and resource ARN of a request (the SSM or ElastiCache resource it names)."""
    if json_protocol:
        name = str(params.get("Name", ""))
        return {"iam_action": f"ssm:{action}", "resource": arn("ssm", "parameter" + (name if name.startswith("/") else "/" + name))}
    if action == "DescribeReplicationGroups" and params.get("ReplicationGroupId"):
        return {"iam_action": f"elasticache:{action}", "resource": arn("elasticache", f"replicationgroup:{params['ReplicationGroupId']}")}
    if action == "DescribeCacheClusters" and params.get("CacheClusterId"):
        return {"iam_action": f"elasticache:{action}", "resource": arn("elasticache", f"cluster:{params['CacheClusterId']}")}
    return {"iam_action": f"elasticache:{action}", "resource": "*"}


class Handler(WireHandler):
    """One request: ElastiCache (form body with Action=...) or SSM (X-Amz-Target)."""

    server: FakeServer  # type: ignore[assignment]

    def _send(self, status: int, body: str, content_type: str) -> None:
        self.send(status, content_type, body)

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        body = self.read_body().decode()
        auth = self.headers.get("Authorization", "")
        signed_for = auth.split("/")[3] if auth.startswith("AWS4-HMAC-SHA256 Credential=") and auth.count("/") >= 4 else None
        state = json.loads(open(self.server.state_file, encoding="utf-8").read())
        target = self.headers.get("X-Amz-Target")
        if target:
            action, params = json_action(target), json_body(body)
        else:
            form = form_params(body)
            action, params = form.pop("Action", ""), form
        with open(self.server.log_file, "a", encoding="utf-8") as log:
            log.write(json.dumps({"action": action, "params": params, "signed_for": signed_for,
                                  **iam_call(action, params, bool(target)), "caller": self.caller()}) + "\n")
        failure = state.get("fail", {}).get(action)
        if failure and failure.get("times", 0) > 0:
            failure["times"] -= 1
            with open(self.server.state_file, "w", encoding="utf-8") as out:
                json.dump(state, out)
            return self._error(target is not None, failure.get("status", 400), failure["code"], "injected failure")
        if target:
            return self._ssm(action, params, state)
        return self._elasticache(action, params, state)

    def _error(self, json_protocol: bool, status: int, code: str, message: str) -> None:
        if json_protocol:
            return self._send(status, json_error(code, message), JSON_11)
        return self._send(status, query_error(code, message), "text/xml")

    def _result(self, action: str, inner: str) -> None:
        self._send(200, query_result(action, inner), "text/xml")

    def _elasticache(self, action: str, params: dict[str, str], state: dict[str, Any]) -> None:
        groups = state.get("replication_groups", {})
        if action == "DescribeReplicationGroups":
            wanted = params.get("ReplicationGroupId", "").lower()
            if wanted not in groups:
                return self._error(False, 404, "ReplicationGroupNotFoundFault", f"Replication group {wanted} not found.")
            return self._result(action, "<ReplicationGroups>" + replication_group_xml(wanted, groups[wanted])
                                + "</ReplicationGroups>")
        if action == "DescribeCacheClusters":
            wanted = params.get("CacheClusterId", "").lower()
            if params.get("ShowCacheNodeInfo") != "true":
                return self._error(False, 400, "InvalidParameterCombination", "this fake answers only with ShowCacheNodeInfo")
            for group_id, group in groups.items():
                for shard in group["shards"]:
                    for member in shard["members"]:
                        if member["cluster"] == wanted:
                            xml = cache_cluster_xml(wanted, "valkey", [member], group_id, None)
                            return self._result(action, "<CacheClusters>" + xml + "</CacheClusters>")
            memcached = state.get("cache_clusters", {})
            if wanted in memcached:
                cluster = memcached[wanted]
                xml = cache_cluster_xml(wanted, "memcached", cluster["nodes"], None, cluster.get("configuration"))
                return self._result(action, "<CacheClusters>" + xml + "</CacheClusters>")
            return self._error(False, 404, "CacheClusterNotFound", f"CacheCluster {wanted} not found.")
        return self._error(False, 400, "InvalidAction", f"{action} is not faked")

    def _ssm(self, action: str, params: dict[str, Any], state: dict[str, Any]) -> None:
        parameters = self.server.parameters
        if action == "PutParameter":
            name = params["Name"]
            if name in parameters and not params.get("Overwrite"):
                return self._error(True, 400, "ParameterAlreadyExists", "The parameter already exists.")
            version = parameters.get(name, {}).get("Version", 0) + 1
            parameters[name] = {"Name": name, "Type": params.get("Type", "String"), "Value": params["Value"], "Version": version}
            return self._send(200, json.dumps({"Version": version, "Tier": "Standard"}), JSON_11)
        if action == "GetParameter":
            name = params["Name"]
            if name not in parameters:
                return self._error(True, 400, "ParameterNotFound", "")
            return self._send(200, json.dumps({"Parameter": parameters[name]}), JSON_11)
        return self._error(True, 400, "InvalidAction", f"{action} is not faked")


class FakeServer(ThreadingHTTPServer):
    """The server with its state file, request log and SSM parameters."""

    def __init__(self, port: int, state_file: str, log_file: str) -> None:
        super().__init__(("0.0.0.0", port), Handler)
        self.state_file, self.log_file = state_file, log_file
        self.parameters: dict[str, dict[str, Any]] = {}

    def server_bind(self) -> None:
        """Bind without HTTPServer's reverse lookup of the address (``getfqdn``), which
        waits for DNS timeouts in a network namespace that has no resolver."""
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = "fake-aws.test", self.server_address[1]


if __name__ == "__main__":
    port, state_file, log_file = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    server = FakeServer(port, state_file, log_file)
    print("ready", flush=True)
    server.serve_forever()
