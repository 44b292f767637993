"""Where whisper base put the break between words wrongly: "di" run onto an infinitive ("mi chiede dispostare"),
the break moved with a consonant doubled ("Antici Pallaricarica del clima": anticipa la ricarica), the "no" of a
self-correction run onto the word taken back ("giovedì diecino, scusa, venerdì 11"). New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens, parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_di_run_onto_an_infinitive() -> None:
    assert heard_tokens("Rossi mi chiede dispostare il tagliando")[3:5] == ["di", "spostare"]
    assert heard_tokens("mi ha detto di dire") == ["mi", "ha", "detto", "di", "dire"]


def test_the_break_moved_before_a_command() -> None:
    p = _p("Antici Pallaricarica del clima della Panda, AB 123 CD, a venerdì 6 alle 4 e mezza.")
    assert p.intent == "move" and p.slots["date"] == "2026-03-06" and p.slots["time"] == "16:30", p


def test_two_unknown_names_are_never_cut_into_words() -> None:
    assert heard_tokens("Pajarini Tirabo") == ["pajarini", "tirabo"]


def test_the_no_of_a_correction_run_onto_the_day() -> None:
    p = _p("La Panda di Rossi, AB 123 CD, diagnosi giovedì cinqueno, scusa, venerdì 6 alle 9.")
    assert p.intent == "book" and p.slots["date"] == "2026-03-06" and p.slots["time"] == "09:00", p


def test_a_word_ending_in_no_with_no_correction_after_stays() -> None:
    assert "cinqueno" in heard_tokens("giovedì cinqueno alle 9")


def test_a_weekday_run_onto_the_word_before_it() -> None:
    p = _p("La Panda di Rossi, AB 123 CD, mi fai un cambio gommelone di 9 alle 10.")
    assert p.intent == "book" and p.slots["service"]["key"] == "tyres" and p.slots["date"] == "2026-03-09", p
    p = _p("la Panda AB 123 CD me la segnimarte di 10 alle 2 per il tagliando")
    assert p.intent == "book" and p.slots["date"] == "2026-03-10" and p.slots["time"] == "14:00", p


def test_a_name_ending_like_a_weekday_stays() -> None:
    assert heard_tokens("la salvatore di 30") == ["la", "salvatore", "di", "30"]
