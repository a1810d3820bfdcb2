"""Regenerate the README's table of contents from its ``## `` headings.

Usage: ``python scripts/readme_toc.py [--check] [README]`` (default: the
project's README.md). The list goes between the ``## Contents`` heading and the
``<!-- /toc -->`` marker; ``--check`` changes nothing and exits 1 when the list
is not what the headings make (tests/cross/test_readme_snippets.py runs the check, so
a section added or renamed in a merge shows up as a failing test until this
script is run).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
TITLE = "## Contents"
END = "<!-- /toc -->"
_FENCE = re.compile(r"^(```|~~~)")


def anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[`*_]", "", heading).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def headings(text: str) -> list[str]:
    """The level-2 headings outside code blocks, in order, except the contents' own."""
    found, fenced = [], False
    for line in text.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and line.startswith("## ") and line != TITLE:
            found.append(line[3:].strip())
    return found


def render(text: str) -> str:
    """``text`` with its contents list regenerated."""
    start = text.index(TITLE) + len(TITLE)
    end = text.index(END, start)
    items = "\n".join(f"- [{title}](#{anchor(title)})" for title in headings(text))
    return f"{text[:start]}\n\n{items}\n\n{text[end:]}"


def main(argv: list[str]) -> int:
    """Rewrite the README (or, with ``--check``, report whether it is current)."""
    check = "--check" in argv
    paths = [a for a in argv[1:] if a != "--check"]
    path = Path(paths[0]) if paths else README
    text = path.read_text()
    new = render(text)
    if check:
        if new != text:
            print(f"{path}: the table of contents is out of date; run python scripts/readme_toc.py", file=sys.stderr)
            return 1
        return 0
    if new != text:
        path.write_text(new)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
