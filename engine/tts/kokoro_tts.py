"""`KokoroTTS`: Kokoro-82M as a `TTS` voice, one chunk per clause so the first audio comes early.

Kokoro makes a sentence in one ONNX run, so a long sentence would be heard only when all of it exists.
The sentence is cut at its commas, semicolons and colons (`engine.tts.splitter.clauses`): the first
clause is heard after one short run and the others are made while it plays. Every run gets the job's
`RunOptions`, so a barge-in terminates it at once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from engine.audio.chunk import AudioChunk
from engine.errors import TtsError
from engine.tts.base import TTS, SynthesisJob
from engine.tts.kokoro import DEFAULT_STYLES, MODEL_ID, SAMPLE_RATE, KokoroModel, load_kokoro
from engine.tts.splitter import clauses

_LOGGER = logging.getLogger(__name__)

# Silence after a piece: a comma's breath, or a sentence's end (the model's own edges are trimmed).
_CLAUSE_PAUSE_S = 0.12
_SENTENCE_PAUSE_S = 0.25


def parse_voice_id(voice_id: str) -> tuple[str, str | None]:
    """ "kokoro-82m" or "kokoro-82m:jm_kumo" → (model id, style or None); other ids → (id, None)."""
    model_id, _, style = voice_id.partition(":")
    return model_id, style or None


def is_kokoro(voice_id: str) -> bool:
    return parse_voice_id(voice_id)[0] == MODEL_ID


class KokoroTTS(TTS):
    """Kokoro in one language ("it" or "en") and one speaker style; chunks at 24 kHz."""

    sample_rate = SAMPLE_RATE

    def __init__(
        self,
        model: KokoroModel,
        *,
        language: str,
        style: str | None = None,
        speed: float = 1.0,
        volume: float = 1.0,
    ) -> None:
        if language not in DEFAULT_STYLES:
            raise TtsError(f"Kokoro has no phonemes for language {language!r}.")
        style = style or DEFAULT_STYLES[language]
        if style not in model.styles:
            raise TtsError(f"Unknown Kokoro speaker style {style!r}; known: {', '.join(model.styles)}.")
        if not 0.5 <= speed <= 2.0:
            raise TtsError(f"Kokoro speed must be between 0.5 and 2.0, got {speed}.")
        self._model = model
        self.language = language
        self.style = style
        self.speed = speed
        self.volume = volume
        self.name = f"{MODEL_ID}:{style}"

    @classmethod
    def load(
        cls, voice_id: str = MODEL_ID, *, language: str, folder: Path | None = None, speed: float = 1.0
    ) -> KokoroTTS:
        """The voice `voice_id` ("kokoro-82m[:style]") from the installed model. Blocking (~1 s once).

        Raises ModelMissingError (with the install command) when the model is not installed.
        """
        model_id, style = parse_voice_id(voice_id)
        if model_id != MODEL_ID:
            raise TtsError(f"{voice_id!r} is not a Kokoro voice.")
        return cls(load_kokoro(folder), language=language, style=style, speed=speed)

    def _synthesize_impl(self, text: str, job: SynthesisJob) -> Iterator[AudioChunk]:
        pieces = clauses(text)
        for number, clause in enumerate(pieces):
            last = number == len(pieces) - 1
            for phonemes in self._model.phonemes(clause, self.language):
                if job.cancelled.is_set():
                    return
                audio = self._model.synthesize(
                    phonemes, style=self.style, speed=self.speed, run_options=job.run_options
                )
                if job.cancelled.is_set():
                    return
                if audio.size == 0:
                    continue
                pause = np.zeros(
                    int((_SENTENCE_PAUSE_S if last else _CLAUSE_PAUSE_S) * SAMPLE_RATE), np.float32
                )
                yield AudioChunk(np.concatenate([_level(audio, self.volume), pause]), SAMPLE_RATE)


def _level(audio: np.ndarray, volume: float) -> np.ndarray:
    """Peak-normalised like Piper's chunks, so both voices play at the same loudness."""
    peak = float(np.max(np.abs(audio)))
    scaled = audio * (0.95 / peak) if peak > 1e-6 else np.zeros_like(audio)
    return np.clip(scaled * volume, -1.0, 1.0).astype(np.float32)
