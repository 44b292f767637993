"""The turn pipeline: audio → VAD → STT → fast path or agent (tools) → TTS, every stage traced.

    from engine.pipeline import Pipeline, TurnResult

`Pipeline` is built in layers, one module each; every layer adds one concern to the one below it:

    base.py          its state; speaking a reply and finishing a turn; barge-in
    confirm.py       confirmations (a click or a spoken yes/no) and undo
    respond.py       a transcript answered by the fast path or the agent; the model's early start
    transcribe.py    speech-to-text; turns from a whole recording (trimmed by the VAD)
    capture.py       the microphone: push-to-talk and hands-free
    pipeline.py      Pipeline itself: construction, status, closing

and the helpers those layers use:

    engines.py          STT, VAD and the voices loaded from settings, with what is missing
    backend_factory.py  the workshop backend from settings (WordPress, or the local demo)
    listening.py        one held key: frames into the VAD, STT started at each end of speech
    hands_free.py       a hands-free turn's early start: STT and the model begun at a pause
    speculation.py      the model started on that early transcript, adopted or dropped
    speaking.py         one answer: text → sentences → voice → player, interruptible
    phrases.py          the "one moment" line rendered beforehand for each voice
    confirm_words.py    a spoken yes/no to a pending confirmation
    plates_known.py     the hybrid STT race's check: does the workshop know the plates heard?
    turn.py             TurnResult, PipelineStatus, MissingItem: what the app is shown
    turn_trace.py       agent events and tool calls as trace events
    status.py           the status bar's content

`Pipeline` is imported on first use: it loads whisper, the voices and the model client, and a
command that only needs a light part of this package (`backend_factory`, the `turn` records) must
not pay for them. The stages below the pipeline (audio, vad, stt, agent, fastpath, tts, trace) and
the engine root never import this package (tests/structure/test_layering.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from engine.pipeline.turn import MissingItem, PipelineStatus, TurnPath, TurnResult

if TYPE_CHECKING:
    from engine.pipeline.pipeline import Pipeline

__all__ = ["MissingItem", "Pipeline", "PipelineStatus", "TurnPath", "TurnResult"]


def __getattr__(name: str) -> Any:
    if name == "Pipeline":
        from engine.pipeline.pipeline import Pipeline

        return Pipeline
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
