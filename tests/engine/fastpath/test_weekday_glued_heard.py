"""A weekday whisper base ran into the word before it, or cut with its "dì" heard apart and run into "a", from
held-out set 18's transcripts (the sentences below are new): "gommelone di 30" (gomme lunedì 30), "segnilune
di 30" (segni lunedì), "avenerti 4" (a venerdì 4), "Marte Dia giovedì" (martedì a giovedì), and "Mekkole di
prossimo" (mercoledì prossimo: "prossimo" after it, as a date, lets it be two sounds off)."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import heard_tokens, parse

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("heard", "words"),
    [
        ("fammi un cambio gommelone di 7 alle 10", ["gomme", "lunedi", "7"]),
        ("me la segnimarte di 8 alle 3", ["segni", "martedi", "8"]),
        ("portamela avenerti 11 alle 9", ["a", "venerdi", "11"]),
        ("spostala da Marte Dia giovedì 10", ["da", "martedi", "a", "giovedi"]),
        ("Mekkole di prossimo chi c'è", ["mercoledi", "prossimo"]),
    ],
)
def test_a_weekday_run_into_the_word_before_is_put_back(heard: str, words: list[str]) -> None:
    tokens = heard_tokens(heard)
    start = tokens.index(words[0])
    assert tokens[start : start + len(words)] == words


def test_the_day_put_back_is_the_date_booked() -> None:
    p = parse("la Clio di Rossi, AB 123 CD, cambio gommelone di 30 alle 9", language="it", today=TODAY)
    assert p.slots.get("date") == "2026-11-30"


@pytest.mark.parametrize(
    "heard",
    [
        "il pallone di 30 anni",  # no known word before the piece, no weekday
        "un cambio gommelone",  # no date after it
        "la gommelone di corsa",
        "il mattone di 3 chili",
        "Mekkole di corsa",  # two sounds off with no date after it
    ],
)
def test_words_that_only_end_like_a_weekday_stay(heard: str) -> None:
    assert not {"lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato"} & set(heard_tokens(heard))
