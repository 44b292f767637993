"""A move said around its appointment ("bring … forward", "push … back") relayed from the customer ("Mr Gobbato's
asked if we can bring the Laibao's inspection, Echo Kilo 0 5 8 Echo Zulu, forward from Tuesday the 23rd of March to
Friday the 19th at 3.", set 46): the move, asked, so said back for a yes, never written unasked. Told of another
("he'll bring the MOT forward") or a car brought back from a day, it is none."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en


@pytest.mark.parametrize(
    ("text", "date", "time"),
    [
        ("Mr Gobbato's asked if we can bring the Laibao's inspection, Echo Kilo 0 5 8 Echo Zulu, forward from Tuesday "
         "the 23rd of March to Friday the 19th at 3.", "2027-03-19", "15:00"),
        ("Mrs Sechi asked if we could push her oil change on EK 058 EZ back to Friday at 3.", "2026-11-27", "15:00"),
        ("She asked if we can bring the MOT on EK 058 EZ forward to Monday at 10.", "2026-11-30", "10:00"),
    ],
)
def test_a_relayed_bring_forward_is_a_move_said_back(text: str, date: str, time: str) -> None:
    parsed = parse_en(text)
    assert_parsed(parsed, "move", {"date": date, "time": time, "plate": "EK058EZ"})
    assert parsed.careful == "asked"


@pytest.mark.parametrize(
    "text",
    [
        "Mr Gobbato asked if we can bring the car back from Friday.",
        "He'll bring the MOT on EK 058 EZ forward to Friday.",
    ],
)
def test_no_move_of_ours_is_read(text: str) -> None:
    assert parse_en(text).intent != "move", text
