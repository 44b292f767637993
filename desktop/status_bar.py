"""The status bar: backend (and whether it answers), STT mode and engines, LLM, models installed."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QStatusBar, QWidget

from desktop.labels import esc, plain_tooltip, rich_label
from desktop.theme import ERROR, SPEAK, WARN
from i18n.ui import tr

_LOGGER = logging.getLogger(__name__)


def _dot(colour: str) -> str:
    return f"<span style='color:{colour}'>●</span> "


class StatusBar(QStatusBar):
    """Four permanent fields, each with a coloured dot; missing items carry their fix in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = rich_label()
        self.stt = rich_label()
        self.llm = rich_label()
        self.models = rich_label()
        for label in (self.backend, self.stt, self.llm, self.models):
            self.addPermanentWidget(label)
        self.backend.setText(_dot(WARN) + esc(tr("status.starting")))
        self._status: Any = None

    def set_status(self, status: Any) -> None:
        """Show a PipelineStatus."""
        self._status = status
        if status.backend_kind == "local":
            name = tr("status.backend.local")
        else:
            name = tr("settings.backend.wordpress")  # the technical detail is the tooltip
        state = tr("status.backend.ok") if status.backend_ok else tr("status.backend.down")
        self.backend.setText(_dot(SPEAK if status.backend_ok else ERROR) + esc(f"{name}: {state}"))
        self.backend.setToolTip(plain_tooltip(status.backend_detail))
        engines = ", ".join(status.stt_engines) or "—"
        stt_ok = bool(status.stt_engines)
        self.stt.setText(
            _dot(SPEAK if stt_ok else ERROR) + esc(tr("status.stt", mode=status.stt_mode) + f" ({engines})")
        )
        cloud = status.llm_configured and not status.offline_only and status.llm_reachable is not False
        if cloud:
            self.llm.setText(_dot(SPEAK) + esc(tr("status.llm.cloud") + f" ({status.llm_model})"))
        else:
            self.llm.setText(_dot(WARN) + esc(tr("status.llm.offline")))
        model_items = [m for m in status.missing if "model" in m.what.lower() or "voice" in m.what.lower()]
        if model_items or status.voice_fallback:
            names = ", ".join(m.fix.split()[-1] for m in model_items) or (status.voice or "?")
            self.models.setText(_dot(WARN) + esc(tr("status.models.missing", names=names)))
        else:
            self.models.setText(
                _dot(SPEAK) + esc(tr("status.models.ok") + f" ({len(status.models_installed)})")
            )
        tips = "\n".join(f"{m.what}  →  {m.fix}" for m in status.missing)
        for label in (self.stt, self.llm, self.models):
            label.setToolTip(plain_tooltip(tips))

    def retranslate(self) -> None:
        if self._status is not None:
            self.set_status(self._status)
