"""A customer's or a car's appointments asked with the agenda's own word ("Che appuntamenti ha Rossi?", "che
appuntamenti ha la Renegade?", "what appointments does Bruno have?") are theirs: read as the car's appointments
(`vehicle_appointments`), the car asked back when the customer has several, never the whole day's list it was read
as. With nobody named after it ("che appuntamenti ha domani?", "che appuntamenti ci sono oggi?") it is the day's
agenda as before. On the contract workshop (a real LocalBackend, Monday 2 March 2026): Davide Bruno's Renegade
ZA987YE is booked Wednesday 4 at 10 and Saturday 7; Mario Rossi has two Pandas."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "lang", "slots"),
    [
        ("Che appuntamenti ha Rossi?", "it", {"customer": "Rossi"}),
        ("Che appuntamenti ha la signora Bianchi?", "it", {"customer": "Bianchi"}),
        ("Che appuntamenti ha la Panda di Rossi?", "it", {"customer": "Rossi"}),
        ("Quali appuntamenti ha la Renegade?", "it", {}),
        ("Che appuntamenti ha la AP 123 CD?", "it", {"plate": "AP123CD"}),
        ("Che appuntamenti ha domani Bruno?", "it", {"customer": "Bruno"}),  # his, whatever the day said
        ("Bruno ha appuntamenti?", "it", {"customer": "Bruno"}),
        ("What appointments does Bruno have?", "en", {"customer": "Bruno"}),
        ("What appointments does the Renegade have?", "en", {}),
    ],
)
def test_whose_appointments_are_read_as_theirs(text: str, lang: str, slots: dict[str, str]) -> None:
    p = parse(text, language=lang, today=NOW.date())
    assert p.intent == "vehicle_appointments" and p.handled, p
    assert all(p.slots.get(k) == v for k, v in slots.items()), p.slots


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Che appuntamenti ha domani?", "it"),  # nobody named: the day's (asked of the desk)
        ("Che appuntamenti ci sono oggi?", "it"),
        ("Che appuntamenti abbiamo domani?", "it"),
        ("What appointments do we have tomorrow?", "en"),
        ("What appointments does tomorrow have?", "en"),
    ],
)
def test_the_days_agenda_stays_the_days(text: str, lang: str) -> None:
    assert parse(text, language=lang, today=NOW.date()).intent == "day_appointments"


async def test_a_customers_one_car_has_its_appointments_said(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Che appuntamenti ha Bruno?", context, alone=True)
    assert out.handled and "ZA987YE" in out.reply_text and "mercoledì 4 marzo alle 10:00" in out.reply_text, out
    assert "search_appointments" in [c.name for c in out.tool_calls] and "Oggi ci sono" not in out.reply_text, out


async def test_a_customer_with_several_cars_is_asked_which(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Che appuntamenti ha Rossi?", context, alone=True)
    asked = out.clarification or out.reply_text or ""
    assert "AB123CD" in asked and "LN777TT" in asked and "appuntamenti" not in asked, out


async def test_asked_in_english(local_backend: object, context: CallContext) -> None:
    fast = FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]
    out = await fast.handle("What appointments does Bruno have?", context, alone=True)
    assert out.handled and "ZA987YE" in out.reply_text and "Wednesday 4 March at 10:00" in out.reply_text, out
