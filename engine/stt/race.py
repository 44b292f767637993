"""Hybrid speech-to-text: race local and cloud; the cloud wins only within its deadline, and only while worth waiting for."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable

import numpy as np

from engine.errors import OfficinaError
from engine.stt.base import STT, SttCapabilities, Transcript
from engine.stt.hybrid_policy import CloudLatency, Confidence, Plan

_LOGGER = logging.getLogger(__name__)

LocalCheck = Callable[[str], Awaitable[bool]]


class HybridSTT(STT):
    """Runs both engines at once; the pipeline sees one STT.

    The cloud text is used if it arrives within `deadline_s` of the start (or is already there when
    a slow local finishes: it costs nothing then), unless local finished
    first with a confident transcript that the pipeline's `local_check` accepts (its plates exist in
    the workshop's data): then local's text is used at once. While the cloud's recent latency
    (`CloudLatency`) is above the deadline the turn does not wait for it at all, and the cloud is only
    probed now and then. A cloud failure never loses the turn; a local failure falls back to the cloud.
    """

    engine = "local"
    capabilities = SttCapabilities(streaming=False, partial_results=False, offline=True)

    def __init__(
        self,
        local: STT,
        cloud: STT,
        *,
        deadline_s: float,
        latency: CloudLatency | None = None,
        confidence: Confidence | None = None,
        local_check: LocalCheck | None = None,
    ) -> None:
        self._local = local
        self._cloud = cloud
        self._deadline_s = deadline_s
        self.latency = latency or CloudLatency(deadline_s)
        self._confidence = confidence or Confidence()
        self._local_check = local_check
        self._background: set[asyncio.Task[Transcript]] = set()
        self.last_decision = ""
        """Why the last turn's text came from where it did (logs, tests, the bench)."""
        self.last_timings: dict[str, float] = {}
        """The last turn's timings; `waited_after_local_s` is how long it waited for the cloud once
        local's text was ready (the policy's own cost)."""

    @property
    def deadline_s(self) -> float:
        return self._deadline_s

    def update_options(self, *, deadline_s: float) -> None:
        self._deadline_s = deadline_s
        self.latency.deadline_s = deadline_s

    @property
    def local_check(self) -> LocalCheck | None:
        return self._local_check

    def set_local_check(self, check: LocalCheck | None) -> None:
        """`await check(text)` is True when local's text may be used as is (every plate it names exists).
        Without a check, local's text never ends the wait early."""
        self._local_check = check

    async def _transcribe_impl(
        self, audio: np.ndarray, *, language: str | None, prompt: str | None
    ) -> Transcript:
        loop = asyncio.get_running_loop()
        start = loop.time()
        plan = self.latency.plan()
        local = asyncio.create_task(self._local.transcribe(audio, language=language, prompt=prompt))
        cloud = None
        if plan != "skip":
            cloud = asyncio.create_task(self._timed_cloud(audio, language=language, prompt=prompt))
        try:
            result = await self._race(local, cloud, start, plan)
        except asyncio.CancelledError:  # barge-in or shutdown: stop the cloud request, drop local
            if cloud is not None:
                cloud.cancel()
            local.cancel()
            raise
        if self.latency.ewma_s is not None:
            result.timings["cloud_ewma_s"] = self.latency.ewma_s
        local_s = result.timings.get("local_elapsed_s")
        waited = max(0.0, result.timings["decided_s"] - local_s) if local_s is not None else 0.0
        result.timings["waited_after_local_s"] = waited
        self.last_timings = dict(result.timings)
        _LOGGER.info("hybrid STT: %s (%s)", result.won_by, self.last_decision)
        return result

    async def _timed_cloud(
        self, audio: np.ndarray, *, language: str | None, prompt: str | None
    ) -> Transcript:
        """The cloud's transcript; its latency (or failure) teaches `self.latency`."""
        started = time.perf_counter()
        try:
            result = await self._cloud.transcribe(audio, language=language, prompt=prompt)
        except OfficinaError:
            self.latency.observe(None, time.perf_counter() - started)
            raise
        self.latency.observe(time.perf_counter() - started)
        return result

    async def _race(
        self,
        local: asyncio.Task[Transcript],
        cloud: asyncio.Task[Transcript] | None,
        start: float,
        plan: Plan,
    ) -> Transcript:
        loop = asyncio.get_running_loop()
        deadline = start + self._deadline_s
        if cloud is None:
            self.last_decision = "cloud slow lately: not waited for"
            return self._merge(await local, None, "local", loop.time() - start)
        # race: wait for the first answer until the deadline; probe: only while local runs
        timeout = max(0.0, deadline - loop.time()) if plan == "race" else None
        await asyncio.wait({local, cloud}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        if _ok(cloud):
            self.last_decision = "cloud answered first" if not local.done() else "cloud within the deadline"
            self._keep_running(local)  # its text still reaches the log; the turn does not wait for it
            return self._merge(cloud.result(), local, "cloud", loop.time() - start)
        if cloud.done():
            _LOGGER.warning("cloud STT failed, using local: %s", _describe(cloud.exception()))
        try:
            local_result = await local
        except OfficinaError as exc:
            if cloud.done():
                raise
            _LOGGER.warning("local STT failed, waiting for the cloud: %s", exc.message)
            try:
                self.last_decision = "local failed"
                return self._merge(await cloud, None, "cloud", loop.time() - start)
            except OfficinaError:
                raise exc from None
        if _ok(cloud):  # it arrived while local finished: the better ear wins
            self.last_decision = "cloud within the deadline"
            return self._merge(cloud.result(), local, "cloud", loop.time() - start)
        self.last_decision = "cloud failed" if cloud.done() else "cloud slow lately: probed, not waited for"
        if plan == "race" and not cloud.done():
            if await self._local_is_enough(local_result):
                self.last_decision = "local confident, its plates exist"
            else:
                await asyncio.wait({cloud}, timeout=max(0.0, deadline - loop.time()))
                if _ok(cloud):
                    self.last_decision = "cloud within the deadline"
                    return self._merge(cloud.result(), local, "cloud", loop.time() - start)
                self.last_decision = "cloud failed" if cloud.done() else "cloud missed the deadline"
        if not cloud.done():
            self._keep_running(cloud)  # its latency still teaches the next turns
            _LOGGER.info("cloud STT not waited for (%s); local text used", self.last_decision)
        return self._merge(local_result, cloud, "local", loop.time() - start)

    async def _local_is_enough(self, transcript: Transcript) -> bool:
        if self._local_check is None or not self._confidence.confident(transcript):
            return False
        try:
            return bool(await self._local_check(transcript.text))
        except Exception as exc:  # the check is an optimisation: on failure, wait for the cloud
            _LOGGER.warning("checking local's transcript failed: %s", exc)
            return False

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
                _LOGGER.info("%s STT (not used): %r", t.result().engine, t.result().text)

        task.add_done_callback(_done)

    async def aclose(self) -> None:
        for task in list(self._background):
            task.cancel()  # a cloud request still running only teaches latency: not worth waiting for
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await task
        await self._cloud.aclose()
        await self._local.aclose()


def _ok(task: asyncio.Task[Transcript]) -> bool:
    return task.done() and not task.cancelled() and task.exception() is None


def _describe(exc: BaseException | None) -> str:
    return exc.message if isinstance(exc, OfficinaError) else repr(exc)
