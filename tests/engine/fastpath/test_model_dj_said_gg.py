"""A model name with "dj" is said by an Italian as a doubled "gg" (Kadjar: "caggiar"), and whisper over workshop
noise writes it so, doubled or not ("cagiar"). The model is evidence for which plate was meant, so it is put
back where a model goes; a surname after "della" that only comes near it stays the owner's. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date(), unknown_ok=True)


def _model(text: str) -> str | None:
    desc = _p(text).slots.get("vehicle_description") or {}
    return desc.get("model")


def test_the_doubled_gg_before_an_owner_is_the_kadjar() -> None:
    assert _model("quand'è l'ultimo tagliando del caggiar della Ferri, FE 123 AB?") == "Kadjar"


def test_the_single_g_after_del_is_the_kadjar() -> None:
    assert _model("cancella la revisione di domani del cagiar FE 123 AB") == "Kadjar"


def test_the_model_spelt_right_is_still_taken() -> None:
    assert _model("il Kadjar grigio FE 123 AB, di chi è?") == "Kadjar"


def test_a_surname_near_the_sound_stays_the_owner() -> None:
    p = _p("annulla il tagliando della Caggiano, FE 123 AB")
    assert (p.slots.get("vehicle_description") or {}).get("model") is None, p


def test_the_model_before_an_owner_elided_dell_is_taken() -> None:
    # "il caggiar dell'Abbate": the owner's article elided before a vowel is an owner's too
    assert _model("quand'è che il caggiar dell'Abbate ha passato la revisione, FE 123 AB?") == "Kadjar"


def test_a_word_near_a_model_before_dell_stays_when_not_its_exact_sound() -> None:
    p = _p("quand'è che la casa dell'Abbate ha passato la revisione, FE 123 AB?")
    assert (p.slots.get("vehicle_description") or {}).get("model") is None, p
