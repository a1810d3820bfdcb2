"""What scripts/docs_templates needs from Python: the pages and their names, props
tables, the members a class shows, public bases and signatures as written."""

from __future__ import annotations

import dataclasses
import enum
import html
import inspect
import re
import sys
from collections.abc import Sequence
from typing import Any

_SELF = ("self", "cls")
_SKIP_PARAMS = ("scope", "id")
_DEFAULT = re.compile(r"(?:^|(?<=[.;:)]\s)|(?<=\s))Default:\s*(?P<value>.+?)\s*$", re.S)
_ROLE = re.compile(r":[a-z]+(?::[a-z]+)?:`(?P<tilde>~?)(?P<target>[^`<]+?)(?:\s*<[^>]*>)?`")
_LITERAL = re.compile(r"``(.+?)``")
_FIELD = re.compile(r"^[ ]*:param[ ]+(?:[\w\[\], |.]+[ ]+)?(?P<name>\*{0,2}\w+):[ ]*(?P<body>.*)$")
_UNPACK = re.compile(r"^Unpack\[(?P<name>\w+)\]$")


def inline(text: str) -> str:
    """A docstring fragment (reST inline markup) as HTML."""
    out = html.escape(" ".join(text.split()), quote=False)
    out = _ROLE.sub(lambda m: f"<code>{m['target'].rsplit('.', 1)[-1] if m['tilde'] else m['target']}</code>", out)
    return _LITERAL.sub(r"<code>\1</code>", out)


def split_default(text: str) -> tuple[str, str | None]:
    """``text`` without its default, and the default: the house writes one form, a closing
    ``Default: X.`` (tests/cross/test_docstring_defaults.py holds every docstring to it)."""
    match = _DEFAULT.search(text)
    if match is not None:
        return text[: match.start()].rstrip(), match["value"].rstrip(".")
    return text, None


def param_texts(docstring: str | None) -> dict[str, str]:
    """``:param name: text`` fields of a docstring (continuation lines joined)."""
    fields: dict[str, str] = {}
    current: str | None = None
    for line in (docstring or "").splitlines():
        match = _FIELD.match(line)
        if match is not None:
            current = match["name"].lstrip("*")
            fields[current] = match["body"]
        elif current is not None and line.strip() and not line.lstrip().startswith(":"):
            fields[current] += " " + line.strip()
        else:
            current = None
    return fields


def annotation_text(annotation: Any) -> str:
    """An annotation as written (a string under ``from __future__ import annotations``)."""
    if annotation is inspect.Parameter.empty:
        return ""
    if isinstance(annotation, str):
        return annotation
    forward = getattr(annotation, "__forward_arg__", None)
    if isinstance(forward, str):
        return forward
    return inspect.formatannotation(annotation)


def value_text(value: Any) -> str:
    """A default value as it reads in source, where that is knowable from the object."""
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if value is None or isinstance(value, (str, int, float, bool)):
        return repr(value)
    if isinstance(value, tuple) and all(isinstance(v, (str, int, float, bool)) for v in value):
        return repr(value)
    return f"{type(value).__name__}(...)"


def written_signature(fn: Any) -> str:
    """The signature of a pdoc function as written in the source, as HTML."""
    obj = inspect.unwrap(fn.obj)
    try:
        signature = inspect.signature(obj, eval_str=False)
    except (TypeError, ValueError):
        return html.escape(str(fn.signature))
    params = list(signature.parameters.values())
    if params and params[0].name in _SELF and not isinstance(fn.obj, staticmethod):
        params = params[1:]
    parts: list[str] = []
    star_written = False
    for index, param in enumerate(params):
        if param.kind is param.KEYWORD_ONLY and not star_written:
            parts.append("*")
            star_written = True
        if param.kind is param.VAR_POSITIONAL:
            star_written = True
        prefix = {param.VAR_POSITIONAL: "*", param.VAR_KEYWORD: "**"}.get(param.kind, "")
        text = prefix + param.name
        written = annotation_text(param.annotation)
        if written:
            text += f": {written}"
        if param.default is not inspect.Parameter.empty:
            text += f" = {value_text(param.default)}"
        parts.append(text)
        if param.kind is param.POSITIONAL_ONLY and (index + 1 == len(params) or params[index + 1].kind is not param.POSITIONAL_ONLY):
            parts.append("/")
    returns = annotation_text(signature.return_annotation)
    tail = f" -> {returns}" if returns and fn.name != "__init__" else ""
    body = "(" + ", ".join(parts) + ")" + tail
    return f'<span class="signature pdoc-code written">{html.escape(body)}:</span>' if fn.name != "__init__" else \
        f'<span class="signature pdoc-code written">{html.escape(body)}</span>'


class Docs:
    """The globals the templates call, for one build."""

    def __init__(self, pages: dict[str, str], modules: Sequence[str], packages: Sequence[str],
                 public_paths: Sequence[str], version: str) -> None:
        self.pages = pages
        self.modules = tuple(modules)
        self.packages = tuple(packages)
        self.public_paths = tuple(public_paths)
        self.version = version

    # -- which names a page shows -------------------------------------------------------------

    def listed(self, modulename: str, name: str) -> bool:
        """Whether the top-level ``name`` of ``modulename`` has its place on that module's page."""
        if self.pages.get(name) == modulename:
            return True
        if modulename in self.packages or modulename in self.public_paths or modulename not in self.pages.values():
            own = getattr(sys.modules.get(modulename), "__all__", None)
            return own is None or name in own
        return False

    def href(self, obj: Any) -> str | None:
        """The page (and anchor) of a public class of this library, relative to the output root."""
        name = getattr(obj, "__name__", "")
        page = self.pages.get(name)
        if page is None or getattr(sys.modules["elasticache_kit"], name, None) is not obj:
            return None
        return f"{page.replace('.', '/')}.html#{name}"

    # -- a class ------------------------------------------------------------------------------

    @staticmethod
    def _ours(member: Any) -> bool:
        return str(member.taken_from[0]).startswith("elasticache_kit")

    def class_members(self, cls: Any) -> list[Any]:
        """The members shown in full: its own, then those inherited from this library, by name."""
        own, inherited = [], []
        for member in cls.members.values():
            if member.kind == "class" or not self._ours(member):
                continue
            is_own = member.taken_from[1].split(".")[0] == cls.taken_from[1].split(".")[0]
            (own if is_own else inherited).append(member)
        # a constructor only where this library wrote one (not a Protocol's or a jsii base's)
        init = [m for m in own if m.name == "__init__"
                and str(getattr(inspect.unwrap(m.obj), "__module__", "")).startswith("elasticache_kit")
                and not str(getattr(inspect.unwrap(m.obj), "__module__", "")).startswith("elasticache_kit._")]
        return init + [m for m in own if m.name != "__init__"] + sorted(inherited, key=lambda m: m.name)

    def foreign_members(self, cls: Any) -> list[tuple[str, list[str]]]:
        """Members inherited from aws-cdk-lib, constructs or jsii, by base: only named."""
        by_base: dict[str, list[str]] = {}
        for member in cls.members.values():
            if self._ours(member) or member.name.startswith("_"):
                continue
            module, qualname = member.taken_from
            base = f"{str(module).split('.')[0]}.{str(qualname).rsplit('.', 1)[0]}"
            by_base.setdefault(base, []).append(member.name)
        return sorted((base, sorted(names)) for base, names in by_base.items())

    def public_bases(self, cls: Any) -> list[str]:
        """The nearest public ancestors (HTML), walking through private and JavaScript-side ones."""
        shown: list[str] = []

        def visit(klass: type) -> None:
            for base in klass.__bases__:
                module = base.__module__
                if base is object or module in ("typing", "typing_extensions", "abc", "builtins"):
                    continue
                private = base.__name__.startswith("_") or any(part.startswith("_") for part in module.split("."))
                if private:
                    visit(base)
                    continue
                link = self.href(base)
                label = base.__name__ if link else f"{module.split('.')[0]}.{base.__qualname__}"
                text = f'<a href="{"../" * 0}{{root}}{link}">{html.escape(label)}</a>' if link else html.escape(label)
                if text not in shown:
                    shown.append(text)

        visit(cls.obj)
        depth = cls.modulename.count(".")
        return [item.replace("{root}", "../" * depth) for item in shown]

    def props_table(self, cls: Any) -> str:
        """A class's props: name, type, default, description (HTML table), or '' when it takes none."""
        rows = self._field_rows(cls) if dataclasses.is_dataclass(cls.obj) else self._init_rows(cls)
        if not rows:
            return ""
        body = "".join(
            f'<tr><td><code>{html.escape(name)}</code></td><td><code>{html.escape(kind)}</code></td>'
            f"<td>{default}</td><td>{description}</td></tr>" for name, kind, default, description in rows)
        return ('<table class="props"><thead><tr><th>prop</th><th>type</th><th>default</th><th>description</th>'
                f"</tr></thead><tbody>{body}</tbody></table>")

    def _init_rows(self, cls: Any) -> list[tuple[str, str, str, str]]:
        init = cls.obj.__dict__.get("__init__")
        if init is None or not callable(init):
            return []
        try:
            signature = inspect.signature(init, eval_str=False)
        except (TypeError, ValueError):
            return []
        texts = param_texts(inspect.getdoc(init)) | param_texts(cls.obj.__doc__)
        rows = []
        for param in list(signature.parameters.values())[1:]:
            if param.name in _SKIP_PARAMS and param.kind is not param.KEYWORD_ONLY:
                continue
            if param.kind is param.VAR_KEYWORD:
                unpacked = _UNPACK.match(annotation_text(param.annotation))
                if unpacked is not None:
                    rows += self._typed_dict_rows(cls, unpacked["name"])
                continue
            if param.kind is param.VAR_POSITIONAL:
                continue
            description, default = split_default(texts.get(param.name, ""))
            if default is None:
                default = "required" if param.default is inspect.Parameter.empty else value_text(param.default)
            rows.append((param.name, annotation_text(param.annotation), inline(default), inline(description) or "&mdash;"))
        return rows

    def _typed_dict_rows(self, cls: Any, name: str) -> list[tuple[str, str, str, str]]:
        module = sys.modules[cls.obj.__module__]
        options = getattr(module, name, None)
        if options is None:
            return []
        import pdoc.doc

        doc = pdoc.doc.Class(module.__name__, name, options, (module.__name__, name))
        rows = []
        for key, annotation in options.__annotations__.items():
            member = doc.members.get(key)
            description, default = split_default(member.docstring if member is not None else "")
            rows.append((key, annotation_text(annotation), inline(default or "none"),
                         inline(description) + f' <span class="from">({html.escape(name)})</span>'))
        return rows

    def _field_rows(self, cls: Any) -> list[tuple[str, str, str, str]]:
        rows = []
        for field in dataclasses.fields(cls.obj):
            if field.name.startswith("_"):
                continue
            member = cls.members.get(field.name)
            description, default = split_default(member.docstring if member is not None else "")
            if default is None:
                if field.default is not dataclasses.MISSING:
                    default = value_text(field.default)
                elif field.default_factory is not dataclasses.MISSING:
                    default = "empty"
                else:
                    default = "required"
            rows.append((field.name, annotation_text(field.type), inline(default), inline(description)))
        return rows

    # -- the index ----------------------------------------------------------------------------

    def reference_pages(self) -> list[dict[str, Any]]:
        """The module pages in order, each with the package names it documents."""
        import elasticache_kit

        result = []
        for module in self.modules:
            names = []
            for name in sorted(n for n, page in self.pages.items() if page == module):
                value = getattr(elasticache_kit, name)
                kind = "class" if isinstance(value, type) else "function" if callable(value) else "value"
                summary = (inspect.getdoc(value) or "").strip().split("\n\n")[0]
                names.append({"name": name, "kind": kind, "summary": _plain(summary),
                              "href": f"{module.replace('.', '/')}.html#{name}"})
            result.append({"module": module, "title": module, "href": f"{module.replace('.', '/')}.html",
                           "names": names})
        return result


def _plain(text: str) -> str:
    text = " ".join(text.split())
    text = _ROLE.sub(lambda m: m["target"].rsplit(".", 1)[-1] if m["tilde"] else m["target"], text)
    return _LITERAL.sub(r"\1", text)


def install(env: Any, pages: dict[str, str], modules: Sequence[str], packages: Sequence[str],
            public_paths: Sequence[str], version: str) -> Docs:
    """Make the templates' functions available in pdoc's Jinja environment."""
    docs = Docs(pages, modules, packages, public_paths, version)
    env.globals.update(
        listed=docs.listed, class_members=docs.class_members, foreign_members=docs.foreign_members,
        public_bases=docs.public_bases, props_table=docs.props_table, written_signature=written_signature,
        reference_pages=docs.reference_pages, reference_version=lambda: version,
    )
    return docs
