"""The owner asked as the name the car is under (set 48: "Sul parabrezza c'è scritto EF 1 6 4 AJ: a che nome ce
l'abbiamo?") was refused: a look-up of the plate; with no plate said, the plate is asked. "A che nome la metto"
(the name a booking goes under) is no such question."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Sul parabrezza c'è scritto AB 123 CD: a che nome ce l'abbiamo?",
        "AB 123 CD: sotto che nome risulta?",
        "La AB 123 CD a che nome è intestata?",
        "Targa AB 123 CD, a che nome l'abbiamo in archivio?",
    ],
)
def test_the_name_it_is_under_is_a_look_up(text: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": "AB123CD"})


def test_with_no_plate_said_the_plate_is_asked() -> None:
    p = parse_it("Mi dici a che nome ce l'abbiamo? La targa te la dico dopo.")
    assert p.intent == "lookup_plate" and not p.handled, (p.intent, p.reason)


def test_the_name_a_booking_goes_under_is_no_look_up() -> None:
    p = parse_it("Prenota un tagliando per la AB 123 CD lunedì alle 9, a che nome la metto?")
    assert p.intent == "book", (p.intent, p.reason)
