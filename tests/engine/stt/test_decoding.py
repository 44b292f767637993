"""Whisper decoding options: Italian is decoded with a beam (measured better on the Italian speech set,
docs/PERFORMANCE.md "The ear: levers measured"), other languages greedily; the options change at run time
and a wrong name is refused. Real whisper base on speech by Kokoro (Italian) and Piper (English)."""

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


async def test_italian_is_decoded_with_a_beam_and_heard(whisper: FasterWhisperSTT, italian: Any) -> None:
    seen = _widths(whisper)
    beamed = await whisper.transcribe(italian, language="it")
    assert seen and all(width > 1 for width in seen)
    assert_heard(beamed.text, ITALIAN, at_least=0.7)
    assert beamed.segments and beamed.segments[0].avg_logprob is not None
    assert -2.0 < beamed.segments[0].avg_logprob <= 0.0  # per-token average, as the hybrid policy reads it


async def test_english_stays_greedy(whisper: FasterWhisperSTT, speak: Speak) -> None:
    seen = _widths(whisper)
    said = "Find the car with plate G H 4 5 6 K L."
    result = await whisper.transcribe(speak(said), language="en")
    assert seen == [1]
    assert_heard(result.text, said)


async def test_greedy_and_beam_both_hear_the_italian(whisper: FasterWhisperSTT, italian: Any) -> None:
    whisper.update_options(beam_sizes={})
    greedy = await whisper.transcribe(italian, language="it")
    whisper.update_options(beam_sizes={"it": 4})
    beamed = await whisper.transcribe(italian, language="it")
    assert_heard(greedy.text, ITALIAN, at_least=0.7)
    assert_heard(beamed.text, ITALIAN, at_least=0.7)


def test_an_unknown_option_is_refused(whisper: FasterWhisperSTT) -> None:
    with pytest.raises(TypeError):
        whisper.update_options(beam_width=4)


def test_bench_option_pairs_are_parsed_or_refused() -> None:
    assert _stt_options(["beam_size=4", "beam_sizes={}", "patience=1.5"]) == {
        "beam_size": 4,
        "beam_sizes": {},
        "patience": 1.5,
    }
    with pytest.raises(ConfigError):
        _stt_options(["beam_size"])
