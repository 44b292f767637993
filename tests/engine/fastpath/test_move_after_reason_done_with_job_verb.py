"""The customer cannot keep the day, then the job named with its vehicle and done another day by its own verb ("la
Vesentini mercoledì non riesce: le gomme della Skala, DD 0 8 3 LT, gliele cambiamo giovedì 3 dicembre alle 8 e
mezza", set 35): a move, its "non riesce" the reason, no negation; the day that does not suit is the one it had.
Without a new day or hour right after the verb, or the request itself negated, it stays refused."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        (
            "La Vesentini mercoledì non riesce: le gomme della Skala, DD 0 8 3 LT, gliele cambiamo giovedì 3 dicembre "
            "alle 8 e mezza.",
            {"plate": "DD083LT", "old_date": "2026-12-02", "date": "2026-12-03", "time": "08:30"},
        ),
        (
            "Il signor Rossi venerdì non può: le pastiglie della Panda, AB 123 CD, gliele sostituiamo lunedì 30 alle 9.",
            {"plate": "AB123CD", "old_date": "2026-11-27", "date": "2026-11-30", "time": "09:00"},
        ),
        (
            "La Bianchi domani non ce la fa più: la batteria della Polo, FA 204 KL, gliela montiamo sabato alle 10.",
            {"plate": "FA204KL", "old_date": "2026-11-26", "date": "2026-11-28", "time": "10:00"},
        ),
        (
            "Rossi giovedì non riesce: le gomme della Golf, EF 456 GH, le cambiamo venerdì 27 alle 11.",
            {"plate": "EF456GH", "old_date": "2026-11-26", "date": "2026-11-27", "time": "11:00"},
        ),
    ],
)
def test_job_done_another_day_after_a_reason_is_a_move(text: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_it(text), "move", slots)


@pytest.mark.parametrize(
    "text",
    [
        "La Vesentini mercoledì non riesce: le gomme della Skala, DD 0 8 3 LT, gliele cambiamo noi.",  # no new day
        "Le gomme della Skala, DD 0 8 3 LT, non gliele cambiamo giovedì.",  # the request negated
        "La Vesentini non riesce a cambiare le gomme della Skala, DD 0 8 3 LT, giovedì alle 9.",  # no verb of ours
    ],
)
def test_without_a_new_day_after_the_verb_it_stays_refused(text: str) -> None:
    p = parse_it(text)
    assert p.intent != "move" and not p.handled, (p.intent, p.reason)
