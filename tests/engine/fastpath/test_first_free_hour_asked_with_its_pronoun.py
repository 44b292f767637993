"""The hour a job can go in on a day, asked with the job's pronoun before the verb ("Un cambio gomme per giovedì 17
dicembre, prima di mezzogiorno: a che ora lo posso fare?", set 35): the first free slot that day (a read). A verb
that is no job's ("a che ora la posso chiamare?", "… ritirare") is none."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "service", "date"),
    [
        ("Un cambio gomme per giovedì 17 dicembre, prima di mezzogiorno: a che ora lo posso fare?", "tyres",
         "2026-12-17"),
        ("Una revisione venerdì 4 dicembre: a che ora la possiamo mettere?", "inspection", "2026-12-04"),
        ("Le pastiglie lunedì 30 di pomeriggio, a che ora le potrei fare?", "brakes", "2026-11-30"),
        ("Un tagliando per martedì primo dicembre, a che ora lo riesco a infilare?", "service", "2026-12-01"),
    ],
)  # fmt: skip
def test_the_hour_asked_is_the_first_free_slot_that_day(text: str, service: str, date: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {"service": service, "date": date})


def test_the_morning_said_before_noon_is_kept() -> None:
    p = parse_it("Un cambio gomme per giovedì 17 dicembre, prima di mezzogiorno: a che ora lo posso fare?")
    assert p.slots.get("part_of_day") == "morning", p.slots


@pytest.mark.parametrize(
    "text",
    [
        "La signora Rossi domani, a che ora la posso chiamare?",
        "La Panda di Rossi a che ora la possiamo ritirare domani?",
    ],
)
def test_no_job_verb_is_no_free_slot(text: str) -> None:
    p = parse_it(text)
    assert p.intent != "first_free_slot", (p.intent, p.reason)
