"""The one exception type raised for invalid configuration, and the rules that raise it.

Every rule below raises :class:`ValidationError` while the stack is built, before any
resource is created, with a message that names the construct path, the property, the
value and the rule.

| what | rule |
|---|---|
| `serverless_cache_name` | 1-40 characters; lower-case letters, digits, hyphens; starts with a letter; no `--`, no trailing `-` |
| `description` | at most 255 characters, no `<` or `>`, no control characters |
| `cache_usage_limits` | data storage 1..5000 whole GB; 1,000..15,000,000 ECPU/s; minimum <= maximum |
| cache placement | at most one subnet per Availability Zone (the default picks one per zone; an explicit selection with two in one zone is an error); `security_groups` are CDK security groups, none twice; no `RemovalPolicy.SNAPSHOT` (use `backup_name_before_deletion`) |
| `tags` (caches, users, groups) | at most 50; keys 1..128 and values 0..256 of letters, digits, spaces and `_ . / = + : @ -`; no `aws:` keys |
| `backup.backup_retention_limit` | 1..35 whole days |
| `backup.backup_time` | `"HH:MM"` (00:00..23:59), or `events.Schedule.cron(hour=H, minute=M)` with single numbers; day, month, week day and year unset (never silently 00:00) |
| `backup.backup_name_before_deletion` | letter first; letters, digits, hyphens; no `--`, no trailing `-` |
| `backup.backup_arns_to_restore` | `...:serverlesscachesnapshot:NAME`, `...:snapshot:NAME` or an S3 object ARN; no duplicates |
| `user_group` on a cache | none on Memcached; a Redis OSS cache takes only `redis` groups; a `redis` group must already contain a user named `default` |
| user ids, group ids | a letter, then lower-case letters, digits, hyphens; a new user may not take the id `default` |
| user names | printable, no spaces; an `IamUser`'s equals its id (imports too) |
| user groups | at least one member by synth time (CloudFormation requires one `UserIds` entry) |
| access strings | parsed also when given to `AccessControl(...)`; known categories (including `@json`, `@bloom`, `@search`); tokens pass |
| passwords | 1-2 `SecretValue`s, 16-128 printable characters, not the same twice (two references to one secret count as the same); errors never echo a password |
| endpoint targets | resource configuration ARN `arn:PARTITION:vpc-lattice:REGION:ACCOUNT:resourceconfiguration/rcfg-ID`; ports 1..65535, none twice; FIPS only in us-east-1, us-east-2, us-west-1, us-west-2 and GovCloud (per botocore's endpoint data) |
| endpoints | one private-DNS endpoint per VPC and service; a policy only on the ElastiCache API endpoint (AWS allows full access through endpoints to other services); one subnet per Availability Zone; `allowed_peers` not empty |
| endpoint policies | at least one Allow; actions known (or wildcards matching one); principals well-formed and never empty; no `NotPrincipal` with Allow; at most 20,480 characters |
| `NatBastion` | `trusted_cidrs` non-empty, valid IPv4 blocks, no duplicates, nothing wider than /8 without `allow_public_access=True`; a public subnet; public ports unique in 1..65535; targets IPv4 or DNS names; at least one forward |
| `NatBastion` node forwards | each group once; the port range inside 1..65535, not overlapping other forwards, ranges or SSH's 22, with a port for every endpoint and node; authentication (user group or AUTH token) or `allow_unauthenticated=True` (always for Memcached); an `api_endpoint` for the ElastiCache API, or one the bastion can create; set-up script within EC2's 16 KB user data |
| group members | no id or name twice; a `redis` group takes only redis users; a `valkey` group takes only users that authenticate (password or IAM), of either engine |
| `replication_group_id` / `cluster_id` | 1-40 / 1-50 characters; lower-case letters, digits, hyphens; a letter first; no `--`, no trailing `-` (N1, N2) |
| subnet groups | name 1..255 lower-case letters, digits, hyphens (N3); a non-empty selection; default one private (else isolated) subnet per AZ |
| parameter groups | no physical name (N5); family from the engine version and matching the cluster's (C2); `cluster-enabled` `yes` exactly for cluster mode enabled, never on Memcached (C1); given groups conflict with `parameters=` |
| replication group topology | `num_cache_clusters` 1..6, `preferred_cache_cluster_azs` one per cluster (T1); `num_node_groups` 1..500 and at most 500 nodes (warning above the default quota of 90), `replicas_per_node_group` 0..5 (T2); shard options only on `ClusterReplicationGroup`, cluster-disabled ones only on `ReplicationGroup` (T3); `node_groups` one per shard, 1-4 digit unique ids, slots covering 0..16383 exactly once, one replica zone per replica (T4) |
| high availability | failover needs a replica (H1); Multi-AZ needs failover and a replica (H2); cluster mode needs failover (H3); cluster mode without replicas warns (H4/P3); previous-generation node types (t1, m1, m2, m3, c1, r3) refused (H5) |
| engines | replication groups Valkey or Redis OSS, `MemcachedCluster` Memcached only (E1); versions as `EngineVersion` (E2); `ClusterMode` emitted only where it exists (Valkey, Redis OSS 7+) (C3) |
| encryption and auth | `TransitEncryptionEnabled` and `AtRestEncryptionEnabled` always emitted (A1, A2); `kms_key` needs at-rest; `transit_encryption_mode` only with TLS, on Valkey / Redis OSS 7+ (A3); AUTH token only as `SecretValue` or generated, 16..128 of letters, digits and `! & # $ ^ < > -`, errors never echo it (A4); token xor user group, both need TLS, RBAC on Valkey / Redis OSS 6+, a user group needs mode `required`, IAM on Valkey / Redis OSS 7+ (A5) |
| data tiering | on exactly for `cache.r6gd` nodes, which need Valkey or Redis OSS 6.2+ (D1) |
| backups and windows | retention 0..35 (B1); `hh24:mi-hh24:mi` and `ddd:hh24:mi-ddd:hh24:mi` UTC, at least 60 minutes (B2, B3); never overlapping, also across midnight and the week boundary (B4); a snapshot window needs retention >= 1; seed from `snapshot_name` or S3 `snapshot_arns`, not both (B5) |
| logs | `slow-log` / `engine-log` once each, `json` / `text`, one destination; slow log from Redis OSS 6.0, engine log from 6.2, both on Valkey (L1) |
| network | `network_type` `ipv4` / `ipv6` / `dual_stack`, IPv6 on Valkey, Redis OSS 6.2+, Memcached 1.6.6+ and Nitro nodes; `ip_discovery` `ipv6` needs an IPv6 network, `ipv4` is not possible on an IPv6-only one (W1); ports 1..65535 (W2) |
| Memcached | 1..40 nodes (M1); `single-az` / `cross-az`, one preferred zone per node, several zones need `cross-az`, `cross-az` needs two nodes and two zones (one zone for every node is emitted as `PreferredAvailabilityZone`) (M2); TLS from 1.6.12, no snapshots, logs or AUTH (M3) |

Values that are CDK tokens (unknown until deploy) skip value checks. A
`redis` group that never gets a `default` user and is not attached to a cache
is reported at synth.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ValidationError"]


def _show(value: Any) -> str:
    """Render a bad value for a message: strings quoted, everything else plain."""
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return str(value)


class ValidationError(ValueError):
    """Invalid configuration, raised while the stack is being built.

    The message names the construct path, the property, the offending value and
    the rule it breaks, e.g.
    ``Stack/Cache: backup_retention_limit=40 is outside 1..35 days``.
    The parts are also available as attributes for programmatic handling.
    """

    def __init__(self, construct_path: str, prop: str, value: Any, rule: str) -> None:
        self.construct_path = construct_path
        self.prop = prop
        self.value = value
        self.rule = rule
        super().__init__(f"{construct_path}: {prop}={_show(value)} {rule}")
