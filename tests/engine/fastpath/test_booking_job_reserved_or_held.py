"""The job's time kept for the car, "riserva la revisione" or "mi blocchi un tagliando" (set 44): booking words only
with the service right after them; the fuel light, the spare wheel and a part that locks up stay no booking."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed
from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Per la Clio della Terraneo, GY 8 0 4 WR, riserva la revisione per martedì 12 gennaio alle 8 e mezza del "
         "mattino.", {"plate": "GY804WR", "service": "inspection", "date": "2027-01-12", "time": "08:30"}),
        ("Riserva un tagliando per la Panda di Rossi, EW 346 HD, venerdì alle 10.",
         {"plate": "EW346HD", "service": "service", "date": "2026-11-27", "time": "10:00"}),
        ("Allora, mi blocchi un tagliando per la Panda di Rossi, EW 346 HD, martedì 1 dicembre alle 9 e mezza?",
         {"plate": "EW346HD", "service": "service", "date": "2026-12-01", "time": "09:30"}),
        ("Bloccagli la revisione venerdì alle 10, la Panda di Rossi, EW 346 HD.",
         {"plate": "EW346HD", "service": "inspection", "date": "2026-11-27", "time": "10:00"}),
    ],
)  # fmt: skip
def test_the_job_reserved_or_held_books(text: str, want: dict[str, object]) -> None:
    assert_parsed(_parse(text), "book", want)


@pytest.mark.parametrize(
    "text",
    [
        "La Panda di Rossi, EW 346 HD, è in riserva, il tagliando lo facciamo dopo.",  # the fuel
        "La ruota di riserva della Panda, EW 346 HD, il cambio gomme venerdì alle 10?",  # the spare wheel
        "La Panda di Rossi, EW 346 HD: il motore si blocca, la diagnosi gliela facciamo?",  # a symptom
        "La Panda di Rossi, EW 346 HD: si blocca il freno a mano, diagnosi venerdì alle 10?",
    ],
)
def test_the_fuel_the_spare_or_a_part_locking_books_nothing(text: str) -> None:
    assert _parse(text).intent != "book"


def test_the_customer_heard_again_is_no_job_reserved() -> None:
    p = _parse("Ha chiamato Brambati, la revisione della Clio, GA 415 TK, giovedì 3 non può: per il giorno nuovo lo "
               "risentiamo.")
    assert p.intent == "move", (p.intent, p.reason)
