"""A horizontal input-level meter that decays smoothly between (queued, throttled) level updates."""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QRectF, QSize, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.theme import BORDER, LISTEN, SPEAK, WARN

_LOGGER = logging.getLogger(__name__)


class LevelMeter(QWidget):
    """Shows the microphone level 0..1 on a perceptual (dB) scale."""

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

    def set_level(self, peak: float) -> None:
        """Peak sample value 0..1; shown on a -60..0 dB scale."""
        db = 20 * math.log10(max(peak, 1e-6))
        self._level = max(self._level, min(1.0, max(0.0, (db + 60) / 60)))
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
