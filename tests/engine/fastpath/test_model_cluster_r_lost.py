"""A model heard with the r of its opening cluster lost, as a speaker who drops it says it ("del Wangler di
Petrachi, GV …": the Wrangler; "il Cafter bianco": the Crafter): put back as a model with its r's lost already is
("il patne": the Partner), so the owner said after it is the customer, not the model heard. Only for the longer
names: a short one so heard is a surname or a word ("della Bera" is no Brera)."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it, slot


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Le pastiglie del Wangler di Rossi, AB 123 CD, sono da spostare a lunedì 30 alle 10.", "Wrangler"),
        ("Il Cafter bianco, EF 456 GH, un tagliando lunedì 30 alle 9.", "Crafter"),
    ],
)
def test_the_model_is_put_back(text: str, model: str) -> None:
    p = parse_it(text)
    assert slot(p, "model") == model, p.slots
    assert p.slots.get("customer") in (None, "Rossi"), p.slots


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Il tagliando della Bera, AB 123 CD, lunedì.", "bera"),
        ("La revisione del Coma, EF 456 GH.", "coma"),
    ],
)
def test_short_names_stay(text: str, kept: str) -> None:
    assert kept in heard_tokens(text), heard_tokens(text)
