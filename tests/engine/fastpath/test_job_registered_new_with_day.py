"""A new job written down with its day and hour ("Registra una ricarica del clima per il Lorimas beige, FB 826 BM,
giovedì 17 dicembre alle 8 e mezza.", set 46): a booking. A job told done ("registra il tagliando fatto ieri",
"registra una revisione fatta giovedì alle 9") is a record, and a job with no day or hour is no booking said whole."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "date", "time"),
    [
        ("Registra una ricarica del clima per il Lorimas beige, FB 826 BM, giovedì 17 dicembre alle 8 e mezza.",
         "2026-12-17", "08:30"),
        ("Registrami un tagliando per la FB 826 BM venerdì 18 dicembre alle 10.", "2026-12-18", "10:00"),
        ("Registra una diagnosi sulla FB 826 BM lunedì 14 dicembre alle 15.", "2026-12-14", "15:00"),
    ],
)
def test_a_new_job_registered_for_its_day_is_a_booking(text: str, date: str, time: str) -> None:
    assert_parsed(parse_it(text), "book", {"date": date, "time": time, "plate": "FB826BM"})


@pytest.mark.parametrize(
    "text",
    [
        "Registra una revisione fatta giovedì alle 9 per la FB 826 BM.",
        "Registra il tagliando fatto ieri sulla FB 826 BM.",
        "Registra un cambio olio per la FB 826 BM.",
    ],
)
def test_a_job_done_or_undated_is_no_booking(text: str) -> None:
    assert parse_it(text).intent != "book", text
