"""Node-based ElastiCache: replication groups (Valkey, Redis OSS; cluster mode
disabled and enabled), Memcached clusters, and their subnet and parameter
groups.

The public names are exported, lazily, from :mod:`elasticache_kit` itself
(``elasticache_kit.ReplicationGroup``); the modules here are:

* :mod:`.engine_versions`: engine, version, parameter-group family and default groups;
* :mod:`.subnet_group`, :mod:`.parameter_group`: the two L2 groups;
* :mod:`.windows`: maintenance and snapshot windows;
* :mod:`.logs`: log delivery settings;
* :mod:`.rules`: the service rules shared by the clusters (node types, ports, network types);
* :mod:`.replication_group_base`: the interface, base and import shared by every replication group;
* :mod:`.replication_group`: the options, the creation steps, and ``ReplicationGroup`` (cluster mode disabled);
* :mod:`.cluster_replication_group`: ``ClusterReplicationGroup`` (cluster mode enabled);
* :mod:`.replication_group_rules`: the rules of creating a replication group;
* :mod:`.memcached_cluster`: Memcached clusters.
"""
