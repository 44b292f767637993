"""When the hybrid race waits for the cloud, and when the local transcript is good enough at once.

Tried with a cloud answering in 3 s, every turn waited the whole deadline although local whisper had
finished in ~0.2 s. So the race learns the cloud's recent latency (an exponentially weighted moving
average, failures counted as slow) and, while it is slower than the deadline, stops waiting for it:
the turn takes local's text as soon as it exists, and the cloud is only probed now and then (with the
turn's own audio, in the background) to notice when it is fast again. And when local's transcript
is confident (whisper's average log-probability and no-speech probability) and every plate it names
exists in the workshop's data, the turn takes it at once even while the cloud is fast.
Everything here is deterministic: the clock and the latency history are injected.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from engine.stt.base import Transcript

_LOGGER = logging.getLogger(__name__)

Plan = Literal["race", "probe", "skip"]
"""race: send to the cloud and wait for it up to the deadline; probe: send, but wait only while local
runs (the answer teaches the latency); skip: local only."""


@dataclass(frozen=True)
class Confidence:
    """Thresholds for taking local's transcript without waiting for the cloud."""

    min_avg_logprob: float = -0.5
    """Every kept segment at least this sure (whisper's own hallucination cut is -1.0)."""
    max_no_speech_prob: float = 0.3

    def confident(self, transcript: Transcript) -> bool:
        """Words, none of them dropped as a likely hallucination, all segments sure and speech-like."""
        if not transcript.text.strip() or transcript.truncated or transcript.dropped_segments:
            return False
        if not transcript.segments:
            return False
        return all(
            s.avg_logprob is not None
            and s.avg_logprob >= self.min_avg_logprob
            and (s.no_speech_prob or 0.0) <= self.max_no_speech_prob
            for s in transcript.segments
        )


class CloudLatency:
    """The cloud's recent latency and the plan for the next turn.

    `observe(seconds)` after each answer, `observe(None, elapsed)` after a failure (counted as
    `failure_factor` × the deadline, so one failure does not condemn a fast cloud but two do, and a
    dead one is skipped from its first failure). Slow means the average is above the deadline.
    """

    def __init__(
        self,
        deadline_s: float,
        *,
        alpha: float = 0.5,
        probe_every_s: float = 30.0,
        failure_factor: float = 1.5,
        clock: Callable[[], float] = time.monotonic,
        history: Iterable[float | None] = (),
    ) -> None:
        self.deadline_s = deadline_s
        self.alpha = alpha
        self.probe_every_s = probe_every_s
        self.failure_factor = failure_factor
        self._clock = clock
        self.ewma_s: float | None = None
        self._last_probe: float | None = None
        for sample in history:
            self.observe(sample)

    def observe(self, latency_s: float | None, elapsed_s: float = 0.0) -> None:
        """One cloud answer's latency, or None for a failure (after `elapsed_s`)."""
        sample = latency_s if latency_s is not None else max(elapsed_s, self.failure_factor * self.deadline_s)
        self.ewma_s = sample if self.ewma_s is None else self.alpha * sample + (1 - self.alpha) * self.ewma_s

    @property
    def slow(self) -> bool:
        return self.ewma_s is not None and self.ewma_s > self.deadline_s

    def plan(self) -> Plan:
        """What to do with the cloud this turn; a probe is due every `probe_every_s` while slow."""
        if not self.slow:
            return "race"
        now = self._clock()
        if self._last_probe is None or now - self._last_probe >= self.probe_every_s:
            self._last_probe = now
            return "probe"
        return "skip"
