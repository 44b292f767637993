"""A horizontal input-level meter that decays smoothly between (queued, throttled) level updates."""

from __future__ import annotations

import logging

from PySide6.QtCore import QRectF, QSize, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.theme import BORDER, LISTEN, SPEAK, WARN

_LOGGER = logging.getLogger(__name__)


class LevelMeter(QWidget):
    """Shows the microphone level 0..1 (already on a dB scale); falls back smoothly between updates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._decay = QTimer(self)
        self._decay.setInterval(50)
        self._decay.timeout.connect(self._fade)

    def sizeHint(self) -> QSize:
        return QSize(200, 10)

    @property
    def level(self) -> float:
        return self._level

    def set_level(self, level: float) -> None:
        """The engine's level, 0..1 on a -60..0 dBFS scale (what Pipeline.set_level_callback reports)."""
        self._level = max(self._level, min(1.0, max(0.0, float(level))))
        if not self._decay.isActive():
            self._decay.start()
        self.update()

    def _fade(self) -> None:
        self._level *= 0.8
        if self._level < 0.01:
            self._level = 0.0
            self._decay.stop()
        self.update()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QColor(BORDER))
        painter.setBrush(QColor("#eef0f3"))
        painter.drawRoundedRect(rect, 4, 4)
        if self._level > 0:
            fill = QRectF(rect.left(), rect.top(), rect.width() * self._level, rect.height())
            colour = SPEAK if self._level < 0.7 else WARN if self._level < 0.92 else LISTEN
            painter.setPen(QColor(0, 0, 0, 0))
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(fill, 4, 4)
        painter.end()
