"""The speech-to-text interface: `STT.transcribe()` for whole utterances, `start_stream()` for
"start before release", and the `Transcript` every engine returns."""

from __future__ import annotations

import abc
import logging
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import numpy as np

from engine.errors import OfficinaError, SttError

_LOGGER = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
EngineName = Literal["local", "cloud"]


@dataclass
class Segment:
    """A piece of transcript with whisper's confidence scores; `reason` is set when it was dropped."""

    text: str
    start_s: float = 0.0
    """Start within the utterance, seconds."""
    end_s: float = 0.0
    """End within the utterance, seconds."""
    avg_logprob: float | None = None
    no_speech_prob: float | None = None
    compression_ratio: float | None = None
    reason: str | None = None
    """Why the segment was dropped as a likely hallucination (None when kept)."""


@dataclass
class Transcript:
    """The result of one utterance."""

    text: str
    language: str | None
    engine: EngineName
    segments: list[Segment] = field(default_factory=list)
    dropped_segments: list[Segment] = field(default_factory=list)
    audio_s: float = 0.0
    """Length of the audio, seconds."""
    elapsed_s: float = 0.0
    """Wall time of `transcribe()` (or of `finish()` for a stream), seconds."""
    alternatives: dict[str, str] = field(default_factory=dict)
    """Hybrid: every engine's text that finished in time, by engine."""
    won_by: EngineName | None = None
    """Hybrid: which engine's text is `text`."""
    timings: dict[str, float] = field(default_factory=dict)
    """Per-step wall times in seconds (e.g. "features_s", "encode_s", "decode_s", "cloud_s")."""
    truncated: bool = False
    """True when the time or token bound cut the transcription short."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def dropped_for_trace(self) -> list[dict[str, Any]]:
        """The dropped segments in the shape of `SttFinal.dropped_segments`."""
        return [asdict(s) for s in self.dropped_segments]


@dataclass(frozen=True)
class SttCapabilities:
    """What an engine can do."""

    streaming: bool
    """`start_stream()` does useful work before `finish()` (else it only buffers)."""
    partial_results: bool
    offline: bool
    """Works without a network."""


def as_audio(audio: Any) -> np.ndarray:
    """Check and normalise input: 1-D float32 mono at 16 kHz (int16 PCM is scaled)."""
    if not isinstance(audio, np.ndarray):
        raise SttError(f"audio must be a numpy array, got {type(audio).__name__}")
    if audio.ndim == 2 and 1 in audio.shape:
        audio = audio.reshape(-1)
    if audio.ndim != 1:
        raise SttError(f"audio must be mono (1-D), got shape {audio.shape}")
    if audio.dtype == np.int16:
        return (audio.astype(np.float32) / 32768.0).copy()
    if not np.issubdtype(audio.dtype, np.floating):
        raise SttError(f"audio must be float32 samples, got {audio.dtype}")
    audio = np.asarray(audio, dtype=np.float32)
    if not np.all(np.isfinite(audio)):
        raise SttError("audio contains NaN or infinite samples")
    return audio


class STT(abc.ABC):
    """A speech-to-text engine. Callers use `transcribe()`/`start_stream()`; engines implement
    `_transcribe_impl()` only."""

    engine: EngineName = "local"
    capabilities = SttCapabilities(streaming=False, partial_results=False, offline=True)
    notice: str | None = None
    """One line for the person when the engine runs degraded (e.g. hybrid without a cloud key)."""

    async def transcribe(
        self, audio: np.ndarray, *, language: str | None = None, prompt: str | None = None
    ) -> Transcript:
        """Transcribe one utterance (float32 mono 16 kHz). `language` None means detect;
        `prompt` carries domain vocabulary (plates, makes, service names)."""
        samples = as_audio(audio)
        audio_s = len(samples) / SAMPLE_RATE
        start = time.perf_counter()
        if len(samples) == 0:
            return Transcript(text="", language=language, engine=self.engine, audio_s=0.0)
        try:
            result = await self._transcribe_impl(samples, language=language, prompt=prompt)
        except OfficinaError:
            raise
        except Exception as exc:  # a bug or an unexpected vendor error: still one clear line
            _LOGGER.exception("%s speech-to-text failed", self.engine)
            raise SttError(f"{self.engine} speech-to-text failed: {exc}") from exc
        result.audio_s = audio_s
        result.elapsed_s = time.perf_counter() - start
        _LOGGER.debug(
            "%s STT %.2f s audio in %.3f s: %r", self.engine, audio_s, result.elapsed_s, result.text
        )
        return result

    @abc.abstractmethod
    async def _transcribe_impl(
        self, audio: np.ndarray, *, language: str | None, prompt: str | None
    ) -> Transcript:
        """Engine-specific transcription of non-empty, validated audio."""

    def start_stream(self, *, language: str | None = None, prompt: str | None = None) -> SttSession:
        """Open a session fed while the person speaks; `finish()` at VAD end-of-speech gives the transcript."""
        return SttSession(self, language=language, prompt=prompt)

    async def aclose(self) -> None:  # noqa: B027 - optional hook
        """Release network clients; models stay loaded."""


class SttSession:
    """Collects audio chunks during an utterance; `finish()` transcribes them."""

    def __init__(self, stt: STT, *, language: str | None, prompt: str | None) -> None:
        self._stt = stt
        self._language = language
        self._prompt = prompt
        self._chunks: list[np.ndarray] = []
        self._finished = False

    @property
    def audio_s(self) -> float:
        return sum(len(c) for c in self._chunks) / SAMPLE_RATE

    def accept_chunk(self, chunk: np.ndarray) -> None:
        """Add float32 mono 16 kHz samples (any length)."""
        if self._finished:
            raise RuntimeError("accept_chunk() after finish()")
        self._chunks.append(as_audio(chunk))

    def audio(self) -> np.ndarray:
        return np.concatenate(self._chunks) if self._chunks else np.zeros(0, np.float32)

    async def finish(self) -> Transcript:
        """Transcribe what was collected; `elapsed_s` is measured from this call (end of speech)."""
        if self._finished:
            raise RuntimeError("finish() called twice")
        self._finished = True
        return await self._stt.transcribe(self.audio(), language=self._language, prompt=self._prompt)
