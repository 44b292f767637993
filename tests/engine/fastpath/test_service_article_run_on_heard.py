"""The service's article run onto it over the noise ("itallando", "untaggendo"), with the "r" of the "per" before it
("Che riltajando della …": per il tagliando), the service in one of its heard spellings; and SMS said by its letters
after "con una" ("con una semia S"). The sentences below are new."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens, parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Che riltajando della AB 123 CD, qual è il primo giorno libero?", "service"),
        ("qual è il primo giorno libero per itallando della AB 123 CD?", "service"),
        ("quando c'è posto per unarevisione della AB 123 CD?", "inspection"),
    ],
)
def test_the_service_with_its_article_run_on_is_read(text: str, service: str) -> None:
    p = _p(text)
    assert p.intent == "first_free_slot" and p.slots["service"]["key"] == service, p


@pytest.mark.parametrize("word", ["ribatteria", "rilancio", "unolio", "illuminazione"])
def test_words_that_only_open_like_an_article_stay(word: str) -> None:
    assert word in heard_tokens(f"la {word} della Panda")


def test_sms_said_by_its_letters_after_con_una() -> None:
    p = _p("ricorda alla signora Rossi con una semia S due giorni prima il tagliando della AB 123 CD")
    assert p.intent == "send_reminder" and p.slots["channel"] == "sms", p


def test_per_un_run_onto_the_service_with_its_un_heard_on() -> None:
    p = _p("Infilami la Panda AB 123 CD che rontagliando venerdì alle 11")
    assert p.intent == "book" and p.slots["service"]["key"] == "service" and p.slots["time"] == "11:00", p


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("c'è posto giovedì per un cambio oli?", "oil_change"),
        ("qual è il primo buco per un tagliante?", "service"),
        ("quando si può fare una dianeo di per la AB 123 CD?", "diagnosis"),
    ],
)
def test_a_service_word_cut_at_its_end_over_the_noise(text: str, service: str) -> None:
    assert _p(text).slots["service"]["key"] == service


def test_oil_said_in_the_plural_elsewhere_stays() -> None:
    assert "olio" not in heard_tokens("gli oli esausti li ritira il consorzio")
