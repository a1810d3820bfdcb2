"""``python -m elasticache_kit check TEMPLATE...``: the rules over template
files, globs and CDK cloud assemblies (``cdk.out/``).

Output, one finding a line (``--format json`` for a list of objects)::

    FILE:LOGICAL_ID:PATH:RULE:SEVERITY: MESSAGE

Exit status: 0 when nothing is found, otherwise that of the worst finding as
cfn-lint counts levels: 2 for an error, 4 for a warning, 8 for information;
1 when a template cannot be read. In a cloud assembly, findings acknowledged in
the CDK app (``Validations.of(construct).acknowledge(...)`` with
``ElastiCacheChecks::RULE``) are left out, as during ``cdk synth``.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .engine import Template, check_template
from .findings import Finding, Severity
from .registry import all_rules

__all__ = ["add_parser", "list_rules", "main", "run"]

_EXIT = {Severity.ERROR: 2, Severity.WARNING: 4, Severity.INFO: 8}
_ACKNOWLEDGED = "aws:cdk:acknowledged-rules"
_PREFIX = "ElastiCacheChecks::"


@dataclass
class _Source:
    """One template to check, with what its cloud assembly says about it."""

    path: Path
    paths: dict[str, str] = field(default_factory=dict)
    """Logical id -> construct path."""
    acknowledged: dict[str, dict[str, str]] = field(default_factory=dict)
    """Construct path -> {rule id: reason}."""

    def acknowledgement(self, finding: Finding) -> str | None:
        """The reason a finding is acknowledged with, if it is."""
        path = self.paths.get(finding.logical_id)
        while path:
            reason = self.acknowledged.get(path, {}).get(finding.rule_id)
            if reason is not None:
                return reason
            path = path.rpartition("/")[0]
        return None


def _assembly(directory: Path) -> Iterator[_Source]:
    manifest = json.loads((directory / "manifest.json").read_text())
    for artifact in (manifest.get("artifacts") or {}).values():
        properties = artifact.get("properties") or {}
        if artifact.get("type") == "cdk:cloud-assembly" and properties.get("directoryName"):
            yield from _assembly(directory / properties["directoryName"])
        if artifact.get("type") != "aws:cloudformation:stack" or not properties.get("templateFile"):
            continue
        source = _Source(directory / properties["templateFile"])
        metadata: dict[str, Any] = dict(artifact.get("metadata") or {})
        extra = artifact.get("additionalMetadataFile")
        if extra and (directory / extra).is_file():
            metadata.update(json.loads((directory / extra).read_text()))
        for construct, entries in metadata.items():
            for entry in entries if isinstance(entries, list) else []:
                if entry.get("type") == "aws:cdk:logicalId" and isinstance(entry.get("data"), str):
                    source.paths[entry["data"]] = construct.strip("/")
                elif entry.get("type") == _ACKNOWLEDGED and isinstance(entry.get("data"), dict):
                    source.acknowledged.setdefault(construct.strip("/"), {}).update(
                        {k[len(_PREFIX):]: v for k, v in entry["data"].items() if k.startswith(_PREFIX)})
        yield source


def _sources(arguments: Sequence[str]) -> Iterator[_Source]:
    for argument in arguments:
        exists = Path(argument).exists()
        matches = sorted(glob.glob(argument, recursive=True)) if glob.has_magic(argument) and not exists else [argument]
        if not matches:
            raise FileNotFoundError(f"{argument}: no file matches")
        for match in matches:
            path = Path(match)
            if path.is_dir() and (path / "manifest.json").is_file():
                yield from _assembly(path)
            elif path.is_dir():
                for suffix in ("*.json", "*.yaml", "*.yml", "*.template"):
                    yield from (_Source(p) for p in sorted(path.rglob(suffix)))
            else:
                yield _Source(path)


def _load(path: Path) -> Any:
    text = path.read_text()
    if path.suffix == ".json" or text.lstrip().startswith("{"):
        return json.loads(text)
    try:
        from cfnlint.decode import decode_str  # type: ignore[import-untyped]  # CloudFormation YAML tags (!Ref, ...)
    except ImportError as error:
        raise ValueError(f"{path}: reading YAML templates needs cfn-lint (pip install cfn-lint)") from error

    template, problems = decode_str(text)
    if template is None:
        raise ValueError(f"{path}: not a CloudFormation template ({problems[0] if problems else 'unreadable'})")
    return template


def run(arguments: Sequence[str], *, output_format: str = "text", rule_ids: Sequence[str] = (),
        minimum: Severity = Severity.INFO, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Check the templates named by ``arguments``; returns the exit status."""
    rules = [r for r in all_rules() if not rule_ids or r.id in rule_ids]
    findings: list[Finding] = []
    acknowledged = 0
    try:
        for source in _sources(arguments):
            template = _load(source.path)
            if not isinstance(template, dict) or "Resources" not in template:
                continue  # not a CloudFormation template (e.g. a cdk.out asset)
            for finding in check_template(Template(template, str(source.path)), rules=rules):
                if finding.severity.rank < minimum.rank:
                    continue
                if source.acknowledgement(finding) is not None:
                    acknowledged += 1
                else:
                    findings.append(finding)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=err)
        return 1
    if output_format == "json":
        json.dump([f.to_dict() for f in findings], out, indent=2)
        out.write("\n")
    else:
        for f in findings:
            print(f"{f.template}:{f.logical_id}:{f.location}:{f.rule_id}:{f.severity.value}: {f.message}", file=out)
        if acknowledged:
            print(f"({acknowledged} acknowledged finding(s) not shown)", file=err)
    worst = max(findings, key=lambda f: f.severity.rank, default=None)
    return _EXIT[worst.severity] if worst else 0


def add_parser(commands: Any) -> None:
    """Add the ``check`` verb to the command line's sub-parsers."""
    check = commands.add_parser("check", help="check CloudFormation templates against the ElastiCache rules",
                                description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("templates", nargs="*", metavar="TEMPLATE",
                       help="template files, globs (quote them) or cloud assembly directories (cdk.out)")
    check.add_argument("--format", choices=("text", "json"), default="text", dest="output_format")
    check.add_argument("--rules", default="", help="comma-separated rule ids to run (default: all)")
    check.add_argument("--min-severity", choices=[s.value for s in Severity], default="info",
                       help="leave out findings below this severity (default: info)")
    check.add_argument("--list-rules", action="store_true", help="print the rules (id, severity, title) and exit")
    check.set_defaults(handler=_handle)


def list_rules(out: TextIO = sys.stdout) -> None:
    """Print every rule: id, severity, title, documentation."""
    for r in all_rules():
        print(f"{r.id}\t{r.severity.value}\t{r.title}\t{r.documentation}", file=out)


def _handle(args: argparse.Namespace) -> int:
    if args.list_rules:
        list_rules()
        return 0
    if not args.templates:
        print("error: name at least one TEMPLATE (or --list-rules)", file=sys.stderr)
        return 1
    return run(args.templates, output_format=args.output_format,
               rule_ids=[r.strip() for r in args.rules.split(",") if r.strip()],
               minimum=Severity(args.min_severity))


def main(argv: Sequence[str] | None = None) -> int:
    """``check`` as a program of its own."""
    parser = argparse.ArgumentParser(prog="python -m elasticache_kit")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.handler(args))
