"""Wait for a condition while the Qt event loop runs (for scripts and benches, never for widgets)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer

_LOGGER = logging.getLogger(__name__)


def wait_until(predicate: Callable[[], Any], timeout: float, what: str = "condition") -> Any:
    """Run a local event loop until `predicate()` is truthy (checked every 10 ms); returns its value.

    Raises TimeoutError after `timeout` seconds. The predicate runs on the calling (UI) thread.
    """
    value = predicate()
    if value:
        return value
    loop = QEventLoop()
    found: list[Any] = []

    def check() -> None:
        result = predicate()
        if result:
            found.append(result)
            loop.quit()

    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(check)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.setInterval(int(timeout * 1000))
    deadline.timeout.connect(loop.quit)
    ticker.start()
    deadline.start()
    loop.exec()
    ticker.stop()
    deadline.stop()
    if not found:
        raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
    return found[0]
