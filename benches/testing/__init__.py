"""Test support for the engine, importable by tests and later issues: the agent harness and its expectations."""

from benches.testing.expect import RunExpect
from benches.testing.harness import AgentHarness, RunResult, demo_backend

__all__ = ["AgentHarness", "RunExpect", "RunResult", "demo_backend"]
