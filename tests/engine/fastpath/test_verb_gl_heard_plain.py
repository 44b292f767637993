"""A verb whose "gl" whisper base hears as a plain consonant ("toglila" heard "tolila", "tonila", "tovila"): the
cancel it asks for is read; a name alone ("Toni") stays what it is."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Tovila la revisione di lunedì 7 della DR305KM.",
        "Il tagliando di lunedì 7 della DR305KM, tolilo.",
        "La revisione di lunedì 7 della DR305KM non la fa più, tonila.",
    ],
)  # fmt: skip
def test_togli_heard_plain_cancels(text: str) -> None:
    assert_parsed(parse_it(text), "cancel", {"plate": "DR305KM", "old_date": "2026-12-07"})


def test_a_name_alone_is_no_cancel() -> None:
    p = parse_it("Toni la chiama domani per la DR305KM")
    assert p.intent != "cancel", (p.intent, p.reason)
