"""Reads of a plate asked the counter's way (set 36): the owner's name ("il nome del titolare della DR 673 HX",
"il nominativo dell'intestatario") and the customer's card by the plate ("la scheda del cliente con targa DA 763
CP"). "Titolare" or "cliente" said otherwise asks nothing of the kind."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Mi dici il nome del titolare della DR 6 7 3 HX? Ce l'ho qui davanti al cancello.",
        "Il nome del cliente della DR 673 HX qual è?",
        "Mi serve il nominativo del titolare, targa DR 673 HX.",
        "Dammi il nome dell'intestatario della DR 673 HX.",
    ],
)
def test_owner_name_asked(text: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": "DR673HX"})


def test_owner_name_asked_with_no_plate_asks_it() -> None:
    p = parse_it("Mi dici il nome del titolare?")
    assert p.intent == "lookup_plate" and p.reason == "missing:plate", (p.intent, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Tirami su la scheda del cliente con targa DA 763 CP.",
        "Fammi vedere la scheda di quello con la DA 763 CP.",
        "Aprimi la scheda cliente con la targa DA 763 CP.",
    ],
)
def test_card_by_plate_shown(text: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": "DA763CP"})


@pytest.mark.parametrize(
    "text",
    [
        "Il cliente della DR 673 HX ha chiamato.",
        "Tirami su la scheda del cliente.",
        "Apri un appuntamento con la DA 763 CP.",
    ],
)
def test_no_read_of_the_plate(text: str) -> None:
    assert parse_it(text).intent != "lookup_plate"
