"""A vehicle's visits to the workshop shown ("fammi vedere i passaggi in officina della Zhidou D7, EX 5 6 2 MV, con i
chilometri", set 44): its history, the mileage asked along with it; the plate read after a model of letters and
digits run onto it ("D7X562MV" is no plate); ownership transfers are none of ours."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, plates_in
from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    "text",
    [
        "Fammi vedere i passaggi in officina della Zhidou D7, EX 5 6 2 MV, con i chilometri.",
        "Mostrami i passaggi in officina della Panda di Rossi, EX 5 6 2 MV.",
        "Fammi vedere i lavori della Panda di Rossi, EX 5 6 2 MV, coi chilometri.",
    ],
)
def test_the_visits_shown_read_the_history(text: str) -> None:
    assert_parsed(_parse(text), "vehicle_history", {"plate": "EX562MV"})


def test_ownership_transfers_are_no_history() -> None:
    assert _parse("Fammi vedere i passaggi di proprietà della Panda, EW 346 HD").intent != "vehicle_history"


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("la Zhidou D7, EX 562 MV", "EX562MV"),
        ("la Tazzari EM1, EX 5 6 2 MV", "EX562MV"),
        ("la Tazzari EM1, EF 456 GH", "EF456GH"),
    ],
)
def test_a_model_of_letters_and_digits_is_no_part_of_the_plate(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]
