"""The STT prompt per language: the workshop's commonest services in a short phrase, never a plate."""

from __future__ import annotations

from engine.stt.prompt import MAX_SERVICES, vocabulary_prompt

VOCABULARY = {
    "services": [
        "Tagliando",
        "Cambio gomme",
        "Revisione 2024",
        "Cambio olio e filtri",
        "Frizione",
        "Carrozzeria",
    ],
    "plates": ["AB123CD", "FG456HK"],
    "makes": ["Fiat"],
    "models": ["Panda", "500"],
}


def test_italian_gets_a_short_phrase_of_services_and_never_a_plate() -> None:
    prompt = vocabulary_prompt(VOCABULARY, "it")
    assert prompt is not None and prompt.startswith("Prenotazioni in officina: tagliando, cambio gomme")
    assert "AB123CD" not in prompt and "FG456HK" not in prompt
    assert not any(c.isdigit() for c in prompt)  # "Revisione 2024" is left out too
    assert prompt.count(",") == MAX_SERVICES  # the services, then "primo posto libero"


def test_no_prompt_without_a_measured_phrase_or_services() -> None:
    assert vocabulary_prompt(VOCABULARY, "en") is None
    assert vocabulary_prompt({"plates": ["AB123CD"]}, "it") is None
    assert vocabulary_prompt({}, "it") is None
