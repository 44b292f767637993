"""The till's takings asked ("Quanto è entrato in cassa da inizio settimana? Dammi il totale.", set 38; "quanto
abbiamo incassato oggi?", "what are the takings this week?"): no diary to read and no tool for it, refused; its
"entrato" is no car coming in. "Chi entra oggi?" stays the day's list."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Quanto è entrato in cassa da inizio settimana? Dammi il totale.", "it"),
        ("Quanto abbiamo incassato oggi?", "it"),
        ("Dimmi l'incasso di ieri.", "it"),
        ("What are the takings this week?", "en"),
    ],
)
def test_takings_are_refused(text: str, lang: str) -> None:
    parsed = parse_en(text) if lang == "en" else parse_it(text)
    assert parsed.intent is None and parsed.reason == "out_of_scope:unsupported_action", (parsed.intent, parsed.reason)


def test_cars_coming_in_stay_the_days_list() -> None:
    assert_parsed(parse_it("Chi entra oggi?"), "day_appointments", {"date": "2026-11-25"})
