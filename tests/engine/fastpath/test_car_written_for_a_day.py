"""The car written down for a day, asked as a favour ("L'Unicar di Strazzanti, GY 2 3 4 TL, me la scrivi per venerdì
11 alle 10 e mezza? Cosa deve fare non l'ha detto", set 50, refused): a booking, its service asked when not said.
"Scrivi" with no car pronoun before it, or no day right after "per", writes no car down."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("La GY 2 3 4 TL me la scrivi per venerdì 11 alle 10 e mezza? Cosa deve fare non l'ha detto.", None),
        ("La GY 234 TL me la scrivi per venerdì 11 dicembre alle 10 e mezza per un tagliando?", "service"),
        ("Il furgone, GY 234 TL, me lo scrivi per lunedì 30 alle 9? Deve fare la revisione.", "inspection"),
    ],
)
def test_car_written_for_a_day_is_a_booking(text: str, service: str | None) -> None:
    p = parse_it(text)
    assert p.intent == "book", p
    assert (p.slots.get("service") or {}).get("key") == service, p.slots
    assert p.handled == (service is not None), p


@pytest.mark.parametrize(
    "text",
    [
        "La GY 234 TL, tagliando: me lo scrivi su WhatsApp venerdì alle 9?",
        "Quando me la scrivi per venerdì la GY 234 TL alle 9?",
    ],
)
def test_no_car_written_for_a_day_is_no_booking(text: str) -> None:
    assert parse_it(text).intent != "book"
