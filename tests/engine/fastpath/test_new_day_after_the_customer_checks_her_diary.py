"""A move whose new day waits on the customer: still to look at her diary ("… quella di giovedì 14 gennaio, è da
spostare, ma la Tamburrini deve ancora guardare l'agenda", set 39; whisper's "la agenda") or to ring back with her
own day ("she'll ring back with her day", set 39): the day it has read, the new one asked, never refused as a
condition put on the request. A day said with it is not taken as the new one (the customer has not chosen yet: asked)."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "La batteria della Panda, AB 123 CD, quella di venerdì 27 novembre, è da spostare, ma la Rossi deve ancora "
        "guardare l'agenda.",
        "Il tagliando della AB 123 CD di venerdì 27 novembre rimandalo, ma la signora Rossi deve prima guardare "
        "l'agenda.",
        "La batteria della Panda, AB 123 CD, di venerdì 27 novembre va spostata, la cliente deve controllare l'agenda "
        "e ci richiama.",
        "La batteria della Panda di Rossi, AB 123 CD, quella di venerdì 27 novembre, ed a spostare, ma la Rossi deve "
        "ancora guardare la agenda.",
    ],
)
def test_italian_the_new_day_is_asked(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "move" and p.reason == "missing:date", (p.reason, p.slots)
    assert p.slots.get("old_date") == "2026-11-27" and p.slots.get("plate") == "AB123CD", p.slots


@pytest.mark.parametrize(
    "text",
    [
        "The Panda, AB 123 CD, needs moving off Friday the 27th of November, she'll ring back with her day.",
        "The Panda, AB 123 CD, needs moving off Friday the 27th of November, he'll call back with his day.",
        "The Panda, AB 123 CD, needs moving off Friday the 27th of November, they'll ring back with their date.",
    ],
)
def test_english_the_new_day_is_asked(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "move" and p.reason == "missing:date", (p.reason, p.slots)
    assert p.slots.get("old_date") == "2026-11-27", p.slots


def test_a_day_said_with_the_diary_still_to_check_is_not_written() -> None:
    p = parse_it(
        "La batteria della AB 123 CD di giovedì 26 novembre spostala a venerdì 27 novembre alle 9, ma la Rossi deve "
        "ancora guardare l'agenda."
    )
    assert not p.handled and "date" not in p.slots, (p.reason, p.slots)


def test_a_plate_still_to_read_is_no_diary() -> None:
    # "deve ancora guardare la targa": the diary is not named, nothing read as a day to come
    p = parse_it("Il tagliando di venerdì 27 novembre della Panda è da spostare, ma devo ancora guardare la targa.")
    assert p.reason != "missing:date", (p.reason, p.slots)
