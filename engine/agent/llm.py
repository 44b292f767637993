"""The one boundary to the `openai` client: a streamed chat completion, collected, with errors translated."""

from __future__ import annotations

import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any, cast

import httpx
import openai
from openai.types.chat import ChatCompletionMessageParam, ChatCompletionToolUnionParam

from engine.errors import (
    LlmConnectionError,
    LlmError,
    LlmStatusError,
    LlmStreamError,
    LlmTimeoutError,
)

_LOGGER = logging.getLogger(__name__)


@dataclass
class StreamedCall:
    """A tool call assembled from streamed pieces."""

    id: str
    name: str
    raw_arguments: str = ""

    def arguments(self) -> dict[str, Any] | None:
        """The parsed arguments; None when they are not a JSON object."""
        try:
            value = json.loads(self.raw_arguments or "{}")
        except ValueError:
            return None
        return value if isinstance(value, dict) else None


@dataclass
class Chunk:
    """One piece of a streamed round: text, or the first token mark, or the end."""

    text: str = ""
    first: bool = False
    """True on the first chunk that carries content or a tool call."""
    tool_call: bool = False
    """On the first chunk: it starts a tool call (the model will need another round)."""


@dataclass
class RoundOutput:
    """A whole round once streamed."""

    text: str = ""
    calls: list[StreamedCall] = field(default_factory=list)
    finish_reason: str | None = None
    usage: dict[str, int] = field(default_factory=dict)
    ttft_s: float | None = None
    duration_s: float = 0.0


@contextlib.contextmanager
def translate_errors(model: str) -> Iterator[None]:
    """Turn openai exceptions into engine.errors Llm* (raised from the original)."""
    try:
        yield
    except openai.APITimeoutError as exc:
        raise LlmTimeoutError("The language model did not answer in time.", retryable=True) from exc
    except openai.APIStatusError as exc:
        status = exc.status_code
        if status == 401:
            message = "The language model rejected the API key (401): check it in Settings."
        elif status == 404:
            message = f"The language model server does not know the model {model!r} (404)."
        elif status == 429:
            message = "The language model is rate-limited or out of credit (429); try again shortly."
        else:
            message = f"The language model server answered with an error ({status})."
        retryable = status in (408, 409, 429) or status >= 500
        raise LlmStatusError(message, status_code=status, retryable=retryable) from exc
    except openai.APIConnectionError as exc:
        raise LlmConnectionError("The language model server could not be reached.", retryable=True) from exc
    except openai.APIError as exc:  # an error event in the middle of the stream
        raise LlmStreamError(
            f"The language model server failed mid-answer: {exc.message}", retryable=True
        ) from exc
    except httpx.HTTPError as exc:  # the connection dropped mid-stream (the client does not wrap these)
        raise LlmStreamError("The language model server broke off the answer.", retryable=True) from exc
    except openai.OpenAIError as exc:
        raise LlmError(f"The language model call failed: {exc}") from exc


async def stream_round(
    client: openai.AsyncOpenAI,
    *,
    model: str,
    messages: list[dict[str, Any]],
    tools: list[dict[str, Any]],
    out: RoundOutput,
) -> AsyncIterator[Chunk]:
    """Stream one chat completion; yields text chunks as they come and fills `out` with the rest."""
    started = time.monotonic()
    calls: dict[int, StreamedCall] = {}
    parts: list[str] = []
    with translate_errors(model):
        stream = await client.chat.completions.create(
            model=model,
            # the conversation and tool schemas are kept as the wire's JSON dicts; the SDK names them
            messages=cast("list[ChatCompletionMessageParam]", messages),
            stream=True,
            stream_options={"include_usage": True},
            tools=cast("list[ChatCompletionToolUnionParam]", tools) if tools else openai.omit,
            parallel_tool_calls=True if tools else openai.omit,
        )
        async with stream:
            async for chunk in stream:
                if chunk.usage is not None:
                    out.usage = _usage(chunk.usage)
                if not chunk.choices:
                    continue
                choice = chunk.choices[0]
                delta = choice.delta
                has_content = bool(delta.content) or bool(delta.tool_calls)
                first = has_content and out.ttft_s is None
                if first:
                    out.ttft_s = time.monotonic() - started
                for tc in delta.tool_calls or []:
                    call = calls.get(tc.index)
                    if call is None:
                        call = calls[tc.index] = StreamedCall(id=tc.id or f"call_{tc.index}", name="")
                    if tc.id:
                        call.id = tc.id
                    if tc.function is not None:
                        if tc.function.name and tc.function.name != call.name:
                            # OpenAI sends the name once; llama-cpp-python repeats it in every chunk
                            call.name += tc.function.name
                        if tc.function.arguments:
                            call.raw_arguments += tc.function.arguments
                if delta.content:
                    parts.append(delta.content)
                    yield Chunk(text=delta.content, first=first)
                elif first:
                    yield Chunk(first=True, tool_call=bool(delta.tool_calls))
                if choice.finish_reason:
                    out.finish_reason = choice.finish_reason
    out.text = "".join(parts)
    out.calls = [calls[i] for i in sorted(calls)]
    if (out.calls or out.text) and out.finish_reason is None:
        # the stream ended without its last chunk: the calls' arguments may be cut short, never run them;
        # the text is cut mid-answer ("Ora mando la"), never taken as the whole answer
        raise LlmStreamError("The language model server broke off the answer.", retryable=True)
    out.duration_s = time.monotonic() - started


def _usage(usage: Any) -> dict[str, int]:
    """Token counts from a usage object, with the prompt tokens the server's prefix cache reused."""
    details = getattr(usage, "prompt_tokens_details", None)
    return {
        "prompt_tokens": usage.prompt_tokens or 0,
        "completion_tokens": usage.completion_tokens or 0,
        # the prompt's prefix the server had cached (OpenAI, llama.cpp, vLLM report it; 0 when not)
        "cached_tokens": int(getattr(details, "cached_tokens", 0) or 0) if details is not None else 0,
    }
