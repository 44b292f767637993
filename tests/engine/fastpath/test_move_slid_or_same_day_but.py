"""Moves said two more ways (set 48): let slide ("Le pastiglie del Genlyon, EF 1 6 4 AJ, falle scivolare di sette
giorni: martedì 20 aprile, stessa ora", read as a booking, its "sette" a stray number) and what changes said against
what stays ("…: stesso giorno, però spostale alle 4 e mezza", refused as a hypothetical)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Le pastiglie del Genlyon, EF 1 6 4 AJ, falle scivolare di sette giorni: martedì 20 aprile, stessa ora.",
         {"plate": "EF164AJ", "date": "2027-04-20"}),
        ("Il tagliando della Panda AB 123 CD fallo scivolare a venerdì 27 novembre alle 10.",
         {"plate": "AB123CD", "date": "2026-11-27", "time": "10:00"}),
        ("Le gomme della Zunchi di lunedì 5 aprile, EV 3 9 9 FG: stesso giorno, però spostale alle 4 e mezza.",
         {"plate": "EV399FG", "old_date": "2027-04-05", "time": "16:30"}),
        ("Il tagliando della Panda AB 123 CD di venerdì 27 novembre: stessa ora, ma spostalo a lunedì 30.",
         {"plate": "AB123CD", "old_date": "2026-11-27", "date": "2026-11-30"}),
    ],
)
def test_moved(text: str, want: dict[str, object]) -> None:
    assert_parsed(parse_it(text), "move", want)


def test_slid_by_days_alone_asks_the_day() -> None:
    p = parse_it("Le pastiglie del Genlyon, EF 1 6 4 AJ, falle scivolare di sette giorni.")
    assert p.intent == "move" and not p.handled and p.reason == "missing:date", (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "La frizione della Panda AB 123 CD scivola, falla vedere lunedì.",  # the clutch slips: no move
        "Il tagliando della Panda AB 123 CD: se è lo stesso giorno, ma non so, spostalo alle 4.",
    ],
)
def test_no_move(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "move" and p.handled), (p.intent, p.reason, p.slots)
