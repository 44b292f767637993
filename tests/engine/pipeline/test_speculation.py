"""The model starts before the person has finished: on the transcript STT made at VAD end of speech while
the key is still held (through a real audio device: a PulseAudio null sink whose monitor is the mic).
Adopted at release when the final transcript is the same; dropped, unseen, when the person speaks again."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from benches.openai_server import Round, ToolCall
from engine.audio import AudioChunk, FileSink, MicCapture, Player
from engine.trace import load_trace
from tests.engine.pipeline.conftest import llm_settings, upcoming_appointment

SILENCE = np.zeros(8000, np.float32)
END_OF_TURN_MS = 14_000
"""Hands-free tests: silence that ends a turn, long enough for STT and the model to start in the pause
(~1 s on an idle machine, 3-12 s seen under load 15-20 on 2 cores), with the turn under the endpointer's
20 s cap (a turn cut at the cap is not adopted)."""
TWO_SENTENCES_END_MS = 8_000
"""The same for a turn of two sentences with that wait between them (the 20 s cap again)."""


async def _until(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.02)


def _asked(llm: Any, word: str) -> bool:
    """The model was asked about a transcript containing `word` (a pause inside a sentence may start
    it earlier on a part of it)."""
    return any(word in r.body["messages"][-1]["content"].lower() for r in llm.chat_requests)


async def _owner_question(llm: Any, backend: Any) -> tuple[dict[str, Any], str]:
    """An upcoming appointment, and the model scripted to look its plate up and name the owner."""
    appointment = await upcoming_appointment(backend)
    answer = f"It belongs to {appointment['customer']}."
    llm.script(
        [Round(tool_calls=[ToolCall("find_vehicle", {"plate": appointment["plate"]})]), Round(text=answer)]
    )
    return appointment, answer


async def _mic_pipeline(llm: Any, make_pipeline: Any) -> Any:
    """A pipeline on the scripted model, listening to the PulseAudio null sink's monitor."""
    pipeline = await make_pipeline(llm_settings(llm), sink=FileSink())
    pipeline.mic = MicCapture(device=None, preroll_s=0.3)
    return pipeline


async def _say(speaker: Player, audio: np.ndarray) -> None:
    speaker.play(AudioChunk(np.concatenate([audio, SILENCE]), 16_000))
    await speaker.wait_done()


async def test_the_model_starts_while_the_key_is_held_and_is_adopted(
    pulse_sink,
    llm,
    speech,
    backend,
    make_pipeline,
) -> None:
    appointment, answer = await _owner_question(llm, backend)
    pipeline = await _mic_pipeline(llm, make_pipeline)
    speaker = Player()
    try:
        await pipeline.press()
        await _say(speaker, speech(f"Who owns the car with plate {' '.join(appointment['plate'])}?"))
        # the key is still down: the speculative round ran the read tool and asked the second round
        await _until(lambda: len(llm.chat_requests) >= 2, "the speculative rounds")
        held = time.monotonic()
        await asyncio.sleep(0.2)
        result = await pipeline.release()
    finally:
        speaker.close()

    assert result.error is None, result.error
    assert all(r.received_at < held for r in llm.chat_requests)
    assert result.reply_text == answer and [r.name for r in result.tool_calls] == ["find_vehicle"]
    events = load_trace(result.trace_path)
    types = [e.type for e in events]
    requests = [e for e in events if e.type == "llm_request"]
    assert [r.speculative for r in requests] == [True, True]
    assert types.index("stt_final") < types.index("llm_request")  # shown once the transcript was final
    # ...at the times the rounds and the tool really ran, while the key was down (the side panel's bars)
    final = next(e for e in events if e.type == "stt_final")
    ran = [e for e in events if e.type in ("llm_request", "llm_done", "tool_result")]
    assert len(ran) == 5 and all(e.t < final.t for e in ran)
    assert [e.t for e in ran] == sorted(e.t for e in ran)
    assert "speculation_dropped" not in types
    spoken = [e.text for e in events if e.type == "tts_sentence"]
    assert "One moment." not in spoken  # the answer was ready at release: no acknowledgement needed
    assert len(pipeline.agent._history) == 2


async def test_speaking_again_drops_the_speculative_start_unseen(
    pulse_sink,
    llm,
    speech,
    make_pipeline,
) -> None:
    llm.default_round = Round(text="Which car is it for?")
    pipeline = await _mic_pipeline(llm, make_pipeline)
    speaker = Player()
    try:
        await pipeline.press()
        await _say(speaker, speech("Book a tyre change for tomorrow morning."))
        await _until(lambda: _asked(llm, "morning"), "the speculative start on the whole first sentence")
        await _say(speaker, speech("No, make it Friday afternoon."))
        await _until(lambda: _asked(llm, "friday"), "the speculative start on both sentences")
        await asyncio.sleep(0.2)
        result = await pipeline.release()
    finally:
        speaker.close()

    assert result.error is None, result.error
    assert "friday" in result.transcript.lower()
    events = load_trace(result.trace_path)
    dropped = [e for e in events if e.type == "speculation_dropped"]
    assert any(d.reason == "speech_resumed" and "tomorrow" in d.text.lower() for d in dropped)
    assert all("friday" not in d.text.lower() for d in dropped)
    # the marker says when that start began and what it had done (the side panel draws it as a row)
    assert any(
        d.reason == "speech_resumed" and d.started_s is not None and d.started_s < d.t and d.rounds == 1
        for d in dropped
        if "tomorrow" in d.text.lower()
    )
    # nothing of the dropped start shows: one round, one answer, spoken once
    assert sum(e.type == "llm_request" for e in events) == 1
    assert sum(e.type == "llm_done" for e in events) == 1
    assert [e.text for e in events if e.type == "tts_sentence"] == ["Which car is it for?"]
    history = pipeline.agent._history
    assert len(history) == 2 and "friday" in history[0]["content"].lower()


class _HandsFree:
    """Hands-free listening on the pipeline, with every trace event kept and the end of the turn awaited."""

    def __init__(self, pipeline: Any) -> None:
        self.pipeline = pipeline
        self.events: list[Any] = []
        self.finished = asyncio.Event()
        self.turn_ended_at: float | None = None
        loop = asyncio.get_running_loop()

        def listen(event: Any) -> None:
            self.events.append(event)
            if event.type == "audio_captured" and self.turn_ended_at is None:  # the endpointer cut the turn
                self.turn_ended_at = time.monotonic()
            if event.type == "turn_finished":
                loop.call_soon_threadsafe(self.finished.set)

        pipeline.add_listener(listen)


async def test_hands_free_starts_the_model_at_a_pause_and_adopts_it_at_the_end_of_the_turn(
    pulse_sink,
    llm,
    speech,
    backend,
    make_pipeline,
) -> None:
    _, answer = await _owner_question(llm, backend)
    pipeline = await _mic_pipeline(llm, make_pipeline)
    # a long end-of-turn silence, so the early start shows however slow STT is on a loaded machine: STT
    # and both rounds begin at the 250 ms pause, the turn ends after END_OF_TURN_MS
    pipeline.engines.vad.update_options(min_silence_ms=END_OF_TURN_MS)
    hands_free = _HandsFree(pipeline)
    pipeline.hands_free(True)
    speaker = Player()
    try:
        await asyncio.sleep(0.5)  # the mic is open
        # one breath, no spelled letters: a pause inside it would start (and drop) the model on a part, and
        # take the scripted rounds (what the model is asked does not matter to the scripted server)
        await _say(speaker, speech("Who is the owner of the grey car waiting outside the workshop?"))
        await asyncio.wait_for(hands_free.finished.wait(), 60)
    finally:
        speaker.close()
        pipeline.hands_free(False)

    events = hands_free.events
    types = [e.type for e in events]
    assert "turn_error" not in types, [e for e in events if e.type == "turn_error"]
    assert hands_free.turn_ended_at is not None
    assert len(llm.chat_requests) == 2
    ended = hands_free.turn_ended_at
    assert all(r.received_at < ended for r in llm.chat_requests), [
        r.received_at - ended for r in llm.chat_requests
    ]
    requests = [e for e in events if e.type == "llm_request"]
    assert [r.speculative for r in requests] == [True, True]
    final = next(e for e in events if e.type == "stt_final")
    assert final.early  # the transcript made at the pause was the turn's
    assert types.index("stt_final") < types.index("llm_request")
    assert "speculation_dropped" not in types
    done = next(e for e in events if e.type == "turn_finished")
    assert done.path == "llm" and done.reply_text == answer
    assert [e.text for e in events if e.type == "tts_sentence"] == [answer]  # ready: no "one moment"
    assert len(pipeline.agent._history) == 2


async def test_hands_free_speaking_again_after_a_pause_drops_the_early_start_unseen(
    pulse_sink,
    llm,
    speech,
    make_pipeline,
) -> None:
    llm.default_round = Round(text="Which car is it for?")
    pipeline = await _mic_pipeline(llm, make_pipeline)
    # the pause between the sentences is no end of the turn
    pipeline.engines.vad.update_options(min_silence_ms=TWO_SENTENCES_END_MS)
    hands_free = _HandsFree(pipeline)
    pipeline.hands_free(True)
    speaker = Player()
    try:
        await asyncio.sleep(0.5)
        await _say(speaker, speech("Book a tyre change for tomorrow morning."))
        await _until(
            lambda: _asked(llm, "morning"),
            "the early start on the first sentence",
            TWO_SENTENCES_END_MS / 1000,
        )
        await _say(speaker, speech("No, make it Friday afternoon."))
        await asyncio.wait_for(hands_free.finished.wait(), 60)
    finally:
        speaker.close()
        pipeline.hands_free(False)

    events = hands_free.events
    assert sum(e.type == "turn_started" for e in events) == 1  # one turn, pause and all
    final = next(e for e in events if e.type == "stt_final")
    assert "friday" in final.text.lower()
    dropped = [e for e in events if e.type == "speculation_dropped"]
    assert any(d.reason == "speech_resumed" and "tomorrow" in d.text.lower() for d in dropped)
    assert all("friday" not in d.text.lower() for d in dropped)
    assert sum(e.type == "llm_done" for e in events) == 1
    assert [e.text for e in events if e.type == "tts_sentence"] == ["Which car is it for?"]
    history = pipeline.agent._history
    assert len(history) == 2 and "friday" in history[0]["content"].lower()
