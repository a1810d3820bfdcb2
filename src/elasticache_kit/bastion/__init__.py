"""The NAT bastion: a NAT instance that port-forwards to caches.

The public names are exported, lazily, from :mod:`elasticache_kit` itself
(``elasticache_kit.NatBastion``); the modules here are:

* :mod:`.construct`: the ``NatBastion`` construct;
* :mod:`.script`: its set-up and apply scripts, rendered by pure functions;
* :mod:`.discovery`: the node discovery program the instance runs (embedded
  into the user data from this module's source);
* :mod:`.nodes`: forwarding to every node of a replication group or cluster.

The client-side helper that follows the bastion's node table is
:mod:`elasticache_kit.bastion_client`.
"""
