"""The first free slot named as the first chance ("prenotale le pastiglie alla prima occasione che hai", set 46) or
given and then held ("tagliando: dammi il primo orario che trovi e bloccalo", set 46): a booking in the first free
slot. Asked ("qual è la prima occasione utile …?") it is the first free slot read; "bloccala" of a wheel, and "alla
prima occasione" of something else said, are none."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("La Samand bianca di Favaretto, DB 821 TE, fischia quando frena: prenotale le pastiglie alla prima occasione "
         "che hai.", "DB821TE"),
        ("Mettimi la DB 821 TE per un tagliando alla prima occasione utile.", "DB821TE"),
        ("Il Kabinenroller della Bellotto, FV 1 6 0 FL, tagliando: dammi il primo orario che trovi e bloccalo.",
         "FV160FL"),
        ("Per la FV 160 FL una revisione: il primo posto libero che hai, bloccalo.", "FV160FL"),
    ],
)
def test_the_first_chance_or_slot_held_books_the_first_free(text: str, plate: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": plate, "first_free": True})


def test_the_first_chance_asked_is_read() -> None:
    assert_parsed(parse_it("Qual è la prima occasione utile per una revisione?"), "first_free_slot", {"first_free": True})


def test_blocked_with_its_job_and_day_still_books_that_day() -> None:
    text = "Bloccala la revisione della FV 160 FL venerdì alle 10."
    assert_parsed(parse_it(text), "book", {"date": "2026-11-27", "time": "10:00"})


@pytest.mark.parametrize(
    "text",
    [
        "La FV 160 FL ha la ruota che gira male, bloccala.",
        "Alla prima occasione gli dico di passare, la DB 821 TE.",
    ],
)
def test_no_booking_is_read(text: str) -> None:
    assert parse_it(text).intent != "book", text
