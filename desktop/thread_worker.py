"""Run one blocking function on a QThread (superqt's worker pattern): returned / errored / progress."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

_LOGGER = logging.getLogger(__name__)


class FunctionWorker(QObject):
    """Calls `fn(progress)` in its thread; `progress(done, total)` may be called from there."""

    returned = Signal(object)
    errored = Signal(str)
    progress = Signal(int, int)
    finished = Signal()

    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self._fn = fn

    @Slot()
    def run(self) -> None:
        try:
            self.returned.emit(self._fn(lambda done, total: self.progress.emit(int(done), int(total))))
        except Exception as exc:  # turned into a signal, as superqt's WorkerBase.run does
            _LOGGER.exception("Background work failed")
            self.errored.emit(getattr(exc, "message", None) or str(exc) or type(exc).__name__)
        finally:
            self.finished.emit()


def start_worker(
    fn: Callable[[Callable[[int, int], None]], Any], parent: QObject
) -> tuple[QThread, FunctionWorker]:
    """Move a worker onto a new thread wired quit + deleteLater, start it, return both."""
    thread = QThread(parent)
    worker = FunctionWorker(fn)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread, worker
