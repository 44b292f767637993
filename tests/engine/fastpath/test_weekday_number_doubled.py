"""A weekday with its date run on, the number's first consonant doubled as Italian says it after the stressed "ì"
("cancella la batteria di lunedissate", held-out set 26: lunedì sette; the sentences below are new): the day and
its date. A run-on that spells no number stays unread as a day."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize(
    ("text", "old_date"),
    [
        ("Cancella il tagliando della Clio AB 123 CD di lunedissette.", "2026-12-07"),
        ("Cancella il tagliando della Clio AB 123 CD di lunedissate.", "2026-12-07"),
        ("Cancella il tagliando della Clio AB 123 CD di martedipprimo.", "2026-12-01"),
    ],
)
def test_the_doubled_number_is_the_date(text: str, old_date: str) -> None:
    p = parse_it(text)
    assert p.intent == "cancel" and slot(p, "old_date") == old_date, (p.intent, p.reason, p.slots)


def test_no_number_no_date() -> None:
    p = parse_it("Cancella il tagliando della Clio AB 123 CD di lunedissimo.")
    assert slot(p, "old_date") != "2026-12-07", p.slots
