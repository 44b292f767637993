"""Confirmations and undo: a pending confirm-level tool call accepted or declined (by a click or a
spoken yes/no), and `undo_last`."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from engine.confirmation import ToolCallRecord
from engine.pipeline.base import CurrentTurn, PipelineBase
from engine.pipeline.turn import TurnResult
from engine.pipeline.turn_trace import trace_tool
from engine.trace import (
    ConfirmationResolved,
    StateChanged,
    TurnStarted,
    TurnTrace,
)
from i18n.fastpath import refusal
from i18n.replies import reply
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
            return await self._speak_reply(
                turn, transcript, reply("declined", language), language, anchor=anchor, path="confirm"
            )
        trace.emit(StateChanged(state="acting", detail=pending.tool))
        # a held write has no token: the yes makes the very call said back (same idempotency key)
        record = await self._call(trace, pending.tool, pending.arguments, confirmation=pending.token or None)
        trace_tool(trace, record, round_no=0)
        self.agent.note_tool_calls([record])  # a later confirmation card may name what this one made
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
            turn = CurrentTurn(trace)
            self._current = turn
            try:
                await self._speak_reply(
                    turn, "", text, self.language, anchor=trace.started, path="undo", tool_calls=[record]
                )
            finally:
                self._current = None
            return record.result
