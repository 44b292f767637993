"""Reads asked in words the cues did not have (set 27's typed misses): the plate check asked for by its noun, a job
done again asked of with "quand'è che", the first free day with "per primo" said after it, where a job can go, the
hour a car can be let in, and a day's list of cars with the day said after it. Each stays a read; what only
looks like one (a job told as done, a list that names no day) is not made one."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize("text", ["Mi fai un controllo della targa?", "Fammi una ricerca per targa, grazie."])
def test_plate_check_asked_by_its_noun_asks_the_plate(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "lookup_plate" and p.reason == "missing:plate"


def test_plate_check_with_the_plate_said_looks_it_up() -> None:
    assert_parsed(parse_it("Mi fai un controllo targa: GY 280 TE?"), "lookup_plate", {"plate": "GY280TE"})


@pytest.mark.parametrize(
    "text", ["Il controllo targa è andato bene, grazie.", "Fammi un controllo dei freni."]
)
def test_a_check_told_or_of_something_else_is_no_look_up(text: str) -> None:
    assert parse_it(text).intent != "lookup_plate"


@pytest.mark.parametrize(
    "text",
    [
        "La Panda, AB 123 CD: quando è che le abbiamo ricambiato l'olio?",
        "Il Ducato, EF 456 GH: quand'è che gli abbiamo rimontato le gomme?",
        "Quand'è che abbiamo rifatto il tagliando alla Clio AB 123 CD?",
    ],
)
def test_when_a_job_was_done_again_is_its_history(text: str) -> None:
    assert parse_it(text).intent == "vehicle_history"


def test_a_job_told_as_redone_is_no_history() -> None:
    assert parse_it("Le pastiglie le abbiamo rifatte ieri alla Clio AB 123 CD.").intent != "vehicle_history"


@pytest.mark.parametrize(
    "text",
    [
        "Per un tagliando, qual è la data che avete libera per prima?",
        "Per una ricarica del clima, dimmi il giorno che ho libero per primo.",
        "Per le pastiglie, qual è il primo giorno che ho libero?",
    ],
)
def test_first_free_day_asked_with_per_primo_after(text: str) -> None:
    assert parse_it(text).intent == "first_free_slot"


@pytest.mark.parametrize(
    ("text", "date", "part"),
    [
        ("Una revisione giovedì 3, dopo pranzo, dove la possiamo mettere?", "2026-12-03", "afternoon"),
        ("Un tagliando venerdì mattina: dove posso metterlo?", "2026-11-27", "morning"),
    ],
)
def test_where_a_job_can_go_is_the_first_free_slot(text: str, date: str, part: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {"date": date, "part_of_day": part})


def test_a_booking_with_where_it_goes_stays_a_booking() -> None:
    p = parse_it("Prenota la Clio AB 123 CD per il tagliando lunedì alle 9, dove la metti tu.")
    assert p.intent == "book"


@pytest.mark.parametrize(
    "text",
    [
        "Venerdì pomeriggio a che ora riesco a far entrare un tagliando?",
        "Lunedì 30 di mattina: a che ora possiamo fare entrare una macchina per la revisione?",
    ],
)
def test_the_hour_a_car_can_be_let_in_is_the_first_free_slot(text: str) -> None:
    assert parse_it(text).intent == "first_free_slot"


def test_letting_a_customer_in_is_no_free_slot() -> None:
    assert parse_it("A che ora posso passare a ritirarla?").intent != "first_free_slot"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Fammi la lista delle auto di domani.", "2026-11-26"),
        ("L'elenco delle macchine di venerdì 27?", "2026-11-27"),
    ],
)
def test_the_cars_of_a_day_listed_are_its_agenda(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": date})


def test_a_list_of_cars_of_a_customer_is_no_agenda() -> None:
    assert parse_it("La lista delle macchine di Rossi.").intent != "day_appointments"
