"""Whisper decoding options: greedy by default (beams were measured on the Italian speech set and did not
win, docs/PERFORMANCE.md "The ear: levers measured"), a beam when asked (the bench's `--stt-option`), a wrong
name refused. Real whisper base on speech by Kokoro (Italian) and Piper (English)."""

from __future__ import annotations

from typing import Any

import pytest

from app.commands.bench import _stt_options
from engine.errors import ConfigError
from engine.stt import FasterWhisperSTT
from tests.engine.stt.conftest import Speak
from tests.support.hearing import assert_heard

ITALIAN = "Prenota un cambio olio per la Panda grigia, martedì alle nove."


@pytest.fixture(scope="module")
def italian(kokoro: Any) -> Any:
    from engine.audio import resample
    from engine.tts.kokoro import SAMPLE_RATE

    return resample(kokoro.speak(ITALIAN, "it", style="jm_kumo"), SAMPLE_RATE, 16_000)


@pytest.fixture
def whisper(whisper_base: FasterWhisperSTT) -> Any:
    """whisper base with its options and model restored after the test (shared by the session)."""
    options, model = whisper_base._opts, whisper_base._model.model
    yield whisper_base
    whisper_base._opts, whisper_base._model.model = options, model


def _widths(stt: FasterWhisperSTT) -> list[int]:
    """The beam width of every decode `stt` runs, recorded at the CTranslate2 call."""
    seen: list[int] = []
    model = stt._model.model
    generate = model.generate

    class Recording:
        def __getattr__(self, name: str) -> Any:
            return getattr(model, name)

        def generate(self, *args: Any, **kwargs: Any) -> Any:
            seen.append(kwargs["beam_size"])
            return generate(*args, **kwargs)

    stt._model.model = Recording()
    return seen


async def test_greedy_by_default_and_a_beam_when_asked(whisper: FasterWhisperSTT, italian: Any) -> None:
    seen = _widths(whisper)
    greedy = await whisper.transcribe(italian, language="it")
    whisper.update_options(beam_size=4)
    beamed = await whisper.transcribe(italian, language="it")
    assert seen == [1, 4]
    assert_heard(greedy.text, ITALIAN, at_least=0.7)
    assert_heard(beamed.text, ITALIAN, at_least=0.7)
    for result in (greedy, beamed):  # a per-token average either way, as the hybrid policy reads it
        assert result.segments and -2.0 < (result.segments[0].avg_logprob or -10.0) <= 0.0


async def test_english_is_heard_with_a_beam_too(whisper: FasterWhisperSTT, speak: Speak) -> None:
    whisper.update_options(beam_size=2)
    said = "Find the car with plate G H 4 5 6 K L."
    assert_heard((await whisper.transcribe(speak(said), language="en")).text, said)


def test_an_unknown_option_is_refused(whisper: FasterWhisperSTT) -> None:
    with pytest.raises(TypeError):
        whisper.update_options(beam_width=4)


def test_bench_option_pairs_are_parsed_or_refused() -> None:
    assert _stt_options(["beam_size=4", "min_window_s=6.5", "languages=it"]) == {
        "beam_size": 4,
        "min_window_s": 6.5,
        "languages": "it",
    }
    with pytest.raises(ConfigError):
        _stt_options(["beam_size"])
