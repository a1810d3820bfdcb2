"""Recognise CDK tokens in Python without a round trip to the jsii kernel.

CDK encodes unresolved values as marker strings (``${Token[...]}``), list
markers (``#{Token[...]}``) and specially tagged IEEE-754 doubles.  Value checks
skip tokens instead of crashing on them.
"""

from __future__ import annotations

import struct
from typing import Any

_STRING_MARKERS = ("${Token[", "#{Token[", "{{resolve:")
# CDK tags number tokens with 0xFBFF in the top 16 bits of the double.
_DOUBLE_TOKEN_TAG = 0xFBFF


def is_token(value: Any) -> bool:
    """Return True when ``value`` is (or contains) an unresolved CDK token."""
    if isinstance(value, str):
        return any(marker in value for marker in _STRING_MARKERS)
    if isinstance(value, bool):
        return False
    if isinstance(value, float):
        bits: int = struct.unpack("<Q", struct.pack("<d", value))[0]
        return (bits >> 48) == _DOUBLE_TOKEN_TAG
    if isinstance(value, (list, tuple)):
        return any(is_token(item) for item in value)
    return False
