"""An appointment put out of the way ("Togli di mezzo l'appuntamento del climatizzatore della LaSalle, FX 461 KZ,
quello di lunedì 22 marzo.", set 46) or struck out roughly with the car's day ("cassami martedì 23 marzo della
Bricklin, ER 4 6 4 TC", set 46): a cancellation. The parts taken off a car ("togli di mezzo le gomme vecchie", "togli
martedì le gomme") and "la cassa" (the till) are none."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Togli di mezzo l'appuntamento del climatizzatore della LaSalle, FX 461 KZ, quello di lunedì 22 marzo.",
         "2027-03-22"),
        ("Levami di mezzo la prenotazione di lunedì della FX 461 KZ.", "2026-11-30"),
        ("Toglimi giovedì della Panda di Rossi, FX 461 KZ.", "2026-11-26"),
        ("Cassami martedì della FX 461 KZ.", "2026-12-01"),
    ],
)
def test_the_appointment_put_out_of_the_way_is_cancelled(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "cancel", {"old_date": date, "plate": "FX461KZ"})


@pytest.mark.parametrize(
    "text",
    [
        "Togli di mezzo le gomme vecchie della FX 461 KZ.",
        "Togli martedì le gomme della FX 461 KZ.",
        "La cassa della FX 461 KZ è rotta martedì.",
    ],
)
def test_parts_taken_off_or_the_till_are_no_cancellation(text: str) -> None:
    assert parse_it(text).intent != "cancel", text
