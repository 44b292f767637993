"""Local faster-whisper STT on speech made by the project's Piper voice (real model, no fakes)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

import models
from benches.stt import PROMPT
from engine.errors import ModelMissingError, SttError
from engine.stt import FasterWhisperSTT, Transcript
from engine.stt.faster_whisper import _Options
from tests.engine.stt.conftest import Speak, plate_in, silence

# the domain vocabulary the pipeline passes (plates, makes, services), as in benches.stt
PLATE_PROMPT = PROMPT


async def test_booking_words_and_plate_come_back(whisper_base: FasterWhisperSTT, speak: Speak) -> None:
    result = await whisper_base.transcribe(
        speak("Book an oil change for plate A B 1 2 3 C D next Wednesday."),
        language="en",
        prompt=PLATE_PROMPT,
    )
    words = result.text.lower()
    for word in ("oil change", "plate", "wednesday"):
        assert word in words, result.text
    assert "AB123CD" in plate_in(result.text), result.text
    assert result.engine == "local" and result.language == "en"
    assert result.audio_s > 3 and not result.dropped_segments
    assert set(result.timings) == {"features_s", "encode_s", "decode_s"}


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Cancel the appointment for plate FR 882 TZ on Friday.", "FR882TZ"),
        ("Find the car with plate GH 456 KL.", "GH456KL"),
        ("Find the car with plate G H 4 5 6 K L.", "GH456KL"),
        ("Tyre change for plate E F 4 5 6 G H tomorrow morning.", "EF456GH"),
    ],
)
async def test_more_plates(whisper_base: FasterWhisperSTT, speak: Speak, text: str, plate: str) -> None:
    result = await whisper_base.transcribe(speak(text), language="en", prompt=PLATE_PROMPT)
    assert plate in plate_in(result.text), result.text
    # said once, transcribed once: no repeat of the utterance past its end
    assert plate_in(result.text).count(plate) == 1, result.text


async def test_streaming_session_matches_whole_utterance(
    whisper_base: FasterWhisperSTT, speak: Speak
) -> None:
    audio = speak("Show me the service history of the black Volkswagen Golf.")
    session = whisper_base.start_stream(language="en", prompt="Volkswagen Golf, Fiat Panda.")
    for start in range(0, len(audio), 1600):  # 100 ms chunks, as the capture delivers them
        session.accept_chunk(audio[start : start + 1600])
    assert session.audio_s == pytest.approx(len(audio) / 16_000)
    streamed = await session.finish()
    whole = await whisper_base.transcribe(audio, language="en", prompt="Volkswagen Golf, Fiat Panda.")
    assert streamed.text == whole.text
    assert "service history" in streamed.text.lower()
    with pytest.raises(RuntimeError):
        await session.finish()


async def test_language_is_detected_among_it_and_en(whisper_base: FasterWhisperSTT, speak: Speak) -> None:
    result = await whisper_base.transcribe(speak("Cancel the booking for tomorrow morning."), language=None)
    assert result.language == "en"
    assert "booking" in result.text.lower()


@pytest.mark.parametrize("noise", [0.0, 0.003, 0.03])
async def test_silence_gives_empty_text_and_reports_the_phantom(
    whisper_base: FasterWhisperSTT, noise: float
) -> None:
    audio = silence(3.0) + np.random.default_rng(7).standard_normal(48_000).astype(np.float32) * noise
    for language in ("en", "it"):
        result = await whisper_base.transcribe(audio, language=language)
        assert result.text == "", result
        assert not result.segments
        assert all(s.reason for s in result.dropped_segments)


async def test_empty_audio_is_an_empty_transcript(whisper_base: FasterWhisperSTT) -> None:
    result = await whisper_base.transcribe(np.zeros(0, np.float32), language="it")
    assert isinstance(result, Transcript) and result.text == "" and result.audio_s == 0.0


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (np.zeros((2, 16000), np.float32), "mono"),
        ([0.0] * 100, "numpy array"),
        (np.array([np.nan] * 100, np.float32), "NaN"),
        (np.zeros(100, np.int32), "float32"),
    ],
)
async def test_bad_audio_is_one_clear_error(
    whisper_base: FasterWhisperSTT, bad: object, message: str
) -> None:
    with pytest.raises(SttError, match=message) as info:
        await whisper_base.transcribe(bad, language="en")  # type: ignore[arg-type]
    assert "\n" not in info.value.message


async def test_int16_pcm_is_accepted(whisper_base: FasterWhisperSTT, speak: Speak) -> None:
    pcm = (speak("Cancel the booking.") * 32767).astype(np.int16)
    result = await whisper_base.transcribe(pcm, language="en")
    assert "cancel" in result.text.lower()


async def test_sixty_second_recording_is_bounded(whisper_base: FasterWhisperSTT, speak: Speak) -> None:
    sentences = [
        "Book an oil change for plate AB 123 CD next Wednesday.",
        "Move the tyre change for the grey Panda to Friday morning.",
        "Show me the service history of the black Volkswagen Golf.",
        "Send a WhatsApp confirmation to the customer the day before.",
    ]
    pieces: list[np.ndarray] = []
    while sum(len(p) for p in pieces) < 60 * 16_000:
        for s in sentences:
            pieces += [speak(s), silence(1.5)]
    audio = np.concatenate(pieces)[: 60 * 16_000]
    result = await whisper_base.transcribe(audio, language="en")
    assert result.audio_s == pytest.approx(60.0)
    assert len(result.segments) >= 3  # decoded in windows of at most 28 s
    assert all(s.end_s <= 60.0 + 1e-6 for s in result.segments)
    # bounded output: at most the token budget of each window (6 tokens/s + 20), i.e. no runaway loop
    tokens = whisper_base.model.hf_tokenizer.encode(result.text, add_special_tokens=False).ids
    assert len(tokens) <= 60 * 6 + 20 * len(result.segments)
    assert "wednesday" in result.text.lower() and "golf" in result.text.lower()


async def test_token_budget_stops_a_runaway_decode(whisper_base: FasterWhisperSTT, speak: Speak) -> None:
    tight = FasterWhisperSTT(
        whisper_base.model, model_dir=Path("."), options=_Options(tokens_per_s=1.0, extra_tokens=2)
    )
    result = await tight.transcribe(
        speak("Book an oil change for plate AB 123 CD next Wednesday."), language="en"
    )
    assert result.truncated
    tokens = whisper_base.model.hf_tokenizer.encode(result.text, add_special_tokens=False).ids
    assert len(tokens) <= 1 * 5 + 2 + 1


async def test_time_budget_skips_later_windows(whisper_base: FasterWhisperSTT, speak: Speak) -> None:
    quick = FasterWhisperSTT(whisper_base.model, model_dir=Path("."), options=_Options(time_budget_s=0.0))
    audio = np.concatenate([speak("Cancel the booking."), silence(40.0)])
    result = await quick.transcribe(audio, language="en")
    assert result.truncated
    assert len(result.segments) + len(result.dropped_segments) <= 1


def test_corrupt_model_is_one_line_with_the_fix(installed_models: Path, tmp_path: Path) -> None:
    broken = tmp_path / "whisper-base"
    shutil.copytree(installed_models / "whisper-base", broken)
    with (broken / "model.bin").open("r+b") as fh:
        fh.truncate(10_000_000)
    with pytest.raises(ModelMissingError) as info:
        FasterWhisperSTT.load(broken, warm_up=False)
    assert info.value.fix == "uv run officina models install whisper-base"
    with pytest.raises(models.ModelError, match="incomplete") as missing:
        models.resolve("whisper-base", root=tmp_path)
    assert "\n" not in missing.value.message and missing.value.fix.endswith("install whisper-base")
