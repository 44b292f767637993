"""Push-to-talk through a real audio device (a PulseAudio null sink whose monitor is the microphone):
the question is played into the sink while the key is held, STT starts at VAD end of speech."""

from __future__ import annotations

import asyncio

import numpy as np

from benches.openai_server import Round
from engine.audio import AudioChunk, FileSink, MicCapture, Player
from engine.trace import load_trace
from tests.engine.pipeline.conftest import llm_settings
from tests.support.hearing import assert_heard

QUESTION = "Book a tyre change for tomorrow morning."


async def test_press_speak_release(pulse_sink, llm, speech, make_pipeline) -> None:
    question = speech(QUESTION)
    llm.script([Round(text="Which car is it for?")])
    mic = MicCapture(device=None, preroll_s=0.3)
    pipeline = await make_pipeline(llm_settings(llm), sink=FileSink())
    pipeline.mic = mic
    levels: list[float] = []
    pipeline.set_level_callback(levels.append)
    speaker = Player()
    try:
        await pipeline.press()
        speaker.play(AudioChunk(np.concatenate([question, np.zeros(8000, np.float32)]), 16_000))
        await speaker.wait_done()
        await asyncio.sleep(0.8)  # the person keeps the key down a little after speaking
        result = await pipeline.release()
    finally:
        speaker.close()

    assert result.error is None, result.error
    assert_heard(result.transcript, QUESTION)
    assert result.reply_text == "Which car is it for?"
    assert levels and max(levels) > 0.5  # the level meter saw the speech
    events = load_trace(result.trace_path)
    types = [e.type for e in events]
    assert types[0] == "turn_started" and events[0].source == "mic"
    assert types.index("vad") < types.index("audio_captured")  # VAD ran while the key was held
    vad = [e.kind for e in events if e.type == "vad"]
    assert vad[0] == "speech_start" and "speech_end" in vad
    final = next(e for e in events if e.type == "stt_final")
    assert final.early  # STT started at VAD end of speech, while the key was still held
    captured = next(e for e in events if e.type == "audio_captured")
    assert captured.duration_s > len(question) / 16_000


async def test_hands_free_turn_is_cut_by_the_endpointer(pulse_sink, llm, speech, make_pipeline) -> None:
    question = speech(QUESTION)
    llm.script([Round(text="Which car is it for?")])
    pipeline = await make_pipeline(llm_settings(llm), sink=FileSink())
    pipeline.mic = MicCapture(device=None, preroll_s=0.3)
    finished = asyncio.Event()
    events = []
    loop = asyncio.get_running_loop()

    def listen(event) -> None:
        events.append(event)
        if event.type == "turn_finished":
            loop.call_soon_threadsafe(finished.set)

    pipeline.add_listener(listen)
    pipeline.hands_free(True)
    assert pipeline.status().hands_free
    await asyncio.sleep(0.5)  # the mic is open
    speaker = Player()
    try:
        speaker.play(AudioChunk(np.concatenate([question, np.zeros(16_000, np.float32)]), 16_000))
        await asyncio.wait_for(finished.wait(), 60)
    finally:
        speaker.close()
        pipeline.hands_free(False)

    final = next(e for e in events if e.type == "stt_final")
    assert "change" in final.text.lower()
    done = next(e for e in events if e.type == "turn_finished")
    assert done.path == "llm" and done.reply_text == "Which car is it for?"
