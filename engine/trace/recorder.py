"""Writes each turn's events as JSON Lines under the traces folder and fans them out to listeners."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import threading
import time
import uuid
import wave
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np

from engine.paths import app_paths
from engine.trace.events import TraceEvent, parse_event

_LOGGER = logging.getLogger(__name__)

Listener = Callable[[TraceEvent], None]


def new_turn_id() -> str:
    """A sortable, unique turn id: UTC time plus random hex, e.g. 20260314T101502-3fa2c1."""
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]


class TurnTrace:
    """The events of one turn: stamps them (turn id, clock), appends them to the file, tells listeners."""

    def __init__(self, recorder: TraceRecorder, turn_id: str, path: Path | None) -> None:
        self.turn_id = turn_id
        self.path = path
        self.audio_path: Path | None = None
        self.events: list[TraceEvent] = []
        self.started = time.monotonic()
        self._recorder = recorder
        self._lock = threading.Lock()
        self._fh = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = path.open("a", encoding="utf-8")

    def elapsed(self) -> float:
        """Seconds since the turn started."""
        return time.monotonic() - self.started

    def emit(self, event: TraceEvent) -> TraceEvent:
        """Stamp the event with this turn's id and clock (unless already set), record it, tell listeners."""
        update: dict[str, Any] = {"turn_id": self.turn_id}
        if not event.t:
            update["t"] = round(self.elapsed(), 6)
        event = event.model_copy(update=update)
        with self._lock:
            self.events.append(event)
            if self._fh is not None:
                self._fh.write(event.model_dump_json() + "\n")
                self._fh.flush()
        self._recorder.notify(event)
        return event

    def save_audio(self, audio: np.ndarray, rate: int = 16000) -> Path | None:
        """Keep the turn's audio as a 16-bit WAV next to the trace (only when saving audio is enabled)."""
        if not self._recorder.save_audio or self.path is None or audio.size == 0:
            return None
        out = self.path.with_suffix(".wav")
        write_wav(out, audio, rate)
        self.audio_path = out
        return out

    def close(self) -> None:
        with self._lock:
            if self._fh is not None:
                self._fh.close()
                self._fh = None


class TraceRecorder:
    """Opens a `TurnTrace` per turn in traces/YYYY-MM-DD/<turn_id>.jsonl and removes traces past retention."""

    def __init__(
        self,
        folder: Path | None,
        *,
        save_audio: bool = False,
        retention_days: int = 30,
    ) -> None:
        self.folder = folder
        self.save_audio = save_audio
        self.retention_days = retention_days
        self._listeners: list[Listener] = []
        self._cleaned = False

    @classmethod
    def from_settings(cls, settings: Any) -> TraceRecorder:
        """A recorder in app_paths().traces configured by the user's settings."""
        return cls(app_paths().traces, save_audio=settings.save_audio, retention_days=settings.retention_days)

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, event: TraceEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # a broken listener must never break a turn
                _LOGGER.exception("Trace listener %r failed on %s", listener, event.type)

    def begin(self, turn_id: str | None = None) -> TurnTrace:
        """Start a turn's trace file (and clean old traces once per recorder)."""
        turn_id = turn_id or new_turn_id()
        path = None
        if self.folder is not None:
            day = dt.date.today().isoformat()
            path = self.folder / day / f"{turn_id}.jsonl"
            if not self._cleaned:
                self._cleaned = True
                self.cleanup()
        return TurnTrace(self, turn_id, path)

    def cleanup(self, today: dt.date | None = None) -> int:
        """Delete day folders older than the retention; returns how many were removed."""
        if self.folder is None or not self.folder.exists():
            return 0
        cutoff = (today or dt.date.today()) - dt.timedelta(days=self.retention_days)
        removed = 0
        for child in self.folder.iterdir():
            try:
                day = dt.date.fromisoformat(child.name)
            except ValueError:
                continue
            if child.is_dir() and day < cutoff:
                shutil.rmtree(child, ignore_errors=True)
                removed += 1
        if removed:
            _LOGGER.info("Removed %d trace day folders older than %s", removed, cutoff)
        return removed


def load_trace(path: Path) -> list[TraceEvent]:
    """Read a trace file back into events (unknown or broken lines are skipped with a log line)."""
    events: list[TraceEvent] = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            events.append(parse_event(line))
        except ValueError as exc:
            _LOGGER.warning("%s:%d: skipped unreadable trace line (%s)", path, number, exc)
    return events


def write_wav(path: Path, audio: np.ndarray, rate: int) -> None:
    """Write float32 [-1, 1] (or int16) mono audio as a 16-bit PCM WAV."""
    if audio.dtype != np.int16:
        audio = (np.clip(audio, -1.0, 1.0) * 32767.0).astype(np.int16)
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(audio.tobytes())


def find_trace(turn_or_path: str, folder: Path | None = None) -> Path | None:
    """A trace file from a path or a turn id (searched in the traces folder)."""
    candidate = Path(turn_or_path)
    if candidate.exists():
        return candidate
    if folder is None or not folder.exists():
        return None
    matches: Iterable[Path] = sorted(folder.glob(f"*/{turn_or_path}*.jsonl"))
    return next(iter(matches), None)
