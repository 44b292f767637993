"""A model with its colour run on, the colour itself heard one sound off: whisper's "della AigoVeide" for
"della Aygo verde", found speaking to the app under Xvfb (Kokoro Italian, whisper base), and "la aigorosa"
for "la Aygo rossa" (held-out set 16). The sentences below are new."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("heard", "model", "colour"),
    [
        ("mostrami la scheda della aigoveide targa km 138", "aygo", "verde"),
        ("la aigorosa della ferri ha la gomma a terra", "aygo", "rossa"),
        ("il tonalegrigio di bassi", "tonale", "grigio"),  # a one-sound model, the colour written right
        ("la pandanela di rossi", "panda", "nera"),
    ],
)
def test_a_model_with_its_colour_run_on_heard_one_sound_off(heard: str, model: str, colour: str) -> None:
    tokens = heard_tokens(heard)
    assert model in tokens and colour in tokens, tokens


def test_the_description_is_read_for_a_look_up() -> None:
    p = parse_it("Fammi vedere la scheda della Aigoveide, targa KM 138 GC.")
    assert p.intent == "lookup_plate" and p.slots["plate"] == "KM138GC"
    assert p.slots["vehicle_description"]["model"] == "Aygo"


@pytest.mark.parametrize(
    "heard",
    [
        "la biancheria della signora",  # "bianca" opens it, no model before
        "la mareggiata di ieri",
        "della vitalerde",  # a surname one sound from a model after "della": only the exact sound is taken
        "la portiera verde",  # a word and a colour apart: nothing run on
    ],
)
def test_words_that_only_end_like_a_colour_stay_words(heard: str) -> None:
    tokens = heard_tokens(heard)
    assert not {"aygo", "tonale", "panda", "vitara", "porter"} & set(tokens), tokens
