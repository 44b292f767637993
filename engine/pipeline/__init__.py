"""The turn pipeline: audio → VAD → STT → fast path or agent (tools) → TTS, every stage traced.

    from engine.pipeline import Pipeline, TurnResult

`Pipeline` is imported on first use: it loads whisper, the voices and the model client, and a
command that only needs a light part of this package (`backend_factory`, the `turn` records) must
not pay for them. The stages below the pipeline (audio, vad, stt, agent, fastpath, tts, trace)
never import this package (tests/structure/test_layering.py).
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
