"""The speech bench's audio: each utterance spoken by Kokoro-82M in a speaker style and speed, at 16 kHz,
and a noisy copy with workshop noise (compressor hum, impact-wrench bursts, a radio) at 10 dB SNR.

Nothing is committed: every WAV is made on demand and cached by content hash (text, language, style,
speed, noise recipe) under `cache_dir()`; the bench renders only what is missing. The noises are
synthesised with numpy from a seed fixed per utterance, so a noisy copy is the same on every machine.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from engine.audio.files import read_audio, write_wav
from engine.paths import APP_AUTHOR, APP_NAME

if TYPE_CHECKING:
    from engine.tts.kokoro import KokoroModel

_LOGGER = logging.getLogger(__name__)

RATE = 16_000
STYLES = ("jf_alpha", "jm_kumo", "jf_nezumi")
"""Three of Kokoro's five speaker styles (two female, one male)."""
SPEEDS = (1.0, 1.2)
"""A careful speaker and a hurried one."""
SNR_DB = 10.0
NOISE_RECIPE = "workshop-v1: hum(50Hz+harmonics, motor AM) + wrench bursts + radio(300-3400Hz music+babble)"
LEAD_S = 0.4
"""Silence before the first word (the key is pressed before speaking) and after the last (released after)."""
TAIL_S = 0.5
_RENDER_VERSION = "1"


@dataclass(frozen=True)
class Voice:
    """One speaker: a Kokoro style and a speaking speed."""

    style: str
    speed: float

    @property
    def name(self) -> str:
        return f"{self.style}@{self.speed:g}"


def voices(styles: tuple[str, ...] = STYLES, speeds: tuple[float, ...] = SPEEDS) -> list[Voice]:
    return [Voice(style, speed) for style in styles for speed in speeds]


def cache_dir() -> Path:
    """OFFICINA_BENCH_CACHE, else <OFFICINA_HOME>/cache/bench-speech, else the user cache folder."""
    explicit = os.environ.get("OFFICINA_BENCH_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    home = os.environ.get("OFFICINA_HOME")
    if home:
        return Path(home).expanduser() / "cache" / "bench-speech"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "bench-speech"


def audio_key(text: str, language: str, voice: Voice, noisy: bool) -> str:
    recipe = {"text": text, "language": language, "style": voice.style, "speed": voice.speed,
              "noise": NOISE_RECIPE if noisy else None, "snr_db": SNR_DB if noisy else None,
              "lead_s": LEAD_S, "tail_s": TAIL_S, "render": _RENDER_VERSION}  # fmt: skip
    return hashlib.sha256(json.dumps(recipe, sort_keys=True).encode()).hexdigest()[:24]


class Renderer:
    """Makes (or finds in the cache) the WAV of one utterance in one voice, clean or noisy."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or cache_dir()
        self._kokoro: KokoroModel | None = None
        self.rendered = 0
        """WAVs synthesised by this renderer (not found in the cache)."""

    def _model(self) -> KokoroModel:
        if self._kokoro is None:  # onnxruntime and the model load only when something must be rendered
            from engine.tts.kokoro import load_kokoro

            self._kokoro = load_kokoro()
        return self._kokoro

    def path(self, text: str, language: str, voice: Voice, *, noisy: bool) -> Path:
        return self.folder / f"{audio_key(text, language, voice, noisy)}.wav"

    def audio(self, text: str, language: str, voice: Voice, *, noisy: bool) -> np.ndarray:
        """float32 mono at 16 kHz."""
        path = self.path(text, language, voice, noisy=noisy)
        if path.exists():
            return read_audio(path)
        if noisy:
            clean = self.audio(text, language, voice, noisy=False)
            seed = int(audio_key(text, language, voice, True)[:8], 16)
            samples = mix_at_snr(clean, workshop_noise(len(clean), seed), SNR_DB)
        else:
            samples = self._speak(text, language, voice)
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".part.wav")
        write_wav(tmp, samples, RATE)
        os.replace(tmp, path)
        self.rendered += 1
        return read_audio(path)

    def _speak(self, text: str, language: str, voice: Voice) -> np.ndarray:
        import soxr

        from engine.tts.kokoro import SAMPLE_RATE

        spoken = self._model().speak(text, language, style=voice.style, speed=voice.speed)
        audio = soxr.resample(spoken, SAMPLE_RATE, RATE).astype(np.float32)
        peak = float(np.max(np.abs(audio))) if audio.size else 0.0
        if peak > 0:
            audio *= 0.7 / peak
        lead, tail = np.zeros(int(LEAD_S * RATE), np.float32), np.zeros(int(TAIL_S * RATE), np.float32)
        return np.concatenate([lead, audio, tail])


def mix_at_snr(speech: np.ndarray, noise: np.ndarray, snr_db: float) -> np.ndarray:
    """`speech` plus `noise` scaled so the speech (its voiced part) is `snr_db` above the noise."""
    voiced = speech[np.abs(speech) > 0.01]
    p_speech = float(np.mean(voiced**2)) if voiced.size else float(np.mean(speech**2))
    p_noise = float(np.mean(noise**2)) or 1e-12
    gain = np.sqrt(p_speech / (p_noise * 10 ** (snr_db / 10)))
    mixed = speech + gain * noise
    peak = float(np.max(np.abs(mixed)))
    return (mixed / peak * 0.9 if peak > 0.99 else mixed).astype(np.float32)


def workshop_noise(n: int, seed: int) -> np.ndarray:
    """A workshop in `n` samples: a compressor's hum, two or three impact-wrench bursts, a radio."""
    rng = np.random.default_rng(seed)
    t = np.arange(n) / RATE
    parts = (
        1.0 * _unit(_hum(t, rng)),
        0.8 * _unit(_radio(t, rng)),
        _wrench_bursts(n, rng),
    )
    return np.sum(parts, axis=0).astype(np.float32)


def _unit(x: np.ndarray) -> np.ndarray:
    rms = float(np.sqrt(np.mean(x**2))) or 1.0
    return x / rms


def _band(x: np.ndarray, low: float, high: float) -> np.ndarray:
    """`x` band-limited to [low, high] Hz (FFT mask, soft edges)."""
    spectrum = np.fft.rfft(x)
    freqs = np.fft.rfftfreq(len(x), 1 / RATE)
    mask = 1 / (1 + (low / np.maximum(freqs, 1e-3)) ** 8) / (1 + (freqs / high) ** 8)
    return np.fft.irfft(spectrum * mask, n=len(x))


def _hum(t: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Compressor: mains hum with harmonics, the motor's beat, and rumbling low-passed noise."""
    base = rng.uniform(48.0, 52.0)
    hum = sum(np.sin(2 * np.pi * base * k * t + rng.uniform(0, 6.3)) / k for k in (1, 2, 3, 4, 6))
    beat = 1 + 0.3 * np.sin(2 * np.pi * rng.uniform(18, 26) * t)
    rumble = _band(rng.standard_normal(len(t)), 30, 400)
    return hum * beat + 2.0 * _unit(rumble)


def _radio(t: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A small radio: a tune (notes with vibrato) over a voice-like babble, band-limited like a speaker."""
    n = len(t)
    tune = np.zeros(n)
    note_len = int(rng.uniform(0.18, 0.35) * RATE)
    for start in range(0, n, note_len):
        freq = 220 * 2 ** (rng.integers(0, 15) / 12)
        seg = t[start : start + note_len] - t[start]
        env = np.minimum(1, seg * 40) * np.exp(-seg * 3)
        vib = np.sin(2 * np.pi * 5 * seg) * 0.004
        tone = np.sin(2 * np.pi * freq * seg * (1 + vib)) + 0.4 * np.sin(4 * np.pi * freq * seg)
        tune[start : start + note_len] = env * tone
    syllables = np.clip(np.sin(2 * np.pi * rng.uniform(3.5, 5.0) * t + rng.uniform(0, 6.3)), 0, None)
    babble = _band(rng.standard_normal(n), 200, 3000) * syllables
    return _band(0.7 * _unit(tune) + _unit(babble), 300, 3400)


def _wrench_bursts(n: int, rng: np.random.Generator) -> np.ndarray:
    """Impact wrench: bursts of hammer blows (25-35 per second) ringing in metal, 0.3-0.8 s each."""
    out = np.zeros(n)
    duration_s = n / RATE
    count = 2 if duration_s < 4 else 3
    for _ in range(count):
        length = int(rng.uniform(0.3, 0.8) * RATE)
        start = int(rng.uniform(0, max(1, n - length)))
        rate = rng.uniform(25, 35)
        burst = np.zeros(length)
        period = int(RATE / rate)
        burst[::period] = 1.0
        ring_t = np.arange(int(0.02 * RATE)) / RATE
        ring = np.sin(2 * np.pi * rng.uniform(1800, 3500) * ring_t) * np.exp(-ring_t * 250)
        hits = np.convolve(burst, ring)[:length] + 0.15 * _band(rng.standard_normal(length), 1000, 7000)
        envelope = np.minimum(1, np.arange(length) / (0.02 * RATE)) * np.minimum(
            1, (length - np.arange(length)) / (0.05 * RATE)
        )
        out[start : start + length] += 3.0 * _unit(hits) * envelope
    return out


def voice_for(position: int, choices: list[Voice]) -> Voice:
    """The voice of the set's `position`-th row: the voices take turns, so each row is rendered once
    and every style and speed is heard across the set."""
    return choices[position % len(choices)]
