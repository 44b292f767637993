"""A job said to pass from its day to another, without a move verb ("il tagliando della S60, FX 538 DT, da mercoledì
passa a giovedì 10, stessa ora", held-out set 26; the sentences below are new): the job named is what passes, so a
move, as "da mercoledì a giovedì" is. Asked, or of a car staying ("resta qui da lunedì va a giovedì"), nothing is
moved."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("La revisione della Clio, AB 123 CD, da lunedì passa a venerdì 4, stessa ora.", "2026-11-30", "2026-12-04"),
        ("Il cambio olio della Panda EF 456 GH da venerdì slitta a lunedì 30.", "2026-11-27", "2026-11-30"),
    ],
)  # fmt: skip
def test_the_job_passed_to_another_day_is_moved(text: str, old: str, new: str) -> None:
    p = parse_it(text)
    assert p.intent == "move" and p.handled, (p.intent, p.reason, p.slots)
    assert (slot(p, "old_date"), slot(p, "date")) == (old, new), p.slots


@pytest.mark.parametrize(
    "text",
    [
        "La revisione della Clio, AB 123 CD, da lunedì passa a venerdì 4?",  # asked
        "La Clio AB 123 CD resta qui da lunedì va a venerdì.",  # a stay
    ],
)
def test_asked_or_a_stay_is_no_move(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "move" and p.handled), (p.intent, p.reason, p.slots)
