"""The article "il" run onto "tagliando" with its l heard as the t after it ("Ittaggiando di venerdì …" for "il
tagliando di venerdì …", the app under Xvfb, uc32): put apart as the other articles run onto a service are
("itallando", "untaggendo"). A word that is no service after the "it" is left as heard. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it, slot


def test_the_article_is_put_apart_from_the_service() -> None:
    assert heard_tokens("Ittaggiando della Panda AB 123 CD quando l'abbiamo fatto?")[:2] == [
        "il",
        "tagliando",
    ]


def test_the_job_named_so_is_moved() -> None:
    p = parse_it("Ittagliando di venerdì della Golf, EF 456 GH, lo spostiamo a lunedì alle 10.")
    assert p.intent == "move" and slot(p, "service") is not None, (p.intent, p.reason, p.slots)


def test_a_word_that_is_no_service_is_left() -> None:
    assert heard_tokens("ittalia")[:1] == ["ittalia"]
