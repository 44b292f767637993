"""A job the customer no longer has done with us, taken off: "la revisione della 406 non la fa più da noi,
toglila". The negation is the reason (as "non serve più"), and the bare "toglila" takes off the appointment of the
job named before it. Said back for a yes, as every cancellation; the number of an older Peugeot (406) names the
car, no stray number."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Ha chiamato Rossi: il tagliando della Panda non lo fa più da noi, toglilo. DX 034 GX", "service"),
        ("la revisione della 406 non la fa più qui, toglila, DX 034 GX", "inspection"),
        ("il cambio olio della FC 436 VX non lo fanno più con noi, levalo", "oil_change"),
    ],
)  # fmt: skip
def test_job_no_longer_done_is_cancelled(text: str, service: str) -> None:
    assert_parsed(parse_it(text), "cancel", {"service": service})


@pytest.mark.parametrize(
    "text",
    [
        "la revisione della 406 non la fa più da noi. DX 034 GX",  # nothing asked: told only
        "la revisione della DX 034 GX non la fa, toglila",  # "non la fa" without "più": not settled
        "le gomme della DX 034 GX toglile",  # the tyres taken off the car
        "la revisione della DX 034 GX, toglila dal ponte",  # the car taken off the lift
    ],
)  # fmt: skip
def test_no_job_taken_off_stays_refused(text: str) -> None:
    assert parse_it(text).intent != "cancel"


def test_older_peugeot_number_is_the_car() -> None:
    assert_parsed(parse_it("cancella la revisione della 406 bianca, DX 034 GX"), "cancel", {"model": "406"})
