"""Whether a plate's car is one of ours or on file, asked (set 43: "Un cliente al bancone: ER 476 XH. È nostra questa
macchina?", "Can you check GH 930 TP on the system?"), the owners asked
in the plural (set 42: "voglio sapere i proprietari e il modello") and "di chi è" with its "è" lost before the car
pointed at ("Mi dici di chi quella macchina lì fuori?"): a look-up, only with a plate said (else the plate asked
for, when the owner is asked); a write said with them stays that write."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Un cliente al bancone: AB 123 CD. È nostra questa macchina?",
        "AB 123 CD, questa macchina è nostra?",
        "Ho qui la EF 456 GH: è una delle nostre?",
        "Questa qui, EF 456 GH, voglio sapere i proprietari e il modello.",
        "Mi dici di chi quella macchina, la AB 123 CD?",
    ],
)
def test_ours_or_on_file_asked_of_a_plate_is_a_lookup(text: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "lookup_plate", {})
    assert p.slots.get("plate") in ("AB123CD", "EF456GH"), p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Can you check GH 930 TP on the system?",
        "Have we got AB 123 CD on file?",
        "Is EF 456 GH in our records?",
        "Is this one of ours, AB 123 CD?",
    ],
)
def test_on_file_asked_in_english_is_a_lookup(text: str) -> None:
    assert_parsed(parse_en(text), "lookup_plate", {})


def test_whose_car_pointed_at_with_no_plate_asks_for_it() -> None:
    p = parse_it("Mi dici di chi quella macchina in cortile?")
    assert p.intent == "lookup_plate" and p.reason == "missing:plate", p


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La colpa è nostra: sposta la AB 123 CD a venerdì alle 10", "it"),
        ("Prenota un tagliando per la AB 123 CD, è nostra questa macchina, venerdì alle 10", "it"),
        ("Put AB 123 CD on the system for an MOT on Friday at 10", "en"),
        ("Who's on the books on Monday?", "en"),
    ],
)
def test_writes_and_the_agenda_stay_what_they_were(text: str, lang: str) -> None:
    p = parse_it(text) if lang == "it" else parse_en(text)
    assert p.intent in ("move", "book", "day_appointments"), p
