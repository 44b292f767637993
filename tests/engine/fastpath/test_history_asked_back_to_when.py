"""When a job goes back to, asked of a vehicle ("La Tatra di Zucchelli, GR 8 8 2 HB: la revisione risale a quando?",
set 35), and "quando gliel'abbiamo fatto" with its "gliel'" heard "si l'" ("il tagliando quando si l'abbiamo
fatto"): the vehicle's history of that job (a read). With no vehicle named or in focus it is no history."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate", "service"),
    [
        ("La Tatra di Zucchelli, GR 8 8 2 HB: la revisione risale a quando?", "GR882HB", "inspection"),
        ("A quando risale l'ultimo tagliando della Volvo, GN 192 LA?", "GN192LA", "service"),
        ("Per la Moskvich GZ 403 TG, il cambio gomme a quando risale?", "GZ403TG", "tyres"),
        ("La Volvo 240, GN 192 LA, il tagliando quando si l'abbiamo fatto?", "GN192LA", "service"),
        ("Le pastiglie della Tatra GR 882 HB quando si le abbiamo cambiate?", "GR882HB", "brakes"),
    ],
)  # fmt: skip
def test_the_job_asked_back_to_when_is_its_history(text: str, plate: str, service: str) -> None:
    assert_parsed(parse_it(text), "vehicle_history", {"plate": plate, "service": service})


def test_with_no_vehicle_it_is_no_history() -> None:
    p = parse_it("a quando risale?")
    assert p.intent is None, (p.intent, p.reason)


def test_a_booking_said_with_a_day_is_no_history() -> None:
    p = parse_it("La revisione della Tatra GR 882 HB mettila giovedì 3 dicembre alle 9")
    assert p.intent == "book", (p.intent, p.reason)
