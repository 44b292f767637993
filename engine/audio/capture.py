"""Microphone capture at the device's native rate, one resample to 16 kHz mono, with pre-roll."""

from __future__ import annotations

import collections
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, Protocol

import numpy as np

from engine.audio import _sd
from engine.audio.chunk import STT_RATE, rms_dbfs, to_mono_float32
from engine.audio.devices import resolve_device
from engine.errors import AudioError

_LOGGER = logging.getLogger(__name__)

FrameConsumer = Callable[[np.ndarray], object]
"""Gets each 16 kHz frame on the worker thread; what it returns is ignored (the VAD returns its events)."""
LevelCallback = Callable[[float], None]


class Microphone(Protocol):
    """An always-open input the pipeline cuts turns from: `begin()`/`end()` around push-to-talk,
    consumers for frames as they come (the VAD, the level meter, hands-free)."""

    def start(self) -> object: ...

    def close(self) -> None: ...

    def begin(self) -> None: ...

    def end(self, *, timeout: float = 1.0) -> np.ndarray: ...

    def add_consumer(self, callback: FrameConsumer, *, always: bool = False) -> None: ...

    def remove_consumer(self, callback: FrameConsumer) -> None: ...


class _Flush:
    """Marker put in the raw queue: the worker sets `done` once everything before it is processed."""

    def __init__(self) -> None:
        self.done = threading.Event()


class MicCapture:
    """Always-on input stream; `begin()`/`end()` cut an utterance that includes ~300 ms of pre-roll.

    The PortAudio callback only copies the block into a queue (it never blocks). A worker thread
    downmixes, resamples once to 16 kHz with a streaming soxr resampler, keeps the pre-roll ring
    buffer, reports the level and hands 16 kHz frames to consumers.
    """

    def __init__(
        self,
        *,
        device: int | str | None = None,
        preroll_s: float = 0.3,
        block_ms: int = 20,
        on_level: LevelCallback | None = None,
    ) -> None:
        self._device = device
        self._preroll_samples = int(preroll_s * STT_RATE)
        self._block_ms = block_ms
        self._on_level = on_level
        self._raw: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._ring: collections.deque[np.ndarray] = collections.deque()
        self._ring_len = 0
        self._captured: list[np.ndarray] | None = None
        self._consumers: list[tuple[FrameConsumer, bool]] = []
        self._stream: Any = None
        self._worker: threading.Thread | None = None
        self._resampler: Any = None
        self.native_rate = 0
        self.native_channels = 0
        self.overflows = 0
        self.received_samples = 0
        """16 kHz samples received since `start()` (the device may take a moment to deliver the first)."""

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self) -> MicCapture:
        """Open the input stream at the device's native rate and channels and start listening."""
        if self._stream is not None:
            return self
        import soxr

        sd = _sd.sounddevice()
        info = resolve_device(self._device, "input")
        self.native_rate = int(info["default_samplerate"])
        self.native_channels = max(1, min(2, int(info["max_input_channels"])))
        self._resampler = soxr.ResampleStream(self.native_rate, STT_RATE, 1, dtype="float32", quality="HQ")
        try:
            self._stream = sd.InputStream(
                device=self._device,
                samplerate=self.native_rate,
                channels=self.native_channels,
                dtype="float32",
                blocksize=int(self.native_rate * self._block_ms / 1000),
                callback=self._callback,
            )
            self._worker = threading.Thread(target=self._work, name="mic-capture", daemon=True)
            self._worker.start()
            self._stream.start()
        except sd.PortAudioError as err:
            self._stream = None
            self._raw.put(None)
            raise AudioError(
                f"Could not open the microphone ({info.get('name', '?')}): {err}",
                kind="audio.microphone_busy",
            ) from err
        _LOGGER.info(
            "Capture from %s at %d Hz, %d ch", info.get("name"), self.native_rate, self.native_channels
        )
        return self

    def close(self) -> None:
        """Stop the stream and the worker thread."""
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.stop()
            stream.close()
        if self._worker is not None:
            self._raw.put(None)
            self._worker.join(timeout=2)
            self._worker = None

    def __enter__(self) -> MicCapture:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- utterance -----------------------------------------------------------------------------
    @property
    def capturing(self) -> bool:
        """True between `begin()` and `end()`."""
        return self._captured is not None

    def begin(self) -> None:
        """Key pressed: start an utterance with the pre-roll already buffered."""
        with self._lock:
            preroll = list(self._ring)
            self._captured = list(preroll)
            consumers = [cb for cb, always in self._consumers if not always]
        for frame in preroll:
            for cb in consumers:
                self._safe_call(cb, frame)

    def end(self, *, timeout: float = 1.0) -> np.ndarray:
        """Key released: return the utterance as 16 kHz mono float32 (pre-roll included)."""
        self._drain(timeout)
        with self._lock:
            captured, self._captured = self._captured, None
        if captured is None:
            raise RuntimeError("MicCapture.end() without begin()")
        return np.concatenate(captured) if captured else np.zeros(0, dtype=np.float32)

    def add_consumer(self, callback: FrameConsumer, *, always: bool = False) -> None:
        """Receive 16 kHz frames on the worker thread: during utterances only, or `always` (hands-free)."""
        with self._lock:
            self._consumers.append((callback, always))

    def remove_consumer(self, callback: FrameConsumer) -> None:
        """Stop delivering frames to `callback`."""
        with self._lock:
            # == not `is`: a bound method (endpointer.push_frame) is a new object on every access.
            self._consumers = [(cb, a) for cb, a in self._consumers if cb != callback]

    # -- threads -------------------------------------------------------------------------------
    def _callback(self, indata: np.ndarray, frames: int, time: Any, status: Any) -> None:
        if status and status.input_overflow:
            self.overflows += 1
        self._raw.put(indata.copy())

    def _drain(self, timeout: float) -> None:
        if self._worker is None:
            return
        marker = _Flush()
        self._raw.put(marker)
        if not marker.done.wait(timeout):
            _LOGGER.warning("Capture worker did not catch up within %.1f s", timeout)

    def _work(self) -> None:
        while True:
            item = self._raw.get()
            if item is None:
                return
            if isinstance(item, _Flush):
                item.done.set()
                continue
            frame = self._resampler.resample_chunk(to_mono_float32(item))
            if len(frame) == 0:
                continue
            self._store(frame)

    def _store(self, frame: np.ndarray) -> None:
        self.received_samples += len(frame)
        with self._lock:
            self._ring.append(frame)
            self._ring_len += len(frame)
            while self._ring and self._ring_len - len(self._ring[0]) >= self._preroll_samples:
                self._ring_len -= len(self._ring.popleft())
            capturing = self._captured is not None
            if capturing:
                self._captured.append(frame)  # type: ignore[union-attr]
            consumers = [cb for cb, always in self._consumers if always or capturing]
        if self._on_level is not None:
            self._safe_call(self._on_level, rms_dbfs(frame))
        for cb in consumers:
            self._safe_call(cb, frame)

    @staticmethod
    def _safe_call(callback: Callable[[Any], object], value: Any) -> None:
        try:
            callback(value)
        except Exception:
            _LOGGER.exception("Capture consumer failed")
