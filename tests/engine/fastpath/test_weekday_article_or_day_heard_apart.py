"""A weekday followed by the article "un"/"una" was dated its 1st, another month's Friday ("Venerdì, un di cim
mattinata, ci sta una revisione?" for "venerdì undici", set 37, read 1 January; "venerdì un cambio gomme alle 10"
booked 1 January): the article never dates a weekday, and a day-number word heard in two or three short pieces
after its weekday ("un di cim", "do dici") is put back whole, for the dates to check against the weekday."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, booked, parse_it
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Venerdì, un di cim mattinata, ci sta una revisione.", "2026-12-11"),
        ("Venerdì undici in mattinata ci sta una revisione?", "2026-12-11"),
        ("Sabato do dici c'è posto per un tagliando?", "2026-12-12"),
    ],
)
def test_a_day_number_heard_apart_is_put_back(text: str, day: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {"date": day})


@pytest.mark.parametrize(
    "text",
    ["Venerdì un cambio gomme alle 10, prenotalo per la Zotye FN 727 VW.",
     "Venerdì una revisione alle 10 per la AB 123 CD, segnala."],
)
def test_the_article_is_no_first_of_the_month(text: str) -> None:
    p = parse_it(text)
    assert p.slots.get("date") != "2027-01-01", p.slots
    assert p.slots.get("date") in (None, "2026-11-27"), p.slots


def test_a_day_said_in_one_word_or_with_its_month_stays() -> None:
    assert parse_it("Martedì uno, c'è posto per una revisione?").slots.get("date") == "2026-12-01"
    p = parse_it("Venerdì tre dicembre c'è posto per un tagliando?")
    assert p.reason == "ambiguous:weekday_vs_date", p.reason  # the 3rd is a Thursday: asked, never guessed


async def test_the_article_books_the_coming_weekday(fast: FastPath, context: CallContext) -> None:
    # the contract workshop's today is Monday 2 March 2026: its coming Friday is the 6th, its next Friday 1st in May
    out = await fast.handle("Venerdì un tagliando alle 10 per la Golf EF 456 GH, prenotalo.", context)
    made = booked(out)
    assert made and made[0].arguments["start"] == "2026-03-06T10:00", out.tool_calls
