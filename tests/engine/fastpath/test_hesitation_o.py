""" "Mi segni un cambio olio o martedì 1 alle 10": an "o" between the job and its day is the person's "eh", no
choice between two things; the request is read and said back whole for a yes (`careful == "words"`). Two days or
two jobs with "o" between are still a choice, asked. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


def test_o_between_the_job_and_its_day_is_a_hesitation_said_back() -> None:
    p = parse_it("La Panda bianca, AB 123 CD, mi segni un tagliando o venerdì 27 alle 10.")
    assert p.intent == "book" and p.careful == "words", (p.intent, p.reason, p.careful)
    assert (p.slots.get("date"), p.slots.get("time")) == ("2026-11-27", "10:00"), p.slots


@pytest.mark.parametrize(
    "text",
    [
        "La Panda, AB 123 CD, mi segni un tagliando venerdì o lunedì alle 10.",  # two days
        "La Panda, AB 123 CD, lunedì mi segni un tagliando o venerdì alle 10.",  # a day before: a choice
        "La Panda, AB 123 CD, mi segni un tagliando o la revisione venerdì alle 10.",  # two jobs
    ],
)
def test_a_choice_is_still_asked(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "book" and p.handled and p.careful is None), (p.intent, p.reason)
    assert p.reason == "out_of_scope:two_options", (p.intent, p.reason)
