"""A notice sent by its channel the day or the evening before the appointment ("Avvisa Lunardon per mail il giorno
prima dell'appuntamento della Kerry, DC 904 BP", set 35): a reminder, its "avvisa" no call to make. "Avvisa" with no
channel and day before it stays an action the fast path has no tool for."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate", "channel"),
    [
        ("Avvisa Lunardon per mail il giorno prima dell'appuntamento della Kerry, DC 904 BP.", "DC904BP", "email"),
        ("Avvisala via SMS il giorno prima del tagliando della Panda, AB 123 CD.", "AB123CD", "sms"),
        ("Avvisa la signora Rossi su WhatsApp la sera prima dell'appuntamento della Golf, EF 456 GH.", "EF456GH",
         "whatsapp"),
    ],
)
def test_notice_by_channel_the_day_before_is_a_reminder(text: str, plate: str, channel: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "send_reminder", {"plate": plate, "channel": channel})
    assert p.slots["reminder"]["when"] == "day_before", p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Avvisa Lunardon che la Kerry, DC 904 BP, è pronta.",  # a call: no message before the day
        "Avvisalo per mail.",  # no day before
        "Avvisa Lunardon il giorno prima dell'appuntamento della Kerry, DC 904 BP.",  # no channel
    ],
)
def test_notice_without_channel_and_day_before_stays_refused(text: str) -> None:
    p = parse_it(text)
    assert p.intent is None and p.reason == "out_of_scope:unsupported_action", (p.intent, p.reason)
