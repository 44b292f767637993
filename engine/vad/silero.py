"""`SileroVad`: the loaded model plus options; makes streams, trims silence, scores whole signals."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import numpy as np

from engine.vad.base import VAD
from engine.vad.onnx_model import SileroOnnxModel, default_model_path
from engine.vad.options import VadOptions
from engine.vad.stream import VadStream

_LOGGER = logging.getLogger(__name__)

_CACHE: dict[Path, SileroOnnxModel] = {}
_CACHE_LOCK = threading.Lock()


class SileroVad(VAD):
    """Silero VAD without torch: faster-whisper's ONNX model through onnxruntime."""

    def __init__(self, model: SileroOnnxModel, options: VadOptions | None = None) -> None:
        super().__init__(options)
        self._model = model

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

    def stream(self, options: VadOptions | None = None) -> VadStream:
        """A new streaming detector with its own recurrent state."""
        return self._stream_impl(options or self.options)

    def _stream_impl(self, options: VadOptions) -> VadStream:
        return VadStream(self._model, options)

    def _probabilities_impl(self, audio: np.ndarray) -> np.ndarray:
        return self._model.probabilities(audio)
