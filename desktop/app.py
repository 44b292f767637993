"""`uv run officina` with no subcommand: the counter app (first-run model install, window, tray, hotkey)."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.app_icon import app_icon
from desktop.engine_bridge import EngineBridge
from desktop.main_window import MainWindow
from desktop.theme import STYLE_SHEET
from engine.config import Settings, load_settings
from i18n.dates import warm_up
from i18n.ui import set_language, tr

_LOGGER = logging.getLogger(__name__)


def application() -> QApplication:
    """The QApplication (created once), styled."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(tr("app.title"))
    app.setOrganizationName("Officina")
    app.setStyleSheet(STYLE_SHEET)
    app.setWindowIcon(app_icon())
    return app


def build_window(
    settings: Settings, *, use_tray: bool = True, **bridge_kwargs: Any
) -> tuple[MainWindow, EngineBridge]:
    """The main window and its (not yet started) engine bridge."""
    set_language(settings.language)
    # Dates and numbers are formatted on the UI thread: load their locale data beside it, not mid-turn.
    threading.Thread(target=warm_up, name="i18n-warm-up", daemon=True).start()
    bridge = EngineBridge(settings, **bridge_kwargs)
    window = MainWindow(bridge, settings, use_tray=use_tray)
    return window, bridge


def _quit_on_signals(app: QApplication) -> QTimer:
    """Ctrl+C and SIGTERM (logout, service stop) close the app cleanly: the engine thread is stopped
    before Qt tears down, instead of Qt aborting with a running QThread. Python only runs signal
    handlers when it has control, so a light timer hands it control a few times a second."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: app.quit())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


def run_app() -> int:
    """Open the app on the configured (by default the demo) workshop; returns the exit code."""
    from desktop.model_install_dialog import install_missing_models

    app = application()
    settings = load_settings()
    set_language(settings.language)
    install_error = install_missing_models()
    window, bridge = build_window(settings)
    if install_error:
        window.show_failure(install_error)
    window.show()
    window.start_hotkey()
    bridge.start()
    _quit_on_signals(app)
    try:
        return int(app.exec())
    finally:
        window.hotkey.stop()
        bridge.shutdown()
