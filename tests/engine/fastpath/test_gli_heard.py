"""The pronoun "gli" (alone or in "gliela") written by whisper base as "gi", "ge" or "je" with its "l" lost
("cancellagi l'appuntamento", "manda-gela", "jela facciamo"): put back where the word with "gli" is known.
New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens, parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_cancellagli_heard_cancellagi() -> None:
    p = _p("Cancellagi l'appuntamento di giovedì della AB 123 CD.")
    assert p.intent == "cancel" and p.slots["plate"] == "AB123CD", p


def test_mandagliela_heard_with_a_hyphen_and_no_l() -> None:
    assert heard_tokens("Manda-gela.") == ["mandagliela"]
    p = _p("Rossi vuole la conferma per SMS del tagliando della AB 123 CD. Manda-gela.")
    assert p.intent == "send_confirmation" and p.slots["channel"] == "sms", p


def test_gliela_heard_jela() -> None:
    assert "gliela" in heard_tokens("la revisione jela facciamo lunedì")


def test_words_that_only_end_so_stay() -> None:
    assert heard_tokens("il motore gela la mattina") == ["il", "motore", "gela", "la", "mattina"]
    assert heard_tokens("la regia") == ["la", "regia"]

