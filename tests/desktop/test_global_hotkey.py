"""The global hotkey: key names map to pynput keys; where the platform refuses, one clear line."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

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


@pytest.fixture
def x_display(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private Xvfb display (Debian xvfb), as on a Linux desktop."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    number = 40 + os.getpid() % 40
    proc = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "640x480x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        monkeypatch.setenv("DISPLAY", f":{number}")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(10)


def test_the_global_hotkey_fires_while_another_program_has_focus(x_display: str, qtbot) -> None:
    hotkey = GlobalHotkey()
    assert hotkey.start("F9") is None and hotkey.active
    listener = hotkey._listener
    from pynput.keyboard import Controller, Key

    keyboard = Controller()  # another X client typing: the app's window does not have focus
    try:
        with qtbot.waitSignal(hotkey.pressed, timeout=5000):
            keyboard.press(Key.f9)
        with qtbot.assertNotEmitted(hotkey.pressed, wait=100):
            keyboard.press(Key.f9)  # auto-repeat of a held key
        with qtbot.waitSignal(hotkey.released, timeout=5000):
            keyboard.release(Key.f9)
    finally:
        hotkey.stop()
        keyboard.press(Key.shift)  # an X event wakes the listener thread so it can end
        keyboard.release(Key.shift)
        listener.join(5)
    assert not hotkey.active and not listener.is_alive()
