"""Plates whisper wrote otherwise in set 45, spoken: the digit "tre" written "tra", a plate ending in P M after its
digits written as the clock's "PM" (or glued onto the last digit, "9pm"), a letter's name run onto the first digit
("accatre"), Juliett taken for the Alfa's "Giulietta" and Foxtrot cut in two ("Fox dot", "Fox truck"). Each only
in a plate's run, where its shape says so; the same words anywhere else stay words, hours and cars."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it, plates_in


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Controlla un po' genova savona uno cinque tra giolli milano", "GS153JM"),
        ("la Panda, AB uno due tra cappa elle", "AB123KL"),
        ("Firenze Torino 2 7 tra Zara Washington", "FT273ZW"),
    ],
)  # fmt: skip
def test_tre_heard_tra_inside_a_plate(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize(
    "text",
    ["la Panda AB 12 tra un'ora", "AB uno due tra giovedì e venerdì", "tra due giorni alle 9"],
)
def test_tra_elsewhere_is_the_word(text: str) -> None:
    assert all(len(p) < 7 for p in plates_in(text))


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("della Bisceglia, di acca tre tre nove PM", "DH339PM"),
        ("il Weltmeister DH 3 3 9 PM", "DH339PM"),
        ("il Weltmeister DH 3 3 9PM", "DH339PM"),
        ("la Panda, FR 5 1 2 AM", "FR512AM"),
    ],
)  # fmt: skip
def test_plate_ending_pm_after_its_digits(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize("text", ["la Golf alle 9 pm", "at 9 pm for the Golf", "DH 33 alle 9pm"])
def test_pm_of_an_hour_is_no_plate(text: str) -> None:
    assert all(not p.endswith(("PM", "AM")) for p in plates_in(text))


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("la biceia, di accatre, tre nove PM, di carica", "DH339PM"),
        ("la Clio, bi effedue sette nove zeta ti", "BF279ZT"),
        ("esse erreuno due tre pi emme", "SR123PM"),
    ],
)  # fmt: skip
def test_letter_name_run_onto_the_first_digit(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_words_opening_like_a_letter_name_stay_words() -> None:
    assert plates_in("mettila accanto alla Panda, essere pronti alle 9") == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Golf si erra uno cinque tre Giuliett Mike per la diagnosi", "GS153JM"),
        ("Golf Sierra 153 Giuliett May", "GS153JM"),
        ("Alfa Bravo 4 0 3 Giuliett Tango", "AB403JT"),
    ],
)  # fmt: skip
def test_juliett_taken_for_the_giulietta(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize("text", ["la Giulietta di Rossi", "l'Alfa Giulietta 153 nera", "la Giulietta 2015 nera"])
def test_the_giulietta_stays_the_car(text: str) -> None:
    assert plates_in(text) == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Would you ever put the gojo, echo Fox dot 555 Delta Romeo down", "EF555DR"),
        ("Fox truck kilo 071 Tango Mike", "FK071TM"),
        ("Fox trot Lima 2 2 4 Echo Victor", "FL224EV"),
    ],
)  # fmt: skip
def test_foxtrot_cut_in_two(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize("text", ["send it to the fox dot com address", "the fox is in the garage"])
def test_fox_alone_is_no_letter(text: str) -> None:
    assert plates_in(text) == []


def test_booking_with_accatre_and_pm_heard() -> None:
    assert_parsed(
        parse_it("Il World Master della biceia, di accatre, tre nove PM, ricarica del clima venerdì 11 dicembre "
                 "alle 8 e mezza."),
        "book", {"plate": "DH339PM", "time": "08:30"},
    )  # fmt: skip


def test_booking_en_with_fox_dot() -> None:
    assert_parsed(
        parse_en("Put echo Fox dot 555 Delta Romeo down for a service on Thursday 17th December at 9"),
        "book", {"plate": "EF555DR", "service": "service"},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("di chiapero Ft274 Z doppia blu Peri, tagliando", "FT274ZW"),
        ("la Panda AB 123 doppia blu zeta per il tagliando", "AB123WZ"),
    ],
)  # fmt: skip
def test_w_heard_doppia_blu(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_doppia_blu_alone_is_no_plate() -> None:
    assert plates_in("la Panda doppia blu per il tagliando") == []
