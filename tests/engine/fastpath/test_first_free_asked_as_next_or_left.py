"""The first free slot asked as the next one ("Il prossimo orario libero per una diagnosi, me lo cerchi?"), as the room
still left ("Sabato 12, in mattinata, che spazi restano per un tagliando?") or as a place found ("Per montare una
batteria nuova, giovedì 3 dicembre, nel pomeriggio, trovi un posto?", set 40): a read, never a booking."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Il prossimo orario libero per una diagnosi, me lo cerchi?",
        "Dimmi la prossima data libera per un tagliando",
        "Qual è il prossimo posto libero per la revisione?",
        "Sabato 12, in mattinata, che spazi restano per un tagliando?",
        "Per un cambio gomme quali posti rimangono lunedì?",
        "Che buchi ti restano giovedì per una batteria?",
        "Per montare una batteria nuova, giovedì 3 dicembre, nel pomeriggio, trovi un posto?",
        "Per cambiare le gomme, lunedì mattina mi trovate un buco?",
        "Per montare una batteria nuova, giovedì 3 dicembre, nel pomeriggio trovi un posto.",
    ],
)
def test_it_is_the_first_free_slot(text: str) -> None:
    assert parse_it(text).intent == "first_free_slot"


@pytest.mark.parametrize(
    "text",
    [
        "Prenota un tagliando alla FH 052 RK il prossimo orario libero",
        "Per montare una batteria alla FH 052 RK, giovedì pomeriggio trovi un posto e prenotalo",
    ],
)
def test_a_booking_said_with_it_stays_a_booking(text: str) -> None:
    assert parse_it(text).intent == "book"
