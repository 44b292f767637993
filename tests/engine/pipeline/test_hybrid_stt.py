"""Hybrid speech-to-text inside a turn: the cloud (fake OpenAI transcription endpoint) races local whisper,
and the trace says which engine won."""

from __future__ import annotations

import pytest

from benches.openai_server import Round, Transcription
from engine.trace import load_trace
from tests.engine.pipeline.conftest import llm_settings
from tests.support.hearing import assert_heard

QUESTION = "Book a tyre change for tomorrow morning."


@pytest.mark.parametrize(
    ("cloud", "deadline_ms", "won_by"),
    [
        # a deadline no busy machine's loopback answer misses: the case is about who wins, not how fast
        (Transcription(text="Book a tyre change for tomorrow morning, cloud."), 5000, "cloud"),
        # late even for a loaded machine: a cloud text already there when local finishes would be used
        (Transcription(text="too late", delay_s=8.0), 600, "local"),
        (Transcription(status=500), 600, "local"),
    ],
    ids=["cloud-fast", "cloud-slow", "cloud-failing"],
)
async def test_the_trace_says_which_engine_won(llm, speech, make_pipeline, cloud, deadline_ms, won_by) -> None:
    llm.script_transcriptions([cloud])
    llm.script([Round(text="Which car is it for?")])
    settings = llm_settings(
        llm, stt_mode="hybrid", stt_cloud_base_url=llm.base_url, stt_cloud_deadline_ms=deadline_ms
    )
    pipeline = await make_pipeline(settings)
    assert pipeline.status().stt_engines == ["local", "cloud"]

    result = await pipeline.run_audio_turn(speech(QUESTION))

    assert result.error is None and result.reply_text == "Which car is it for?"
    final = next(e for e in load_trace(result.trace_path) if e.type == "stt_final")
    assert final.engine == "hybrid" and final.won_by == won_by
    assert final.alternatives[won_by] == final.text == result.transcript
    if won_by == "cloud":
        assert result.transcript.endswith("cloud.")
    else:
        assert_heard(result.transcript, QUESTION)
    upload = next(r for r in llm.requests if r.path.endswith("/audio/transcriptions"))
    assert upload.body["file"][:4] == b"RIFF"  # the real client sent the turn's audio


async def test_local_text_is_checked_against_the_workshops_plates(llm, backend, make_pipeline) -> None:
    """The hybrid race may take local's text early only when every plate it names is a real vehicle."""
    from engine.pipeline.plates_known import plates_known
    from engine.stt.race import HybridSTT
    from tests.engine.pipeline.conftest import upcoming_appointment
    from wp_api.contract import CallContext

    plate = (await upcoming_appointment(backend))["plate"]
    context = CallContext(session_id="plates-known")
    assert await plates_known(backend, f"Who owns the car with plate {plate}?", context)
    assert await plates_known(backend, "Cancel the booking for tomorrow morning.", context)
    unknown = ""
    for candidate in (f"{plate[:-1]}{c}" for c in "ZYXWVU"):  # one letter apart, not in the workshop
        found = await backend.call_tool("find_vehicle", {"plate": candidate}, context=context)
        if not any(m["plate"] == candidate for m in found.data.get("matches", [])):
            unknown = candidate
            break
    assert not await plates_known(backend, f"Who owns the car with plate {unknown}?", context)

    settings = llm_settings(llm, stt_mode="hybrid", stt_cloud_base_url=llm.base_url)
    pipeline = await make_pipeline(settings)
    stt = pipeline.engines.stt
    assert isinstance(stt, HybridSTT) and stt.local_check is not None
    assert await stt.local_check(f"Plate {plate}, please.")
    assert not await stt.local_check(f"Plate {unknown}, please.")
