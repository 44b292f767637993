"""Request verbs as whisper base writes them over noise: "manda" split after its "ma" ("Ma ando una mail di
conferma a …") and "segni" with its n heard u ("Mi segui la revisione per …"). New sentences, each with the same
words said otherwise left as they are."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens, parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_send_split_after_ma() -> None:
    p = _p("Ma ando una mail di conferma a Bonacina per il tagliando della Yaris, FG 318 KT.")
    assert p.intent == "send_confirmation" and p.slots["channel"] == "email", p


def test_mark_heard_segui_before_a_service() -> None:
    p = _p("Mi segui il tagliando per la Yaris di Bonacina, FG 318 KT, giovedì alle 10.")
    assert p.intent == "book" and p.slots["time"] == "10:00", p


def test_the_words_said_otherwise_stay() -> None:
    assert heard_tokens("Mi segui?") == ["mi", "segui"]
    assert heard_tokens("mi segui la revisione della Yaris")[1] == "segui"  # see to it, perhaps
    assert heard_tokens("ma ando io dal gommista")[:2] == ["ma", "ando"]
    assert _p("Ma ando io dal gommista").intent is None
