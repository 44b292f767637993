"""The day's customers told to be listed by "che" after them ("Per venerdì 4 dicembre dimmi targhe e clienti che
aspettiamo", set 50, refused as a campaign): the day's agenda with "dimmi", "dammi" before them; a message to them,
or customers picked by what they share, stays a campaign."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Per venerdì 4 dicembre dimmi targhe e clienti che aspettiamo.", "2026-12-04"),
        ("Dammi i clienti che arrivano lunedì", "2026-11-30"),
        ("Dimmi le macchine che arrivano domani", "2026-11-26"),
    ],
)
def test_customers_awaited_told_are_the_days_agenda(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": date})


@pytest.mark.parametrize(
    "text",
    [
        "Manda un sms ai clienti che aspettiamo domani",
        "Dimmi i clienti che aspettiamo domani, poi mandagli un messaggio",
        "Dimmi tutti i clienti che hanno la revisione scaduta",
    ],
)
def test_a_message_or_a_shared_trait_stays_a_campaign(text: str) -> None:
    assert parse_it(text).reason == "out_of_scope:campaign"
