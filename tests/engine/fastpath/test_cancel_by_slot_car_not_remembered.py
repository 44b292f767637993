"""An appointment cancelled by its slot, the car it was for not remembered ("Quello che avevamo per domani alle 9,
toglilo; di che macchina fosse non mi viene in mente", set 41): which car is not known, said (no negation), so the
cancellation is read by its day and hour and the car asked or the one booked then said back. "Che macchina" said with
no "fosse"/"era"/"sia" after it ("non so che macchina prendere") stays a negation."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "old_date", "old_time"),
    [
        ("Quello che avevamo per domani alle 9, toglilo; di che macchina fosse non mi viene in mente.", "2026-11-26", "09:00"),
        ("Quello che avevamo per domani alle 9, toglilo; non mi ricordo di che macchina fosse.", "2026-11-26", "09:00"),
        ("Cancella l'appuntamento di venerdì alle 10, non so che macchina sia.", "2026-11-27", "10:00"),
        ("Annulla quello di lunedì alle 8 e mezza, che auto era non me lo ricordo.", "2026-11-30", "08:30"),
    ],
)
def test_the_car_not_remembered_is_no_negation(text: str, old_date: str, old_time: str) -> None:
    p = parse_it(text)
    assert p.intent == "cancel", (p.intent, p.reason)
    assert (p.slots.get("old_date"), p.slots.get("old_time")) == (old_date, old_time), p.slots
    assert "plate" not in p.slots, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Non so che macchina prendere, cancella il tagliando di domani alle 9?",
        "Quello che avevamo per domani alle 9 non toglierlo.",
    ],
)
def test_other_negations_stay_refused(text: str) -> None:
    p = parse_it(text)
    assert not p.handled and p.intent is None, (p.intent, p.reason)
