"""The quarter hour whisper base wrote as a four (set 22: "la sera prima alle 6 è un 4" for "alle 6 e un quarto"):
"un" and a four right after an hour's "e" are its quarter; the bench's Wednesday 25 November 2026."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_e_un_4_after_an_hour_is_a_quarter() -> None:
    p = parse_it("mandale un promemoria per SMS per la AB 123 CD la sera prima alle 7 è un 4")
    assert_parsed(p, "send_reminder", {"reminder": {"when": "day_before", "days_before": 1, "time": "19:15"}})


def test_a_four_after_an_hour_without_un_stays() -> None:
    assert heard_tokens("alle 6 e 4")[-1] == "4"


def test_un_4_elsewhere_stays() -> None:
    assert heard_tokens("ne servono un 4")[-1] == "4"
