"""The agenda's "chi" heard "gli" opening the question, a coming verb and its day right after ("Chi viene domani?
Dimmi macchine e orari, uno per uno." heard "Gli viene domani, di Mimaki …", set 39; "gli entrano sabato in
officina?"): read as the day's agenda (a read). "Gli viene bene domani?" and a job said with it ("gli arriva domani
la batteria nuova") stay as heard."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_it, wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Gli viene domani, di Mimaki ne e ora riusciti per uno.", "2026-11-26"),
        ("Gli entrano sabato in officina?", "2026-11-28"),
        ("Allora, gli arriva oggi pomeriggio?", "2026-11-25"),
    ],
)
def test_gli_opening_a_day_coming_is_the_agenda(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": date})


@pytest.mark.parametrize("text", ["Gli viene bene domani alle 9?", "Gli arriva domani la batteria nuova"])
def test_gli_of_its_own_stays(text: str) -> None:
    assert parse_it(text).intent != "day_appointments", text


async def test_tomorrows_list_is_read(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Gli viene domani, di Mimaki ne e ora riusciti per uno.", context, alone=True)
    searched = [c.arguments for c in out.tool_calls if c.name == "search_appointments"]
    assert out.handled and wrote_nothing(out) and searched and searched[0]["date_from"] == "2026-03-03", out
