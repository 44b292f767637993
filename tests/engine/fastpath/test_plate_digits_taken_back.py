"""A plate's digits taken back and said again with its last pair, the pair also a word ("DV 3 3 6... no, scusa, 3
3 8 NE": "ne"), or after "no, aspetta" ("FS 6 2 9... no, aspetta, 6 2 8 KJ"): both refused typed on held-out set 17
(tuned on now). The sentences below are new."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Tagliando per la Tipo, GT 4 4 1... no, scusa, 4 4 7 NE, giovedì alle 10", "GT447NE"),
        ("la revisione della BR 2 0 6, no, 2 0 8 SE, spostala a lunedì alle 9", "BR208SE"),
        ("Disdici il cambio olio della CK 9 1 5... no, aspetta, 9 1 6 MD", "CK916MD"),
        ("Prenota le gomme per la EZ 3 3 2, no, aspetta, 3 3 4 LA domani alle 11", "EZ334LA"),
    ],
)
def test_the_digits_said_again_with_the_last_pair_are_the_plate(text: str, plate: str) -> None:
    p = parse_it(text)
    assert p.handled and p.slots.get("plate") == plate, (p.reason, p.slots)


def test_a_word_after_digits_said_again_with_no_pair_left_is_not_taken_for_letters() -> None:
    # "no" after the digits is the marker, never a plate's letters
    p = parse_it("Tagliando per la GT 441 NE, no, 447, giovedì alle 10")
    assert p.slots.get("plate") in (None, "GT447NE"), p.slots


def test_wait_that_takes_back_no_plate_is_still_no_plate() -> None:
    p = parse_it("la AB 123 CD, no aspetta, prima dimmi che ore sono")
    assert not p.handled
