"""A booking said as room held, taken or a job written down (set 49): "blocca un posto per …" at an hour said, "le
prendi un appuntamento", "tienimelo" with its job before and its day and hour right after, "scrivi un <job>" with a
day and an hour, "segnala" said last after a job told coming at a day and hour, the first window in the agenda, the
evening coming as the afternoon; and what none of them books."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, slot
from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ascolta, blocca un posto per il Marruá verde di Sciarappa, GP 305 WP: cambio gomme giovedì 3 dicembre alle "
         "9 e mezza.", {"plate": "GP305WP", "service": "tyres", "date": "2026-12-03", "time": "09:30"}),
        ("Mi blocchi un posto per la Panda di Rossi, EW 346 HD, venerdì alle 10 per la revisione?",
         {"plate": "EW346HD", "service": "inspection", "date": "2026-11-27", "time": "10:00"}),
        ("Il pickup grigio del Pignataro, la FS 0 2 5 MH, deve passare la revisione: tienimelo venerdì 11 dicembre "
         "alle 4 del pomeriggio.", {"plate": "FS025MH", "service": "inspection", "date": "2026-12-11", "time": "16:00"}),
        ("La Panda di Rossi, EW 346 HD, il tagliando: tienimela lunedì alle 10 e mezza, grazie.",
         {"plate": "EW346HD", "service": "service", "date": "2026-11-30", "time": "10:30"}),
        ("Per la Codatronca della Zuccarini, EN 6 7 4 XP, scrivi un cambio olio per lunedì 11 gennaio alle 3 e mezza "
         "del pomeriggio.", {"plate": "EN674XP", "service": "oil_change", "date": "2027-01-11", "time": "15:30"}),
        ("Scrivimi una revisione per la Panda di Rossi, EW 346 HD, venerdì alle 10.",
         {"plate": "EW346HD", "service": "inspection", "date": "2026-11-27", "time": "10:00"}),
        ("Oggi alle 5 del pomeriggio mi arriva la Firedome di Scalabrini, GH 4 1 7 KD, per le gomme: segnala.",
         {"plate": "GH417KD", "service": "tyres", "date": "2026-11-25", "time": "17:00"}),
        ("Domani alle 9 viene la Panda di Rossi, EW 346 HD, per il tagliando: segnala pure.",
         {"plate": "EW346HD", "service": "service", "date": "2026-11-26", "time": "09:00"}),
        ("Il camion di Scarpinato, FM 710 MV, ha le gomme da cambiare: alla prima finestra libera in agenda, "
         "infilacelo.", {"plate": "FM710MV", "service": "tyres", "first_free": True}),
        ("La Panda di Rossi, EW 346 HD: revisione alla prima finestra che hai, mettila lì.",
         {"plate": "EW346HD", "service": "inspection", "first_free": True}),
        ("Targa Empoli Ypsilon 9 6 4 Como Ancona, la Yusheng bianca della Lopardo: le prendi un appuntamento per la "
         "diagnosi lunedì 14 dicembre alle 10 e mezzo?",
         {"plate": "EY964CA", "service": "diagnosis", "date": "2026-12-14", "time": "10:30"}),
        ("Prendi un appuntamento per la Panda di Rossi, EW 346 HD, per il tagliando venerdì alle 9.",
         {"plate": "EW346HD", "service": "service", "date": "2026-11-27", "time": "09:00"}),
        ("Prenota un tagliando per la Panda di Rossi, EW 346 HD, venerdì in serata.",
         {"plate": "EW346HD", "service": "service", "date": "2026-11-27", "part_of_day": "afternoon"}),
    ],
)  # fmt: skip
def test_room_held_or_the_job_written_down_books(text: str, want: dict[str, object]) -> None:
    assert_parsed(_parse(text), "book", want)


@pytest.mark.parametrize(
    "text",
    [
        "Scrivi un messaggio alla Panda di Rossi, EW 346 HD, per la revisione di venerdì alle 10.",  # a message
        "Scrivi una revisione fatta ieri alle 9 sulla Panda di Rossi, EW 346 HD.",  # one done
        "Scrivi un tagliando per la Panda di Rossi, EW 346 HD.",  # no day, no hour
        "La Panda di Rossi, EW 346 HD, ha fatto il tagliando: tienila venerdì alle 5 che la ritira.",  # kept, done
        "La Panda di Rossi, EW 346 HD, tienila d'occhio venerdì, ha il tagliando.",
        "Oggi alle 5 è arrivata la Panda di Rossi, EW 346 HD, per le gomme: segnala.",  # a visit gone by
        "La Panda di Rossi, EW 346 HD, per le gomme frena male: segnala.",  # no day, no hour
        "Oggi alle 5 la Panda di Rossi, EW 346 HD, ha fatto il tagliando: segnala.",
        "Rossi, EW 346 HD, ha un appuntamento alle 5: prendi un caffè.",  # "prendi" alone
    ],
)
def test_a_message_a_job_done_or_a_car_kept_books_nothing(text: str) -> None:
    assert _parse(text).intent != "book"


def test_room_held_with_no_hour_is_the_first_free_slot() -> None:
    p = _parse("Bloccami un posto per la Panda di Rossi, EW 346 HD, per il tagliando.")
    assert p.intent == "first_free_slot", (p.intent, p.reason)


def test_the_evening_before_stays_the_reminders() -> None:
    p = _parse("Prenota la revisione per la Panda di Rossi, EW 346 HD, venerdì alle 10 e la sera prima mandagli un "
               "promemoria.")
    assert p.intent == "book" and slot(p, "time") == "10:00" and slot(p, "part_of_day") == "morning", p.slots
