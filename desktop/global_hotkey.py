"""A system-wide push-to-talk key (default F9) through pynput, imported lazily (it needs a display)."""

from __future__ import annotations

import logging
import os
import sys
import time
from typing import Any

from PySide6.QtCore import QObject, Signal

_LOGGER = logging.getLogger(__name__)

START_TIMEOUT_S = 2.0


def _parse_key(keyboard: Any, name: str) -> Any:
    """'F9', 'scroll_lock', 'pause' or a single character → a pynput key."""
    text = name.strip()
    if len(text) == 1:
        return keyboard.KeyCode.from_char(text.lower())
    key = getattr(keyboard.Key, text.lower().replace(" ", "_"), None)
    if key is None:
        raise ValueError(f"unknown key {name!r}")
    return key


class GlobalHotkey(QObject):
    """Emits `pressed`/`released` for one key even while another program has focus.

    pynput calls back on its own thread; the signals are queued to the UI thread. Auto-repeat
    presses of a held key are ignored.
    """

    pressed = Signal()
    released = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener: Any = None
        self._key: Any = None
        self._held = False
        self.key_name: str | None = None

    @property
    def active(self) -> bool:
        return self._listener is not None

    def start(self, key_name: str | None) -> str | None:
        """Listen for `key_name`; returns None, or one sentence saying why the platform refused."""
        self.stop()
        if not key_name:
            return None
        if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
            return "no X display (DISPLAY is not set; on Wayland the app needs XWayland)"
        try:
            from pynput import keyboard

            self._key = _parse_key(keyboard, key_name)
            listener = keyboard.Listener(on_press=self._on_press, on_release=self._on_release)
            listener.daemon = True
            listener.start()
            deadline = time.monotonic() + START_TIMEOUT_S
            while (
                not getattr(listener, "_ready", True) and listener.is_alive() and time.monotonic() < deadline
            ):
                time.sleep(0.02)
            if not listener.is_alive() or not getattr(listener, "_ready", True):
                listener.stop()
                return "the system did not let the app listen to the keyboard"
        except Exception as exc:  # no X display, no permission (macOS), Wayland...: say it, keep working
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            _LOGGER.warning("Global hotkey %s unavailable: %s", key_name, reason)
            return reason
        self._listener = listener
        self.key_name = key_name
        return None

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()  # on X11 the listener thread ends at the next X event (it is a daemon)
            listener.join(0.2)
        self._held = False

    def _matches(self, key: Any) -> bool:
        if key == self._key:
            return True
        char = getattr(key, "char", None)
        return char is not None and char.lower() == getattr(self._key, "char", object())

    def _on_press(self, key: Any) -> None:
        if self._matches(key) and not self._held:
            self._held = True
            self.pressed.emit()

    def _on_release(self, key: Any) -> None:
        if self._matches(key) and self._held:
            self._held = False
            self.released.emit()
