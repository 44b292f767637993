"""Neither the day nor the time known yet, said with "né … né" ("Bonanno vuole fare la revisione al Raceabout, DR 8 6
0 BJ, ma non sa ancora né il giorno né l'ora.", set 54, refused as a negation): the booking, its day asked. A
booking negated stays refused."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Bonanno vuole fare la revisione al Raceabout, DR 8 6 0 BJ, ma non sa ancora né il giorno né l'ora.",
        "Bonanno vuole fare la revisione al Raceabout, DR 860 BJ, ma non sa ancora il giorno e l'ora.",
        "Prenota la revisione alla DR 860 BJ, non sa né il giorno né l'ora.",
    ],
)
def test_day_asked(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.reason == "missing:date"


def test_time_alone_not_known_asks_the_time() -> None:
    assert parse_it("Prenota la revisione alla DR 860 BJ venerdì, non sa ancora l'ora.").reason == "missing:time"


@pytest.mark.parametrize(
    "text",
    [
        "Bonanno non vuole fare la revisione alla DR 860 BJ.",
        "Non prenotare la revisione alla DR 860 BJ, non sa né il giorno né l'ora.",
    ],
)
def test_negated_booking_still_refused(text: str) -> None:
    assert parse_it(text).reason == "out_of_scope:negation"
