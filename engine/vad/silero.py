"""`SileroVad`: the loaded model plus options; makes streams, trims silence, scores whole signals."""

from __future__ import annotations

import dataclasses
import logging
import threading
from pathlib import Path

import numpy as np

from engine.vad.onnx_model import SileroOnnxModel, default_model_path
from engine.vad.options import VadOptions
from engine.vad.stream import VadStream
from engine.vad.trim import Trimmed, speech_segments, trim

_LOGGER = logging.getLogger(__name__)

_CACHE: dict[Path, SileroOnnxModel] = {}
_CACHE_LOCK = threading.Lock()


class SileroVad:
    """Silero VAD without torch: faster-whisper's ONNX model through onnxruntime."""

    def __init__(self, model: SileroOnnxModel, options: VadOptions | None = None) -> None:
        self._model = model
        self.options = options or VadOptions()

    @classmethod
    def load(cls, path: Path | None = None, *, options: VadOptions | None = None) -> SileroVad:
        """Load the ONNX model (blocking, ~10 ms; cached per path). Default: faster-whisper's asset.

        Raises ModelMissingError when the file is missing or corrupt.
        """
        resolved = (path or default_model_path()).resolve()
        with _CACHE_LOCK:
            model = _CACHE.get(resolved)
            if model is None:
                model = _CACHE[resolved] = SileroOnnxModel(resolved)
                _LOGGER.info("Loaded Silero VAD from %s", resolved)
        return cls(model, options)

    def update_options(self, **changes: object) -> None:
        """Change options for streams created from now on (e.g. min_silence_ms=600)."""
        self.options = dataclasses.replace(self.options, **changes)  # type: ignore[arg-type]

    def stream(self, options: VadOptions | None = None) -> VadStream:
        """A new streaming detector with its own recurrent state."""
        return VadStream(self._model, options or self.options)

    def probabilities(self, audio: np.ndarray) -> np.ndarray:
        """Speech probability per 32 ms frame of a whole 16 kHz signal (blocking)."""
        return self._model.probabilities(np.asarray(audio, dtype=np.float32))

    def segments(self, audio: np.ndarray, options: VadOptions | None = None) -> list[tuple[float, float]]:
        """(start_s, end_s) of the speech in a whole 16 kHz signal (blocking)."""
        return speech_segments(self.probabilities(audio), options or self.options)

    def trim_silence(self, audio: np.ndarray, options: VadOptions | None = None) -> Trimmed:
        """Cut leading/trailing silence (blocking; ~5 ms per second of audio)."""
        audio = np.asarray(audio, dtype=np.float32)
        return trim(audio, self.probabilities(audio), options or self.options)
