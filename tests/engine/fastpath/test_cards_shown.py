"""Seen in the app: a booking said with a misheard plate filled the conversation with cards of the lookups
the fast path made only to decide (the service catalogue, the week's appointments weighing the plate, the
plate's candidates). Those calls are traced (the side panel keeps them) but are no card: the answer says
what they decided. What the answer is about (the vehicle, the booking) keeps its card. On the contract
workshop (a real LocalBackend) and the real trace."""

from __future__ import annotations

from engine.fastpath import FastPath
from engine.pipeline.turn_trace import trace_tool
from engine.trace.events import ToolResultEvent
from engine.trace.recorder import TraceRecorder, TurnTrace
from wp_api.contract import CallContext


async def test_lookups_made_only_to_decide_are_traced_but_are_no_card(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando e ab23cd domani alle 10", context)  # a digit dropped
    assert out.clarification and "AB123CD" in out.clarification
    background = {(c.name, tuple(sorted(c.arguments))) for c in out.tool_calls if not c.shown}
    names = {name for name, _ in background}
    assert {"list_services", "search_appointments"} <= names, out.tool_calls
    assert any(name == "find_vehicle" and "heard_forms" in args for name, args in background)

    trace = TurnTrace(TraceRecorder(None), "t1", None)
    for record in out.tool_calls:
        trace_tool(trace, record, round_no=0)
    results = [e for e in trace.events if isinstance(e, ToolResultEvent)]
    assert len(results) == len(out.tool_calls)  # every call is in the trace
    carded = [e.name for e in results if e.display]
    assert "list_services" not in carded and "search_appointments" not in carded, carded


async def test_what_the_answer_is_about_keeps_its_card(fast: FastPath, context: CallContext) -> None:
    done = await fast.handle("prenota un tagliando per la Panda AB123CD domani alle 10", context)
    shown = [c.name for c in done.tool_calls if c.shown]
    assert "find_vehicle" in shown and "create_appointment" in shown, done.tool_calls
    history = await fast.handle("cosa abbiamo fatto sulla AB123CD?", context)
    assert [c.name for c in history.tool_calls if c.shown][-1] == "vehicle_history"
