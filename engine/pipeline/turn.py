"""What a turn returns and what the pipeline reports about itself: plain records the app can show."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from engine.confirmation import PendingConfirmation, ToolCallRecord

TurnPath = Literal["fastpath", "llm", "clarify", "confirm", "undo", "none", "error"]


@dataclass
class TurnResult:
    """The outcome of one turn."""

    turn_id: str
    transcript: str
    """What the person said (as transcribed) or typed."""
    reply_text: str
    """What the assistant answered (and spoke, unless interrupted)."""
    tool_calls: list[ToolCallRecord] = field(default_factory=list)
    pending: PendingConfirmation | None = None
    """A confirm-level tool call waiting for the person (show a card; answer with Pipeline.confirm)."""
    path: TurnPath = "none"
    """What answered: fastpath, llm, clarify (a question back), confirm, undo, none (empty input), error."""
    error: str | None = None
    """One sentence when a stage failed (the reply says it too); details are in the trace."""
    trace_path: Path | None = None
    interrupted: bool = False
    """True when barge-in cut the answer short."""
    language: str = "it"


@dataclass
class MissingItem:
    """Something the app needs that is not there, with the command that fixes it."""

    what: str
    """One sentence, e.g. "No OpenAI API key: only the offline fast path works."."""
    fix: str
    """Command or settings step, e.g. "officina models install it_IT-paola-medium"."""


@dataclass
class PipelineStatus:
    """The status bar: backend, STT, LLM, models, and what is missing."""

    backend_ok: bool
    backend_kind: str
    """"local" or "wordpress"."""
    backend_detail: str
    stt_mode: str
    """"local", "cloud" or "hybrid"."""
    stt_engines: list[str]
    """Engines available right now, e.g. ["local", "cloud"]."""
    llm_configured: bool
    """An API key (or a keyless self-hosted base URL) is set."""
    llm_reachable: bool | None
    """None until a request was tried."""
    llm_model: str
    fastpath_enabled: bool
    offline_only: bool
    voice: str | None
    """The voice in use for the current language (may be a fallback)."""
    voice_fallback: bool
    """True when the configured voice is not installed and another one is used."""
    models_installed: list[str]
    missing: list[MissingItem] = field(default_factory=list)
    hands_free: bool = False
