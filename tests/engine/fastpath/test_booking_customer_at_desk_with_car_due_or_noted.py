"""Set 40's bookings said at the counter with no booking verb the fast path knew:
- the customer at the desk with the car ("Buongiorno, ho qui al banco la signora Vezzosi con la Komendant nera, ET 207
  XE: …"; the Panda here, the tables knowing it): a booking of the car, said back whole for a yes as "ho la Arkana …" is;
- the job said due ("Per la Ginetta …, FP 876 NA, tocca fare la revisione: sabato 5 dicembre, alle 9"), told; asked
  ("quando tocca fare la revisione?") it books nothing;
- "segnala" the job with its day after ("…, segnala le pastiglie martedì 15 dicembre alle 2 del pomeriggio"): write
  it down; "segnala il guasto", "segnala le pastiglie consumate alla cliente" (no day) report, no booking."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("Buongiorno, ho qui al banco la signora Vezzosi con la Panda nera, ET 207 XE: pastiglie dei freni lunedì "
         "30 alle 10.", {"plate": "ET207XE", "service": "brakes", "date": "2026-11-30", "time": "10:00"}),
        ("Ho qui in officina il signor Conti con la Punto, AB 123 CD: un tagliando venerdì 4 dicembre alle 9.",
         {"plate": "AB123CD", "service": "service", "date": "2026-12-04", "time": "09:00"}),
        ("C'è qui la signora Rossi con la Clio bianca, EW 275 HS: cambio olio lunedì 30 alle 11.",
         {"plate": "EW275HS", "service": "oil_change", "date": "2026-11-30", "time": "11:00"}),
        ("Ho qui al banco il signor Conti col Doblò, AB 123 CD: revisione giovedì 3 dicembre alle 3.",
         {"plate": "AB123CD", "service": "inspection", "date": "2026-12-03", "time": "15:00"}),
    ],
)  # fmt: skip
def test_the_customer_at_the_desk_with_the_car_books_said_back(text: str, slots: dict[str, object]) -> None:
    p = parse_it(text)
    assert_parsed(p, "book", slots)
    assert p.careful == "verbless", p.careful


@pytest.mark.parametrize(
    "text",
    [
        # asked of the one booked, or the customer with no car after "con"
        "Ho qui al banco la signora Vezzosi con la Panda nera, ET 207 XE: il tagliando era lunedì 30 alle 10?",
        "Ho qui la signora Vezzosi che chiede della Panda, ET 207 XE: pastiglie lunedì 30 alle 10.",
        "Ho qui la signora Vezzosi con il marito: pastiglie lunedì 30 alle 10.",
    ],
)
def test_the_customer_at_the_desk_without_the_car_right_after_books_nothing(text: str) -> None:
    p = parse_it(text)
    assert not (p.handled and p.intent == "book"), (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("Per la Ginetta arancione di Finocchiaro, FP 876 NA, tocca fare la revisione: sabato 5 dicembre, alle 9.",
         {"plate": "FP876NA", "service": "inspection", "date": "2026-12-05", "time": "09:00"}),
        ("Alla Punto di Conti, AB 123 CD, gli tocca fare il tagliando: lunedì 7 dicembre alle 10.",
         {"plate": "AB123CD", "service": "service", "date": "2026-12-07", "time": "10:00"}),
        ("La Clio della Rossi, EW 275 HS, le tocca fare il cambio gomme, venerdì 4 dicembre alle 3.",
         {"plate": "EW275HS", "service": "tyres", "date": "2026-12-04", "time": "15:00"}),
    ],
)  # fmt: skip
def test_the_job_said_due_books(text: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_it(text), "book", slots)


@pytest.mark.parametrize(
    "text",
    [
        "Quando tocca fare la revisione alla Ginetta, FP 876 NA?",
        "La Punto, AB 123 CD, quando le tocca fare il tagliando",
    ],
)
def test_the_job_due_asked_books_nothing(text: str) -> None:
    p = parse_it(text)
    assert not (p.handled and p.intent == "book"), (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("L'Aztek gialla della Pedrazzoli, DL 6 4 7 VV, fischia quando frena... ehm, segnala le pastiglie martedì 15 "
         "dicembre alle 2 del pomeriggio.", {"plate": "DL647VV", "service": "brakes", "date": "2026-12-15",
                                             "time": "14:00"}),
        ("La Punto di Conti, AB 123 CD, segnala un tagliando venerdì 4 dicembre alle 9.",
         {"plate": "AB123CD", "service": "service", "date": "2026-12-04", "time": "09:00"}),
        ("Segnala la revisione per la Clio della Rossi, EW 275 HS, lunedì 30 alle 11.",
         {"plate": "EW275HS", "service": "inspection", "date": "2026-11-30", "time": "11:00"}),
    ],
)  # fmt: skip
def test_segnala_the_job_with_its_day_books(text: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_it(text), "book", slots)


@pytest.mark.parametrize(
    "text",
    [
        "L'Aztek della Pedrazzoli, DL 6 4 7 VV, segnala le pastiglie consumate alla cliente.",
        "Segnala il guasto della Aztek, DL 6 4 7 VV.",
        "Segnala le pastiglie della Punto, AB 123 CD, lunedì 30 alle 10?",
    ],
)
def test_segnala_reporting_books_nothing(text: str) -> None:
    p = parse_it(text)
    assert not (p.handled and p.intent == "book"), (p.intent, p.reason, p.slots)
