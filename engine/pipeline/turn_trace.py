"""Agent events and tool records as trace events (what the side panel shows for the model and the tools)."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from engine.agent import (
    AgentEvent,
    ConfirmationNeeded,
    FirstToken,
    RoundDone,
    RoundStarted,
    TextDelta,
    ToolCallFinished,
    ToolCallStarted,
)
from engine.confirmation import PendingConfirmation, ToolCallRecord
from engine.pipeline.speaking import Speech
from engine.trace import (
    ConfirmationRequested,
    LlmDone,
    LlmFirstToken,
    LlmRequest,
    LlmToolCall,
    StateChanged,
    ToolResultEvent,
    TurnTrace,
)

_LOGGER = logging.getLogger(__name__)


def trace_agent_event(
    trace: TurnTrace,
    event: AgentEvent,
    speech: Speech,
    *,
    model: str,
    on_pending: Callable[[TurnTrace, PendingConfirmation], None],
    at: float | None = None,
) -> None:
    """Record one agent event; answer text goes on to `speech` as it streams.

    `at`: the monotonic time a model or tool event happened when it is recorded later (a speculative
    start adopted at release): the trace shows it then. What is spoken is recorded when it is spoken."""
    t = round(max(0.0, at - trace.started), 6) if at is not None else 0.0  # 0: stamped on emit
    if isinstance(event, RoundStarted):
        trace.emit(
            LlmRequest(
                round=event.round, model=model, messages=event.messages, speculative=event.speculative, t=t
            )
        )
    elif isinstance(event, FirstToken):
        trace.emit(LlmFirstToken(round=event.round, ttft_s=round(event.ttft_s, 4), t=t))
    elif isinstance(event, TextDelta):
        speech.push(event.text)
    elif isinstance(event, ToolCallStarted):
        trace.emit(StateChanged(state="acting", detail=event.name))
        trace.emit(
            LlmToolCall(
                round=event.round, call_id=event.call_id, name=event.name, arguments=event.arguments, t=t
            )
        )
    elif isinstance(event, ToolCallFinished):
        trace_result(trace, event.record, t=t)
        trace.emit(StateChanged(state="thinking"))
    elif isinstance(event, ConfirmationNeeded):
        on_pending(trace, event.pending)
    elif isinstance(event, RoundDone):
        trace.emit(
            LlmDone(
                round=event.round,
                text=event.text,
                finish_reason=event.finish_reason,
                usage=event.usage,
                duration_s=round(event.duration_s, 4),
                t=t,
            )
        )


def trace_tool(trace: TurnTrace, record: ToolCallRecord, *, round_no: int) -> None:
    """A tool call made outside the model (fast path, confirmation, undo): the call and its result."""
    trace.emit(
        LlmToolCall(round=round_no, call_id=record.call_id, name=record.name, arguments=record.arguments)
    )
    trace_result(trace, record)


def trace_result(trace: TurnTrace, record: ToolCallRecord, *, t: float = 0.0) -> None:
    result = record.result
    trace.emit(
        ToolResultEvent(
            call_id=record.call_id,
            name=record.name,
            ok=result.ok,
            data=result.data,
            error=dataclasses.asdict(result.error) if result.error else None,
            display=result.display if record.shown else None,
            shown=record.shown,
            duration_s=round(record.duration_s, 4),
            t=t,
        )
    )


def trace_pending(trace: TurnTrace, pending: PendingConfirmation) -> None:
    trace.emit(
        ConfirmationRequested(
            pending_id=pending.id,
            tool=pending.tool,
            arguments=pending.arguments,
            summary=pending.summary,
            display=pending.display,
        )
    )
