"""Print the fingerprint of the JavaScript side's sources (core/).

``make core`` writes it next to the generated Python module; a test compares
it with the sources, so a change to core/ that was not regenerated fails CI.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the README too: jsii-pacmak makes it the generated module's docstring
SOURCES = ("core/README.md", "core/package.json", "core/package-lock.json", "core/lazy-index.js", "core/.npmignore",
           "scripts/core_lazy_classes.py")


def sources() -> list[str]:
    """Every TypeScript module of core/lib and the package files, in a fixed order."""
    modules = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "core" / "lib").glob("*.ts")
                     if not path.name.endswith(".d.ts"))
    return [*modules, *SOURCES]


def fingerprint() -> str:
    """sha256 over the core sources, in a fixed order."""
    digest = hashlib.sha256()
    for name in sources():
        digest.update(name.encode() + b"\0" + (ROOT / name).read_bytes() + b"\0")
    return digest.hexdigest()


if __name__ == "__main__":
    print(fingerprint())
