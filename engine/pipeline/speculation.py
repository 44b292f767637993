"""The model started before the person has finished: an agent run fed into a buffer until it is adopted.

While the key is held, STT transcribes speculatively at each VAD end of speech. When that transcript
would go to the model, the pipeline starts a speculative `AgentRun` on it (read-only tools only; it
parks before any write, confirmation or the end of the turn) and an `AgentFeed` keeps its events
unseen. At release, if the final transcript is the same, the feed is attached to the turn (its
buffered events go to the trace and the voice at once, the run is committed and carries on); if not,
it is dropped: the stream is cancelled and nothing it did was shown, spoken or remembered.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

from engine.agent import AgentRun, RoundStarted, TextDelta, ToolCallFinished
from engine.trace import SpeculationDropped, TurnTrace

_LOGGER = logging.getLogger(__name__)

Sink = Callable[[Any, float | None], None]
"""Takes an agent event and, for one that was buffered, the monotonic time it happened (None: now)."""


class AgentFeed:
    """Pumps an AgentRun's events on a task: into a buffer until `attach(sink)`, then into the sink."""

    def __init__(self, run: AgentRun, *, text: str, language: str, sink: Sink | None = None) -> None:
        self.run = run
        self.text = text
        self.language = language
        self._sink = sink
        self._buffer: list[tuple[Any, float]] = []
        self.started = time.monotonic()
        self.rounds = 0
        """Model rounds sent so far."""
        self.tools: list[str] = []
        """Tools run so far (read-only ones while it is speculative)."""
        self.task: asyncio.Task[None] = asyncio.create_task(self._pump(), name="agent-turn")
        self.task.add_done_callback(_retrieve)

    async def _pump(self) -> None:
        async for event in self.run:
            if isinstance(event, RoundStarted):
                self.rounds += 1
            elif isinstance(event, ToolCallFinished):
                self.tools.append(event.record.name)
            if self._sink is None:
                self._buffer.append((event, time.monotonic()))
            else:
                self._sink(event, None)

    @property
    def has_answer_text(self) -> bool:
        """True when the buffered events already hold spoken answer text."""
        return any(isinstance(e, TextDelta) and e.text.strip() for e, _ in self._buffer)

    def attach(self, sink: Sink) -> None:
        """Deliver what was buffered (with when it happened, so the trace shows the rounds when they ran),
        then every further event, to `sink`; let the run write and finish."""
        buffered, self._buffer = self._buffer, []
        for event, at in buffered:
            sink(event, at)
        self._sink = sink
        self.run.commit()

    def matches(self, text: str, language: str) -> bool:
        return same_words(self.text, text) and language == self.language

    def drop(self, trace: TurnTrace, reason: str) -> None:
        """Cancel the run (its stream is closed as the task unwinds); nothing buffered is ever delivered.

        The trace gets only a `speculation_dropped` marker: when the start began, what it had done."""
        self._buffer.clear()
        if not self.task.done():
            self.task.cancel()
        trace.emit(
            SpeculationDropped(
                text=self.text,
                reason=reason,
                started_s=round(max(0.0, self.started - trace.started), 4),
                rounds=self.rounds,
                tools=list(self.tools),
            )
        )


def _retrieve(task: asyncio.Task[None]) -> None:
    # a dropped run's failure is of no interest (an adopted one's is read by the pipeline)
    if not task.cancelled():
        task.exception()


def same_words(a: str, b: str) -> bool:
    """The same transcript, ignoring case, spacing and punctuation at the ends."""
    return _words(a) == _words(b)


def _words(text: str) -> list[str]:
    return [w.strip(".,;:!?¿¡\"'()").lower() for w in text.split() if w.strip(".,;:!?¿¡\"'()")]
