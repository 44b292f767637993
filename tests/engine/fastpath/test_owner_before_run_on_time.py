"""An owner whisper wrote in lower case, then a time it ran together and capitalised ("di feri martedì Alenove",
"di parisi giovedì Aledieci"): the run-on time is no owner, and the owner said before it is kept."""

from __future__ import annotations

from datetime import date

from engine.fastpath.parser import parse

TODAY = date(2026, 12, 5)


def _slots(text: str) -> dict[str, object]:
    return parse(text, language="it", today=TODAY).slots


def test_lower_case_owner_kept_before_a_run_on_hour() -> None:
    slots = _slots("prenotami il tagliando per la Panda grigia di caruso vener di Aledieci")
    assert slots["customer"] == "Caruso"
    assert slots["time"] == "10:00"


def test_owner_kept_with_the_day_heard_apart_too() -> None:
    slots = _slots("un cambio gomme per la Yaris bianca di sanna matte di Alenove")
    assert slots["customer"] == "Sanna"
    assert slots["time"] == "09:00"


def test_capitalised_owner_still_read() -> None:
    assert _slots("un tagliando per la Golf nera di Rinaldi venerdì alle dieci")["customer"] == "Rinaldi"


def test_run_on_time_alone_is_no_customer() -> None:
    """With no owner said, the capitalised run-on time names nobody."""
    slots = _slots("un tagliando per la Golf nera venerdì di Aledieci")
    assert "customer" not in slots
