""" "Vorrebbe fargli l'olio dopodomani alle 3": the oil change said with the verb that does it for the customer
("fargli", "farle"), as "fagli l'olio" is; the request wished for is a booking. Said of the past or with no
wish, nothing is booked. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Ha chiamato la signora Conti: la Panda bianca, AB 123 CD, vorrebbe fargli l'olio venerdì alle 10.",
        "Il signor Ferri vuole farle l'olio, alla Golf, EF 456 GH, venerdì alle 10.",
    ],
)
def test_the_oil_wished_for_is_booked(text: str) -> None:
    assert_parsed(parse_it(text), "book", {"service": "oil_change", "date": "2026-11-27", "time": "10:00"})


def test_the_oil_done_before_books_nothing() -> None:
    p = parse_it("Alla Panda, AB 123 CD, abbiamo dovuto fargli l'olio la settimana scorsa.")
    assert not (p.intent == "book" and p.handled), (p.intent, p.reason, p.slots)
