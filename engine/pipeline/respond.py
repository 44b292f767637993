"""Answering a transcript: a spoken yes/no to a pending confirmation, the fast path, or the agent
(streamed into the voice), and the model's speculative start while the key is still held."""

from __future__ import annotations

import dataclasses
import logging
import time

from engine.agent import AgentEvent, FirstToken, TextDelta, ToolCallStarted
from engine.confirmation import ToolCallRecord
from engine.errors import ConfigError, LlmError, for_person
from engine.pipeline.base import CurrentTurn, agent_outcome
from engine.pipeline.confirm import Confirming
from engine.pipeline.confirm_words import confirmation_answer
from engine.pipeline.speaking import Speech
from engine.pipeline.speculation import AgentFeed
from engine.pipeline.turn import TurnResult
from engine.pipeline.turn_trace import trace_agent_event, trace_tool
from engine.stt import Transcript
from engine.trace import (
    FastPathParsed,
    StateChanged,
    TurnError,
    TurnStarted,
    TurnTrace,
)
from i18n.replies import reply

_LOGGER = logging.getLogger(__name__)


class Responding(Confirming):
    """Routing a turn's text to the fast path or the agent, and speaking the answer."""

    async def run_text_turn(self, text: str, *, careful: str | None = None) -> TurnResult:
        """Run a turn from typed text (no STT): fast path or agent, tools, spoken answer. `careful`
        ("noisy") answers it as words heard over a loud background are answered: writes said back whole."""
        async with self._turn_lock:
            trace = self.recorder.begin()
            trace.emit(TurnStarted(source="text", language=self.language, text=text))
            return await self._respond(trace, text.strip(), self.language, anchor=trace.started, careful=careful)

    async def _respond(
        self, trace: TurnTrace, text: str, language: str, *, anchor: float, careful: str | None = None
    ) -> TurnResult:
        """Answer a transcript: a spoken yes/no to a pending confirmation, the fast path, or the agent.
        `careful` ("noisy") makes the fast path, and the model, say a write back for a yes before making it."""
        if not text:
            return self._finish(trace, "", reply("no_words", language), path="none")
        turn = CurrentTurn(trace)
        self._current = turn
        try:
            if self.pending is not None and (answer := confirmation_answer(text)) is not None:
                return await self._resolve(
                    trace, self.pending.id, answer == "accept", how="voice", transcript=text, anchor=anchor
                )
            return await self._answer(turn, text, language, anchor=anchor, careful=careful)
        finally:
            self._current = None

    async def _answer(
        self, turn: CurrentTurn, text: str, language: str, *, anchor: float, careful: str | None
    ) -> TurnResult:
        trace = turn.trace
        context = self._context(trace)
        trace.emit(StateChanged(state="thinking"))
        clarification: str | None = None
        looked_up: list[ToolCallRecord] = []  # the lookups of a request the fast path asked about
        fastpath = self.fastpath
        if fastpath is not None:
            started = time.monotonic()
            asked, self._fastpath_asked = self._fastpath_asked, False
            try:
                # An answer to the fast path's last question ("la grigia", "domani alle 10") finishes that
                # request; anything else is a new request.
                alone = self.settings.offline_only or not self.agent.configured
                outcome = await fastpath.resume(text, context, careful=careful, alone=alone) if asked else None
                if outcome is None:
                    outcome = await fastpath.handle(text, context, careful=careful, alone=alone)
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
                        # a write said back whole for a yes (not other times offered, nor a question asked again)
                        said_back=bool(
                            outcome.handled and outcome.clarification and (outcome.reason or "").startswith("say_back:")
                        ),
                        reason=outcome.reason,
                        elapsed_s=round(time.monotonic() - started, 4),
                    )
                )
                clarification = outcome.clarification if parse.get("intent") else None
                looked_up = list(outcome.tool_calls)
                self.agent.note_tool_calls(looked_up)
                for record in looked_up:
                    trace_tool(trace, record, round_no=0)
                if outcome.handled:
                    if outcome.pending is not None:
                        self._set_pending(trace, outcome.pending)
                    # a write said back for a yes: the fast path takes the answer, model or not
                    self._fastpath_asked = outcome.clarification is not None
                    return await self._speak_reply(
                        turn, text, outcome.reply_text, language, anchor=anchor,
                        path="clarify" if outcome.clarification else "fastpath",
                        tool_calls=list(outcome.tool_calls), pending=outcome.pending,
                    )  # fmt: skip
        if self.settings.offline_only or not self.agent.configured:
            # a question about a command it understood; else "can't do that offline" and what is missing
            message = clarification or reply("offline", language)
            self._fastpath_asked = clarification is not None
            missing = None if self.settings.offline_only else self.agent.options.missing()
            if missing and not clarification:
                message = f"{message} {missing}"
            return await self._speak_reply(
                turn, text, message, language, anchor=anchor, path="clarify", tool_calls=looked_up
            )
        return await self._run_agent(
            turn, text, language, anchor=anchor, clarification=clarification, careful=careful
        )

    async def _run_agent(
        self,
        turn: CurrentTurn,
        text: str,
        language: str,
        *,
        anchor: float,
        clarification: str | None,
        careful: str | None = None,
    ) -> TurnResult:
        trace = turn.trace
        if self.agent.options.language != language:
            self.agent.options = dataclasses.replace(self.agent.options, language=language)
        speech = self._speech(trace, language, anchor)
        turn.speech = speech
        feed = self._take_speculation(trace, text, language)
        if feed is None:
            started = self.agent.run(text, context=self._context(trace), careful=careful)
            feed = AgentFeed(started, text=text, language=language)
        else:
            feed.run.careful = careful  # before `attach` commits it: a speculative run never wrote

        # a short "one moment" as soon as the model starts asking for a tool before saying anything (it
        # needs a second round); not when a speculative start already holds the answer's words
        acknowledged = feed.has_answer_text
        text_round = 0

        def sink(event: AgentEvent, at: float | None) -> None:
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
        error = await agent_outcome(turn, feed)
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

    def _on_speculative_transcript(self, trace: TurnTrace, transcript: Transcript | None) -> None:
        """A speculative transcript is ready (or was discarded: None) while the key is held or at a
        hands-free pause (`SpeculativeStt` reports only while its turn is still being spoken)."""
        current = self._speculation
        if current is not None and current[0] is trace:
            self._speculation = None
            current[1].drop(trace, "speech_resumed" if transcript is None else "replaced")
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
        feed.drop(trace, "transcript_changed")
        return None
