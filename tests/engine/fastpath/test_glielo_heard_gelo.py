"""The pronoun "gliela"/"glielo" whisper writes "gela"/"gelo", its "gli" heard soft and its "l" lost: right before
the verb of the job ("la batteria gela montiamo domani": gliela montiamo) and after the reminder's verb with a stray
"a" between ("e ricorda a gelo con un messaggio": ricordaglielo). Put back there only: "il motore gela" (freezes)
and "il gelo" (frost) stay words. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


def test_before_the_jobs_verb_gela_is_gliela() -> None:
    assert "gliela" in heard_tokens("Le pastiglie nuove gela montiamo venerdì alle 9.")
    assert "glielo" in heard_tokens("Il tagliando gelo facciamo lunedì.")


def test_after_the_reminder_verb_it_is_the_reminder() -> None:
    p = parse_it(
        "Prenota la revisione della Panda, AB 123 CD, lunedì 30 alle 10 e ricorda a gelo con un messaggio il giorno prima."
    )
    assert p.intent == "book" and p.handled, (p.intent, p.reason)
    assert "ricordaglielo" in heard_tokens("e ricorda a gelo con un messaggio")


def test_frost_and_freezing_stay_words() -> None:
    assert "gela" in heard_tokens("Il motore gela di notte.")
    assert "gelo" in heard_tokens("Col gelo di stanotte la Panda non parte.")
