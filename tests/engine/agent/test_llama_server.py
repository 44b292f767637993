"""The agent against a real llama.cpp server (PyPI build, SmolLM2-135M) through the real `openai` client.

The wire, the streaming, include_usage, the cache counters and the error paths are real; the model's
answers are not judged (a 135M model cannot use tools). See tests/llama_server.py for when it skips.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import httpx
import pytest

from engine.agent import Agent, AgentOptions
from engine.agent.events import FirstToken, RoundDone, RoundStarted
from engine.errors import LlmConnectionError, LlmStatusError
from tests.llama_server import MAX_TOKENS, LlamaServer, llama_tools  # noqa: F401  (fixture)
from wp_api.contract import BackendHealth, CallContext, ToolBackend, ToolResult, ToolSpec

pytestmark = pytest.mark.slow

_PRODUCT_RETRIES = next(f.default for f in dataclasses.fields(AgentOptions) if f.name == "max_retries")


def _options(server: LlamaServer, **overrides: object) -> AgentOptions:
    options = AgentOptions(
        base_url=server.base_url,
        model=server.model,
        api_key=None,
        language="en",
        max_rounds=2,
        max_retries=0,
        request_timeout_s=240.0,
    )
    return dataclasses.replace(options, **overrides)  # type: ignore[arg-type]


def _context() -> CallContext:
    return CallContext(session_id="llama-test", actor="test", turn_id="t1")


class FewTools:
    """The real backend showing the model only a few tools: a short prompt keeps the cold prefill (CPU) short."""

    def __init__(
        self, inner: ToolBackend, names: tuple[str, ...] = ("find_customer", "list_services")
    ) -> None:
        self.inner = inner
        self.names = names

    async def list_tools(self) -> list[ToolSpec]:
        return [spec for spec in await self.inner.list_tools() if spec.name in self.names]

    async def call_tool(self, name: str, arguments: Any, *, context: CallContext) -> ToolResult:
        return await self.inner.call_tool(name, arguments, context=context)

    async def health(self) -> BackendHealth:
        return await self.inner.health()

    async def aclose(self) -> None:
        await self.inner.aclose()


async def test_a_turn_streams_with_usage_and_the_prefix_is_cached_next_time(
    llama_tools: LlamaServer,  # noqa: F811
    backend: ToolBackend,
) -> None:
    few = FewTools(backend)
    # The product's one retry (AgentOptions.max_retries), not the error tests' none: llama-server can
    # close a keep-alive connection just as the next request goes out on it, which httpx reports as
    # "Server disconnected without sending a response" (seen once on CI, on the second turn's request).
    # A retry on a fresh connection is what the app does then; the wire under test is the same.
    agent = Agent(_options(llama_tools, max_rounds=1, max_retries=_PRODUCT_RETRIES), few)
    assert agent.configured, "a loopback server needs no API key"
    try:
        assert await agent.warm_up(_context()) is True
        events = [e async for e in agent.run("Say hello to the customer.", context=_context())]
        started = [e for e in events if isinstance(e, RoundStarted)]
        firsts = [e for e in events if isinstance(e, FirstToken)]
        done = [e for e in events if isinstance(e, RoundDone)]
        assert len(started) == len(done) == 1
        assert firsts and firsts[0].ttft_s > 0
        usage = done[0].usage
        # include_usage arrived on the stream: the prompt with the tool schemas reached the model
        schemas = len(json.dumps([s.openai_schema() for s in await few.list_tools()]))
        assert usage["prompt_tokens"] > schemas // 8, usage
        assert 0 < usage["completion_tokens"] <= MAX_TOKENS
        assert "cached_tokens" in usage

        # the same prompt again (only the question differs, at the end): the server reuses the prefix.
        # How much of it depends on the prompt's layout (with the time near the top, a new minute in
        # between leaves only the first lines cached): the counter is real either way.
        agent.forget()
        again = [e async for e in agent.run("Say goodbye to the customer.", context=_context())]
        usage2 = next(e for e in again if isinstance(e, RoundDone)).usage
        assert 0 < usage2["cached_tokens"] < usage2["prompt_tokens"], usage2
    finally:
        await agent.aclose()


async def test_the_agents_whole_request_with_every_tool_is_accepted(
    llama_tools: LlamaServer,  # noqa: F811
    backend: ToolBackend,
) -> None:
    """llama.cpp compiles the 16 schemas into a grammar: one it cannot parse fails the request with 400.

    (Found here: `maxLength: 2000` and `\\d` in patterns did; openai_schema leaves them out.) What
    SmolLM2 then emits is not judged: a tool call cut short by max_tokens fails the stream mid-turn
    (500 from the server's tool-call parser), which must reach the caller as an LlmStatusError.
    """
    agent = Agent(_options(llama_tools, max_rounds=1), backend)
    try:
        try:
            result = await agent.respond("Di chi è la AB 123 CD?", context=_context())
        except LlmStatusError as exc:
            assert exc.status_code == 500, f"the server refused the request: {exc.__cause__}"
            assert "tool call" in str(exc.__cause__)
        else:
            assert result.stopped in ("answered", "max_rounds")
    finally:
        await agent.aclose()


async def test_a_request_over_the_context_is_a_clear_error_not_a_crash(
    llama_tools: LlamaServer,  # noqa: F811
    backend: ToolBackend,
) -> None:
    agent = Agent(_options(llama_tools), FewTools(backend))
    try:
        with pytest.raises(LlmStatusError) as caught:
            await agent.respond("ruota " * 9000, context=_context())
        assert caught.value.status_code == 400
        assert "error" in caught.value.message
        assert agent.reachable is True, "the server answered: it is reachable, the request was wrong"
    finally:
        await agent.aclose()


async def test_a_server_that_went_away_is_a_connection_error(
    llama_tools: LlamaServer,  # noqa: F811
    backend: ToolBackend,
) -> None:
    # the same server's address with the port closed: a real refused connection through the real client
    port = int(llama_tools.base_url.rsplit(":", 1)[1].split("/")[0])
    dead = dataclasses.replace(llama_tools, base_url=f"http://127.0.0.1:{port + 1}/v1")
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port + 1}/health", timeout=2)
    agent = Agent(_options(dead), backend)
    try:
        with pytest.raises(LlmConnectionError) as caught:
            await agent.respond("hello", context=_context())
        assert caught.value.message == "The language model server could not be reached."
        assert agent.reachable is False
    finally:
        await agent.aclose()
