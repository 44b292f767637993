""" "E mezza" as whisper writes Kokoro's clean voice: "alle 9 e mesi" (held-out sets 18 to 31, every such row half
past). Right after an hour's "e" it is read as half past and the write said back whole for a yes (the minutes were
not heard as said), never written straight and never the bare hour. "Mesi" anywhere else stays months. Parses on
the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from engine.fastpath.misheard import half_heard_mesi
from engine.fastpath.parser import heard_tokens, tokenize
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Fissa un cambio olio per la AB 123 CD venerdì alle 5 e mesi, grazie.", "17:30"),
        ("Mi segni la revisione della Punto, AB 123 CD, lunedì 30 alle nove e mesi.", "09:30"),
        ("Mettimi la Clio, AB 123 CD, per un tagliando giovedì 3 dicembre alle 10 e mesi.", "10:30"),
    ],
)
def test_mesi_after_an_hour_is_half_past_said_back(text: str, time: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.slots.get("time") == time, (p.intent, p.reason, p.slots)
    assert p.careful is not None  # said back for a yes, never written straight


def test_mezza_said_whole_is_not_said_back_for_it() -> None:
    assert not half_heard_mesi(tokenize("Fissa un cambio olio per la AB 123 CD venerdì alle 5 e mezza."))
    assert parse_it("Fissa un cambio olio per la AB 123 CD venerdì alle 5 e mezza.").careful is None


@pytest.mark.parametrize(
    "heard",
    ["il tagliando di 6 mesi fa", "tra due mesi", "alle 5 mesi", "ogni 12 mesi e mesi", "per 6 mesi"],
)
def test_mesi_away_from_an_hours_e_stays_months(heard: str) -> None:
    assert "mezza" not in heard_tokens(heard)


def test_a_word_only_near_mesi_is_still_asked() -> None:
    p = parse_it("Fissa un cambio olio per la AB 123 CD venerdì alle 11 emersi.")
    assert not p.handled and p.reason == "ambiguous:time_cut"  # asked, never written as 11 o'clock
