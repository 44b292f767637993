"""A model said by a speaker who drops the r before a consonant or at a word's end, as whisper base writes it ("il
patne di Valsecchi": Partner; "la supeb nera": Superb; "il partne"), or with its last consonant lost ("la cami":
Kamiq), the article run onto it ("Lacami", "Pelacami": per la Kamiq): the model, taken as by its exact sound, so the
vehicle opening a request said without a verb is read. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens, parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_models_with_their_r_lost() -> None:
    assert heard_tokens("il patne di Bonacina")[:2] == ["il", "partner"]
    assert heard_tokens("il partne bianco")[:2] == ["il", "partner"]
    assert heard_tokens("la supeb nera")[:2] == ["la", "superb"]


def test_a_verbless_booking_opened_by_such_a_model() -> None:
    p = _p("Il patne di Bonacina, FG 318 KT, tagliando venerdì alle 10.")
    assert p.intent == "book" and p.slots["plate"] == "FG318KT" and p.slots["time"] == "10:00", p


def test_words_known_stay_words() -> None:
    assert heard_tokens("la cosa di Rossi") == ["la", "cosa", "di", "rossi"]  # no Corsa
    assert heard_tokens("il range di Rossi")[:2] == ["il", "range"]  # no Ranger


def test_model_last_consonant_lost_and_article_run_on() -> None:
    assert heard_tokens("la cami grigia")[:2] == ["la", "kamiq"]
    assert heard_tokens("Pelacami, bianca di Bonacina")[:3] == ["per", "la", "kamiq"]
    assert heard_tokens("Lacami, FG 318 KT")[:2] == ["la", "kamiq"]


def test_a_word_or_a_name_opening_with_an_article_stays() -> None:
    assert heard_tokens("Lacorte ha chiamato")[:1] == ["lacorte"]
    assert heard_tokens("Ilardi ha chiamato")[:1] == ["ilardi"]
    assert heard_tokens("il lavoro di Rossi")[:2] == ["il", "lavoro"]
