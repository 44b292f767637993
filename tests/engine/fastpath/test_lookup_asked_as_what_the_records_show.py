"""The car of a plate asked by the register's words ("Che vettura è la FP 876 NA?", set 40) or as what the records show
for it ("vedi un po' cosa risulta per FH 052 RK"): a look-up, only with a plate said; said of a day it is no
look-up."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Che vettura è la FP 8 7 6... NA?",
        "Che veicolo è la FP 876 NA?",
        "Ehm, vedi un po' cosa risulta per FH 0 52 RK.",
        "Cosa ti risulta per la FH 052 RK?",
        "Guarda cosa esce per FH 052 RK",
    ],
)
def test_the_plates_record_is_looked_up(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "lookup_plate" and p.slots.get("plate") in ("FP876NA", "FH052RK")


@pytest.mark.parametrize("text", ["Cosa risulta per domani?", "Che vettura è?", "Cosa risulta per la revisione?"])
def test_without_a_plate_it_is_no_look_up(text: str) -> None:
    assert parse_it(text).intent != "lookup_plate"


@pytest.mark.parametrize(
    "text", ["Guarda mi una targa, te la leggo appena la macchina esce dal ponte.", "Cerca mi una targa per favore"]
)
def test_a_plate_to_come_split_by_whisper_is_asked_for(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "lookup_plate" and p.reason == "missing:plate"


def test_a_look_at_the_car_is_no_plate_to_come() -> None:
    assert parse_it("Guarda mi la macchina, fa un rumore").intent != "lookup_plate"
