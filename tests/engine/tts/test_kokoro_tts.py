"""KokoroTTS with the real Kokoro-82M: a chunk per clause, cancellation, barge-in, bad models."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import numpy as np
import pytest

from engine.audio import FileSink
from engine.errors import ModelMissingError, TtsError
from engine.tts import TTS, KokoroTTS, SynthesisJob, TtsStream, clauses
from engine.tts.kokoro import SAMPLE_RATE, KokoroModel

REPLY = "Fatto, ho prenotato il tagliando per mercoledì; ti mando la conferma. Vuoi altro?"


@pytest.fixture
def italian(kokoro: KokoroModel) -> KokoroTTS:
    return KokoroTTS(kokoro, language="it")


def _count_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    runs: list[int] = []
    original = KokoroModel.synthesize

    def counting(self: KokoroModel, phonemes, **kwargs) -> np.ndarray:
        audio = original(self, phonemes, **kwargs)
        runs.append(len(audio))
        return audio

    monkeypatch.setattr(KokoroModel, "synthesize", counting)
    return runs


def test_is_a_tts_voice_for_its_language(italian: KokoroTTS) -> None:
    assert isinstance(italian, TTS)
    assert (italian.language, italian.sample_rate) == ("it", SAMPLE_RATE)
    assert italian.name.startswith("kokoro-82m:")


def test_one_chunk_per_clause(italian: KokoroTTS) -> None:
    sentence = "Fatto, ho prenotato il tagliando per mercoledì; costa 89,50 euro."
    assert clauses(sentence) == ["Fatto,", "ho prenotato il tagliando per mercoledì;", "costa 89,50 euro."]
    chunks = list(italian.synthesize_blocking(sentence))
    assert len(chunks) == 3
    assert all(c.sample_rate == SAMPLE_RATE and c.samples.dtype == np.float32 for c in chunks)
    assert chunks[0].duration_s < chunks[1].duration_s, "the short first clause comes out on its own"
    assert all(float(np.max(np.abs(c.samples))) > 0.5 for c in chunks)


async def test_first_clause_arrives_before_the_rest_is_made(
    italian: KokoroTTS, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs = _count_runs(monkeypatch)
    chunks = italian.synthesize(REPLY)
    first = await anext(chunks)
    made_when_first_arrived = len(runs)
    await chunks.aclose()  # cancels the rest
    await asyncio.sleep(0.5)
    assert 0.2 < first.duration_s < 1.5  # "Fatto," and its breath
    assert made_when_first_arrived < 4
    assert len(runs) < 4, "closing the iterator must cancel the remaining clauses"


def test_a_cancelled_job_terminates_the_run_in_progress(
    italian: KokoroTTS, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The barge-in path: the job's RunOptions reach onnxruntime, whose run stops on `terminate`."""
    original = KokoroModel.synthesize
    job = SynthesisJob()
    terminated: list[Exception] = []

    def cancel_then_run(self: KokoroModel, phonemes, **kwargs) -> np.ndarray:
        assert kwargs["run_options"] is job.run_options
        job.run_options.terminate = True  # as job.cancel() does, but before `cancelled` is seen
        try:
            return original(self, phonemes, **kwargs)
        except TtsError as exc:
            terminated.append(exc)
            job.cancelled.set()
            raise

    monkeypatch.setattr(KokoroModel, "synthesize", cancel_then_run)
    assert list(italian.synthesize_blocking("Una frase lunga senza virgole da dire tutta.", job)) == []
    assert len(terminated) == 1 and "terminate" in str(terminated[0]).lower()


async def test_barge_in_stops_playback_and_generation(
    italian: KokoroTTS, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs = _count_runs(monkeypatch)
    sink = FileSink(realtime=True)
    stream = TtsStream(italian)
    stream.push_text(" ".join([REPLY] * 3))
    stream.end_input()
    heard: list[str] = []

    async def play() -> None:
        async for event in stream:
            heard.append(event.text)
            sink.play(event.chunk)

    player = asyncio.create_task(play())
    while sink.played_samples < 0.2 * SAMPLE_RATE:
        await asyncio.sleep(0.01)
    stream.interrupt()
    sink.stop()
    at_interrupt = sink.played_samples
    await asyncio.wait_for(player, 1.0)
    await asyncio.sleep(0.5)
    sink.close()
    assert sink.played_samples - at_interrupt <= 0.1 * SAMPLE_RATE, "audio kept playing after barge-in"
    assert not sink.playing
    assert len(runs) < 12, "pending clauses must be dropped"


def test_played_at_the_sinks_rate(italian: KokoroTTS) -> None:
    sink = FileSink()
    sink.sample_rate = 48_000  # a device at 48 kHz: the player resamples Kokoro's 24 kHz
    chunks = list(italian.synthesize_blocking("Va bene."))
    for chunk in chunks:
        sink.play(chunk)
    expected = sum(c.duration_s for c in chunks) * 48_000
    assert abs(len(sink.audio) - expected) < 0.01 * 48_000


def test_english_and_bad_settings(kokoro: KokoroModel) -> None:
    english = KokoroTTS.load("kokoro-82m:jm_kumo", language="en")
    assert english.style == "jm_kumo" and english.language == "en"
    assert len(list(english.synthesize_blocking("The booking is confirmed."))) == 1
    with pytest.raises(TtsError, match="style"):
        KokoroTTS(kokoro, language="it", style="if_sara")
    with pytest.raises(TtsError, match="language"):
        KokoroTTS(kokoro, language="de")
    with pytest.raises(TtsError, match="not a Kokoro voice"):
        KokoroTTS.load("it_IT-paola-medium", language="it")


def test_corrupt_model_names_the_fix(kokoro: KokoroModel, tmp_path: Path) -> None:
    for name in ("vocab.json", "voices_ja.npz"):
        shutil.copy(kokoro.folder / name, tmp_path / name)
    (tmp_path / "kokoro-v1.0.int8.onnx").write_bytes(b"\x08\x01garbage" * 100)
    with pytest.raises(ModelMissingError, match="corrupt") as info:
        KokoroModel(tmp_path)
    assert info.value.fix == "uv run officina models install kokoro-82m"
