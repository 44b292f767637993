"""A request heard over noise asks for two writes: a booking and its WhatsApp confirmation. End to end
through the real pipeline (Silero VAD, whisper base, the model at the wire, the local workshop): the
booking is said back and waits for a yes; that yes books and the model carries on with the same
request, so the confirmation is said back for its own yes. A second yes sends it once; a "no" leaves
the booking and sends nothing; a stale repeat of the first yes books nothing twice; a booking that
fails on the yes goes no further."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from benches.openai_server import Round, ToolCall
from engine.trace import load_trace
from i18n import fastpath as T
from i18n.replies import declined_after, reply
from tests.engine.pipeline.conftest import llm_settings, upcoming_appointment
from tests.support.noise import under_hum
from wp_api.contract import CallContext, ToolBackend

pytestmark = pytest.mark.slow

SAID = "Book his car in for the usual service next week and send him the WhatsApp confirmation."
CHECK = CallContext(session_id="check")
YES = {"it": "sì, conferma", "en": "yes please"}
NO = {"it": "no, lascia stare", "en": "no, don't"}


async def _booking(backend: ToolBackend) -> dict[str, Any]:
    appointment = await upcoming_appointment(backend)
    found = await backend.call_tool("find_vehicle", {"plate": appointment["plate"]}, context=CHECK)
    vehicle = found.data["matches"][0]
    services = (await backend.call_tool("list_services", {}, context=CHECK)).data["services"]
    day = (dt.date.today() + dt.timedelta(days=9)).isoformat()
    slots = await backend.call_tool(
        "check_availability",
        {"service_id": services[0]["service_id"], "date_from": day, "first_only": True},
        context=CHECK,
    )
    args = {"service_id": services[0]["service_id"], "vehicle_id": vehicle["vehicle_id"],
            "start": str(slots.data["slots"][0]["start"])[:16], "idempotency_key": "spoken-book"}  # fmt: skip
    return {"vehicle": vehicle, "args": args}


async def _booked(backend: ToolBackend, plate: str) -> int:
    found = await backend.call_tool("search_appointments", {"plate": plate, "limit": 50}, context=CHECK)
    return sum(a["status"] in ("approved", "pending") for a in found.data["appointments"])


def _next_appointment_id(db: Path) -> int:
    """The id the workshop gives the next booking (an INTEGER PRIMARY KEY: the largest one plus one); the
    scripted model must name it in its confirmation, as a real one reads it from the booking's result."""
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM appointments").fetchone()[0])


def _confirmations(db: Path, appointment_id: int) -> int:
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT COUNT(*) FROM messages WHERE appointment_id = ? AND kind = 'booking_confirmation'",
            (appointment_id,),
        ).fetchone()
    return int(row[0])


def _noisy(speech: np.ndarray) -> np.ndarray:
    pause = np.zeros(4800, np.float32)
    return under_hum(np.concatenate([pause, speech, pause]), snr_db=12.0)


@pytest.mark.parametrize("language", ["it", "en"])
@pytest.mark.parametrize("second", ["yes", "no"])
async def test_each_write_of_a_noisy_request_waits_for_its_own_yes(
    llm: Any,
    backend: ToolBackend,
    make_pipeline: Any,
    speech: Callable[[str], np.ndarray],
    tmp_path: Path,
    language: str,
    second: str,
) -> None:
    booking = await _booking(backend)
    vehicle = booking["vehicle"]
    db = tmp_path / "workshop.sqlite3"
    before = await _booked(backend, vehicle["plate"])
    appointment_id = _next_appointment_id(db)
    confirmation = {"customer_id": vehicle["customer"]["customer_id"], "channel": "whatsapp",
                    "kind": "booking_confirmation", "appointment_id": appointment_id,
                    "idempotency_key": "spoken-confirm"}  # fmt: skip
    llm.script(
        [
            Round(tool_calls=[ToolCall("find_vehicle", {"plate": vehicle["plate"]})]),
            Round(tool_calls=[ToolCall("create_appointment", booking["args"])]),
            Round(tool_calls=[ToolCall("send_message", confirmation)]),  # after the booking's yes
            Round(text=""),  # after the confirmation's yes: nothing more was asked
        ]
    )
    # the test voice speaks English; the scripted model answers the same whatever whisper made of it
    pipeline = await make_pipeline(llm_settings(llm, language=language))

    asked = await pipeline.run_audio_turn(_noisy(speech(SAID)))
    assert asked.pending is not None and asked.pending.held and asked.pending.tool == "create_appointment"
    assert len(llm.chat_requests) == 2 and await _booked(backend, vehicle["plate"]) == before

    # the first yes: booked, and the same request goes on to its confirmation, said back for a yes
    booked = await pipeline.run_text_turn(YES[language])
    assert booked.path == "confirm", booked
    made = booked.tool_calls[0]
    assert made.name == "create_appointment" and made.result.ok
    assert made.result.data["appointment"]["appointment_id"] == appointment_id
    assert await _booked(backend, vehicle["plate"]) == before + 1
    assert len(llm.chat_requests) == 3
    held = booked.pending
    assert held is not None and held.held and held.tool == "send_message"
    assert pipeline.pending is held
    done = reply("confirmed_create_appointment", language)
    assert booked.reply_text == f"{done} {held.summary}", booked.reply_text
    assert held.summary.startswith(T.say("say_back_noisy", language)) and vehicle["plate"] in held.summary
    events = load_trace(booked.trace_path)
    spoken = " ".join(e.text for e in events if e.type == "tts_sentence")
    assert spoken.startswith(done) and vehicle["plate"] in spoken  # the app's "done", then the model's turn
    assert [e.name for e in events if e.type == "llm_tool_call"] == ["create_appointment", "send_message"]
    assert any(e.type == "llm_request" for e in events)
    assert any(e.type == "confirmation_requested" and e.tool == "send_message" for e in events)
    assert _confirmations(db, appointment_id) == 0

    # the first card clicked again (a stale repeat of that yes): nothing booked twice, nothing goes on
    again = await pipeline.confirm(asked.pending.id, True)
    assert again.reply_text == reply("no_pending", language) and not again.tool_calls
    assert pipeline.pending is held and len(llm.chat_requests) == 3
    assert await _booked(backend, vehicle["plate"]) == before + 1

    answered = await pipeline.run_text_turn(YES[language] if second == "yes" else NO[language])
    assert answered.path == "confirm"
    if second == "yes":
        (sent,) = answered.tool_calls
        assert sent.name == "send_message" and sent.result.ok and sent.arguments == held.arguments
        assert answered.reply_text == reply("confirmed_send_message", language)
        assert _confirmations(db, appointment_id) == 1
        assert len(llm.chat_requests) == 4
    else:
        assert not answered.tool_calls
        # nothing more is done, and it says what the first yes made
        assert answered.reply_text == declined_after(["create_appointment"], [made.result.data], language)
        assert done.rstrip(".").lower() in answered.reply_text
        assert _confirmations(db, appointment_id) == 0
        assert len(llm.chat_requests) == 3
    assert pipeline.pending is None
    assert await _booked(backend, vehicle["plate"]) == before + 1


async def test_a_held_write_that_fails_on_its_yes_ends_the_request_there(
    llm: Any, backend: ToolBackend, make_pipeline: Any, speech: Callable[[str], np.ndarray], tmp_path: Path
) -> None:
    booking = await _booking(backend)
    vehicle = booking["vehicle"]
    assert not vehicle["customer"]["email"]  # the confirmation by email cannot go out
    email = {"customer_id": vehicle["customer"]["customer_id"], "channel": "email",
             "kind": "booking_confirmation", "appointment_id": _next_appointment_id(tmp_path / "workshop.sqlite3"),
             "idempotency_key": "spoken-email"}  # fmt: skip
    llm.script(
        [
            Round(tool_calls=[ToolCall("create_appointment", booking["args"])]),
            Round(tool_calls=[ToolCall("send_message", email)]),
            Round(text="This round must not be asked for."),
        ]
    )
    pipeline = await make_pipeline(llm_settings(llm, language="en"))
    asked = await pipeline.run_audio_turn(_noisy(speech(SAID)))
    assert asked.pending is not None and asked.pending.held
    booked = await pipeline.run_text_turn("yes")
    assert booked.pending is not None and booked.pending.tool == "send_message"

    failed = await pipeline.run_text_turn("yes")
    assert failed.path == "confirm" and failed.error
    assert failed.reply_text.startswith("That did not work")
    assert len(llm.chat_requests) == 2 and llm.pending_rounds == 1  # the model was not asked to go on
    assert pipeline.pending is None and failed.pending is None


@pytest.mark.parametrize(
    ("language", "failure"),
    [("en", "status"), ("it", "status"), ("it", "stream"), ("en", "cut")],
)
async def test_a_model_failing_after_the_yes_leaves_the_booking_and_says_the_rest_was_not_done(
    llm: Any,
    backend: ToolBackend,
    make_pipeline: Any,
    speech: Callable[[str], np.ndarray],
    language: str,
    failure: str,
) -> None:
    from i18n.errors import error_message

    booking = await _booking(backend)
    plate = booking["vehicle"]["plate"]
    before = await _booked(backend, plate)
    # the model's server fails at the wire after the yes: an HTTP 503, an error event mid-sentence, or the
    # connection closed mid-sentence
    broken = {
        "status": Round(status=503),
        "stream": Round(text="Ora mando la conferma su WhatsApp, poi", stream_error="boom", error_after=2),
        "cut": Round(text="Now I send the WhatsApp confirmation and", drop_after=2),
    }[failure]
    llm.script([Round(tool_calls=[ToolCall("create_appointment", booking["args"])]), broken])
    pipeline = await make_pipeline(llm_settings(llm, language=language))
    asked = await pipeline.run_audio_turn(_noisy(speech(SAID)))
    assert asked.pending is not None and asked.pending.held

    booked = await pipeline.run_text_turn(YES[language])
    assert booked.path == "confirm" and booked.error, booked
    done = reply("confirmed_create_appointment", language)
    why = error_message("llm.server" if failure == "status" else "llm.stream", language)
    rest = reply("rest_not_done", language, detail=why[:1].lower() + why[1:])
    assert booked.reply_text == f"{done} {rest}", booked.reply_text  # what was made, and that the rest was not
    events = load_trace(booked.trace_path)
    spoken = " ".join(e.text for e in events if e.type == "tts_sentence")
    assert spoken.startswith(done) and rest in spoken and "Traceback" not in spoken and "Error" not in spoken
    assert [c.name for c in booked.tool_calls] == ["create_appointment"]
    assert booked.pending is None and pipeline.pending is None
    assert await _booked(backend, plate) == before + 1
