"""The text-to-speech interface: `TTS.synthesize(text)` streams one `AudioChunk` per sentence or clause.

Like `engine.stt.base.STT`: callers use `synthesize()` (async, off the event loop, cancellable) or
`synthesize_blocking()`; an engine implements `_synthesize_impl()` only, a blocking generator that
checks its `SynthesisJob` between pieces and passes `job.run_options` to onnxruntime so a barge-in
aborts the run in progress.
"""

from __future__ import annotations

import abc
import asyncio
import concurrent.futures
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, TypeVar

from engine.audio.chunk import AudioChunk
from engine.errors import OfficinaError, TtsError

_LOGGER = logging.getLogger(__name__)

# One synthesis at a time for every engine: each already uses every core per run, and a single worker
# keeps a barge-in from queueing behind other blocking work in the default executor.
_EXECUTOR = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="tts")
_DONE = object()
_T = TypeVar("_T")


def on_tts_worker(work: Callable[[], _T]) -> concurrent.futures.Future[_T]:
    """Run `work` on the one TTS worker, between syntheses (a voice's clips made at idle: a turn's
    speech then waits for that one call at most, never for a whole batch)."""
    return _EXECUTOR.submit(work)


class SynthesisJob:
    """Handle on one running synthesis; `cancel()` stops it between pieces and aborts the ONNX run."""

    def __init__(self) -> None:
        import onnxruntime

        self.run_options = onnxruntime.RunOptions()
        self.cancelled = threading.Event()

    def cancel(self) -> None:
        """Stop now: the ONNX run in progress returns early (terminate flag) and no piece follows."""
        self.cancelled.set()
        self.run_options.terminate = True


class TTS(abc.ABC):
    """A voice. `synthesize(text)` yields audio piece by piece, the first as early as the engine can."""

    sample_rate: int
    """Rate of every chunk this engine yields (the player resamples to the device's rate)."""
    language: str
    """The language the voice speaks: "it", "en", or "multi" for a phoneme-driven model."""
    name: str = ""
    """What the voice is called in the settings and the status bar (e.g. "it_IT-paola-medium")."""

    def synthesize_blocking(self, text: str, job: SynthesisJob | None = None) -> Iterator[AudioChunk]:
        """The chunks of `text` in order, on the calling thread; stops early when `job` is cancelled."""
        job = job or SynthesisJob()
        try:
            for chunk in self._synthesize_impl(text, job):
                if job.cancelled.is_set():
                    return
                yield chunk
        except OfficinaError:
            if job.cancelled.is_set():
                return
            raise
        except Exception as err:  # a vendor error: one clear line, never a traceback to the person
            if job.cancelled.is_set():
                return
            raise TtsError(f"{self.name or type(self).__name__} could not speak: {err}") from err

    @abc.abstractmethod
    def _synthesize_impl(self, text: str, job: SynthesisJob) -> Iterator[AudioChunk]:
        """Engine-specific: the chunks of `text`, checking `job.cancelled` between pieces."""

    def warm_up(self) -> None:
        """Run the model once so the first real sentence does not pay the first run's cost."""
        for _ in self.synthesize_blocking("Ok."):
            pass

    async def synthesize(self, text: str) -> AsyncIterator[AudioChunk]:
        """Yield each piece's chunk as soon as it exists; the engine runs on the TTS worker thread.

        Closing the iterator early (barge-in, task cancelled) cancels the synthesis: the ONNX run in
        progress is terminated, so the worker is free again within a few tens of milliseconds.
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
                            "%s first chunk after %.1f ms", self.name, (time.perf_counter() - started) * 1e3
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
