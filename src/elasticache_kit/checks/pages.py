"""One HTML page per rule, and an index, for the API reference
(``scripts/build_docs.py`` writes them next to pdoc's pages)."""

from __future__ import annotations

import html
from pathlib import Path

from .cfn_lint_rules import cfn_lint_id
from .findings import Rule
from .registry import all_rules

__all__ = ["rule_page", "write_rule_pages"]

_STYLE = ("body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;line-height:1.5}"
          "dt{font-weight:600}code{background:#f3f3f3;padding:0 .2em}")


def _document(title: str, body: str) -> str:
    return (f"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            f"<style>{_STYLE}</style></head><body>\n{body}\n</body></html>\n")


def rule_page(rule: Rule) -> str:
    """The HTML page of one rule: id, severity, ids in cfn-lint and acknowledgements, what, why, fix, source."""
    e = html.escape
    types = ", ".join(f"<code>{e(t)}</code>" for t in rule.resource_types) or "any"
    return _document(f"{rule.id}: {rule.title}", f"""<p><a href="index.html">All rules</a></p>
<h1>{e(rule.id)}: {e(rule.title)}</h1>
<dl>
<dt>Severity</dt><dd>{e(rule.severity.value)}</dd>
<dt>Reported on</dt><dd>{types}</dd>
<dt>Why</dt><dd>{e(rule.why)}</dd>
<dt>Fix</dt><dd>{e(rule.fix)}</dd>
<dt>AWS documentation</dt><dd><a href="{e(rule.documentation)}">{e(rule.documentation)}</a></dd>
<dt>cfn-lint</dt><dd><code>{e(cfn_lint_id(rule))}</code>
 (<code>cfn-lint --append-rules elasticache_kit.checks.cfn_lint_rules</code>)</dd>
<dt>CDK acknowledgement</dt><dd><code>Validations.of(construct).acknowledge(acknowledgment("{e(rule.id)}", reason))</code>,
 that is the id <code>ElastiCacheChecks::{e(rule.id)}</code></dd>
</dl>""")


def write_rule_pages(directory: Path) -> list[Path]:
    """Write ``<id>.html`` for every rule and ``index.html`` into ``directory``; returns the paths."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    rows = []
    for rule in all_rules():
        path = directory / f"{rule.id}.html"
        path.write_text(rule_page(rule))
        written.append(path)
        rows.append(f"<tr><td><a href=\"{rule.id}.html\">{html.escape(rule.id)}</a></td>"
                    f"<td><code>{html.escape(cfn_lint_id(rule))}</code></td><td>{rule.severity.value}</td>"
                    f"<td>{html.escape(rule.title)}</td><td>{html.escape(rule.fix)}</td></tr>")
    index = directory / "index.html"
    index.write_text(_document("ElastiCache checks: rules", "<h1>ElastiCache checks: rules</h1>\n<table>\n"
                               "<tr><th>id</th><th>cfn-lint</th><th>severity</th><th>what</th><th>fix</th></tr>\n"
                               + "\n".join(rows) + "\n</table>"))
    return [*written, index]
