"""Words of a request heard off over a workshop's noise (sets 25 and 26, noisy): "email" with its "ai" heard "ae"
("via e mael", "per Emae"; run onto its preposition, "peremael", it stays asked), "chi" heard "che" where the owner or the
agenda is asked ("a nome di che la <targa>", "leggimi che aspettiamo oggi"), and a weekday's last syllable heard
apart before its date ("sava to 5 dicembre"). Each is put back only where its kind can be nothing else; what is
said otherwise stays as heard. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import channel_heard
from engine.fastpath.normalize import normalise_text, tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Alla Punto del signor Ferri, AB 123 CD, mandagli la conferma via e mael.",
        "Manda la conferma per Emae per il cambio gomme della Punto, AB 123 CD.",
        "Per la revisione della Punto, AB 123 CD, programma un promemoria per emael tre giorni prima.",
    ],
)  # fmt: skip
def test_email_heard_mael_or_mae_is_email(text: str) -> None:
    p = parse_it(text)
    assert p.handled and p.slots.get("channel") == "email", (p.intent, p.reason, p.slots)


def test_email_heard_mael_is_said_back_never_sent_at_once() -> None:
    assert channel_heard(tokenize(normalise_text("mandagli la conferma via e mael")))
    assert channel_heard(tokenize(normalise_text("programma un promemoria per emael")))


def test_mael_with_no_message_asked_stays_as_heard() -> None:
    p = parse_it("Per la Punto, AB 123 CD, via e mael")
    assert p.slots.get("channel") != "email", (p.intent, p.slots)


def test_whose_plate_heard_di_che_la_is_the_owner_asked() -> None:
    assert_parsed(parse_it("Mi sai dire a nome di che la GB 452 ZT, quella nera qui fuori?"), "lookup_plate",
                  {"plate": "GB452ZT"})  # fmt: skip


def test_di_che_la_before_no_plate_stays() -> None:
    p = parse_it("il tagliando di che la Panda")
    assert p.intent != "lookup_plate", (p.intent, p.slots)


@pytest.mark.parametrize(
    ("text", "date"),
    [("Leggimi che aspettiamo domani, uno alla volta.", "2026-11-26"), ("Dimmi che arriva venerdì 27", "2026-11-27")],
)  # fmt: skip
def test_agenda_asked_with_che_after_leggimi(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": date})


def test_che_as_a_relative_stays() -> None:
    p = parse_it("la Panda che aspettiamo domani è pronta?")
    assert p.intent != "day_appointments", (p.intent, p.slots)


def test_weekday_tail_heard_apart_before_its_date() -> None:
    assert_parsed(parse_it("Per un tagliando, sava to 12 dicembre di mattina hai posto?"), "first_free_slot",
                  {"date": "2026-12-12", "part_of_day": "morning"})  # fmt: skip


def test_weekday_tail_apart_on_another_date_is_asked() -> None:
    p = parse_it("Per un tagliando, sava to 6 dicembre hai posto?")
    assert not p.handled and p.reason == "ambiguous:weekday_vs_date", (p.reason, p.slots)
