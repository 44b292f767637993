"""A booking asked as whether the job fits at a day and hour, then taken if there is room (set 48: "Domattina alle 9
e mezza ci sta la diagnosi per il Grandtiger di Garbuglia? Targa FT 5 0 8, no scusa, 5 0 7 NX. Se c'è posto
mettilo." was refused as a hypothetical): "ci sta la diagnosi?" asks for room as "c'è posto?" does, and the booking
is made only if free, as every booking is."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Domattina alle 9 e mezza ci sta la diagnosi per il Grandtiger di Garbuglia? Targa FT 5 0 8, no scusa, 5 0 7 "
         "NX. Se c'è posto mettilo.",
         {"plate": "FT507NX", "service": "diagnosis", "date": "2026-11-26", "time": "09:30"}),
        ("Domani alle 10 ci sta un tagliando per la Panda AB 123 CD? Se c'è posto, mettila.",
         {"plate": "AB123CD", "service": "service", "date": "2026-11-26", "time": "10:00"}),
    ],
)
def test_booked_if_free(text: str, want: dict[str, object]) -> None:
    assert_parsed(parse_it(text), "book", want)


@pytest.mark.parametrize(
    "text",
    [
        # something else asked after it: the condition kept
        "Domani alle 10 ci sta un tagliando per la Panda AB 123 CD? Se c'è posto, mettila, e poi chiama Rossi.",
        "Ci sta la Panda AB 123 CD in officina? Se c'è, mettila.",
    ],
)
def test_no_booking(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "book" and p.handled), (p.intent, p.reason, p.slots)
