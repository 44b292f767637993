""" "disdici" with its s doubled or its "sd" heard as one z ("dissdici il", "dizici la", held-out set 29): the cancel
verb put back at the request's opening before an appointment or a service; a cancel is always said back."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse


def _heard(text: str) -> list[str]:
    return put_back(tokenize(text))


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=today())


def test_cancel_verb_s_doubled() -> None:
    p = _parse("Dissdici il cambio olio di giovedì della FE 762 WA")
    assert p.intent == "cancel" and p.slots.get("plate") == "FE762WA"


def test_cancel_verb_sd_heard_z() -> None:
    p = _parse("Dizici l'appuntamento di domani mattina della FE 762 WA")
    assert p.intent == "cancel" and p.slots.get("plate") == "FE762WA"


def test_z_word_without_appointment_stays() -> None:
    assert _parse("dizici che arriva domani la FE 762 WA").intent != "cancel"
