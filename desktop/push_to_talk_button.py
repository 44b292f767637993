"""The big push-to-talk button: hold to talk, press while the answer is spoken to interrupt."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from desktop.app_icon import mic_icon
from i18n.ui import tr

_LOGGER = logging.getLogger(__name__)

_TEXT = {"idle": "ptt.idle", "listening": "ptt.listening", "speaking": "ptt.speaking", "busy": "ptt.busy"}


class PushToTalkButton(QPushButton):
    """A tall button whose colour and text follow the live state (`set_state`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ptt")
        self.setMinimumHeight(84)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to the window, not to the button
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setIcon(mic_icon())
        self.setIconSize(QSize(34, 34))
        self._state = "idle"
        self.set_state("idle")

    @property
    def state(self) -> str:
        return self._state

    def set_state(self, state: str) -> None:
        """idle, listening, speaking or busy."""
        self._state = state if state in _TEXT else "idle"
        self.setProperty("state", self._state)
        self.setText("  " + tr(_TEXT[self._state]))
        self.style().unpolish(self)
        self.style().polish(self)

    def retranslate(self) -> None:
        self.set_state(self._state)
