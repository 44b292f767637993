"""A booking said bare with its reminder added, how early it goes said before the message's verb (set 48:
"Shengdafei beige di Crisafulli, FC 624 WZ: cambio olio giovedì 14 gennaio alle 4 e mezza di pomeriggio, e il giorno
avanti gli arriva un promemoria su WhatsApp." was read as the reminder of one booked): a booking and its reminder,
said back whole as every booking said bare with a message added is. Without "e" the message is the booked one's."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Shengdafei beige di Crisafulli, FC 624 WZ: cambio olio giovedì 14 gennaio alle 4 e mezza di pomeriggio, e il "
        "giorno avanti gli arriva un promemoria su WhatsApp.",
        "La Panda di Rossi, FC 624 WZ: tagliando giovedì 14 gennaio alle 4 e mezza, e la sera prima gli mandi un SMS.",
    ],
)
def test_booking_and_its_reminder(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.handled, (p.intent, p.reason, p.slots)
    assert [q.intent for q in p.parts] == ["book", "send_reminder"], p.parts
    assert p.slots["date"] == "2027-01-14" and p.slots["time"] == "16:30", p.slots


def test_the_booked_ones_reminder_stays_so() -> None:
    p = parse_it("Il tagliando della Panda AB 123 CD di lunedì 30 alle 9: il giorno prima gli mandi un promemoria.")
    assert p.intent == "send_reminder", (p.intent, p.reason, p.slots)
