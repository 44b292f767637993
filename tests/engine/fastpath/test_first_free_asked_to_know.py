"""The first free slot asked only to know, or asked as when the job can be set (set 48: "Dimmi il primo spazio per una
diagnosi elettronica, non è per una macchina precisa, è per sapere" was refused as a negation; "… chiede per una
revisione: a partire da quando gliela posso fissare, al più presto?" was read as a booking and its vehicle asked):
both a read of the first free slot. A write said "per sapere" still waits on an answer, refused."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Dimmi il primo spazio per una diagnosi elettronica, non è per una macchina precisa, è per sapere.",
         "diagnosis"),
        ("Quando c'è il primo buco per un tagliando? Solo per sapere.", "service"),
        ("Il primo posto libero per una revisione, non è per un cliente in particolare.", "inspection"),
        ("Un cliente al telefono chiede per una revisione: a partire da quando gliela posso fissare, al più presto?",
         "inspection"),
        ("Un cliente chiede per una revisione: quando gliela posso fissare?", "inspection"),
        ("Il tagliando della Panda AB 123 CD, quando lo possiamo prenotare?", "service"),
    ],
)
def test_first_free_asked(text: str, service: str) -> None:
    p = parse_it(text)
    assert p.intent == "first_free_slot" and p.handled, (p.intent, p.reason, p.slots)
    assert p.slots["service"]["key"] == service, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Prenota un tagliando alla Panda AB 123 CD lunedì alle 9, non è per una macchina precisa.",
        "Prenota un tagliando alla Panda AB 123 CD lunedì alle 9, giusto per sapere.",
    ],
)
def test_a_write_said_to_know_is_not_booked(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "book" and p.handled), (p.intent, p.reason, p.slots)


def test_a_booking_ordered_stays_one() -> None:
    p = parse_it("Fissa una revisione alla Panda AB 123 CD, quando riesco a metterla? Lunedì alle 9?")
    assert p.intent == "book", (p.intent, p.reason)
