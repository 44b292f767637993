"""The hour a car can come in asked with the car as the one that can ("a che ora può entrare la Tipo di Vitale
lunedì?", refused for the model in the app): the first free slot that day, its job asked when not said. "a che ora
entra la Panda?" (the hour it is booked for) is not one."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_the_car_able_to_come_in_asks_the_first_free_slot() -> None:
    p = parse_it("a che ora riesce a entrare la Clio di Giordano domani per il tagliando?")
    assert p.intent == "first_free_slot" and p.handled, p
    assert p.slots["service"]["key"] == "service"


def test_without_its_job_the_job_is_asked() -> None:
    p = parse_it("a che ora può entrare la Clio di Giordano domani?")
    assert p.intent == "first_free_slot" and p.reason == "missing:service", p


def test_the_hour_it_comes_in_is_no_free_slot() -> None:
    p = parse_it("a che ora entra la Clio di Giordano domani?")
    assert p.intent != "first_free_slot"
