""""mercoledì 9 tienile pure, ma falle alle 4 e mezza" as whisper base writes it: "tiene le pure, ma fa alle alle 4" or
"fa le alle 4" (set 34, clean and noisy; the sentences below are new): the appointment's day kept and its hour moved,
read as typed. "tiene le pure" is no Italian ("le tiene pure" would be) and "fa alle alle", "fa le alle" neither;
"la signora le tiene pure", "fa le gomme alle 4" stay as said."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


def test_tienile_and_falle_put_back() -> None:
    assert heard_tokens("giovedì 10 tiene la pure, ma fa alla alle 5")[2:6] == ["tienila", "pure", "ma", "falla"]
    assert heard_tokens("sabato tiene lo pure ma fa lo alle 11")[1:5] == ["tienilo", "pure", "ma", "fallo"]
    assert heard_tokens("mercoledì 9 tiene le pure ma fa le alle 4 e mezza")[2:6] == ["tienile", "pure", "ma", "falle"]


def test_day_kept_hour_moved_heard_is_a_move() -> None:
    p = parse_it("Le gomme della AB 123 CD, mercoledì 9 tiene le pure, ma fa alle alle 4 e mezza invece che la mattina.")
    assert p.intent == "move" and p.slots.get("time") == "16:30", (p.intent, p.reason, p.slots)
    assert p.slots.get("date") == p.slots.get("old_date") == "2026-12-09", p.slots
    p = parse_it("La revisione della EF 456 GH, venerdì 4 tiene la pure, ma fa la alle 11 invece che alle 9.")
    assert p.intent == "move" and p.slots.get("time") == "11:00", (p.intent, p.reason, p.slots)


def test_said_as_italian_stays() -> None:
    assert heard_tokens("la signora le tiene pure a casa")[2:4] == ["le", "tiene"]
    assert heard_tokens("fa le gomme alle 4")[:2] == ["fa", "le"]
