"""A whole spoken turn through real parts: Piper speech → Silero VAD → whisper → agent (fake model at the wire) →
LocalBackend → Piper → FileSink, with a trace holding every stage."""

from __future__ import annotations

from benches.openai_server import Round, ToolCall
from engine.audio import FileSink
from engine.trace import load_trace
from tests.engine.pipeline.conftest import llm_settings, upcoming_appointment
from tests.support.hearing import assert_heard

EVERY_STAGE = {
    "turn_started",
    "audio_captured",
    "vad",
    "stt_final",
    "llm_request",
    "llm_first_token",
    "llm_tool_call",
    "tool_result",
    "llm_done",
    "tts_sentence",
    "tts_first_audio",
    "turn_finished",
}


async def test_spoken_question_is_answered_with_tools_and_speech(llm, speech, backend, make_pipeline) -> None:
    appointment = await upcoming_appointment(backend)
    plate = appointment["plate"]
    llm.script(
        [
            Round(tool_calls=[ToolCall("find_vehicle", {"plate": plate})]),
            Round(text=f"It belongs to {appointment['customer']}. Anything else?"),
        ]
    )
    sink = FileSink()
    pipeline = await make_pipeline(llm_settings(llm), sink=sink)
    seen = []
    pipeline.add_listener(seen.append)
    said = f"Who owns the car with plate {' '.join(plate)}?"

    result = await pipeline.run_audio_turn(speech(said))

    assert result.error is None and result.path == "llm"
    assert_heard(result.transcript, said)
    user_message = llm.chat_requests[0].body["messages"][-1]
    assert user_message["role"] == "user"
    assert user_message["content"].endswith("]\n" + result.transcript)  # after the app's clock note
    (record,) = result.tool_calls
    assert record.name == "find_vehicle" and record.result.ok
    assert record.result.data["matches"][0]["customer"]["full_name"] == appointment["customer"]
    assert result.reply_text == f"It belongs to {appointment['customer']}. Anything else?"
    assert sink.audio.size > sink.sample_rate  # more than a second of spoken answer

    assert result.trace_path is not None and result.trace_path.exists()
    saved = load_trace(result.trace_path)
    assert {e.type for e in saved} >= EVERY_STAGE
    assert [e.type for e in saved] == [e.type for e in seen]
    assert {e.turn_id for e in saved} == {result.turn_id}
    assert {e.kind for e in saved if e.type == "vad"} == {"speech_start", "speech_end"}
    final = next(e for e in saved if e.type == "stt_final")
    assert final.engine == "local" and final.text == result.transcript
    assert result.trace_path.with_suffix(".wav").exists()  # save_audio is on: the turn can be replayed
    first_audio = next(e for e in saved if e.type == "tts_first_audio")
    assert first_audio.since_speech_end_s is not None and first_audio.since_speech_end_s > 0
    assert saved[-2].type == "turn_finished" and saved[-2].path == "llm"


async def test_the_fast_path_answers_without_any_model_server(speech, backend, make_pipeline) -> None:
    """No API key at all: a plate lookup still works, spoken in and spoken out."""
    from engine.config import Settings

    appointment = await upcoming_appointment(backend)
    plate = appointment["plate"]
    pipeline = await make_pipeline(Settings(language="en"))
    assert not pipeline.status().llm_configured
    result = await pipeline.run_text_turn(f"who owns {plate}?")
    assert result.path == "fastpath", result
    assert appointment["customer"].split()[-1] in result.reply_text
    assert any(r.name == "find_vehicle" and r.result.ok for r in result.tool_calls)
    events = load_trace(result.trace_path)
    parsed = next(e for e in events if e.type == "fastpath_parsed")
    assert parsed.handled and parsed.intent
