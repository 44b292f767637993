"""The dictation announced by one word and its pause (set 48: "Scrivi: Zapatilla gialla di Canavesio, EH 9 7 9 WF,
tagliando lunedì 11 gennaio alle 9 in punto, e poi gli mandi un SMS che è tutto confermato." was refused): read as
what follows, as "Prendi nota: …" is. "Scrivi a Rossi che …" (no pause) stays the message's."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Scrivi: Zapatilla gialla di Canavesio, EH 9 7 9 WF, tagliando lunedì 11 gennaio alle 9 in punto, e poi gli "
         "mandi un SMS che è tutto confermato.",
         {"plate": "EH979WF", "service": "service", "date": "2027-01-11", "time": "09:00"}),
        ("Segna: la Panda di Rossi, AB 123 CD, revisione lunedì alle 9.",
         {"plate": "AB123CD", "service": "inspection", "date": "2026-11-30", "time": "09:00"}),
        ("Annota. Targa AB 123 CD, la Panda grigia: cambio olio venerdì alle 10.",
         {"plate": "AB123CD", "date": "2026-11-27", "time": "10:00"}),
    ],
)
def test_the_dictation_after_it_is_read(text: str, want: dict[str, object]) -> None:
    assert_parsed(parse_it(text), "book", want)


@pytest.mark.parametrize(
    "text",
    [
        "Scrivi: il tagliando della Panda AB 123 CD è confermato.",  # told, nothing to book
        "Segna: la Panda di Rossi, AB 123 CD, la revisione era lunedì alle 9.",  # the one booked
        "Scrivi lunedì alle 9 per la Panda AB 123 CD.",  # no pause, no job
    ],
)
def test_no_booking_read_after_it(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "book" and p.handled), (p.intent, p.reason, p.slots)
