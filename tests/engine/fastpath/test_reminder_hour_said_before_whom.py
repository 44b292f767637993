"""A reminder's evening and hour said before whom it goes to and the reminding word ("Un SMS la sera prima alle 8 alla
Pellicciari, per ricordarle la Spitfire, …", set 40): the hour is the reminder's (20:00), never the appointment's.
With a known word after "alla" (a job), the hour is not taken as the reminder's. Parses on the bench's Wednesday 25
November 2026."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Un SMS la sera prima alle 8 alla Pellicciari, per ricordarle la Panda, EY 632 BT.", "20:00"),
        ("Manda un WhatsApp la sera prima alle 9 alla signora Rossi per ricordarle la Clio, EF 456 GH.", "21:00"),
        ("Una mail la sera prima alle 7 al Bianchi per ricordargli la Golf, AB 123 CD.", "19:00"),
    ],
)
def test_the_hour_is_the_reminders(text: str, time: str) -> None:
    p = parse_it(text)
    assert p.intent == "send_reminder" and p.handled, (p.intent, p.reason, p.slots)
    assert p.slots["reminder"]["time"] == time, p.slots


def test_a_job_after_alla_leaves_the_hour_unread() -> None:
    p = parse_it("Un SMS la sera prima alle 8 alla revisione per ricordarle la Panda, EY 632 BT.")
    assert not (p.intent == "send_reminder" and p.handled and p.slots["reminder"]["time"] == "20:00"), p.slots
