"""`PiperTTS`: a Piper voice (ONNX) that synthesizes sentence by sentence, off the event loop."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from engine.audio.chunk import AudioChunk
from engine.errors import ModelMissingError, TtsError
from models import fix_command

_LOGGER = logging.getLogger(__name__)

_CACHE: dict[Path, Any] = {}
_CACHE_LOCK = threading.Lock()
# One synthesis at a time: Piper already uses every core per call, and a single worker keeps a
# barge-in from queueing behind other blocking work in the default executor.
_EXECUTOR = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="piper")
_DONE = object()


class SynthesisJob:
    """Handle on one running synthesis; `cancel()` stops it between sentences and aborts the ONNX run."""

    def __init__(self) -> None:
        import onnxruntime

        self.run_options = onnxruntime.RunOptions()
        self.cancelled = threading.Event()

    def cancel(self) -> None:
        """Stop now: the ONNX run in progress returns early (terminate flag) and no sentence follows."""
        self.cancelled.set()
        self.run_options.terminate = True


class PiperTTS:
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
    ) -> None:
        self._voice = voice
        cfg = voice.config
        self.sample_rate: int = int(cfg.sample_rate)
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
        return cls(voice, speaker=speaker, **options)

    # -- blocking ------------------------------------------------------------------------------
    def synthesize_blocking(self, text: str, job: SynthesisJob | None = None) -> Iterator[AudioChunk]:
        """One chunk per sentence (Piper's own espeak sentence split); stops early when `job` is cancelled."""
        job = job or SynthesisJob()
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

    # -- async ---------------------------------------------------------------------------------
    async def synthesize(self, text: str) -> AsyncIterator[AudioChunk]:
        """Yield each sentence's chunk as soon as it exists; Piper runs on a worker thread.

        Closing the iterator early (barge-in, task cancelled) cancels the synthesis.
        """
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        job = SynthesisJob()

        def deliver(item: Any) -> None:
            try:
                loop.call_soon_threadsafe(queue.put_nowait, item)
            except RuntimeError:  # loop closed: nobody is listening any more
                job.cancel()

        def work() -> None:
            started = time.perf_counter()
            try:
                for index, chunk in enumerate(self.synthesize_blocking(text, job)):
                    if index == 0:
                        _LOGGER.debug(
                            "Piper first chunk after %.1f ms", (time.perf_counter() - started) * 1e3
                        )
                    deliver(chunk)
            except BaseException as err:
                deliver(err)
            finally:
                deliver(_DONE)

        future = loop.run_in_executor(_EXECUTOR, work)
        try:
            while (item := await queue.get()) is not _DONE:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            job.cancel()
            if not future.done():
                future.add_done_callback(lambda f: f.exception())


def _load_voice(path: Path) -> Any:
    from piper import PiperVoice

    fix = fix_command(path.name.removesuffix(".onnx"))
    config = Path(f"{path}.json")
    if not path.is_file():
        raise ModelMissingError(f"The Piper voice {path.name} is missing ({path}).", fix=fix)
    if not config.is_file():
        raise ModelMissingError(f"The Piper voice {path.name} has no {config.name} beside it.", fix=fix)
    try:
        voice = PiperVoice.load(path, config_path=config)
    except Exception as err:  # onnxruntime InvalidProtobuf/Fail, json errors, missing keys
        raise ModelMissingError(f"The Piper voice {path.name} is corrupt or unreadable.", fix=fix) from err
    _LOGGER.info("Loaded Piper voice %s (%d Hz)", path.name, voice.config.sample_rate)
    return voice
