"""ElastiCache Serverless: the serverless cache construct and its settings.

The public names are exported, lazily, from :mod:`elasticache_kit` itself
(``elasticache_kit.ServerlessCache``); the modules here are:

* :mod:`.cache`: ``ServerlessCache``, its base, interface, imports and metrics;
* :mod:`.settings`: usage limits and backup settings (frozen value objects).
"""
