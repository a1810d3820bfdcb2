"""``python -m elasticache_kit check TEMPLATE...``: the rules over template
files, globs and CDK cloud assemblies (``cdk.out/``).

Output, one finding a line (``--format json`` for a list of objects,
``--format sarif`` for SARIF 2.1.0)::

    FILE:LINE:COLUMN:LOGICAL_ID:PATH:RULE:SEVERITY: MESSAGE

LINE and COLUMN are the property's place in the file (empty when a JSON file
is read without cfn-lint installed).

``--baseline OLD`` compares each template with the deployed one (a file, a
copy of a previous ``cdk.out`` whose templates are matched by file name, or
``aws cloudformation get-template`` output) and adds what the update would
replace, what CloudFormation cannot apply, and the staged plans
(:mod:`elasticache_kit.checks.update`). ``--suppressions FILE`` leaves out
accepted findings (:mod:`elasticache_kit.checks.suppressions`), ``--today``
fixes the date of date-dependent rules.

Exit status: 0 when nothing is found, otherwise that of the worst finding as
cfn-lint counts levels: 2 for an error, 4 for a warning, 8 for information;
1 is added (bitwise or) when a file cannot be read: it is reported on stderr
and the other files are still checked. In a cloud assembly, findings acknowledged in
the CDK app (``Validations.of(construct).acknowledge(...)`` with
``ElastiCacheChecks::RULE``) are left out, as during ``cdk synth``.
"""

from __future__ import annotations

import argparse
import datetime
import glob
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TextIO

from .findings import Finding, Rule, Severity
from .registry import all_rules
from .runner import check_template
from .sarif import to_sarif
from .suppressions import Suppression, load_suppressions
from .template import Template

__all__ = ["add_parser", "list_rules", "load_template", "main", "position", "run"]

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


def _sources(argument: str) -> Iterator[_Source]:
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
        elif not path.exists():
            raise FileNotFoundError(f"{path}: no such file")
        else:
            yield _Source(path)


def load_template(path: Path) -> Any:
    """A template file, JSON or YAML (a UTF-8 byte-order mark is accepted). With
    cfn-lint installed, the result keeps each value's source position (line and
    column, see :func:`position`); without it, only JSON can be read."""
    text = path.read_text(encoding="utf-8-sig")
    try:
        from cfnlint.decode import decode_str  # type: ignore[import-untyped]  # CloudFormation YAML tags (!Ref, ...)
    except ImportError as error:
        if path.suffix == ".json" or text.lstrip().startswith("{"):
            return json.loads(text)
        raise ValueError(f"{path}: reading YAML templates needs cfn-lint (pip install cfn-lint)") from error
    template, problems = decode_str(text)
    if template is None:
        problem = problems[0] if problems else None
        where = f" at line {problem.linenumber}" if problem is not None and getattr(problem, "linenumber", None) else ""
        detail = getattr(problem, "message", None) or "unreadable"
        raise ValueError(f"{path}: not a readable template{where} ({detail})")
    return template


def position(template: Any, path: Sequence[str | int]) -> tuple[int, int] | None:
    """The line and column (from 1) of the deepest part of ``path`` the template's
    source has (the key of a property, the item of a list), or None when it was
    not read with positions."""
    best = None
    current = template
    for part in path:
        if isinstance(current, dict) and isinstance(part, str) and part in current:
            key = next(k for k in current if k == part)
            best = getattr(key, "start_mark", None) or best
            current = current[part]
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            current = current[part]
            best = getattr(current, "start_mark", None) or best
        else:
            break
    return (best.line + 1, best.column + 1) if best is not None else None


def _today(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from error


def _compared(previous: dict[str, Any], baseline: str, source: _Source,
              template: dict[str, Any]) -> tuple[list[Finding], list[str]]:
    """The update findings and staged plans of ``template`` against its deployed version: the one template
    of a baseline file, or the one of the same file name in a baseline directory (none: nothing)."""
    from .update import compare

    old = previous.get(source.path.name) if not Path(baseline).is_file() else next(iter(previous.values()))
    if old is None:
        return [], []
    report = compare(old, template, name=str(source.path))
    return report.findings, report.plan_lines()


def _suppression_reason(finding: Finding, accepted: Sequence[Suppression], day: datetime.date,
                        used: set[Suppression], err: TextIO) -> str | None:
    """The reason of the first unexpired suppression matching ``finding`` (recorded in ``used``); an expired
    one that matches is noted on ``err``."""
    for suppression in accepted:
        if suppression.matches(finding):
            if suppression.expired(day):
                print(f"note: the suppression of {finding.rule_id} on {finding.logical_id} expired "
                      f"on {suppression.expires}", file=err)
            else:
                used.add(suppression)
                return suppression.reason
    return None


def _write_report(output_format: str, out: TextIO, err: TextIO, *, findings: list[Finding],
                  hidden: list[tuple[Finding, str]], plans: list[str], errors: list[str], rules: list[Rule],
                  compared: bool) -> None:
    """The findings as text (one a line, then the update plans), JSON or SARIF (whose rules include the
    update rules when templates were compared)."""
    if output_format == "json":
        json.dump([f.to_dict() for f in findings], out, indent=2)
        out.write("\n")
    elif output_format == "sarif":
        from .._version import __version__

        described = list(rules)
        if compared:
            from .update import UPDATE_RULES

            described += [Rule(r.id, r.severity, r.title, r.title + ".", r.fix, r.documentation, lambda t: ())
                          for r in UPDATE_RULES.values()]
        json.dump(to_sarif(findings, described, version=__version__, suppressed=hidden, errors=errors), out,
                  indent=2)
        out.write("\n")
    else:
        for f in findings:
            line = "" if f.line is None else str(f.line)
            column = "" if f.column is None else str(f.column)
            print(f"{f.template}:{line}:{column}:{f.logical_id}:{f.location}:{f.rule_id}:{f.severity.value}: "
                  f"{f.message}", file=out)
        for text in plans:
            print(text, file=out)
        if hidden:
            print(f"({len(hidden)} acknowledged or suppressed finding(s) not shown)", file=err)


def run(arguments: Sequence[str], *, output_format: str = "text", rule_ids: Sequence[str] = (),
        minimum: Severity = Severity.INFO, out: TextIO = sys.stdout, err: TextIO = sys.stderr,
        today: datetime.date | None = None, suppressions: Path | None = None,
        baseline: str | None = None) -> int:
    """Check the templates named by ``arguments``; returns the exit status.

    A file that cannot be read is reported on ``err`` (and in SARIF output) and
    the others are still checked; the exit status then has 1 added (bitwise or).

    :param today: the date for date-dependent rules and suppression expiry. Default: today (UTC).
    :param suppressions: a suppression file (:mod:`elasticache_kit.checks.suppressions`).
    :param baseline: the deployed template (or cloud assembly) to compare each template with
        (:mod:`elasticache_kit.checks.update`); the update findings are reported with the others.
    """
    day = today or datetime.datetime.now(datetime.UTC).date()
    rules = [r for r in all_rules() if not rule_ids or r.id in rule_ids]
    findings: list[Finding] = []
    hidden: list[tuple[Finding, str]] = []
    errors: list[str] = []
    plans: list[str] = []
    try:
        accepted = load_suppressions(suppressions) if suppressions else []
        previous = _baseline(baseline) if baseline else None
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=err)
        return 1
    used: set[Suppression] = set()
    for argument in arguments:
        try:
            sources = list(_sources(argument))
        except OSError as error:
            errors.append(str(error))
            continue
        for source in sources:
            try:
                template = load_template(source.path)
            except (OSError, ValueError, UnicodeDecodeError) as error:
                errors.append(f"{source.path}: {error}" if str(source.path) not in str(error) else str(error))
                continue
            if not isinstance(template, dict) or "Resources" not in template:
                continue  # not a CloudFormation template (e.g. a cdk.out asset)
            found = check_template(Template(template, str(source.path), day), rules=rules)
            if previous is not None:
                update_findings, update_plans = _compared(previous, str(baseline), source, template)
                found += update_findings
                plans += update_plans
            for finding in found:
                if finding.severity.rank < minimum.rank:
                    continue
                where = position(template, ["Resources", finding.logical_id, *finding.path])
                if where:
                    finding = replace(finding, line=where[0], column=where[1])
                reason = source.acknowledgement(finding)
                if reason is None:
                    reason = _suppression_reason(finding, accepted, day, used, err)
                if reason is None:
                    findings.append(finding)
                else:
                    hidden.append((finding, reason))
    for problem in errors:
        print(f"error: {problem}", file=err)
    _write_report(output_format, out, err, findings=findings, hidden=hidden, plans=plans, errors=errors,
                  rules=rules, compared=previous is not None)
    for suppression in accepted:
        if suppression not in used and not suppression.expired(day):
            print(f"note: suppression of {suppression.rule} on {suppression.resource} matched no finding", file=err)
    worst = max(findings, key=lambda f: f.severity.rank, default=None)
    return (_EXIT[worst.severity] if worst else 0) | (1 if errors else 0)


def _unwrapped(template: Any) -> Any:
    """The template of ``aws cloudformation get-template`` output (``{"TemplateBody": ...}``),
    whose body is an object for JSON templates and a string for YAML ones."""
    if isinstance(template, dict) and "Resources" not in template and "TemplateBody" in template:
        body = template["TemplateBody"]
        if isinstance(body, str):
            from cfnlint.decode import decode_str

            body, _ = decode_str(str(body))
        return body
    return template


def _baseline(argument: str) -> dict[str, Any]:
    """The deployed templates: file name -> template (one entry for a single file)."""
    sources = list(_sources(argument))
    loaded = {source.path.name: _unwrapped(load_template(source.path)) for source in sources}
    templates = {name: t for name, t in loaded.items() if isinstance(t, dict) and "Resources" in t}
    if not templates:
        raise ValueError(f"{argument}: no CloudFormation template to compare with")
    return templates


def add_parser(commands: Any) -> None:
    """Add the ``check`` verb to the command line's sub-parsers."""
    check = commands.add_parser("check", help="check CloudFormation templates against the ElastiCache rules",
                                description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("templates", nargs="*", metavar="TEMPLATE",
                       help="template files, globs (quote them) or cloud assembly directories (cdk.out)")
    check.add_argument("--format", choices=("text", "json", "sarif"), default="text", dest="output_format",
                       help="text (one finding a line), json, or sarif (SARIF 2.1.0 for code-scanning UIs)")
    check.add_argument("--today", type=_today, metavar="YYYY-MM-DD",
                       help="the date for end-of-support rules and suppression expiry (default: today, UTC)")
    check.add_argument("--suppressions", type=Path, metavar="FILE",
                       help="accepted findings: rule, resource, reason, optional expires (JSON or YAML)")
    check.add_argument("--baseline", metavar="OLD",
                       help="the deployed template (file, cdk.out or get-template output) to compare each "
                            "TEMPLATE with: what the update will replace, refuse, or needs in stages")
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
               minimum=Severity(args.min_severity), today=args.today, suppressions=args.suppressions,
               baseline=args.baseline)


def main(argv: Sequence[str] | None = None) -> int:
    """``check`` as a program of its own."""
    parser = argparse.ArgumentParser(prog="python -m elasticache_kit")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.handler(args))
