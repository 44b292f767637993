"""The decode's token budget is the one asked for: CTranslate2's Whisper caps the generated tokens at
min(max_length / 2, max_length - prompt), so max_length must be chosen for it (generation_length).

Before, max_length was prompt + budget, which allowed half the budget: a 7.7 s Italian booking came
back as "… venerdì alle 9" for "venerdì alle nove e mezza", the decode cut with nothing to show it.
Real whisper base, speech by Kokoro (Italian).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from engine.stt import FasterWhisperSTT
from engine.stt.faster_whisper import _MAX_FRAMES, SAMPLE_RATE, generation_length

LONG_BOOKING = (
    "Fissa una revisione per la Duster, targa Genova Bologna due otto uno Zara Milano, "
    "venerdì alle nove e mezza."
)


@pytest.fixture(scope="module")
def booking(kokoro: Any) -> np.ndarray:
    from engine.audio import resample
    from engine.tts.kokoro import SAMPLE_RATE as KOKORO_RATE

    return resample(
        kokoro.speak(LONG_BOOKING, "it", style="jf_gongitsune", speed=1.2), KOKORO_RATE, SAMPLE_RATE
    )


def _encoded(stt: FasterWhisperSTT, audio: np.ndarray) -> Any:
    import ctranslate2

    padded = np.pad(audio, (0, max(SAMPLE_RATE, 8 * SAMPLE_RATE - len(audio))))
    feats = stt.model.feature_extractor(padded)
    frames = min(feats.shape[1] - feats.shape[1] % 2, _MAX_FRAMES)
    feats = np.ascontiguousarray(feats[None, :, :frames], dtype=np.float32)
    return stt.model.model.encode(ctranslate2.StorageView.from_array(feats), to_cpu=False)


@pytest.mark.parametrize("budget", [12, 30, 90])
def test_ctranslate2_generates_the_whole_budget_and_no_more(
    whisper_base: FasterWhisperSTT, booking: np.ndarray, budget: int
) -> None:
    """A forced prefix longer than the budget is cut exactly at the cap generation_length reports."""
    tok = whisper_base._tokenizer("it")
    prompt = [*tok.sot_sequence, tok.no_timestamps]
    forced = tok.encode(" " + " ".join([LONG_BOOKING] * 8))
    assert len(forced) > 2 * budget
    max_length, cap = generation_length(len(prompt), budget)
    result = whisper_base.model.model.generate(
        _encoded(whisper_base, booking), [prompt + forced], beam_size=1, max_length=max_length
    )[0]
    generated = len(result.sequences_ids[0])
    assert budget <= generated <= cap, (budget, max_length, cap, generated)


def test_generation_length_stays_in_the_decoders_context() -> None:
    for prompt in (4, 40, 125):
        for budget in (5, 60, 188, 400):
            max_length, cap = generation_length(prompt, budget)
            assert max_length <= 448
            assert cap == min(max_length // 2, max_length - prompt)
            if 2 * budget <= 448 and prompt + budget <= 448:  # room for it: the whole budget
                assert cap >= budget, (prompt, budget, max_length, cap)


async def test_a_long_request_is_decoded_to_its_end(
    whisper_base: FasterWhisperSTT, booking: np.ndarray
) -> None:
    """The product's transcript is whisper's whole greedy decode (the same audio decoded unbounded),
    or, where that decode runs past the budget (a loop), it says it was cut."""
    heard = await whisper_base.transcribe(booking, language="it", prompt=None)
    tok = whisper_base._tokenizer("it")
    unbounded = whisper_base.model.model.generate(
        _encoded(whisper_base, booking),
        [[*tok.sot_sequence, tok.no_timestamps]],
        beam_size=1,
        max_length=448,
        suppress_blank=True,
        suppress_tokens=whisper_base._suppress,
    )[0]
    ids = [t for t in unbounded.sequences_ids[0] if t < tok.eot]
    options = whisper_base._opts
    budget = int(len(booking) / SAMPLE_RATE * options.tokens_per_s + options.extra_tokens)
    if len(ids) < budget:
        assert not heard.truncated
        assert heard.text == tok.decode(ids).strip()
    else:
        assert heard.truncated
