"""Qt item models over the turns' traces: the list of past turns and the stages of one turn."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.models.turn_record import Stage, TurnRecord, ms
from engine.trace import events as ev

_LOGGER = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


class StageRoles:
    """Custom roles of `StageListModel` (and `TurnRole` of `TurnListModel`)."""

    KIND = Qt.ItemDataRole.UserRole + 1
    START = Qt.ItemDataRole.UserRole + 2
    END = Qt.ItemDataRole.UserRole + 3
    MARKER = Qt.ItemDataRole.UserRole + 4
    SUMMARY = Qt.ItemDataRole.UserRole + 5
    ERROR = Qt.ItemDataRole.UserRole + 6
    DETAILS = Qt.ItemDataRole.UserRole + 7
    STAGE = Qt.ItemDataRole.UserRole + 8
    TURN = Qt.ItemDataRole.UserRole + 9


class TurnListModel(QAbstractListModel):
    """Every turn of this session, newest last; events are folded in as they arrive."""

    turn_added = Signal(str)
    turn_updated = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._turns: list[TurnRecord] = []
        self._by_id: dict[str, TurnRecord] = {}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._turns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._turns):
            return None
        turn = self._turns[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = dt.datetime.fromtimestamp(turn.started_ts).strftime("%H:%M:%S") if turn.started_ts else ""
            text = turn.user_text or "…"
            if len(text) > 40:
                text = text[:39] + "…"
            total = f" · {ms(turn.total_s)}" if turn.finished else ""
            flag = " ⚠" if turn.errors else ""
            return f"{when}  {text}{total}{flag}"
        if role == StageRoles.TURN:
            return turn
        return None

    def add_event(self, event: ev.TraceEvent) -> tuple[TurnRecord, Stage | None]:
        """Fold an engine event into its turn (creating the turn on its first event)."""
        turn = self._by_id.get(event.turn_id)
        if turn is None:
            turn = TurnRecord(turn_id=event.turn_id)
            row = len(self._turns)
            self.beginInsertRows(QModelIndex(), row, row)
            self._turns.append(turn)
            self._by_id[event.turn_id] = turn
            self.endInsertRows()
            self.turn_added.emit(event.turn_id)
        stage = turn.add(event)
        row = self._turns.index(turn)
        self.dataChanged.emit(self.index(row), self.index(row))
        self.turn_updated.emit(event.turn_id)
        return turn, stage

    def turn(self, turn_id: str) -> TurnRecord | None:
        return self._by_id.get(turn_id)

    def row_of(self, turn_id: str) -> int:
        turn = self._by_id.get(turn_id)
        return self._turns.index(turn) if turn is not None else -1

    def turns(self) -> list[TurnRecord]:
        return list(self._turns)


class StageListModel(QAbstractListModel):
    """The waterfall rows of one turn; `refresh()` after the turn received events."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._turn: TurnRecord | None = None
        self._rows = 0

    @property
    def turn(self) -> TurnRecord | None:
        return self._turn

    def set_turn(self, turn: TurnRecord | None) -> None:
        self.beginResetModel()
        self._turn = turn
        self._rows = len(turn.stages) if turn else 0
        self.endResetModel()

    def refresh(self) -> None:
        """Pick up stages added or changed since the last refresh."""
        if self._turn is None:
            return
        count = len(self._turn.stages)
        if count > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, count - 1)
            self._rows = count
            self.endInsertRows()
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(self._rows - 1))

    def total(self) -> float:
        """The span the time axis covers, in seconds."""
        if self._turn is None:
            return 0.0
        ends = [s.end for s in self._turn.stages] + [self._turn.total_s, 0.001]
        return max(ends)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._rows

    def stage(self, row: int) -> Stage | None:
        if self._turn is None or not 0 <= row < self._rows:
            return None
        return self._turn.stages[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        stage = self.stage(index.row()) if index.isValid() else None
        if stage is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return stage.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{stage.label}: {stage.summary}" + (f"\n{stage.error}" if stage.error else "")
        return {
            StageRoles.KIND: stage.kind,
            StageRoles.START: stage.start,
            StageRoles.END: stage.end,
            StageRoles.MARKER: stage.marker,
            StageRoles.SUMMARY: stage.summary,
            StageRoles.ERROR: stage.error,
            StageRoles.DETAILS: stage.details,
            StageRoles.STAGE: stage,
        }.get(role)
