"""VAD fixtures: the Silero model and speech made by the project's own Piper voice."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from engine.audio import STT_RATE, read_audio
from engine.tts import speech_wav
from engine.vad import SileroVad

LEAD_S = 1.0
TRAIL_S = 1.5


@dataclass(frozen=True)
class PaddedSpeech:
    """Speech with known silence around it; `start_s`/`end_s` are the true boundaries."""

    audio: np.ndarray
    start_s: float
    end_s: float


@pytest.fixture(scope="session")
def silero() -> SileroVad:
    return SileroVad.load()


@pytest.fixture(scope="session")
def padded_speech(installed_models: Path, tmp_path_factory: pytest.TempPathFactory) -> PaddedSpeech:
    import models

    wav = speech_wav(
        "Book an oil change for the grey Panda, plate AB 123 CD, next Wednesday morning.",
        tmp_path_factory.mktemp("vad") / "speech.wav",
        voice_path=models.resolve("en_US-joe-medium"),
    )
    speech = read_audio(wav)
    # True boundaries: first/last 10 ms window whose level is within 40 dB of the speech peak.
    windows = speech[: len(speech) // 160 * 160].reshape(-1, 160)
    level = np.sqrt(np.mean(windows**2, axis=1))
    voiced = np.nonzero(level > level.max() * 0.01)[0]
    first, last = voiced[0] * 160, (voiced[-1] + 1) * 160
    audio = np.concatenate(
        [np.zeros(int(LEAD_S * STT_RATE), np.float32), speech, np.zeros(int(TRAIL_S * STT_RATE), np.float32)]
    )
    return PaddedSpeech(audio, LEAD_S + first / STT_RATE, LEAD_S + last / STT_RATE)
