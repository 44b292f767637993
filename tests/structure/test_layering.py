"""The package arrows, checked on every import in the source (top level and inside functions):

    app → benches → desktop → engine → wp_api, models

`models` is a leaf; the product packages (desktop, engine, wp_api, models) never import benches or
tests; only app may import benches; a test folder never imports another folder's conftest (shared
fixtures live in tests/conftest.py or tests/support/)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("app", "benches", "desktop", "engine", "wp_api", "models", "tests")

MAY_IMPORT: dict[str, set[str]] = {
    "app": {"benches", "desktop", "engine", "wp_api", "models"},
    "benches": {"desktop", "engine", "wp_api", "models"},
    "desktop": {"engine", "wp_api", "models"},
    "engine": {"wp_api", "models"},
    "wp_api": {"models"},
    "models": set(),
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


def test_the_rules_catch_an_upward_import(tmp_path: Path) -> None:
    """The checker itself: an engine module importing desktop or tests is reported."""
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n\ndef f():\n    from desktop.app import run_app\n    import tests.fakes\n")
    assert [m for _, m in _imports(bad)] == ["os", "desktop.app", "tests.fakes"]


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
