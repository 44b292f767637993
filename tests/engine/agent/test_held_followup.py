"""After the person's yes to a write held on a noisy turn, the model carries on with the rest of the same
request (`Agent.carry_on`), one held write and one yes at a time, and nothing is made twice. Through
the real openai client, the fake OpenAI-compatible server and a real LocalBackend; the app's yes is the
call it makes (the held arguments, the same idempotency key)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from benches.openai_server import Round, ToolCall
from benches.testing import AgentHarness, RunResult
from engine.agent import AgentRun, ToolCallStarted
from engine.confirmation import PendingConfirmation, ToolCallRecord
from i18n import fastpath as T
from tests.engine.agent.conftest import first_appointment
from wp_api.contract import CallContext, ToolBackend

CHECK = CallContext(session_id="check")
ASKED = {
    "it": "fissa il tagliando alla macchina del signore settimana prossima e mandagli la conferma su WhatsApp "
    "col promemoria la sera prima",
    "en": "book the service for his car next week and send him the WhatsApp confirmation with a reminder "
    "the evening before",
}


async def _booking(backend: ToolBackend) -> dict[str, Any]:
    """A vehicle with its owner, a service and a free start a week on: the model's booking arguments."""
    appointment = await first_appointment(backend)
    vehicle = (await backend.call_tool("find_vehicle", {"plate": appointment["plate"]}, context=CHECK)).data[
        "matches"
    ][0]
    service = (await backend.call_tool("list_services", {}, context=CHECK)).data["services"][0]
    day = (dt.date.today() + dt.timedelta(days=7)).isoformat()
    slots = await backend.call_tool(
        "check_availability",
        {"service_id": service["service_id"], "date_from": day, "first_only": True},
        context=CHECK,
    )
    return {
        "vehicle": vehicle,
        "args": {
            "service_id": service["service_id"],
            "vehicle_id": vehicle["vehicle_id"],
            "start": str(slots.data["slots"][0]["start"])[:16],
            "idempotency_key": "noisy-book-1",
        },
    }


async def _bookings(backend: ToolBackend, plate: str) -> int:
    found = await backend.call_tool("search_appointments", {"plate": plate, "limit": 50}, context=CHECK)
    return sum(a["status"] in ("approved", "pending") for a in found.data["appointments"])


def _messages(db: Path, appointment_id: Any, kind: str) -> int:
    """Outbox rows of that kind for the appointment (queued or sent)."""
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT COUNT(*) FROM messages WHERE appointment_id = ? AND kind = ?", (appointment_id, kind)
        ).fetchone()
    return int(row[0])


async def _events(run: AgentRun) -> RunResult:
    events = [event async for event in run]
    return RunResult(events, run.result)


async def _yes(backend: ToolBackend, pending: PendingConfirmation, h: AgentHarness) -> ToolCallRecord:
    """What the app does on the person's yes to a held write: exactly that call."""
    assert pending.held and pending.token == ""
    result = await backend.call_tool(pending.tool, pending.arguments, context=h.context())
    record = ToolCallRecord(pending.tool, dict(pending.arguments), result, 0.0)
    assert h.agent is not None
    h.agent.note_tool_calls([record])
    return record


def _answer_to(request: dict[str, Any], call_id: str) -> str:
    (message,) = [m for m in request["messages"] if m["role"] == "tool" and m["tool_call_id"] == call_id]
    return str(message["content"])


def _call_id(result: RunResult, name: str) -> str:
    return next(e.call_id for e in result.events if isinstance(e, ToolCallStarted) and e.name == name)


@pytest.mark.parametrize("language", ["it", "en"])
async def test_after_each_yes_the_request_carries_on_to_its_next_held_write(
    backend: ToolBackend, tmp_path: Path, language: str
) -> None:
    booking = await _booking(backend)
    vehicle = booking["vehicle"]
    db = tmp_path / "workshop.sqlite3"
    before = await _bookings(backend, vehicle["plate"])
    script = [
        Round(tool_calls=[ToolCall("find_vehicle", {"plate": vehicle["plate"]})]),
        Round(tool_calls=[ToolCall("create_appointment", booking["args"])]),
    ]
    async with AgentHarness(script=script, backend=backend, language=language) as h:
        assert h.agent is not None
        asked = await _events(h.agent.run(ASKED[language], context=h.context(), careful="noisy"))
        asked.expect.next_tool_result("find_vehicle", ok=True)
        held = asked.expect.next_confirmation("create_appointment")
        assert len(h.server.chat_requests) == 2 and await _bookings(backend, vehicle["plate"]) == before

        # the first yes: the booking is made, and the model goes on with the same conversation
        booked = await _yes(backend, held, h)
        appointment_id = booked.result.data["appointment"]["appointment_id"]
        confirmation = {"customer_id": vehicle["customer"]["customer_id"], "channel": "whatsapp",
                        "kind": "booking_confirmation", "appointment_id": appointment_id,
                        "idempotency_key": "noisy-confirm-1"}  # fmt: skip
        reminder = {"appointment_id": appointment_id, "channel": "whatsapp"}
        h.server.script(
            [
                Round(
                    tool_calls=[
                        ToolCall("send_message", confirmation),
                        ToolCall("schedule_reminder", reminder),
                    ]
                )
            ]
        )
        run = h.agent.carry_on(held.id, booked, context=h.context())
        assert run is not None and run.careful == "noisy"
        second = await _events(run)
        request = h.server.chat_requests[2].body
        answer = _answer_to(request, _call_id(asked, "create_appointment"))
        assert '"ok": true' in answer and f'"appointment_id": {json.dumps(appointment_id)}' in answer
        assert "awaiting_confirmation" not in answer
        # the confirmation is held and said back whole; the reminder, asked in the same round, waits
        sending = second.expect.next_confirmation("send_message", kind="booking_confirmation")
        assert sending.held and sending.arguments["idempotency_key"] == "noisy-confirm-1"
        assert sending.summary.startswith(T.say("say_back_noisy", language))
        assert T.channel_name("whatsapp", language) in sending.summary and vehicle["plate"] in sending.summary
        assert second.result is not None and second.result.text == sending.summary
        assert [r.name for r in second.result.tool_calls] == []  # neither write ran
        assert await _bookings(backend, vehicle["plate"]) == before + 1
        assert _messages(db, appointment_id, "booking_confirmation") == 0
        assert _messages(db, appointment_id, "reminder") == 0

        # the second yes: sent once; the reminder kept waiting is asked for again, and held in turn
        sent = await _yes(backend, sending, h)
        assert sent.result.ok
        h.server.script([Round(tool_calls=[ToolCall("schedule_reminder", reminder)])])
        run = h.agent.carry_on(sending.id, sent, context=h.context())
        assert run is not None
        third = await _events(run)
        request = h.server.chat_requests[3].body
        assert "NOT done yet" in _answer_to(request, _call_id(second, "schedule_reminder"))
        assert '"ok": true' in _answer_to(request, _call_id(second, "send_message"))
        reminding = third.expect.next_confirmation("schedule_reminder", appointment_id=appointment_id)
        assert reminding.held and _messages(db, appointment_id, "reminder") == 0
        assert _messages(db, appointment_id, "booking_confirmation") == 1

        # the third yes: the model has nothing left but a few words
        scheduled = await _yes(backend, reminding, h)
        closing = {"it": "Tutto a posto.", "en": "All set."}[language]
        h.server.script([Round(text=closing)])
        run = h.agent.carry_on(reminding.id, scheduled, context=h.context())
        assert run is not None
        last = await run.collect()
        assert last.pending is None and last.text == closing
    assert await _bookings(backend, vehicle["plate"]) == before + 1
    assert _messages(db, appointment_id, "booking_confirmation") == 1
    assert _messages(db, appointment_id, "reminder") == 1


async def test_a_no_ends_the_request_and_the_agent_knows_what_the_yeses_made(backend: ToolBackend) -> None:
    booking = await _booking(backend)
    vehicle = booking["vehicle"]
    script = [Round(tool_calls=[ToolCall("create_appointment", booking["args"])])]
    async with AgentHarness(script=script, backend=backend) as h:
        assert h.agent is not None
        asked = await _events(h.agent.run(ASKED["it"], context=h.context(), careful="noisy"))
        held = asked.expect.next_confirmation("create_appointment")
        booked = await _yes(backend, held, h)
        appointment_id = booked.result.data["appointment"]["appointment_id"]
        message = {"customer_id": vehicle["customer"]["customer_id"], "channel": "whatsapp",
                   "kind": "booking_confirmation", "appointment_id": appointment_id, "idempotency_key": "noisy-no-1"}  # fmt: skip
        h.server.script([Round(tool_calls=[ToolCall("send_message", message)])])
        run = h.agent.carry_on(held.id, booked, context=h.context())
        assert run is not None
        sending = (await _events(run)).result.pending
        assert sending is not None and sending.held
        # the person says no: what the yes made is known, and nothing carries on after it
        made = h.agent.drop_held(sending.id)
        assert [r.name for r in made] == ["create_appointment"]
        assert h.agent.carry_on(sending.id, booked, context=h.context()) is None
        assert len(h.server.chat_requests) == 2


async def test_a_held_write_that_failed_does_not_carry_on(backend: ToolBackend) -> None:
    booking = await _booking(backend)
    vehicle = booking["vehicle"]
    script = [Round(tool_calls=[ToolCall("create_appointment", booking["args"])])]
    async with AgentHarness(script=script, backend=backend, language="en") as h:
        assert h.agent is not None
        asked = await _events(h.agent.run(ASKED["en"], context=h.context(), careful="noisy"))
        held = asked.expect.next_confirmation("create_appointment")
        # meanwhile someone else takes the slot at the counter
        taken = await backend.call_tool(
            "create_appointment", {**booking["args"], "idempotency_key": "someone-else"}, context=CHECK
        )
        assert taken.ok
        refused = await _yes(backend, held, h)
        assert not refused.result.ok
        h.server.script([Round(text="This must not be asked for.")])
        assert h.agent.carry_on(held.id, refused, context=h.context()) is None
        assert len(h.server.chat_requests) == 1
    assert await _bookings(backend, vehicle["plate"]) >= 1


async def test_the_continuation_asking_again_for_the_booking_books_nothing_twice(
    backend: ToolBackend,
) -> None:
    booking = await _booking(backend)
    vehicle = booking["vehicle"]
    before = await _bookings(backend, vehicle["plate"])
    again = {**booking["args"], "idempotency_key": "noisy-book-again"}  # the model made up a new key
    script = [Round(tool_calls=[ToolCall("create_appointment", booking["args"])])]
    async with AgentHarness(script=script, backend=backend) as h:
        assert h.agent is not None
        asked = await _events(h.agent.run(ASKED["it"], context=h.context(), careful="noisy"))
        held = asked.expect.next_confirmation("create_appointment")
        booked = await _yes(backend, held, h)
        h.server.script(
            [Round(tool_calls=[ToolCall("create_appointment", again)]), Round(text="Prenotazione fatta.")]
        )
        run = h.agent.carry_on(held.id, booked, context=h.context())
        assert run is not None
        result = await _events(run)
        # not said back for another yes, not made: the model is told it is already made
        assert result.result is not None and result.result.pending is None
        assert all(r.name != "create_appointment" for r in result.result.tool_calls)
        answer = _answer_to(h.server.chat_requests[2].body, _call_id(result, "create_appointment"))
        assert "already_made" in answer
        assert result.result.text == "Prenotazione fatta."
        # the same yes twice: the turn carries on once
        assert h.agent.carry_on(held.id, booked, context=h.context()) is None
    assert await _bookings(backend, vehicle["plate"]) == before + 1


async def test_a_cancellation_asked_beside_the_held_booking_waits_and_is_asked_for_after_the_yes(
    backend: ToolBackend,
) -> None:
    booking = await _booking(backend)
    other = await first_appointment(backend)
    cancel = {"appointment_id": other["appointment_id"]}
    script = [
        Round(
            tool_calls=[
                ToolCall("create_appointment", booking["args"]),
                ToolCall("cancel_appointment", cancel),
            ]
        )
    ]
    async with AgentHarness(script=script, backend=backend, language="en") as h:
        assert h.agent is not None
        asked = await _events(h.agent.run(ASKED["en"], context=h.context(), careful="noisy"))
        held = asked.expect.next_confirmation("create_appointment")
        assert asked.result is not None and asked.result.pending is held  # one confirmation at a time
        booked = await _yes(backend, held, h)
        h.server.script(
            [Round(tool_calls=[ToolCall("cancel_appointment", cancel)]), Round(text="Confirm it in the app.")]
        )
        run = h.agent.carry_on(held.id, booked, context=h.context())
        assert run is not None
        after = await _events(run)
        # the cancellation was never put to the person: the model is told so, and asks for it now
        answer = _answer_to(h.server.chat_requests[1].body, _call_id(asked, "cancel_appointment"))
        assert "NOT done yet" in answer and "awaiting_confirmation" not in answer
        cancelling = after.expect.next_confirmation(
            "cancel_appointment", appointment_id=other["appointment_id"]
        )
        assert not cancelling.held and cancelling.token  # the backend's own confirmation, as always
    found = await backend.call_tool("search_appointments", {"plate": other["plate"]}, context=CHECK)
    still = next(a for a in found.data["appointments"] if a["appointment_id"] == other["appointment_id"])
    assert still["status"] == other["status"]
