"""The air conditioning's own verb as a booking word ("ricaricagli il clima venerdì alle 3"), told or relayed from the
customer (set 52: "Santangelo chiede se gli ricarichiamo il clima della Lark, GA 2 4 4 XA. Per quando, deve ancora
vedere." was read as a move by the guess): a booking, its day asked when said still to be seen; relayed, said back for a
yes. Asked, or with no air conditioning right after the verb, it books nothing."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_relayed_with_its_day_still_to_be_seen_asks_the_day() -> None:
    p = parse_it("Santangelo chiede se gli ricarichiamo il clima della Panda, GA 2 4 4 XA. Per quando, deve ancora vedere.")
    assert p.intent == "book" and p.reason == "missing:date", (p.intent, p.reason, p.slots)
    assert p.slots["plate"] == "GA244XA" and p.slots["service"]["key"] == "aircon", p.slots


@pytest.mark.parametrize(
    ("text", "date", "time"),
    [
        ("Santangelo chiede se gli ricarichiamo il clima della Panda, GA 2 4 4 XA, venerdì alle 3.", "2026-11-27",
         "15:00"),
        ("La Rossi chiede se le ricarichiamo il clima alla Panda, GA 2 4 4 XA, lunedì 30 alle 9.", "2026-11-30",
         "09:00"),
        # whom not said (its "gli" lost in the replay of set 52): we, asked
        ("Santangelo chiede se ricarichiamo il clima della Panda, GA 2 4 4 XA, venerdì alle 3.", "2026-11-27",
         "15:00"),
    ],
)  # fmt: skip
def test_relayed_is_said_back(text: str, date: str, time: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "book", {"plate": "GA244XA", "service": "aircon", "date": date, "time": time})
    assert p.careful == "asked", p.careful


def test_another_job_relayed_in_the_first_person_plural_is_said_back() -> None:
    p = parse_it("Santangelo chiede se cambiamo le gomme alla Panda, GA 2 4 4 XA, venerdì alle 3.")
    assert_parsed(p, "book", {"plate": "GA244XA", "service": "tyres", "date": "2026-11-27", "time": "15:00"})
    assert p.careful == "asked", p.careful


def test_hers_relayed_is_no_booking() -> None:
    p = parse_it("Santangelo chiede se cambia le gomme alla Panda, GA 2 4 4 XA, venerdì alle 3.")
    assert p.intent != "book", (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Ricaricagli il clima alla Panda, GA 2 4 4 XA, venerdì alle 3.",
        "Gli ricarichiamo il clima alla Panda, GA 2 4 4 XA, venerdì alle 3.",
    ],
)
def test_told_is_a_booking(text: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": "GA244XA", "service": "aircon", "date": "2026-11-27"})


@pytest.mark.parametrize(
    "text",
    [
        "Ricarichiamo il clima della Panda, GA 2 4 4 XA, venerdì alle 3?",
        "Quando gli ricarichiamo il clima alla Panda, GA 2 4 4 XA?",
        "Gli ricarichiamo la batteria alla Panda, GA 2 4 4 XA, venerdì alle 3.",
    ],
)
def test_asked_or_of_another_job_books_nothing(text: str) -> None:
    p = parse_it(text)
    assert p.intent != "book", (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Santangelo chiede se gli facciamo il tagliando alla Panda, GA 2 4 4 XA. Il giorno deve prima sentire la moglie.",
        "Tagliando per la Panda, GA 2 4 4 XA. Quando, devono ancora decidere.",
    ],
)
def test_the_day_still_to_be_decided_is_asked(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.reason == "missing:date", (p.intent, p.reason, p.slots)
