"""The waterfall: one row per stage of the selected turn, bars on a shared time axis (a view over
`StageListModel`)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.models.trace_model import StageListModel, StageRoles
from desktop.models.turn_record import ms
from desktop.theme import BORDER, ERROR, MUTED, STAGE_COLOURS

_LOGGER = logging.getLogger(__name__)

ROW_H = 38
AXIS_H = 22
LABEL_W = 168
DUR_W = 62
PAD = 8


class StageTimelineWidget(QWidget):
    """Paints the model's stages as a waterfall; click a row to select it."""

    stage_selected = Signal(int)

    def __init__(self, model: StageListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._selected = -1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        for signal in (model.modelReset, model.rowsInserted, model.dataChanged, model.rowsRemoved):
            signal.connect(self._changed)
        self._changed()

    @property
    def selected(self) -> int:
        return self._selected

    def select(self, row: int) -> None:
        self._selected = row
        self.update()
        self.stage_selected.emit(row)

    def _changed(self, *_args: object) -> None:
        if self._selected >= self._model.rowCount():
            self._selected = -1
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, AXIS_H + max(1, self._model.rowCount()) * ROW_H + PAD)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = int((event.position().y() - AXIS_H) // ROW_H)
        if 0 <= row < self._model.rowCount():
            self.select(row)
        super().mousePressEvent(event)

    # --- painting ---------------------------------------------------------------------------------

    def _bar_area(self) -> tuple[float, float]:
        left = LABEL_W + PAD
        right = self.width() - DUR_W - PAD
        return left, max(right, left + 40)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        total = max(self._model.total(), 0.001)
        left, right = self._bar_area()
        scale = (right - left) / total
        self._paint_axis(painter, left, right, total)
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.5, base.pointSizeF() - 1.5))
        bold = QFont(base)
        bold.setBold(True)
        for row in range(self._model.rowCount()):
            index = self._model.index(row)
            self._paint_row(painter, row, index, left, scale, bold, small)
        painter.end()

    def _paint_axis(self, painter: QPainter, left: float, right: float, total: float) -> None:
        painter.setPen(QPen(QColor(BORDER), 1))
        painter.drawLine(QPointF(left, AXIS_H - 4), QPointF(right, AXIS_H - 4))
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() - 1.5))
        painter.setFont(small)
        for i in range(5):
            x = left + (right - left) * i / 4
            painter.setPen(QPen(QColor(BORDER), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, AXIS_H - 4), QPointF(x, self.height()))
            painter.setPen(QColor(MUTED))
            text = ms(total * i / 4)
            width = QFontMetrics(small).horizontalAdvance(text)
            painter.drawText(
                QPointF(min(max(x - width / 2, left - 10), right - width + 10), AXIS_H - 8), text
            )

    def _paint_row(
        self,
        painter: QPainter,
        row: int,
        index: QModelIndex,
        left: float,
        scale: float,
        bold: QFont,
        small: QFont,
    ) -> None:
        top = AXIS_H + row * ROW_H
        kind = index.data(StageRoles.KIND)
        colour = QColor(STAGE_COLOURS.get(kind, MUTED))
        error = index.data(StageRoles.ERROR)
        if row == self._selected:
            painter.fillRect(QRectF(0, top, self.width(), ROW_H), QColor("#e7f0ff"))
        elif row % 2:
            painter.fillRect(QRectF(0, top, self.width(), ROW_H), QColor("#fafbfc"))
        # label with a colour chip
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(PAD, top + 8, 4, ROW_H - 16), 2, 2)
        painter.setFont(bold)
        painter.setPen(QColor(ERROR) if error else QColor("#212529"))
        label = QFontMetrics(bold).elidedText(str(index.data()), Qt.TextElideMode.ElideRight, LABEL_W - 14)
        painter.drawText(QRectF(PAD + 10, top + 3, LABEL_W - 10, 16), Qt.AlignmentFlag.AlignVCenter, label)
        # the bar (a diamond for instant events)
        start = float(index.data(StageRoles.START) or 0.0)
        end = float(index.data(StageRoles.END) or start)
        x0 = left + start * scale
        width = (end - start) * scale
        bar_top = top + 6
        if width >= 2:
            painter.setBrush(colour.lighter(125) if not error else QColor("#ffc9c9"))
            painter.setPen(QPen(QColor(ERROR), 1.5) if error else Qt.PenStyle.NoPen)
            painter.drawRoundedRect(QRectF(x0, bar_top, width, 12), 3, 3)
            marker = index.data(StageRoles.MARKER)
            if marker is not None:
                mx = left + float(marker) * scale
                painter.setPen(QPen(colour.darker(150), 2))
                painter.drawLine(QPointF(mx, bar_top - 2), QPointF(mx, bar_top + 14))
        else:
            painter.setBrush(QColor(ERROR) if error else colour)
            painter.setPen(Qt.PenStyle.NoPen)
            cx, cy = x0 + 1, bar_top + 6
            painter.drawPolygon(
                [QPointF(cx, cy - 6), QPointF(cx + 6, cy), QPointF(cx, cy + 6), QPointF(cx - 6, cy)]
            )
        # duration on the right
        painter.setFont(small)
        painter.setPen(QColor("#343a40"))
        if end - start >= 0.0005:
            painter.drawText(
                QRectF(self.width() - DUR_W - PAD, top + 3, DUR_W, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ms(end - start),
            )
        # summary under the bar
        summary = ("⚠ " + str(error)) if error else str(index.data(StageRoles.SUMMARY) or "")
        painter.setPen(QColor(ERROR) if error else QColor(MUTED))
        avail = self.width() - PAD * 2 - 10
        text = QFontMetrics(small).elidedText(summary, Qt.TextElideMode.ElideRight, int(avail))
        painter.drawText(QRectF(PAD + 10, top + 20, avail, 16), Qt.AlignmentFlag.AlignVCenter, text)
