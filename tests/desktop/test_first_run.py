"""First run: the missing default models are installed behind a progress dialog, off the UI thread."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from desktop.model_install_dialog import install_missing_models, missing_default_models


def test_first_run_installs_missing_models_with_a_live_progress_dialog(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OFFICINA_MODELS_DIR", str(tmp_path / "models"))
    assert missing_default_models() == ["whisper-base", "en_US-joe-medium", "kokoro-82m"]
    seen: list[int] = []
    beats: list[float] = []

    def look() -> None:  # runs on the UI thread while the install thread works
        beats.append(time.perf_counter())
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append(widget.value())

    probe = QTimer()
    probe.setInterval(20)
    probe.timeout.connect(look)
    probe.start()
    try:
        assert install_missing_models() is None
    finally:
        probe.stop()
    assert missing_default_models() == []
    assert seen and max(seen) > 0  # the bar moved, and the UI kept turning while it did
    assert len(beats) > 5
