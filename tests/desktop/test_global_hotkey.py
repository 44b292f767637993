"""The global hotkey: key names map to pynput keys; where the platform refuses, one clear line."""

from __future__ import annotations

import os

import pytest

from desktop.global_hotkey import GlobalHotkey


def test_without_a_display_the_hotkey_says_why_in_one_line(monkeypatch: pytest.MonkeyPatch, qtbot) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    hotkey = GlobalHotkey()
    reason = hotkey.start("F9")
    if os.name != "posix":  # elsewhere pynput has no display requirement
        hotkey.stop()
        pytest.skip("display-less failure only exists on X11")
    assert reason and "\n" not in reason
    assert not hotkey.active


def test_no_hotkey_configured_is_fine(qtbot) -> None:
    hotkey = GlobalHotkey()
    assert hotkey.start(None) is None and not hotkey.active
