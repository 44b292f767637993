"""An English booking dictated with its day and time first, then the job, the car and its plate ("The day after
tomorrow at half 5, air con recharge for the Zeekr, EB 674 SV", set 38), read as the Italian "Dopodomani alle 11,
cambio gomme sulla Alpine, …" is: its day said last. The air con's recharge named after the system ("air con
recharge", "aircon regas") is the air-con job. A question ("…?") or a day told of the one booked ("…, is it still
on") stays what it was."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "service", "date", "time"),
    [
        ("The day after tomorrow at half 5, air con recharge for the Zeekr, EB 674 SV.",
         "aircon", "2026-11-27", "17:30"),
        ("Tomorrow at 10, a tyre change for the Panda, AB 123 CD.", "tyres", "2026-11-26", "10:00"),
        ("Thursday the 10th of December at 9, brake pads for the Omoda, DN 300 ZF.", "brakes", "2026-12-10", "09:00"),
        ("Friday the 27th at half 2, an MOT on the grey Golf, EF 456 GH.", "inspection", "2026-11-27", "14:30"),
    ],
)  # fmt: skip
def test_day_and_time_first_then_the_job(text: str, service: str, date: str, time: str) -> None:
    assert_parsed(parse_en(text), "book", {"service": service, "date": date, "time": time})


@pytest.mark.parametrize(
    "text",
    [
        "Aircon recharge for the Zeekr, EB 674 SV, Tuesday the 1st at 10.",
        "Book an air con top up for the Zeekr, EB 674 SV, tomorrow at 10.",
        "Air conditioning recharge on the Panda, AB 123 CD, Friday at 11.",
    ],
)
def test_the_air_con_recharge_named_after_the_system(text: str) -> None:
    assert_parsed(parse_en(text), "book", {"service": "aircon"})


@pytest.mark.parametrize(
    "text",
    [
        "Tomorrow at 10, tyre change for the Zeekr, EB 674 SV?",  # asked: whether, not booked
        "Tomorrow at 10 the tyre change for the Zeekr, EB 674 SV, is it still on?",  # the one booked
    ],
)
def test_day_first_but_asked_stays_no_booking(text: str) -> None:
    p = parse_en(text)
    assert not (p.handled and p.intent == "book"), (p.intent, p.slots)
