"""A reminder's day and hour said before its word ("mandale una mail la sera prima alle 7 per ricordarle …", held-out
set 19): the reminder's hour, in the evening, never read as the appointment's (new sentences; the bench's Wednesday
25 November 2026)."""

from __future__ import annotations

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_evening_before_with_its_hour() -> None:
    p = parse_it(
        "Al signor Neri mandagli un SMS la sera prima alle 8 per ricordargli la revisione della Panda, AB 123 CD."
    )
    assert_parsed(p, "send_reminder", {"channel": "sms", "plate": "AB123CD"})
    assert p.slots["reminder"] == {"when": "day_before", "days_before": 1, "time": "20:00"}
    assert "old_time" not in p.slots


def test_day_before_without_its_hour() -> None:
    p = parse_it("mandale una mail il giorno prima per ricordarle il tagliando della Clio, EF 456 GH")
    assert p.slots["reminder"]["time"] == "18:00"


def test_evening_before_after_other_words_is_left() -> None:
    p = parse_it(
        "la sera prima ha chiamato, mandale una mail alle 9 per ricordarle il tagliando della Clio, EF 456 GH"
    )
    assert p.slots.get("reminder", {}).get("time") != "21:00"
