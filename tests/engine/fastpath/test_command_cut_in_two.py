"""A booking command with its opening misheard and cut in two over the noise, its article run onto its end ("Peno
Tamil Carnival …": prenotami il; "Teno tamila …": prenotami la; set 25 and 26, noisy): the two words read together as
one command, only before the vehicle (its plate, or its model then its plate) or a service, and the request said
back whole for a yes. Two words of their own, or nothing a command acts on after them, stay as heard."""

from __future__ import annotations

from engine.fastpath.misheard import verb_cut
from engine.fastpath.normalize import normalise_text, tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_command_cut_in_two_before_model_and_plate() -> None:
    assert_parsed(parse_it("Peno Tamil Kuga, GB 452 ZT, per il tagliando di lunedì 7 dicembre alle 10"), "book",
                  {"plate": "GB452ZT", "date": "2026-12-07", "time": "10:00"})  # fmt: skip


def test_command_cut_in_two_with_its_article_before_a_plate() -> None:
    assert_parsed(parse_it("Teno tamila GB 452 ZT per un cambio olio giovedì 3 dicembre alle 9"), "book",
                  {"plate": "GB452ZT", "service": "oil_change", "date": "2026-12-03"})  # fmt: skip


def test_command_cut_in_two_is_said_back() -> None:
    assert verb_cut(tokenize(normalise_text("teno tamila GB 452 ZT per un cambio olio")))


def test_two_words_with_nothing_acted_on_stay() -> None:
    assert parse_it("Teno tamila per giovedì").intent is None
