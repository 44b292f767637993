"""A part of the day said of another day ("alle 10 e mezza, e la sera prima mandale un promemoria"): the evening
before is the reminder's, never the hour's (10:30, not 22:30). "Alle 8 di sera" stays 20:00."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Prenota il tagliando per la HB 239 ZV venerdì alle 9 e mezza, e la sera prima mandale un promemoria via SMS",
         "09:30"),
        ("segna un cambio gomme per la GS 352 RT sabato alle 8, e la sera prima mandagli un promemoria su WhatsApp",
         "08:00"),
        ("prenota un tagliando per la GS 352 RT sabato alle 8 di sera", "20:00"),
        ("prenota un tagliando per la GS 352 RT sabato alle 5 del pomeriggio", "17:00"),
    ],
)  # fmt: skip
def test_hour_keeps_its_own_part_of_day(text: str, time: str) -> None:
    p = parse_it(text)
    assert p.slots.get("time") == time, (p.intent, p.reason, p.slots)
