"""Test support for the engine, importable by tests and later issues: the agent harness and its expectations."""

from engine.testing.expect import RunExpect
from engine.testing.harness import AgentHarness, RunResult, demo_backend

__all__ = ["AgentHarness", "RunExpect", "RunResult", "demo_backend"]
