"""The package arrows, checked on every import in the source (top level and inside functions):

    app → benches → desktop → engine → wp_api, models → i18n

`models` and `i18n` are leaves (i18n holds every text a person sees or hears, and the time zone); the product packages (desktop, engine, wp_api, models) never import benches or
tests; only app may import benches; a test folder never imports another folder's conftest (shared
fixtures live in tests/conftest.py or tests/support/); no product module is part of an import cycle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("app", "benches", "desktop", "engine", "wp_api", "models", "i18n", "tests")

MAY_IMPORT: dict[str, set[str]] = {
    "app": {"benches", "desktop", "engine", "wp_api", "models", "i18n"},
    "benches": {"desktop", "engine", "wp_api", "models", "i18n"},
    "desktop": {"engine", "wp_api", "models", "i18n"},
    "engine": {"wp_api", "models", "i18n"},
    "wp_api": {"models", "i18n"},
    "models": {"i18n"},
    "i18n": set(),
}
"""What each package may import besides itself (wp_api's use of models: none today, allowed)."""


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in a file, wherever it stands."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def _sources(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _module_imports(path: Path, name: str, modules: set[str]) -> set[str]:
    """The modules of `modules` that the file `name` imports, wherever the import stands (inside a
    function or under TYPE_CHECKING too: a cycle hidden there is still a cycle in the design).
    `from package import module` counts as importing that module, not the package's __init__."""
    wanted: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            wanted.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
                base = ".".join(
                    [*here[: len(here) - node.level + 1], *([node.module] if node.module else [])]
                )
            for alias in node.names:
                wanted.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
    found = set()
    for module in wanted:
        while module and module not in modules:
            module = module.rpartition(".")[0]
        if module and module != name:
            found.add(module)
    return found


def _import_cycles(root: Path, packages: tuple[str, ...]) -> list[list[str]]:
    """Every group of modules that import each other round in a circle (strongly connected components
    of the import graph with more than one module), each sorted."""
    paths = {_module_name(p, root): p for package in packages for p in sorted((root / package).rglob("*.py"))}
    graph = {name: _module_imports(path, name, set(paths)) for name, path in paths.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's algorithm
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(cycles)


def _violations(package: str) -> list[str]:
    allowed = MAY_IMPORT[package] | {package}
    bad = []
    for path in _sources(package):
        for line, module in _imports(path):
            top = module.split(".")[0]
            if top in PACKAGES and top not in allowed:
                bad.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    return bad


@pytest.mark.parametrize("package", list(MAY_IMPORT))
def test_each_package_imports_only_what_lies_below_it(package: str) -> None:
    assert _sources(package), f"{package}/ has no Python files: is the table above out of date?"
    assert _violations(package) == []


def test_nothing_else_in_engine_imports_the_pipeline() -> None:
    """engine/pipeline/ joins the stages (audio, vad, stt, agent, fastpath, tts, trace): a stage or an
    engine root module importing it would be an arrow backwards, and an import cycle."""
    pipeline = ROOT / "engine" / "pipeline"
    bad = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in _sources("engine")
        if pipeline not in path.parents
        for line, module in _imports(path)
        if module == "engine.pipeline" or module.startswith("engine.pipeline.")
    ]
    assert (pipeline / "pipeline.py").exists() and bad == []


def test_the_rules_catch_an_upward_import(tmp_path: Path) -> None:
    """The checker itself: an engine module importing desktop or tests is reported."""
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n\ndef f():\n    from desktop.app import run_app\n    import tests.fakes\n")
    assert [m for _, m in _imports(bad)] == ["os", "desktop.app", "tests.fakes"]


def test_no_product_module_is_part_of_an_import_cycle() -> None:
    """Modules import one way: a front and what it calls, a handler and its steps, never back."""
    assert _import_cycles(ROOT, tuple(MAY_IMPORT)) == []


def test_the_cycle_check_finds_a_cycle_hidden_in_a_function_or_type_checking(tmp_path: Path) -> None:
    """The checker itself: a ↔ b through an import inside a function and c → d → e → c through
    TYPE_CHECKING and a relative import are found; `from pkg import module` is not a cycle with pkg."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("from pkg.front import Front\n")
    (pkg / "front.py").write_text("from pkg import steps\n\nclass Front: ...\n")
    (pkg / "steps.py").write_text("import os\n")
    (pkg / "a.py").write_text("from pkg.b import x\n")
    (pkg / "b.py").write_text("x = 1\n\ndef f():\n    from pkg import a\n")
    (pkg / "c.py").write_text(
        "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from pkg.d import D\n"
    )
    (pkg / "d.py").write_text("from .e import E\n\nclass D: ...\n")
    (pkg / "e.py").write_text("import pkg.c\n\nclass E: ...\n")
    assert _import_cycles(tmp_path, ("pkg",)) == [["pkg.a", "pkg.b"], ["pkg.c", "pkg.d", "pkg.e"]]


def test_every_top_level_package_is_in_the_table() -> None:
    shipped = {p.parent.name for p in ROOT.glob("*/__init__.py")}
    assert shipped == set(MAY_IMPORT) | {"tests"}


def test_no_test_imports_another_folders_conftest() -> None:
    bad = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for line, module in _imports(path):
            parts = module.split(".")
            if parts[0] == "tests" and parts[-1] == "conftest" and ROOT.joinpath(*parts[:-1]) != path.parent:
                bad.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    assert bad == []


def test_the_readme_layout_table_is_the_enforced_one() -> None:
    """README's Layout table names every package and the same arrows as MAY_IMPORT."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Layout", 1)[1].split("\n## ", 1)[0]
    table: dict[str, set[str]] = {}
    for row in section.splitlines():
        cells = [c.strip() for c in row.strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`"):
            package = cells[0].strip("`/")
            names = {n.strip() for n in cells[2].split(",")}
            if names == {"everything below"}:
                names = set(MAY_IMPORT) - {package}
            table[package] = set() if names == {"nothing of ours"} else names
    assert table == MAY_IMPORT
