"""The offline fast path: common counter commands understood locally, run on the tools, answered from templates."""

from __future__ import annotations

from engine.fastpath.front import FastPath
from engine.fastpath.outcome import FastPathOutcome
from engine.fastpath.parser import HANDLE_THRESHOLD, Parse, parse

__all__ = ["HANDLE_THRESHOLD", "FastPath", "FastPathOutcome", "Parse", "parse"]
