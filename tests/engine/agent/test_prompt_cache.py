"""The prompt is laid out for prefix caching: the tools, the rules and the catalogue are the same bytes
every turn and every minute; only the clock note and the request at the end change."""

from __future__ import annotations

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

from benches.openai_server import FakeOpenAI, Round, ToolCall
from benches.testing import AgentHarness
from engine.agent import RoundDone
from wp_api.contract import CallContext, ToolBackend

ROME = ZoneInfo("Europe/Rome")


def _shared(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


async def test_two_prompts_a_minute_and_a_day_apart_share_the_whole_static_prefix(
    backend: ToolBackend,
) -> None:
    async with AgentHarness(script=[Round(text="Ok.")], backend=backend) as h:
        assert h.agent is not None
        await h.run("ciao")  # one exchange in the history
        context = CallContext(session_id="cache")
        first = dt.datetime(2026, 3, 2, 9, 59, tzinfo=ROME)
        times = [first, first + dt.timedelta(minutes=1), first + dt.timedelta(days=1, hours=3)]
        builds = [await h.agent.messages_for("prenota un tagliando", context, now=t) for t in times]
        tools = json.dumps(h.agent._tools)
    static = [json.dumps(b[:-1]) for b in builds]  # system message + history
    assert static[0] == static[1] == static[2]
    assert re.search(r"\d{4}-\d{2}-\d{2}|\b\d{2}:\d{2}\b", builds[0][0]["content"]) is None  # no clock
    clocks = [b[-1]["content"] for b in builds]
    assert "2026-03-02" in clocks[0] and "09:59" in clocks[0] and "lunedì" in clocks[0]
    assert "10:00" in clocks[1] and "2026-03-03" in clocks[2] and "martedì" in clocks[2]
    assert all(c.endswith("\nprenota un tagliando") for c in clocks)
    # the whole request as a server sees it (tools, then messages) differs only inside the last message
    wires = [tools + json.dumps(b) for b in builds]
    for other in wires[1:]:
        assert _shared(wires[0], other) > len(tools) + len(static[0]) - 1
    assert json.loads(tools) == sorted(json.loads(tools), key=lambda t: t["function"]["name"])


async def test_the_wire_repeats_the_same_bytes_and_the_trace_reports_cached_tokens(
    backend: ToolBackend,
) -> None:
    with FakeOpenAI(prefix_cache=True) as server:
        script = [
            Round(text="Buongiorno."),
            Round(tool_calls=[ToolCall("list_services", {})]),
            Round(text="Facciamo tagliandi e gomme."),
        ]
        async with AgentHarness(script=script, backend=backend, server=server) as h:
            await h.run("buongiorno")
            second = await h.run("che servizi fate?")
        requests = server.chat_requests
    assert len(requests) == 3
    tools = [json.dumps(r.body["tools"]) for r in requests]
    assert tools[0] == tools[1] == tools[2]
    assert requests[0].body["messages"][0] == requests[1].body["messages"][0]
    # the next turn repeats the first turn's messages as sent, clock note included
    assert requests[1].body["messages"][1:3] == [
        requests[0].body["messages"][1],
        {"role": "assistant", "content": "Buongiorno."},
    ]
    assert requests[0].body["stream_options"] == {"include_usage": True}
    usage = [e.usage for e in second.events if isinstance(e, RoundDone)]
    static = len(tools[0] + json.dumps(requests[0].body["messages"][:2])) // 4
    assert usage[0]["cached_tokens"] >= static - 1  # tools, rules, catalogue and the last exchange
    # the tool round's follow-up reuses the whole first request of the turn
    first_request = len(tools[1] + json.dumps(requests[1].body["messages"])) // 4
    assert usage[1]["cached_tokens"] >= first_request - 2
    assert usage[1]["prompt_tokens"] > usage[1]["cached_tokens"]
