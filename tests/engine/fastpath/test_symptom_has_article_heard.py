"""What the car does said with "ha" and its article run together, the h silent ("ha i freni che fischiano" heard "ai
freni che fischiano", "ha gli ammortizzatori…" heard "agli"): read as the symptom it is, so a booking dictated
without a verb after it is still one. Only a trouble said after it makes it a symptom."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("La Jimny verde, FB 4 2 7 KM, ai freni che fischiano: pastiglie martedì 1 dicembre alle 11.",
         {"plate": "FB427KM", "service": "brakes", "date": "2026-12-01", "time": "11:00"}),
        ("Il Doblò bianco, GH 3 1 5 TR, ai freni che cigolano, pastiglie venerdì 4 dicembre alle 9.",
         {"plate": "GH315TR", "service": "brakes", "date": "2026-12-04", "time": "09:00"}),
    ],
)  # fmt: skip
def test_has_the_heard_as_one_word_opens_the_symptom(text: str, want: dict[str, object]) -> None:
    assert_parsed(parse_it(text), "book", want)


def test_ai_with_no_trouble_after_it_is_no_symptom() -> None:
    p = parse_it("La Jimny verde, FB 4 2 7 KM, ai freni, pastiglie martedì 1 dicembre alle 11.")
    assert not p.handled
