"""Push-to-talk capture for one turn: frames stream into the VAD while the key is held, and STT starts at end of speech.

At each VAD speech_end the audio so far is transcribed speculatively; if the person does not speak
again before releasing the key, that transcript is the turn's (so STT finishes around release time
instead of starting then). A new speech_start discards it. `on_transcript` hears of each speculative
transcript as soon as it is ready while the key is held (the pipeline starts the model on it), and of
each discarded one (None).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import threading
import time
from collections.abc import Callable, Coroutine
from typing import Any

import numpy as np

from engine.trace import TurnTrace, VadEvent
from engine.vad import SpeechStream

_LOGGER = logging.getLogger(__name__)

RATE = 16_000

Transcribe = Callable[[np.ndarray], Coroutine[Any, Any, Any]]


def level_0_1(rms: float) -> float:
    """An RMS amplitude as a meter value: -60 dBFS → 0, 0 dBFS → 1."""
    if rms <= 1e-6:
        return 0.0
    return max(0.0, min(1.0, (20.0 * math.log10(rms) + 60.0) / 60.0))


class SpeculativeStt:
    """STT started at an end of speech before the turn is over (the key still held, or a hands-free pause).

    Its transcript goes to `on_transcript` as soon as it is ready, unless the turn is over by then
    (`close()`); speech resuming cancels it and, when it had been reported, reports None. At the end of
    the turn `take(end_s)` hands over the task when it was started at that same end of speech.
    """

    def __init__(
        self, transcribe: Transcribe | None, on_transcript: Callable[[Any | None], None] | None
    ) -> None:
        self._transcribe = transcribe
        self._on_transcript = on_transcript
        self._task: asyncio.Task[Any] | None = None
        self._end_s: float | None = None
        self._reported: asyncio.Task[Any] | None = None
        self.closed = False

    def start(self, audio: np.ndarray, end_s: float) -> None:
        """Transcribe the speech up to this end of speech (any earlier speculation is cancelled)."""
        if self._transcribe is None:
            return
        self.cancel()
        self._end_s = end_s
        self._task = asyncio.create_task(self._transcribe(audio), name="stt-speculative")
        self._task.add_done_callback(self._transcribed)

    def _transcribed(self, task: asyncio.Task[Any]) -> None:
        if task is not self._task or self.closed or self._on_transcript is None:
            return
        if task.cancelled() or task.exception() is not None:
            return  # the failure is met again (and reported) when the turn awaits the task
        self._reported = task
        self._on_transcript(task.result())

    def cancel(self) -> None:
        """Speech resumed (or the turn is thrown away): cancel, and withdraw a reported transcript."""
        if self._task is not None:
            self._task.cancel()
            if self._reported is self._task and self._on_transcript is not None:
                self._on_transcript(None)
            self._reported = None
            self._task = None
            self._end_s = None

    def close(self) -> None:
        """The turn is over: a transcript finishing from now on is not reported (the turn awaits it)."""
        self.closed = True

    def take(self, end_s: float | None) -> asyncio.Task[Any] | None:
        """The task when it transcribes up to `end_s` (the turn's end of speech); else cancel it, None."""
        self.close()
        if self._task is not None and self._end_s == end_s:
            return self._task
        self.cancel()
        return None


class PttCapture:
    """One held key: collects 16 kHz frames (from the capture thread), runs the VAD stream, speculates STT."""

    def __init__(
        self,
        trace: TurnTrace,
        vad_stream: SpeechStream,
        transcribe: Transcribe | None,
        *,
        pad_s: float = 0.15,
        on_level: Callable[[float], None] | None = None,
        on_transcript: Callable[[Any | None], None] | None = None,
    ) -> None:
        self.trace = trace
        self._vad = vad_stream
        self._transcribe = transcribe
        self._pad_s = pad_s
        self._on_level = on_level
        self._stt = SpeculativeStt(transcribe, on_transcript)
        self.released = False
        self._frames: list[np.ndarray] = []
        self._samples = 0
        self._lock = threading.Lock()
        self._loop = asyncio.get_running_loop()
        self._events_task = asyncio.create_task(self._watch_vad(), name="ptt-vad")
        self.speech_started = False
        self.speech_start_s: float | None = None
        self.speech_end_s: float | None = None
        self.speech_end_at: float | None = None
        """Monotonic time of the last end of speech (the latency anchor)."""

    # --- capture thread ---------------------------------------------------------------------------

    def on_frame(self, frame: np.ndarray) -> None:
        """Capture-thread callback: keep the frame and run it through the VAD."""
        with self._lock:
            self._frames.append(frame)
            self._samples += len(frame)
        if self._on_level is not None and len(frame):
            peak = float(np.sqrt(np.mean(np.square(frame, dtype=np.float64))))
            self._on_level(level_0_1(peak))
        # after release() closed the stream, late frames are kept but not analysed
        with contextlib.suppress(RuntimeError):
            self._vad.push_frame(frame)

    # --- loop -------------------------------------------------------------------------------------

    def audio(self) -> np.ndarray:
        with self._lock:
            return np.concatenate(self._frames) if self._frames else np.zeros(0, dtype=np.float32)

    async def _watch_vad(self) -> None:
        async for event in self._vad:
            self.trace.emit(VadEvent(kind=event.type, at_s=event.t_s))
            if event.type == "speech_start":
                self.speech_started = True
                if self.speech_start_s is None:
                    self.speech_start_s = event.t_s
                self.speech_end_s = None
                self._stt.cancel()
            else:
                self.speech_end_s = event.t_s
                self.speech_end_at = time.monotonic()
                self._speculate(event.t_s)

    def _speculate(self, end_s: float) -> None:
        if self._transcribe is None or self.speech_start_s is None:
            return
        self._stt.start(self._cut(self.audio(), end_s), end_s)

    def _cut(self, audio: np.ndarray, end_s: float | None) -> np.ndarray:
        start_s = max(0.0, (self.speech_start_s or 0.0) - self._pad_s)
        stop = len(audio) if end_s is None else min(len(audio), int((end_s + self._pad_s) * RATE))
        return audio[int(start_s * RATE) : stop]

    async def finish(self, audio: np.ndarray) -> tuple[np.ndarray, asyncio.Task[Any] | None]:
        """Key released with `audio` (the whole capture): close the VAD and return the speech to
        transcribe plus the speculative transcription task when it is still valid."""
        self.released = True
        self._stt.close()
        await asyncio.to_thread(self._vad.end_input)
        await self._events_task
        if not self.speech_started:
            return np.zeros(0, dtype=np.float32), None
        if self.speech_end_s is None:  # still speaking at release: cut at the end of the audio
            self.speech_end_at = time.monotonic()
        speech = self._cut(audio, self.speech_end_s)
        return speech, self._stt.take(self.speech_end_s)

    async def aclose(self) -> None:
        self._stt.cancel()
        if not self._events_task.done():
            await self._vad.aclose()
            self._events_task.cancel()
