"""Words of a read that whisper base writes in pieces (set 27's spoken misses): "intestatario" as the known words it
sounds like ("in testa tario"), and no longer cut into "intestata rio" (a Kia Rio); a plate's Y dotted as the letters
its "ipsilon" opens with ("G.I.P.silond"); "l'elenco" with its article's l heard again ("le lhenco"); "gomme lunedì"
run together after "cambio" ("cambio con melone di"). What only shares a piece stays as it was."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it, plates_in, slot


def test_owner_word_heard_in_pieces_is_a_look_up() -> None:
    assert_parsed(parse_it("GD 471 EF: in testa tario e modello?"), "lookup_plate", {"plate": "GD471EF"})


def test_owner_word_is_no_model() -> None:
    p = parse_it("EA 512 KL, l'intestatario chi è?")
    assert p.intent == "lookup_plate" and slot(p, "model") is None


def test_owner_word_without_a_plate_asks_it() -> None:
    assert parse_it("Mi dici l'intestataria?").reason == "missing:plate"


def test_a_head_is_no_owner() -> None:
    assert parse_it("Mi fa male in testa.").intent is None


@pytest.mark.parametrize("text", ["E.I.P.silon 512 K.L., di chi è?", "E I P silond 512 KL, di chi è?"])
def test_ipsilon_dotted_as_its_opening_letters_is_a_y(text: str) -> None:
    assert plates_in(text) == ["EY512KL"]


def test_letters_i_and_p_said_as_letters_stay() -> None:
    assert plates_in("La targa è I P 345 KL.") == ["IP345KL"]


def test_list_with_the_article_heard_again_is_the_agenda() -> None:
    assert_parsed(
        parse_it("Fammi le lenco delle auto di domani."), "day_appointments", {"date": "2026-11-26"}
    )


def test_tyres_and_monday_run_together_after_cambio() -> None:
    p = parse_it("Un cambio con melone di 7 la mattina, dove la posso mettere?")
    assert_parsed(p, "first_free_slot", {"service": "tyres", "date": "2026-12-07"})


def test_a_change_with_me_is_no_tyre_change() -> None:
    assert slot(parse_it("Facciamo cambio con me, lunedì ci sono io."), "service") is None


@pytest.mark.parametrize("text", ["La EF 639 KB, kicela?", "Chicela la EF 639 KB?"])
def test_who_has_it_run_into_one_word_is_a_look_up(text: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": "EF639KB"})


def test_who_has_it_alone_is_no_look_up() -> None:
    assert parse_it("Kijela?").intent is None  # as "chi ce l'ha?" alone: nothing to look up
