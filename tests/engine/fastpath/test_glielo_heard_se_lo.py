"""A command's "glielo"/"gliela" heard "se lo", "se la" ("ricorda se lo con un messaggio", held-out set 29): joined back
when the command with it is a known word and how it is sent follows; "chiedi se lo porta" stays an "if"."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse


def _heard(text: str) -> list[str]:
    return put_back(tokenize(text))


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=today())


def test_glielo_heard_se_lo_before_channel() -> None:
    assert _heard("e ricorda se lo via sms")[:2] == ["e", "ricordaglielo"]
    p = _parse(
        "Prenota il cambio olio per la FE 762 WA giovedì 3 dicembre alle 9 e ricorda se lo con un messaggio"
    )
    assert p.intent == "book" and p.slots.get("plate") == "FE762WA"


def test_se_lo_asking_whether_stays() -> None:
    assert _heard("chiedi se lo porta con il carro")[:3] == ["chiedi", "se", "lo"]
