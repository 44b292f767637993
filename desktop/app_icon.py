"""The app and tray icon, drawn at run time (a microphone on a blue disc), so no image files ship."""

from __future__ import annotations

import logging

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from desktop.theme import ACCENT, LISTEN

_LOGGER = logging.getLogger(__name__)


def app_icon(listening: bool = False) -> QIcon:
    """The icon; red while listening."""
    icon = QIcon()
    for size in (16, 32, 64, 128):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(QColor(LISTEN if listening else ACCENT))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QRectF(0, 0, size, size))
        s = size / 32
        p.setBrush(QColor("white"))
        p.drawRoundedRect(QRectF(12 * s, 6 * s, 8 * s, 13 * s), 4 * s, 4 * s)
        pen = QPen(QColor("white"), max(1.0, 2 * s))
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(QRectF(9 * s, 10 * s, 14 * s, 13 * s), 180 * 16, 180 * 16)
        p.drawLine(QPointF(16 * s, 23 * s), QPointF(16 * s, 27 * s))
        p.end()
        icon.addPixmap(pixmap)
    return icon


def mic_icon(colour: str = "white", size: int = 48) -> QIcon:
    """A plain microphone glyph (no emoji font needed) for the push-to-talk button."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 32
    p.setBrush(QColor(colour))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(11 * s, 3 * s, 10 * s, 16 * s), 5 * s, 5 * s)
    p.setPen(QPen(QColor(colour), 2.4 * s))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(7 * s, 8 * s, 18 * s, 16 * s), 180 * 16, 180 * 16)
    p.drawLine(QPointF(16 * s, 24 * s), QPointF(16 * s, 29 * s))
    p.drawLine(QPointF(11 * s, 29 * s), QPointF(21 * s, 29 * s))
    p.end()
    return QIcon(pixmap)
