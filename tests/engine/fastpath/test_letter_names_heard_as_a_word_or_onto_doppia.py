"""Two ways whisper base wrote a plate's letter names in set 51: the first two ("di ci": D C) written as the known word
they sound like ("dici 442 …"), read into the plate only right before its three digits and its last two letters
(said plainly or heard as letter names); and a letter's name with W's "doppia" run onto it, its "vu" apart ("i
psilondoppia vu": ipsilon doppia vu, Y W). The same words elsewhere stay words."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it, plates_in


@pytest.mark.parametrize(
    "text",
    [
        "annulla la ricarica del clima della Siata, dici 442 i psilondoppia vu, di giovedì 20 maggio",
        "annulla la ricarica del clima della Siata, dici 442 ixilondopiavoo, di giovedì 20 maggio",
        "la Siata della Zanolla, dici 442 YW, tagliando",
    ],
)
def test_di_ci_heard_as_the_word_dici(text: str) -> None:
    assert plates_in(text) == ["DC442YW"]


@pytest.mark.parametrize(
    "text",
    [
        "dici 442 euro e poi?",
        "la Panda ha già 120 mila km",
        "dici che va bene alle 10?",
        "mi dici 300 euro di spesa",
    ],
)
def test_dici_with_no_plate_after_it_stays_a_word(text: str) -> None:
    assert plates_in(text) == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("la Siata, di ci 442 i psilondoppia vu, di giovedì", "DC442YW"),
        ("la Panda, GH 318 accadoppia vu, tagliando", "GH318HW"),
    ],
)
def test_a_letter_name_with_doppia_run_onto_it(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_a_word_ending_in_doppia_stays() -> None:
    assert "raddoppia" in heard_tokens("il prezzo raddoppia vu")


def test_the_cancel_so_heard_names_its_plate() -> None:
    p = parse_it("annulla la ricarica del clima, dici 442 i psilondoppia vu, di giovedì 20 maggio")
    assert p.intent == "cancel" and p.slots.get("plate") == "DC442YW", (p.reason, p.slots)
