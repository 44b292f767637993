"""The model path heard over noise, end to end: a request spoken under a loud hum goes through the real
pipeline (Silero VAD, whisper base, the model at the wire, the local workshop); the model's booking is
not made but said back whole, and only the person's "yes" of the next turn makes it. A "no" makes
nothing; the same words spoken quietly book at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from benches.openai_server import Round, ToolCall
from engine.trace import load_trace
from tests.engine.pipeline.conftest import llm_settings, upcoming_appointment
from tests.support.noise import under_hum
from wp_api.contract import CallContext, ToolBackend

pytestmark = pytest.mark.slow

SAID = "Book the usual service for my car next week, whatever time is free."
CHECK = CallContext(session_id="check")


async def _booking_script(backend: ToolBackend) -> tuple[list[Round], str]:
    appointment = await upcoming_appointment(backend)
    found = await backend.call_tool("find_vehicle", {"plate": appointment["plate"]}, context=CHECK)
    vehicle = found.data["matches"][0]
    service_id = (await backend.call_tool("list_services", {}, context=CHECK)).data["services"][0][
        "service_id"
    ]
    day = (dt.date.today() + dt.timedelta(days=8)).isoformat()
    slots = await backend.call_tool(
        "check_availability", {"service_id": service_id, "date_from": day, "first_only": True}, context=CHECK
    )
    start = str(slots.data["slots"][0]["start"])[:16]
    booking = {"service_id": service_id, "vehicle_id": vehicle["vehicle_id"], "start": start,
               "idempotency_key": "said-once"}  # fmt: skip
    script = [
        Round(tool_calls=[ToolCall("find_vehicle", {"plate": vehicle["plate"]})]),
        Round(tool_calls=[ToolCall("create_appointment", booking)]),
        Round(text="Booked."),  # reached only when the booking was made at once
    ]
    return script, vehicle["plate"]


async def _booked(backend: ToolBackend, plate: str) -> int:
    found = await backend.call_tool("search_appointments", {"plate": plate, "limit": 50}, context=CHECK)
    return sum(a["status"] in ("approved", "pending") for a in found.data["appointments"])


def _with_pauses(speech: np.ndarray) -> np.ndarray:
    pause = np.zeros(4800, np.float32)  # the pre-roll and the tail before the key comes up
    return np.concatenate([pause, speech, pause])


@pytest.mark.parametrize("answer", ["yes", "no"])
async def test_a_model_booking_heard_over_noise_waits_for_the_persons_answer(
    llm: Any, backend: ToolBackend, make_pipeline: Any, speech: Callable[[str], np.ndarray], answer: str
) -> None:
    script, plate = await _booking_script(backend)
    before = await _booked(backend, plate)
    # after the yes the model carries on with the same request: nothing more was asked, it says nothing
    llm.script([*script[:2], Round(text="")])
    pipeline = await make_pipeline(llm_settings(llm, language="en"))

    asked = await pipeline.run_audio_turn(under_hum(_with_pauses(speech(SAID)), snr_db=12.0))

    events = load_trace(asked.trace_path)
    captured = next(e for e in events if e.type == "audio_captured")
    assert captured.snr_db is not None and captured.snr_db < 25, captured
    assert asked.pending is not None and asked.pending.held, asked
    assert asked.reply_text.startswith("It's noisy here, so let me check. Booking: ")
    assert plate in asked.reply_text and asked.reply_text.endswith("Shall I?")
    spoken = " ".join(e.text for e in events if e.type == "tts_sentence")
    assert plate in spoken  # said aloud, not only on the card
    assert any(e.type == "confirmation_requested" for e in events)
    assert len(llm.chat_requests) == 2  # no model round after the hold
    assert await _booked(backend, plate) == before

    done = await pipeline.run_text_turn(answer)
    assert done.path == "confirm", done
    if answer == "yes":
        (record,) = [c for c in done.tool_calls if c.name == "create_appointment"]
        assert record.result.ok and record.arguments == asked.pending.arguments
        assert done.reply_text == "Booked."
        assert await _booked(backend, plate) == before + 1
        assert len(llm.chat_requests) == 3  # the turn went on from the booking's result
    else:
        assert not done.tool_calls
        assert await _booked(backend, plate) == before
        assert len(llm.chat_requests) == 2
    assert pipeline.pending is None


async def test_the_same_words_spoken_quietly_are_booked_at_once(
    llm: Any, backend: ToolBackend, make_pipeline: Any, speech: Callable[[str], np.ndarray]
) -> None:
    script, plate = await _booking_script(backend)
    before = await _booked(backend, plate)
    llm.script(script)
    pipeline = await make_pipeline(llm_settings(llm, language="en"))
    result = await pipeline.run_audio_turn(_with_pauses(speech(SAID)))
    assert result.pending is None, result
    assert result.reply_text == "Booked."
    assert await _booked(backend, plate) == before + 1
