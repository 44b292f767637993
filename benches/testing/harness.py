"""A test harness for the agent: the real Agent and openai client, a scripted OpenAI-compatible server, a real backend.

    async with AgentHarness(script=[Round(tool_calls=[ToolCall("find_vehicle", {"plate": "AB123CD"})]),
                                    Round(text="È la Panda di Mario Rossi.")]) as h:
        result = await h.run("di chi è la AB123CD?")
        result.expect.next_tool_call("find_vehicle", plate="AB123CD")
        result.expect.next_tool_result("find_vehicle", ok=True)
        result.expect.next_message(contains="Rossi")

The default backend is a LocalBackend on a small demo workshop in a temporary folder; the scripted
server is benches.openai_server.
"""

from __future__ import annotations

import dataclasses
import logging
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benches.openai_server import FakeOpenAI
from benches.testing.expect import RunExpect
from engine.agent import Agent, AgentOptions
from engine.agent.events import AgentEvent, AgentResult
from engine.errors import OfficinaError
from wp_api.contract import CallContext, ToolBackend

_LOGGER = logging.getLogger(__name__)


@dataclass
class RunResult:
    """One harness turn: every agent event in order, the result, and an `expect` cursor over them."""

    events: list[AgentEvent]
    result: AgentResult | None
    error: OfficinaError | None = None
    expect: RunExpect = field(init=False)

    def __post_init__(self) -> None:
        self.expect = RunExpect(self.events)

    @property
    def text(self) -> str:
        return self.result.text if self.result else ""


def demo_backend(folder: Path, *, customers: int = 40) -> ToolBackend:
    """A LocalBackend on a small demo workshop in `folder` (built on first use)."""
    from wp_api.local import LocalBackend
    from wp_api.local.demo import build_demo

    path = folder / "workshop.sqlite3"
    if not path.exists():
        build_demo(path, customers=customers)
    return LocalBackend(path)


class AgentHarness:
    """Runs agent turns against a scripted fake model server and a real backend."""

    def __init__(
        self,
        *,
        script: Sequence[Any] = (),
        backend: ToolBackend | None = None,
        language: str = "it",
        options: dict[str, Any] | None = None,
        server: Any | None = None,
    ) -> None:
        self._initial_script = list(script)
        self._backend = backend
        self._own_backend = backend is None
        self._language = language
        self._option_overrides = options or {}
        self._server = server
        self._own_server = server is None
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self.session_id = "harness-" + uuid.uuid4().hex[:8]
        self.agent: Agent | None = None

    @property
    def server(self) -> Any:
        assert self._server is not None, "harness not started"
        return self._server

    @property
    def backend(self) -> ToolBackend:
        assert self._backend is not None, "harness not started"
        return self._backend

    async def __aenter__(self) -> AgentHarness:
        if self._server is None:
            self._server = FakeOpenAI().start()
        if self._backend is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="officina-harness-")
            self._backend = demo_backend(Path(self._tmp.name))
        options = AgentOptions(
            base_url=self._server.base_url,
            model="fake-model",
            api_key="test-key",
            language=self._language,
            max_retries=0,
        )
        options = dataclasses.replace(options, **self._option_overrides)
        self.agent = Agent(options, self._backend)
        self.script(self._initial_script)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.agent is not None:
            await self.agent.aclose()
        if self._own_backend and self._backend is not None:
            await self._backend.aclose()
        if self._own_server and self._server is not None:
            self._server.stop()
        if self._tmp is not None:
            self._tmp.cleanup()

    def script(self, rounds: Sequence[Any]) -> None:
        """Queue more scripted model rounds."""
        self.server.script(list(rounds))

    def context(self, *, confirmation: str | None = None) -> CallContext:
        return CallContext(
            session_id=self.session_id,
            actor="harness",
            confirmation=confirmation,
            turn_id=uuid.uuid4().hex[:8],
        )

    async def run(self, text: str) -> RunResult:
        """Run one agent turn from text; an engine error is captured in `error` rather than raised."""
        assert self.agent is not None, "use `async with AgentHarness(...)`"
        run = self.agent.run(text, context=self.context())
        events: list[AgentEvent] = []
        try:
            async for event in run:
                events.append(event)
        except OfficinaError as exc:
            return RunResult(events, run.result, exc)
        return RunResult(events, run.result)

    def system_prompt(self, request: int = 0) -> str:
        """The system prompt of the n-th chat request the server saw."""
        return self.server.chat_requests[request].body["messages"][0]["content"]
