"""The library's shared plumbing (not public API):

* :mod:`.context`: where a construct is being built, for error messages;
* :mod:`.js`: the JavaScript side (``elasticache_kit._core``) and jsii glue;
* :mod:`.lazy`: lazy imports and lazy package exports;
* :mod:`.network`: subnet selection and ports;
* :mod:`.tokens`: CDK token recognition without a jsii round trip;
* :mod:`.arns`: ElastiCache ARNs;
* :mod:`.identifiers`: ElastiCache identifier rules.
"""
