"""Reads whose words whisper base cut over a workshop's noise: the owner's word with its "in" apart and its end cut
off ("GY 280 TE: in testatari io e modello") and "cosa" opening the agenda asked with its c lost and its s voiced
("Oda abbiamo segnato per …"): set 27. New sentences in the same shape; "oda" anywhere else is left as heard."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_owner_word_heard_in_pieces_is_a_plate_look_up() -> None:
    assert_parsed(
        parse_it("AB 123 CD, in testatari io e modello, per favore"), "lookup_plate", {"plate": "AB123CD"}
    )
    assert_parsed(parse_it("chi è l'in testatario della AB 123 CD?"), "lookup_plate", {"plate": "AB123CD"})


def test_cosa_heard_oda_opening_the_agenda_asked_is_read() -> None:
    assert_parsed(
        parse_it("Oda abbiamo segnato per giovedì 3 dicembre?"), "day_appointments", {"date": "2026-12-03"}
    )


def test_oda_before_anything_else_stays() -> None:
    assert "cosa" not in heard_tokens("la Panda della signora Oda, tagliando domani alle 9")
