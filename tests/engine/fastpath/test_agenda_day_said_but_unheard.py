"""A day said but not heard in the day's agenda is asked for, never read as today ("Venerdì 18 dicembre quanti ne
entrano in officina?" heard "Venne il D18 di Gembre quantine entrano in Oficina", set 39, was answered with today's
list): a day of the month run into a letter ("D18") or a word a sound from a month ("Gembre", "novembra") with no
date read asks "which day?". With no sign of a day ("chi c'è in officina?") the agenda is today's as before, and a
day read is read."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Venne il D18 di Gembre quantine entrano in Oficina, Echisono.", "it"),
        ("Chi entra in officina il D9?", "it"),
        ("Quanti ne entrano a gembre in officina?", "it"),
        ("What's on for the D18?", "en"),
    ],
)
def test_a_day_said_but_unheard_is_asked(text: str, lang: str) -> None:
    p = parse_it(text) if lang == "it" else parse_en(text)
    assert p.intent == "day_appointments" and p.reason == "ambiguous:which_day", (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Chi entra oggi in officina?", "2026-11-25"),
        ("Quanti ne entrano venerdì 18 dicembre?", "2026-12-18"),
        ("Chi entra il 18?", None),  # read by the dates as before, whatever they make of it
        ("Chi c'è in officina?", None),  # no day said: today's
    ],
)
def test_no_day_unheard_reads_as_before(text: str, date: str | None) -> None:
    p = parse_it(text)
    assert_parsed(p, "day_appointments", {"date": date} if date else {})


async def test_the_day_is_asked_and_no_agenda_read(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Venne il D18 di Gembre quantine entrano in Oficina, Echisono.", context, alone=True)
    assert not out.handled and out.clarification and "giorno" in out.clarification, out
    assert "search_appointments" not in [c.name for c in out.tool_calls], out
