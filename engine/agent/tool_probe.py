"""Does the configured model server really receive the tools? A one-tool probe for `officina --self-test`.

A llama.cpp server started without `--jinja`, or with a chat template that has no tools section,
accepts `tools` and silently drops them: the model then never calls one and the agent seems merely
dim. The probe asks with one cheap tool and `tool_choice="required"`; when no tool call comes back it
asks again without the tool and compares the prompt sizes the server reports: equal sizes mean the
tool never reached the model.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import openai
from openai.types.chat import ChatCompletionMessageParam, ChatCompletionToolParam

from engine.agent.options import AgentOptions

PROBE_TOOL: ChatCompletionToolParam = {
    "type": "function",
    "function": {
        "name": "get_workshop_time",
        "description": "The current time at the workshop. Call it to answer any question about the time.",
        "parameters": {"type": "object", "properties": {}},
    },
}
PROBE_MESSAGES: list[ChatCompletionMessageParam] = [
    {"role": "user", "content": "What time is it at the workshop? Call get_workshop_time."}
]
PROBE_MAX_TOKENS = 64

FIX_DROPPED = (
    "llama.cpp: start llama-server with --jinja and a model whose template has tools (or "
    "--chat-template-file with one); Ollama: a model with the 'tools' capability; vLLM: "
    "--enable-auto-tool-choice --tool-call-parser <the model's parser>"
)
FIX_NO_CALL = "choose a model trained for tool calling (e.g. Qwen2.5 7B Instruct or larger)"


@dataclass(frozen=True)
class ProbeResult:
    """What the probe found: `status` is "ok", "no_call" (tools received, not called), "dropped" or "unknown"."""

    status: str
    detail: str
    fix: str | None = None
    seconds: float = 0.0


async def probe_tools(options: AgentOptions, *, timeout_s: float = 120.0) -> ProbeResult:
    """Ask the configured server once with one tool (twice when no call comes back). Raises LlmError."""
    from engine.agent.llm import translate_errors

    client = openai.AsyncOpenAI(
        base_url=options.base_url,
        api_key=options.api_key or "not-needed",
        timeout=openai.Timeout(timeout_s, connect=3.0),
        # the turn's one retry: a server may close a reused keep-alive connection as a request goes out
        max_retries=options.max_retries,
    )
    started = time.monotonic()
    try:
        with translate_errors(options.model):
            with_tool = await _ask(client, options.model, tools=True)
            if with_tool.choices and with_tool.choices[0].message.tool_calls:
                name = with_tool.choices[0].message.tool_calls[0].function.name
                return ProbeResult(
                    "ok",
                    f"{options.model} at {options.base_url} received the tool and called {name}",
                    seconds=time.monotonic() - started,
                )
            without = await _ask(client, options.model, tools=False)
    finally:
        await client.close()
    seconds = time.monotonic() - started
    sizes = [r.usage.prompt_tokens if r.usage else None for r in (with_tool, without)]
    if None in sizes:
        return ProbeResult(
            "unknown",
            f"{options.model} answered the one-tool probe without calling it, and the server reports no "
            "token usage, so whether it received the tools cannot be told",
            FIX_DROPPED,
            seconds,
        )
    if sizes[0] == sizes[1]:
        return ProbeResult(
            "dropped",
            f"the server at {options.base_url} drops the tools: the prompt was {sizes[0]} tokens with or "
            "without them (its chat template has no tools section)",
            FIX_DROPPED,
            seconds,
        )
    return ProbeResult(
        "no_call",
        f"the server received the tools ({sizes[0]} prompt tokens with one, {sizes[1]} without) but "
        f"{options.model} answered in text instead of calling it",
        FIX_NO_CALL,
        seconds,
    )


async def _ask(client: openai.AsyncOpenAI, model: str, *, tools: bool) -> Any:
    kwargs: dict[str, Any] = {"tools": [PROBE_TOOL], "tool_choice": "required"} if tools else {}
    try:
        return await client.chat.completions.create(
            model=model,
            messages=PROBE_MESSAGES,
            max_tokens=PROBE_MAX_TOKENS,
            **kwargs,
        )
    except openai.BadRequestError:
        if not tools:
            raise
        # some servers accept tools but not tool_choice="required": ask with the default choice
        return await client.chat.completions.create(
            model=model,
            messages=PROBE_MESSAGES,
            max_tokens=PROBE_MAX_TOKENS,
            tools=[PROBE_TOOL],
        )
