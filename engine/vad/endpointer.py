"""Hands-free endpointing: VAD events turned into whole turns (start, end after silence, max length)."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from engine.vad._channel import ThreadSafeChannel
from engine.vad.base import VAD, SpeechStream
from engine.vad.onnx_model import SAMPLE_RATE
from engine.vad.options import VadOptions

_LOGGER = logging.getLogger(__name__)

_HISTORY_S = 2.0


@dataclass(frozen=True, slots=True)
class TurnEvent:
    """A hands-free turn began (`turn_start`) or is complete (`turn_end`, with its audio); with `pause_ms`,
    the person paused inside it (`pause`, with the audio so far) or went on after a pause (`resume`)."""

    type: Literal["turn_start", "turn_end", "pause", "resume"]
    t_s: float
    """Seconds into the endpointer's audio: speech onset (start, resume) or silence onset / cut point
    (end, pause)."""
    reason: Literal["speech", "silence", "max_length", "end_of_input"] = "speech"
    audio: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    """For turn_end: the turn's 16 kHz audio from onset - pad to end + pad. For pause: the same cut at the
    pause (the turn's audio if the person says nothing more)."""


class Endpointer:
    """Push 16 kHz frames continuously; emits a turn_start at speech onset and a turn_end after
    `min_silence_ms` of silence or `max_utterance_s` of speech. Read events with `async for`.

    With `pause_ms` (shorter than `min_silence_ms`), a second detector reports each pause of that length
    inside a turn (`pause`) and speech after it (`resume`), so work on the turn can start before its end.
    """

    def __init__(
        self,
        vad: VAD,
        *,
        options: VadOptions | None = None,
        max_utterance_s: float = 20.0,
        pause_ms: int | None = None,
    ) -> None:
        self._vad = vad
        self._options = options or vad.options
        self._max_samples = int(max_utterance_s * SAMPLE_RATE)
        self._stream: SpeechStream = vad.stream(self._options)
        self._pause_options: VadOptions | None = None
        if pause_ms is not None and pause_ms < self._options.min_silence_ms:
            self._pause_options = dataclasses.replace(self._options, min_silence_ms=pause_ms)
        self._pauses: SpeechStream | None = vad.stream(self._pause_options) if self._pause_options else None
        self._paused = False
        self._offset = 0  # samples of the current VadStream's timeline before this endpointer's t=0
        self._buffer = np.zeros(0, dtype=np.float32)
        self._buffer_start = 0  # absolute sample index of _buffer[0]
        self._total = 0
        self._turn_start: int | None = None
        self._channel: ThreadSafeChannel[TurnEvent] = ThreadSafeChannel()

    @property
    def in_turn(self) -> bool:
        """True between turn_start and turn_end."""
        return self._turn_start is not None

    def push_frame(self, samples: np.ndarray) -> list[TurnEvent]:
        """Add audio; returns (and emits) the turn events it completes."""
        samples = np.asarray(samples, dtype=np.float32).reshape(-1)
        self._buffer = np.concatenate([self._buffer, samples])
        self._total += len(samples)
        out: list[TurnEvent] = []
        for event in self._pauses.push_frame(samples) if self._pauses is not None else []:
            at = self._offset + int(event.t_s * SAMPLE_RATE)
            if self._turn_start is None:
                continue
            if event.type == "speech_end" and not self._paused:
                self._paused = True
                out.append(TurnEvent("pause", at / SAMPLE_RATE, "silence", self._cut(self._turn_start, at)))
            elif event.type == "speech_start" and self._paused:
                self._paused = False
                out.append(TurnEvent("resume", at / SAMPLE_RATE))
        for event in self._stream.push_frame(samples):
            at = self._offset + int(event.t_s * SAMPLE_RATE)
            if event.type == "speech_start" and self._turn_start is None:
                out.append(self._begin(at))
            elif event.type == "speech_end" and self._turn_start is not None:
                out.append(self._finish(at, "silence"))
        if self._turn_start is not None and self._total - self._turn_start >= self._max_samples:
            out.append(self._finish(self._total, "max_length", pad=False))
            self._stream = self._vad.stream(self._options)  # a fresh detector: speech must restart
            if self._pause_options is not None:
                self._pauses = self._vad.stream(self._pause_options)
            self._offset = self._total
        self._trim_history()
        for turn_event in out:
            self._channel.send(turn_event)
        return out

    def end_input(self) -> list[TurnEvent]:
        """No more audio: an open turn ends here."""
        out: list[TurnEvent] = []
        for event in self._stream.end_input():
            if event.type == "speech_start" and self._turn_start is None:
                out.append(self._begin(self._offset + int(event.t_s * SAMPLE_RATE)))
        if self._turn_start is not None:
            out.append(self._finish(self._total, "end_of_input", pad=False))
        for turn_event in out:
            self._channel.send(turn_event)
        self._channel.close()
        return out

    def __aiter__(self) -> ThreadSafeChannel[TurnEvent]:
        return self._channel

    def _pad(self) -> int:
        return int(self._options.speech_pad_ms * SAMPLE_RATE / 1000)

    def _begin(self, at: int) -> TurnEvent:
        self._turn_start = max(self._buffer_start, at - self._pad())
        _LOGGER.debug("Turn start at %.3f s", at / SAMPLE_RATE)
        return TurnEvent("turn_start", at / SAMPLE_RATE)

    def _finish(
        self, at: int, reason: Literal["silence", "max_length", "end_of_input"], *, pad: bool = True
    ) -> TurnEvent:
        start = self._turn_start if self._turn_start is not None else at
        audio = self._cut(start, at, pad=pad)
        self._turn_start = None
        self._paused = False
        _LOGGER.debug("Turn end at %.3f s (%s, %.2f s)", at / SAMPLE_RATE, reason, len(audio) / SAMPLE_RATE)
        return TurnEvent("turn_end", at / SAMPLE_RATE, reason, audio)

    def _cut(self, start: int, at: int, *, pad: bool = True) -> np.ndarray:
        """The buffered audio from `start` to `at` (+ pad when it has arrived), absolute sample indexes."""
        end = min(self._total, at + (self._pad() if pad else 0))
        return self._buffer[start - self._buffer_start : end - self._buffer_start].copy()

    def _trim_history(self) -> None:
        keep_from = self._total - int(_HISTORY_S * SAMPLE_RATE)
        if self._turn_start is not None:
            keep_from = min(keep_from, self._turn_start)
        drop = keep_from - self._buffer_start
        if drop > 0:
            self._buffer = self._buffer[drop:]
            self._buffer_start += drop
