"""Bad input through the real VAD and whisper: an empty recording, silence only, a 60 s recording."""

from __future__ import annotations

import numpy as np

from benches.openai_server import Round
from engine.trace import load_trace
from tests.engine.pipeline.conftest import llm_settings
from tests.support.hearing import assert_heard

RATE = 16_000


async def test_an_empty_recording_says_so(llm, make_pipeline) -> None:
    pipeline = await make_pipeline(llm_settings(llm))
    result = await pipeline.run_audio_turn(np.zeros(0, dtype=np.float32))
    assert result.path == "none" and result.error is None
    assert "empty" in result.reply_text
    assert llm.chat_requests == []


async def test_silence_only_never_reaches_stt_or_the_model(llm, make_pipeline) -> None:
    rng = np.random.default_rng(7)
    quiet_room = (rng.standard_normal(3 * RATE) * 0.002).astype(np.float32)
    pipeline = await make_pipeline(llm_settings(llm))
    result = await pipeline.run_audio_turn(quiet_room)
    assert result.path == "none" and "no speech" in result.reply_text
    types = {e.type for e in load_trace(result.trace_path)}
    assert "stt_final" not in types and "llm_request" not in types
    assert llm.chat_requests == []


async def test_a_60_second_recording_finishes_with_a_transcript(llm, speech, make_pipeline) -> None:
    """A key held for a minute: a request, a long pause, a second request, silence to the end."""
    first = speech("Book a tyre change for tomorrow morning.")
    second = speech("And send the customer a confirmation by email.")
    minute = np.zeros(60 * RATE, dtype=np.float32)
    minute[RATE : RATE + len(first)] = first
    minute[25 * RATE : 25 * RATE + len(second)] = second
    llm.script([Round(text="Which car is it for?")])
    pipeline = await make_pipeline(llm_settings(llm))
    result = await pipeline.run_audio_turn(minute)
    assert result.error is None, result.error
    assert_heard(
        result.transcript,
        "Book a tyre change for tomorrow morning. And send the customer a confirmation by email.",
    )
    assert result.reply_text == "Which car is it for?"
    events = load_trace(result.trace_path)
    captured = next(e for e in events if e.type == "audio_captured")
    assert captured.duration_s == 60
    final = next(e for e in events if e.type == "stt_final")
    assert final.text == result.transcript
