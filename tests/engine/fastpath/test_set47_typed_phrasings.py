"""Set 47's typed misses read as the counter meant them: a line drawn through a job ("tira una riga sulla diagnosi
di martedì 30 marzo …") and "strike off" a job cancel it; the works "ci risultano" or held "in archivio tra
tagliandi e riparazioni" are a car's history; "la prima finestra utile", "da che giorno possiamo prenderlo", "the
first day we've room" the first free slot; the day's cars listed "ora per ora" its agenda; "a WhatsApp nudge" a
reminder; "rinviamo", "ritarda di una settimana", "va messo più in là" moves; "ha da fare la diagnosi" and "vuole
lasciarci il Devrim … per una diagnosi" bookings; and what must stay none of these."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it, slot


@pytest.mark.parametrize(
    "text",
    [
        "Tira una riga sulla diagnosi di martedì 30 marzo dell'Emzoom di Buzzichelli, GB 419 VH.",
        "Facciamo una croce sopra il tagliando di domani della Panda, AB 123 CD.",
        "Fai una riga sul cambio gomme di venerdì 4 dicembre, AB 123 CD.",
    ],
)
def test_line_drawn_through_a_job_cancels(text: str) -> None:
    assert_parsed(parse_it(text), "cancel", {})


@pytest.mark.parametrize(
    "text",
    [
        "Strike off Mr Pappalepore's brake job for the Devrim, DZ 647 VN.",
        "Cross off Friday's MOT for the Panda, AB 123 CD.",
    ],
)
def test_struck_off_job_cancels(text: str) -> None:
    assert_parsed(parse_en(text), "cancel", {})


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tira una riga sulla fattura della Panda, AB 123 CD.", "it"),  # no job
        ("Knock off ten quid on the service for the Panda, AB 123 CD.", "en"),  # a discount
    ],
)
def test_line_or_strike_without_a_job_cancels_nothing(text: str, lang: str) -> None:
    p = (parse_it if lang == "it" else parse_en)(text)
    assert p.intent != "cancel", (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Che lavori ci risultano sul Devrim di Pappalepore, DZ 6 4 7 VN?",
        "Che interventi ci risultano fatti sulla Panda, AB 123 CD?",
        "Della Landaulet argentata, GV 346 XC, cosa c'è in archivio tra tagliandi e riparazioni?",
        "Cosa abbiamo nel gestionale di lavori sulla Panda AB 123 CD?",
    ],
)
def test_works_on_record_are_its_history(text: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "vehicle_history", {})


def test_kinds_listed_on_file_ask_the_whole_history() -> None:
    assert slot(parse_it("Della Panda, AB 123 CD, cosa c'è in archivio tra tagliandi e riparazioni?"), "service") is None
    assert slot(parse_it("Della Panda AB 123 CD cosa c'è in archivio di tagliandi?"), "service") == "service"


def test_plate_on_file_stays_a_lookup() -> None:
    assert parse_it("La AB 123 CD c'è in archivio?").intent == "lookup_plate"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Qual è la prima finestra utile per una ricarica dell'aria condizionata?", "it"),
        ("Un cliente vuole solo olio e filtri: da che giorno possiamo prenderlo?", "it"),
        ("Da quale giorno riusciamo a farla la revisione?", "it"),
        ("Somebody's asking how quick we could swap a flat battery for them: what's the first day we've room?", "en"),
        ("What's the first date there's space for an MOT?", "en"),
    ],
)
def test_first_free_asked_in_other_words(text: str, lang: str) -> None:
    assert_parsed((parse_it if lang == "it" else parse_en)(text), "first_free_slot", {})


def test_window_of_a_car_is_no_first_free() -> None:
    assert parse_it("Apri la finestra della Panda AB 123 CD").intent != "first_free_slot"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Fammi l'elenco, ora per ora, delle macchine che aspettiamo domani.", "2026-11-26"),
        ("Dammi la lista delle auto che attendiamo sabato.", "2026-11-28"),
    ],
)
def test_cars_awaited_listed_are_the_agenda(text: str, day: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": day})


def test_cars_awaited_for_parts_are_no_agenda() -> None:
    assert parse_it("Dammi la lista delle macchine che aspettiamo per i ricambi.").intent != "day_appointments"


@pytest.mark.parametrize(
    "text",
    [
        "Send Mrs Pizzigoni a WhatsApp nudge the day before the Xuanjie's service, ES 932 YJ.",
        "Give Mr Rossi a nudge by text about the Panda's MOT, AB 123 CD.",
    ],
)
def test_nudge_is_a_reminder(text: str) -> None:
    assert_parsed(parse_en(text), "send_reminder", {})


def test_nudged_to_a_day_is_no_reminder() -> None:
    assert parse_en("Nudge the Panda's MOT, AB 123 CD, to Friday.").intent != "send_reminder"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Rinviamo di qualche giorno la batteria del Greif, GY 1 9 3 GG: da martedì 30 marzo a venerdì 2 aprile, "
         "stessa ora, le 9 e mezza.", "2027-04-02"),
        ("Ritarda di una settimana il clima della Mopetta rossa, FL 4 5 2 NL: mettila mercoledì 7 aprile alle 11 e "
         "mezza.", "2027-04-07"),
        ("Per la Feiteng di Cardinetti, DW 249 HP, il cambio gomme va messo più in là: venerdì 9 aprile alle 2 del "
         "pomeriggio.", "2027-04-09"),
    ],
)
def test_put_off_in_other_words_moves(text: str, day: str) -> None:
    assert_parsed(parse_it(text), "move", {"date": day})


@pytest.mark.parametrize(
    "text",
    [
        "Rossi ritarda di mezz'ora per il tagliando della Panda AB 123 CD.",  # the customer late, told
        "Rinvia la conferma alla Rossi per la Panda AB 123 CD.",  # sent again
    ],
)
def test_late_or_resent_moves_nothing(text: str) -> None:
    assert parse_it(text).intent != "move"


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Senti, il Qisheng della Vagnozzi, FS 566 MK, ha da fare la diagnosi: martedì 15 dicembre alle 5... no, "
         "aspetta, alle 4.", "16:00"),
        ("Il signor Pappalepore vuole lasciarci il Devrim bianco, DZ 6 4 7 VN, domani alle 10 e mezza per una "
         "diagnosi: sistemalo tu.", "10:30"),
        ("Rossi vorrebbe lasciarcela domani alle 9 per il tagliando, la Panda AB 123 CD.", "09:00"),
    ],
)
def test_job_due_or_car_left_books(text: str, time: str) -> None:
    p = parse_it(text)
    assert p.intent == "book", (p.reason, p.slots)
    assert slot(p, "time") == time


@pytest.mark.parametrize(
    "text",
    [
        "Rossi vuole lasciarci le chiavi della Panda, AB 123 CD, domani alle 10.",  # no job
        "La Panda AB 123 CD ha da fare la revisione?",  # asked
        "Quando ha da fare il tagliando la Panda AB 123 CD?",  # asked
    ],
)
def test_left_without_job_or_due_asked_books_nothing(text: str) -> None:
    assert parse_it(text).intent != "book"


def test_quarter_to_taken_back() -> None:
    p = parse_en("Book the Panda AB 123 CD for an MOT on Friday at quarter to 3... no, at 3 o'clock.")
    assert_parsed(p, "book", {"time": "15:00"})
