"""Playback of TTS chunks: a real output device (`Player`) or a WAV file (`FileSink`), same interface."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from engine.audio import _sd
from engine.audio._pullqueue import PullQueue
from engine.audio.chunk import AudioChunk, resample
from engine.audio.devices import resolve_device
from engine.audio.files import write_wav
from engine.errors import AudioError

_LOGGER = logging.getLogger(__name__)

_POLL_S = 0.01


class AudioSink(Protocol):
    """Where spoken audio goes: `play` enqueues, `stop` silences at once (barge-in), `close` releases it."""

    @property
    def playing(self) -> bool: ...

    def play(self, chunk: AudioChunk) -> None: ...

    def stop(self) -> None: ...

    async def wait_done(self) -> None: ...

    def close(self) -> None: ...


class Player:
    """Plays chunks on an output device; the stream opens at the first chunk at the device's rate.

    The callback pulls small blocks (10 ms by default) from a `PullQueue`, so `stop()` is heard
    within one block plus the device latency (`latency_s`).
    """

    def __init__(self, *, device: int | str | None = None, block_ms: int = 10) -> None:
        self._device = device
        self._block_ms = block_ms
        self._queue = PullQueue()
        self._stream: Any = None
        self._lock = threading.Lock()
        self.sample_rate = 0
        self.channels = 0
        self.underflows = 0

    @property
    def latency_s(self) -> float:
        """The output stream's reported latency (0 before the first chunk)."""
        return float(self._stream.latency) if self._stream is not None else 0.0

    @property
    def playing(self) -> bool:
        """True while queued audio remains to be played."""
        return self._queue.pending > 0

    @property
    def played_samples(self) -> int:
        """Samples (at the device rate) handed to the device so far."""
        return self._queue.pulled_samples

    def open(self) -> Player:
        """Open the output stream now (blocking, tens of ms) so the first `play()` does not pay for it."""
        self._ensure_stream()
        return self

    def play(self, chunk: AudioChunk) -> None:
        """Queue a chunk; resampled to the device's rate if needed. Opens the stream on first use."""
        self._ensure_stream()
        self._queue.put(resample(chunk.samples, chunk.sample_rate, self.sample_rate))

    def stop(self) -> None:
        """Barge-in: drop everything queued; the callback outputs silence from its next block. Any thread."""
        self._queue.clear()

    async def wait_done(self) -> None:
        """Wait until the queue has been played out."""
        while self.playing:
            await asyncio.sleep(_POLL_S)

    def close(self) -> None:
        """Stop and close the output stream."""
        with self._lock:
            stream, self._stream = self._stream, None
        if stream is not None:
            stream.stop()
            stream.close()

    def _ensure_stream(self) -> None:
        with self._lock:
            if self._stream is not None:
                return
            sd = _sd.sounddevice()
            info = resolve_device(self._device, "output")
            self.sample_rate = int(info["default_samplerate"])
            self.channels = max(1, min(2, int(info["max_output_channels"])))
            try:
                stream = sd.OutputStream(
                    device=self._device,
                    samplerate=self.sample_rate,
                    channels=self.channels,
                    dtype="float32",
                    blocksize=int(self.sample_rate * self._block_ms / 1000),
                    latency="low",
                    callback=self._callback,
                )
                stream.start()
            except sd.PortAudioError as err:
                raise AudioError(
                    f"Could not open the speaker ({info.get('name', '?')}): {err}", kind="audio.speaker_busy"
                ) from err
            self._stream = stream
            _LOGGER.info("Playback on %s at %d Hz", info.get("name"), self.sample_rate)

    def _callback(self, outdata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        if status and status.output_underflow:
            self.underflows += 1
        block = self._queue.pull(frames)
        outdata[:] = block[:, None]


class FileSink:
    """A sink without a sound card: collects what is "played" and writes it as a WAV.

    With `realtime=True` a thread consumes the queue at the audio's own pace in `block_ms`
    blocks, so `stop()` behaves as on a device (tests of barge-in, replays). `pace` > 1 plays that
    many times faster than real time, still block by block (`pace` can change while it plays): a
    test that needs an answer to be playing for a while, not for its whole length.
    """

    def __init__(
        self, path: Path | None = None, *, realtime: bool = False, block_ms: int = 10, pace: float = 1.0
    ) -> None:
        self.path = path
        self.sample_rate = 0
        self._realtime = realtime
        self._block_ms = block_ms
        self.pace = pace
        self._queue = PullQueue()
        self._out: list[np.ndarray] = []
        self._out_len = 0
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = threading.Event()

    @property
    def playing(self) -> bool:
        """True while queued audio remains to be played."""
        return self._queue.pending > 0

    @property
    def played_samples(self) -> int:
        """Samples of audio "played" so far (trailing silence of real-time blocks excluded)."""
        return self._queue.pulled_samples if self._realtime else self._out_len

    @property
    def audio(self) -> np.ndarray:
        """Everything played so far, float32 mono at `sample_rate`."""
        with self._lock:
            return np.concatenate(self._out) if self._out else np.zeros(0, dtype=np.float32)

    def play(self, chunk: AudioChunk) -> None:
        """Queue (real time) or append (immediate) a chunk; later chunks follow the first chunk's rate."""
        if not self.sample_rate:
            self.sample_rate = chunk.sample_rate
        samples = resample(chunk.samples, chunk.sample_rate, self.sample_rate)
        if not self._realtime:
            self._append(samples)
            return
        self._queue.put(samples)
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="file-sink", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Barge-in: drop everything not yet played."""
        self._queue.clear()

    async def wait_done(self) -> None:
        """Wait until the queue has been played out."""
        while self.playing:
            await asyncio.sleep(_POLL_S)

    def write(self, path: Path | None = None) -> Path:
        """Write what was played to `path` (or the sink's own path) as 16-bit WAV."""
        target = path or self.path
        if target is None:
            raise RuntimeError("FileSink.write() needs a path")
        return write_wav(target, self.audio, self.sample_rate or 16_000)

    def close(self) -> None:
        """Stop the real-time thread and write the WAV if the sink has a path."""
        self._closed.set()
        if self._thread is not None:
            self._thread.join(timeout=1)
        if self.path is not None:
            self.write()

    def _append(self, samples: np.ndarray) -> None:
        with self._lock:
            self._out.append(np.asarray(samples, dtype=np.float32))
            self._out_len += len(samples)

    def _run(self) -> None:
        deadline = time.monotonic()
        while not self._closed.is_set():
            pace = max(self.pace, 1e-3)
            block = max(1, int(self.sample_rate * self._block_ms / 1000 * pace))
            period = block / (self.sample_rate * pace)
            before = self._queue.pulled_samples
            data = self._queue.pull(block)
            played = self._queue.pulled_samples - before
            if played:
                self._append(data[:played])
            deadline += period
            delay = deadline - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            else:
                deadline = time.monotonic()
