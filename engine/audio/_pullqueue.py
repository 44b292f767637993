"""A sample queue a real-time consumer pulls from; `clear()` takes effect on the next pull."""

from __future__ import annotations

import collections
import logging

import numpy as np

_LOGGER = logging.getLogger(__name__)


class PullQueue:
    """Producer appends arrays; one consumer thread pulls fixed-size blocks (zeros when empty).

    `clear()` only bumps a generation counter and the consumer drops stale items itself, so
    producer and consumer never wait on each other (safe inside an audio callback: deque
    append/popleft are atomic in CPython).
    """

    def __init__(self) -> None:
        self._items: collections.deque[tuple[int, np.ndarray]] = collections.deque()
        self._generation = 0
        self._head: np.ndarray | None = None
        self._head_gen = 0
        self._head_pos = 0
        self._queued = 0
        self._consumed = 0
        self.pulled_samples = 0
        """Samples of real audio handed to the consumer so far."""

    @property
    def pending(self) -> int:
        """Samples queued and not yet pulled or dropped."""
        return max(0, self._queued - self._consumed)

    def put(self, samples: np.ndarray) -> None:
        """Queue samples behind what is already queued."""
        if len(samples):
            self._queued += len(samples)
            self._items.append((self._generation, samples))

    def clear(self) -> None:
        """Drop everything queued; the consumer sees it on its next pull."""
        self._generation += 1

    def pull(self, count: int) -> np.ndarray:
        """Up to `count` queued samples followed by zeros: always exactly `count` samples."""
        out = np.zeros(count, dtype=np.float32)
        generation = self._generation
        if self._head is not None and self._head_gen != generation:
            self._consumed += len(self._head) - self._head_pos
            self._head = None
        filled = 0
        while filled < count:
            if self._head is None:
                if not self._items:
                    break
                self._head_gen, self._head = self._items.popleft()
                self._head_pos = 0
                if self._head_gen != generation:
                    self._consumed += len(self._head)
                    self._head = None
                    continue
            take = min(count - filled, len(self._head) - self._head_pos)
            out[filled : filled + take] = self._head[self._head_pos : self._head_pos + take]
            filled += take
            self._head_pos += take
            self._consumed += take
            if self._head_pos >= len(self._head):
                self._head = None
        self.pulled_samples += filled
        return out
