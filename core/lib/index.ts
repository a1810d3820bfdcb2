/**
 * The JavaScript side of elasticache_kit: re-exports only (jsii compiles what
 * this module exports into the Python module ``elasticache_kit._core``).
 *
 * One module per Python domain (``serverless``, ``rbac``, ``clusters``,
 * ``endpoints``, ``monitoring``, ``redis_cloud``), the classes several domains use in
 * ``internal``, and the helpers no class exports in ``private`` (not
 * re-exported). See core/README.md.
 *
 * Not a public API: only elasticache_kit's Python classes use it.
 */
export * from './internal';
export * from './serverless';
export * from './rbac';
export * from './clusters';
export * from './endpoints';
export * from './monitoring';
export * from './redis_cloud';
