"""Which voice speaks each language, and why: the wanted voice, else the best installed one.

Italian: the Piper voice from the model hub (paola) when it is installed; where the hub was never
reached, Kokoro-82M with Italian phonemes (from PyPI, style jm_kumo): `officina bench voice` measured
it heard as Italian on every sentence with round-trip WER 0.30, against joe's 0.60 heard as English
(docs/PERFORMANCE.md "Italian voice offline"; Festival's Italian diphone voice ties on WER and is
faster, but is a robotic diphone voice from Debian, not a PyPI part); the American joe voice only as
the last resort. English: joe (WER 0.12, 4× faster first audio than Kokoro), else Kokoro.
"""

from __future__ import annotations

from dataclasses import dataclass

import models
from engine.tts.kokoro import MODEL_ID as KOKORO
from engine.tts.kokoro_tts import parse_voice_id

JOE = "en_US-joe-medium"
PAOLA = "it_IT-paola-medium"
RICCARDO = "it_IT-riccardo-x_low"

# Tried in order after the voice the settings ask for.
FALLBACKS: dict[str, tuple[str, ...]] = {
    "it": (PAOLA, RICCARDO, KOKORO, JOE),
    "en": (JOE, KOKORO),
}
# Voices a person can pick in the settings (an id not listed can still be typed).
CHOICES: dict[str, tuple[str, ...]] = {
    "it": (PAOLA, RICCARDO, KOKORO, *(f"{KOKORO}:{s}" for s in ("jf_gongitsune", "jf_tebukuro", "jf_alpha"))),
    "en": (JOE, KOKORO, f"{KOKORO}:jf_gongitsune"),
}
_HUB_ONLY = (PAOLA, RICCARDO)

_TEXT = {
    "it": {
        "language.it": "Italiano",
        "language.en": "Inglese",
        "wanted": "{used}",
        "hub": "{used} ({wanted} non installata: serve il model hub, `{fix}` con internet)",
        "missing": "{used} ({wanted} non installata: `{fix}`)",
        "none": "nessuna voce installata: le risposte si leggono ma non si sentono (`{fix}`)",
        "foreign": " — voce inglese: l'italiano suona americano",
    },
    "en": {
        "language.it": "Italian",
        "language.en": "English",
        "wanted": "{used}",
        "hub": "{used} ({wanted} not installed: it needs the model hub, `{fix}` with internet)",
        "missing": "{used} ({wanted} not installed: `{fix}`)",
        "none": "no voice installed: answers are shown but not spoken (`{fix}`)",
        "foreign": " — an English voice: Italian sounds American",
    },
}


@dataclass(frozen=True)
class VoiceChoice:
    """The voice for one language: the one wanted, the one used (None: none installed), and why."""

    language: str
    wanted: str
    used: str | None

    @property
    def fallback(self) -> bool:
        return self.used != self.wanted

    def reason(self, ui_language: str = "en") -> str:
        """One line for the settings and `models list`, e.g. "Italiano: kokoro-82m (… serve il model hub …)"."""
        text = _TEXT.get(ui_language, _TEXT["en"])
        wanted_model = parse_voice_id(self.wanted)[0]
        if self.used is None:
            key = "none"
        elif not self.fallback:
            key = "wanted"
        else:
            key = "hub" if wanted_model in _HUB_ONLY else "missing"
        line = text[key].format(used=self.used, wanted=self.wanted, fix=models.fix_command(wanted_model))
        if self.language == "it" and self.used == JOE:
            line += text["foreign"]
        return f"{text[f'language.{self.language}']}: {line}"


def choose_voice(language: str, wanted: str, installed: set[str] | frozenset[str]) -> VoiceChoice:
    """The first of `wanted` and the language's fallbacks whose model is installed (model ids)."""
    for voice_id in candidates(language, wanted):
        if parse_voice_id(voice_id)[0] in installed:
            return VoiceChoice(language, wanted, voice_id)
    return VoiceChoice(language, wanted, None)


def candidates(language: str, wanted: str) -> list[str]:
    """`wanted`, then the language's fallbacks, without repeats."""
    order = [wanted, *FALLBACKS.get(language, FALLBACKS["en"])]
    return list(dict.fromkeys(order))


def voice_choices(wanted: dict[str, str]) -> list[VoiceChoice]:
    """The choice for each language in `wanted` (language → voice id), from what is installed now."""
    installed = {s.id for s in models.status() if s.ok}
    return [choose_voice(language, voice, installed) for language, voice in wanted.items()]
