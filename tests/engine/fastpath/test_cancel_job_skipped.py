"""A job of a day dropped with "salta" as the request's first word (set 45: "Salta la diagnosi della Lagonda di venerdì
5 marzo, FT 274 ZW: …"): a cancellation, only with the job's service right after and a day said, and no other write
said with it; the car's trouble ("gli salta la cinghia") or "salta fuori che …" are none. "Salta" stays a word the
vocabulary does not know, so the cancellation is read past it only as the front reads an unknown word (said back
whole, `careful="words"`), and no other rule takes "la diagnosi salta" for a command."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import parse
from tests.engine.fastpath.italian import WEDNESDAY, assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "service", "old"),
    [
        ("Salta la diagnosi di venerdì 5 marzo della AB 123 CD: dice che era solo un fusibile.", "diagnosis",
         "2027-03-05"),
        ("Salta la revisione di domani della AB 123 CD", "inspection", "2026-11-26"),
        ("Buongiorno, fai saltare il tagliando di venerdì della AB 123 CD, non può venire", "service", "2026-11-27"),
    ],
)  # fmt: skip
def test_job_of_a_day_skipped_is_cancelled(text: str, service: str, old: str) -> None:
    assert parse_it(text).intent == "cancel"  # its "salta" an unknown word: the front reads past it, said back
    p = parse(text, language="it", today=WEDNESDAY, unknown_ok=True)
    assert_parsed(p, "cancel", {"service": service, "old_date": old, "plate": "AB123CD"})


@pytest.mark.parametrize(
    "text",
    [
        "Salta la revisione della AB 123 CD",  # no day: which one is not said
        "Alla AB 123 CD salta la cinghia, prenota una sostituzione venerdì alle 10",
        "Salta fuori che la AB 123 CD ha la revisione venerdì",
        "Salta il cambio gomme della AB 123 CD e mettilo venerdì alle 10",
        "Salta il tagliando di venerdì della AB 123 CD e prenotalo per sabato alle 10",
    ],
)
def test_salta_not_opening_a_days_job_cancels_nothing(text: str) -> None:
    assert parse(text, language="it", today=WEDNESDAY, unknown_ok=True).intent != "cancel"
