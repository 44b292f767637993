"""The job done again, said with "rifacciamo" or "rifagli" (set 36: "l'UAZ verde di Tamagnini, EX 353 TZ: gli
rifacciamo le pastiglie dei freni mercoledì 2 dicembre alle 10 e mezza" was refused, no verb known): a booking with
its service right after it, as "gli facciamo"; asked ("quando …?") or told as done ("le abbiamo rifatte") it is none."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate", "service", "date", "time"),
    [
        ("Ciao, senti, la Punto di Rossi, AB 123 CD: gli rifacciamo le pastiglie dei freni mercoledì 2 dicembre alle "
         "10 e mezza.", "AB123CD", "brakes", "2026-12-02", "10:30"),
        ("Gli rifacciamo la convergenza alla Punto, AB 123 CD, venerdì 4 dicembre alle 9.", "AB123CD", "alignment",
         "2026-12-04", "09:00"),
        ("Rifagli il tagliando alla Clio, EW 275 HS, giovedì 3 dicembre alle 10.", "EW275HS", "service", "2026-12-03",
         "10:00"),
        ("La Yaris, FG 321 AB: le rifacciamo le pastiglie martedì 1 dicembre alle 14.", "FG321AB", "brakes",
         "2026-12-01", "14:00"),
    ],
)  # fmt: skip
def test_job_done_again_books(text: str, plate: str, service: str, date: str, time: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": plate, "service": service, "date": date, "time": time})


@pytest.mark.parametrize(
    "text",
    [
        "Quando gli rifacciamo il tagliando alla Punto, AB 123 CD?",
        "Le pastiglie della Punto, AB 123 CD, gliele abbiamo rifatte martedì.",
    ],
)
def test_redone_asked_or_told_as_done_books_nothing(text: str) -> None:
    p = parse_it(text)
    assert p.intent != "book" or not p.handled, (p.intent, p.reason, p.slots)
