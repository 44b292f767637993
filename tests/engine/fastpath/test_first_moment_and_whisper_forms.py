"""The first free slot named "il primo momento buono / utile / libero" inside a booking ("Quand'è il primo momento
buono per le pastiglie alla Saleen? EW 781 ZS. Prenotala lì.", set 42), and whisper's forms of a booking's words put
back: "Mincerici" (mi inserisci), "Cinfili" (ci infili), "mi senti una ricarica …" (mi segni, set 43), "di Agnose"
(diagnosi), "lollio" (l'olio), "amezzo giorno" (a mezzogiorno, set 42). Asked alone the first moment stays the first
free slot; "mi senti?" stays a question."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import heard_tokens, parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    "text",
    [
        "Quand'è il primo momento buono per le pastiglie alla Panda? EW 781 ZS. Prenotala lì.",
        "Mettila al primo momento utile, la Panda EW 781 ZS, per il tagliando.",
    ],
)
def test_the_first_moment_booked(text: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "book", parsed
    assert parsed.slots["first_free"] is True


def test_the_first_moment_asked_alone() -> None:
    parsed = parse("Quand'è il primo momento buono per le pastiglie alla Panda? EW 781 ZS.", language="it", today=TODAY)
    assert parsed.intent == "first_free_slot"


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("Mincerici per domani alle 16", ["mi", "inserisci", "per", "domani", "alle", "16"]),
        ("minserisci la Panda", ["mi", "inserisci", "la", "panda"]),
        ("di Agnose alla centralina", ["diagnosi", "alla", "centralina"]),
        ("per lollio e i filtri", ["per", "l", "olio", "e", "i", "filtri"]),
        ("domani, amezzo giorno", ["domani", "a", "mezzogiorno"]),
        ("Cinfili l'Elfin verde", ["ci", "infili", "l", "elfin", "verde"]),
    ],
)
def test_whisper_forms_put_back(heard: str, meant: list[str]) -> None:
    assert heard_tokens(heard) == meant


@pytest.mark.parametrize(
    ("heard", "kept"),
    [("mi serve mezzo giorno di lavoro", "mezzo"), ("la lotte", "lotte"), ("di anni", "anni")],
)
def test_other_words_stay(heard: str, kept: str) -> None:
    assert kept in heard_tokens(heard)


@pytest.mark.parametrize(
    "text",
    [
        "Mi senti una ricarica del clima per la Panda AB 123 CD giovedì alle 11.",
        "Gli seni il tagliando alla Panda AB 123 CD lunedì alle 9.",
    ],
)
def test_segni_heard_senti_is_a_booking_said_back(text: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "book", parsed
    assert parsed.careful is not None


@pytest.mark.parametrize(
    "text",
    ["Mi senti? La Panda AB 123 CD è pronta.", "Senti, la revisione della Panda AB 123 CD quando scade?"],
)
def test_senti_otherwise_stays(text: str) -> None:
    assert parse(text, language="it", today=TODAY).intent != "book"
