"""A verbless booking at the first place that frees up: "…: tagliando, appena si libera un posto" (set 30) and
"…: tagliando, appena possibile" were not read (only "appena hai posto", an availability question, was)."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_the_job_when_a_place_frees_up_is_a_first_free_booking() -> None:
    p = parse_it("La Punto grigia, AB 123 CD: cambio olio, appena si libera qualche buco.")
    assert p.intent == "book" and p.slots.get("first_free") is True, (p.intent, p.reason, p.slots)


def test_the_job_as_soon_as_possible_is_a_first_free_booking() -> None:
    p = parse_it("La Panda, AB 123 CD: revisione, appena possibile.")
    assert p.intent == "book" and p.slots.get("first_free") is True, (p.intent, p.reason, p.slots)


def test_as_soon_as_possible_with_no_job_is_not_booked() -> None:
    p = parse_it("La Panda, AB 123 CD, appena possibile.")
    assert p.intent != "book", (p.intent, p.reason)
