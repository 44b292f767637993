"""The hour asked to be given for a job ("Per cambiare delle pastiglie, sabato 12 dicembre in mattinata a che ora mi
puoi dare?", set 38): the first free slot that day, a read. With the car said right after it ("a che ora mi puoi dare
la macchina?", "… indietro la Grenadier?") it asks when the car is ready: no room asked."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "service", "date"),
    [
        ("Per cambiare delle pastiglie, sabato 12 dicembre in mattinata a che ora mi puoi dare?", "brakes",
         "2026-12-12"),
        ("Per il cambio pastiglie, sabato 12 dicembre in mattinata che orario mi dai?", "brakes", "2026-12-12"),
        ("Domani per una ricarica del clima che orario mi puoi dare?", "aircon", "2026-11-26"),
        ("Un tagliando venerdì 27 nel pomeriggio, a che ora mi potresti dare?", "service", "2026-11-27"),
    ],
)  # fmt: skip
def test_the_hour_asked_for_a_job_is_the_first_free_slot(text: str, service: str, date: str) -> None:
    assert_parsed(parse_it(text), "first_free_slot", {"service": service, "date": date})


@pytest.mark.parametrize(
    "text",
    [
        "Il tagliando della GE 447 TH, a che ora mi puoi dare la macchina?",
        "A che ora mi puoi dare indietro la Grenadier?",
    ],
)
def test_the_car_given_back_is_no_room_asked(text: str) -> None:
    assert parse_it(text).intent != "first_free_slot"
