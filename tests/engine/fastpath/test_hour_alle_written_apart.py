""" "alle" written apart before an hour ("revisione lunedì 7 dicembre a le 3 del pomeriggio", set 27): the time was
lost and asked; "a le" is never said before an hour, so it is put back there only ("porta le gomme a le ragazze"
stays as heard)."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_a_le_before_an_hour_is_alle() -> None:
    p = parse_it("Tagliando per la Clio, GA 412 KB, venerdì 27 a le 4 del pomeriggio")
    assert_parsed(p, "book", {"plate": "GA412KB", "date": "2026-11-27", "time": "16:00"})


def test_a_le_before_a_word_stays() -> None:
    assert heard_tokens("porta le chiavi a le ragazze") == ["porta", "le", "chiavi", "a", "le", "ragazze"]
