"""`officina bench startup`: a bundle-free cold start of the app — window shown, then models warm."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path
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

    from benches.qt_wait import wait_until
    from desktop.app import application, build_window
    from engine.config import load_settings

    import_ms = (time.perf_counter() - t0) * 1000
    app = application()
    window, bridge = build_window(load_settings(), use_tray=False)
    window.show()
    QTest.qWaitForWindowExposed(window, 10_000)
    app.processEvents()
    shown_ms = (time.perf_counter() - t0) * 1000
    shown_at = time.time()

    failures: list[str] = []
    bridge.failed.connect(failures.append)  # list.append is safe from the engine thread
    bridge.start()
    warm_ms: float | None = None
    warm_at: float | None = None
    try:
        wait_until(lambda: window.ptt.isEnabled() or failures, READY_TIMEOUT_S, "the engine")
        if window.ptt.isEnabled():
            warm_ms = (time.perf_counter() - t0) * 1000
            warm_at = time.time()
    except TimeoutError:
        failures.append("engine not ready in time")
    bridge.shutdown()
    window.close()
    app.processEvents()
    result: dict[str, Any] = {
        "import_ms": round(import_ms, 1),
        "window_shown_ms": round(shown_ms, 1),
        "models_warm_ms": round(warm_ms, 1) if warm_ms is not None else None,
        "ok": warm_ms is not None,
        "error": failures[0] if failures and warm_ms is None else None,
        "window_shown_at": shown_at,
        "models_warm_at": warm_at,
    }
    bundle = bundle_path()
    if bundle is not None:
        result["bundle"] = run_bundle(bundle)
    return result


def bundle_path() -> Path | None:
    """The one-folder build (installer/build) beside this source tree, or OFFICINA_BUNDLE; None when frozen."""
    if getattr(sys, "frozen", False):
        return None
    configured = os.environ.get("OFFICINA_BUNDLE")
    folder = Path(configured) if configured else Path(__file__).resolve().parents[1] / "dist" / "officina"
    exe = folder / ("officina.exe" if os.name == "nt" else "officina")
    return exe if exe.exists() else None


def run_bundle(exe: Path) -> dict[str, Any]:
    """Cold start of the built bundle, from process spawn: window shown and models warm; its size on disk."""
    size = sum(f.stat().st_size for f in exe.parent.rglob("*") if f.is_file() and not f.is_symlink())
    spawned = time.time()
    proc = subprocess.run(
        [str(exe), "bench", "startup"], capture_output=True, text=True, timeout=READY_TIMEOUT_S + 60
    )
    figures: dict[str, Any] = {"bundle_mb": round(size / 1e6, 1), "path": str(exe.parent)}
    try:
        child = json.loads(proc.stdout[proc.stdout.index("{") :])
    except ValueError:
        return {**figures, "ok": False, "error": (proc.stderr or proc.stdout).strip()[-300:]}
    for key in ("window_shown", "models_warm"):
        at = child.get(f"{key}_at")
        figures[f"{key}_ms"] = round((at - spawned) * 1000, 1) if at else None
    figures.update(ok=bool(child.get("ok")), error=child.get("error"))
    return figures


if __name__ == "__main__":
    import json

    print(json.dumps(run()))
