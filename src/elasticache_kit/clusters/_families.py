"""Node families the service ties to durability and global datastores.

A private, minimal helper of issue 22: when ``elasticache_kit.node_types``
(issue 23's node-type model) lands, fold these two lists and
:func:`global_datastore_node_type` into it and import them from there. Kept
free of aws-cdk imports so the checks (``python -m elasticache_kit.checks``)
read the same lists without loading jsii.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["DURABILITY_FAMILIES", "GLOBAL_DATASTORE_FAMILIES", "global_datastore_node_type"]

#: Durability: R7g, R6g, M7g, M6g, C7gn ("Durability limitations", English page, 2026-12-05);
#: R8g, M8g, C8gn are listed by the translated pages of a later revision and accepted too.
DURABILITY_FAMILIES: Final = ("r8g", "r7g", "r6g", "m8g", "m7g", "m6g", "c8gn", "c7gn")
#: Global datastores: these families, size large or bigger ("Global Datastore prerequisites and
#: limitations"; research note G1, ../shared/research/replication-group-l2.md).
GLOBAL_DATASTORE_FAMILIES: Final = ("m5", "m6g", "m7g", "r5", "r6g", "r6gd", "r7g", "c7gn")

_NODE = re.compile(r"cache\.([a-z][a-z0-9-]*)\.([a-z0-9]+)\Z")


def global_datastore_node_type(node_type: str) -> bool:
    """Whether ``node_type`` (``cache.FAMILY.SIZE``) can run a global datastore."""
    match = _NODE.match(node_type)
    if match is None:
        return False
    return match.group(1) in GLOBAL_DATASTORE_FAMILIES and re.fullmatch(r"large|\d*xlarge", match.group(2)) is not None
