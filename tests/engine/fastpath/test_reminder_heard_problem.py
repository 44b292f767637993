"""A reminder asked with a booking must never be dropped while the booking is made.

Seen in the app: "promemoria" heard "problema" ("… e mandagli un problema il giorno prima"); and a booking
whose message words were not read ("…, con problemo per SMS il giorno prima") was booked with no message and
nothing said. "problema" after a verb that sends or sets a message, or after "con" with its channel or time,
is the reminder; any other channel named after the command with no message read makes the request asked
again, not half done. A car's problem stays a problem."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath import FastPath
from engine.fastpath.misheard import put_back
from engine.fastpath.parser import parse
from wp_api.contract import CallContext

TODAY = date(2026, 3, 2)


def _parts(text: str) -> list[tuple[str | None, object]]:
    p = parse(text, language="it", today=TODAY)
    assert p.handled, (text, p)
    return [(q.intent, q.slots.get("channel")) for q in p.parts]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "prenota una revisione per la AB123CD giovedì alle 9 e mettigli un problema il giorno prima",
            "whatsapp",
        ),
        ("segnami un cambio olio per la AB123CD venerdì alle 11 con problema via SMS la sera prima", "sms"),
    ],
)
def test_problema_where_a_reminder_is_set_is_the_reminder(text: str, channel: str) -> None:
    assert ("send_reminder", channel) in _parts(text)


def test_a_reminder_alone_heard_problema() -> None:
    p = parse("manda un problema su whatsapp alla AB123CD", language="it", today=TODAY)
    assert p.intent == "send_reminder" and p.slots.get("channel") == "whatsapp", p


@pytest.mark.parametrize(
    "words",
    [
        "la macchina ha un problema ai freni",
        "c'è un problema con la batteria",
        "arriva con un problema al motore",
        "è arrivata con un problema al cambio",
    ],
)
def test_a_cars_problem_stays_a_problem(words: str) -> None:
    tokens = words.replace("'", " ").split()
    assert "promemoria" not in put_back(tokens)


@pytest.mark.parametrize(
    "text",
    [
        "prenota un tagliando per la AB123CD giovedì alle 10 con problemo per SMS il giorno prima",
        "prenota un tagliando per la AB123CD giovedì alle 10, il cliente vuole un SMS",
        "sposta il tagliando della AB123CD a venerdì alle 10, avvisalo su whatsapp",
    ],
)
def test_a_message_named_but_not_read_is_asked_not_dropped(text: str) -> None:
    p = parse(text, language="it", today=TODAY)
    assert not p.handled and not p.parts, p  # asked again or refused: never the write alone


def test_a_channel_said_before_the_command_is_how_the_request_came() -> None:
    p = parse(
        "Rossi ha scritto su WhatsApp: prenota un tagliando per la AB123CD giovedì alle 10",
        language="it",
        today=TODAY,
    )
    assert p.handled and p.intent == "book" and not p.parts, p


async def test_the_person_hears_that_the_message_was_not_understood(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle(
        "prenota un tagliando per la AB123CD giovedì alle 10, il cliente vuole un SMS", context
    )
    assert not out.handled and not out.tool_calls, out
    assert (
        out.clarification == "Non ho capito quale messaggio mandare: ripeti tutta la richiesta, per favore."
    )


def test_mandagli_heard_mandasi_before_the_reminder() -> None:
    text = "prenota un cambio olio per la AB123CD giovedì alle 9 e mandasi un promemoria i giorno prima"
    assert ("send_reminder", "whatsapp") in _parts(text)
