"""An English car named by its model's digits with the possessive "'s" ("Push the 806's inspection, EB 5 6 2 MZ,
back a week to Thursday the 17th, same time", set 34): the model, no stray number of the time (the time was asked).
Without "the" before or the "'s" after, the digits are read as they were."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def _parse(text: str) -> tuple[str | None, str | None, dict[str, object]]:
    p = parse(text, language="en", today=today())
    return p.intent, p.reason, p.slots


def test_the_models_job_is_moved_without_a_stray_number() -> None:
    for text in (
        "Push the 806's inspection, EB 5 6 2 MZ, back a week to Thursday the 17th, same time.",
        "Move the 308's MOT, EB 562 MZ, to Friday the 4th at 10.",
        "Bring the 208's service forward to tomorrow at 9, AB 123 CD.",
    ):
        intent, reason, slots = _parse(text)
        assert intent == "move" and reason is None, (text, reason)
        assert slots.get("date"), text


def test_the_models_job_cancelled() -> None:
    intent, reason, _slots = _parse("Scrap the 500's tyre change on Friday, AB 123 CD.")
    assert intent == "cancel" and reason is None, reason


def test_digits_without_the_possessive_are_still_a_stray_number() -> None:
    # no "'s": "the 806 inspection" may be anything said, the time is asked as before
    _intent, reason, _slots = _parse("Move the 806 inspection, EB 5 6 2 MZ, to Thursday the 17th.")
    assert reason == "ambiguous:stray_number"
    # an hour said bare after a day is no model
    _intent, reason, _slots = _parse("Move the MOT, EB 5 6 2 MZ, to Thursday 930.")
    assert reason is not None
