"""Hybrid speech-to-text: race local and cloud; the cloud wins only within its deadline."""

from __future__ import annotations

import asyncio
import contextlib
import logging

import numpy as np

from engine.errors import OfficinaError
from engine.stt.base import STT, SttCapabilities, Transcript

_LOGGER = logging.getLogger(__name__)


class HybridSTT(STT):
    """Runs both engines at once. The cloud text is used if it arrives within `deadline_s` of the
    start; otherwise the local text. A cloud failure never loses the turn; a local failure falls back
    to the cloud. The pipeline sees one STT."""

    engine = "local"
    capabilities = SttCapabilities(streaming=False, partial_results=False, offline=True)

    def __init__(self, local: STT, cloud: STT, *, deadline_s: float) -> None:
        self._local = local
        self._cloud = cloud
        self._deadline_s = deadline_s
        self._background: set[asyncio.Task[Transcript]] = set()

    @property
    def deadline_s(self) -> float:
        return self._deadline_s

    def update_options(self, *, deadline_s: float) -> None:
        self._deadline_s = deadline_s

    async def _transcribe_impl(
        self, audio: np.ndarray, *, language: str | None, prompt: str | None
    ) -> Transcript:
        loop = asyncio.get_running_loop()
        start = loop.time()
        local = asyncio.create_task(self._local.transcribe(audio, language=language, prompt=prompt))
        cloud = asyncio.create_task(self._cloud.transcribe(audio, language=language, prompt=prompt))
        try:
            return await self._race(local, cloud, start)
        except asyncio.CancelledError:  # barge-in or shutdown: stop the cloud request, drop local
            cloud.cancel()
            local.cancel()
            raise

    async def _race(
        self, local: asyncio.Task[Transcript], cloud: asyncio.Task[Transcript], start: float
    ) -> Transcript:
        loop = asyncio.get_running_loop()
        await asyncio.wait({cloud}, timeout=self._deadline_s)
        cloud_ok = cloud.done() and not cloud.cancelled() and cloud.exception() is None
        if cloud.done() and not cloud_ok:
            _LOGGER.warning("cloud STT failed, using local: %s", _describe(cloud.exception()))
        if cloud_ok:
            self._keep_running(local)  # its text still reaches the log; the turn does not wait for it
            return self._merge(cloud.result(), local, "cloud", loop.time() - start)
        try:
            local_result = await local
        except OfficinaError as exc:
            if cloud.done():
                raise
            _LOGGER.warning("local STT failed, waiting for the cloud: %s", exc.message)
            try:
                return self._merge(await cloud, None, "cloud", loop.time() - start)
            except OfficinaError:
                raise exc from None
        if not cloud.done():
            cloud.cancel()
            with contextlib.suppress(asyncio.CancelledError, OfficinaError):
                await cloud
            _LOGGER.info("cloud STT missed its %.2f s deadline; local text used", self._deadline_s)
        return self._merge(local_result, cloud, "local", loop.time() - start)

    def _merge(
        self, winner: Transcript, other: asyncio.Task[Transcript] | None, won_by: str, decided_s: float
    ) -> Transcript:
        winner.won_by = winner.engine
        winner.alternatives[won_by] = winner.text
        if other is not None and other.done() and not other.cancelled() and other.exception() is None:
            loser = other.result()
            winner.alternatives[loser.engine] = loser.text
            winner.timings[f"{loser.engine}_elapsed_s"] = loser.elapsed_s
        winner.timings[f"{won_by}_elapsed_s"] = winner.elapsed_s
        winner.timings["decided_s"] = decided_s
        return winner

    def _keep_running(self, task: asyncio.Task[Transcript]) -> None:
        self._background.add(task)

        def _done(t: asyncio.Task[Transcript]) -> None:
            self._background.discard(t)
            if not t.cancelled() and t.exception() is None:
                _LOGGER.info("local STT (not used, cloud won): %r", t.result().text)

        task.add_done_callback(_done)

    async def aclose(self) -> None:
        for task in list(self._background):
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await task
        await self._cloud.aclose()
        await self._local.aclose()


def _describe(exc: BaseException | None) -> str:
    return exc.message if isinstance(exc, OfficinaError) else repr(exc)
