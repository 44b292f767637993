"""The agent survives what real servers send: an error mid-stream, a dropped connection, an empty stream,
the function name repeated in every chunk, arguments that are not JSON, an unknown tool, a model that
never stops calling tools. All through the real openai client against the scripted server at the wire."""

from __future__ import annotations

import pytest

from benches.openai_server import Round, ToolCall
from benches.testing import AgentHarness
from engine.agent import ToolCallStarted
from engine.errors import LlmStreamError
from tests.engine.agent.conftest import first_appointment
from wp_api.contract import ToolBackend


async def test_an_error_event_mid_stream_is_a_stream_error(backend: ToolBackend) -> None:
    script = [
        Round(text="Sto controllando il calendario adesso", stream_error="model crashed", error_after=3)
    ]
    async with AgentHarness(script=script, backend=backend) as h:
        result = await h.run("che c'è domani?")
        assert isinstance(result.error, LlmStreamError)
        assert "mid-answer" in result.error.message and "model crashed" in result.error.message
        assert h.agent is not None and h.agent.reachable is True  # the server is there, it failed


async def test_a_connection_dropped_inside_a_tool_call_never_runs_it(backend: ToolBackend) -> None:
    call = ToolCall("create_appointment", {"service_id": 1, "start": "2030-01-07T09:00", "plate": "AB123CD"})
    async with AgentHarness(script=[Round(tool_calls=[call], drop_after=3)], backend=backend) as h:
        result = await h.run("prenota")
        assert isinstance(result.error, LlmStreamError) and "broke off" in result.error.message
        assert not any(isinstance(e, ToolCallStarted) for e in result.events)
        assert result.result is not None and result.result.tool_calls == []


async def test_a_text_answer_cut_at_the_wire_is_a_stream_error_not_the_answer(backend: ToolBackend) -> None:
    script = [Round(text="Ora mando la conferma su WhatsApp e poi ti dico", drop_after=2)]
    async with AgentHarness(script=script, backend=backend) as h:
        result = await h.run("che c'è domani?")
        assert isinstance(result.error, LlmStreamError) and "broke off" in result.error.message
        assert result.text == ""  # "Ora mando la" is not an answer


@pytest.mark.parametrize("empty", [Round(), Round(drop_after=0)], ids=["finished", "no-chunk-at-all"])
async def test_an_empty_stream_is_an_empty_answer_not_a_crash(backend: ToolBackend, empty: Round) -> None:
    async with AgentHarness(script=[empty], backend=backend) as h:
        result = await h.run("ciao")
        assert result.error is None
        assert result.result is not None and result.result.stopped == "empty" and result.text == ""
        assert h.agent is not None and h.agent._history == []  # nothing worth remembering


async def test_a_function_name_repeated_in_every_chunk_is_not_concatenated(backend: ToolBackend) -> None:
    appointment = await first_appointment(backend)
    script = [
        Round(tool_calls=[ToolCall("find_vehicle", {"plate": appointment["plate"]})], repeat_names=True),
        Round(text="Trovata."),
    ]
    async with AgentHarness(script=script, backend=backend) as h:
        result = await h.run("cerca la targa")
        result.expect.next_tool_call("find_vehicle", plate=appointment["plate"])
        result.expect.next_tool_result("find_vehicle", ok=True)
        sent = h.server.chat_requests[1].body["messages"][-2]["tool_calls"][0]["function"]
        assert sent["name"] == "find_vehicle"


async def test_arguments_that_are_not_json_are_told_to_the_model_and_not_echoed(backend: ToolBackend) -> None:
    script = [
        Round(tool_calls=[ToolCall("find_vehicle", '{"plate": "AB1')]),
        Round(tool_calls=[ToolCall("find_vehicle", "plate=AB123CD")]),
        Round(text="Non riesco a leggere la targa, me la ripeti?"),
    ]
    async with AgentHarness(script=script, backend=backend) as h:
        result = await h.run("cerca AB1")
        assert result.error is None and "ripeti" in result.text
        codes = [r.result.error.code for r in result.result.tool_calls if r.result.error]
        assert codes == ["invalid_arguments", "invalid_arguments"]
        # the broken arguments go back as {} (a server rendering its template would choke on them)
        for request in h.server.chat_requests[1:]:
            echoed = [m for m in request.body["messages"] if m.get("tool_calls")]
            assert all(c["function"]["arguments"] == "{}" for m in echoed for c in m["tool_calls"])


async def test_an_unknown_tool_is_told_to_the_model(backend: ToolBackend) -> None:
    script = [Round(tool_calls=[ToolCall("open_the_garage_door", {})]), Round(text="Non posso farlo.")]
    async with AgentHarness(script=script, backend=backend) as h:
        result = await h.run("apri la porta")
        result.expect.next_tool_call("open_the_garage_door")
        result.expect.next_tool_result("open_the_garage_door", ok=False, code="unknown_tool")
        result.expect.next_message(contains="Non posso")


async def test_a_model_that_never_stops_calling_tools_is_stopped(backend: ToolBackend) -> None:
    async with AgentHarness(script=[], backend=backend, options={"max_rounds": 4}) as h:
        h.server.default_round = Round(tool_calls=[ToolCall("list_services", {})])
        result = await h.run("continua")
        assert result.error is None
        assert result.result is not None and result.result.stopped == "max_rounds"
        assert len(h.server.chat_requests) == 4
        assert h.agent is not None and len(h.agent._history) == 2  # the turn is still remembered
