"""TTS fixtures: the joe voice installed through the models package."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.tts import PiperTTS


@pytest.fixture(scope="session")
def joe_path(installed_models: Path) -> Path:
    import models

    return models.resolve("en_US-joe-medium")


@pytest.fixture(scope="session")
def joe(joe_path: Path) -> PiperTTS:
    return PiperTTS.load(joe_path)
