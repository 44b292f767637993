"""The turn pipeline: audio → VAD → STT → fast path or agent (tools) → TTS, every stage traced.

The desktop app and the `officina ask/replay/bench` commands drive one `Pipeline`. All its coroutines
run on one asyncio loop (the "engine thread"); listeners are called on that thread. `barge_in()` is
the one method that is safe to call from any thread.

    pipeline = await Pipeline.create(settings)           # loads models off the loop
    pipeline.add_listener(lambda event: ...)              # every TraceEvent of every turn
    result = await pipeline.run_text_turn("di chi è la AB123CD?")
    await pipeline.press(); ...; result = await pipeline.release()   # push-to-talk
    if result.pending: result = await pipeline.confirm(result.pending.id, accepted=True)
    await pipeline.aclose()

The class is built in layers, one module each (engine/pipeline/base.py says which).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from engine.audio import AudioSink, Microphone
from engine.config import Settings
from engine.fastpath import intent_guess
from engine.pipeline.backend_factory import backend_or_demo
from engine.pipeline.capture import Capturing
from engine.pipeline.engines import Engines, load_engines
from engine.pipeline.status import build_status
from engine.pipeline.turn import MissingItem, PipelineStatus, TurnResult
from engine.trace import TraceEvent, TraceRecorder
from i18n.replies import reply
from models import Progress
from wp_api.contract import BackendHealth, CallContext, ToolBackend

_LOGGER = logging.getLogger(__name__)

__all__ = ["MissingItem", "Pipeline", "PipelineStatus", "TurnResult"]


class Pipeline(Capturing):
    """One voice assistant: joins capture, VAD, STT, the fast path, the agent, tools and TTS."""

    # --- construction ---------------------------------------------------------------------------

    @classmethod
    async def create(
        cls,
        settings: Settings,
        *,
        backend: ToolBackend | None = None,
        player: AudioSink | None = None,
        mic: Microphone | None = None,
        install_models: bool = True,
        progress: Progress | None = None,
        actor: str = "desktop",
        recorder: TraceRecorder | None = None,
        warm_up: bool = True,
        engines: Engines | None = None,
    ) -> Pipeline:
        """Build a pipeline from settings; loads models off the loop (first run installs the defaults).

        `backend` defaults to backend_factory.backend_or_demo(settings) (a WordPress site that is not
        set up falls back to the local demo, reported in status()); a backend passed in is not
        closed by aclose(); `player` (an engine.audio Player or FileSink) defaults to the output device; `mic` (a MicCapture) defaults to the input
        device, opened at the first press(). `progress` is passed to the model installer.
        `warm_up` opens the model client, loads the tool schemas and catalogue and checks the server
        in the background (`await pipeline.ready()` to wait for it); whisper and the voices warm up as
        they load. `engines` already loaded (a bench running many turns) are used as they are and not
        closed by aclose().
        """
        missing: list[MissingItem] = []
        owns_backend = backend is None
        if backend is None:
            created, problem = await asyncio.to_thread(backend_or_demo, settings)
            backend = created
            if problem:
                missing.append(problem)
        owns_engines = engines is None
        if engines is None:
            engines = await asyncio.to_thread(
                load_engines, settings, install=install_models, progress=progress
            )
        engines.missing[:0] = missing
        if player is None:
            from engine.audio import Player

            player = Player(device=settings.output_device)
        pipeline = cls(
            settings,
            backend=backend,
            engines=engines,
            player=player,
            mic=mic,
            recorder=recorder or TraceRecorder.from_settings(settings),
            actor=actor,
        )
        pipeline._loop = asyncio.get_running_loop()
        pipeline._owns_backend = owns_backend
        pipeline._owns_engines = owns_engines
        if warm_up:
            pipeline._warm = asyncio.create_task(pipeline._warm_up(), name="pipeline-warm-up")
        await pipeline.refresh_status()
        if settings.hands_free:
            pipeline.hands_free(True)
        return pipeline

    async def _warm_up(self) -> None:
        """The workshop's models read for the fast path, its intent guesser's examples learnt where no model will take
        the turns (offline: the only place it guesses), and the model server check (whisper and Piper already warmed up
        when they loaded): none is left to the first turn."""
        context = CallContext(session_id=self.session_id, actor=self.actor)
        if self.fastpath is not None:
            await self.fastpath.read_models(context)
            if self.settings.offline_only or not self.agent.configured:
                await asyncio.to_thread(intent_guess.warm)  # ≈ 0.5–1 s once, not on a first turn
        if not self.settings.offline_only:
            await self.agent.warm_up(context)

    async def render_phrases(self) -> None:
        """Render the "one moment" acknowledgement for each voice, so it is heard the moment it is needed.

        For a long-lived app, once it is idle (the desktop calls it after start-up): a one-shot command
        would only make it compete with its own turn. Without it, the acknowledgement is synthesized
        like any sentence."""
        if self.settings.offline_only:
            return
        for language, (voice_id, tts) in list(self.engines.voices.items()):
            await self.phrases.render(voice_id, tts, reply("one_moment", language))

    async def ready(self) -> None:
        """Wait for the start-up warm-up (whisper's first run, the model server check) to finish."""
        if self._warm is not None:
            await asyncio.shield(self._warm)

    # --- observing -------------------------------------------------------------------------------

    def add_listener(self, callback: Callable[[TraceEvent], None]) -> None:
        """Call `callback(event)` for every trace event of every turn (on the engine thread)."""
        self.recorder.add_listener(callback)

    def remove_listener(self, callback: Callable[[TraceEvent], None]) -> None:
        self.recorder.remove_listener(callback)

    # --- status -----------------------------------------------------------------------------------------

    def status(self) -> PipelineStatus:
        """Backend health, STT mode and engines, LLM configured/reachable, models, missing items with fixes."""
        return build_status(
            self.settings,
            self.engines,
            self.agent,
            self._health,
            fastpath=self.fastpath is not None,
            hands_free=self._hands_free,
        )

    async def refresh_status(self) -> PipelineStatus:
        """Like status(), after checking the backend's health again."""
        try:
            self._health = await asyncio.wait_for(self.backend.health(), 10)
        except Exception as exc:  # unreachable backend: shown in the status bar
            self._health = BackendHealth(
                ok=False, backend=self.settings.backend, detail=f"Backend unreachable: {exc}"
            )
        return self.status()

    async def aclose(self) -> None:
        """Stop audio, close the backend and the model client."""
        if self._warm is not None and not self._warm.done():
            self._warm.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._warm
        self.hands_free(False)
        self.barge_in()
        if self._capture is not None:
            await self._capture.aclose()
            self._capture = None
        self._drop_speculation("not_for_the_model")
        if self.mic is not None and self._mic_started:
            await asyncio.to_thread(self.mic.close)
            self._mic_started = False
        if self.player is not None:
            with contextlib.suppress(Exception):
                self.player.close()
        await self.agent.aclose()
        if self.engines.stt is not None and self._owns_engines:
            with contextlib.suppress(Exception):
                await self.engines.stt.aclose()
        if self._owns_backend:
            await self.backend.aclose()
        if self._otel is not None:
            with contextlib.suppress(Exception):
                self._otel.shutdown()  # type: ignore[attr-defined]
