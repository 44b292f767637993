"""A weekday whisper base ran into the agenda's verb before it, the request ending on it ("Cosa abbiamoluneti",
heard speaking to the app "Cosa abbiamo lunedì?"): the day is put back and the agenda read. Only at the very end,
after a known word of four letters or more; a weekday glued to a short word, or followed by other words that are
no day's date or time, is left as heard."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import heard_tokens, parse

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("heard", "day"),
    [
        ("Cosa abbiamoluneti", "2026-11-30"),
        ("Che cosa abbiamovenerti?", "2026-11-27"),
        ("e chi abbiamomarte di", "2026-12-01"),
    ],
)
def test_the_day_the_agenda_question_ends_on_is_put_back(heard: str, day: str) -> None:
    p = parse(heard, language="it", today=TODAY)
    assert p.intent == "day_appointments" and p.handled and p.slots.get("date") == day, (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    "heard",
    [
        "cosa abbiamoluneti della Panda grigia",  # words after it that are no date or time
        "Cosa laluneti",  # glued to a short word
    ],
)
def test_a_glued_weekday_elsewhere_is_left_as_heard(heard: str) -> None:
    assert not any(t in ("lunedi", "martedi") for t in heard_tokens(heard)), heard_tokens(heard)
