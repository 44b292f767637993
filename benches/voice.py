"""`officina bench voice`: the ways to speak Italian (and English), measured on what the app really says.

Each voice speaks the fast path's and the pipeline's own sentences (filled templates); whisper base
listens to the result. Per voice: round-trip word error rate (whisper with the language fixed, so it
measures intelligibility), the language whisper identifies and its probability, first-audio latency
(the first piece the app's splitter sends, to its first chunk) and real-time factor (synthesis time
over audio time). Voices: Piper joe (en_US, also reading Italian), Kokoro-82M in every speaker style,
Festival's Italian diphone voices when Debian's `festival` and `festvox-ita*16k` are installed.
"""

from __future__ import annotations

import logging
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from engine.audio.chunk import STT_RATE, AudioChunk, resample
from engine.tts.fixed_lines import fixed_lines
from i18n.fastpath import TEXTS
from i18n.replies import reply

_LOGGER = logging.getLogger(__name__)

# Values the fast path fills its templates with, as a workshop's day would have them.
_FILL = {
    "it": {
        "service": "tagliando",
        "vehicle": "la Fiat Panda grigia",
        "owner": " di Mario Rossi",
        "when": "mercoledì 3 dicembre alle 9:00",
        "plate": "GH 907 MN",
        "day": "Domani",
        "count": "3",
        "items": "alle 9:00 tagliando per la Panda, alle 11:00 cambio gomme per la Golf",
        "alternatives": "giovedì alle 10:00 o venerdì alle 14:30",
        "what": "con la targa GH 907 MN",
        "channel": "WhatsApp",
    },
    "en": {
        "service": "oil change",
        "vehicle": "the grey Fiat Panda",
        "owner": " of Mario Rossi",
        "when": "Wednesday 3 December at 9:00",
        "plate": "GH 907 MN",
        "day": "Tomorrow",
        "count": "3",
        "items": "at 9:00 oil change for the Panda, at 11:00 tyre change for the Golf",
        "alternatives": "Thursday at 10:00 or Friday at 14:30",
        "what": "with plate GH 907 MN",
        "channel": "WhatsApp",
    },
}
_TEMPLATES = (
    "booked", "first_free", "plate_owner", "history_last", "day_list", "slot_taken", "moved",
    "cancel_confirm", "vehicle_not_found", "ask_vehicle",
)  # fmt: skip
_REPLIES = ("offline", "no_words")
KOKORO_STYLES = ("jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo")
FESTIVAL_VOICES = ("lp_diphone", "pc_diphone")


def sentences(language: str) -> list[str]:
    """The sentences the app says most: fast-path templates filled as on a real day, and its own replies."""
    out = []
    for key in _TEMPLATES:
        template = TEXTS[key][language]
        values = dict(_FILL[language])
        if "}{owner}" not in template:  # "… di {owner}": the name alone
            values["owner"] = values["owner"].split(" ", 2)[-1]
        text = template.format(**values)
        out.append(text[0].upper() + text[1:])
    return out + [reply(key, language) for key in _REPLIES]


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Word-level edit distance over the reference's length, on lower-case words without punctuation."""
    ref, hyp = _words(reference), _words(hypothesis)
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1] / max(1, len(ref))


def _words(text: str) -> list[str]:
    return re.findall(r"[\wàèéìòù']+", re.sub(r"[:.]00\b", "", text.lower()).replace("'", " "))


# --- the voices --------------------------------------------------------------------------------------


Speaker = Callable[[str], Iterator[AudioChunk]]


def _festival(voice: str) -> Speaker:
    """Festival's text2wave in a subprocess: one whole utterance, no streaming."""

    def speak(text: str) -> Iterator[AudioChunk]:
        from engine.audio.files import read_wav

        with tempfile.TemporaryDirectory() as tmp:
            source, wav = Path(tmp) / "in.txt", Path(tmp) / "out.wav"
            source.write_bytes(text.encode("latin-1", "replace"))  # Festival reads ISO-8859-1
            subprocess.run(
                ["text2wave", "-eval", f"(voice_{voice})", str(source), "-o", str(wav)],
                check=True,
                capture_output=True,
                timeout=60,
            )
            samples, rate = read_wav(wav)
        yield AudioChunk(samples, rate)

    return speak


def voices(language: str, *, only: str | None = None, clips: bool = True) -> dict[str, Speaker | str]:
    """Name → speaker, or → why it cannot be measured here; `only`: names containing it; `clips`: Kokoro
    plays the app's fixed words from its clips, as the app does (made here first if missing)."""
    import models
    from engine.tts import KokoroTTS, PiperTTS

    found: dict[str, Speaker | str] = {}
    try:
        joe = PiperTTS.load(models.resolve("en_US-joe-medium"))
        found["piper:en_US-joe-medium"] = joe.synthesize_blocking
    except Exception as exc:
        found["piper:en_US-joe-medium"] = f"not available: {exc}"
    for style in KOKORO_STYLES:
        name = f"kokoro-82m:{style}"
        if only and only not in name:
            continue
        try:
            kokoro = KokoroTTS.load(name, language=language)
            if clips:
                kokoro.use_clips(fixed_lines(language))
                kokoro.make_clips()
            found[name] = kokoro.synthesize_blocking
        except Exception as exc:
            found[name] = f"not available: {exc}"
    if language == "it":
        have = shutil.which("text2wave") is not None
        for voice in FESTIVAL_VOICES:
            installed = Path("/usr/share/festival/voices/italian", voice).is_dir()
            found[f"festival:{voice}"] = (
                _festival(voice)
                if have and installed
                else "not installed (Debian: festival festvox-italp16k festvox-itapc16k)"
            )
    return found


# --- measuring ---------------------------------------------------------------------------------------


def _first_piece(text: str) -> str:
    from engine.tts import SentenceSplitter

    splitter = SentenceSplitter(eager_first=True)
    return (splitter.push_text(text) + splitter.flush())[0]


def measure(speaker: Speaker, texts: list[str], language: str, stt: Any) -> dict[str, Any]:
    """One voice over the sentences: WER, language identified, first audio, real-time factor."""
    from engine.tts import SentenceSplitter

    wers, p_lang, heard_as, first_ms, rtfs = [], [], [], [], []
    for text in texts:
        started = time.perf_counter()
        first = next(iter(speaker(_first_piece(text))))
        first_ms.append((time.perf_counter() - started) * 1e3)
        del first
        splitter = SentenceSplitter(eager_first=True)
        chunks: list[AudioChunk] = []
        synth_s = 0.0
        for piece in splitter.push_text(text) + splitter.flush():  # as the app sends them
            started = time.perf_counter()
            chunks.extend(speaker(piece))
            synth_s += time.perf_counter() - started
        audio = np.concatenate([resample(c.samples, c.sample_rate, STT_RATE) for c in chunks])
        rtfs.append(synth_s / max(1e-6, len(audio) / STT_RATE))
        segments, _info = stt.transcribe(
            audio, language=language, beam_size=1, condition_on_previous_text=False
        )
        wers.append(word_error_rate(text, " ".join(s.text for s in segments)))
        detected, _p, probs = stt.detect_language(audio)
        heard_as.append(detected)
        p_lang.append(dict(probs).get(language, 0.0))
    return {
        "wer": round(statistics.mean(wers), 3),
        "wer_max": round(max(wers), 3),
        "heard_as_language_pct": round(100 * sum(h == language for h in heard_as) / len(heard_as), 1),
        "p_language": round(statistics.mean(p_lang), 3),
        "first_audio_ms_p50": round(statistics.median(first_ms)),
        "first_audio_ms_max": round(max(first_ms)),
        "rtf": round(statistics.median(rtfs), 3),
    }


def run(
    *, languages: tuple[str, ...] = ("it", "en"), only: str | None = None, clips: bool = True
) -> dict[str, Any]:
    """Every voice on every language's sentences; `only` keeps the voices whose name contains it;
    `clips=False`: Kokoro makes every piece, even the fixed words the app plays from clips."""
    import os

    from faster_whisper import WhisperModel

    import models

    stt = WhisperModel(str(models.resolve("whisper-base")), device="cpu", compute_type="int8", cpu_threads=2)
    result: dict[str, Any] = {
        "voice": {},
        "stt": "whisper-base, int8, 2 threads, beam 1",
        "kokoro_clips": clips,
        "load_avg_1m": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
    }
    for language in languages:
        texts = sentences(language)
        per_voice: dict[str, Any] = {"sentences": len(texts)}
        for name, speaker in voices(language, only=only, clips=clips).items():
            if only and only not in name:
                continue
            if isinstance(speaker, str):
                per_voice[name] = {"error": speaker}
                continue
            _LOGGER.info("bench voice %s %s", language, name)
            speaker("Ok.").__next__()  # the first run allocates; do not count it
            per_voice[name] = measure(speaker, texts, language, stt)
        result["voice"][language] = per_voice
    result["load_avg_1m_after"] = round(os.getloadavg()[0], 2)
    return result
