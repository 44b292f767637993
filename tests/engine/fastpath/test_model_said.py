"""A model said with the plate is checked against the vehicle the plate finds: "la C4 blu, AB 123 CD" when
AB123CD is a Panda is a question, never a write. The model must be one the fast path knows, so the
commonest models on Italian roads are (found blind by held-out set 6: a C4's plate heard one digit off was
another customer's Clio, and booked). Real LocalBackend, the contract workshop (AB123CD: Panda grigia)."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from engine.fastpath.context import WRITES
from tests.engine.fastpath.italian import parse_it
from wp_api.contract import CallContext


@pytest.mark.parametrize("model", ["C4", "Micra", "Stonic", "Vitara", "Cooper", "Mokka", "Corolla"])
async def test_a_model_the_plate_does_not_have_is_asked_about_not_booked(
    fast: FastPath, context: CallContext, model: str
) -> None:
    out = await fast.handle(f"Prenota un tagliando per la {model} blu, AB 123 CD, domani alle 10.", context)
    assert not out.handled and out.clarification, out
    assert "AB123CD" in out.clarification and "Panda" in out.clarification, out.clarification
    assert not WRITES & {c.name for c in out.tool_calls}


async def test_the_model_the_plate_has_is_booked(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Prenota un tagliando per la Panda, AB 123 CD, domani alle 10.", context)
    assert out.handled and "create_appointment" in {c.name for c in out.tool_calls}, out


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Di chi è la Micra grigia, CD 456 EF?", "Micra"),
        ("Cosa abbiamo fatto sulla C-HR bianca, CD 456 EF?", "C-HR"),
        ("Prenota il cambio gomme per la Kona rossa, CD 456 EF, lunedì alle 9.", "Kona"),
    ],
)
def test_the_commonest_models_are_read_as_a_description(text: str, model: str) -> None:
    p = parse_it(text)
    assert p.slots.get("vehicle_description", {}).get("model") == model, p.slots
    assert p.slots.get("plate") == "CD456EF"


@pytest.mark.parametrize(
    "text",
    [
        "Rio ha chiamato per la Panda, AB 123 CD: domani alle 10 il tagliando.",  # a name, not the Kia
        "Per la Panda, AB 123 CD, in primavera il tagliando.",
    ],
)
def test_a_weak_model_word_without_an_article_is_no_model(text: str) -> None:
    p = parse_it(text)
    assert p.slots.get("vehicle_description", {}).get("model") in (None, "Panda"), p.slots


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Prenota il cambio gomme per la 500 gialla di Vitale, targa GP 809 TK, sabato alle 9.", "Vitale"),
        ("Prenota il tagliando per la Punto di Coppola, targa GP 809 TK, sabato alle 9.", "Coppola"),
    ],
)
def test_a_surname_near_a_model_stays_a_surname(text: str, customer: str) -> None:
    """The models added are read only when heard as written: Vitale is no Vitara, Coppola no Corolla."""
    p = parse_it(text)
    assert p.intent == "book" and p.handled, p.reason
    assert p.slots.get("customer") == customer, p.slots


@pytest.mark.parametrize("word", ["passato", "totale", "fiorito", "sprint", "vitali", "scenico"])
def test_everyday_words_are_not_put_back_to_a_model(word: str) -> None:
    from engine.fastpath.parser import heard_tokens

    assert heard_tokens(f"il {word} della Panda") == ["il", word, "della", "panda"]
