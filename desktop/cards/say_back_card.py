"""The card under a write the fast path said back for a yes ("C'è rumore, ripeto. Prenoto: … Confermi?"):
the same yes or no as a click, for a counter too loud to answer by voice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from desktop.cards.confirmation_card import answer_buttons
from desktop.labels import plain_label
from i18n.ui import tr


class SayBackCard(QFrame):
    """Yes / No to the write said back. A click sends the spoken answer's words ("sì" / "no") as the next
    turn, so a click and a voice answer go the same way; either answer closes the card."""

    answered = Signal(bool)
    """accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        self._hint = plain_label(tr("sayback.hint"))
        self._hint.setObjectName("muted")
        self._hint.setWordWrap(True)
        layout.addWidget(self._hint)
        buttons, self.accept_button, self.decline_button = answer_buttons(
            tr("sayback.accept"), tr("sayback.decline"), self._answer
        )
        layout.addLayout(buttons)

    @property
    def resolved(self) -> bool:
        return not self.accept_button.isEnabled()

    def _answer(self, accepted: bool) -> None:
        if self.resolved:
            return
        self.close_answer(accepted)
        self.answered.emit(accepted)

    def close_answer(self, accepted: bool | None = None) -> None:
        """No more clicks: the question was answered (by a click, or by voice: `accepted` None) or
        another turn began."""
        if self.resolved:
            return
        self.accept_button.setEnabled(False)
        self.decline_button.setEnabled(False)
        self.accept_button.hide()
        self.decline_button.hide()
        key = "sayback.closed" if accepted is None else ("sayback.said_yes" if accepted else "sayback.said_no")
        self._hint.setText(tr(key))
