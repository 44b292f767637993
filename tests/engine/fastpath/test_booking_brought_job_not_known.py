"""The customer's bringing the car in at a day and hour, its job said not to be known (set 52: "Visentin porta
l'Honker, FA 9 4 1 SG, martedì 12 gennaio alle 10. Cosa c'è da fare non me l'ha spiegato" was refused): a booking
whose job is asked back, nothing written. Without the job said unknown, with no hour, or asked, it books nothing."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "plate", "day", "time"),
    [
        ("Il signor Conti porta la Clio, EW 275 HS, giovedì 3 dicembre alle 10. Cosa deve fare non me l'ha detto.",
         "EW275HS", "2026-12-03", "10:00"),
        ("Conti porta la Clio, EW 275 HS, giovedì 3 dicembre alle 10. Cosa c'è da fare non me l'ha spiegato.",
         "EW275HS", "2026-12-03", "10:00"),
        ("La Ferri ci porta la Yaris, FG 321 AB, lunedì 30 novembre alle 9; che lavoro non lo so.", "FG321AB",
         "2026-11-30", "09:00"),
        ("La signora Ferri porta la Yaris, FG 321 AB, lunedì alle 9, ma non mi ha detto per cosa.", "FG321AB",
         "2026-11-30", "09:00"),
    ],
)  # fmt: skip
def test_the_job_is_asked(text: str, plate: str, day: str, time: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and not p.handled and p.reason == "missing:service", (p.intent, p.reason, p.slots)
    assert p.slots["plate"] == plate and p.slots["date"] == day and p.slots["time"] == time, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Il signor Conti porta la Clio, EW 275 HS, giovedì 3 dicembre alle 10.",  # nothing said of the job
        "Il signor Conti porta la Clio, EW 275 HS, giovedì 3 dicembre, ma non so per cosa.",  # no hour
        "Quando porta la Clio, EW 275 HS, giovedì alle 10? Non mi ha detto per cosa.",  # asked
        "Il signor Conti porta la Clio, EW 275 HS, giovedì alle 10, ma non so se viene.",  # whether he comes
    ],
)
def test_no_booking_read_from_less(text: str) -> None:
    p = parse_it(text)
    assert p.intent != "book", (p.intent, p.reason, p.slots)
