"""A request relayed from the customer whose verb is what we would do to the car, then the job (set 34: "La signora
Maggiolini chiede se possiamo vederle le pastiglie della Tiggo, GC 704 JL, martedì 15 dicembre alle 10 e mezza. Se è
libero, tienilo per lei.") was refused: "vederle" booked nothing, and "se è libero" stayed a condition. The job
asked done ("vedere", "guardare", "controllare", "fare", "cambiare", "dare un'occhiata a", English "look at", "do",
"check") right after the asking words is a booking, asked, so said back whole for a yes; the slot held if free
after it is that booking. With no job right after the verb (a price, keys seen) nothing is read the new way."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it, wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "service", "day", "time"),
    [
        ("La signora Rossi chiede se possiamo vederle le pastiglie della Punto, AB 123 CD, martedì 15 dicembre alle "
         "10 e mezza. Se è libero, tienilo per lei.", "brakes", "2026-12-15", "10:30"),
        ("La signora Rossi chiede se possiamo fare le pastiglie alla Punto, AB 123 CD, martedì 15 dicembre alle 10 e "
         "mezza.", "brakes", "2026-12-15", "10:30"),
        ("Il signor Rossi chiede se possiamo guardargli le gomme della Punto, AB 123 CD, giovedì alle 3.",
         "tyres", "2026-11-26", "15:00"),
        ("Rossi mi chiede se possiamo dare un'occhiata alla batteria della Punto, AB 123 CD, domani alle 9. Se sì, "
         "bloccalo.", "battery", "2026-11-26", "09:00"),
        ("La Rossi chiede se riusciamo a controllarle il clima della Punto, AB 123 CD, venerdì alle 11.",
         "aircon", "2026-11-27", "11:00"),
        ("La Rossi chiede se possiamo prenotarle la revisione della Punto, AB 123 CD, venerdì alle 11.",
         "inspection", "2026-11-27", "11:00"),
    ],
)
def test_the_job_asked_done_is_a_booking_said_back(text: str, service: str, day: str, time: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "book", {"plate": "AB123CD", "service": service, "date": day, "time": time})
    assert p.careful == "asked", (p.careful, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Rossi asks if we can look at the pads on the Punto, AB 123 CD, Tuesday 15 December at 10:30.",
        "Mrs Rossi asks if we can do the pads on the Punto, AB 123 CD, Tuesday 15 December at 10:30.",
    ],
)
def test_the_job_asked_done_in_english(text: str) -> None:
    p = parse_en(text)
    assert_parsed(p, "book", {"plate": "AB123CD", "service": "brakes", "date": "2026-12-15", "time": "10:30"})
    assert p.careful == "asked", (p.careful, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        "La Rossi chiede se possiamo vedere quanto costa il tagliando della Punto.",
        "La Rossi chiede se abbiamo visto le chiavi della Punto.",
        "La Rossi chiede se possiamo vedere la Punto, AB 123 CD, martedì alle 10.",  # no job: nothing to book
        "La Rossi chiede se possiamo fare prima, la Punto, AB 123 CD.",
        "Vedi le pastiglie della Punto, AB 123 CD, martedì alle 10.",  # no customer's question relayed
        "Se è libero, tienilo per lei: le pastiglie della Punto, AB 123 CD, martedì alle 10.",  # no room asked
    ],
)
def test_no_booking_read_without_the_job_asked_done(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "book" and p.handled), (p.intent, p.reason, p.slots)


async def test_the_relayed_job_writes_nothing_before_a_yes(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(
        "Bruno chiede se possiamo vedergli le pastiglie della Renegade, ZA 987 YE, venerdì 6 marzo alle 3.",
        context, alone=True,
    )
    assert out.handled and wrote_nothing(out), out
    assert "ZA987YE" in out.reply_text and "Confermi" in out.reply_text, out.reply_text
