"""Shared fixtures: every test runs with its own OFFICINA_HOME and the file secrets backend."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def officina_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty OFFICINA_HOME per test, so no test touches the user's real data or keyring."""
    home = tmp_path / "officina-home"
    monkeypatch.setenv("OFFICINA_HOME", str(home))
    monkeypatch.setenv("OFFICINA_KEYRING", "file")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    return home
