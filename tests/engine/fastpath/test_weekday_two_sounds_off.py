"""A weekday whisper split before its "dì" and heard two sounds off, its date right after: "Mekkole di sedici
alle sedici" for "mercoledì 16 alle 16", found speaking to the app under Xvfb (Kokoro Italian, whisper base).
Taken only with the "di" apart, a date after it, and the weekday's first two letters kept. New sentences."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens


@pytest.mark.parametrize(
    ("heard", "day"),
    [
        ("spostala a mekkole di 9 alle 10", "mercoledi"),
        ("il tagliando lo facciamo meccolo di 18", "mercoledi"),
        ("prenota per giomedi di 3 alle 9", "giovedi"),  # one sound off, as before
    ],
)
def test_a_weekday_heard_apart_before_its_date(heard: str, day: str) -> None:
    assert day in heard_tokens(heard)


@pytest.mark.parametrize(
    "heard",
    [
        "mekkole di corsa",  # no date after it
        "le micole di 12 anni",  # its first letters are no weekday's
        "la marmelle di 3 gusti",
    ],
)
def test_words_two_sounds_from_a_weekday_stay_words(heard: str) -> None:
    assert not {"mercoledi", "martedi", "lunedi", "giovedi", "venerdi", "sabato"} & set(heard_tokens(heard))
