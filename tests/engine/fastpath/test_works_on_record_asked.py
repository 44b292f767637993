"""The works on a vehicle asked as what the records show ("che lavori risultano sull'L200 di Migliavacca, EG 719
BN?", held-out set 26; the sentences below are new): its history, a read. The works of a day asked so ("che lavori
risultano per domani?") are no vehicle's history."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Che lavori risultano sulla Clio di Moretti, AB 123 CD?",
        "Quali interventi sono stati fatti sul Ducato EF 456 GH?",
        "Che lavori risultano fatti sull'Astra di Ferri?",
    ],
)
def test_the_works_on_record_are_its_history(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "vehicle_history" and p.handled, (p.intent, p.reason, p.slots)


def test_the_works_of_a_day_are_no_history() -> None:
    assert parse_it("Che lavori risultano per domani?").intent != "vehicle_history"
