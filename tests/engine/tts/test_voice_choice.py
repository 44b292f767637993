"""Which voice speaks each language: paola where the hub gave it, Kokoro offline, joe last; and the reason said."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.config import Settings
from engine.tts.voice_choice import JOE, PAOLA, choose_voice, voice_choices

KOKORO = "kokoro-82m"


def test_paola_first_where_the_hub_installed_it() -> None:
    choice = choose_voice("it", PAOLA, {PAOLA, KOKORO, JOE})
    assert (choice.used, choice.fallback) == (PAOLA, False)
    assert choice.reason("it") == f"Italiano: {PAOLA}"


def test_kokoro_speaks_italian_without_the_hub_and_says_why() -> None:
    choice = choose_voice("it", PAOLA, {KOKORO, JOE})
    assert (choice.used, choice.fallback) == (KOKORO, True)
    assert choice.reason("it").startswith(f"Italiano: {KOKORO} ({PAOLA} non installata: serve il model hub")
    assert "models install it_IT-paola-medium" in choice.reason("en")


def test_joe_only_as_the_last_resort_for_italian_and_that_is_said() -> None:
    choice = choose_voice("it", PAOLA, {JOE})
    assert choice.used == JOE and "americano" in choice.reason("it")
    assert choose_voice("it", PAOLA, set()).used is None
    assert "nessuna voce" in choose_voice("it", PAOLA, set()).reason("it")


def test_english_keeps_joe_and_a_chosen_kokoro_style_is_honoured() -> None:
    assert choose_voice("en", JOE, {JOE, KOKORO}).used == JOE
    assert choose_voice("en", JOE, {KOKORO}).used == KOKORO
    styled = choose_voice("it", f"{KOKORO}:jm_kumo", {PAOLA, KOKORO})
    assert (styled.used, styled.fallback) == (f"{KOKORO}:jm_kumo", False)


def test_a_typed_unknown_voice_falls_back_with_its_install_command() -> None:
    choice = choose_voice("it", "it_IT-nobody", {KOKORO})
    assert choice.used == KOKORO and "models install it_IT-nobody" in choice.reason("en")


def test_choices_read_what_is_installed(installed_models: Path) -> None:
    (it, en) = voice_choices({"it": PAOLA, "en": JOE})
    assert en.used == JOE
    assert it.used in (KOKORO, JOE)  # Kokoro when another test installed it in this session's folder


@pytest.mark.parametrize("detect", [False, True])
def test_engines_speak_italian_with_kokoro_where_paola_is_missing(
    installed_models: Path, kokoro: object, detect: bool
) -> None:
    from engine.pipeline.engines import load_engines
    from engine.tts import KokoroTTS, PiperTTS

    engines = load_engines(Settings(language="it", detect_language=detect), install=False)
    voice_id, tts = engines.voices["it"]
    assert voice_id == KOKORO and isinstance(tts, KokoroTTS) and tts.language == "it"
    assert engines.voice_fallback["it"] and "model hub" in engines.voice_choices["it"].reason("en")
    assert any("it_IT-paola-medium" in m.fix for m in engines.missing)
    if detect:
        assert engines.voices["en"][0] == JOE and isinstance(engines.voices["en"][1], PiperTTS)
