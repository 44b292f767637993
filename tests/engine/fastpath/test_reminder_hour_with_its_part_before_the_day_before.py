"""A reminder's hour said whole with its part of the day, right before "del giorno prima" ("fai arrivare un promemoria
per posta elettronica alle 7 di sera del giorno prima", set 39): the reminder's hour (19:00), never cut in two ("sera
del giorno prima" alone left "alle 7" the appointment's and the reminder at 18:00, the appointment then searched at
19:00 and not found). An hour said for the appointment ("il tagliando delle 10 di mattina") is not the reminder's."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("Alla Rossi, la Panda, AB 123 CD, fai arrivare un promemoria per posta elettronica alle 7 di sera del "
         "giorno prima.", "19:00"),
        ("Per la Panda, AB 123 CD, un promemoria via SMS verso le 8 di sera il giorno prima.", "20:00"),
        ("Manda alla Rossi, AB 123 CD, un promemoria su WhatsApp alle 9 di mattina del giorno prima.", "09:00"),
        ("Per la AB 123 CD mandale un promemoria per mail alle 6 di sera del giorno prima.", "18:00"),
    ],
)
def test_the_hour_said_whole_before_the_day_before_is_the_reminders(text: str, hour: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "send_reminder", {"plate": "AB123CD"})
    assert p.slots["reminder"] == {"when": "day_before", "days_before": 1, "time": hour}, p.slots
    assert "old_time" not in p.slots, p.slots


def test_the_evening_before_with_its_hour_after_is_read_as_before() -> None:
    p = parse_it("Per la Panda, AB 123 CD, un promemoria via SMS la sera prima alle 8.")
    assert p.slots["reminder"]["time"] == "20:00", p.slots


def test_the_appointments_own_hour_is_not_the_reminders() -> None:
    # "delle 10 di mattina" names the appointment: the reminder's hour is not taken from it
    p = parse_it("Mandale un promemoria per mail del tagliando delle 10 di mattina il giorno prima, AB 123 CD.")
    assert (p.slots.get("reminder") or {}).get("time") != "10:00", p.slots
