"""First run: install the missing default models with a progress dialog, off the UI thread."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.strings import tr
from desktop.thread_worker import start_worker

_LOGGER = logging.getLogger(__name__)


def missing_default_models() -> list[str]:
    """Ids of default models that are not installed (a quick check, no hashing)."""
    import models

    return [s.id for s in models.status() if s.default and not s.ok]


def install_missing_models(parent: QWidget | None = None) -> str | None:
    """Install missing defaults behind a progress dialog; returns None or one error sentence.

    The UI keeps running (a local event loop) while the install thread works.
    """
    missing = missing_default_models()
    if not missing:
        return None
    import models

    dialog = QProgressDialog(tr("models.progress", label=", ".join(missing)), "", 0, 0, parent)
    dialog.setWindowTitle(tr("models.title"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(420)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def on_progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(1000)
            dialog.setValue(min(1000, int(done * 1000 / total)))

    _thread, worker = start_worker(lambda progress: models.ensure_defaults(progress=progress), dialog)
    worker.progress.connect(on_progress)
    worker.returned.connect(lambda result: outcome.setdefault("result", result))
    worker.errored.connect(lambda message: outcome.setdefault("error", message))
    worker.finished.connect(loop.quit)
    dialog.show()
    loop.exec()
    dialog.close()
    if "error" in outcome:
        return tr("models.failed", message=outcome["error"])
    return None
