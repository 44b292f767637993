"""Who comes on a day asked after "leggimi"/"dimmi", its "chi" heard "che" and "leggimi" heard "ledmi" ("Ledmi che
aspettiamo oggi, uno per uno", held-out set 26; the sentences below are new): the day's agenda, a read. "Dimmi che
abbiamo fatto lunedì" asks what was done, never who comes."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ledmi che aspettiamo domani, uno alla volta.", "2026-11-26"),
        ("Dimmi che arriva venerdì 27.", "2026-11-27"),
        ("Leggimi che entra oggi pomeriggio.", "2026-11-25"),
    ],
)
def test_who_comes_heard_che_is_the_agenda(text: str, date: str) -> None:
    p = parse_it(text)
    assert p.intent == "day_appointments" and p.handled, (p.intent, p.reason, p.slots)
    assert slot(p, "date") == date


def test_what_was_done_is_no_agenda() -> None:
    assert parse_it("Dimmi che abbiamo fatto lunedì alla Panda AB 123 CD.").intent != "day_appointments"
