"""The side panel, the product's signature: a waterfall of every stage of the selected turn, the
detail of the selected stage, and "copy trace" / "open trace file"."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import plain_label
from desktop.models.trace_model import StageListModel, StageRoles, TurnListModel
from desktop.models.turn_record import TurnRecord, ms
from desktop.stage_detail import stage_html
from desktop.stage_timeline_widget import StageTimelineWidget
from i18n.ui import tr

_LOGGER = logging.getLogger(__name__)


class SidePanel(QFrame):
    """Turn picker + waterfall + stage detail; follows the newest turn unless an older one is picked."""

    message = Signal(str)
    """A short line for the status bar (copied, no trace file...)."""

    def __init__(self, turns: TurnListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self.setMinimumWidth(430)
        self.turns = turns
        self.stages = StageListModel(self)
        self._follow = True

        self._title = plain_label(tr("panel.title"))
        self._title.setObjectName("panelTitle")
        self.picker = QComboBox()
        self.picker.setModel(turns)
        self.picker.activated.connect(self._picked)
        self.header = plain_label()
        self.header.setObjectName("muted")
        self.header.setWordWrap(True)
        self.timeline = StageTimelineWidget(self.stages)
        self.timeline.stage_selected.connect(self._show_stage)
        self._empty = plain_label(tr("panel.empty"))
        self._empty.setWordWrap(True)
        self._empty.setObjectName("muted")
        holder = QWidget()
        holder.setObjectName("timelineHolder")
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self._empty)
        holder_layout.addWidget(self.timeline)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self.detail = QTextBrowser()
        self.detail.setObjectName("stageDetail")
        self.detail.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(scroll)
        split.addWidget(self.detail)
        split.setSizes([340, 300])
        self.copy_button = QPushButton(tr("panel.copy"))
        self.open_button = QPushButton(tr("panel.open"))
        self.copy_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView))
        self.open_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon))
        self.copy_button.clicked.connect(self.copy_trace)
        self.open_button.clicked.connect(self.open_trace_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 10)
        top = QHBoxLayout()
        top.addWidget(self._title)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.picker)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

        turns.turn_added.connect(self._turn_added)
        turns.turn_updated.connect(self._turn_updated)
        self._refresh_header()

    # --- selection --------------------------------------------------------------------------------

    @property
    def turn(self) -> TurnRecord | None:
        return self.stages.turn

    def select_turn(self, turn_id: str) -> None:
        """Show a turn (e.g. clicked in the conversation); an older turn stops following the newest."""
        row = self.turns.row_of(turn_id)
        if row < 0:
            return
        self._follow = row == self.turns.rowCount() - 1
        self.picker.setCurrentIndex(row)
        self.stages.set_turn(self.turns.turn(turn_id))
        self._show_stage(-1)
        self._refresh_header()

    def _picked(self, row: int) -> None:
        turn = self.turns.data(self.turns.index(row), StageRoles.TURN)
        if turn is not None:
            self.select_turn(turn.turn_id)

    def _turn_added(self, turn_id: str) -> None:
        if self._follow or self.stages.turn is None:
            self.select_turn(turn_id)

    def _turn_updated(self, turn_id: str) -> None:
        turn = self.stages.turn
        if turn is not None and turn.turn_id == turn_id:
            self.stages.refresh()
            self._refresh_header()
            if self.timeline.selected >= 0:
                self._show_stage(self.timeline.selected)
            elif turn.errors:
                self._show_first_error()

    def _show_first_error(self) -> None:
        for row in range(self.stages.rowCount()):
            if self.stages.index(row).data(StageRoles.ERROR):
                self.timeline.select(row)
                return

    def _show_stage(self, row: int) -> None:
        stage = self.stages.stage(row)
        pick = f"<p style='color:#5c6370'>{tr('panel.pick_stage')}</p>"
        self.detail.setHtml(stage_html(stage) if stage else pick)

    def _refresh_header(self) -> None:
        turn = self.stages.turn
        empty = turn is None or not turn.stages
        self._empty.setVisible(empty)
        self.timeline.setVisible(not empty)
        self.copy_button.setEnabled(turn is not None)
        self.open_button.setEnabled(turn is not None and bool(turn.trace_path))
        if turn is None:
            self.header.setText("")
            return
        bits = [f"{tr('panel.turn')} {turn.turn_id}"]
        if turn.path:
            name = {"fastpath": tr("panel.path.fastpath"), "llm": tr("panel.path.llm")}.get(
                turn.path, turn.path
            )
            bits.append(tr("panel.path", path=name))
        if turn.finished:
            bits.append(tr("panel.total", ms=ms(turn.total_s)))
        self.header.setText(" · ".join(bits))

    # --- actions ----------------------------------------------------------------------------------

    def set_trace_path(self, turn_id: str, path: str | None) -> None:
        turn = self.turns.turn(turn_id)
        if turn is not None and path:
            turn.trace_path = str(path)
            self._refresh_header()

    def copy_trace(self) -> None:
        turn = self.stages.turn
        if turn is None:
            return
        QGuiApplication.clipboard().setText(turn.trace_text())
        self.message.emit(tr("panel.copied"))

    def open_trace_file(self) -> None:
        turn = self.stages.turn
        if turn is None or not turn.trace_path or not Path(turn.trace_path).exists():
            self.message.emit(tr("panel.no_file"))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(turn.trace_path))

    def retranslate(self) -> None:
        self._title.setText(tr("panel.title"))
        self._empty.setText(tr("panel.empty"))
        self.copy_button.setText(tr("panel.copy"))
        self.open_button.setText(tr("panel.open"))
        self._refresh_header()
