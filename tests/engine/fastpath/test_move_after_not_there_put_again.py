"""The customer not there on the day ("Pessina lunedì 1 marzo non c'è, per la diagnosi della Hongguang: gliela
rimetti a mercoledì 3 marzo, sempre alle 10 e mezza?", set 44; the sentences below are new): why the appointment
moves, no negation, when a move is asked right after it (its pronoun said before "rimetti" too). Said alone, or
before anything but a move or a cancellation, "non c'è" stays a negation (refused)."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


def test_not_there_then_put_again() -> None:
    for text, old, new in (
        ("Rossi lunedì 30 non c'è, per il tagliando della Panda, AB 123 CD: glielo rimetti a mercoledì 2, sempre "
         "alle 10 e mezza?", "2026-11-30", "2026-12-02"),
        ("Rossi lunedì 30 non c'è: la Panda, AB 123 CD, la rimettiamo a mercoledì 2 alle 10.", "2026-11-30",
         "2026-12-02"),
        ("La signora Rossi venerdì non c'è più: il tagliando della Panda, AB 123 CD, spostalo a lunedì alle 9.",
         "2026-11-27", "2026-11-30"),
    ):
        p = parse_it(text)
        assert p.intent == "move" and p.handled, (text, p.reason)
        assert p.slots.get("old_date") == old and p.slots.get("date") == new, (text, p.slots)


def test_not_there_alone_stays_refused() -> None:
    for text in (
        "Venerdì non c'è posto per la Panda, AB 123 CD.",
        "Rossi non c'è, prenota il tagliando della Panda, AB 123 CD, venerdì alle 9.",
        "Rossi lunedì 30 non c'è, la Panda non la rimetti a posto.",
    ):
        assert not parse_it(text).handled, text


def test_rimetti_attracts_no_other_word() -> None:
    # the move's verb kept out of whisper's repairs: "lo risentiamo" (we'll talk again) stays, so do "ripeti", "rimedi"
    assert heard_tokens("per il giorno nuovo lo risentiamo") == ["per", "il", "giorno", "nuovo", "lo", "risentiamo"]
    assert heard_tokens("me lo ripeti") == ["me", "lo", "ripeti"]
    assert heard_tokens("lo rimedi tu") == ["lo", "rimedi", "tu"]
