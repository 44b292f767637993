"""The reminder called by another name at the counter (set 34): "mettimi un avviso via mail … il giorno prima della
ricarica del clima", "text Mr Ardizzone a heads-up the day before his Pixo's service". "Un avviso" is a reminder only
set or sent (its verb right before it); "a heads-up" only with how early it goes said right after it ("a heads-up
that the car is ready" is a message the fast path does not send). On the contract workshop (Monday 2 March 2026,
08:00): the Renegade ZA 987 YE of Davide Bruno has its tagliando Wednesday 4 March at 10:00 (id 103) and
another Saturday 7 March: the day said picks the one."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.conftest import NOW
from tests.engine.fastpath.italian import parse_en, parse_it, wrote_nothing
from wp_api.contract import CallContext


@pytest.fixture
def fast_en(local_backend: object) -> FastPath:
    return FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]


def _reminders(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name == "schedule_reminder"]


@pytest.mark.parametrize(
    ("text", "send_at", "channel"),
    [
        ("Mettimi un avviso via mail per Bruno, la Renegade ZA 987 YE, il giorno prima del tagliando di mercoledì.",
         "2026-03-03T18:00", "email"),
        ("Mandagli un avviso su WhatsApp due giorni prima del tagliando di mercoledì della ZA 987 YE.", "2026-03-02T18:00",
         "whatsapp"),
        ("Per il tagliando di mercoledì della ZA 987 YE imposta un avviso via mail la sera prima alle 8.", "2026-03-03T20:00", "email"),
    ],
)
async def test_un_avviso_set_is_the_reminder(
    fast: FastPath, context: CallContext, text: str, send_at: str, channel: str
) -> None:
    out = await fast.handle(text, context)
    (scheduled,) = _reminders(out)
    assert scheduled.result.ok and scheduled.arguments["appointment_id"] == 103, out
    assert (scheduled.arguments["send_at"], scheduled.arguments["channel"]) == (send_at, channel), out


@pytest.mark.parametrize(
    "text",
    [
        "La Renegade ZA 987 YE ha un avviso acceso sul cruscotto.",
        "È arrivato un avviso di richiamo per la ZA 987 YE.",
    ],
)
def test_an_avviso_told_of_is_no_reminder(text: str) -> None:
    assert parse_it(text).intent != "send_reminder"


@pytest.mark.parametrize(
    ("text", "send_at"),
    [
        ("Email Mr Bruno a heads-up the day before his Renegade's service on Wednesday, ZA 987 YE.", "2026-03-03T18:00"),
        ("Send Mr Bruno a heads up by email two days before his service on Wednesday, ZA 987 YE.", "2026-03-02T18:00"),
        ("Email Mr Bruno a heads-up the evening before Wednesday's service on his Renegade, ZA 987 YE.", "2026-03-03T18:00"),
    ],
)
async def test_a_heads_up_with_how_early_is_the_reminder(
    fast_en: FastPath, context: CallContext, text: str, send_at: str
) -> None:
    out = await fast_en.handle(text, context)
    (scheduled,) = _reminders(out)
    assert scheduled.result.ok and scheduled.arguments["appointment_id"] == 103, out
    assert (scheduled.arguments["send_at"], scheduled.arguments["channel"]) == (send_at, "email"), out


def test_the_heads_up_read_in_the_parse() -> None:
    p = parse_en("Text Mr Ardizzone a heads-up the day before his service, AB 123 CD.")
    assert p.intent == "send_reminder" and p.slots["channel"] == "sms", (p.reason, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Email Mr Bruno a heads-up that his Renegade is ready, ZA 987 YE.",
        "Give Mr Bruno a heads up about the service on ZA 987 YE.",
    ],
)
async def test_a_heads_up_with_no_timing_sends_nothing(fast_en: FastPath, context: CallContext, text: str) -> None:
    out = await fast_en.handle(text, context)
    assert wrote_nothing(out) and not _reminders(out), out


async def test_an_avviso_with_two_appointments_to_come_asks_which(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Mettimi un avviso via mail per la Renegade ZA 987 YE il giorno prima del tagliando.", context)
    assert wrote_nothing(out) and not _reminders(out) and out.clarification, out
