"""The live state line: a coloured dot and what the assistant is doing, with the input level meter."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop.labels import plain_label
from desktop.level_meter import LevelMeter
from desktop.theme import STATE_COLOURS
from i18n.ui import tr

_LOGGER = logging.getLogger(__name__)


class LiveStateWidget(QWidget):
    """listening (with level), transcribing, thinking, acting (which tool), speaking, idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = "loading"
        self._detail: str | None = None
        self._dot = plain_label("●")
        self._label = plain_label()
        self._label.setObjectName("stateLabel")
        self.meter = LevelMeter()
        policy = self.meter.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.meter.setSizePolicy(policy)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._dot)
        row.addWidget(self._label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.meter)
        self.set_state("loading")

    @property
    def state(self) -> str:
        return self._state

    def text(self) -> str:
        return self._label.text()

    def set_state(self, state: str, detail: str | None = None) -> None:
        self._state, self._detail = state, detail
        key = f"state.{state}" if f"state.{state}" in _KNOWN else "state.idle"
        self._label.setText(tr(key, tool=detail or "…"))
        colour = STATE_COLOURS.get(state, STATE_COLOURS["idle"])
        self._dot.setStyleSheet(f"color: {colour}; font-size: 16pt;")
        self._label.setStyleSheet(f"color: {colour};")
        self.meter.setVisible(state == "listening")

    def retranslate(self) -> None:
        self.set_state(self._state, self._detail)


_KNOWN = {
    "state.loading",
    "state.idle",
    "state.listening",
    "state.transcribing",
    "state.thinking",
    "state.acting",
    "state.speaking",
    "state.confirm",
    "state.error",
}
