"""Run one blocking function on a QThread (superqt's worker pattern): returned / errored / progress."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

_LOGGER = logging.getLogger(__name__)


class FunctionWorker(QObject):
    """Calls `fn(progress)` in its thread; `progress(done, total)` may be called from there.

    Connect the signals to methods of QObjects living in the UI thread (they are then queued);
    a plain function or lambda would run in the worker's thread.
    """

    returned = Signal(object)
    errored = Signal(str)
    progress = Signal(int)
    """Progress in thousandths (0..1000)."""
    finished = Signal()

    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self._fn = fn

    @Slot()
    def run(self) -> None:
        try:
            self.returned.emit(self._fn(self._progress))
        except Exception as exc:  # turned into a signal, as superqt's WorkerBase.run does
            _LOGGER.exception("Background work failed")
            self.errored.emit(getattr(exc, "message", None) or str(exc) or type(exc).__name__)
        finally:
            self.finished.emit()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.emit(max(0, min(1000, int(done * 1000 / total))))


def start_worker(
    fn: Callable[[Callable[[int, int], None]], Any], parent: QObject
) -> tuple[QThread, FunctionWorker]:
    """Move a worker onto a new thread (a child of `parent`) wired finished → quit + deleteLater, start it.

    The caller must `thread.wait()` before `parent` is destroyed.
    """
    thread = QThread(parent)
    worker = FunctionWorker(fn)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.finished.connect(worker.deleteLater)
    thread.start()
    return thread, worker
