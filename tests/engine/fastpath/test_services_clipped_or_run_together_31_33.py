"""Services whisper base clips or runs together in sets 31 to 33: "un tagliando" with its gli heard i and its article
run on ("fammi untaiando alle 4"), "cambio d'olio" with its d run onto an "olio" breathed out ("un cambio doliho"),
"diagnosi" with its gn heard n ("una dianeose elettronica"), "revisione" with a d in it ("la revisidone") and "per le
gomme" as one word ("Pellegomme giovedì"). Words that only open like an article, or are Italian as heard, stay. Parses
on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize(
    ("heard", "said"),
    [
        ("fammi untaiando alle 4", ["fammi", "un", "tagliando", "alle", "4"]),
        ("un cambio doliho alle 4", ["un", "cambio", "olio", "alle", "4"]),
        ("per una dianeose elettronica", ["per", "una", "diagnosi", "elettronica"]),
        ("vuole fare la revisidone", ["vuole", "fare", "la", "revisione"]),
        ("pellegomme giovedì", ["per", "le", "gomme", "giovedi"]),
    ],
)
def test_the_service_clipped_or_run_together_is_put_back(heard: str, said: list[str]) -> None:
    assert heard_tokens(heard) == said


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Prenota la Punto, AB 123 CD, fammi untaiando venerdì 4 dicembre alle 4.", "service"),
        ("La Punto, AB 123 CD, un cambio doliho venerdì 4 dicembre alle 4.", "oil_change"),
        ("Prenota la Punto, AB 123 CD, per una dianeose elettronica venerdì 4 dicembre alle 4.", "diagnosis"),
        ("Prenota la Punto, AB 123 CD, pellegomme venerdì 4 dicembre alle 4.", "tyres"),
    ],
)
def test_a_booking_with_the_service_so_heard(text: str, service: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and slot(p, "service") == service, (p.intent, p.reason, p.slots)


@pytest.mark.parametrize("word", ["untuoso", "ilmenite", "unanime", "illuminazione"])
def test_words_that_only_open_like_an_article_stay(word: str) -> None:
    assert word in heard_tokens(f"la {word} della Panda")


def test_the_skin_and_a_word_heard_away_from_its_service_stay() -> None:
    assert heard_tokens("la pelle delle gomme") == ["la", "pelle", "delle", "gomme"]
    assert "doliho" in heard_tokens("ha chiamato il signor doliho")  # only after "cambio" is it the oil
    assert heard_tokens("il cambio di olio") == ["il", "cambio", "di", "olio"]
