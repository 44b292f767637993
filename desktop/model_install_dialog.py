"""First run: install the missing default models with a progress dialog, off the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.thread_worker import start_worker
from i18n.ui import tr

_LOGGER = logging.getLogger(__name__)


def missing_default_models() -> list[str]:
    """Ids of default models that are not installed and can be installed without the model hub
    (a quick check, no hashing). Hub-only voices are left to `officina models install`: the engine
    falls back to an installed voice and the status bar says which one is missing."""
    import models

    def local_source(model_id: str) -> bool:
        spec = models.get_spec(model_id)
        return bool(spec.wheels) and not spec.wheels_incomplete

    return [s.id for s in models.status() if s.default and not s.ok and local_source(s.id)]


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

    dialog.setRange(0, 1000)

    def work(progress: Callable[[int, int], None]) -> Any:
        try:
            return models.ensure_defaults(progress=progress)
        except Exception as exc:  # the log keeps the detail; the caller shows one sentence
            _LOGGER.error("Installing the models failed", exc_info=exc)
            outcome["error"] = exc
            return None

    thread, worker = start_worker(work, dialog)
    worker.progress.connect(dialog.setValue)  # a QObject slot: queued to the UI thread
    worker.finished.connect(loop.quit)
    dialog.show()
    loop.exec()
    thread.wait()  # the worker has finished; let its thread end before the dialog (its parent) goes
    dialog.close()
    if "error" in outcome:
        return tr("models.failed")
    return None
