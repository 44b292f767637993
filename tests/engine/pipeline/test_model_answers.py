"""Whatever the model server sends, the turn ends with a clear spoken line in the person's language and
stays in the trace; a model that needs a tool round says "one moment" first."""

from __future__ import annotations

import pytest

from benches.openai_server import Round, ToolCall
from engine.trace import load_trace
from i18n.errors import error_message
from i18n.replies import reply
from tests.engine.pipeline.conftest import llm_settings, upcoming_appointment

BROKEN = {
    "error_event": (
        [Round(text="Let me check the calendar now", stream_error="boom", error_after=3)],
        "llm.stream",
    ),
    "dropped": (
        [Round(tool_calls=[ToolCall("find_vehicle", {"plate": "AB123CD"})], drop_after=3)],
        "llm.stream",
    ),
    "empty": ([Round()], "llm_empty"),
}


@pytest.mark.parametrize("language", ["it", "en"])
@pytest.mark.parametrize("case", sorted(BROKEN))
async def test_a_broken_answer_is_one_spoken_line_and_the_turn_is_traced(
    llm, backend, make_pipeline, case: str, language: str
) -> None:
    script, key = BROKEN[case]
    llm.script(script)
    pipeline = await make_pipeline(llm_settings(llm, language=language))
    result = await pipeline.run_text_turn("what is on tomorrow?")
    expected = error_message(key, language) if "." in key else reply(key, language)
    assert result.path == "error" and result.error
    assert result.reply_text == expected
    events = load_trace(result.trace_path)
    spoken = " ".join(e.text for e in events if e.type == "tts_sentence")
    # no half sentence of the model's before it; "one moment" when a tool call had begun (it is said at
    # the round's first tool-call chunk, before the stream broke)
    said_first = reply("one_moment", language) + " " if case == "dropped" else ""
    assert spoken == said_first + expected
    assert any(e.type == "turn_error" and e.stage == "llm" for e in events)
    assert any(e.type == "llm_request" for e in events)
    assert events[-2].type == "turn_finished" and events[-2].reply_text == expected
    assert not any(e.type == "tool_result" for e in events)


async def test_an_italian_answer_is_spoken_by_kokoro_where_paola_is_missing(
    llm, backend, make_pipeline, kokoro
) -> None:
    """The product's own choice of Italian voice (paola, missing here, falls back to Kokoro) speaks the
    turn's line: its sentences go to Kokoro and its audio to the speaker."""
    from engine.audio import FileSink
    from engine.tts import KokoroTTS

    llm.script(BROKEN["empty"][0])
    sink = FileSink()
    pipeline = await make_pipeline(llm_settings(llm, language="it", voice_it="it_IT-paola-medium"), sink=sink)
    voice_id, tts = pipeline.engines.voices["it"]
    assert voice_id == "kokoro-82m" and isinstance(tts, KokoroTTS)
    result = await pipeline.run_text_turn("cosa c'è domani?")
    assert result.reply_text == reply("llm_empty", "it")
    events = load_trace(result.trace_path)
    assert " ".join(e.text for e in events if e.type == "tts_sentence") == result.reply_text
    assert any(e.type == "tts_first_audio" for e in events)
    assert sink.sample_rate == 24_000 and sink.audio.size > 24_000 * 0.5  # Kokoro's audio, half a second or more


async def test_a_model_that_never_stops_calling_tools_gets_a_spoken_line(llm, backend, make_pipeline) -> None:
    llm.default_round = Round(tool_calls=[ToolCall("list_services", {})])
    pipeline = await make_pipeline(llm_settings(llm, language="it", llm_max_rounds=3))
    result = await pipeline.run_text_turn("continua a cercare")
    assert result.reply_text == reply("max_rounds", "it")
    assert len(llm.chat_requests) == 3
    events = load_trace(result.trace_path)
    spoken = " ".join(e.text for e in events if e.type == "tts_sentence")
    assert spoken == reply("one_moment", "it") + " " + reply("max_rounds", "it")
    assert sum(e.type == "tool_result" for e in events) == 3


async def test_one_moment_is_said_as_soon_as_the_model_calls_a_tool(llm, backend, make_pipeline) -> None:
    appointment = await upcoming_appointment(backend)
    answer = f"It belongs to {appointment['customer']}."
    llm.script(
        [Round(tool_calls=[ToolCall("find_vehicle", {"plate": appointment["plate"]})]), Round(text=answer)]
    )
    pipeline = await make_pipeline(llm_settings(llm))
    result = await pipeline.run_text_turn(f"who owns {appointment['plate']}?")
    assert result.reply_text == answer
    events = load_trace(result.trace_path)
    spoken = [e for e in events if e.type == "tts_sentence"]
    assert spoken[0].text == "One moment." and " ".join(e.text for e in spoken[1:]) == answer
    second_request = [e for e in events if e.type == "llm_request"][1]
    assert spoken[0].t <= second_request.t  # handed to the voice before the second round was asked

    # a model that says something itself before calling the tool gets no "one moment"
    llm.script(
        [
            Round(
                text="Let me look.", tool_calls=[ToolCall("find_vehicle", {"plate": appointment["plate"]})]
            ),
            Round(text=answer),
        ]
    )
    result = await pipeline.run_text_turn(f"and who owns {appointment['plate']}?")
    spoken_texts = [e.text for e in load_trace(result.trace_path) if e.type == "tts_sentence"]
    assert "One moment." not in spoken_texts and spoken_texts[0] == "Let me look."

    # rendered beforehand (as the desktop app does once started), the acknowledgement's audio goes out
    # the moment the tool is called, before the model is even asked for the second round
    assert pipeline.phrases.get(pipeline.engines.voices["en"][0], "One moment.") is None
    await pipeline.render_phrases()
    assert pipeline.phrases.get(pipeline.engines.voices["en"][0], "One moment.")
    llm.script(
        [Round(tool_calls=[ToolCall("find_vehicle", {"plate": appointment["plate"]})]), Round(text=answer)]
    )
    result = await pipeline.run_text_turn(f"who owns {appointment['plate']} again?")
    types = [e.type for e in load_trace(result.trace_path)]
    second_request = [i for i, t in enumerate(types) if t == "llm_request"][1]
    assert types.index("tts_first_audio") < second_request
