"""The plugin's files: tools.json generated from the contract, every PHP file parses, the readme warns."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from wp_api.wordpress.export_tools import TOOLS_JSON, render

PLUGIN = Path(__file__).resolve().parents[2] / "wp_api" / "wordpress-plugin" / "officina-voice"


def test_tools_json_is_generated_from_the_contract() -> None:
    assert TOOLS_JSON.read_text(encoding="utf-8") == render(), (
        "includes/tools.json is stale: run `uv run python -m wp_api.wordpress.export_tools`"
    )


def test_every_php_file_parses() -> None:
    if shutil.which("php") is None:
        pytest.skip("php is not installed")
    files = sorted(PLUGIN.rglob("*.php"))
    assert len(files) > 10
    for path in files:
        proc = subprocess.run(["php", "-l", str(path)], capture_output=True, text=True, check=False)
        assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_route_has_a_permission_callback_and_sql_is_prepared() -> None:
    for path in PLUGIN.rglob("*.php"):
        text = path.read_text(encoding="utf-8")
        if "register_rest_route" in text:
            assert text.count("'callback'") == text.count("'permission_callback'") > 0, path.name
        assert "$_GET[" not in text and "$_POST[" not in text, path.name


def test_readme_says_direct_writes_skip_bookly_notifications() -> None:
    readme = (PLUGIN / "readme.txt").read_text(encoding="utf-8")
    assert "skip Bookly's own notifications" in readme
    assert "calendar sync" in readme
