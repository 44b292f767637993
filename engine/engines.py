"""Loading the pipeline's engines from settings: STT, VAD and the voices, with what is missing and how to fix it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import models
from engine.config import Settings
from engine.errors import ConfigError, OfficinaError
from engine.stt import STT, create_stt
from engine.tts import PiperTTS
from engine.turn import MissingItem
from engine.vad import VAD, SileroVad
from models import ModelError, fix_command

_LOGGER = logging.getLogger(__name__)

FALLBACK_VOICES = ("en_US-joe-medium", "it_IT-paola-medium", "it_IT-riccardo-x_low")


@dataclass
class Engines:
    """What could be loaded, and what could not (with the fix)."""

    stt: STT | None = None
    vad: VAD | None = None
    voices: dict[str, tuple[str, Any]] = field(default_factory=dict)
    """Language → (voice id actually used, PiperTTS)."""
    voice_fallback: dict[str, bool] = field(default_factory=dict)
    missing: list[MissingItem] = field(default_factory=list)
    installed: list[str] = field(default_factory=list)


def _installed_models() -> list[str]:
    return [s.id for s in models.status() if s.ok]


def _install_defaults(progress: Any | None) -> None:
    try:
        models.ensure_defaults(progress)
    except (OfficinaError, ModelError) as exc:
        _LOGGER.warning("Installing the default models failed: %s", exc.message)


def _load_voice(voice_id: str) -> Any:
    """Load a voice and synthesize one word, so the first real sentence does not pay ONNX's first run."""
    tts = PiperTTS.load(models.resolve(voice_id))
    for _ in tts.synthesize_blocking("Ok."):
        pass
    return tts


def load_engines(settings: Settings, *, install: bool = True, progress: Any | None = None) -> Engines:
    """BLOCKING: install missing defaults (first run), load whisper, Silero and the voice per language."""
    engines = Engines()
    needs_install = False
    for model_id in (settings.whisper_model, settings.voice_for(settings.language), FALLBACK_VOICES[0]):
        try:
            models.resolve(model_id)
        except ModelError:
            needs_install = needs_install or model_id in (settings.whisper_model, FALLBACK_VOICES[0])
    if install and needs_install:
        _install_defaults(progress)
    engines.installed = _installed_models()

    try:
        engines.stt = create_stt(settings)
    except ModelError as exc:
        engines.missing.append(MissingItem(f"Speech-to-text model missing: {exc.message}", exc.fix))
    except ConfigError as exc:
        engines.missing.append(MissingItem(exc.message, "Settings → Speech-to-text"))
    notice = getattr(engines.stt, "notice", None)
    if notice:
        engines.missing.append(MissingItem(notice, "Settings → OpenAI API key"))

    try:
        engines.vad = SileroVad.load()
    except OfficinaError as exc:
        engines.missing.append(MissingItem(f"Voice activity model missing: {exc.message}", "uv sync"))

    languages = ["it", "en"] if settings.detect_language else [settings.language]
    for language in languages:
        wanted = settings.voice_for(language)
        for voice_id in (wanted, *FALLBACK_VOICES):
            try:
                engines.voices[language] = (voice_id, _load_voice(voice_id))
            except (ModelError, KeyError):
                continue
            engines.voice_fallback[language] = voice_id != wanted
            break
        if language not in engines.voices:
            engines.missing.append(
                MissingItem(
                    "No voice is installed: answers are shown but not spoken.",
                    fix_command(wanted),
                )
            )
        elif engines.voice_fallback[language]:
            used = engines.voices[language][0]
            engines.missing.append(
                MissingItem(
                    f"The voice {wanted} is not installed; speaking with {used}.",
                    fix_command(wanted),
                )
            )
    return engines
