"""Room asked as a British counter says it, "going" for free ("Anything going Saturday morning, the 5th, for a tyre
swap?", set 39; "any slots going on Monday for an MOT?", "have you got anything going Friday afternoon …?"): the
first free slot. The part of the day said between the weekday and its date ("Saturday morning, the 5th", "sabato
mattina, il 5") keeps them one day when they agree; when they do not ("Friday morning the 5th", the 5th a Saturday)
they stay two, asked. "Anything going wrong with the Fiesta?" asks no room."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it, wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("Anything going Saturday morning, the 5th, for a tyre swap?",
         {"service": "tyres", "date": "2026-12-05", "part_of_day": "morning"}),
        ("Any slots going on Monday for an MOT?", {"service": "inspection", "date": "2026-11-30"}),
        ("Have you got anything going Friday afternoon for brake pads?",
         {"service": "brakes", "date": "2026-11-27", "part_of_day": "afternoon"}),
        ("Anything free Saturday afternoon the 5th for an MOT?",
         {"service": "inspection", "date": "2026-12-05", "part_of_day": "afternoon"}),
    ],
)  # fmt: skip
def test_anything_going_is_the_first_free_slot(text: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_en(text), "first_free_slot", slots)


def test_the_part_between_weekday_and_date_in_italian() -> None:
    p = parse_it("Hai posto sabato mattina, il 5, per le gomme?")
    assert_parsed(p, "first_free_slot", {"service": "tyres", "date": "2026-12-05", "part_of_day": "morning"})


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Anything free Friday morning the 5th for an MOT?", "en"),  # the 5th a Saturday
        ("Hai posto venerdì mattina, il 5, per le gomme?", "it"),
    ],
)
def test_a_weekday_and_date_that_disagree_across_the_part_are_asked(text: str, lang: str) -> None:
    p = parse_en(text) if lang == "en" else parse_it(text)
    assert not p.handled and p.reason == "ambiguous:two_dates", (p.reason, p.slots)


@pytest.mark.parametrize("text", ["Anything going wrong with the Fiesta, EZ 733 VR?", "Is anything going on with the Fiesta?"])
def test_the_cars_trouble_asks_no_room(text: str) -> None:
    assert parse_en(text).intent != "first_free_slot", text


async def test_anything_going_reads_the_diary(local_backend: object, context: CallContext) -> None:
    from tests.engine.fastpath.conftest import NOW

    fast = FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]
    out = await fast.handle("Anything going Thursday morning, the 5th, for a tyre swap?", context, alone=True)
    asked = [c.arguments for c in out.tool_calls if c.name == "check_availability"]
    assert out.handled and wrote_nothing(out) and asked, out
    assert asked[0]["date_from"] == "2026-03-05" and asked[0]["part_of_day"] == "morning", asked
