"""The client side of the cluster-through-the-bastion test, run inside the
client network namespace: loads the bastion's node table from (fake) SSM with
``elasticache_kit.bastion_client``, connects redis-py's ``RedisCluster`` to the
bastion with the remap, writes and reads keys, and prints a JSON report.

``python bastion_cluster_client.py SSM_ENDPOINT PARAMETER MODE PREFIX`` with
MODE ``write`` (write PREFIX keys, then read them back) or ``read`` (read keys
written earlier under PREFIX).
"""

from __future__ import annotations

import json
import sys

from redis.cluster import RedisCluster

from elasticache_kit.bastion_client import RefreshingRemap

KEYS = 48


def main() -> None:
    endpoint, parameter, mode, prefix = sys.argv[1:5]
    remap = RefreshingRemap.from_parameter(parameter, region="us-east-1", endpoint_url=endpoint)
    host, port = remap.table.startup_node()
    client = RedisCluster(host=host, port=port, address_remap=remap, socket_timeout=3, socket_connect_timeout=3,
                          cluster_error_retry_attempts=3)
    served_by: dict[str, str] = {}
    values: dict[str, str | None] = {}
    try:
        for index in range(KEYS):
            key = f"{prefix}:{index}"
            if mode == "write":
                client.set(key, f"value-{index}")
            node = client.get_node_from_key(key)
            served_by[key] = f"{node.host}:{node.port}"
            raw = client.get(key)
            values[key] = raw.decode() if raw is not None else None
        report = {
            "startup": [host, port],
            "served_by": served_by,
            "values": values,
            "node_hosts": sorted({node.host for node in client.get_nodes()}),
            "primaries": sorted(f"{n.host}:{n.port}" for n in client.get_primaries()),
        }
    finally:
        client.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
