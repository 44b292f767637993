"""The listener's courtesy said right before the move or cancel it softens ("…, GC 7 0 4 JL, se riesci anticipala a
domani alle 5", set 34; the sentences below are new): no condition the request waits on, the slot checked as
always. Before anything else ("se riesci a spostarla", "se ce la fai prenotala", "se puoi domani spostala") it stays
a condition, refused."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def _parse(text: str) -> tuple[str | None, str | None, dict[str, object]]:
    p = parse(text, language="it", today=today(), unknown_ok=True)  # the names are the workshop's, read offline
    return p.intent, p.reason, p.slots


def test_courtesy_then_the_move_is_the_move() -> None:
    for text, new in (
        ("La signora Maggiolini vorrebbe venire prima con la Tiggo: la ricarica del clima di giovedì 3, GC 7 0 4 JL, "
         "se riesci anticipala a domani alle 5.", "2026-11-26"),
        ("Il tagliando della Clio di venerdì, AB 123 CD, se puoi spostalo a lunedì alle 9.", "2026-11-30"),
        ("La revisione della Panda, AB 123 CD, se ce la fai rimandala a giovedì 3 alle 10.", "2026-12-03"),
    ):
        intent, reason, slots = _parse(text)
        assert intent == "move" and reason is None, (text, reason)
        assert slots.get("date") == new, (text, slots)


def test_courtesy_then_the_cancel_is_the_cancel() -> None:
    intent, reason, _slots = _parse("Le gomme di domani della AB 123 CD, se riesci toglile.")
    assert intent == "cancel" and reason is None, reason


def test_a_condition_stays_refused() -> None:
    for text in (
        "Il tagliando della Clio, AB 123 CD, se riesci a spostarlo a lunedì alle 9.",
        "Se ce la fai prenota il tagliando della AB 123 CD venerdì alle 9.",
        "Il tagliando della Clio, AB 123 CD, se puoi domani spostalo a lunedì.",
        "Se riesce a venire, sposta il tagliando della AB 123 CD a lunedì alle 9.",
    ):
        assert _parse(text)[1] == "out_of_scope:hypothetical", text
