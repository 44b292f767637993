""" "gomme" after "cambio" as whisper base writes it said with an accent: its o heard u ("gumme"), a glide before it
("yogaume"), its last e run on ("Gomez") or the "di" after it run on ("gommedi"). Put back only after "cambio" and
only for a word no table knows that sounds like it: "cambio olio", "cambio pastiglie" stay."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("heard", "want"),
    [
        ("il cambio gumme estive", "il cambio gomme estive"),
        ("per il cambio yogaume invernali", "per il cambio gomme invernali"),
        ("l'ultimo cambio Gomez", "l ultimo cambio gomme"),
        ("il cambio gommedi venerdì", "il cambio gomme di venerdi"),
    ],
)
def test_tyres_heard_after_cambio_are_put_back(heard: str, want: str) -> None:
    assert " ".join(put_back(tokenize(heard))) == want


@pytest.mark.parametrize(
    "heard", ["il cambio olio", "il cambio pastiglie", "il cambio ormone", "lo scambio gumme"]
)
def test_no_tyres_without_cambio_or_their_sound(heard: str) -> None:
    assert "gomme" not in put_back(tokenize(heard))


def test_a_dictated_tyre_change_heard_garbled_is_booked() -> None:
    p = parse_it(
        "Buongiorno, per la Golf blu di Capetta, FR 3 6 4 ZE, il cambio yogaume invernali martedì 1 "
        "dicembre alle 10."
    )
    assert_parsed(p, "book", {"plate": "FR364ZE", "service": "tyres", "date": "2026-12-01", "time": "10:00"})


@pytest.mark.parametrize("heard", ["l'ultimo cambio olisio", "il cambio olizio", "cambio olsio e filtri"])
def test_oil_heard_with_a_syllable_more_after_cambio(heard: str) -> None:
    assert "olio" in put_back(tokenize(heard))


@pytest.mark.parametrize("heard", ["il cambio olivio", "il cambio oso", "l'olisio del motore"])
def test_no_oil_without_cambio_or_its_shape(heard: str) -> None:
    assert "olio" not in put_back(tokenize(heard))


def test_mileage_at_the_last_oil_change_heard_garbled() -> None:
    p = parse_it(
        "Guarda nello storico della Punto, FE 2 1 4 RB: quanti chilometri aveva all'ultimo cambio olisio?"
    )
    assert_parsed(p, "vehicle_history", {"plate": "FE214RB"})
