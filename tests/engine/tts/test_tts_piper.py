"""Piper with the real joe voice: streaming per sentence, cancellation, barge-in, bad models."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import numpy as np
import pytest

from engine.audio import FileSink, read_wav
from engine.errors import ModelMissingError
from engine.tts import PiperTTS, TtsStream, speech_wav

THREE = "The booking is confirmed for Wednesday. I sent a confirmation on WhatsApp. Anything else?"


def _count_inferences(monkeypatch: pytest.MonkeyPatch, tts: PiperTTS) -> list[int]:
    done: list[int] = []
    original = PiperTTS._infer

    def counting(self: PiperTTS, ids: list[int], job) -> np.ndarray | None:
        audio = original(self, ids, job)
        if audio is not None:
            done.append(len(audio))
        return audio

    monkeypatch.setattr(PiperTTS, "_infer", counting)
    return done


async def test_first_chunk_before_the_whole_text(joe: PiperTTS, monkeypatch: pytest.MonkeyPatch) -> None:
    done = _count_inferences(monkeypatch, joe)
    chunks = joe.synthesize(THREE)
    first = await anext(chunks)
    produced_when_first_arrived = len(done)
    await chunks.aclose()  # cancels the rest
    await asyncio.sleep(0.5)
    assert first.sample_rate == joe.sample_rate == 22_050
    assert first.samples.dtype == np.float32 and 0.5 < first.duration_s < 4
    assert produced_when_first_arrived < 3
    assert len(done) < 3, "closing the iterator must cancel the remaining sentences"


async def test_all_sentences_in_order(joe: PiperTTS) -> None:
    chunks = [chunk async for chunk in joe.synthesize(THREE)]
    assert len(chunks) == 3
    assert all(np.max(np.abs(c.samples)) > 0.5 for c in chunks)


async def test_stream_speaks_first_sentence_before_the_rest_is_written(joe: PiperTTS) -> None:
    async with TtsStream(joe) as stream:
        stream.push_text("Fatto. Ho prenotato")
        first = await anext(stream)
        assert (first.index, first.text) == (0, "Fatto.")
        stream.push_text(" il tagliando. Il costo è 89.50 euro.")
        stream.end_input()
        rest = [event async for event in stream]
    assert [e.text for e in rest] == ["Ho prenotato il tagliando.", "Il costo è 89.50 euro."]
    assert [e.index for e in rest] == [1, 2]


async def test_barge_in_stops_playback_and_generation(joe: PiperTTS, monkeypatch: pytest.MonkeyPatch) -> None:
    done = _count_inferences(monkeypatch, joe)
    sink = FileSink(realtime=True)
    stream = TtsStream(joe)
    stream.push_text(" ".join([THREE] * 3))
    stream.end_input()
    heard: list[str] = []

    async def play() -> None:
        async for event in stream:
            heard.append(event.text)
            sink.play(event.chunk)

    player = asyncio.create_task(play())
    while sink.played_samples < 0.3 * 22_050:
        await asyncio.sleep(0.01)
    stream.interrupt()
    sink.stop()
    at_interrupt = sink.played_samples
    await asyncio.wait_for(player, 1.0)
    await asyncio.sleep(0.5)
    sink.close()
    assert sink.played_samples - at_interrupt <= 0.1 * 22_050, "audio kept playing after barge-in"
    assert not sink.playing
    assert len(heard) < 9 and len(done) < 9, "pending sentences must be dropped"


def test_speech_wav_uses_the_voice_rate(joe_path: Path, tmp_path: Path) -> None:
    out = speech_wav("Plate AB 123 CD.", tmp_path / "plate.wav", voice_path=joe_path)
    samples, rate = read_wav(out)
    assert rate == 22_050 and 0.8 < len(samples) / rate < 5


def test_speech_wav_makes_the_same_recording_every_time(joe_path: Path, tmp_path: Path) -> None:
    """A test's spoken input is one recording, not a new draw each run (Piper samples noise by default:
    three calls gave three lengths, and whisper misheard a few in a hundred)."""
    text = "Who owns Alpha Bravo one two three Charlie Delta?"
    first, _ = read_wav(speech_wav(text, tmp_path / "a.wav", voice_path=joe_path))
    for name in ("b.wav", "c.wav"):
        again, _ = read_wav(speech_wav(text, tmp_path / name, voice_path=joe_path))
        assert np.array_equal(again, first)


def test_load_is_cached(joe_path: Path, joe: PiperTTS) -> None:
    again = PiperTTS.load(joe_path, length_scale=1.2)
    assert again._voice is joe._voice and again.length_scale == 1.2


def test_the_voices_threads_do_not_spin(joe: PiperTTS) -> None:
    """Spinning threads burn the cores whisper needs on a busy PC (engine.tts.piper_tts._load_voice)."""
    options = joe._voice.session.get_session_options()
    assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"


def test_bad_models_give_model_missing_error(joe_path: Path, tmp_path: Path) -> None:
    corrupt = tmp_path / "en_US-joe-medium.onnx"
    corrupt.write_bytes(b"\x08\x01garbage" * 100)
    shutil.copy(Path(f"{joe_path}.json"), tmp_path / "en_US-joe-medium.onnx.json")
    with pytest.raises(ModelMissingError, match="corrupt") as info:
        PiperTTS.load(corrupt)
    assert info.value.fix == "uv run officina models install en_US-joe-medium"
    with pytest.raises(ModelMissingError, match="missing"):
        PiperTTS.load(tmp_path / "absent.onnx")
    lonely = tmp_path / "lonely.onnx"
    shutil.copy(joe_path, lonely)
    with pytest.raises(ModelMissingError, match=r"no lonely\.onnx\.json"):
        PiperTTS.load(lonely)
