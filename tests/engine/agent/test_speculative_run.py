"""A speculative run (the transcript may still change) runs read tools only: it parks before a write, a
confirmation or the end of the turn until committed, and dropping it leaves the agent as it was."""

from __future__ import annotations

import asyncio
from typing import Any

from benches.openai_server import Round, ToolCall
from benches.testing import AgentHarness
from engine.agent import AgentRun, RoundStarted, ToolCallFinished
from tests.engine.agent.conftest import TimedBackend, first_appointment
from wp_api.contract import ToolBackend


async def _until_parked(run: AgentRun, events: list[Any]) -> asyncio.Task[None]:
    async def pump() -> None:
        async for event in run:
            events.append(event)

    task = asyncio.create_task(pump())
    for _ in range(500):
        if run.parked or task.done():
            break
        await asyncio.sleep(0.01)
    assert run.parked, "the speculative run did not park"
    return task


async def test_a_write_waits_for_the_commit_then_runs(backend: ToolBackend) -> None:
    timed = TimedBackend(backend)
    script = [
        Round(tool_calls=[ToolCall("find_customer", {"query": "Speculativo"})]),
        Round(tool_calls=[ToolCall("create_customer", {"full_name": "Ugo Speculativo"})]),
        Round(text="Cliente registrato."),
    ]
    async with AgentHarness(script=script, backend=timed) as h:
        assert h.agent is not None
        run = h.agent.run("registra Ugo Speculativo", context=h.context(), speculative=True)
        events: list[Any] = []
        task = await _until_parked(run, events)
        names = [c[0] for c in timed.calls if c[0] != "list_services"]
        assert names == ["find_customer"]  # the read ran, the write did not
        assert len(h.server.chat_requests) == 2
        assert all(e.speculative for e in events if isinstance(e, RoundStarted))
        run.commit()
        await task
        names = [c[0] for c in timed.calls if c[0] != "list_services"]
        assert names == ["find_customer", "create_customer"]
        assert not [e for e in events if isinstance(e, RoundStarted)][-1].speculative
        assert run.result is not None and run.result.text == "Cliente registrato."
        assert len(h.agent._history) == 2


async def test_a_dropped_run_writes_nothing_and_is_not_remembered(backend: ToolBackend) -> None:
    timed = TimedBackend(backend)
    script = [Round(text="Il primo posto libero è lunedì alle nove.")]
    async with AgentHarness(script=script, backend=timed) as h:
        assert h.agent is not None
        run = h.agent.run("primo posto libero", context=h.context(), speculative=True)
        events: list[Any] = []
        task = await _until_parked(run, events)  # the answer is complete: parked before remembering it
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        assert h.agent._history == []
        assert not any(isinstance(e, ToolCallFinished) for e in events)


async def test_a_confirmation_is_not_asked_before_the_commit(backend: ToolBackend) -> None:
    appointment = await first_appointment(backend)
    cancel = ToolCall("cancel_appointment", {"appointment_id": appointment["appointment_id"]})
    script = [Round(tool_calls=[cancel])]
    async with AgentHarness(script=script, backend=backend) as h:
        assert h.agent is not None
        run = h.agent.run("annulla", context=h.context(), speculative=True)
        events: list[Any] = []
        task = await _until_parked(run, events)
        assert run.result is not None and run.result.pending is None
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
