"""The customer's wish to bring the car to us, said with its pronoun glued on (set 34: "Ha telefonato il figlio di
Vanzetti, vuole portarci la Saab per il tagliando: GN 488 FY, martedì primo dicembre alle 9 e mezza"), was
refused: a booking, as "vuole portare" is, only with its job said."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "service", "day", "time"),
    [
        ("Ha telefonato il figlio di Vanzetti, vuole portarci la Punto per il tagliando: AB 123 CD, martedì primo "
         "dicembre alle 9 e mezza.", "service", "2026-12-01", "09:30"),
        ("Ha chiamato Rossi, vorrebbe portarcela venerdì alle 10 per le pastiglie, la Punto AB 123 CD.", "brakes",
         "2026-11-27", "10:00"),
        ("Rossi deve portarci la Punto, AB 123 CD, per la revisione lunedì alle 11.", "inspection", "2026-11-30",
         "11:00"),
    ],
)
def test_brought_to_us_for_a_job_books(text: str, service: str, day: str, time: str) -> None:
    assert_parsed(parse_it(text), "book", {"plate": "AB123CD", "service": service, "date": day, "time": time})


@pytest.mark.parametrize(
    "text",
    [
        "Rossi vuole portarci i documenti della Punto, AB 123 CD, martedì.",  # no job said
        "Rossi vuole portarci la Punto, AB 123 CD, martedì alle 10.",  # no job said
    ],
)
def test_brought_without_a_job_is_no_booking(text: str) -> None:
    p = parse_it(text)
    assert p.intent != "book", (p.intent, p.reason, p.slots)
