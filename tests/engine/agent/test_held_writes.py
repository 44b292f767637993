"""A model turn on words heard over noise (`careful`) makes no write: the first one is held and said back
whole for the person's yes, and only the app can make it. Through the real openai client, the fake
OpenAI-compatible server and a real LocalBackend."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from benches.openai_server import Round, ToolCall
from benches.testing import AgentHarness, RunResult
from engine.agent.events import TextDelta
from engine.agent.prompt import now_in
from i18n import fastpath as T
from i18n.timezone import WORKSHOP_TIMEZONE
from tests.engine.agent.conftest import first_appointment
from wp_api.contract import CallContext, ToolBackend


def _workshop_today() -> dt.date:
    """Today as the agent says it ("tomorrow at 8:30"): the workshop's date, not the machine's (they differ from
    23:00 UTC in Rome's winter, where this test failed)."""
    return now_in(WORKSHOP_TIMEZONE).date()


CHECK = CallContext(session_id="check")


async def _vehicle_and_slot(backend: ToolBackend) -> tuple[dict[str, Any], dict[str, Any], str]:
    """A vehicle with its owner, an oil-change-like service, and a free start for it a week on."""
    appointment = await first_appointment(backend)
    found = await backend.call_tool("find_vehicle", {"plate": appointment["plate"]}, context=CHECK)
    vehicle = found.data["matches"][0]
    services = (await backend.call_tool("list_services", {}, context=CHECK)).data["services"]
    service = services[0]
    day = (dt.date.today() + dt.timedelta(days=7)).isoformat()
    slots = await backend.call_tool(
        "check_availability",
        {"service_id": service["service_id"], "date_from": day, "first_only": True},
        context=CHECK,
    )
    return vehicle, service, str(slots.data["slots"][0]["start"])[:16]


async def _bookings(backend: ToolBackend, plate: str) -> list[dict[str, Any]]:
    found = await backend.call_tool("search_appointments", {"plate": plate, "limit": 50}, context=CHECK)
    return [a for a in found.data["appointments"] if a["status"] in ("approved", "pending")]


def _book_script(vehicle: dict[str, Any], service: dict[str, Any], start: str) -> list[Round]:
    booking = {
        "service_id": service["service_id"],
        "vehicle_id": vehicle["vehicle_id"],
        "start": start,
        "idempotency_key": "turn-1-book",
    }
    return [
        Round(tool_calls=[ToolCall("find_vehicle", {"plate": vehicle["plate"]})]),
        Round(tool_calls=[ToolCall("create_appointment", booking)]),
        Round(text="Fatto, prenotato."),  # only reached when the booking was made
    ]


async def _run(h: AgentHarness, text: str, careful: str | None) -> RunResult:
    assert h.agent is not None
    run = h.agent.run(text, context=h.context(), careful=careful)
    events = [event async for event in run]
    return RunResult(events, run.result)


async def test_a_booking_heard_over_noise_is_said_back_whole_and_not_made(backend: ToolBackend) -> None:
    vehicle, service, start = await _vehicle_and_slot(backend)
    before = await _bookings(backend, vehicle["plate"])
    async with AgentHarness(script=_book_script(vehicle, service, start), backend=backend) as h:
        result = await _run(h, "prenota un tagliando per la sua macchina", careful="noisy")
        result.expect.next_tool_call("find_vehicle")
        result.expect.next_tool_result("find_vehicle", ok=True)  # reads still run
        result.expect.next_tool_call("create_appointment")
        pending = result.expect.next_confirmation("create_appointment", vehicle_id=vehicle["vehicle_id"])
        assert pending.held and pending.token == ""
        assert pending.arguments["idempotency_key"]  # the yes replays this very call
        # the whole action, in words: service, vehicle and plate, owner, day and time
        summary = pending.summary
        assert summary.startswith(T.say("say_back_noisy", "it")) and summary.endswith("Confermi?")
        when = T.spoken_when(start, "it", _workshop_today())
        for said in (vehicle["plate"], vehicle["model"], vehicle["customer"]["full_name"], when):
            assert said in summary, (said, summary)
        assert T.in_sentence(service["name"]) in summary
        # the turn ends with that sentence, said by the app: no model round after the hold
        assert result.result.text == summary
        assert "".join(e.text for e in result.events if isinstance(e, TextDelta)).strip() == summary
        assert len(h.server.chat_requests) == 2
        assert all(r.name != "create_appointment" for r in result.result.tool_calls)
    assert await _bookings(backend, vehicle["plate"]) == before  # nothing booked

    # only the app's call on the person's yes books; a retry of it does not book twice
    first = await backend.call_tool("create_appointment", pending.arguments, context=CHECK)
    again = await backend.call_tool("create_appointment", pending.arguments, context=CHECK)
    assert first.ok and again.ok and again.data.get("replayed")
    assert first.data["appointment"]["appointment_id"] == again.data["appointment"]["appointment_id"]
    assert len(await _bookings(backend, vehicle["plate"])) == len(before) + 1


async def test_the_same_turn_heard_clearly_books_at_once(backend: ToolBackend) -> None:
    vehicle, service, start = await _vehicle_and_slot(backend)
    before = await _bookings(backend, vehicle["plate"])
    async with AgentHarness(script=_book_script(vehicle, service, start), backend=backend) as h:
        result = await _run(h, "prenota un tagliando per la sua macchina", careful=None)
        assert result.result.pending is None
        record = next(r for r in result.result.tool_calls if r.name == "create_appointment")
        assert record.result.ok
        assert result.result.text == "Fatto, prenotato."
    assert len(await _bookings(backend, vehicle["plate"])) == len(before) + 1


async def test_a_move_is_said_back_from_and_to_in_english(backend: ToolBackend) -> None:
    appointment = await first_appointment(backend)
    new_start = (
        f"{(dt.date.fromisoformat(appointment['start'][:10]) + dt.timedelta(days=14)).isoformat()}T11:00"
    )
    script = [
        Round(tool_calls=[ToolCall("search_appointments", {"plate": appointment["plate"]})]),
        Round(
            tool_calls=[
                ToolCall(
                    "reschedule_appointment",
                    {"appointment_id": appointment["appointment_id"], "new_start": new_start},
                )
            ]
        ),
    ]
    async with AgentHarness(script=script, backend=backend, language="en") as h:
        result = await _run(h, "move it two weeks on at eleven", careful="noisy")
        result.expect.next_tool_call("search_appointments")
        result.expect.next_tool_result("search_appointments", ok=True)
        pending = result.expect.next_confirmation("reschedule_appointment")
        assert pending.summary.startswith("It's noisy here, so let me check. Moving: ")
        assert pending.summary.endswith("Shall I?")
        today = _workshop_today()
        for said in (
            appointment["plate"],
            T.spoken_when(appointment["start"], "en", today),
            T.spoken_when(new_start, "en", today),
        ):
            assert said in pending.summary, (said, pending.summary)
    after = await backend.call_tool("search_appointments", {"plate": appointment["plate"]}, context=CHECK)
    unchanged = next(
        a for a in after.data["appointments"] if a["appointment_id"] == appointment["appointment_id"]
    )
    assert unchanged["start"] == appointment["start"]


async def test_what_no_tool_result_named_is_said_by_its_id_never_guessed(backend: ToolBackend) -> None:
    vehicle, service, start = await _vehicle_and_slot(backend)
    booking = {
        "service_id": service["service_id"],
        "vehicle_id": vehicle["vehicle_id"],
        "start": start,
        "idempotency_key": "turn-1-book",
    }
    async with AgentHarness(
        script=[Round(tool_calls=[ToolCall("create_appointment", booking)])], backend=backend
    ) as h:
        result = await _run(h, "prenota", careful="noisy")
        pending = result.expect.next_confirmation("create_appointment")
        assert T.phrase("vehicle_id", "it", id=vehicle["vehicle_id"]) in pending.summary
        assert vehicle["plate"] not in pending.summary


async def test_only_the_first_write_of_a_noisy_turn_is_held_and_none_is_made(backend: ToolBackend) -> None:
    appointment = await first_appointment(backend)
    found = await backend.call_tool("find_vehicle", {"plate": appointment["plate"]}, context=CHECK)
    customer_id = found.data["matches"][0]["customer"]["customer_id"]
    script = [
        Round(tool_calls=[ToolCall("search_appointments", {"plate": appointment["plate"]})]),
        Round(
            tool_calls=[
                ToolCall(
                    "schedule_reminder", {"appointment_id": appointment["appointment_id"], "channel": "sms"}
                ),
                ToolCall(
                    "send_message",
                    {
                        "customer_id": customer_id,
                        "channel": "sms",
                        "kind": "custom",
                        "text": "La sua auto è pronta",
                        "appointment_id": appointment["appointment_id"],
                        "idempotency_key": "turn-1-msg",
                    },
                ),
            ]
        ),
    ]
    async with AgentHarness(script=script, backend=backend) as h:
        result = await _run(h, "promemoria e messaggio", careful="noisy")
        result.expect.next_tool_call("search_appointments")
        result.expect.next_tool_result("search_appointments", ok=True)
        pending = result.expect.next_confirmation("schedule_reminder")
        assert "SMS il giorno prima alle 18: " in pending.summary and appointment["plate"] in pending.summary
        assert result.result.pending is pending
        assert [r.name for r in result.result.tool_calls] == ["search_appointments"]  # neither write ran
        assert len(h.server.chat_requests) == 2


@pytest.mark.parametrize("language", ["it", "en"])
async def test_an_undo_heard_over_noise_is_said_back(backend: ToolBackend, language: str) -> None:
    async with AgentHarness(
        script=[Round(tool_calls=[ToolCall("undo_last", {})])], backend=backend, language=language
    ) as h:
        result = await _run(h, "annulla l'ultima", careful="noisy")
        pending = result.expect.next_confirmation("undo_last")
        assert T.say("do_undo", language) in pending.summary
