"""The one UI string table: every key in Italian and English, Italian by default, fields filled."""

from __future__ import annotations

import re
import string

from desktop import strings


def test_every_key_has_italian_and_english_with_the_same_fields() -> None:
    for key, entry in strings.STRINGS.items():
        assert set(entry) == {"it", "en"}, key
        fields = [{f for _, f, _, _ in string.Formatter().parse(entry[lang]) if f} for lang in ("it", "en")]
        assert fields[0] == fields[1], key


def test_italian_is_the_default_and_english_switches() -> None:
    strings.set_language("it")
    assert strings.tr("confirm.accept") == "Conferma"
    strings.set_language("en")
    try:
        assert strings.tr("state.acting", tool="find_vehicle") == "Running: find_vehicle"
    finally:
        strings.set_language("it")
    strings.set_language("xx")
    assert strings.language() == "it"


def test_every_key_used_in_the_desktop_code_exists() -> None:
    from pathlib import Path

    root = Path(strings.__file__).parent
    used: set[str] = set()
    for path in root.rglob("*.py"):
        used |= set(re.findall(r"""\btr\(\s*["']([a-z_.]+)["']""", path.read_text(encoding="utf-8")))
    assert used, "no tr() calls found"
    assert sorted(used - set(strings.STRINGS)) == []
