"""Kokoro-82M from the PyPI parts: installed through the manifest, driven by espeak-ng's Italian phonemes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from engine.errors import ModelMissingError, TtsError
from engine.tts.kokoro import MAX_TOKENS, SAMPLE_RATE, KokoroModel


def test_italian_phonemes_use_kokoros_affricates(kokoro: KokoroModel) -> None:
    (sentence,) = kokoro.phonemes("Cinque ciliegie.", "it")
    assert "ʧ" in sentence.text and "tʃ" not in sentence.text
    assert len(sentence.ids) > 5


def test_one_phoneme_list_per_sentence(kokoro: KokoroModel) -> None:
    assert len(kokoro.phonemes("Va bene. A domani alle nove!", "it")) == 2
    assert len(kokoro.phonemes("Fine. Thank you.", "en")) == 2


def test_a_sentence_longer_than_the_model_takes_is_cut_into_pieces(kokoro: KokoroModel) -> None:
    long = " ".join(["tagliando cambio gomme revisione"] * 60)
    pieces = kokoro.phonemes(long, "it")
    assert len(pieces) > 1 and all(len(p.ids) <= MAX_TOKENS for p in pieces)


def test_speaks_italian_audio_of_a_plausible_length(kokoro: KokoroModel) -> None:
    audio = kokoro.speak("Va bene, a domani.", "it", style="jm_kumo")
    seconds = len(audio) / SAMPLE_RATE
    assert audio.dtype == np.float32
    assert 0.5 < seconds < 4.0
    assert float(np.sqrt(np.mean(audio**2))) > 0.01


def test_faster_speed_gives_shorter_audio(kokoro: KokoroModel) -> None:
    (ph,) = kokoro.phonemes("Il martedì mattina alle dieci.", "it")
    slow = kokoro.synthesize(ph, speed=0.9)
    fast = kokoro.synthesize(ph, speed=1.2)
    assert len(fast) < len(slow)


def test_unknown_style_and_language_are_clear_errors(kokoro: KokoroModel) -> None:
    (ph,) = kokoro.phonemes("Ciao.", "it")
    with pytest.raises(TtsError, match="style"):
        kokoro.synthesize(ph, style="if_sara")
    with pytest.raises(TtsError, match="language"):
        kokoro.phonemes("Hallo.", "de")


def test_missing_model_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError, match="officina models install kokoro-82m"):
        KokoroModel(tmp_path)
