"""An event channel fed from any thread and read with `async for` on the event loop."""

from __future__ import annotations

import asyncio
import collections
import logging
import threading
from typing import Generic, TypeVar

_LOGGER = logging.getLogger(__name__)

T = TypeVar("T")


class ThreadSafeChannel(Generic[T]):
    """Unbounded FIFO: `send`/`close` from any thread, `async for` from one consumer on a loop."""

    def __init__(self) -> None:
        self._items: collections.deque[T] = collections.deque()
        self._lock = threading.Lock()
        self._closed = False
        self._waiter: asyncio.Future[None] | None = None

    @property
    def closed(self) -> bool:
        """True once `close()` was called (queued items can still be read)."""
        return self._closed

    def send(self, item: T) -> None:
        """Queue an item (ignored after close)."""
        with self._lock:
            if self._closed:
                return
            self._items.append(item)
            self._wake()

    def close(self) -> None:
        """No more items; the reader stops after draining what is queued."""
        with self._lock:
            self._closed = True
            self._wake()

    def _wake(self) -> None:
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.get_loop().call_soon_threadsafe(_resolve, waiter)

    def __aiter__(self) -> ThreadSafeChannel[T]:
        return self

    async def __anext__(self) -> T:
        while True:
            with self._lock:
                if self._items:
                    return self._items.popleft()
                if self._closed:
                    raise StopAsyncIteration
                waiter = asyncio.get_running_loop().create_future()
                self._waiter = waiter
            await waiter


def _resolve(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)
