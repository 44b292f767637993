"""`TtsStream`: streamed text in, spoken sentences out; the one sentence splitter in front of any `TTS`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from engine.audio.chunk import AudioChunk
from engine.tts.base import TTS
from engine.tts.splitter import SentenceSplitter

_LOGGER = logging.getLogger(__name__)

_END = object()


@dataclass(frozen=True, slots=True)
class SpokenSentence:
    """Audio for (part of) one sentence, in order; several chunks may share one `index`."""

    index: int
    """Sentence number in the stream, from 0."""
    text: str
    chunk: AudioChunk
    synth_s: float
    """Seconds from the sentence being ready to this chunk existing."""


class TtsStream:
    """`push_text`/`flush`/`end_input` in, `async for SpokenSentence` out (like livekit's StreamAdapter).

    Sentences are synthesized one after another as soon as the splitter completes them, so the
    first sentence is heard while the model still writes the rest; by default the first sentence is
    cut at its first comma too (`SentenceSplitter(eager_first=True)`), for a faster first audio.
    `interrupt()` (barge-in) drops pending sentences, aborts the running synthesis and ends the
    iteration at once. Create it inside a running event loop.

    This is the only place a reply is cut into sentences: `on_sentence(text)` sees each one as it is
    queued (the turn's trace and transcript use it). With `tts=None` (no voice installed) the
    sentences are still cut and reported, and the iteration yields nothing.
    """

    def __init__(
        self,
        tts: TTS | None,
        *,
        splitter: SentenceSplitter | None = None,
        on_sentence: Callable[[str], None] | None = None,
    ) -> None:
        self._tts = tts
        self._splitter = splitter or SentenceSplitter(eager_first=True)
        self._on_sentence = on_sentence
        self._sentences: asyncio.Queue[Any] = asyncio.Queue()
        self._events: asyncio.Queue[Any] = asyncio.Queue()
        self._input_ended = False
        self._interrupted = False
        self._count = 0
        self._task = asyncio.get_running_loop().create_task(self._run(), name="tts-stream")

    @property
    def interrupted(self) -> bool:
        """True after `interrupt()`/`aclose()`."""
        return self._interrupted

    def push_text(self, delta: str) -> None:
        """Add streamed text (e.g. an LLM delta)."""
        if self._input_ended:
            raise RuntimeError("push_text() after end_input()")
        for sentence in self._splitter.push_text(delta):
            self._queue_sentence(sentence)

    def flush(self) -> None:
        """Speak what has been pushed so far even if its sentence is not finished."""
        for sentence in self._splitter.flush():
            self._queue_sentence(sentence)

    def drop_unfinished(self) -> None:
        """Forget text pushed since the last complete sentence (a model that broke off mid-sentence)."""
        self._splitter.flush()

    def end_input(self) -> None:
        """No more text: flush and let the iteration end after the last sentence."""
        if self._input_ended:
            return
        self.flush()
        self._input_ended = True
        self._sentences.put_nowait(_END)

    def interrupt(self) -> None:
        """Barge-in: stop generation and drop every pending sentence; iteration ends immediately.

        Call it on the stream's event loop (from another thread: `loop.call_soon_threadsafe`).
        """
        if self._interrupted:
            return
        self._interrupted = True
        self._input_ended = True
        self._task.cancel()
        _drain(self._sentences)
        _drain(self._events)
        self._events.put_nowait(_END)
        _LOGGER.debug("TTS stream interrupted after %d sentence(s)", self._count)

    async def aclose(self) -> None:
        """Interrupt and wait for the worker task to finish."""
        self.interrupt()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task

    def __aiter__(self) -> TtsStream:
        return self

    async def __anext__(self) -> SpokenSentence:
        item = await self._events.get()
        if item is _END:
            self._events.put_nowait(_END)  # later readers also stop
            raise StopAsyncIteration
        if isinstance(item, BaseException):
            raise item
        return item

    async def __aenter__(self) -> TtsStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def _queue_sentence(self, sentence: str) -> None:
        if self._interrupted:
            return
        if self._on_sentence is not None:
            self._on_sentence(sentence)
        if self._tts is not None:
            self._sentences.put_nowait(sentence)

    async def _run(self) -> None:
        try:
            while (sentence := await self._sentences.get()) is not _END:
                assert self._tts is not None  # sentences are queued only when there is a voice
                index, self._count = self._count, self._count + 1
                started = time.perf_counter()
                async for chunk in self._tts.synthesize(sentence):
                    self._events.put_nowait(
                        SpokenSentence(index, sentence, chunk, time.perf_counter() - started)
                    )
        except asyncio.CancelledError:
            raise
        except Exception as err:
            _LOGGER.warning("TTS failed: %s", err)
            self._events.put_nowait(err)
        self._events.put_nowait(_END)


def _drain(queue: asyncio.Queue[Any]) -> None:
    while not queue.empty():
        queue.get_nowait()
