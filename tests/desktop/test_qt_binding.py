"""Guard against a Qt binding that drops references on void calls (PySide6 6.12.0 on Python 3.11 did:
the app died with "none_dealloc" after a few thousand repaints)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QPushButton


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_keep_the_reference_count_of_none(qapp) -> None:
    button = QPushButton()
    before = sys.getrefcount(None)
    for _ in range(500):
        QCoreApplication.processEvents()
        QTimer.singleShot(0, lambda: None)
        button.setText("x")
    QCoreApplication.processEvents()
    assert sys.getrefcount(None) - before > -100
