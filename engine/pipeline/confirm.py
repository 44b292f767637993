"""Confirmations and undo: a pending confirm-level tool call accepted or declined (by a click or a
spoken yes/no), and `undo_last`."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from engine.agent import AgentEvent, AgentRun, TextDelta
from engine.confirmation import ToolCallRecord
from engine.errors import ConfigError, LlmError, for_person
from engine.pipeline.base import CurrentTurn, PipelineBase, agent_outcome
from engine.pipeline.speculation import AgentFeed
from engine.pipeline.turn import TurnResult
from engine.pipeline.turn_trace import trace_agent_event, trace_tool
from engine.trace import (
    ConfirmationResolved,
    StateChanged,
    TurnError,
    TurnStarted,
    TurnTrace,
)
from i18n.fastpath import refusal
from i18n.replies import declined_after, reply
from wp_api.contract import ToolResult

_LOGGER = logging.getLogger(__name__)


class Confirming(PipelineBase):
    """Answering a pending confirmation and undoing the last change."""

    async def confirm(self, pending_id: str, accepted: bool) -> TurnResult:
        """Answer a pending confirmation: on accept run the tool with the backend's token for that call.

        A spoken "sì, conferma" / "yes, confirm" / "no" / "annulla" while a confirmation is pending
        is recognised by the pipeline itself (never by the model) and ends up here.
        """
        async with self._turn_lock:
            trace = self.recorder.begin()
            trace.emit(TurnStarted(source="confirm", language=self.language))
            turn = CurrentTurn(trace)
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
        turn = self._current or CurrentTurn(trace)
        if pending is None or pending.id != pending_id:
            message = reply("no_pending", language)
            return await self._speak_reply(
                turn, transcript, message, language, anchor=anchor, path="confirm", error=message
            )
        self.pending = None
        trace.emit(ConfirmationResolved(pending_id=pending.id, accepted=accepted, how=how))
        if not accepted:
            # a "no" ends the model's request there: nothing more of it is done; say what already was
            made = self.agent.drop_held(pending.id)
            text = declined_after([r.name for r in made], [r.result.data for r in made], language)
            return await self._speak_reply(turn, transcript, text, language, anchor=anchor, path="confirm")
        trace.emit(StateChanged(state="acting", detail=pending.tool))
        # a held write has no token: the yes makes the very call said back (same idempotency key)
        record = await self._call(trace, pending.tool, pending.arguments, confirmation=pending.token or None)
        trace_tool(trace, record, round_no=0)
        self.agent.note_tool_calls([record])  # a later confirmation card may name what this one made
        if record.result.ok:
            text = reply("confirmed_" + pending.tool, language, fallback="confirmed", data=record.result.data)
            error = None
            # the model's turn held at this write carries on from its real result (the rest of the request)
            run = self.agent.carry_on(pending.id, record, context=self._context(trace))
            if run is not None and (self.settings.offline_only or not self.agent.configured):
                await run.aclose()  # no model now (switched offline): the rest is asked for again
                run = None
            if run is not None:
                return await self._carry_on(turn, transcript, text, run, record, language, anchor=anchor)
        else:
            self.agent.drop_held(pending.id)  # a failed write: the rest of that request is not done
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

    async def _carry_on(
        self,
        turn: CurrentTurn,
        transcript: str,
        done: str,
        run: AgentRun,
        record: ToolCallRecord,
        language: str,
        *,
        anchor: float,
    ) -> TurnResult:
        """Say the held write is done, then stream the model's continuation of the same request through the
        voice and the trace like any agent turn. It is still careful: its next write is held and said back
        for its own yes (a pending confirmation again)."""
        trace = turn.trace
        speech = self._speech(trace, language, anchor)
        turn.speech = speech
        speech.say(done)
        trace.emit(StateChanged(state="thinking"))
        text_round = 0

        def sink(event: AgentEvent, at: float | None) -> None:
            nonlocal text_round
            if isinstance(event, TextDelta) and event.text.strip():
                if event.round != text_round:
                    speech.push(" ")  # after the "done" sentence, and between the model's rounds
                text_round = event.round
            trace_agent_event(
                trace, event, speech, model=self.agent.options.model, on_pending=self._set_pending, at=at
            )

        feed = AgentFeed(run, text="", language=language, sink=sink)
        error = await agent_outcome(turn, feed)
        result = run.result
        said = result.text if result else ""
        failed = ""
        if error is not None:
            # the write is made (said first); the rest of the request is not: say so, and why
            why = for_person(error, language)
            failed = reply("rest_not_done", language, detail=why[:1].lower() + why[1:])
            stage = "llm" if isinstance(error, LlmError | ConfigError) else "pipeline"
            trace.emit(TurnError(stage=stage, message=why, detail=repr(error.__cause__ or error)))
            speech.abandon()
            speech.say(" " + failed)
        elif turn.interrupted:
            said = " ".join(speech.spoken[1:])  # what had been handed to the voice after "done"
        elif result is not None and result.stopped == "max_rounds" and not said:
            failed = reply("max_rounds", language)
            speech.say(" " + failed)
        if not turn.interrupted:
            await speech.finish()
        return self._finish(
            trace, transcript, " ".join(s for s in (done, said, failed) if s), path="confirm",
            tool_calls=[record, *(result.tool_calls if result else [])],
            pending=result.pending if result else None,
            error=error.message if error else None, interrupted=turn.interrupted, language=language,
        )  # fmt: skip

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
            turn = CurrentTurn(trace)
            self._current = turn
            try:
                await self._speak_reply(
                    turn, "", text, self.language, anchor=trace.started, path="undo", tool_calls=[record]
                )
            finally:
                self._current = None
            return record.result
