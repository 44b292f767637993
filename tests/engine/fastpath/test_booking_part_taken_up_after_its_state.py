"""A part said first with its state, then taken up by a pronoun and changed on a day at an hour (set 36: "Ha chiamato
la nipote di Raimondeschi: la Simca 1100 ha la batteria a terra, gliela cambiamo domani alle 4 del pomeriggio. FF 2 4
7 BN" was refused: "gliela cambiamo" no booking word, "nipote" unknown). A booking, told; never with a day said
before it (the day of a job had: a move, left alone), never asked, never with no day and hour after it."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate", "service", "date", "time"),
    [
        ("Ha chiamato la nipote di Rossi: la Punto ha la batteria a terra, gliela cambiamo domani alle 4 del "
         "pomeriggio. AB 123 CD.", "AB123CD", "battery", "2026-11-26", "16:00"),
        ("La Punto, AB 123 CD, ha la batteria scarica: gliela cambiamo venerdì 4 dicembre alle 9.", "AB123CD",
         "battery", "2026-12-04", "09:00"),
        ("Le pastiglie della Yaris, FG 321 AB, sono finite, gliele sostituiamo lunedì 30 novembre alle 11.", "FG321AB",
         "brakes", "2026-11-30", "11:00"),
        ("Ha chiamato il genero di Rossi: la Clio, EW 275 HS, ha le gomme lisce, gliele cambiamo giovedì 3 dicembre "
         "alle 10.", "EW275HS", "tyres", "2026-12-03", "10:00"),
    ],
)  # fmt: skip
def test_part_taken_up_and_changed_at_an_hour_books(text: str, plate: str, service: str, date: str, time: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": plate, "service": service, "date": date, "time": time})


@pytest.mark.parametrize(
    "text",
    [
        # a day said before: the job had, moved (never a second booking)
        "Il tagliando di lunedì 30 della Punto, AB 123 CD, lo cambiamo a giovedì 3 dicembre alle 10.",
        "Le gomme della Punto di lunedì 30, AB 123 CD, gliele cambiamo a giovedì 3 dicembre alle 10.",
        # no part: "cambiare" a job is a move
        "Il tagliando della Punto, AB 123 CD, lo cambiamo a venerdì 4 dicembre alle 9.",
        # no day nor hour, or asked
        "La batteria della Punto, AB 123 CD, gliela cambiamo noi.",
        "La batteria della Punto, AB 123 CD, gliela cambiamo venerdì 4 dicembre alle 9?",
    ],
)
def test_part_taken_up_without_its_new_slot_told_books_nothing(text: str) -> None:
    p = parse_it(text)
    assert p.intent != "book", (p.intent, p.reason, p.slots)
