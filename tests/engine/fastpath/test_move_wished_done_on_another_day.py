"""The customer's wish to do the appointment named by its day on another, relayed ("La Zhidou di Ornaghi, …: la
ricarica del clima di marzo la vuole fare subito, dopodomani alle 9", set 44; the sentences below are new): a move,
"subito" or "prima" before the new day only how soon. Without the day it had ("il tagliando lo vuole fare venerdì")
it is a booking; with no new day after it, nothing moved."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_wished_on_another_day_is_a_move() -> None:
    for text, old, new in (
        ("La Panda di Rossi, AB 123 CD: il tagliando di venerdì lo vuole fare lunedì alle 9.", "2026-11-27",
         "2026-11-30"),
        ("La Panda di Rossi, AB 123 CD: il tagliando di venerdì lo vuole fare prima, domani alle 9.", "2026-11-27",
         "2026-11-26"),
        ("La Panda di Rossi, AB 123 CD: la revisione di lunedì 30 la vorrebbe fare subito, domani alle 10.",
         "2026-11-30", "2026-11-26"),
    ):
        p = parse_it(text)
        assert p.intent == "move" and p.handled, (text, p.reason)
        assert p.slots.get("old_date") == old and p.slots.get("date") == new, (text, p.slots)


def test_no_day_it_had_or_no_new_day() -> None:
    assert parse_it("La Panda di Rossi, AB 123 CD: il tagliando lo vuole fare venerdì alle 9.").intent == "book"
    assert parse_it("La Panda di Rossi, AB 123 CD, il tagliando lo vuole fare subito.").intent != "move"
