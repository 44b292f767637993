"""The customer cannot keep a day, the appointment named by "per" with its job and vehicle, then made to come another
day ("La Gualtierotti non può venerdì 5 febbraio per le gomme della Keating, GM 483 MA: falla venire venerdì 18
dicembre alle 8 e mezza", set 41): a move, its "non può" the reason, no negation. The vehicle may be named by a word
no table knows (a make on file, or its owner) when its plate follows right after. "Falla venire" with no day or hour
right after, or the request negated, moves nothing."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        (
            "La Gualtierotti non può venerdì 5 febbraio per le gomme della Keating, GM 483 MA: falla venire venerdì 18 "
            "dicembre alle 8 e mezza.",
            {"plate": "GM483MA", "old_date": "2027-02-05", "date": "2026-12-18", "time": "08:30"},
        ),
        (
            "Il signor Rossi non può lunedì 30 per il tagliando della Panda, AB 123 CD: fallo venire martedì 1 dicembre "
            "alle 9.",
            {"plate": "AB123CD", "old_date": "2026-11-30", "date": "2026-12-01", "time": "09:00"},
        ),
        (
            "La Bianchi giovedì non riesce per la revisione della Zilocchi, FA 204 KL: falla passare venerdì 27 alle 11.",
            {"plate": "FA204KL", "old_date": "2026-11-26", "date": "2026-11-27", "time": "11:00"},
        ),
        (
            "Ferri non può domani per le pastiglie della Bohema, EF 456 GH, spostale a sabato alle 10.",
            {"plate": "EF456GH", "old_date": "2026-11-26", "date": "2026-11-28", "time": "10:00"},
        ),
    ],
)
def test_made_to_come_another_day_after_a_reason_is_a_move(text: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_it(text), "move", slots)


@pytest.mark.parametrize(
    "text",
    [
        # no verb of ours after the reason: the customer cannot come, told
        "La Gualtierotti non può venire venerdì 5 febbraio per le gomme della Keating, GM 483 MA.",
        # the request itself negated
        "Le gomme della Keating, GM 483 MA: non farla venire venerdì 18 dicembre.",
        # not a reason but the car itself: it does not start
        "La Keating, GM 483 MA, non parte: falla venire a prendere dal carro attrezzi.",
    ],
)
def test_without_a_reason_and_a_new_day_it_moves_nothing(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "move" and p.handled), (p.intent, p.reason, p.slots)
