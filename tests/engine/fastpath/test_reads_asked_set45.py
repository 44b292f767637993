"""Reads asked in the counter's own words (set 45): the day's work "che ci aspetta" and who "ha l'appuntamento", an
hour asked "a che ora ce la fate a fare …", room asked politely "ci sarebbe un'ora da dedicare a …?", a plate's car
asked "è roba nostra?", and a card shown with its model and owner said before the plate. None of these turns a told
fact or a write into a read, nor a read into a write."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Eh, domattina che lavoro ci aspetta? Dimmi chi ha l'appuntamento e per cosa.", "2026-11-26"),
        ("Cosa mi aspetta venerdì?", "2026-11-27"),
        ("Che lavori ci attendono oggi?", "2026-11-25"),
        ("Domani chi ha l'appuntamento?", "2026-11-26"),
    ],
)
def test_the_work_awaiting_on_a_day_is_its_agenda(text: str, day: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": day})


def test_the_customer_waiting_names_no_work() -> None:
    assert parse_it("Il cliente ci aspetta al bancone per la Panda AB 123 CD").intent != "day_appointments"


@pytest.mark.parametrize(
    ("text", "service", "day"),
    [
        ("Lunedì 28 dicembre, a che ora ce la fate a fare un cambio gomme?", "tyres", "2026-12-28"),
        ("Domani a che ora riesci a fare una diagnosi?", "diagnosis", "2026-11-26"),
        ("Venerdì a che ora riuscite a fare un tagliando?", "service", "2026-11-27"),
    ],
)
def test_the_hour_asked_of_the_workshop_is_the_first_free_slot(text: str, service: str, day: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {"service": service, "date": day})


@pytest.mark.parametrize(
    ("text", "service", "day"),
    [
        ("Per giovedì 10 dicembre, prima di pranzo, ci sarebbe un'ora da dedicare a una revisione?", "inspection",
         "2026-12-10"),
        ("Ci sarebbe un posto libero sabato per un tagliando?", "service", "2026-11-28"),
        ("Venerdì ci sarebbe un buco per un cambio olio?", "oil_change", "2026-11-27"),
    ],
)  # fmt: skip
def test_room_asked_with_ci_sarebbe_is_the_first_free_slot(text: str, service: str, day: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {"service": service, "date": day})


@pytest.mark.parametrize(
    "text",
    [
        "Ci sarebbe un posto libero venerdì, ma prenota la AB 123 CD per sabato alle 10",
        "Ci sarebbe un posto libero venerdì, mettici la AB 123 CD?",
    ],
)
def test_ci_sarebbe_told_or_with_a_write_stays_refused(text: str) -> None:
    p = parse_it(text)
    assert not p.handled and p.reason == "out_of_scope:hypothetical", p


@pytest.mark.parametrize(
    "text",
    [
        "Controlla un po' Genova Savona 1 5 3 Jolly Milano: è roba nostra?",
        "AB 123 CD: è roba nostra?",
        "La EF 456 GH è roba dei nostri?",
    ],
)
def test_roba_nostra_asked_of_a_plate_is_a_lookup(text: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "lookup_plate", {})
    assert p.slots.get("plate") in ("GS153JM", "AB123CD", "EF456GH"), p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Tirami fuori la scheda del Kleinschnittger della Nardelli, DF 0 3 4 YC.",
        "Fammi vedere la scheda della Panda di Rossi, AB 123 CD",
        "Mi apri la scheda del Linux di Bianchi? FN 529 CK",
    ],
)
def test_card_shown_with_its_model_and_owner_before_the_plate(text: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {})


def test_the_card_of_a_job_is_no_card_shown() -> None:
    assert parse_it("Tirami fuori la scheda del tagliando di venerdì, AB 123 CD").intent != "lookup_plate"


@pytest.mark.parametrize(
    "text",
    [
        # as whisper heard it: its "?" lost, the weekday blurred
        "Per giuve di 10 dicembre prima di pranzo ci sarebbe un'ora da dedicare a una revisione.",
        "La Panda di Rossi, tagliando: ci sarebbe un posto libero venerdì.",
    ],
)
def test_ci_sarebbe_with_no_plate_is_asked_even_unmarked(text: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {})


def test_ci_sarebbe_told_of_a_plate_unmarked_stays_refused() -> None:
    p = parse_it("Ci sarebbe un posto libero venerdì per la AB 123 CD, tagliando.")
    assert not p.handled and p.reason == "out_of_scope:hypothetical", p


def test_card_shown_with_its_model_heard_in_two_words() -> None:
    assert_parsed(parse_it("tirami fuori la scheda del Clayins Knitzer della Nardelli. AB 123 CD."), "lookup_plate", {})
