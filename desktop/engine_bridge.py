"""The one seam between Qt and the engine: an asyncio loop in a QThread that owns the Pipeline.

Widgets call the bridge's plain methods from the UI thread; each schedules a coroutine on the
engine loop (`asyncio.run_coroutine_threadsafe`) and returns at once. Engine events, results and
errors come back as typed Signals; they are emitted from the engine (or audio) thread, so Qt
queues them to the UI thread. Nothing here blocks the UI thread.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Coroutine
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from engine.config import Settings
from engine.errors import OfficinaError, for_person
from engine.pipeline.engines import make_voice_clips
from engine.trace import events as ev
from i18n.ui import language, tr

_LOGGER = logging.getLogger(__name__)

OUTBOX_INTERVAL_S = 30.0
LEVEL_INTERVAL_S = 0.033

BackendFactory = Callable[[Settings], Any]


def describe_error(exc: BaseException) -> str:
    """What the person is told, in the UI language: what failed and what to do (i18n.errors). The
    technical detail goes to the log, where every caller also writes it."""
    return for_person(exc, language())


def technical(exc: BaseException) -> str:
    """The exception's own sentence, for the log."""
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


ENGINE_NICE = 4


def _lower_thread_priority() -> None:
    """Give the engine thread (and the inference threads it starts, which inherit it) a lower CPU
    priority than the UI thread, so a busy CPU delays a transcript by a little, never the window.
    Linux only (per-thread nice); elsewhere a no-op."""
    if not sys.platform.startswith("linux"):
        return
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + ENGINE_NICE)
    except OSError as exc:
        _LOGGER.debug("Could not lower the engine thread's priority: %s", exc)


async def _maybe_await(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


class _LoopWorker(QObject):
    """Runs an asyncio loop on its QThread until asked to stop."""

    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.started = threading.Event()

    @Slot()
    def run(self) -> None:
        _lower_thread_priority()
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self.loop = loop
        self.started.set()
        try:
            loop.run_forever()
            pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            # join the inference threads (whisper, Piper, VAD) before the loop goes: a native
            # thread still running at interpreter exit can crash it
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            loop.close()
            self.loop = None
            # hand the worker back to the UI thread, so it is destroyed there (not from a dead thread)
            app = QCoreApplication.instance()
            if app is not None:
                self.moveToThread(app.thread())
            self.finished.emit()


class EngineBridge(QObject):
    """Owns the engine thread and the Pipeline; the UI talks to the engine only through this."""

    ready = Signal()
    stage_event = Signal(object)
    """Every engine TraceEvent, in order."""
    turn_finished = Signal(object)
    """A TurnResult returned by a command (push-to-talk, text/audio turn, confirm)."""
    confirmation_requested = Signal(object)
    """An ev.ConfirmationRequested: show the card."""
    status_changed = Signal(object)
    """A PipelineStatus, for the status bar."""
    level = Signal(float)
    """Input level 0..1 while the mic is open (throttled)."""
    failed = Signal(str)
    """One sentence: a command failed outside any turn (start-up, settings, undo...)."""
    undo_done = Signal(object)
    """The ToolResult of undo_last."""
    connection_tested = Signal(bool, str)
    """Settings dialog's "test connection": ok, one line."""
    playback_finished = Signal()
    """Everything queued for the speaker has been played (or dropped by a barge-in)."""
    audio_test_done = Signal(str)
    """Settings dialog's test tone / mic test finished: "" or an error sentence."""

    def __init__(
        self,
        settings: Settings,
        *,
        backend_factory: BackendFactory | None = None,
        pipeline_kwargs: dict[str, Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._backend_factory = backend_factory
        self._pipeline_kwargs = dict(pipeline_kwargs or {})
        self._pipeline: Any = None
        self._backend: Any = None
        self._last_level = 0.0
        self._housekeeping: asyncio.Task[None] | None = None
        self._phrases: asyncio.Task[None] | None = None
        self._ptt_lock: asyncio.Lock | None = None
        self._thread = QThread()
        self._thread.setObjectName("officina-engine")
        self._worker = _LoopWorker()
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._thread.quit)
        self._stopped = False

    # --- lifecycle ----------------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def pipeline(self) -> Any:
        """The engine's Pipeline (for tests and the startup bench; widgets never touch it)."""
        return self._pipeline

    def start(self) -> None:
        """Start the engine thread and build the pipeline there (signals `ready` or `failed`)."""
        self._thread.start()
        self._worker.started.wait(5.0)
        self._submit(self._create())

    def apply_settings(self, settings: Settings) -> None:
        """Rebuild the pipeline with new settings (after the settings dialog saved them)."""
        self._settings = settings
        self._submit(self._rebuild())

    def shutdown(self, timeout: float = 10.0) -> None:
        """Close the pipeline and stop the engine thread (waits at most `timeout` seconds)."""
        if self._stopped:
            return
        self._stopped = True
        loop = self._worker.loop
        if loop is not None and loop.is_running():
            future = asyncio.run_coroutine_threadsafe(self._close(), loop)
            try:
                future.result(timeout)
            except Exception as exc:  # closing must never hang or crash the app's exit
                _LOGGER.warning("Engine did not close cleanly: %s", technical(exc))
            loop.call_soon_threadsafe(loop.stop)
        self._thread.quit()
        self._thread.wait(int(timeout * 1000))

    # --- commands from the UI (all return at once) -------------------------------------------------

    def press(self) -> None:
        """Push-to-talk pressed (barges in on a spoken answer)."""
        if self._pipeline is not None:
            self._pipeline.barge_in()
        self._call(lambda p: p.press(), ptt=True)

    def release(self) -> None:
        """Push-to-talk released: runs after the press finished opening the mic (never overtakes it)."""
        self._call(lambda p: p.release(), self.turn_finished, ptt=True)

    def run_text_turn(self, text: str) -> None:
        self._call(lambda p: p.run_text_turn(text), self.turn_finished)

    def run_audio_turn(self, audio: np.ndarray) -> None:
        self._call(lambda p: p.run_audio_turn(audio), self.turn_finished)

    def confirm(self, pending_id: str, accepted: bool) -> None:
        self._call(lambda p: p.confirm(pending_id, accepted), self.turn_finished)

    def undo_last(self) -> None:
        self._call(lambda p: p.undo_last(), self.undo_done)

    def barge_in(self) -> None:
        """Stop the spoken answer now (safe from the UI thread)."""
        if self._pipeline is not None:
            self._pipeline.barge_in()

    def set_hands_free(self, on: bool) -> None:
        self._call_sync(lambda p: p.hands_free(on))

    def refresh_status(self) -> None:
        self._call(lambda p: p.refresh_status(), self.status_changed)

    def test_connection(self, base_url: str, user: str, password: str) -> None:
        """Check a WordPress site with these credentials; answers on `connection_tested`."""
        self._submit(self._test_connection(base_url, user, password))

    def test_tone(self, device: str | None) -> None:
        self._submit(self._audio_test(self._play_tone, device))

    def mic_test(self, device: str | None, seconds: float = 3.0) -> None:
        self._submit(self._audio_test(self._listen, device, seconds))

    # --- engine side ------------------------------------------------------------------------------

    def _submit(self, coro: Coroutine[Any, Any, Any]) -> concurrent.futures.Future[Any] | None:
        loop = self._worker.loop
        if loop is None or self._stopped:
            coro.close()
            return None
        future = asyncio.run_coroutine_threadsafe(coro, loop)
        future.add_done_callback(self._report_failure)
        return future

    def _report_failure(self, future: concurrent.futures.Future[Any]) -> None:
        if future.cancelled():
            return
        exc = future.exception()
        if exc is not None:
            _LOGGER.error("Engine command failed: %s", technical(exc), exc_info=exc)
            self.failed.emit(describe_error(exc))

    def _call(self, action: Callable[[Any], Any], result_signal: Any = None, *, ptt: bool = False) -> None:
        async def run() -> None:
            pipeline = self._pipeline
            if pipeline is None:
                raise OfficinaError(
                    "The voice engine is still starting: try again in a moment.", kind="engine.starting"
                )
            if ptt:  # press and release keep their order (FIFO lock), even when opening the mic is slow
                if self._ptt_lock is None:
                    self._ptt_lock = asyncio.Lock()
                async with self._ptt_lock:
                    result = await _maybe_await(action(pipeline))
            else:
                result = await _maybe_await(action(pipeline))
            if result_signal is not None:
                result_signal.emit(result)

        self._submit(run())

    def _call_sync(self, action: Callable[[Any], Any]) -> None:
        async def run() -> None:
            if self._pipeline is not None:
                action(self._pipeline)

        self._submit(run())

    async def _create(self) -> None:
        from engine.pipeline import Pipeline

        backend = self._backend_factory(self._settings) if self._backend_factory else None
        self._backend = backend
        # a zero-argument callable gives a fresh object per pipeline (a player is closed with its pipeline)
        extra = {k: (v() if callable(v) else v) for k, v in self._pipeline_kwargs.items()}
        pipeline = await Pipeline.create(self._settings, backend=backend, **extra)
        pipeline.add_listener(self._on_event)
        pipeline.set_level_callback(self._on_level)
        if self._settings.hands_free:
            pipeline.hands_free(True)
        self._pipeline = pipeline
        self.status_changed.emit(pipeline.status())
        self.ready.emit()
        self._housekeeping = asyncio.get_running_loop().create_task(self._housekeep())
        self._phrases = asyncio.get_running_loop().create_task(self._render_phrases(pipeline))

    async def _render_phrases(self, pipeline: Any) -> None:
        """Once start-up is over: the acknowledgement's audio, so it is heard at once (engine/pipeline/phrases.py)."""
        try:
            await pipeline.ready()
            await pipeline.render_phrases()
            stop = threading.Event()  # the bridge closing cancels this task: the clips stop too
            try:
                await asyncio.to_thread(make_voice_clips, pipeline.engines, stop)  # Kokoro's fixed words
            finally:
                stop.set()
        except Exception as exc:  # only a nicety: the line is then synthesized when needed
            _LOGGER.warning("Could not prepare the acknowledgement: %s", exc)

    async def _close(self) -> None:
        if self._phrases is not None:
            self._phrases.cancel()
            self._phrases = None
        if self._housekeeping is not None:
            self._housekeeping.cancel()
            self._housekeeping = None
        pipeline, self._pipeline = self._pipeline, None
        if pipeline is not None:
            pipeline.remove_listener(self._on_event)
            pipeline.set_level_callback(None)
            await pipeline.aclose()

    async def _rebuild(self) -> None:
        await self._close()
        await self._create()

    async def _housekeep(self) -> None:
        """Every 30 s: send due messages from the local outbox, refresh the status bar."""
        while True:
            await asyncio.sleep(OUTBOX_INTERVAL_S)
            pipeline = self._pipeline
            if pipeline is None:
                continue
            backend = getattr(pipeline, "backend", None) or self._backend
            try:
                run_outbox = getattr(backend, "run_outbox", None)
                if run_outbox is not None:
                    result = run_outbox()
                    if inspect.isawaitable(result):
                        await result
                self.status_changed.emit(await pipeline.refresh_status())
            except Exception as exc:  # housekeeping must keep running
                _LOGGER.warning("Outbox/status refresh failed: %s", technical(exc))

    def _on_event(self, event: ev.TraceEvent) -> None:
        self.stage_event.emit(event)
        if isinstance(event, ev.ConfirmationRequested):
            self.confirmation_requested.emit(event)
        elif isinstance(event, ev.TurnFinished):
            loop = self._worker.loop
            if loop is not None and not loop.is_closed():
                loop.call_soon_threadsafe(lambda: loop.create_task(self._await_playback()))

    async def _await_playback(self) -> None:
        """The turn is over but its answer may still be playing: tell the UI when the speaker is done."""
        pipeline = self._pipeline
        try:
            if pipeline is not None:
                await pipeline.wait_spoken()
        finally:
            self.playback_finished.emit()

    def _on_level(self, value: float) -> None:
        now = time.monotonic()
        if now - self._last_level >= LEVEL_INTERVAL_S:
            self._last_level = now
            self.level.emit(float(value))

    async def _test_connection(self, base_url: str, user: str, password: str) -> None:
        try:
            from wp_api.wordpress import WordPressBackend

            backend = WordPressBackend(base_url=base_url, user=user, password=password)
            try:
                health = await backend.health()
            finally:
                await backend.aclose()
            _LOGGER.info("WordPress connection test: %s", health.detail)
            text = tr("settings.connection_ok") if health.ok else tr("settings.connection_failed")
            self.connection_tested.emit(bool(health.ok), text)
        except Exception as exc:  # any failure is the answer to "does it connect?"
            _LOGGER.warning("WordPress connection test failed: %s", technical(exc))
            self.connection_tested.emit(False, tr("settings.connection_failed"))

    async def _audio_test(self, test: Callable[..., None], *args: Any) -> None:
        try:
            await asyncio.to_thread(test, *args)
            self.audio_test_done.emit("")
        except Exception as exc:  # no device, busy device...: one sentence in the dialog
            _LOGGER.warning("Audio test failed: %s", technical(exc))
            self.audio_test_done.emit(describe_error(exc))

    @staticmethod
    def _play_tone(device: str | None) -> None:
        from engine.audio import AudioChunk, Player

        rate = 24000
        t = np.arange(int(rate * 0.6), dtype=np.float32) / rate
        tone = 0.2 * np.sin(2 * np.pi * 660.0 * t) * np.minimum(1.0, np.minimum(t, t[::-1]) * 20)
        player = Player(device=device)
        try:
            player.play(AudioChunk(tone.astype(np.float32), rate))
            deadline = time.monotonic() + 3.0
            while player.playing and time.monotonic() < deadline:
                time.sleep(0.02)
        finally:
            player.close()

    def _listen(self, device: str | None, seconds: float) -> None:
        from engine.audio import MicCapture

        def on_level(dbfs: float) -> None:  # the same 0..1 scale as the pipeline's (-60 dBFS → 0)
            self.level.emit(min(1.0, max(0.0, (float(dbfs) + 60.0) / 60.0)))

        with MicCapture(device=device, on_level=on_level):
            time.sleep(seconds)

    # --- small synchronous helpers for the UI (no I/O beyond listing) ------------------------------

    @staticmethod
    def device_names() -> tuple[list[str], list[str], str | None]:
        """(input names, output names, error sentence or None) from PortAudio."""
        try:
            from engine.audio import list_devices

            devices = list_devices()
        except Exception as exc:  # no PortAudio / no sound server: the dialog says so
            _LOGGER.warning("Listing audio devices failed: %s", technical(exc))
            return [], [], describe_error(exc)
        inputs = [d.name for d in devices if d.max_input_channels > 0]
        outputs = [d.name for d in devices if d.max_output_channels > 0]
        return inputs, outputs, None

    @staticmethod
    def trace_path(turn_id: str) -> str | None:
        """The JSON Lines file of a turn, if it was written."""
        from engine.paths import app_paths
        from engine.trace import find_trace

        path = find_trace(turn_id, app_paths().traces)
        return str(path) if path else None
