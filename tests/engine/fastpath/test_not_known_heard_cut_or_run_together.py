"""Whisper's forms of set 37's bookings with a slot to come, put back before parsing (`misheard.SAID_AS`,
`misheard._has_it_given`): "gliela" with its gl heard g ("Lora Giela dico quando mi richiama": l'ora gliela dico),
"va rifatta" split ("Vari fatta la batteria"), "spiegato" heard "schiegato" and "me l'ha" written "me la" ("cosa deve
fare non me la schiegato"). "Lora" before anything else (whisper's "allora" cut) and "vari" before anything else
stay as heard."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("Lora Giela dico quando mi richiama", ["l", "ora", "gliela", "dico", "quando", "mi", "richiama"]),
        ("il giorno gielo confermo", ["il", "giorno", "glielo", "confermo"]),
        ("Vari fatta la batteria", ["va", "rifatta", "la", "batteria"]),
        ("cosa deve fare non me la schiegato", ["cosa", "deve", "fare", "non", "me", "l", "ha", "spiegato"]),
        ("non me la spiegato", ["non", "me", "l", "ha", "spiegato"]),
    ],
)
def test_put_back(heard: str, meant: list[str]) -> None:
    assert heard_tokens(heard) == meant


@pytest.mark.parametrize(
    "heard",
    ["Lora la batteria della Punto", "ci sono vari lavori da fare", "Lora M, il signor Rossi"],
)
def test_left_as_heard(heard: str) -> None:
    tokens = heard_tokens(heard)
    assert tokens[:1] in (["lora"], ["ci"]) and "rifatta" not in tokens, tokens


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("tagliando per la Punto, AB123CD, Giovedi 17, Lora Giela dico quando mi richiama.", "time"),
        ("Mi metti dentro la Punto, AB 123 CD, lunedì 21 alle 10, cosa deve fare non me la schiegato.", "service"),
        ("La Punto di Rossi, AB 123 CD, Vari fatta la batteria, quando di preciso non lo so ancora.", "date"),
    ],
)
def test_the_request_heard_so_asks_its_slot(text: str, missing: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.reason == f"missing:{missing}", (p.intent, p.reason, p.slots)
