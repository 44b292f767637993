"""The agent: OpenAI-compatible chat model + workshop tools, streaming, bounded, confirm-aware."""

from engine.agent.agent import Agent, AgentRun
from engine.agent.events import (
    AgentEvent,
    AgentResult,
    ConfirmationNeeded,
    FirstToken,
    RoundDone,
    RoundStarted,
    TextDelta,
    ToolCallFinished,
    ToolCallStarted,
)
from engine.agent.options import AgentOptions
from engine.agent.prompt import build_system_prompt

__all__ = [
    "Agent",
    "AgentEvent",
    "AgentOptions",
    "AgentResult",
    "AgentRun",
    "ConfirmationNeeded",
    "FirstToken",
    "RoundDone",
    "RoundStarted",
    "TextDelta",
    "ToolCallFinished",
    "ToolCallStarted",
    "build_system_prompt",
]
