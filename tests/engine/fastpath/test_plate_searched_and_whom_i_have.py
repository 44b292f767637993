"""A plate searched for with no article before it, and the day's agenda asked as "chi ho …"."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Mi cerchi DZ 781 NB?", "DZ781NB"),
        ("trovami EK 653 WD, la Vitara rossa", "EK653WD"),
        ("Mi cerchi Domodossola Washington 338 Milano Empoli?", "DW338ME"),
        ("controllami FP 942 WL per favore", "FP942WL"),
    ],
)
def test_plate_right_after_a_search_verb_is_looked_up(text: str, plate: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": plate})


def test_search_verb_before_a_job_is_no_lookup() -> None:
    assert parse_it("Mi cerchi un posto per il tagliando?").intent == "first_free_slot"


def test_search_verb_then_a_booking_stays_a_booking() -> None:
    assert parse_it("mi cerchi DZ 781 NB e le segni un tagliando domani alle 9").intent == "book"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Chi ho in officina venerdì 4 dicembre?", "2026-12-04"),
        ("domani chi ho in agenda?", "2026-11-26"),
        ("chi ho martedì?", "2026-12-01"),
    ],
)
def test_whom_i_have_on_a_day_is_its_agenda(text: str, day: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": day})


def test_whom_i_have_is_no_write() -> None:
    assert parse_it("chi ho chiamato ieri per la Panda?").intent not in ("book", "move", "cancel")
