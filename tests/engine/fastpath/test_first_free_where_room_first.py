"""The first free slot said as where the colleague finds room first ("…, deve rifare le pastiglie dei freni:
infilala dove trovi posto prima", set 39, its day asked): a booking at the first free slot, as "al primo posto
libero". Asked as a question, it stays a question (no write)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("La Clio della Rossi, EW 275 HS, deve rifare le pastiglie dei freni: infilala dove trovi posto prima.", "brakes"),
        ("Infila la Punto, AB 123 CD, per un tagliando dove trovi posto prima.", "service"),
        ("Metti la Clio della Rossi, EW 275 HS, per il cambio gomme dove hai posto prima.", "tyres"),
    ],
)  # fmt: skip
def test_where_room_is_found_first_is_the_first_free_slot(text: str, service: str) -> None:
    assert_parsed(parse_it(text), "book", {"service": service, "first_free": True})


def test_asked_it_books_nothing() -> None:
    p = parse_it("Dove trovi posto prima per il tagliando della Punto, AB 123 CD?")
    assert p.intent != "book", (p.intent, p.reason)
