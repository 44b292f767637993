"""Hands-free turns start work before their end, as push-to-talk does before release.

The endpointer ends a hands-free turn after `min_silence_ms` of silence; with `pause_ms` it also reports
each shorter pause inside the turn. At a pause, STT starts on the speech so far (`SpeculativeStt`), and
its transcript goes to the pipeline, which starts the model on it (`Pipeline._on_speculative_transcript`);
speech resuming cancels both. At the end of the turn, the transcript is handed over when it was made at
that same end of speech, and the model's start is adopted when the final words are the same.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from engine.pipeline.listening import SpeculativeStt, Transcribe
from engine.trace import TurnTrace
from engine.vad import TurnEvent

_LOGGER = logging.getLogger(__name__)


class EarlyTurn:
    """The hands-free turn being spoken: its trace (begun at its first pause) and the STT started there."""

    def __init__(
        self,
        begin: Callable[[], TurnTrace],
        transcribe: Transcribe | None,
        on_transcript: Callable[[TurnTrace, Any | None], None],
    ) -> None:
        self._begin = begin
        self._transcribe = transcribe
        self._on_transcript = on_transcript
        self.trace: TurnTrace | None = None
        self._stt: SpeculativeStt | None = None

    def on_event(self, event: TurnEvent) -> None:
        """A `pause` starts STT on the turn's audio so far; a `resume` cancels it."""
        if event.type == "pause":
            if self.trace is None:
                self.trace = self._begin()
            if self._stt is None:
                trace = self.trace
                self._stt = SpeculativeStt(self._transcribe, lambda t: self._on_transcript(trace, t))
            self._stt.start(event.audio, event.t_s)
        elif event.type == "resume" and self._stt is not None:
            self._stt.cancel()

    def end(self, event: TurnEvent) -> tuple[TurnTrace | None, asyncio.Task[Any] | None]:
        """The turn ended (`turn_end`): its trace if begun, and the STT task if made at this same end."""
        trace, stt = self.trace, self._stt
        self.trace, self._stt = None, None
        return trace, stt.take(event.t_s) if stt is not None else None

    def cancel(self) -> TurnTrace | None:
        """Hands-free stopped in the middle of a turn: its STT is cancelled; the trace begun, if any."""
        if self._stt is not None:
            self._stt.cancel()
        trace, self.trace, self._stt = self.trace, None, None
        return trace
