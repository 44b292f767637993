"""A reminder called "un ricordo", said with its channel (set 37: "Alla Bortolameotti un ricordo per mail del cambio
olio della Xpeng, DL 350 TH: tre giorni prima" was refused), and the days counted right after a plate ("DL 350 TH:
tre giorni prima") never read as the plate's ("DL350TH3"). "Un ricordo" with no channel is a keepsake."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it, plates_in


@pytest.mark.parametrize(
    ("text", "channel", "reminder"),
    [
        ("Alla Bortolameotti un ricordo per mail del cambio olio della Xpeng, DL 350 TH: tre giorni prima.",
         "email", {"when": "days_before", "days_before": 3, "time": "18:00"}),
        ("Alla Rossi un ricordo per mail della revisione della Golf, AB 123 CD: due giorni prima.",
         "email", {"when": "days_before", "days_before": 2, "time": "18:00"}),
        ("Mandale un ricordo via SMS del tagliando della Panda, AB 123 CD, il giorno prima.",
         "sms", {"when": "day_before", "days_before": 1, "time": "18:00"}),
        ("Un ricordo su WhatsApp alla Rossi per la revisione della Golf, AB 123 CD, la sera prima.",
         "whatsapp", {"when": "day_before", "days_before": 1, "time": "18:00"}),
    ],
)
def test_un_ricordo_by_a_channel_is_a_reminder(text: str, channel: str, reminder: dict[str, object]) -> None:
    p = parse_it(text)
    assert_parsed(p, "send_reminder", {"channel": channel, "reminder": reminder})
    assert p.slots.get("plate") in ("DL350TH", "AB123CD"), p.slots


@pytest.mark.parametrize(
    "text",
    ["Ho un ricordo della Panda, AB 123 CD.",
     "La Rossi ha un bel ricordo della Golf, AB 123 CD: dice che tre giorni prima andava bene."],
)
def test_un_ricordo_with_no_channel_asks_nothing(text: str) -> None:
    p = parse_it(text)
    assert p.intent is None, (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("della Xpeng, DL 350 TH: tre giorni prima", "DL350TH"),
        ("la Golf AB 123 CD, 3 giorni prima", "AB123CD"),
        ("the Golf, AB 123 CD, two days before", "AB123CD"),
    ],
)
def test_days_counted_after_a_plate_are_not_its_own(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]
