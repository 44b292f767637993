"""The voice-activity interface: `VAD.stream()` for live audio, `probabilities()` / `segments()` /
`trim_silence()` for whole signals, and the `SpeechStream` every engine's stream is. Engines
implement `_stream_impl()` and `_probabilities_impl()` only (like STT's `_transcribe_impl`)."""

from __future__ import annotations

import abc
import dataclasses
from collections.abc import AsyncIterator
from typing import Protocol

import numpy as np

from engine.errors import VadError
from engine.vad.options import SpeechBoundary, VadOptions
from engine.vad.trim import Trimmed, speech_segments, trim


class SpeechStream(Protocol):
    """A streaming detector: push 16 kHz frames from any thread, read boundaries with `async for`."""

    last_probability: float

    @property
    def in_speech(self) -> bool: ...

    def push_frame(self, samples: np.ndarray) -> list[SpeechBoundary]: ...

    def end_input(self) -> list[SpeechBoundary]: ...

    async def aclose(self) -> None: ...

    def __aiter__(self) -> AsyncIterator[SpeechBoundary]: ...


def as_samples(audio: np.ndarray) -> np.ndarray:
    """Whole-signal input checked: 1-D float32 mono at 16 kHz."""
    samples = np.asarray(audio, dtype=np.float32)
    if samples.ndim == 2 and 1 in samples.shape:
        samples = samples.reshape(-1)
    if samples.ndim != 1:
        raise VadError(f"audio must be mono (1-D), got shape {samples.shape}")
    return samples


class VAD(abc.ABC):
    """A voice activity detector with its default options."""

    def __init__(self, options: VadOptions | None = None) -> None:
        self.options = options or VadOptions()

    def update_options(self, **changes: object) -> None:
        """Change options for streams created from now on (e.g. min_silence_ms=600)."""
        self.options = dataclasses.replace(self.options, **changes)  # type: ignore[arg-type]

    def stream(self, options: VadOptions | None = None) -> SpeechStream:
        """A new streaming detector with its own state."""
        return self._stream_impl(options or self.options)

    def probabilities(self, audio: np.ndarray) -> np.ndarray:
        """Speech probability per 32 ms frame of a whole 16 kHz signal (blocking)."""
        return self._probabilities_impl(as_samples(audio))

    def segments(self, audio: np.ndarray, options: VadOptions | None = None) -> list[tuple[float, float]]:
        """(start_s, end_s) of the speech in a whole 16 kHz signal (blocking)."""
        return speech_segments(self.probabilities(audio), options or self.options)

    def trim_silence(self, audio: np.ndarray, options: VadOptions | None = None) -> Trimmed:
        """Cut leading/trailing silence (blocking)."""
        samples = as_samples(audio)
        return trim(samples, self.probabilities(samples), options or self.options)

    @abc.abstractmethod
    def _stream_impl(self, options: VadOptions) -> SpeechStream:
        """Engine-specific streaming detector."""

    @abc.abstractmethod
    def _probabilities_impl(self, audio: np.ndarray) -> np.ndarray:
        """Engine-specific per-frame probabilities of checked float32 mono audio."""
