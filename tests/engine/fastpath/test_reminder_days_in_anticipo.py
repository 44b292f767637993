"""How early a reminder goes said "con 2 giorni d'anticipo", "tre giorni in anticipo", "di anticipo" (set 34's
"Ricorda a Roncaglia su WhatsApp la revisione della 806, …, con 2 giorni d'anticipo"): read as "2 giorni prima", never
the day before instead; a number of days it cannot read is asked, never guessed. On the contract workshop (Monday 2
March 2026, 08:00): the Renegade ZA 987 YE has its tagliando Wednesday 4 March at 10:00 (id 103) and
another Saturday 7 March: the day said picks the one."""

from __future__ import annotations

from typing import Any

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_it, wrote_nothing
from wp_api.contract import CallContext


def _reminders(out: Any) -> list[Any]:
    return [c for c in out.tool_calls if c.name == "schedule_reminder"]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Ricorda a Bruno su WhatsApp il tagliando di mercoledì della Renegade, ZA 987 YE, con 2 giorni d'anticipo.", "whatsapp"),
        ("Mandagli un promemoria via mail due giorni in anticipo per il tagliando di mercoledì della ZA 987 YE.", "email"),
        ("Ricordagli il tagliando di mercoledì della Renegade ZA 987 YE su WhatsApp con due giorni di anticipo.", "whatsapp"),
    ],
)
async def test_days_d_anticipo_schedule_the_reminder_that_many_days_before(
    fast: FastPath, context: CallContext, text: str, channel: str
) -> None:
    out = await fast.handle(text, context)
    (scheduled,) = _reminders(out)
    assert scheduled.result.ok and scheduled.arguments["appointment_id"] == 103, out
    assert (scheduled.arguments["send_at"], scheduled.arguments["channel"]) == ("2026-03-02T18:00", channel), out


def test_the_days_early_read_in_the_parse() -> None:
    p = parse_it("Ricorda a Rossi su WhatsApp la revisione della Panda, AB 123 CD, con 3 giorni d'anticipo.")
    assert_parsed(p, "send_reminder", {"plate": "AB123CD", "channel": "whatsapp"})
    assert p.slots["reminder"]["days_before"] == 3 and p.slots["reminder"]["when"] == "days_before"


async def test_days_early_it_cannot_read_are_asked_never_the_day_before(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Ricorda a Bruno su WhatsApp il tagliando di mercoledì della ZA 987 YE con 20 giorni d'anticipo.", context)
    assert wrote_nothing(out) and not _reminders(out), out


def test_days_of_something_else_are_no_days_early() -> None:
    # "2 giorni di ferie" is no reminder's timing: the reminder (if any) is not read as two days before
    p = parse_it("Ricordagli il tagliando della Panda AB 123 CD, poi ha 2 giorni di ferie.")
    assert (p.slots.get("reminder") or {}).get("days_before") != 2
