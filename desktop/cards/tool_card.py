"""A card for one tool result, laid out from its `display` hint (vehicle, slots, booking, campaign...)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.cards.card_layouts import layout as card_layout
from desktop.labels import esc, plain_label, rich_label
from desktop.theme import ERROR, MUTED, STAGE_COLOURS
from i18n.ui import language, tr, tr_or
from wp_api.contract import TOOLS_BY_NAME, Safety

_LOGGER = logging.getLogger(__name__)

ICONS = {
    "vehicle": "●",
    "customer": "●",
    "slots": "●",
    "appointment": "✓",
    "appointments": "●",
    "history": "⚙",
    "services": "●",
    "message": "✉",
    "reminder": "✉",
    "campaign": "✉",
    "undo": "↩",
}
MAX_ROWS = 5


def undoable(tool: str) -> bool:
    """Write tools (booking, message, new customer...) can be undone; reads and undo itself cannot."""
    spec = TOOLS_BY_NAME.get(tool)
    return spec is not None and spec.safety != Safety.READ and tool != "undo_last"


class ToolCard(QFrame):
    """What a tool found or did, in a glance; write results offer "undo last action"."""

    undo_requested = Signal()

    def __init__(
        self,
        tool: str,
        display: dict[str, Any] | None,
        *,
        ok: bool = True,
        error: str | None = None,
        not_found: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """`not_found`: the tool looked and found nothing ("not_found"), an answer and no refusal: told in grey."""
        super().__init__(parent)
        self.setObjectName("card")
        self.tool = tool
        self.display = dict(display or {})
        kind = str(self.display.get("kind") or ("failed" if not ok else "result"))
        self.kind = kind
        colour = (
            MUTED
            if not ok and not_found
            else ERROR
            if not ok
            else STAGE_COLOURS["tool"]
            if kind not in ("appointment", "undo")
            else STAGE_COLOURS["tts"]
        )
        self.setStyleSheet(f"QFrame#card {{ border-left: 4px solid {colour}; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(3)
        header = QHBoxLayout()
        heading = tr(f"card.{kind}") if f"card.{kind}" in _KINDS else tr("card.result")
        if not ok:
            heading = tr("card.not_found" if not_found else "card.failed")
        icon = ICONS.get(kind, "⚙")
        kind_label = rich_label(
            f"{esc(icon)}  {esc(heading)} · <span style='color:#5c6370'>{esc(tool)}</span>"
        )
        kind_label.setObjectName("muted")
        header.addWidget(kind_label, 1)
        layout.addLayout(header)
        title = self.display.get("title") or (error if not ok else None)
        if title:
            title_label = plain_label(str(title))
            title_label.setObjectName("cardTitle")
            title_label.setWordWrap(True)
            layout.addWidget(title_label)
        if self.display.get("subtitle"):
            sub = plain_label(str(self.display["subtitle"]))
            sub.setWordWrap(True)
            layout.addWidget(sub)
        rows, fields = card_layout(self.display, language())
        for row in rows[:MAX_ROWS]:
            label = plain_label("•  " + row)
            label.setWordWrap(True)
            layout.addWidget(label)
        if len(rows) > MAX_ROWS:
            more = plain_label(tr("card.more", n=len(rows) - MAX_ROWS))
            more.setObjectName("muted")
            layout.addWidget(more)
        for key, value in fields[:6]:
            name, shown = tr_or(f"field.{key}", key), tr_or(f"value.{value}", value)
            label = rich_label(f"<span style='color:#5c6370'>{esc(name)}:</span> {esc(shown)}")
            label.setWordWrap(True)
            layout.addWidget(label)
        self.undo_button: QPushButton | None = None
        if ok and undoable(tool):
            self.undo_button = QPushButton("↩  " + tr("card.undo_button"))
            self.undo_button.setFlat(True)
            self.undo_button.clicked.connect(self.undo_requested)
            footer = QHBoxLayout()
            footer.addStretch(1)
            footer.addWidget(self.undo_button)
            layout.addLayout(footer)

    def mark_undone(self, summary: str) -> None:
        if self.undo_button is not None:
            self.undo_button.setEnabled(False)
            self.undo_button.setText(tr("card.undone", summary=summary))


_KINDS = {f"card.{k}" for k in ICONS}
