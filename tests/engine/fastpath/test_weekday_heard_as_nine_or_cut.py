"""A weekday whisper base cuts or hears as a number: "giovedì 10" heard "9D10" ("giove" sounds as "nove", its "dì"
cut to a D run onto the date), and "tagliando lunedì" heard "tagiandolo un'edì" (the day's "lu" run onto the word
before it, itself spelt as it sounds, the "ne" heard "un" and "e" run onto the "dì")."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("heard", "want"),
    [
        ("da martedì passa a 9D3 alla stessa ora", "da martedi passa a giovedi 3 alla stessa ora"),
        ("il tagiandolo un'edì 7 alle 10", "il tagliando lunedi 7 alle 10"),
        ("il tagiandolo ne di 7 alle 10", "il tagliando lunedi 7 alle 10"),
    ],
)
def test_weekday_heard_as_nine_or_cut_is_put_back(heard: str, want: str) -> None:
    assert " ".join(put_back(tokenize(heard))) == want


@pytest.mark.parametrize("heard", ["9D40", "alle 9 di sera", "9 D 10"])
def test_nine_without_its_d_and_a_date_stays(heard: str) -> None:
    assert "giovedi" not in put_back(tokenize(heard))


def test_a_move_to_thursday_heard_as_nine() -> None:
    p = parse_it("Il tagliando della S60, FX 5 3 8 DT, da mercoledì passa a 9D10, stessa ora.")
    assert_parsed(p, "move", {"plate": "FX538DT", "date": "2026-12-10"})


def test_a_dictated_booking_with_monday_cut_across() -> None:
    p = parse_it("La Tivoli bianca della signora Rossi, DR 8 1 5 DL, tagiandolo un'edì 30 alle 10 e mezza.")
    assert_parsed(
        p, "book", {"plate": "DR815DL", "service": "service", "date": "2026-11-30", "time": "10:30"}
    )
