"""A word heard near a car's name right after a reflexive pronoun is the verb it sounds like, not the car: "se le scoda
sempre" (se le scorda: set 53's it-af55, asked "La GX564SG risulta la Bandit rosso gambero, non Škoda"), "si scoda",
"me lo scoda" (7 kept transcripts). After a car's article it is still put back as the car ("la scoda Fabia")."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens, parse


@pytest.mark.parametrize(
    "said",
    [
        "Allo Lovecchio, che se le scoda sempre, manda un WhatsApp due giorni prima",
        "Ciavarella si scoda sempre l'appuntamento, mandagli un promemoria",
        "me lo scoda ogni volta",
        "la signora se la scoda",
    ],
)
def test_a_verb_after_its_pronouns(said: str) -> None:
    assert "skoda" not in heard_tokens(said)
    assert (parse(said).slots.get("vehicle_description") or {}).get("make") != "Škoda"


@pytest.mark.parametrize("said", ["la scoda fabia di Rossi", "prenota un tagliando per la scoda octavia grigia"])
def test_a_car_after_its_article(said: str) -> None:
    assert "skoda" in heard_tokens(said)
