"""The agent loop through the real openai client against the fake OpenAI-compatible server and a real LocalBackend."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest

from benches.openai_server import Round, ToolCall
from benches.testing import AgentHarness, RunResult
from engine.errors import LlmStatusError, LlmTimeoutError
from tests.engine.agent.conftest import TimedBackend, first_appointment
from wp_api.contract import CallContext, ToolBackend


def _tool_messages(harness: AgentHarness, request: int) -> list[dict]:
    return [m for m in harness.server.chat_requests[request].body["messages"] if m["role"] == "tool"]


async def test_tool_call_result_is_fed_back_and_the_answer_streams(backend: ToolBackend) -> None:
    appointment = await first_appointment(backend)
    plate = appointment["plate"]
    spaced = f"{plate[:2]} {plate[2:5]} {plate[5:]}"
    script = [
        Round(tool_calls=[ToolCall("find_vehicle", {"plate": spaced})]),
        Round(text=f"La {plate} è di {appointment['customer']}. Vuoi altro?"),
    ]
    async with AgentHarness(script=script, backend=backend) as h:
        result = await h.run(f"di chi è la {spaced}?")
        result.expect.next_tool_call("find_vehicle", plate=spaced)
        record = result.expect.next_tool_result("find_vehicle", ok=True)
        result.expect.next_message(contains=[plate, "Vuoi altro"])
        result.expect.done()
        assert record.result.data["matches"][0]["plate"] == plate
        # the tool result went back to the model, wrapped as data, answering the right call id
        call_id = h.server.chat_requests[1].body["messages"][-2]["tool_calls"][0]["id"]
        (tool_message,) = _tool_messages(h, 1)
        assert tool_message["tool_call_id"] == call_id
        assert tool_message["content"].startswith('<tool_result name="find_vehicle">')
        assert plate in tool_message["content"]
        assert result.text.endswith("Vuoi altro?")
        # text came in several deltas, so TTS can start before the round ends
        deltas = [e for e in result.events if type(e).__name__ == "TextDelta"]
        assert len(deltas) > 1
        # the first chunk says whether the round opens with a tool call ("one moment" starts there)
        firsts = [e for e in result.events if type(e).__name__ == "FirstToken"]
        assert [(f.round, f.tool_call) for f in firsts] == [(1, True), (2, False)]


async def test_parallel_tool_calls_run_concurrently(backend: ToolBackend) -> None:
    timed = TimedBackend(backend, delays={"find_customer": 0.3, "search_appointments": 0.3})
    script = [
        Round(
            tool_calls=[
                ToolCall("find_customer", {"query": "Rossi"}),
                ToolCall("search_appointments", {"status": "approved", "limit": 3}),
            ]
        ),
        Round(text="Fatto."),
    ]
    async with AgentHarness(script=script, backend=timed) as h:
        result = await h.run("Rossi e appuntamenti")
        result.expect.next_tool_call("find_customer", query="Rossi")
        result.expect.next_tool_call("search_appointments", status="approved")
        result.expect.next_tool_result("find_customer", ok=True)
        result.expect.next_tool_result("search_appointments", ok=True)
        result.expect.next_message(contains="Fatto")
        timed.calls[:] = [c for c in timed.calls if c[0] != "list_services"]  # the prompt's catalogue
        (a, _, _, a_end), (b, _, b_start, _) = sorted(timed.calls, key=lambda c: c[2])
        assert {a, b} == {"find_customer", "search_appointments"}
        assert b_start < a_end, "the second call started only after the first had finished"
        # both results answered in one follow-up request, in call order
        assert [m["content"].split('"')[1] for m in _tool_messages(h, 1)] == [
            "find_customer",
            "search_appointments",
        ]


async def test_the_loop_is_bounded_by_max_rounds(backend: ToolBackend) -> None:
    looping = [Round(tool_calls=[ToolCall("list_services", {})]) for _ in range(5)]
    async with AgentHarness(script=looping, backend=backend, options={"max_rounds": 3}) as h:
        result = await h.run("continua a cercare")
        assert result.result is not None and result.result.stopped == "max_rounds"
        assert len(h.server.chat_requests) == 3
        assert h.server.pending_rounds == 2


async def test_a_slow_tool_times_out_and_the_model_is_told(backend: ToolBackend) -> None:
    timed = TimedBackend(backend, delays={"check_availability": 2.0})
    script = [
        Round(tool_calls=[ToolCall("check_availability", {"service_id": 1, "date_from": "2030-01-07"})]),
        Round(text="Il gestionale è lento, riprovo tra poco?"),
    ]
    async with AgentHarness(script=script, backend=timed, options={"tool_timeout_s": 0.2}) as h:
        result = await h.run("primo posto libero")
        result.expect.next_tool_call("check_availability")
        result.expect.next_tool_result("check_availability", ok=False, code="timeout")
        result.expect.next_message(contains="lento")
        (message,) = _tool_messages(h, 1)
        assert "did not answer within 0.2 s" in message["content"]


async def test_tool_errors_are_told_to_the_model_never_raised(backend: ToolBackend) -> None:
    timed = TimedBackend(backend, broken={"search_appointments"})
    script = [
        Round(
            tool_calls=[
                ToolCall("find_vehicle", {"plate": "AB123CD", "limit": 500}),  # out of schema
                ToolCall("find_vehicle", '{"plate": "AB1'),  # malformed JSON
                ToolCall("open_the_garage_door", {}),  # no such tool
                ToolCall("search_appointments", {"limit": 2}),  # the backend fails
            ]
        ),
        Round(text="C'è un problema con la richiesta."),
    ]
    async with AgentHarness(script=script, backend=timed) as h:
        result = await h.run("cerca")
        assert result.error is None
        codes = [r.result.error.code for r in result.result.tool_calls if r.result.error]
        assert codes == ["invalid_arguments", "invalid_arguments", "unknown_tool", "tool_failed"]
        contents = [
            json.loads(m["content"].split("\n", 1)[1].rsplit("\n", 1)[0]) for m in _tool_messages(h, 1)
        ]
        assert all(c["ok"] is False for c in contents)
        assert "limit" in contents[0]["error"]["message"]
        assert "closed the connection" in contents[3]["error"]["message"]
        assert "problema" in result.text


async def test_a_confirm_tool_is_not_executed_but_becomes_pending(backend: ToolBackend) -> None:
    appointment = await first_appointment(backend)
    appointment_id = appointment["appointment_id"]
    script = [
        Round(tool_calls=[ToolCall("search_appointments", {"plate": appointment["plate"]})]),
        Round(tool_calls=[ToolCall("cancel_appointment", {"appointment_id": appointment_id})]),
        Round(text="Annullo l'appuntamento, confermi nell'app?"),
    ]
    async with AgentHarness(script=script, backend=backend) as h:
        result = await h.run(f"annulla l'appuntamento della {appointment['plate']}")
        result.expect.next_tool_call("search_appointments")
        result.expect.next_tool_result("search_appointments", ok=True)
        result.expect.next_tool_call("cancel_appointment", appointment_id=appointment_id)
        pending = result.expect.next_confirmation("cancel_appointment", appointment_id=appointment_id)
        result.expect.next_message(contains="confermi")
        assert result.result.pending is pending
        assert appointment["plate"] in pending.summary  # the summary says what and to whom
        assert all(r.name != "cancel_appointment" for r in result.result.tool_calls)
        awaiting = _tool_messages(h, 2)[-1]
        assert "awaiting_confirmation" in awaiting["content"]
        # nothing was cancelled
        check = await backend.call_tool(
            "search_appointments", {"plate": appointment["plate"]}, context=CallContext(session_id="check")
        )
        statuses = {a["appointment_id"]: a["status"] for a in check.data["appointments"]}
        assert statuses[appointment_id] != "cancelled"


async def test_the_model_never_sees_the_confirmation_token(backend: ToolBackend) -> None:
    """The backend's token goes to the pending confirmation only: in no request the model reads."""
    appointment = await first_appointment(backend)
    appointment_id = appointment["appointment_id"]
    cancel = ToolCall("cancel_appointment", {"appointment_id": appointment_id})
    script = [
        Round(tool_calls=[cancel]),
        # the model tries again on its own, even with a made-up token among the arguments
        Round(
            tool_calls=[ToolCall("cancel_appointment", {"appointment_id": appointment_id, "token": "x" * 43})]
        ),
        Round(text="Confermi nell'app?"),
    ]
    async with AgentHarness(script=script, backend=backend) as h:
        result = await h.run("annulla l'appuntamento")
        pending = result.expect.next_confirmation("cancel_appointment", appointment_id=appointment_id)
        assert len(pending.token) >= 32
        seen_by_model = json.dumps([r.body for r in h.server.requests], ensure_ascii=False)
        assert pending.token not in seen_by_model and "awaiting_confirmation" in seen_by_model
        assert pending.token not in repr(result.events) and pending.token not in repr(pending)
        refused = _tool_messages(h, 2)[-1]["content"]
        assert "invalid_arguments" in refused  # a token is no argument the model can pass
        # only the app's second call, carrying the token, cancels
        done = await backend.call_tool(
            "cancel_appointment", pending.arguments, context=h.context(confirmation=pending.token)
        )
        assert done.ok, done.error
        assert pending.token not in done.for_model()


@pytest.mark.parametrize("language", ["it", "en"])
async def test_the_system_prompt_has_date_zone_catalogue_rules_and_tools(
    backend: ToolBackend, language: str
) -> None:
    async with AgentHarness(script=[Round(text="Ok.")], backend=backend, language=language) as h:
        await h.run("ciao")
        prompt = h.system_prompt()
        body = h.server.chat_requests[0].body
    # the clock is in the request's last message (the static system message has no date in it)
    clock = body["messages"][-1]["content"]
    today = dt.datetime.now(ZoneInfo("Europe/Rome")).date().isoformat()
    assert today in clock and "Europe/Rome" in clock and clock.endswith("\nciao")
    assert today not in prompt and "Europe/Rome" in prompt
    services = (await backend.call_tool("list_services", {}, context=CallContext(session_id="x"))).data[
        "services"
    ]
    assert services and all(s["name"] in prompt for s in services)
    assert "<tool_result>" in prompt  # tool results are data, never instructions
    weekdays = {
        "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    }
    assert weekdays[language][dt.datetime.now(ZoneInfo("Europe/Rome")).weekday()] in clock
    assert ("conferma" if language == "it" else "confirm") in prompt
    names = {t["function"]["name"] for t in body["tools"]}
    assert {"find_vehicle", "create_appointment", "cancel_appointment", "send_campaign"} <= names
    assert body["stream"] is True and body["model"] == "fake-model"


async def test_server_errors_become_engine_errors(backend: ToolBackend) -> None:
    async with AgentHarness(script=[Round(status=401)], backend=backend) as h:
        result = await h.run("ciao")
        assert isinstance(result.error, LlmStatusError) and result.error.status_code == 401
        assert "API key" in result.error.message
        assert h.agent is not None and h.agent.reachable is True
    async with AgentHarness(script=[Round(status=500)], backend=backend) as h:
        result = await h.run("ciao")
        assert isinstance(result.error, LlmStatusError) and result.error.retryable


async def test_a_hanging_server_times_out(backend: ToolBackend) -> None:
    async with AgentHarness(
        script=[Round(hang=True)], backend=backend, options={"request_timeout_s": 0.5}
    ) as h:
        result = await h.run("ciao")
        assert isinstance(result.error, LlmTimeoutError)
        assert h.agent is not None and h.agent.reachable is False


async def test_missing_api_key_means_not_configured(backend: ToolBackend) -> None:
    from engine.agent import Agent, AgentOptions

    agent = Agent(AgentOptions(base_url="https://api.openai.com/v1", model="m", api_key=None), backend)
    assert not agent.configured
    assert "chiave API" in (agent.options.missing() or "")
    keyless_local = AgentOptions(base_url="http://127.0.0.1:8080/v1", model="m", api_key=None)
    assert keyless_local.configured


async def test_the_harness_defaults_to_a_demo_workshop() -> None:
    async with AgentHarness(
        script=[Round(tool_calls=[ToolCall("list_services", {})]), Round(text="Ecco.")]
    ) as h:
        result = await h.run("che servizi fate?")
        with pytest.raises(AssertionError, match="expected tool call find_customer"):
            result.expect.next_tool_call("find_customer")
        result = RunResult(result.events, result.result)  # a fresh cursor
        result.expect.next_tool_call("list_services")
        record = result.expect.next_tool_result("list_services", ok=True)
        assert record.result.data["services"]
        result.expect.next_message(contains="Ecco")
        result.expect.done()


async def test_a_confirmation_card_names_what_an_earlier_turn_found(backend: ToolBackend) -> None:
    appointment = await first_appointment(backend)
    script = [
        Round(tool_calls=[ToolCall("search_appointments", {"plate": appointment["plate"]})]),
        Round(text="It's on the calendar."),
        Round(tool_calls=[ToolCall("cancel_appointment", {"appointment_id": appointment["appointment_id"]})]),
        Round(text="Confirm in the app."),
    ]
    async with AgentHarness(script=script, backend=backend, language="en") as h:
        await h.run(f"when is {appointment['plate']} booked?")
        result = await h.run("cancel it")
        pending = result.expect.next_confirmation("cancel_appointment")
        assert appointment["plate"] in pending.summary and appointment["customer"] in pending.summary
        assert pending.display["count"] == 1
