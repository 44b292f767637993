"""The hour's "alle" heard cut or run onto its hour right after the day or its month: "dicembre alette" (alle tre, its
ll said once, the r of "tre" lost), "dopodomani le 10" (its a lost). Put back only there: "domani le gomme", an
"alette" with no day before it, and a plate's digits after "le" stay as heard."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("heard", "want"),
    [
        ("cambio olio venerdì 4 dicembre alette", "cambio olio venerdi 4 dicembre alle tre"),
        ("domani alecinque mi metti", "domani alle cinque mi metti"),
        ("dopodomani le 11 mi metti la revisione", "dopodomani alle 11 mi metti la revisione"),
    ],
)
def test_alle_cut_after_the_day_is_put_back(heard: str, want: str) -> None:
    assert " ".join(put_back(tokenize(heard))) == want


@pytest.mark.parametrize(
    "heard", ["domani le gomme", "le alette del paraurti", "domani le 1 2 3", "ieri le 10"]
)
def test_no_alle_without_a_day_before_or_an_hour_after(heard: str) -> None:
    assert "alle" not in put_back(tokenize(heard))


def test_a_booking_with_its_hour_run_on() -> None:
    p = parse_it(
        "Targa FF 7 4 0 RF, il Ducato bianco della ditta Rossi: cambio olio lunedì 14 dicembre alette."
    )
    assert_parsed(
        p, "book", {"plate": "FF740RF", "service": "oil_change", "date": "2026-12-14", "time": "15:00"}
    )
