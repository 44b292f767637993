"""Counter phrasing classes learnt from held-out set 13's Italian misses, tested on new sentences: the first day or
date asked of what can be given ("qual è la prima data che mi puoi dare?", "il primo giorno che la posso prendere");
an appointment let slip to another day ("fallo slittare a giovedì") or moved by the listener in the second person
("me lo anticipi a venerdì?"); the people of a day counted ("quanta gente abbiamo domani?"); models named by a number
or by letters, and the Subarus ("la 107", "l'MG ZS", "il Forester"). What stays told, unclear or a symptom is still
refused or asked. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, slot
from tests.engine.fastpath.italian import parse_it as _parse


def _not_taken(text: str, intent: str) -> None:
    p = _parse(text)
    assert not (p.intent == intent and p.handled), (p.intent, p.reason, p.slots)


# --- the first day or date asked of what can be given ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Per un tagliando qual è la prima data che mi potete dare?", "service"),
        ("Per la revisione, il primo giorno che posso portarla qual è?", "inspection"),
        ("Cambio olio: mi dici la prima data che riusciamo?", "oil_change"),
        ("Qual è il primo giorno che lo posso lasciare per un tagliando?", "service"),
    ],
)
def test_the_first_day_that_can_be_given_is_a_first_free_slot(text: str, service: str) -> None:
    assert_parsed(_parse(text), "first_free_slot", {"service": service})


@pytest.mark.parametrize(
    "text",
    [
        "Il primo giorno che è venuto gli abbiamo fatto il tagliando, CX 808 BZ.",  # told, nothing asked
        "La prima data che mi ha detto era sbagliata.",  # told of a date, no slot asked
    ],
)
def test_a_first_day_told_of_is_no_first_free_slot(text: str) -> None:
    _not_taken(text, "first_free_slot")


# --- let slip, or moved by the listener ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("La revisione della Clio di giovedì 3, CX 808 BZ, falla slittare a martedì 8 alle 9.",
         {"plate": "CX808BZ", "old_date": "2026-12-03", "date": "2026-12-08", "time": "09:00"}),
        ("Il cambio olio della Golf, EF 456 GH, facciamolo slittare a lunedì 30 alle 10.",
         {"plate": "EF456GH", "date": "2026-11-30", "time": "10:00"}),
        ("Targa GM 555 NP: la diagnosi me la anticipi a venerdì 27 alle 8?",
         {"plate": "GM555NP", "date": "2026-11-27", "time": "08:00"}),
        ("Il tagliando del Doblò, CS 981 VA, me lo rimandi a sabato 28 alle 11?",
         {"plate": "CS981VA", "date": "2026-11-28", "time": "11:00"}),
    ],
)  # fmt: skip
def test_a_slip_or_a_second_person_move_is_a_move(text: str, want: dict[str, object]) -> None:
    assert_parsed(_parse(text), "move", want)


@pytest.mark.parametrize(
    "text",
    [
        "La frizione della Clio slitta, CX 808 BZ: fammi una diagnosi venerdì alle 9.",  # a symptom, a booking
        "Se la Golf slitta ancora, EF 456 GH, me la anticipi?",  # conditional
        "Il tagliando della Clio, CX 808 BZ, me lo anticipi?",  # no new day: asked, never moved
    ],
)
def test_what_slips_unasked_or_with_no_day_is_not_moved(text: str) -> None:
    p = _parse(text)
    assert not (p.intent == "move" and p.handled), (p.intent, p.reason, p.slots)


# --- the people of a day counted ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Quanta gente abbiamo venerdì?", "2026-11-27"),
        ("Sabato mattina quante persone vengono?", "2026-11-28"),
        ("Quanti clienti ho dopodomani?", "2026-11-27"),
    ],
)
def test_the_people_of_a_day_counted_is_its_agenda(text: str, date: str) -> None:
    assert_parsed(_parse(text), "day_appointments", {"date": date})


@pytest.mark.parametrize(
    "text",
    [
        "Quanta gente abbiamo in officina adesso?",  # no day said
        "Quanti clienti abbiamo in tutto?",  # the customers, counted
    ],
)
def test_people_counted_with_no_day_is_no_agenda(text: str) -> None:
    _not_taken(text, "day_appointments")


# --- models named by a number or letters, and the Subarus ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Prenota un tagliando per la 107 rossa, EF 456 GH, domani alle 9.", "107"),
        ("Prenota la revisione dell'MG ZS, GM 555 NP, venerdì 27 alle 10.", "ZS"),
        ("Prenota un cambio gomme per il Forester nero, CX 808 BZ, lunedì 30 alle 8.", "Forester"),
        ("Prenota la diagnosi per la 159 di Rossi, CS 981 VA, giovedì alle 15.", "159"),
    ],
)
def test_a_model_named_by_a_number_or_letters_is_its_description(text: str, model: str) -> None:
    p = _parse(text)
    assert_parsed(p, "book", {})
    assert slot(p, "model") == model, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Prenota una revisione per la EF 456 GH alle 107 di domani.",  # a stray number, no model
        "Prenota un tagliando per la MG 456 AB domani alle 9.",  # a plate's letters, no make
    ],
)
def test_a_number_or_letters_that_is_no_model_is_not_one(text: str) -> None:
    assert slot(_parse(text), "model") is None, _parse(text).slots
