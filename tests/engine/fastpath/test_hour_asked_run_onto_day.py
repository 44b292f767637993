"""A day's number with the "a che" of the hour asked run onto it ("Lunedì 30 a che ora posso mettere una revisione?"
heard "L'unedi, 30ache ora …", set 41) was read as a plate 30ACHE and booked for it (failed): put apart right before
"ora" / "orario", the first free slot that day. Elsewhere (a plate, a word) nothing changes."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it, plates_in


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("L'unedi, 30ache ora posso mettere una revisione. La prima che c'ha.", "2026-11-30"),
        ("Venerdì 4ache ora mi puoi dare per un tagliando?", "2026-12-04"),
        ("Lunedì 30che ora posso mettere una revisione?", "2026-11-30"),
    ],
)
def test_the_hour_asked_run_onto_the_day_is_put_apart(text: str, date: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "first_free_slot", {"date": date})
    assert not plates_in(text), plates_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "30ache per la revisione",  # no hour asked after it
        "ho visto 12ache ieri",
    ],
)
def test_without_the_hour_word_nothing_is_put_apart(text: str) -> None:
    assert "che" not in heard_tokens(text)
