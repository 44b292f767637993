"""The bench's person at the counter: a recording replayed into the pipeline's microphone in real time,
with the push-to-talk key pressed before it and released after it."""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

RATE = 16_000


class ReplayMic:
    """A microphone replaying a recording in real time from begin()."""

    def __init__(self, audio: np.ndarray, block: int = 320) -> None:
        self._audio = audio
        self._block = block
        self._consumers: list[Any] = []
        self._captured: list[np.ndarray] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> ReplayMic:
        return self

    def close(self) -> None:
        self._stop.set()

    def add_consumer(self, callback: Any, *, always: bool = False) -> None:
        self._consumers.append(callback)

    def remove_consumer(self, callback: Any) -> None:
        self._consumers = [c for c in self._consumers if c is not callback]

    def begin(self) -> None:
        self._captured = []
        self._stop.clear()

        def feed() -> None:
            started = time.monotonic()
            for index, start in enumerate(range(0, len(self._audio), self._block)):
                if self._stop.is_set():
                    return
                delay = started + index * self._block / RATE - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                frame = self._audio[start : start + self._block]
                self._captured.append(frame)
                for consumer in list(self._consumers):
                    consumer(frame)

        self._thread = threading.Thread(target=feed, name="replay-mic", daemon=True)
        self._thread.start()

    def end(self, *, timeout: float = 1.0) -> np.ndarray:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        return np.concatenate(self._captured) if self._captured else np.zeros(0, dtype=np.float32)


@dataclass
class PttTurn:
    result: Any
    """The pipeline's TurnResult."""
    events: list[Any]
    """The turn's trace events, in order."""
    release_to_first_audio_s: float | None
    """Key released → the answer's first audio (None: nothing was spoken)."""


async def push_to_talk(pipeline: Any, audio: np.ndarray, hold_after_s: float) -> PttTurn:
    """Press, speak the clip in real time, keep the key down `hold_after_s` after it, release."""
    events: list[Any] = []
    first_at: list[float] = []

    def listen(event: Any) -> None:
        events.append(event)
        if event.type == "tts_first_audio" and not first_at:
            first_at.append(time.monotonic())

    pipeline.add_listener(listen)
    pipeline.mic = ReplayMic(np.concatenate([audio, np.zeros(int(hold_after_s * RATE) + RATE, np.float32)]))
    pipeline._mic_started = False
    try:
        await pipeline.press()
        await asyncio.sleep(len(audio) / RATE + hold_after_s)
        released = time.monotonic()
        result = await pipeline.release()
    finally:
        pipeline.remove_listener(listen)
    return PttTurn(result, events, first_at[0] - released if first_at else None)
