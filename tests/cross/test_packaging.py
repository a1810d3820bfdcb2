"""The package users install, and the API reference.

``python -m build`` makes an sdist and, from that sdist, a wheel; both pass
``twine check``. The wheel is installed into a new virtual environment and a
stack is synthesized with it from a directory outside the source tree, so a
file missing from the wheel fails here even though the editable install of
the development environment has it.

Installing aws-cdk-lib afresh takes about 100 s, so the new environment takes
its *dependencies* from the development environment's site-packages through a
``.pth`` file (which adds that directory to ``sys.path`` without running its
``.pth`` files, so the editable install's path to ``src/`` stays out), while
elasticache_kit itself comes only from the wheel: the test checks that every
elasticache_kit module the synth loaded lives in the new environment, and that
the development environment's packages satisfy the wheel's declared
requirements.

The reference is built by ``scripts/build_docs.py`` (``make docs``), which
fails on any warning; headless Chromium opens its index page (which must not
redirect), a construct's page and a check rule's page, takes a screenshot of
each (``_screenshots/`` in the build), and every name of
``elasticache_kit.__all__`` (read now, not a fixed list) must have its row in
the index and its anchor on its page; each construct's page must show its props
table, its example and every member, inherited ones included.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from email.parser import Parser
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import elasticache_kit

from ..support.lint import lint_errors

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = "src/elasticache_kit"
DIST_INFO = f"elasticache_kit-{elasticache_kit.__version__}.dist-info/"
ENV = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
ENV.pop("PYTHONPATH", None)


def run(args: list[str], cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run a command; fail the test with its output when it fails."""
    done = subprocess.run(args, cwd=cwd, env=ENV, capture_output=True, text=True, timeout=timeout, check=False)
    assert done.returncode == 0, f"{args} exited {done.returncode}\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    return done


def project_files() -> list[str]:
    """What a fresh clone holds, plus files not committed yet but not ignored: ``git ls-files -co``."""
    listed = run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT).stdout
    return sorted(name for name in listed.split("\0") if name and (ROOT / name).is_file())


# ---------------------------------------------------------------- sdist and wheel


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """sdist and wheel built by ``python -m build`` from a copy of the project's files
    (the working tree is shared with other builds: no egg-info or build/ written into it)."""
    files = project_files()
    tree = tmp_path_factory.mktemp("tree")
    for name in files:
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, tree / name)
    out = tmp_path_factory.mktemp("dist")
    done = run([sys.executable, "-m", "build", "--outdir", str(out), str(tree)])
    log = done.stdout + done.stderr
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    return {"files": files, "sdist": sdist, "wheel": wheel, "log": log}


def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_twine_check_passes(built: dict[str, Any]) -> None:
    done = run([sys.executable, "-m", "twine", "check", "--strict", str(built["sdist"]), str(built["wheel"])])
    assert done.stdout.count("PASSED") == 2, done.stdout


def test_one_version_number(built: dict[str, Any]) -> None:
    version = elasticache_kit.__version__
    with zipfile.ZipFile(built["wheel"]) as archive:
        metadata = Parser().parsestr(archive.read(f"{DIST_INFO}METADATA").decode())
    assert metadata["Name"] == "elasticache-kit"
    assert metadata["Version"] == version
    assert built["wheel"].name == f"elasticache_kit-{version}-py3-none-any.whl"
    with tarfile.open(built["sdist"]) as archive:
        member = archive.extractfile(f"elasticache_kit-{version}/PKG-INFO")
        assert member is not None
        assert Parser().parsestr(member.read().decode())["Version"] == version
    # written once: pyproject.toml takes it from the package instead of repeating it
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert 'dynamic = ["version"]' in pyproject and f'"{version}"' not in pyproject


def test_wheel_holds_every_file_of_the_package(built: dict[str, Any]) -> None:
    """Modules, subpackages, Lambda handler assets, the jsii bundle, py.typed: all of src/elasticache_kit."""
    expected = {name.removeprefix("src/") for name in built["files"] if name.startswith(PACKAGE_DIR + "/")}
    names = wheel_names(built["wheel"])
    assert expected - names == set()
    assert "elasticache_kit/py.typed" in names
    assert any(name.startswith("elasticache_kit/_core/_jsii/") and name.endswith(".jsii.tgz") for name in names)
    strays = {name for name in names - expected if not name.startswith(DIST_INFO)}
    assert strays == set(), "the wheel holds files the source tree does not"
    assert not any("__pycache__" in name or name.endswith(".pyc") for name in names)


def test_sdist_holds_what_the_wheel_needs(built: dict[str, Any]) -> None:
    # build made the wheel from the unpacked sdist, so the sdist alone was enough
    assert "Building wheel from sdist" in built["log"], built["log"]
    root = f"elasticache_kit-{elasticache_kit.__version__}/"
    with tarfile.open(built["sdist"]) as archive:
        members = {member.name.removeprefix(root) for member in archive.getmembers() if member.isfile()}
    package = {name for name in wheel_names(built["wheel"]) if not name.startswith(DIST_INFO)}
    assert {f"src/{name}" for name in package} - members == set()
    assert {"pyproject.toml", "MANIFEST.in", "README.md", "CHANGELOG.md", "LICENSE", "NOTICE", "PKG-INFO"} <= members
    assert not any("__pycache__" in name or name.endswith(".pyc") for name in members)


# ---------------------------------------------------------------- the installed wheel

SYNTH = '''
import json, sys
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
import elasticache_kit as elasticache

app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False, outdir=sys.argv[1] + "/cdk.out")
stack = cdk.Stack(app, "Installed", synthesizer=cdk.DefaultStackSynthesizer(generate_bootstrap_version_rule=False))
vpc = ec2.Vpc.from_vpc_attributes(stack, "Vpc", vpc_id="vpc-0123456789abcdef0",
    availability_zones=["us-east-1a", "us-east-1b"],
    private_subnet_ids=["subnet-0a1b2c3d4e5f60718", "subnet-0b1c2d3e4f5061728"])
default = elasticache.PasswordUser(stack, "DefaultUser", user_id="app-default", user_name="default",
    access_control=elasticache.AccessControl.disabled())
app_user = elasticache.IamUser(stack, "AppUser", user_id="app", access_control=elasticache.AccessControl.read_write("app:*"))
group = elasticache.UserGroup(stack, "Users", users=[default, app_user])
elasticache.ServerlessCache(stack, "Cache", vpc=vpc, user_group=group)
template = app.synth().get_stack_by_name("Installed").template

from importlib.metadata import requires, version
from packaging.requirements import Requirement
unmet = []
for text in requires("elasticache-kit") or []:
    requirement = Requirement(text)
    if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
        continue
    try:
        found = version(requirement.name)
    except Exception as error:
        unmet.append(f"{text}: {error!r}")
        continue
    if not requirement.specifier.contains(found, prereleases=True):
        unmet.append(f"{text}: {found} installed")

modules = {name: getattr(module, "__file__", None) for name, module in sys.modules.items()
           if name == "elasticache_kit" or name.startswith("elasticache_kit.")}
with open(sys.argv[1] + "/result.json", "w") as out:
    json.dump({"template": template, "modules": modules, "version": version("elasticache-kit"),
               "package_version": elasticache.__version__, "sys_path": sys.path, "unmet": unmet}, out)
'''


@pytest.fixture(scope="module")
def installed(built: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The wheel installed into a new venv; a stack synthesized with it in a directory outside the tree."""
    venv = tmp_path_factory.mktemp("venv") / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    python = venv / "bin" / "python"
    # the wheel first, while the venv sees nothing else (pip then has nothing to uninstall)
    run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", "--no-index",
         str(built["wheel"])])
    purelib = Path(run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    (purelib / "_dev_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    work = tmp_path_factory.mktemp("outside")
    (work / "synth.py").write_text(SYNTH)
    run([str(python), "-I", str(work / "synth.py"), str(work)], cwd=work)
    result: dict[str, Any] = json.loads((work / "result.json").read_text())
    result["purelib"] = str(purelib)
    result["cli_help"] = run([str(python), "-I", "-m", "elasticache_kit", "--help"], cwd=work).stdout
    # the console script the wheel declares, as users run it
    script = venv / "bin" / "elasticache-kit"
    result["script_exists"] = script.is_file()
    if script.is_file():
        result["script_version"] = run([str(script), "--version"], cwd=work).stdout
        result["script_help"] = run([str(script), "check", "--help"], cwd=work).stdout
        no_aws = {key: value for key, value in ENV.items() if not key.startswith("AWS_")}
        no_aws.update(AWS_CONFIG_FILE=os.devnull, AWS_SHARED_CREDENTIALS_FILE=os.devnull, AWS_EC2_METADATA_DISABLED="true")
        failed = subprocess.run([str(script), "token", "--cache", "my-cache", "--user", "app", "--region", "us-east-1"],
                                cwd=work, env=no_aws, capture_output=True, text=True, timeout=120, check=False)
        result["script_failure"] = [failed.returncode, failed.stdout, failed.stderr]
    return result


def test_installed_wheel_is_what_runs(installed: dict[str, Any]) -> None:
    purelib = installed["purelib"]
    modules = installed["modules"]
    assert "elasticache_kit._core" in modules  # the JavaScript side was loaded (from its jsii bundle)
    outside = {name: path for name, path in modules.items() if path is None or not path.startswith(purelib + os.sep)}
    assert outside == {}, "elasticache_kit modules loaded from outside the new venv"
    assert not any(Path(entry).resolve() == ROOT / "src" for entry in installed["sys_path"] if entry)
    assert installed["version"] == installed["package_version"] == elasticache_kit.__version__


def test_installed_command_line_runs(installed: dict[str, Any]) -> None:
    assert "token" in installed["cli_help"] and "python -m elasticache_kit" in installed["cli_help"]


def test_console_script_from_the_wheel(installed: dict[str, Any]) -> None:
    """``elasticache-kit`` (pyproject's [project.scripts]) is installed with the wheel and runs the same command line."""
    assert installed["script_exists"]
    assert installed["script_version"].strip() == f"elasticache-kit {elasticache_kit.__version__}"
    assert "usage: elasticache-kit check" in installed["script_help"]
    status, out, err = installed["script_failure"]
    assert status == 2 and out == ""  # no credentials: bad input (ValidationError), one line
    assert len(err.splitlines()) == 1 and err.startswith("error: ") and "Traceback" not in err
    assert "no AWS credentials" in err


def test_dependencies_satisfy_the_wheel(installed: dict[str, Any]) -> None:
    assert installed["unmet"] == []


def test_installed_wheel_synthesizes_a_cache_with_a_user_group(installed: dict[str, Any]) -> None:
    template = installed["template"]
    resources = template["Resources"]
    by_type: dict[str, dict[str, Any]] = {}
    for logical_id, resource in resources.items():
        by_type.setdefault(resource["Type"], {})[logical_id] = resource.get("Properties", {})
    (cache,) = by_type["AWS::ElastiCache::ServerlessCache"].values()
    ((group_id, group),) = by_type["AWS::ElastiCache::UserGroup"].items()
    users = by_type["AWS::ElastiCache::User"]
    assert sorted(user["UserName"] for user in users.values()) == ["app", "default"]
    assert cache["UserGroupId"] == {"Ref": group_id}
    assert len(group["UserIds"]) == 2
    assert len(by_type["AWS::SecretsManager::Secret"]) == 1  # the default user's generated password
    assert lint_errors(template) == []


# ---------------------------------------------------------------- the API reference


def load_docs_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_docs", ROOT / "scripts" / "build_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``make docs`` into a temporary directory, in a fresh process (nothing imported yet)."""
    out = tmp_path_factory.mktemp("docs") / "_build"
    done = run([sys.executable, str(ROOT / "scripts" / "build_docs.py"), str(out)], cwd=ROOT)
    assert not [line for line in done.stderr.splitlines() if line.startswith("warning:")], done.stderr
    return out


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: set[str] = set()
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("href"):
            self.hrefs.add(values["href"] or "")
        self._in_title = tag == "title"

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False


def _browser() -> str:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed (make test-deps installs it with apt-get as root)")
    return browser


_HEADLESS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-dev-shm-usage", "--virtual-time-budget=5000"]


def chromium_dom(page: Path, profile: Path) -> str:
    """The DOM of ``page`` after headless Chromium loaded it."""
    done = run([_browser(), *_HEADLESS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()], timeout=120)
    return done.stdout


def chromium_screenshot(page: Path, profile: Path, png: Path) -> bytes:
    """A screenshot of ``page`` (1400 x 2000) as Chromium renders it."""
    run([_browser(), *_HEADLESS, f"--user-data-dir={profile}", "--window-size=1400,2000",
         f"--screenshot={png}", page.as_uri()], timeout=120)
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000  # a page, not a blank
    return data


def text_of(dom: str) -> str:
    """The visible text of a DOM (tags and scripts removed, entities decoded, spaces collapsed)."""
    import html

    dom = re.sub(r"<(script|style)\b.*?</\1>", " ", dom, flags=re.S)
    dom = re.sub(r"</?(span|a|code|em|strong|b|i|wbr)\b[^>]*>", "", dom)  # inline: no word break
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", dom)).split())


SCREENSHOTS = ("index.html", "elasticache_kit/clusters/replication_group.html", "elasticache_kit/checks/rules/EC-RB3.html")


@pytest.fixture(scope="module")
def doms(docs: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Each page of SCREENSHOTS as Chromium loaded it, and a screenshot of it beside the reference
    (``_screenshots/`` in the build: look at them when the pages change)."""
    profile = tmp_path_factory.mktemp("browser")
    shots = docs / "_screenshots"
    shots.mkdir(exist_ok=True)
    result = {}
    for page in SCREENSHOTS:
        result[page] = chromium_dom(docs / page, profile)
        chromium_screenshot(docs / page, profile, shots / (page.replace("/", "_") + ".png"))
    return result


@pytest.fixture(scope="module")
def index_dom(doms: dict[str, str]) -> str:
    return doms["index.html"]


def test_index_opens_directly(docs: Path, index_dom: str) -> None:
    assert "http-equiv" not in (docs / "index.html").read_text()  # no redirect
    parsed = _Anchors()
    parsed.feed(index_dom)
    assert parsed.title == "elasticache_kit API reference"
    assert "elasticache_kit/checks/rules/index.html" in parsed.hrefs


def test_reference_has_every_public_name(docs: Path, index_dom: str) -> None:
    """Every name of ``elasticache_kit.__all__`` (read now): a row of the index linking to its page, where
    its anchor is; one page per module, none of them the old 3 MB page."""
    parsed = _Anchors()
    parsed.feed(index_dom)
    names = list(elasticache_kit.__all__)
    assert len(names) > 20
    missing = []
    for name in names:
        links = [href for href in parsed.hrefs if href.endswith(f".html#{name}")]
        if len(links) != 1 or name not in parsed.ids:
            missing.append(name)
            continue
        page, _, anchor = links[0].partition("#")
        target = _Anchors()
        target.feed((docs / page).read_text())
        if anchor not in target.ids:
            missing.append(name)
    assert missing == []
    # the check tells names apart: internals have no row
    assert not {"_EXPORTS", "Site", "LazyModule", "_CreatedGroup"} & parsed.ids
    pages = [page for page in docs.rglob("*.html") if "rules" not in page.parts]
    assert len(pages) > 15 and max(page.stat().st_size for page in pages) < 1_000_000
    assert not (docs / "elasticache_kit.html").exists()
    # the modules whose path is public: their pages, their names anchored
    from elasticache_kit import auth

    auth_page = _Anchors()
    auth_page.feed((docs / "elasticache_kit" / "auth.html").read_text())
    assert set(auth.__all__) - auth_page.ids == set()
    # reference material the README points to: the validation rules, on the errors page
    errors_page = (docs / "elasticache_kit" / "errors.html").read_text()
    assert "<table>" in errors_page and "backup.backup_retention_limit" in errors_page


def _construct_classes() -> list[type]:
    import constructs

    return [value for value in (getattr(elasticache_kit, name) for name in elasticache_kit.__all__)
            if isinstance(value, type) and issubclass(value, constructs.Construct)]


def test_each_construct_has_props_example_and_whole_api(docs: Path, doms: dict[str, str]) -> None:
    """Per construct, on its page: the props table (each keyword of its constructor, options expanded),
    the docstring's example, and every public member, inherited ones included; no private base shows."""
    import inspect

    spec = importlib.util.spec_from_file_location("docs_pages", ROOT / "scripts" / "_docs_pages.py")
    assert spec is not None and spec.loader is not None
    helpers = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(helpers)
    problems: list[str] = []
    for cls in _construct_classes():
        name = cls.__name__
        index = _Anchors()
        index.feed((docs / "index.html").read_text())
        (href,) = [h for h in index.hrefs if h.endswith(f".html#{name}")]
        text = (docs / href.partition("#")[0]).read_text()
        section = text[text.index(f'<section id="{name}">'):]
        section = section[:section.find("</section>")]
        table = re.search(r'<table class="props">(.*?)</table>', section, flags=re.S)
        if table is None:
            problems.append(f"{name}: no props table")
            continue
        props = set(re.findall(r"<tr><td><code>(\w+)</code></td>", table.group(1)))
        signature = inspect.signature(cls.__init__, eval_str=False)
        expected = {p.name for p in signature.parameters.values() if p.kind is p.KEYWORD_ONLY}
        for p in signature.parameters.values():
            unpacked = re.fullmatch(r"Unpack\[(\w+)\]", str(p.annotation)) if p.kind is p.VAR_KEYWORD else None
            if unpacked:
                expected |= set(getattr(sys.modules[cls.__module__], unpacked[1]).__annotations__)
        if expected - props:
            problems.append(f"{name}: props missing from the table: {sorted(expected - props)}")
        rows = re.findall(r"<tr><td>.*?</tr>", table.group(1), flags=re.S)
        if any(not re.findall(r"<td>(.*?)</td>", row, flags=re.S)[2].strip() for row in rows):
            problems.append(f"{name}: a prop without its default")
        visible = text_of(section)
        example = " ".join((inspect.getdoc(cls) or "").split("Example::", 1)[-1].split()[:4])
        if "Example" not in visible or example not in visible:
            problems.append(f"{name}: its example is not on the page")
        anchors = set(re.findall(r'id="' + name + r'\.(\w+)"', section))
        ours = {m for m in dir(cls) if not m.startswith("_")
                and any(m in vars(k) and k.__module__.startswith("elasticache_kit.")
                        and not k.__module__.startswith("elasticache_kit._core") for k in cls.__mro__)}
        if ours - anchors:
            problems.append(f"{name}: members missing: {sorted(ours - anchors)}")
        for leak in ("_CreatedGroup", "CoreReplicationGroup", "CoreConnectableResource", "<class '", "Example::",
                     ":param", ":class:", "drop-in::"):
            if leak in visible:
                problems.append(f"{name}: {leak!r} shows")
    assert problems == []


def test_construct_page_in_chromium(doms: dict[str, str]) -> None:
    """What a reader of ReplicationGroup's page sees: inherited grants, metrics, connections, imports; its props."""
    text = text_of(doms["elasticache_kit/clusters/replication_group.html"])
    for expected in ("grant_connect_as", "metric_cache_hit_rate", "connections", "from_replication_group_attributes",
                     "num_cache_clusters", "snapshot_retention_limit", "EngineVersion.VALKEY_LATEST",
                     "**options: Unpack[ReplicationGroupOptions]", "elasticache.ReplicationGroup(self, \"Sessions\""):
        assert expected in text, expected
    for leak in ("_CreatedGroup", "CoreReplicationGroup", "<class '", "View Source", "<a href", "&lt;", "&quot;"):
        assert leak not in text, leak
    assert "class ReplicationGroup(aws_cdk.Resource, ReplicationGroupBase)" in text  # its public bases, as links


def test_rule_page_in_chromium(doms: dict[str, str]) -> None:
    from elasticache_kit.checks import all_rules

    (rule,) = [r for r in all_rules() if r.id == "EC-RB3"]
    text = text_of(doms["elasticache_kit/checks/rules/EC-RB3.html"])
    assert rule.id in text and rule.title in text and " ".join(rule.fix.split()) in text


def test_reference_reads_rest_fields(docs: Path) -> None:
    """``:param name: text`` renders as a parameter list whose names are the parameters
    (pdoc alone would take ``name: text ... Default`` as the name when the text has a colon)."""
    dom = (docs / "elasticache_kit" / "serverless" / "cache.html").read_text()
    docstrings = re.findall(r'<div class="docstring">(.*?)</div>', dom, flags=re.S)
    names = [name for text in docstrings for name in re.findall(r"<li><strong>(.*?)</strong>:", text, flags=re.S)]
    assert len(names) > 10
    assert [name for name in names if not re.fullmatch(r"(\*\*?)?[A-Za-z_][A-Za-z0-9_]*", name)] == []
    assert "serverless_cache_name" in names and "user_group" in names
    assert not [text for text in docstrings if ":param" in text or ":raises" in text]


def test_reference_warnings_are_fatal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Negative control: a module whose ``__all__`` names nothing real makes pdoc warn, and the build fails."""
    (tmp_path / "broken_docs_example.py").write_text('"""A module with a dangling export."""\n__all__ = ["nowhere"]\n')
    monkeypatch.syspath_prepend(str(tmp_path))
    script = load_docs_script()
    monkeypatch.setattr(script, "MODULES", ("broken_docs_example",))
    assert script.main(["build_docs.py", str(tmp_path / "out")]) == 1
    assert "'nowhere' in broken_docs_example.__all__" in capsys.readouterr().err
