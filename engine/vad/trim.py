"""Offline silence trimming of a whole utterance."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np

from engine.vad.onnx_model import SAMPLE_RATE
from engine.vad.options import Detector, SpeechBoundary, VadOptions

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Trimmed:
    """An utterance with its leading and trailing silence cut (pauses inside are kept)."""

    audio: np.ndarray
    """16 kHz mono float32: first speech onset - pad .. last speech end + pad; empty if no speech."""
    lead_s: float
    """Seconds removed at the start."""
    trail_s: float
    """Seconds removed at the end."""
    speech_s: float
    """Seconds of audio kept."""
    segments: tuple[tuple[float, float], ...] = ()
    """(start_s, end_s) of each speech segment found, in the input's time (the trace's VAD events)."""

    @property
    def has_speech(self) -> bool:
        """False for empty or silence-only input."""
        return len(self.audio) > 0


def speech_segments(probabilities: np.ndarray, options: VadOptions) -> list[tuple[float, float]]:
    """(start_s, end_s) of each speech segment found in per-frame probabilities."""
    detector = Detector(options)
    events: list[SpeechBoundary] = [e for p in probabilities if (e := detector.step(float(p))) is not None]
    if (final := detector.finish()) is not None:
        events.append(final)
    starts = [e.t_s for e in events if e.type == "speech_start"]
    ends = [e.t_s for e in events if e.type == "speech_end"]
    return list(zip(starts, ends, strict=True))


def trim(audio: np.ndarray, probabilities: np.ndarray, options: VadOptions) -> Trimmed:
    """Cut `audio` to its speech (plus `speech_pad_ms` each side) using its frame probabilities."""
    total_s = len(audio) / SAMPLE_RATE
    segments = speech_segments(probabilities, options)
    if not segments:
        return Trimmed(np.zeros(0, dtype=np.float32), lead_s=total_s, trail_s=0.0, speech_s=0.0)
    pad = options.speech_pad_ms / 1000
    start = max(0, int((segments[0][0] - pad) * SAMPLE_RATE))
    end = min(len(audio), int((segments[-1][1] + pad) * SAMPLE_RATE))
    kept = np.asarray(audio[start:end], dtype=np.float32)
    return Trimmed(
        kept,
        lead_s=start / SAMPLE_RATE,
        trail_s=(len(audio) - end) / SAMPLE_RATE,
        speech_s=len(kept) / SAMPLE_RATE,
        segments=tuple(segments),
    )
