"""The Silero VAD v6 ONNX model (bundled with faster-whisper) run through onnxruntime, no torch."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

import numpy as np

from engine.errors import ModelMissingError

_LOGGER = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
FRAME_SAMPLES = 512
"""One inference step: 512 new samples (32 ms at 16 kHz)."""
CONTEXT_SAMPLES = 64
"""v5/v6 models see the last 64 samples of the previous frame in front of each frame."""
_STATE_SHAPE = (1, 1, 128)
_MAX_BATCH = 10_000
_FIX = "uv sync  (reinstalls faster-whisper, which bundles the Silero VAD model)"


def default_model_path() -> Path:
    """faster_whisper/assets/silero_vad_v6.onnx inside the installed faster-whisper package."""
    spec = importlib.util.find_spec("faster_whisper")
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissingError(
            "The faster-whisper package (which holds the Silero VAD model) is missing.", fix=_FIX
        )
    return Path(next(iter(spec.submodule_search_locations))) / "assets" / "silero_vad_v6.onnx"


class SileroOnnxModel:
    """The ONNX session: inputs `input` [N, 576], `h`/`c` [1, 1, 128]; output speech probabilities [N, 1]."""

    def __init__(self, path: Path) -> None:
        import onnxruntime

        if not path.is_file():
            raise ModelMissingError(f"The Silero VAD model is missing ({path}).", fix=_FIX)
        opts = onnxruntime.SessionOptions()
        opts.inter_op_num_threads = 1
        opts.intra_op_num_threads = 1
        opts.enable_cpu_mem_arena = False
        opts.log_severity_level = 4
        try:
            self._session = onnxruntime.InferenceSession(
                str(path), sess_options=opts, providers=["CPUExecutionProvider"]
            )
        except Exception as err:  # onnxruntime raises its own Fail/InvalidProtobuf types
            raise ModelMissingError(f"The Silero VAD model is corrupt ({path.name}).", fix=_FIX) from err
        names = {i.name for i in self._session.get_inputs()}
        if names != {"input", "h", "c"}:
            raise ModelMissingError(
                f"{path.name} is not a Silero VAD v6 model (inputs {sorted(names)}).", fix=_FIX
            )
        self.path = path

    def new_state(self) -> SileroState:
        """Fresh recurrent state and context for one audio stream."""
        return SileroState()

    def step(self, frame: np.ndarray, state: SileroState) -> float:
        """Speech probability of one 512-sample frame; advances `state`."""
        x = np.concatenate([state.context, frame])[None, :]
        prob, state.h, state.c = self._session.run(None, {"input": x, "h": state.h, "c": state.c})
        state.context = frame[-CONTEXT_SAMPLES:].copy()
        return float(np.squeeze(prob))

    def probabilities(self, audio: np.ndarray) -> np.ndarray:
        """Per-frame probabilities of a whole signal in one batched call (the last frame zero-padded)."""
        if len(audio) == 0:
            return np.zeros(0, dtype=np.float32)
        frames = -(-len(audio) // FRAME_SAMPLES)
        padded = np.zeros(frames * FRAME_SAMPLES, dtype=np.float32)
        padded[: len(audio)] = audio
        batch = padded.reshape(frames, FRAME_SAMPLES)
        context = np.zeros((frames, CONTEXT_SAMPLES), dtype=np.float32)
        context[1:] = batch[:-1, -CONTEXT_SAMPLES:]
        inputs = np.concatenate([context, batch], 1)
        h = np.zeros(_STATE_SHAPE, dtype=np.float32)
        c = np.zeros(_STATE_SHAPE, dtype=np.float32)
        out = []
        for start in range(0, frames, _MAX_BATCH):  # the model carries h/c along the batch axis
            prob, h, c = self._session.run(
                None, {"input": inputs[start : start + _MAX_BATCH], "h": h, "c": c}
            )
            out.append(np.asarray(prob, dtype=np.float32).reshape(-1))
        return np.concatenate(out)


class SileroState:
    """Recurrent state (h, c) and the 64-sample context of one stream."""

    def __init__(self) -> None:
        self.h = np.zeros(_STATE_SHAPE, dtype=np.float32)
        self.c = np.zeros(_STATE_SHAPE, dtype=np.float32)
        self.context = np.zeros(CONTEXT_SAMPLES, dtype=np.float32)
