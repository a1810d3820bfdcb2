"""The bastion's port plan and the client half: the table a bastion publishes,
the remap redis-py gets from it, the ``bastion-nodes`` verb (against the fake
SSM on 127.0.0.1)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest

from elasticache_kit.__main__ import main
from elasticache_kit.bastion.discovery import assign_ports
from elasticache_kit.bastion_client import NodeTable, RefreshingRemap, remap_snippet
from elasticache_kit.errors import ValidationError
from tests.support.fake_elasticache_ssm import FakeServer

PORTS = [7001, 7002, 7003, 7004]


def test_ports_follow_node_ids() -> None:
    assigned, remembered, unforwarded = assign_ports(["0001-001", "0001-002", "0002-001"], {}, {}, PORTS)
    assert assigned == {"0001-001": 7001, "0001-002": 7002, "0002-001": 7003} and unforwarded == []
    # 0001-001 departs, 0003-001 arrives: survivors keep their ports; the newcomer avoids the departed node's port
    assigned, remembered, _ = assign_ports(["0001-002", "0002-001", "0003-001"], remembered, {}, PORTS)
    assert assigned == {"0001-002": 7002, "0002-001": 7003, "0003-001": 7004}
    assert remembered["0001-001"] == 7001
    # the departed node comes back (a replacement with the same id): its old port again
    assigned, remembered, _ = assign_ports(["0001-001", "0001-002", "0002-001", "0003-001"], remembered, {}, PORTS)
    assert assigned["0001-001"] == 7001


def test_ports_prefer_the_synth_plan_and_recycle_when_full() -> None:
    assigned, _, _ = assign_ports(["b", "a"], {}, {"a": 7003, "b": 7001}, PORTS)
    assert assigned == {"a": 7003, "b": 7001}
    # all four ports held by nodes that departed: a newcomer recycles one rather than going without
    previous = {"w": 7001, "x": 7002, "y": 7003, "z": 7004}
    assigned, remembered, unforwarded = assign_ports(["new"], previous, {}, PORTS)
    assert assigned == {"new": 7001} and unforwarded == [] and "w" not in remembered
    # more nodes than ports: the rest are reported, not forwarded twice
    assigned, _, unforwarded = assign_ports(["a", "b", "c", "d", "e"], {}, {}, PORTS)
    assert sorted(assigned.values()) == PORTS and unforwarded == ["e"]


def table_json(**changes: object) -> str:
    table = {
        "version": 1, "kind": "replication-group", "id": "g", "public_ip": "203.0.113.73", "unforwarded": [],
        "endpoints": [{"name": "configuration", "host": "clustercfg.g.example.test", "port": 6379, "public_port": 7000}],
        "nodes": [
            {"id": "0001-001", "host": "g-0001-001.g.example.test", "address": "192.0.2.10", "port": 6379, "public_port": 7001,
             "role": None, "shard": "0001", "cluster": "g-0001-001"},
            {"id": "0002-001", "host": "g-0002-001.g.example.test", "address": "192.0.2.11", "port": 6379, "public_port": 7002,
             "role": None, "shard": "0002", "cluster": "g-0002-001"},
            {"id": "0003-001", "host": "g-0003-001.g.example.test", "address": None, "port": 6379, "public_port": None,
             "role": None, "shard": "0003", "cluster": "g-0003-001"},
        ],
    }
    table.update(changes)
    return json.dumps(table)


def test_remap_maps_private_addresses_and_names_to_the_bastion() -> None:
    table = NodeTable.from_json(table_json())
    remap = table.address_remap()
    assert remap(("192.0.2.10", 6379)) == ("203.0.113.73", 7001)
    assert remap(("g-0002-001.g.example.test", 6379)) == ("203.0.113.73", 7002)
    assert remap(("192.0.2.99", 6379)) == ("192.0.2.99", 6379)  # unknown: unchanged
    assert table.remap(by_name=True)[("192.0.2.11", 6379)] == ("g-0002-001.g.example.test", 7002)
    assert table.startup_node() == ("203.0.113.73", 7000)
    assert table.startup_node("bastion.example.test") == ("bastion.example.test", 7000)
    assert table.hosts_entries() == ["203.0.113.73 clustercfg.g.example.test", "203.0.113.73 g-0001-001.g.example.test",
                                     "203.0.113.73 g-0002-001.g.example.test"]
    assert table.redis_cli_commands()[1] == (
        "redis-cli --tls --sni g-0001-001.g.example.test -h 203.0.113.73 -p 7001 PING   # node 0001-001")
    with pytest.raises(ValidationError, match="endpoint='primary' is not forwarded for g"):
        table.endpoint("primary")


def test_tables_not_yet_published_or_malformed_are_refused() -> None:
    with pytest.raises(ValidationError, match="has not been published yet"):
        NodeTable.from_json('{"status": "pending"}')
    with pytest.raises(ValidationError, match="version 7"):
        NodeTable.from_json(table_json(version=7))
    with pytest.raises(ValidationError, match="is malformed"):
        NodeTable.from_json(table_json(nodes=[{"id": "x"}]))
    with pytest.raises(ValidationError, match="public_host"):
        NodeTable.from_json(table_json(public_ip=None)).remap()


def test_refreshing_remap_reloads_for_an_unknown_address_at_most_once_per_interval() -> None:
    tables = [table_json()]
    loads = []

    def loader() -> NodeTable:
        loads.append(1)
        return NodeTable.from_json(tables[-1])

    remap = RefreshingRemap(loader, min_interval=0)
    assert remap(("192.0.2.10", 6379)) == ("203.0.113.73", 7001) and len(loads) == 1
    # node 0001-001 replaced at another address: the cluster names 192.0.2.14, the remap reloads and finds it
    replaced = json.loads(table_json())
    replaced["nodes"][0]["address"] = "192.0.2.14"
    tables.append(json.dumps(replaced))
    assert remap(("192.0.2.14", 6379)) == ("203.0.113.73", 7001) and len(loads) == 2
    # a reload that fails keeps the last table
    tables.append("not json")
    assert remap(("192.0.2.77", 6379)) == ("192.0.2.77", 6379)
    assert remap(("192.0.2.14", 6379)) == ("203.0.113.73", 7001)
    tables.append(table_json())
    slow = RefreshingRemap(loader, min_interval=3600)
    before = len(loads)
    slow(("192.0.2.55", 6379))
    assert len(loads) == before  # within the interval: no reload


@pytest.fixture
def fake_ssm(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "state.json").write_text("{}")
    server = FakeServer(0, str(tmp_path / "state.json"), str(tmp_path / "log.jsonl"))
    server.server_address = ("127.0.0.1", server.server_address[1])
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_bastion_nodes_verb_reads_the_published_table(fake_ssm: str, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in (("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"), ("AWS_SECRET_ACCESS_KEY", "example"),
                        ("AWS_EC2_METADATA_DISABLED", "true")):
        monkeypatch.setenv(name, value)
    ssm = boto3.client("ssm", region_name="us-east-1", endpoint_url=fake_ssm)
    ssm.put_parameter(Name="/b/g", Value=table_json(), Type="String", Overwrite=True)
    base = ["bastion-nodes", "--parameter", "/b/g", "--region", "us-east-1", "--endpoint-url", fake_ssm]
    assert main(base) == 0
    out = capsys.readouterr().out
    assert "node 0001-001     192.0.2.10:6379 g-0001-001.g.example.test -> 203.0.113.73:7001" in out
    assert "(no public port left)" in out
    assert main([*base, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["192.0.2.11:6379"] == "203.0.113.73:7002"
    assert main([*base, "--format", "remap"]) == 0
    assert capsys.readouterr().out.strip() == remap_snippet("/b/g").strip()
    ssm.put_parameter(Name="/b/g", Value='{"status": "pending"}', Type="String", Overwrite=True)
    assert main(base) == 2
    assert "has not been published yet" in capsys.readouterr().err


def test_discovery_of_a_memcached_cluster_through_the_aws_cli(fake_ssm: str, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The discovery program's Memcached path, with the real AWS CLI against the fake API on 127.0.0.1."""
    import shutil

    from elasticache_kit.bastion.discovery import run

    aws = shutil.which("aws") or next((str(p) for p in [Path(__file__).parents[2] / ".awscli/bin/aws"] if p.exists()), None)
    if aws is None:
        pytest.skip("the AWS CLI is not installed (make test-deps puts one in .awscli/)")
    for name, value in (("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"), ("AWS_SECRET_ACCESS_KEY", "example"),
                        ("AWS_EC2_METADATA_DISABLED", "true"), ("AWS_CONFIG_FILE", "/dev/null"),
                        ("NAT_BASTION_AWS", aws), ("NAT_BASTION_PUBLIC_IP", "203.0.113.73")):
        monkeypatch.setenv(name, value)
    state = tmp_path / "state.json"  # the fake_ssm fixture's server reads this file on every request
    nodes = [{"node": f"000{n}", "host": f"192.0.2.{40 + n}", "port": 11211} for n in (1, 2)]
    state.write_text(json.dumps({"cache_clusters": {"mc": {"configuration": ["mc.cfg.example.test", 11211], "nodes": nodes}}}))
    config = tmp_path / "discovery.json"
    config.write_text(json.dumps({"region": "us-east-1", "endpoint_url": fake_ssm, "sources": [
        {"kind": "cache-cluster", "id": "mc", "first_port": 11300, "port_count": 4, "endpoints": ["configuration"],
         "planned": ["0001", "0002"], "parameter": "/b/mc"}]}))
    assert run(str(config), str(tmp_path / "data")) == 0
    assert (tmp_path / "data" / "discovered").read_text().splitlines()[1:] == [
        "11300 mc.cfg.example.test 11211", "11301 192.0.2.41 11211", "11302 192.0.2.42 11211"]
    published = boto3.client("ssm", region_name="us-east-1", endpoint_url=fake_ssm).get_parameter(Name="/b/mc")
    table = NodeTable.from_json(published["Parameter"]["Value"])
    assert table.kind == "cache-cluster" and [(n.id, n.public_port) for n in table.nodes] == [("0001", 11301), ("0002", 11302)]
    # the cluster is gone (deleted, or a typo): the last forwards stay, and the run reports it
    state.write_text("{}")
    assert run(str(config), str(tmp_path / "data")) == 1
    assert "11301 192.0.2.41 11211" in (tmp_path / "data" / "discovered").read_text()
