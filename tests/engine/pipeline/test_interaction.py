"""Barge-in, confirmations (click and voice), a missing API key, and the model failing."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import threading
from pathlib import Path

from benches.openai_server import Round, ToolCall
from engine.audio import FileSink
from engine.config import Settings
from engine.trace import load_trace
from i18n.errors import error_message
from tests.engine.pipeline.conftest import llm_settings, upcoming_appointment
from wp_api.contract import CallContext

LONG_ANSWER = " ".join(
    f"This is sentence number {n} of a long answer about the workshop." for n in range(1, 13)
)


async def test_barge_in_stops_speech_and_the_model_stream(llm, backend, make_pipeline) -> None:
    # the model streams slowly: 40 pieces half a second apart, so generation is still running when the person
    # presses at the first audio, even on a loaded machine where the first audio comes seconds late (the press ends
    # the stream, so this costs no time)
    llm.script([Round(text=LONG_ANSWER, text_pieces=40, chunk_delay_s=0.5)])
    sink = FileSink(realtime=True)
    pipeline = await make_pipeline(llm_settings(llm), sink=sink)
    speaking = asyncio.Event()
    loop = asyncio.get_running_loop()
    pipeline.add_listener(lambda e: e.type == "tts_first_audio" and loop.call_soon_threadsafe(speaking.set))

    turn = asyncio.create_task(pipeline.run_text_turn("tell me everything about the workshop"))
    await asyncio.wait_for(speaking.wait(), 30)
    presser = threading.Thread(target=pipeline.barge_in)  # from another thread, as the hotkey does
    presser.start()
    presser.join()
    result = await asyncio.wait_for(turn, 10)

    assert result.interrupted
    await asyncio.wait_for(sink.wait_done(), 1)  # everything queued was dropped (seen at the next block)
    assert "number 12" not in result.reply_text  # generation stopped before the end
    assert result.reply_text.startswith("This is sentence number 1 ")  # what was being said is kept
    played_s = sink.played_samples / sink.sample_rate
    assert played_s < 10  # the whole answer is well over 30 s of speech
    finished = next(e for e in load_trace(result.trace_path) if e.type == "turn_finished")
    assert finished.interrupted


async def test_a_spoken_yes_confirms_without_asking_the_model(llm, backend, make_pipeline) -> None:
    appointment = await upcoming_appointment(backend)
    appointment_id = appointment["appointment_id"]
    llm.script(
        [
            Round(tool_calls=[ToolCall("cancel_appointment", {"appointment_id": appointment_id})]),
            Round(text="I will cancel it once you confirm."),
        ]
    )
    pipeline = await make_pipeline(llm_settings(llm))
    first = await pipeline.run_text_turn(f"cancel the appointment of {appointment['plate']}")
    assert first.pending is not None and first.pending.tool == "cancel_appointment"
    assert pipeline.status is not None and pipeline.pending is first.pending
    requests_before = len(llm.chat_requests)

    answer = await pipeline.run_text_turn("Yes, confirm.")

    assert len(llm.chat_requests) == requests_before  # the model never saw the "yes"
    assert answer.path == "confirm" and answer.error is None
    (record,) = answer.tool_calls
    assert record.name == "cancel_appointment" and record.result.ok
    assert pipeline.pending is None
    check = await backend.call_tool(
        "search_appointments", {"plate": appointment["plate"]}, context=CallContext(session_id="check")
    )
    status = {a["appointment_id"]: a["status"] for a in check.data["appointments"]}
    assert status[appointment_id] == "cancelled"
    resolved = next(e for e in load_trace(answer.trace_path) if e.type == "confirmation_resolved")
    assert resolved.accepted and resolved.how == "voice"
    # the token went from the backend to the pending confirmation and back, and nowhere else
    token = first.pending.token
    assert len(token) >= 32
    assert token not in json.dumps([r.body for r in llm.requests])
    for trace in (first.trace_path, answer.trace_path):
        assert trace is not None and token not in Path(trace).read_text(encoding="utf-8")


MONTHS_IT = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]


def cancel_request(appointment: dict) -> str:
    """ "Annulla l'appuntamento del 9 dicembre della ZA987YE": the day makes it one appointment."""
    day = dt.date.fromisoformat(appointment["start"][:10])
    return f"Annulla l'appuntamento del {day.day} {MONTHS_IT[day.month - 1]} della {appointment['plate']}"


async def test_the_fast_path_cancel_waits_for_a_spoken_yes_with_its_token(backend, make_pipeline) -> None:
    appointment = await upcoming_appointment(backend)
    appointment_id = appointment["appointment_id"]
    pipeline = await make_pipeline(Settings(language="it"))
    first = await pipeline.run_text_turn(cancel_request(appointment))
    assert first.path == "fastpath" and first.pending is not None
    assert first.pending.tool == "cancel_appointment" and len(first.pending.token) >= 32
    assert all(r.name != "cancel_appointment" for r in first.tool_calls)  # the first call ran nothing
    assert first.trace_path is not None and first.pending.token not in Path(first.trace_path).read_text()
    answer = await pipeline.run_text_turn("sì, conferma")
    assert answer.path == "confirm" and answer.error is None
    (record,) = answer.tool_calls
    assert record.name == "cancel_appointment" and record.result.ok
    assert record.arguments == {"appointment_id": appointment_id}


async def test_a_token_the_backend_refuses_is_said_and_runs_nothing(backend, make_pipeline) -> None:
    appointment = await upcoming_appointment(backend)
    pipeline = await make_pipeline(Settings(language="it"))
    first = await pipeline.run_text_turn(cancel_request(appointment))
    assert first.pending is not None
    first.pending.token = "x" * 43  # as if it were stale or for another request
    answer = await pipeline.confirm(first.pending.id, accepted=True)
    (record,) = answer.tool_calls
    assert record.result.error is not None and record.result.error.code == "confirmation_invalid"
    assert "ripeti la richiesta" in answer.reply_text and answer.error
    check = await backend.call_tool(
        "search_appointments", {"plate": appointment["plate"]}, context=CallContext(session_id="check")
    )
    status = {a["appointment_id"]: a["status"] for a in check.data["appointments"]}
    assert status[appointment["appointment_id"]] != "cancelled"


async def test_declining_by_click_never_runs_the_tool(llm, backend, make_pipeline) -> None:
    appointment = await upcoming_appointment(backend)
    llm.script(
        [
            Round(
                tool_calls=[ToolCall("cancel_appointment", {"appointment_id": appointment["appointment_id"]})]
            ),
            Round(text="Please confirm the cancellation."),
        ]
    )
    pipeline = await make_pipeline(llm_settings(llm))
    first = await pipeline.run_text_turn("cancel it")
    assert first.pending is not None
    declined = await pipeline.confirm(first.pending.id, accepted=False)
    assert declined.path == "confirm" and declined.tool_calls == []
    again = await pipeline.confirm(first.pending.id, accepted=True)  # too late: nothing is pending
    assert again.tool_calls == [] and again.error
    check = await backend.call_tool(
        "search_appointments", {"plate": appointment["plate"]}, context=CallContext(session_id="check")
    )
    assert all(a["status"] != "cancelled" for a in check.data["appointments"])


async def test_missing_api_key_still_works_offline_and_says_what_is_missing(backend, make_pipeline) -> None:
    pipeline = await make_pipeline(Settings(language="en"))
    status = pipeline.status()
    assert not status.llm_configured
    assert any("API key" in item.what for item in status.missing)
    result = await pipeline.run_text_turn("write me a poem about winter tyres")
    assert result.path == "clarify" and result.error is None
    assert "API key" in result.reply_text
    assert result.reply_text.count(".") <= 3  # short: what is missing in one sentence


async def test_the_model_failing_is_one_sentence_not_a_crash(llm, backend, make_pipeline) -> None:
    llm.script([Round(status=500)])
    pipeline = await make_pipeline(llm_settings(llm))
    result = await pipeline.run_text_turn("what can you do?")
    assert result.path == "error"
    assert result.error and "(500)" in result.error
    assert result.reply_text == error_message("llm.server", "en")  # a server fault, no status code said
    errors = [e for e in load_trace(result.trace_path) if e.type == "turn_error"]
    assert errors and errors[0].stage == "llm"


async def test_the_model_sees_what_the_fast_path_answered(llm, backend, make_pipeline) -> None:
    appointment = await upcoming_appointment(backend)
    llm.script([Round(text="Yes, the same customer.")])
    pipeline = await make_pipeline(llm_settings(llm, fastpath_enabled=True))
    first = await pipeline.run_text_turn(f"who owns {appointment['plate']}?")
    assert first.path == "fastpath" and llm.chat_requests == []
    second = await pipeline.run_text_turn("is that the customer who called this morning about the brakes?")
    assert second.path == "llm"
    messages = llm.chat_requests[0].body["messages"]
    assert {"role": "user", "content": first.transcript} in messages
    assert {"role": "assistant", "content": first.reply_text} in messages
    assert messages[-1]["content"].endswith("]\n" + second.transcript)  # after the app's clock note


async def test_an_unreachable_model_server_falls_back_quickly(llm, backend, make_pipeline) -> None:
    """Internet down: the fast path still works, anything else says the model cannot be reached."""
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    appointment = await upcoming_appointment(backend)
    settings = llm_settings(llm, llm_base_url=f"http://127.0.0.1:{port}/v1", fastpath_enabled=True)
    pipeline = await make_pipeline(settings)
    handled = await pipeline.run_text_turn(f"who owns {appointment['plate']}?")
    assert handled.path == "fastpath"
    failed = await pipeline.run_text_turn("write a poem about brakes")
    assert failed.path == "error" and "could not be reached" in (failed.error or "")
    assert pipeline.status().llm_reachable is False


async def test_an_unset_wordpress_site_opens_the_local_demo_and_says_why(installed_models) -> None:
    from engine.audio import FileSink
    from engine.pipeline import Pipeline

    settings = Settings(language="en", backend="wordpress", wordpress_url=None)
    pipeline = await Pipeline.create(settings, player=FileSink(), install_models=False, warm_up=False)
    try:
        status = pipeline.status()
        assert status.backend_kind == "local" and status.backend_ok
        assert any("WordPress" in item.what for item in status.missing)
        result = await pipeline.run_text_turn("show me today's appointments")
        assert result.error is None
    finally:
        await pipeline.aclose()


async def test_offline_the_fast_path_question_is_answered_by_the_next_turn(backend, make_pipeline) -> None:
    pipeline = await make_pipeline(Settings(language="it"))
    asked = await pipeline.run_text_turn("Prenota un tagliando per la Panda, primo posto libero")
    assert asked.path == "clarify" and "?" in asked.reply_text
    assert [c.name for c in asked.tool_calls] == ["find_vehicle"]  # which Panda: looked up, nothing written
    answered = await pipeline.run_text_turn("la grigia")
    assert answered.path == "fastpath", answered.reply_text
    [booking] = [c for c in answered.tool_calls if c.name == "create_appointment"]
    assert booking.result.ok and booking.arguments["vehicle_id"] == 1  # the grey Panda, AB123CD
    # the question is answered once: the same words again are a new (not understood) request
    again = await pipeline.run_text_turn("la grigia")
    assert not any(c.name == "create_appointment" for c in again.tool_calls)


async def test_offline_a_time_offered_for_one_taken_is_booked_by_the_next_turn(backend, make_pipeline) -> None:
    # the contract workshop starts on the next Monday; on its Tuesday Cambio gomme is taken at 8:30 and 9:00
    today = dt.date.today()
    tuesday = today + dt.timedelta(days=(7 - today.weekday()) % 7 + 1)
    pipeline = await make_pipeline(Settings(language="it"))
    asked = await pipeline.run_text_turn(
        f"Prenota un cambio gomme per la Panda AB123CD il {tuesday.day}/{tuesday.month}/{tuesday.year} alle 8:30"
    )
    assert asked.path == "clarify" and "già occupato" in asked.reply_text, asked.reply_text
    assert not [c for c in asked.tool_calls if c.name == "create_appointment" and c.result.ok]
    answered = await pipeline.run_text_turn("la prima")
    assert answered.path == "fastpath", answered.reply_text
    [booking] = [c for c in answered.tool_calls if c.name == "create_appointment"]
    assert booking.result.ok and booking.arguments["start"] == f"{tuesday.isoformat()}T09:30"


async def test_offline_a_bare_yes_with_nothing_open_says_so(backend, make_pipeline) -> None:
    pipeline = await make_pipeline(Settings(language="it"))
    said = await pipeline.run_text_turn("sì")
    assert "niente in sospeso" in said.reply_text and not said.tool_calls, said.reply_text
    # after a question is answered, a second yes finds nothing open either: nothing is written twice
    await pipeline.run_text_turn("Prenota un tagliando per la Panda, primo posto libero")
    await pipeline.run_text_turn("la grigia")
    again = await pipeline.run_text_turn("sì")
    assert "niente in sospeso" in again.reply_text and not again.tool_calls, again.reply_text
