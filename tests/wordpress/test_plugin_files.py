"""The plugin's files: tools.json and texts.json generated from Python, every PHP file parses, the readme warns."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from benches.loopback_site import BOOKLY_SCHEMA
from wp_api.contract import COLUMN_OF, NORMALISED_BEFORE_STORING, TOOLS, TOOLS_BY_NAME, Safety
from wp_api.wordpress import export_tools
from wp_api.wordpress.export_tools import TEXTS_JSON, TOOLS_JSON, render, render_texts

PLUGIN = Path(__file__).resolve().parents[2] / "wp_api" / "wordpress-plugin" / "officina-voice"


def test_tools_json_is_generated_from_the_contract() -> None:
    assert TOOLS_JSON.read_text(encoding="utf-8") == render(), (
        "includes/tools.json is stale: run `uv run python -m wp_api.wordpress.export_tools`"
    )


def test_texts_json_is_generated_from_i18n() -> None:
    assert TEXTS_JSON.read_text(encoding="utf-8") == render_texts(), (
        "includes/texts.json is stale: run `uv run python -m wp_api.wordpress.export_tools`"
    )


@pytest.mark.parametrize("text", ["{count:>3} servizi", "{count!r} servizi", "{0} servizi", "{a.b}"])
def test_texts_php_cannot_fill_are_refused(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    titles = {"services": {"it": text, "en": "{count} services"}}
    monkeypatch.setattr(export_tools, "TITLES", titles)
    with pytest.raises(ValueError, match="bare"):
        render_texts()


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


def _column_types() -> dict[str, str]:
    """'table.column' → SQL type, from Bookly's schema and the plugin's own CREATE TABLEs (prefix dropped)."""
    sources = [
        BOOKLY_SCHEMA,
        PLUGIN / "includes" / "class-officina-installer.php",
    ]
    types: dict[str, str] = {}
    for source in sources:
        text = source.read_text(encoding="utf-8")
        for table, body in re.findall(
            r"CREATE TABLE (?:IF NOT EXISTS )?`?\S*?(bookly_\w+|\{\$t\['\w+'\]\})`? \((.*?)\n\)", text, re.S
        ):
            name = table if table.startswith("bookly_") else "officina_" + table[5:-3]
            for column, sql_type in re.findall(r"^\s*`?(\w+)`?\s+([A-Za-z]+(?:\(\d+\))?)", body, re.M):
                types[f"{name}.{column}"] = sql_type.upper()
    return types


def _max_chars(sql_type: str) -> int:
    width = re.fullmatch(r"(?:VARCHAR|CHAR)\((\d+)\)", sql_type)
    if width:
        return int(width.group(1))
    assert sql_type in ("TEXT", "LONGTEXT"), sql_type
    return 65_535 // 4 if sql_type == "TEXT" else 2**32 // 4  # utf8mb4: up to 4 bytes a character


def test_every_stored_string_argument_fits_its_column() -> None:
    types = _column_types()
    assert (
        types["bookly_customers.full_name"] == "VARCHAR(128)"
        and types["officina_vehicles.make"] == "VARCHAR(60)"
    )
    for spec in TOOLS:
        for arg, schema in spec.parameters.get("properties", {}).items():
            if schema.get("type") != "string" or "enum" in schema or "pattern" in schema:
                continue
            where = f"{spec.name}.{arg}"
            assert "maxLength" in schema, f"{where} has no maxLength"
            if where in COLUMN_OF:
                limit = NORMALISED_BEFORE_STORING.get(where, schema["maxLength"])
                column = COLUMN_OF[where]
                assert column in types, f"{where}: no column {column}"
                assert limit <= _max_chars(types[column]), (
                    f"{where} ({limit}) is longer than {column} {types[column]}"
                )
            elif arg == "idempotency_key":
                scoped = len(f"u{2**64}:{spec.name}:") + schema["maxLength"]
                assert scoped <= _max_chars(types["officina_idempotency.idem_key"]), where
                assert len("message:") + schema["maxLength"] <= _max_chars(
                    types["officina_outbox.dedupe_key"]
                )
            else:
                assert spec.safety is Safety.READ, (
                    f"{where} is an argument of a write tool that COLUMN_OF does not place"
                )
    # the figures the customer columns impose are the schema's limits exactly
    create = TOOLS_BY_NAME["create_customer"].parameters["properties"]
    assert [create[k]["maxLength"] for k in ("full_name", "phone", "email")] == [
        _max_chars(types[f"bookly_customers.{k}"]) for k in ("full_name", "phone", "email")
    ]
