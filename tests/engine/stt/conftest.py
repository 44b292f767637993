"""STT test fixtures: speech made by the project's own Piper voice (joe), resampled to 16 kHz."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

Speak = Callable[[str], np.ndarray]


@pytest.fixture(scope="session")
def speak(installed_models: Path) -> Speak:
    """speak(text) -> float32 mono 16 kHz speech by en_US-joe-medium (cached per text)."""
    import soxr
    from piper import PiperVoice, SynthesisConfig

    import models

    voice = PiperVoice.load(models.resolve("en_US-joe-medium"))
    # No generator noise: Piper's VITS samples noise, so without this the audio (and the
    # transcript) would differ from run to run.
    config = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0)
    cache: dict[str, np.ndarray] = {}

    def _speak(text: str) -> np.ndarray:
        if text not in cache:
            chunks = list(voice.synthesize(text, config))
            audio = np.concatenate([c.audio_float_array for c in chunks])
            cache[text] = soxr.resample(audio, chunks[0].sample_rate, 16_000).astype(np.float32)
        return cache[text]

    return _speak


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * 16_000), np.float32)


def plate_in(text: str) -> str:
    """Letters and digits only, upper case: "Plate AB 123 CD" -> "PLATEAB123CD"."""
    return "".join(c for c in text.upper() if c.isalnum())
