"""Audio value types and small sample helpers shared by capture, playback, VAD and TTS."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np

_LOGGER = logging.getLogger(__name__)

STT_RATE = 16_000
"""The engine's rate for speech-to-text and VAD: float32 mono at 16 kHz."""

_SILENCE_DBFS = -120.0


@dataclass(frozen=True, slots=True)
class AudioChunk:
    """Mono float32 samples in [-1, 1] with their own sample rate."""

    samples: np.ndarray
    sample_rate: int

    @property
    def duration_s(self) -> float:
        """Length in seconds."""
        return len(self.samples) / float(self.sample_rate)


def to_mono_float32(samples: np.ndarray) -> np.ndarray:
    """Downmix (frames, channels) to mono and convert to float32 (integers scaled to [-1, 1])."""
    data = np.asarray(samples)
    if np.issubdtype(data.dtype, np.integer):
        info = np.iinfo(data.dtype)
        scale = float(max(abs(info.min), info.max))
        offset = 0.0 if info.min < 0 else (info.max + 1) / 2.0
        data = (data.astype(np.float32) - offset) / scale
    data = data.astype(np.float32, copy=False)
    if data.ndim == 2:
        data = data.mean(axis=1, dtype=np.float32) if data.shape[1] > 1 else data[:, 0]
    return np.ascontiguousarray(data, dtype=np.float32)


def resample(samples: np.ndarray, in_rate: int, out_rate: int) -> np.ndarray:
    """Resample a whole mono float32 signal with soxr (no-op when the rates match)."""
    if in_rate == out_rate or len(samples) == 0:
        return np.asarray(samples, dtype=np.float32)
    import soxr

    return soxr.resample(np.asarray(samples, dtype=np.float32), in_rate, out_rate).astype(np.float32)


def rms_dbfs(samples: np.ndarray) -> float:
    """RMS level in dBFS (a full-scale sine is about -3 dBFS); silence is -120."""
    if len(samples) == 0:
        return _SILENCE_DBFS
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    if rms <= 1e-6:
        return _SILENCE_DBFS
    return max(_SILENCE_DBFS, 20.0 * float(np.log10(rms)))
