"""The conversation: what the person said (as transcribed), the tool cards, and the assistant's answer."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.labels import plain_label
from i18n.ui import tr

_LOGGER = logging.getLogger(__name__)


STEP_TOOLS = {"list_services"}
"""Tools whose card is only worth showing when nothing followed them in the turn."""


class Bubble(QFrame):
    """One message: who spoke and the text."""

    def __init__(self, who: str, text: str, *, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName({"user": "bubbleUser", "assistant": "bubbleAssistant"}.get(kind, "bubbleError"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.setSpacing(2)
        self.who = plain_label(who)
        self.who.setObjectName("who")
        self.body = plain_label(text)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setStyleSheet("font-size: 12pt;")
        layout.addWidget(self.who)
        layout.addWidget(self.body)

    def set_text(self, text: str) -> None:
        self.body.setText(text)

    def text(self) -> str:
        return self.body.text()


class TurnBlock(QWidget):
    """Everything the conversation shows for one turn; a click selects the turn in the side panel."""

    clicked = Signal(str)

    def __init__(self, turn_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.turn_id = turn_id
        self.user: Bubble | None = None
        self.reply: Bubble | None = None
        self.error: Bubble | None = None
        self.cards: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._user_row = self._row(right=True)
        self._cards_box = QVBoxLayout()
        self._cards_box.setSpacing(6)
        self._cards_box.setContentsMargins(0, 0, 60, 0)
        self._layout.addLayout(self._cards_box)
        self._reply_row = self._row(right=False)
        self._under_reply = QVBoxLayout()
        self._under_reply.setContentsMargins(0, 0, 60, 0)
        self._layout.addLayout(self._under_reply)
        self._error_row = self._row(right=False)

    def _row(self, *, right: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(row)
        return row

    @staticmethod
    def _place(row: QHBoxLayout, bubble: Bubble, *, right: bool) -> None:
        bubble.setMaximumWidth(620)
        if right:
            row.addStretch(1)
            row.addWidget(bubble, 4)
        else:
            row.addWidget(bubble, 4)
            row.addStretch(1)

    def set_user(self, text: str) -> None:
        if self.user is None:
            self.user = Bubble(tr("conv.you"), text, kind="user")
            self._place(self._user_row, self.user, right=True)
        else:
            self.user.set_text(text)

    def set_reply(self, text: str) -> None:
        if self.reply is None:
            self.reply = Bubble(tr("conv.assistant"), text, kind="assistant")
            self._place(self._reply_row, self.reply, right=False)
        else:
            self.reply.set_text(text)

    def set_error(self, text: str) -> None:
        if self.error is None:
            self.error = Bubble("⚠ " + tr("state.error"), text, kind="error")
            self._place(self._error_row, self.error, right=False)
        else:
            self.error.set_text(text)

    def add_card(self, card: QWidget) -> None:
        """Add a card; a catalogue lookup that only led to the next step is dropped (noise at the counter)."""
        if self.cards and getattr(self.cards[-1], "tool", None) in STEP_TOOLS:
            step = self.cards.pop()
            self._cards_box.removeWidget(step)
            step.deleteLater()
        self.cards.append(card)
        self._cards_box.addWidget(card)

    def add_under_reply(self, card: QWidget) -> None:
        """A card that answers the reply (Yes / No to a write said back), placed under it."""
        self.cards.append(card)
        self._under_reply.addWidget(card)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.turn_id)
        super().mousePressEvent(event)


class ConversationView(QScrollArea):
    """A scrolling list of turn blocks, newest at the bottom."""

    turn_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("conversationBody")
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(16, 12, 16, 12)
        self._layout.setSpacing(14)
        self._layout.addStretch(1)
        self.setWidget(body)
        self._blocks: dict[str, TurnBlock] = {}
        self.notes: list[QLabel] = []
        # newest at the bottom stays in view as it grows (an answer, its cards, the Sì / No under it) unless
        # the person scrolled up to read; the range only grows once the layout has run, so follow it
        self._at_end = True
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._moved)
        bar.rangeChanged.connect(self._grew)

    def add_note(self, text: str) -> QLabel:
        """A centred grey line (welcome, how to connect WordPress...)."""
        label = plain_label(text)
        label.setObjectName("muted")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.insertWidget(self._layout.count() - 1, label)
        self.notes.append(label)
        return label

    def block(self, turn_id: str) -> TurnBlock:
        """The block of a turn (created on first use)."""
        block = self._blocks.get(turn_id)
        if block is None:
            block = TurnBlock(turn_id)
            block.clicked.connect(self.turn_clicked)
            self._layout.insertWidget(self._layout.count() - 1, block)
            self._blocks[turn_id] = block
            self._scroll_soon()
        return block

    def has_block(self, turn_id: str) -> bool:
        return turn_id in self._blocks

    def blocks(self) -> list[TurnBlock]:
        return list(self._blocks.values())

    def _scroll_soon(self) -> None:
        self._at_end = True  # a new turn: back to the newest
        QTimer.singleShot(0, self._scroll_to_end)

    def _moved(self, value: int) -> None:
        self._at_end = value >= self.verticalScrollBar().maximum() - 4

    def _grew(self, _minimum: int, maximum: int) -> None:
        if self._at_end:
            self.verticalScrollBar().setValue(maximum)

    def _scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())
