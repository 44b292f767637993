"""`officina bench startup`: a bundle-free cold start of the app — window shown, then models warm."""

from __future__ import annotations

import logging
import os
import time
from typing import Any

_LOGGER = logging.getLogger(__name__)

READY_TIMEOUT_S = 180.0


def run() -> dict[str, Any]:
    """Start the app as `officina` does (without the first-run installer), measure, close it.

    Returns {"window_shown_ms", "models_warm_ms", "import_ms", "ok", "error"}: milliseconds from the
    call (imports included) to the main window being exposed, and to the engine being ready to take a
    turn (models loaded).
    """
    t0 = time.perf_counter()
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest

    from desktop.app import application, build_window
    from desktop.qt_wait import wait_until
    from engine.config import load_settings

    import_ms = (time.perf_counter() - t0) * 1000
    app = application()
    window, bridge = build_window(load_settings(), use_tray=False)
    window.show()
    QTest.qWaitForWindowExposed(window, 10_000)
    app.processEvents()
    shown_ms = (time.perf_counter() - t0) * 1000

    failures: list[str] = []
    bridge.failed.connect(failures.append)  # list.append is safe from the engine thread
    bridge.start()
    warm_ms: float | None = None
    try:
        wait_until(lambda: window.ptt.isEnabled() or failures, READY_TIMEOUT_S, "the engine")
        if window.ptt.isEnabled():
            warm_ms = (time.perf_counter() - t0) * 1000
    except TimeoutError:
        failures.append("engine not ready in time")
    bridge.shutdown()
    window.close()
    app.processEvents()
    return {
        "import_ms": round(import_ms, 1),
        "window_shown_ms": round(shown_ms, 1),
        "models_warm_ms": round(warm_ms, 1) if warm_ms is not None else None,
        "ok": warm_ms is not None,
        "error": failures[0] if failures and warm_ms is None else None,
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run()))
