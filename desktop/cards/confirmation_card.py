"""The confirmation card of a "confirm" tool: what will happen, to whom, how many; Confirm / Cancel."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.labels import esc, plain_label, rich_label
from i18n.ui import tr

_LOGGER = logging.getLogger(__name__)


def answer_buttons(
    accept: str, decline: str, answer: Callable[[bool], None]
) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """A yes and a no button, right-aligned (no first), calling `answer(True)` / `answer(False)`."""
    buttons = QHBoxLayout()
    accept_button = QPushButton("✓  " + accept)
    accept_button.setObjectName("confirmAccept")
    decline_button = QPushButton("✕  " + decline)
    decline_button.setObjectName("confirmDecline")
    accept_button.clicked.connect(lambda: answer(True))
    decline_button.clicked.connect(lambda: answer(False))
    buttons.addStretch(1)
    buttons.addWidget(decline_button)
    buttons.addWidget(accept_button)
    return buttons, accept_button, decline_button


class ConfirmationCard(QFrame):
    """Only a person can confirm: the buttons (or a spoken "sì, conferma") answer it, never the model."""

    answered = Signal(str, bool)
    """pending_id, accepted."""

    def __init__(
        self,
        pending_id: str,
        tool: str,
        summary: str,
        display: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmCard")
        self.pending_id = pending_id
        self.tool = tool
        display = dict(display or {})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        title = plain_label("⚠  " + tr("confirm.title"))
        title.setObjectName("cardTitle")
        layout.addWidget(title)
        text = plain_label(str(summary or display.get("what") or tool))
        text.setWordWrap(True)
        text.setStyleSheet("font-size: 11.5pt;")
        layout.addWidget(text)
        for key, label in (("what", "confirm.what"), ("who", "confirm.who"), ("count", "confirm.count")):
            value = display.get(key)
            if value not in (None, "") and not (key == "what" and value == summary):
                row = rich_label(f"<b>{esc(tr(label))}:</b> {esc(value)}")
                row.setWordWrap(True)
                layout.addWidget(row)
        hint = plain_label(tr("confirm.spoken"))
        hint.setObjectName("muted")
        layout.addWidget(hint)
        buttons, self.accept_button, self.decline_button = answer_buttons(
            tr("confirm.accept"), tr("confirm.decline"), self._answer
        )
        layout.addLayout(buttons)
        self._result = plain_label()
        self._result.setObjectName("muted")
        self._result.hide()
        layout.addWidget(self._result)

    @property
    def resolved(self) -> bool:
        return not self.accept_button.isEnabled()

    def _answer(self, accepted: bool) -> None:
        if self.resolved:
            return
        self.resolve(accepted)
        self.answered.emit(self.pending_id, accepted)

    def resolve(self, accepted: bool) -> None:
        """Show the answer and disable the buttons (also when it was answered by voice)."""
        self.accept_button.setEnabled(False)
        self.decline_button.setEnabled(False)
        self._result.setText(("✓ " + tr("confirm.accepted")) if accepted else ("✕ " + tr("confirm.declined")))
        self._result.show()
