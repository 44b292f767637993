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
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time
import uuid
from collections.abc import Callable
from typing import Any

import numpy as np

from engine.agent import (
    Agent,
    AgentOptions,
    FirstToken,
    TextDelta,
    ToolCallStarted,
)
from engine.config import Settings
from engine.confirmation import PendingConfirmation, ToolCallRecord
from engine.errors import ConfigError, LlmError, OfficinaError, for_person
from engine.pipeline.confirm_words import confirmation_answer
from engine.pipeline.engines import Engines, load_engines
from engine.pipeline.hands_free import EarlyTurn
from engine.pipeline.listening import PttCapture
from engine.pipeline.phrases import RenderedPhrases
from engine.pipeline.plates_known import plates_known
from engine.pipeline.speaking import Speech
from engine.pipeline.speculation import AgentFeed
from engine.pipeline.status import build_status
from engine.pipeline.turn import MissingItem, PipelineStatus, TurnPath, TurnResult
from engine.pipeline.turn_trace import trace_agent_event, trace_pending, trace_tool
from engine.stt.race import HybridSTT
from engine.trace import (
    AudioCaptured,
    ConfirmationResolved,
    FastPathParsed,
    StateChanged,
    SttFinal,
    TraceEvent,
    TraceRecorder,
    TurnError,
    TurnFinished,
    TurnStarted,
    TurnTrace,
    VadEvent,
)
from engine.trace.otel import make_otel_exporter
from i18n.fastpath import refusal
from i18n.replies import reply
from wp_api.contract import BackendHealth, CallContext, ToolBackend, ToolResult

_LOGGER = logging.getLogger(__name__)

__all__ = ["MissingItem", "Pipeline", "PipelineStatus", "TurnResult"]

RATE = 16_000
_PAD_S = 0.15
PTT_SPECULATE_SILENCE_MS = 250
"""Push-to-talk: silence after which STT starts speculatively while the key is still held. Short is cheap:
speech resuming discards the speculation, and the key (not the VAD) ends the turn."""


@dataclasses.dataclass
class _Turn:
    """The turn being answered: what barge-in must stop."""

    trace: TurnTrace
    speech: Speech | None = None
    agent_task: asyncio.Task[Any] | None = None
    interrupted: bool = False


class Pipeline:
    """One voice assistant: joins capture, VAD, STT, the fast path, the agent, tools and TTS."""

    def __init__(
        self,
        settings: Settings,
        *,
        backend: ToolBackend,
        engines: Engines,
        player: Any | None,
        mic: Any | None,
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
        self._current: _Turn | None = None
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

    # --- construction ---------------------------------------------------------------------------

    @classmethod
    async def create(
        cls,
        settings: Settings,
        *,
        backend: ToolBackend | None = None,
        player: Any | None = None,
        mic: Any | None = None,
        install_models: bool = True,
        progress: Any | None = None,
        actor: str = "desktop",
        recorder: TraceRecorder | None = None,
        warm_up: bool = True,
        engines: Engines | None = None,
    ) -> Pipeline:
        """Build a pipeline from settings; loads models off the loop (first run installs the defaults).

        `backend` defaults to engine.pipeline.backend_factory.create_backend(settings) (a WordPress site that is
        not set up falls back to the local demo, reported in status()); a backend passed in is not
        closed by aclose(); `player` (an engine.audio
        Player or FileSink) defaults to the output device; `mic` (a MicCapture) defaults to the input
        device, opened at the first press(). `progress` is passed to the model installer.
        `warm_up` opens the model client, loads the tool schemas and catalogue and checks the server
        in the background (`await pipeline.ready()` to wait for it); whisper and the voices warm up as
        they load. `engines` already loaded (a bench running many turns) are used as they are and not
        closed by aclose().
        """
        missing: list[MissingItem] = []
        owns_backend = backend is None
        if backend is None:
            created, problem = await asyncio.to_thread(_backend_for, settings)
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
        """The model server check (whisper and Piper already warmed up when they loaded)."""
        if not self.settings.offline_only:
            await self.agent.warm_up(CallContext(session_id=self.session_id, actor=self.actor))

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

    def _make_fastpath(self, language: str) -> Any | None:
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

    # --- observing -------------------------------------------------------------------------------

    def add_listener(self, callback: Callable[[TraceEvent], None]) -> None:
        """Call `callback(event)` for every trace event of every turn (on the engine thread)."""
        self.recorder.add_listener(callback)

    def remove_listener(self, callback: Callable[[TraceEvent], None]) -> None:
        self.recorder.remove_listener(callback)

    def set_level_callback(self, callback: Callable[[float], None] | None) -> None:
        """Input level (0..1 from RMS dBFS: -60 dB → 0, 0 dB → 1) per frame while the key is held, from the audio thread."""
        self._level_cb = callback

    # --- turns ------------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self.settings.language

    def _context(self, trace: TurnTrace, *, confirmation: str | None = None) -> CallContext:
        return CallContext(
            session_id=self.session_id, actor=self.actor, confirmation=confirmation, turn_id=trace.turn_id
        )

    async def run_text_turn(self, text: str) -> TurnResult:
        """Run a turn from typed text (no STT): fast path or agent, tools, spoken answer."""
        async with self._turn_lock:
            trace = self.recorder.begin()
            trace.emit(TurnStarted(source="text", language=self.language, text=text))
            return await self._respond(trace, text.strip(), self.language, anchor=trace.started)

    async def run_audio_turn(self, audio: np.ndarray) -> TurnResult:
        """Run a turn from a whole recording (float32 mono 16 kHz): VAD trim, STT, then as a text turn."""
        async with self._turn_lock:
            trace = self.recorder.begin()
            trace.emit(TurnStarted(source="audio", language=self.language))
            audio = np.asarray(audio, dtype=np.float32).reshape(-1)
            self._captured(trace, audio, device="memory")
            speech = await self._offline_vad(trace, audio)
            return await self._transcribe_and_respond(trace, speech, audio, anchor=trace.started)

    def _captured(self, trace: TurnTrace, audio: np.ndarray, *, device: str) -> None:
        saved = trace.save_audio(audio, RATE)
        level = float(np.max(np.abs(audio))) if audio.size else 0.0
        trace.emit(
            AudioCaptured(
                duration_s=len(audio) / RATE,
                rate=RATE,
                device=device,
                level=round(level, 4),
                audio_path=str(saved) if saved else None,
            )
        )

    async def _offline_vad(self, trace: TurnTrace, audio: np.ndarray) -> np.ndarray:
        """The speech part of a whole recording (empty when there is none); emits the VAD events."""
        vad = self.engines.vad
        if audio.size == 0:
            return audio
        if vad is None:
            return audio
        trace.emit(StateChanged(state="transcribing"))
        # one batched inference over the whole recording: the same segments as frame by frame, in a
        # third of the time (docs/PERFORMANCE.md "The model path")
        segments = await asyncio.to_thread(vad.segments, audio)
        for start_s, end_s in segments:
            trace.emit(VadEvent(kind="speech_start", at_s=start_s))
            trace.emit(VadEvent(kind="speech_end", at_s=end_s))
        if not segments:
            return np.zeros(0, dtype=np.float32)
        first = max(0, int((segments[0][0] - _PAD_S) * RATE))
        last = min(len(audio), int((segments[-1][1] + _PAD_S) * RATE))
        return audio[first:last]

    async def _transcribe(self, speech: np.ndarray) -> Any:
        stt = self.engines.stt
        if stt is None:
            raise ConfigError(self._stt_missing(), kind="model.missing")
        language = None if self.settings.detect_language else self.language
        # No vocabulary prompt, in either language: measured on Italian and English speech it made plates
        # worse (a prompted plate repeated, letter names written out); docs/PERFORMANCE.md "Italian plates".
        return await stt.transcribe(speech, language=language, prompt=None)

    def _stt_missing(self) -> str:
        item = next((m for m in self.engines.missing if "Speech-to-text" in m.what), None)
        return item.what + f" Fix: {item.fix}" if item else "Speech-to-text is not available."

    async def _transcribe_and_respond(
        self,
        trace: TurnTrace,
        speech: np.ndarray,
        audio: np.ndarray,
        *,
        anchor: float,
        pending_stt: asyncio.Task[Any] | None = None,
    ) -> TurnResult:
        if audio.size == 0 or speech.size == 0:
            key = "empty_recording" if audio.size == 0 else "no_speech"
            return self._finish(trace, "", reply(key, self.language), path="none")
        trace.emit(StateChanged(state="transcribing"))
        try:
            transcript = await pending_stt if pending_stt is not None else await self._transcribe(speech)
        except asyncio.CancelledError:
            raise
        except OfficinaError as exc:
            trace.emit(TurnError(stage="stt", message=for_person(exc, self.language), detail=repr(exc)))
            return self._finish(
                trace,
                "",
                for_person(exc, self.language),
                path="error",
                error=exc.message,
            )
        elapsed = time.monotonic() - anchor if pending_stt is not None else transcript.elapsed_s
        trace.emit(
            SttFinal(
                text=transcript.text,
                language=transcript.language,
                engine="hybrid" if transcript.won_by else transcript.engine,
                won_by=transcript.won_by,
                alternatives=dict(transcript.alternatives),
                dropped_segments=transcript.dropped_for_trace(),
                elapsed_s=round(elapsed, 4),
                early=pending_stt is not None,
            )
        )
        text = transcript.text.strip()
        if not text:
            return self._finish(trace, "", reply("no_words", self.language), path="none")
        language = self.language
        if self.settings.detect_language and transcript.language in ("it", "en"):
            language = transcript.language
        return await self._respond(trace, text, language, anchor=anchor)

    # --- answering ----------------------------------------------------------------------------------

    async def _respond(self, trace: TurnTrace, text: str, language: str, *, anchor: float) -> TurnResult:
        """Answer a transcript: a spoken yes/no to a pending confirmation, the fast path, or the agent."""
        if not text:
            return self._finish(trace, "", reply("no_words", language), path="none")
        turn = _Turn(trace)
        self._current = turn
        try:
            if self.pending is not None and (answer := confirmation_answer(text)) is not None:
                return await self._resolve(
                    trace, self.pending.id, answer == "accept", how="voice", transcript=text, anchor=anchor
                )
            return await self._answer(turn, text, language, anchor=anchor)
        finally:
            self._current = None

    async def _answer(self, turn: _Turn, text: str, language: str, *, anchor: float) -> TurnResult:
        trace = turn.trace
        context = self._context(trace)
        trace.emit(StateChanged(state="thinking"))
        clarification: str | None = None
        fastpath = self.fastpath
        if fastpath is not None:
            started = time.monotonic()
            asked, self._fastpath_asked = self._fastpath_asked, False
            try:
                # An answer to the fast path's last question ("la grigia", "domani alle 10") finishes that
                # request; anything else is a new request.
                outcome = await fastpath.resume(text, context) if asked else None
                if outcome is None:
                    outcome = await fastpath.handle(text, context)
            except Exception as exc:  # the fast path failing must never lose the turn
                _LOGGER.warning("Fast path failed on %r: %s", text, exc, exc_info=True)
                trace.emit(TurnError(stage="fastpath", message=for_person(exc, language), detail=repr(exc)))
                outcome = None
            if outcome is not None:
                parse = dict(outcome.parse or {})
                trace.emit(
                    FastPathParsed(
                        intent=parse.get("intent"),
                        slots=dict(parse.get("slots") or {}),
                        confidence=float(parse.get("confidence") or 0.0),
                        handled=bool(outcome.handled),
                        clarification=outcome.clarification,
                        elapsed_s=round(time.monotonic() - started, 4),
                    )
                )
                clarification = outcome.clarification if parse.get("intent") else None
                if outcome.handled:
                    self.agent.note_tool_calls(list(outcome.tool_calls))
                    for record in outcome.tool_calls:
                        trace_tool(trace, record, round_no=0)
                    if outcome.pending is not None:
                        self._set_pending(trace, outcome.pending)
                    return await self._speak_reply(
                        turn, text, outcome.reply_text, language, anchor=anchor, path="fastpath",
                        tool_calls=list(outcome.tool_calls), pending=outcome.pending,
                    )  # fmt: skip
        if self.settings.offline_only or not self.agent.configured:
            # a question about a command it understood; else "can't do that offline" and what is missing
            message = clarification or reply("offline", language)
            self._fastpath_asked = clarification is not None
            missing = None if self.settings.offline_only else self.agent.options.missing()
            if missing and not clarification:
                message = f"{message} {missing}"
            return await self._speak_reply(turn, text, message, language, anchor=anchor, path="clarify")
        return await self._run_agent(turn, text, language, anchor=anchor, clarification=clarification)

    async def _run_agent(
        self, turn: _Turn, text: str, language: str, *, anchor: float, clarification: str | None
    ) -> TurnResult:
        trace = turn.trace
        if self.agent.options.language != language:
            self.agent.options = dataclasses.replace(self.agent.options, language=language)
        speech = self._speech(trace, language, anchor)
        turn.speech = speech
        feed = self._take_speculation(trace, text, language)
        if feed is None:
            feed = AgentFeed(self.agent.run(text, context=self._context(trace)), text=text, language=language)
        # a short "one moment" as soon as the model starts asking for a tool before saying anything (it
        # needs a second round); not when a speculative start already holds the answer's words
        acknowledged = feed.has_answer_text
        text_round = 0

        def sink(event: Any, at: float | None) -> None:
            nonlocal acknowledged, text_round
            if isinstance(event, TextDelta) and event.text.strip():
                acknowledged = True
                if text_round and event.round != text_round:
                    speech.push(" ")  # one round's words end where the next round's begin
                text_round = event.round
            elif not acknowledged and (  # at the round's first tool-call chunk, not its end
                isinstance(event, ToolCallStarted) or (isinstance(event, FirstToken) and event.tool_call)
            ):
                acknowledged = True
                self._acknowledge(speech, language)
            trace_agent_event(
                trace, event, speech, model=self.agent.options.model, on_pending=self._set_pending, at=at
            )

        feed.attach(sink)
        run = feed.run
        turn.agent_task = feed.task
        error: OfficinaError | None = None
        await asyncio.wait({turn.agent_task})
        if turn.agent_task.cancelled() or turn.interrupted:
            await run.aclose()
        elif (exc := turn.agent_task.exception()) is not None:
            if not isinstance(exc, OfficinaError):
                _LOGGER.error("Agent failed", exc_info=exc)
                exc = OfficinaError(f"The assistant failed: {exc}")
            error = exc
        result = run.result
        records = list(result.tool_calls) if result else []
        pending = result.pending if result else None
        if error is not None:
            stage = "llm" if isinstance(error, LlmError | ConfigError) else "pipeline"
            said = for_person(error, language)
            trace.emit(TurnError(stage=stage, message=said, detail=repr(error.__cause__ or error)))
            speech.abandon()
            fallback = clarification or said
            speech.say(fallback)
            await speech.finish()
            reply_text = " ".join(s for s in ((result.text if result else ""), fallback) if s)
            return self._finish(
                trace,
                text,
                reply_text,
                path="error",
                tool_calls=records,
                error=error.message,
                language=language,
            )
        if result is not None and result.stopped == "empty" and not turn.interrupted:
            message = "The model answered with neither text nor a tool call."
            trace.emit(TurnError(stage="llm", message=reply("llm_empty", language), detail=message))
            fallback = clarification or reply("llm_empty", language)
            speech.say(fallback)
            await speech.finish()
            return self._finish(
                trace, text, fallback, path="error", tool_calls=records, error=message, language=language
            )
        # interrupted: what had been handed to the voice so far (the model's text is set at the end)
        reply_text = (result.text if result else "") or " ".join(speech.spoken)
        if result is not None and result.stopped == "max_rounds" and not result.text and not turn.interrupted:
            reply_text = reply("max_rounds", language)
            speech.say(reply_text)
        if not turn.interrupted:
            await speech.finish()
        return self._finish(
            trace, text, reply_text, path="llm", tool_calls=records, pending=pending,
            interrupted=turn.interrupted, language=language,
        )  # fmt: skip

    def _acknowledge(self, speech: Speech, language: str) -> None:
        """Say "one moment" now: from its pre-rendered audio (`render_phrases`), else synthesized."""
        text = reply("one_moment", language)
        chunks = self.phrases.get(speech.voice, text)
        if chunks:
            speech.say_rendered(text, chunks)
        else:
            speech.say(text)

    # --- the model's speculative start (key still held) ---------------------------------------------

    def _on_speculative_transcript(self, trace: TurnTrace, transcript: Any | None) -> None:
        """A speculative transcript is ready (or was discarded: None) while the key is held or at a
        hands-free pause (`SpeculativeStt` reports only while its turn is still being spoken)."""
        current = self._speculation
        if current is not None and current[0] is trace:
            self._speculation = None
            _drop(trace, current[1], "speech_resumed" if transcript is None else "replaced")
        if transcript is None:
            return
        text = str(transcript.text or "").strip()
        language = self.language
        if self.settings.detect_language and transcript.language in ("it", "en"):
            language = transcript.language
        if not self._may_speculate(text, language):
            return
        run = self.agent.run(text, context=self._context(trace), speculative=True)
        self._speculation = (trace, AgentFeed(run, text=text, language=language))

    def _may_speculate(self, text: str, language: str) -> bool:
        """Start the model early only where the turn will go to it: not a spoken yes/no to a pending
        confirmation, not what the fast path answers, not offline."""
        if not text or self.settings.offline_only or not self.agent.configured:
            return False
        if language != self.agent.options.language or self.pending is not None:
            return False
        fastpath = self.fastpath
        if fastpath is not None:
            if self._fastpath_asked:
                return False  # the fast path may take it as the answer to its own question
            try:
                if fastpath.parse(text).handled:
                    return False
            except Exception as exc:  # a parser failure only means no early start
                _LOGGER.warning("Fast path parse failed on %r: %s", text, exc)
                return False
        return True

    def _take_speculation(self, trace: TurnTrace, text: str, language: str) -> AgentFeed | None:
        """The speculative start of this turn when it began on exactly `text`; any other is dropped."""
        current = self._speculation
        if current is None or current[0] is not trace:
            return None
        self._speculation = None
        feed = current[1]
        if feed.matches(text, language):
            return feed
        _drop(trace, feed, "transcript_changed")
        return None

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
        turn: _Turn,
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

    # --- confirmation and undo ------------------------------------------------------------------------

    async def confirm(self, pending_id: str, accepted: bool) -> TurnResult:
        """Answer a pending confirmation: on accept run the tool with the backend's token for that call.

        A spoken "sì, conferma" / "yes, confirm" / "no" / "annulla" while a confirmation is pending
        is recognised by the pipeline itself (never by the model) and ends up here.
        """
        async with self._turn_lock:
            trace = self.recorder.begin()
            trace.emit(TurnStarted(source="confirm", language=self.language))
            turn = _Turn(trace)
            self._current = turn
            try:
                return await self._resolve(
                    trace, pending_id, accepted, how="click", transcript="", anchor=trace.started
                )
            finally:
                self._current = None

    async def _resolve(
        self, trace: TurnTrace, pending_id: str, accepted: bool, *, how: str, transcript: str, anchor: float
    ) -> TurnResult:
        pending = self.pending
        language = self.language
        turn = self._current or _Turn(trace)
        if pending is None or pending.id != pending_id:
            message = reply("no_pending", language)
            return await self._speak_reply(
                turn, transcript, message, language, anchor=anchor, path="confirm", error=message
            )
        self.pending = None
        trace.emit(ConfirmationResolved(pending_id=pending.id, accepted=accepted, how=how))
        if not accepted:
            return await self._speak_reply(
                turn, transcript, reply("declined", language), language, anchor=anchor, path="confirm"
            )
        trace.emit(StateChanged(state="acting", detail=pending.tool))
        record = await self._call(trace, pending.tool, pending.arguments, confirmation=pending.token)
        trace_tool(trace, record, round_no=0)
        if record.result.ok:
            text = reply("confirmed_" + pending.tool, language, fallback="confirmed", data=record.result.data)
            error = None
        else:
            assert record.result.error is not None
            error = record.result.error.message
            code = record.result.error.code
            if code in ("confirmation_expired", "confirmation_invalid"):
                text = reply(code, language)
            else:
                text = reply("confirm_failed", language, detail=refusal(code, error, language))
        return await self._speak_reply(
            turn, transcript, text, language, anchor=anchor, path="confirm", tool_calls=[record], error=error
        )

    async def _call(
        self, trace: TurnTrace, name: str, arguments: dict[str, Any], *, confirmation: str | None = None
    ) -> ToolCallRecord:
        started = time.monotonic()
        try:
            result = await asyncio.wait_for(
                self.backend.call_tool(
                    name, arguments, context=self._context(trace, confirmation=confirmation)
                ),
                self.settings.llm_tool_timeout_s,
            )
        except TimeoutError:
            result = ToolResult.failure(
                "timeout",
                f"The workshop system did not answer within {self.settings.llm_tool_timeout_s:g} s.",
            )
        except Exception as exc:  # a backend failure is one sentence, never a crash
            result = ToolResult.failure("backend_unavailable", f"The workshop system failed: {exc}")
        return ToolCallRecord(name, dict(arguments), result, time.monotonic() - started)

    async def undo_last(self) -> ToolResult:
        """Revert the last change made in this session (the `undo_last` tool)."""
        async with self._turn_lock:
            trace = self.recorder.begin()
            trace.emit(TurnStarted(source="undo", language=self.language))
            record = await self._call(trace, "undo_last", {})
            trace_tool(trace, record, round_no=0)
            if record.result.ok:
                text = reply("undone", self.language, data=record.result.data)
            else:
                text = (
                    record.result.error.message
                    if record.result.error
                    else reply("undo_failed", self.language)
                )
            turn = _Turn(trace)
            self._current = turn
            try:
                await self._speak_reply(
                    turn, "", text, self.language, anchor=trace.started, path="undo", tool_calls=[record]
                )
            finally:
                self._current = None
            return record.result

    # --- push-to-talk -----------------------------------------------------------------------------------

    def _mic(self) -> Any:
        if self.mic is None:
            from engine.audio import MicCapture

            self.mic = MicCapture(device=self.settings.input_device, preroll_s=0.3)
        return self.mic

    def _emit_level(self, level: float) -> None:
        callback = self._level_cb
        if callback is not None:
            try:
                callback(level)
            except Exception:  # a broken meter must not break capture
                _LOGGER.exception("Level callback failed")

    async def _ensure_mic(self) -> Any:
        mic = self._mic()
        if not self._mic_started:
            await asyncio.to_thread(mic.start)
            self._mic_started = True
        return mic

    async def press(self) -> None:
        """Push-to-talk pressed: barge in on any answer being spoken, open the mic (with ~300 ms pre-roll).

        While the key is held, audio streams into the VAD; at end of speech STT starts finalising
        before the key is released.
        """
        self.barge_in()
        if self._capture is not None:
            return
        if self.engines.vad is None:
            raise ConfigError(
                "Voice activity detection is not available; type the request instead.", kind="vad.unavailable"
            )
        mic = await self._ensure_mic()
        trace = self.recorder.begin()
        trace.emit(TurnStarted(source="mic", language=self.language))
        trace.emit(StateChanged(state="listening"))
        transcribe = self._transcribe if self.engines.stt is not None else None
        vad = self.engines.vad
        options = dataclasses.replace(vad.options, min_silence_ms=PTT_SPECULATE_SILENCE_MS)
        capture = PttCapture(
            trace,
            vad.stream(options),
            transcribe,
            pad_s=_PAD_S,
            on_level=self._emit_level,
            on_transcript=lambda transcript: self._on_speculative_transcript(trace, transcript),
        )
        self._capture = capture
        mic.add_consumer(capture.on_frame)
        mic.begin()

    async def release(self) -> TurnResult:
        """Push-to-talk released: close the mic, finish STT, run the turn, speak the answer."""
        capture = self._capture
        if capture is None:
            raise RuntimeError("release() without press()")
        self._capture = None
        mic = self._mic()
        audio = await asyncio.to_thread(mic.end)
        mic.remove_consumer(capture.on_frame)
        async with self._turn_lock:
            trace = capture.trace
            self._captured(trace, audio, device=str(self.settings.input_device or "default"))
            speech, speculative = await capture.finish(audio)
            anchor = capture.speech_end_at or time.monotonic()
            try:
                return await self._transcribe_and_respond(
                    trace, speech, audio, anchor=anchor, pending_stt=speculative
                )
            finally:
                self._drop_speculation("not_for_the_model")  # only left when the turn failed

    def hands_free(self, on: bool) -> None:
        """Turn hands-free mode on/off: the mic stays open and VAD endpointing starts and ends turns.

        Hands-free turns are reported through listeners (TurnStarted ... TurnFinished).
        """
        if on == self._hands_free:
            return
        self._hands_free = on
        if on:
            self._hands_free_task = asyncio.get_running_loop().create_task(
                self._hands_free_loop(), name="hands-free"
            )
        elif self._hands_free_task is not None:
            self._hands_free_task.cancel()
            self._hands_free_task = None

    async def _hands_free_loop(self) -> None:
        from engine.vad import Endpointer

        vad = self.engines.vad
        if vad is None:  # nothing to end a turn on: say why in the log rather than fail in the endpointer
            _LOGGER.warning("Hands-free listening needs voice activity detection, which is not available")
            return
        mic = await self._ensure_mic()
        endpointer = Endpointer(vad, pause_ms=PTT_SPECULATE_SILENCE_MS)
        # at a pause STT and the model start, as at a VAD end of speech with the key held
        transcribe = self._transcribe if self.engines.stt is not None else None
        early = EarlyTurn(self._begin_mic_trace, transcribe, self._on_speculative_transcript)
        mic.add_consumer(endpointer.push_frame, always=True)
        try:
            async for event in endpointer:
                if event.type == "turn_start":
                    self.barge_in()
                    continue
                if event.type != "turn_end":
                    early.on_event(event)
                    continue
                anchor = time.monotonic()
                begun, pending_stt = early.end(event)
                try:
                    async with self._turn_lock:
                        trace = begun or self._begin_mic_trace()
                        self._captured(trace, event.audio, device="hands-free")
                        trace.emit(VadEvent(kind="speech_end", at_s=len(event.audio) / RATE))
                        await self._transcribe_and_respond(
                            trace, event.audio, event.audio, anchor=anchor, pending_stt=pending_stt
                        )
                except OfficinaError as exc:  # one failed turn must not stop hands-free listening
                    _LOGGER.warning("Hands-free turn failed: %s", exc.message)
        except asyncio.CancelledError:
            raise
        except Exception:
            _LOGGER.exception("Hands-free listening stopped")
        finally:
            if (abandoned := early.cancel()) is not None:  # stopped while a turn was being spoken
                self._finish(abandoned, "", "", path="none")
            mic.remove_consumer(endpointer.push_frame)

    def _begin_mic_trace(self) -> TurnTrace:
        trace = self.recorder.begin()
        trace.emit(TurnStarted(source="mic", language=self.language))
        return trace

    def _drop_speculation(self, reason: str) -> None:
        current, self._speculation = self._speculation, None
        if current is not None:
            _drop(current[0], current[1], reason)

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
        close = getattr(self.player, "close", None)
        if close is not None:
            with contextlib.suppress(Exception):
                close()
        await self.agent.aclose()
        if self.engines.stt is not None and self._owns_engines:
            with contextlib.suppress(Exception):
                await self.engines.stt.aclose()
        if self._owns_backend:
            await self.backend.aclose()
        if self._otel is not None:
            with contextlib.suppress(Exception):
                self._otel.shutdown()  # type: ignore[attr-defined]


def _drop(trace: TurnTrace, feed: AgentFeed, reason: str) -> None:
    """Throw a speculative start away: cancel its stream; the trace gets only this marker."""
    feed.drop(trace, reason)


def _backend_for(settings: Settings) -> tuple[ToolBackend, MissingItem | None]:
    from engine.pipeline.backend_factory import create_backend

    try:
        return create_backend(settings), None
    except ConfigError as exc:
        if settings.backend != "wordpress":
            raise
        _LOGGER.warning("WordPress is not usable (%s); opening the local demo workshop", exc.message)
        return create_backend(settings, kind="local"), MissingItem(exc.message, "Settings → Backend")
