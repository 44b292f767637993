"""What every part of the pipeline shares: its state, the turn being answered, and how a turn ends.

The bottom layer of `Pipeline` (engine/pipeline/__init__.py lists the layers above it).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from engine.agent import Agent, AgentOptions
from engine.audio import AudioSink, Microphone
from engine.config import Settings
from engine.confirmation import PendingConfirmation, ToolCallRecord
from engine.errors import OfficinaError
from engine.pipeline.engines import Engines
from engine.pipeline.listening import PttCapture
from engine.pipeline.phrases import RenderedPhrases
from engine.pipeline.plates_known import plates_known
from engine.pipeline.speaking import Speech
from engine.pipeline.speculation import AgentFeed
from engine.pipeline.turn import TurnPath, TurnResult
from engine.pipeline.turn_trace import trace_pending
from engine.stt.race import HybridSTT
from engine.trace import StateChanged, TraceRecorder, TurnFinished, TurnTrace
from engine.trace.otel import make_otel_exporter
from wp_api.contract import BackendHealth, CallContext, ToolBackend

if TYPE_CHECKING:
    from engine.fastpath import FastPath

_LOGGER = logging.getLogger(__name__)


@dataclasses.dataclass
class CurrentTurn:
    """The turn being answered: what barge-in must stop."""

    trace: TurnTrace
    speech: Speech | None = None
    agent_task: asyncio.Task[Any] | None = None
    interrupted: bool = False


async def agent_outcome(turn: CurrentTurn, feed: AgentFeed) -> OfficinaError | None:
    """Wait for the turn's model run to end. A cancelled or interrupted run is closed (None); a failure is
    the error to tell the person (anything but an OfficinaError is a bug: logged, one plain sentence)."""
    turn.agent_task = feed.task
    await asyncio.wait({feed.task})
    if feed.task.cancelled() or turn.interrupted:
        await feed.run.aclose()
        return None
    exc = feed.task.exception()
    if exc is None or isinstance(exc, OfficinaError):
        return exc
    _LOGGER.error("Agent failed", exc_info=exc)
    return OfficinaError(f"The assistant failed: {exc}")


class PipelineBase:
    """The pipeline's state and the end of every turn (see the module docstring for the layers)."""

    def __init__(
        self,
        settings: Settings,
        *,
        backend: ToolBackend,
        engines: Engines,
        player: AudioSink | None,
        mic: Microphone | None,
        recorder: TraceRecorder,
        actor: str = "desktop",
    ) -> None:
        self.settings = settings
        self.backend = backend
        self.engines = engines
        self.player = player
        self.mic = mic
        self.recorder = recorder
        self.session_id = f"{actor}-{uuid.uuid4().hex[:8]}"
        self.actor = actor
        self.agent = Agent(AgentOptions.from_settings(settings), backend)
        self.fastpath = self._make_fastpath(settings.language) if settings.fastpath_enabled else None
        self._fastpath_asked = False
        """True right after the fast path's own question was spoken: the next turn may answer it."""
        self.pending: PendingConfirmation | None = None
        self._health: BackendHealth | None = None
        self._current: CurrentTurn | None = None
        self._capture: PttCapture | None = None
        self._speculation: tuple[TurnTrace, AgentFeed] | None = None
        """The model started on the speculative transcript while the key is held (and that turn's trace)."""
        self._mic_started = False
        self._level_cb: Callable[[float], None] | None = None
        self._hands_free = False
        self._hands_free_task: asyncio.Task[Any] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._turn_lock = asyncio.Lock()
        self.phrases = RenderedPhrases()
        """The acknowledgement, synthesized per voice beforehand so it is heard at once."""
        self._warm: asyncio.Task[None] | None = None
        self._owns_backend = True
        self._owns_engines = True
        self._otel = make_otel_exporter(settings.otel_endpoint)
        if self._otel is not None:
            recorder.add_listener(self._otel)
        if isinstance(engines.stt, HybridSTT):  # a confident local text naming known plates needs no cloud
            engines.stt.set_local_check(self._plates_known)

    def _make_fastpath(self, language: str) -> FastPath | None:
        try:
            from engine.fastpath import FastPath
        except ImportError:
            _LOGGER.info("The offline fast path is not available")
            return None
        return FastPath(self.backend, language=language)

    async def _plates_known(self, text: str) -> bool:
        return await plates_known(
            self.backend, text, CallContext(session_id=self.session_id, actor=self.actor)
        )

    @property
    def language(self) -> str:
        return self.settings.language

    def _context(self, trace: TurnTrace, *, confirmation: str | None = None) -> CallContext:
        return CallContext(
            session_id=self.session_id, actor=self.actor, confirmation=confirmation, turn_id=trace.turn_id
        )

    def _set_pending(self, trace: TurnTrace, pending: PendingConfirmation) -> None:
        self.pending = pending
        trace_pending(trace, pending)

    def _speech(self, trace: TurnTrace, language: str, anchor: float) -> Speech:
        voice_id, tts = self.engines.voices.get(language) or next(
            iter(self.engines.voices.values()), ("", None)
        )
        return Speech(tts, self.player, trace, voice=voice_id, anchor=anchor, language=language)

    async def _speak_reply(
        self,
        turn: CurrentTurn,
        transcript: str,
        text: str,
        language: str,
        *,
        anchor: float,
        path: TurnPath,
        tool_calls: list[ToolCallRecord] | None = None,
        pending: PendingConfirmation | None = None,
        error: str | None = None,
    ) -> TurnResult:
        speech = self._speech(turn.trace, language, anchor)
        turn.speech = speech
        speech.say(text)
        await speech.finish()
        return self._finish(
            turn.trace, transcript, text, path=path, tool_calls=tool_calls, pending=pending, error=error,
            interrupted=turn.interrupted, language=language,
        )  # fmt: skip

    def _finish(
        self,
        trace: TurnTrace,
        transcript: str,
        reply_text: str,
        *,
        path: TurnPath,
        tool_calls: list[ToolCallRecord] | None = None,
        pending: PendingConfirmation | None = None,
        error: str | None = None,
        interrupted: bool = False,
        language: str | None = None,
    ) -> TurnResult:
        current = self._speculation
        if current is not None and current[0] is trace:  # the turn went another way (fast path, a "yes")
            self._drop_speculation("not_for_the_model")
        duration = trace.elapsed()
        if path in ("fastpath", "clarify", "confirm") and reply_text:
            # the model did not see this exchange: keep it as context for the next turn it answers
            self.agent.remember(transcript or f"({path} in the app)", reply_text)
        trace.emit(
            TurnFinished(
                path=path, duration_s=round(duration, 4), reply_text=reply_text, interrupted=interrupted
            )
        )
        trace.emit(StateChanged(state="idle"))
        trace.close()
        return TurnResult(
            turn_id=trace.turn_id,
            transcript=transcript,
            reply_text=reply_text,
            tool_calls=tool_calls or [],
            pending=pending,
            path=path,
            error=error,
            trace_path=trace.path,
            interrupted=interrupted,
            language=language or self.language,
        )

    def _drop_speculation(self, reason: str) -> None:
        current, self._speculation = self._speculation, None
        if current is not None:
            current[1].drop(current[0], reason)

    def barge_in(self) -> None:
        """Stop speaking and generating now (within 100 ms) and cancel the model stream. Thread-safe."""
        if self.player is not None:
            self.player.stop()
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._interrupt()
        else:
            loop.call_soon_threadsafe(self._interrupt)

    def _interrupt(self) -> None:
        turn = self._current
        if turn is None:
            return
        turn.interrupted = True
        if turn.speech is not None:
            turn.speech.interrupt()
        if turn.agent_task is not None and not turn.agent_task.done():
            turn.agent_task.cancel()

    async def wait_spoken(self) -> None:
        """Wait until the player has played everything queued."""
        if self.player is not None:
            await self.player.wait_done()
