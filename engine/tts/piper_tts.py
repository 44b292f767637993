"""`PiperTTS`: a Piper voice (ONNX) that synthesizes sentence by sentence (the `TTS` interface)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from engine.audio.chunk import AudioChunk
from engine.errors import ModelMissingError, TtsError
from engine.tts.base import TTS, SynthesisJob
from models import fix_command

_LOGGER = logging.getLogger(__name__)

_CACHE: dict[Path, Any] = {}
_CACHE_LOCK = threading.Lock()


class PiperTTS(TTS):
    """One Piper voice; `synthesize(text)` yields one `AudioChunk` per sentence at `sample_rate`."""

    def __init__(
        self,
        voice: Any,
        *,
        speaker: int | None = None,
        length_scale: float | None = None,
        noise_scale: float | None = None,
        noise_w_scale: float | None = None,
        volume: float = 1.0,
        name: str = "",
    ) -> None:
        self._voice = voice
        cfg = voice.config
        self.sample_rate = int(cfg.sample_rate)
        self.language = str(cfg.espeak_voice).split("-")[0]
        self.name = name
        self.speaker = speaker
        self.length_scale = cfg.length_scale if length_scale is None else length_scale
        self.noise_scale = cfg.noise_scale if noise_scale is None else noise_scale
        self.noise_w_scale = cfg.noise_w_scale if noise_w_scale is None else noise_w_scale
        self.volume = volume

    @classmethod
    def load(cls, onnx_path: Path | str, *, speaker: int | None = None, **options: Any) -> PiperTTS:
        """Load a voice (`.onnx` with `.onnx.json` beside it). Blocking (~0.3 s); cached per path.

        Raises ModelMissingError when a file is missing or the model is corrupt.
        """
        path = Path(onnx_path).resolve()
        with _CACHE_LOCK:
            voice = _CACHE.get(path)
            if voice is None:
                voice = _CACHE[path] = _load_voice(path)
        return cls(voice, speaker=speaker, name=path.name.removesuffix(".onnx"), **options)

    def _synthesize_impl(self, text: str, job: SynthesisJob) -> Iterator[AudioChunk]:
        """One chunk per sentence (Piper's own espeak sentence split)."""
        try:
            sentences = self._voice.phonemize(text)
        except Exception as err:
            raise TtsError(f"Could not turn the text into phonemes: {err}") from err
        for phonemes in sentences:
            if job.cancelled.is_set():
                return
            if not phonemes:
                continue
            audio = self._infer(self._voice.phonemes_to_ids(phonemes), job)
            if audio is None:
                return
            yield AudioChunk(audio, self.sample_rate)

    def _infer(self, phoneme_ids: list[int], job: SynthesisJob) -> np.ndarray | None:
        ids = np.array([phoneme_ids], dtype=np.int64)
        inputs: dict[str, np.ndarray] = {
            "input": ids,
            "input_lengths": np.array([ids.shape[1]], dtype=np.int64),
            "scales": np.array([self.noise_scale, self.length_scale, self.noise_w_scale], dtype=np.float32),
        }
        cfg = self._voice.config
        if cfg.num_speakers > 1:
            speaker = cfg.default_speaker_id if self.speaker is None else self.speaker
            inputs["sid"] = np.array([speaker], dtype=np.int64)
        try:
            result = self._voice.session.run(None, inputs, job.run_options)
        except Exception as err:
            if job.cancelled.is_set():
                return None
            raise TtsError(f"Piper synthesis failed: {err}") from err
        audio = np.asarray(result[0], dtype=np.float32).squeeze()
        peak = float(np.max(np.abs(audio))) if audio.size else 0.0
        audio = audio / peak if peak > 1e-8 else np.zeros_like(audio)
        return np.clip(audio * self.volume, -1.0, 1.0).astype(np.float32)


def _load_voice(path: Path) -> Any:
    import json

    import onnxruntime
    from piper import PiperVoice
    from piper.config import PiperConfig
    from piper.phonemize_espeak import ESPEAK_DATA_DIR

    fix = fix_command(path.name.removesuffix(".onnx"))
    config = Path(f"{path}.json")
    if not path.is_file():
        raise ModelMissingError(f"The Piper voice {path.name} is missing ({path}).", fix=fix)
    if not config.is_file():
        raise ModelMissingError(f"The Piper voice {path.name} has no {config.name} beside it.", fix=fix)
    # Piper's own loader gives the session spinning threads: between ops they burn the cores whisper needs
    # and, on a busy 2-core PC, lose their turn mid-run (as Kokoro's did, engine/tts/kokoro.py). Without
    # spinning a sentence took 185–230 ms against 280–325 ms beside a bench (docs/PERFORMANCE.md).
    opts = onnxruntime.SessionOptions()
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    try:
        voice = PiperVoice(
            config=PiperConfig.from_dict(json.loads(config.read_text(encoding="utf-8"))),
            session=onnxruntime.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"]),
            espeak_data_dir=Path(ESPEAK_DATA_DIR),
            download_dir=Path.cwd(),
        )
    except Exception as err:  # onnxruntime InvalidProtobuf/Fail, json errors, missing keys
        raise ModelMissingError(f"The Piper voice {path.name} is corrupt or unreadable.", fix=fix) from err
    _LOGGER.info("Loaded Piper voice %s (%d Hz)", path.name, voice.config.sample_rate)
    return voice
