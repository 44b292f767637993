"""The system tray icon: the app keeps running (and the global hotkey keeps working) when minimised."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop.app_icon import app_icon
from i18n.ui import tr

_LOGGER = logging.getLogger(__name__)


class Tray(QObject):
    """Wraps QSystemTrayIcon when the desktop offers a tray; `available` is False otherwise."""

    show_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self._icon: QSystemTrayIcon | None = None
        self._told = False
        if not self.available:
            return
        self._icon = QSystemTrayIcon(app_icon(), self)
        menu = QMenu()
        menu.addAction(tr("menu.show"), self.show_requested.emit)
        menu.addAction(tr("menu.quit"), self.quit_requested.emit)
        self._menu = menu
        self._icon.setContextMenu(menu)
        self._icon.setToolTip(tr("app.title"))
        self._icon.activated.connect(self._activated)
        self._icon.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_requested.emit()

    def set_listening(self, listening: bool) -> None:
        if self._icon is not None:
            self._icon.setIcon(app_icon(listening))

    def notify_minimised(self) -> None:
        """Say once that the app keeps running in the tray."""
        if self._icon is not None and not self._told:
            self._told = True
            self._icon.showMessage(
                tr("app.title"), tr("tray.minimised"), QSystemTrayIcon.MessageIcon.Information, 4000
            )
