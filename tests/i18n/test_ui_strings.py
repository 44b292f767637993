"""The desktop window's labels: Italian by default, English switches, every key the desktop uses exists."""

from __future__ import annotations

import re

import desktop
from i18n import ui as strings


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

    root = Path(desktop.__file__).parent
    used: set[str] = set()
    for path in root.rglob("*.py"):
        used |= set(re.findall(r"""\btr\(\s*["']([a-z_.]+)["']""", path.read_text(encoding="utf-8")))
    assert used, "no tr() calls found"
    assert sorted(used - set(strings.STRINGS)) == []
