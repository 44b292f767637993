"""The turn pipeline: audio → VAD → STT → fast path or agent (tools) → TTS, every stage traced.

The desktop app and the `officina ask/replay/bench` commands drive one `Pipeline`. All its coroutines
run on one asyncio loop (the "engine thread"); listeners are called on that thread. `barge_in()` is
the one method that is safe to call from any thread.

    pipeline = await Pipeline.create(settings)           # loads models off the loop
    pipeline.add_listener(lambda event: ...)              # every TraceEvent of every turn
    result = await pipeline.run_text_turn("di chi è la AB123CD?")
    await pipeline.press(); ...; result = await pipeline.release()   # push-to-talk
    if result.pending: result = await pipeline.confirm(result.pending.id, accepted=True)
    await pipeline.aclose()
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import numpy as np

from engine.config import Settings
from engine.trace.events import TraceEvent
from engine.turn import MissingItem, PipelineStatus, TurnResult
from wp_api.contract import ToolBackend, ToolResult

_LOGGER = logging.getLogger(__name__)

__all__ = ["MissingItem", "Pipeline", "PipelineStatus", "TurnResult"]


class Pipeline:
    """One voice assistant: joins capture, VAD, STT, the fast path, the agent, tools and TTS."""

    @classmethod
    async def create(
        cls,
        settings: Settings,
        *,
        backend: ToolBackend | None = None,
        player: Any | None = None,
        mic: Any | None = None,
    ) -> Pipeline:
        """Build a pipeline from settings; loads models off the loop (first run installs the defaults).

        `backend` defaults to engine.backend_factory.create_backend(settings); `player` (an
        engine.audio Player or FileSink) defaults to the output device; `mic` (a MicCapture) defaults
        to the input device, opened at the first press().
        """
        raise NotImplementedError

    # --- observing -------------------------------------------------------------------------------

    def add_listener(self, callback: Callable[[TraceEvent], None]) -> None:
        """Call `callback(event)` for every trace event of every turn (on the engine thread)."""
        raise NotImplementedError

    def remove_listener(self, callback: Callable[[TraceEvent], None]) -> None:
        raise NotImplementedError

    def set_level_callback(self, callback: Callable[[float], None] | None) -> None:
        """Input level (peak 0..1) while the mic is open, ~30 times a second, from the audio thread."""
        raise NotImplementedError

    # --- turns ------------------------------------------------------------------------------------

    async def run_text_turn(self, text: str) -> TurnResult:
        """Run a turn from typed text (no STT): fast path or agent, tools, spoken answer."""
        raise NotImplementedError

    async def run_audio_turn(self, audio: np.ndarray) -> TurnResult:
        """Run a turn from a whole recording (float32 mono 16 kHz): VAD trim, STT, then as a text turn."""
        raise NotImplementedError

    async def press(self) -> None:
        """Push-to-talk pressed: barge in on any answer being spoken, open the mic (with ~300 ms pre-roll).

        While the key is held, audio streams into the VAD; at end of speech STT starts finalising
        before the key is released.
        """
        raise NotImplementedError

    async def release(self) -> TurnResult:
        """Push-to-talk released: close the mic, finish STT, run the turn, speak the answer."""
        raise NotImplementedError

    def hands_free(self, on: bool) -> None:
        """Turn hands-free mode on/off: the mic stays open and VAD endpointing starts and ends turns.

        Hands-free turns are reported through listeners (TurnStarted ... TurnFinished).
        """
        raise NotImplementedError

    def barge_in(self) -> None:
        """Stop speaking and generating now (within 100 ms) and cancel the model stream. Thread-safe."""
        raise NotImplementedError

    async def confirm(self, pending_id: str, accepted: bool) -> TurnResult:
        """Answer a pending confirmation: on accept run the tool with CallContext(confirmed=True).

        A spoken "sì, conferma" / "yes, confirm" / "no" / "annulla" while a confirmation is pending
        is recognised by the pipeline itself (never by the model) and ends up here.
        """
        raise NotImplementedError

    async def undo_last(self) -> ToolResult:
        """Revert the last change made in this session (the `undo_last` tool)."""
        raise NotImplementedError

    def status(self) -> PipelineStatus:
        """Backend health, STT mode and engines, LLM configured/reachable, models, missing items with fixes."""
        raise NotImplementedError

    async def refresh_status(self) -> PipelineStatus:
        """Like status(), after checking the backend's health again."""
        raise NotImplementedError

    async def aclose(self) -> None:
        """Stop audio, close the backend and the model client."""
        raise NotImplementedError
