"""The agent: a bounded, streaming tool loop over an OpenAI-compatible chat model and a ToolBackend."""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import hashlib
import json
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import openai

from engine.agent.confirm_summary import say_back, summarise
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
from engine.agent.llm import RoundOutput, StreamedCall, stream_round, translate_errors
from engine.agent.options import AgentOptions
from engine.agent.prompt import (
    build_clock_note,
    build_messages,
    build_system_prompt,
    now_in,
    tool_schemas,
    user_message,
    wrap_tool_result,
)
from engine.confirmation import PendingConfirmation, ToolCallRecord
from engine.errors import ConfigError, LlmConnectionError, LlmError, LlmTimeoutError
from wp_api.contract import CallContext, Safety, ToolBackend, ToolResult, ToolSpec, validate_arguments

_LOGGER = logging.getLogger(__name__)

_CATALOGUE_TTL_S = 600.0
CONNECT_TIMEOUT_S = 3.0
_RECENT_RECORDS = 30
_AWAITING = {
    "ok": False,
    "status": "awaiting_confirmation",
    "message": "NOT done yet: awaiting the person's confirmation in the app. Tell them in one short sentence "
    "what will happen and that they must confirm; do not say it is done and do not call this tool again.",
}
_HELD_TOO = {
    "ok": False,
    "status": "not_done",
    "message": "NOT done: another change of this turn already waits for the person's yes in the app. "
    "Ask for this one again after it.",
}
# the continuation after the person's yes to a held write (`Agent.carry_on`)
_DONE_ON_YES = (
    "Made just now on the person's yes in the app, which has already told them it is done: do not say it "
    "again. Carry on with the rest of their request; if nothing else was asked, answer with nothing."
)
_NOW_FREE = {
    "ok": False,
    "status": "not_done",
    "message": "NOT done yet: it waited for the person's yes to another change of this turn, which is made "
    "now. Call this tool again if the request still needs it.",
}
_ALREADY_MADE = (
    "Already made in this request on the person's yes: not made again. Do not call it again for this."
)


@dataclass
class HeldTurn:
    """A model turn stopped at a held write: what it needs to carry on after the person's yes."""

    pending_id: str
    tool: str
    call_id: str
    """The held call's id in `messages`: its answer becomes the real result."""
    messages: list[dict[str, Any]]
    """The conversation as sent, up to the held round's tool answers."""
    deferred: dict[str, str]
    """Calls of that round answered not_done because of the hold (id: tool name)."""
    careful: str
    key_turn: str
    """The turn the idempotency keys are made from: a repeated call is the same call."""
    made: list[ToolCallRecord] = field(default_factory=list)
    """The writes made on the person's yes so far in this request."""


class AgentRun:
    """One turn of the agent: `async for event in run` streams AgentEvents; `result` is set at the end.

    A speculative run (started on a transcript that may still change) runs read-only tools only: it
    parks before the first round that calls a write or confirm tool, and before it ends (when it would
    remember the exchange), until `commit()`. Dropping it (`aclose()`) leaves no trace in the agent.

    `careful` (set before `commit()`): why the words may be wrong ("noisy": heard over noise). Then no
    write runs: the first one is held and said back whole for the person's yes (a `held`
    PendingConfirmation), and the turn ends with that sentence. On the person's yes the app makes
    that call, and `Agent.carry_on` continues the same conversation from its real result (`resume`):
    still careful, so its next write is held in turn.
    """

    def __init__(
        self,
        agent: Agent,
        text: str,
        context: CallContext,
        *,
        speculative: bool = False,
        careful: str | None = None,
        resume: tuple[HeldTurn, ToolCallRecord] | None = None,
    ) -> None:
        self.text = text
        self.speculative = speculative
        self.careful = careful
        self.resume = resume
        """A continuation: the held turn and the record of its write made on the person's yes."""
        self.key_turn = resume[0].key_turn if resume else (context.turn_id or context.session_id)
        self.made: list[ToolCallRecord] = [*resume[0].made, resume[1]] if resume else []
        self._held_call = ""
        self._deferred: dict[str, str] = {}
        self._committed = asyncio.Event()
        if not speculative:
            self._committed.set()
        self.parked = False
        """True while a speculative run waits for `commit()` before doing anything visible."""
        self._gen = agent._loop(text, context, self)
        self.result: AgentResult | None = None

    def __aiter__(self) -> AsyncIterator[AgentEvent]:
        return self._gen

    def commit(self) -> None:
        """The transcript is final: a speculative run may now write, ask for confirmation and finish."""
        self._committed.set()

    @property
    def committed(self) -> bool:
        return self._committed.is_set()

    async def _gate(self) -> None:
        if self._committed.is_set():
            return
        self.parked = True
        try:
            await self._committed.wait()
        finally:
            self.parked = False

    async def collect(self) -> AgentResult:
        """Run to the end, ignoring the events; the result."""
        async for _ in self._gen:
            pass
        assert self.result is not None
        return self.result

    async def aclose(self) -> None:
        await self._gen.aclose()

    async def __aenter__(self) -> AgentRun:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


class Agent:
    """Answers a person's request by calling workshop tools through a chat model, within bounds."""

    def __init__(self, options: AgentOptions, backend: ToolBackend) -> None:
        self.options = options
        self.backend = backend
        self.reachable: bool | None = None
        """None until the first request; then whether the last request reached the server."""
        self._client: openai.AsyncOpenAI | None = None
        self._specs: dict[str, ToolSpec] | None = None
        self._tools: list[dict[str, Any]] = []
        """The tool schemas as sent, built once in name order: the same bytes every request."""
        self._services: list[dict[str, Any]] = []
        self._services_at = -_CATALOGUE_TTL_S
        self._history: list[dict[str, Any]] = []
        self._recent: collections.deque[ToolCallRecord] = collections.deque(maxlen=_RECENT_RECORDS)
        """Tool results of earlier turns, so a confirmation card can say what and whom it is about."""
        self._held_turn: HeldTurn | None = None
        """The turn stopped at its held write (the last one said back), until it is answered."""

    @property
    def configured(self) -> bool:
        return self.options.configured

    def client(self) -> openai.AsyncOpenAI:
        if not self.configured:
            raise ConfigError(
                self.options.missing() or "The language model is not configured.", kind="config.api_key"
            )
        if self._client is None:
            self._client = openai.AsyncOpenAI(
                base_url=self.options.base_url,
                api_key=self.options.api_key or "not-needed",
                # a dead network fails in seconds, not after the whole request timeout
                timeout=openai.Timeout(self.options.request_timeout_s, connect=CONNECT_TIMEOUT_S),
                max_retries=self.options.max_retries,
            )
        return self._client

    def run(
        self, text: str, *, context: CallContext, speculative: bool = False, careful: str | None = None
    ) -> AgentRun:
        """Start a turn; iterate the returned run for events (or `await run.collect()`).

        `speculative`: the transcript may still change (the key is still held); `careful`: the words
        may be wrong, so writes are said back for a yes, not made; see AgentRun."""
        return AgentRun(self, text, context, speculative=speculative, careful=careful)

    async def respond(self, text: str, *, context: CallContext) -> AgentResult:
        """Run a turn to the end and return its result."""
        return await self.run(text, context=context).collect()

    def forget(self) -> None:
        """Drop the conversation history (a new customer at the counter)."""
        self._history.clear()
        self._recent.clear()
        self._held_turn = None

    def carry_on(self, pending_id: str, record: ToolCallRecord, *, context: CallContext) -> AgentRun | None:
        """After the person's yes to a held write (made by the app: `record`), the run that continues the
        same turn from that call's real result; None when the pending write was not the model's held
        one or the call failed (nothing carries on)."""
        held = self._take_held(pending_id)
        if held is None or not record.result.ok:
            return None
        return AgentRun(self, "", context, careful=held.careful, resume=(held, record))

    def drop_held(self, pending_id: str) -> list[ToolCallRecord]:
        """The person said no (or the write failed): the turn stops here. The writes it made earlier on
        a yes, so the answer can say what was done."""
        held = self._take_held(pending_id)
        return list(held.made) if held else []

    def _take_held(self, pending_id: str) -> HeldTurn | None:
        # whatever pending is answered, a turn held earlier is over: its write is no longer the one pending
        held, self._held_turn = self._held_turn, None
        return held if held is not None and held.pending_id == pending_id else None

    def note_tool_calls(self, records: list[ToolCallRecord]) -> None:
        """Tool calls made outside the model (fast path) that later confirmations may refer to."""
        self._recent.extend(records)

    async def tool_specs(self) -> dict[str, ToolSpec]:
        if self._specs is None:
            specs = await self.backend.list_tools()
            self._specs = {spec.name: spec for spec in specs}
            self._tools = tool_schemas(specs)
        return self._specs

    async def services(self, context: CallContext) -> list[dict[str, Any]]:
        """The catalogue for the prompt, from the backend's list_services (cached for 10 minutes)."""
        if time.monotonic() - self._services_at < _CATALOGUE_TTL_S:
            return self._services
        try:
            result = await asyncio.wait_for(
                self.backend.call_tool("list_services", {}, context=context), self.options.tool_timeout_s
            )
        except Exception as exc:  # the catalogue is a nicety: a failure must not lose the turn
            _LOGGER.warning("Could not load the service catalogue for the prompt: %s", exc)
            return self._services
        if result.ok:
            self._services = list(result.data.get("services", []))
            self._services_at = time.monotonic()
        return self._services

    async def system_prompt(self, context: CallContext) -> str:
        """The static system message (rules and catalogue): the same bytes every turn."""
        return build_system_prompt(
            language=self.options.language,
            workshop_name=self.options.workshop_name,
            services=await self.services(context),
            timezone=self.options.timezone,
        )

    async def messages_for(
        self, text: str, context: CallContext, *, now: dt.datetime | None = None
    ) -> list[dict[str, Any]]:
        """A turn's first request: static system message, history, then the clock note and `text`."""
        clock = build_clock_note(language=self.options.language, timezone=self.options.timezone, now=now)
        return build_messages(
            system=await self.system_prompt(context),
            history=self._history,
            user=user_message(clock=clock, text=text),
        )

    async def warm_up(self, context: CallContext) -> bool:
        """Before the first turn: open the client, load tools and catalogue, and check the server answers.

        Sets `reachable`; returns it. Never raises (a failure is only logged).
        """
        if not self.configured:
            return False
        try:
            await self.tool_specs()
            await self.services(context)
            with translate_errors(self.options.model):
                await self.client().models.list()
            self.reachable = True
        except LlmError as exc:
            self.reachable = not isinstance(exc, LlmConnectionError | LlmTimeoutError)
            _LOGGER.info("Language model check: %s", exc.message)
        except Exception as exc:  # warm-up is best effort
            _LOGGER.warning("Language model warm-up failed: %s", exc)
        return bool(self.reachable)

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None

    # --- the loop -----------------------------------------------------------------------------------

    async def _loop(self, text: str, context: CallContext, run: AgentRun) -> AsyncGenerator[AgentEvent, None]:
        client = self.client()
        specs = await self.tool_specs()
        user: dict[str, Any] | None = None
        if run.resume is None:
            messages = await self.messages_for(text, context)
            user = messages[-1]
        else:
            messages = _resumed(*run.resume)
        result = AgentResult(text="")
        run.result = result
        spoken: list[str] = []
        for round_no in range(1, self.options.max_rounds + 1):
            result.rounds = round_no
            yield RoundStarted(round=round_no, messages=len(messages), speculative=not run.committed)
            out = RoundOutput()
            try:
                async for chunk in stream_round(
                    client, model=self.options.model, messages=messages, tools=self._tools, out=out
                ):
                    if chunk.first:
                        yield FirstToken(round=round_no, ttft_s=out.ttft_s or 0.0, tool_call=chunk.tool_call)
                    if chunk.text:
                        yield TextDelta(text=chunk.text, round=round_no)
            except LlmError as exc:
                self.reachable = not isinstance(exc, LlmConnectionError | LlmTimeoutError)
                raise
            self.reachable = True
            if out.text:
                spoken.append(out.text)
            yield RoundDone(round_no, out.text, out.finish_reason, out.usage, out.duration_s)
            if not out.calls:
                # a continuation may have nothing left to say: the app said the write is done
                if not any(s.strip() for s in spoken) and run.resume is None:
                    result.stopped = "empty"
                    _LOGGER.warning("The model answered round %d with neither text nor a tool call", round_no)
                break
            if any(_writes(specs.get(call.name)) for call in out.calls):
                await run._gate()  # a speculative run never writes before the transcript is final
            messages.append(_assistant_message(out))
            async for event in self._run_calls(round_no, out.calls, specs, context, result, messages, run):
                yield event
            if result.pending is not None and result.pending.held:
                # the app says the held write back itself, word for word what a yes will do: no model
                # paraphrase of it, and no round that could act on an answer that did not happen
                pending = result.pending
                self._held_turn = HeldTurn(
                    pending.id, pending.tool, run._held_call, list(messages), dict(run._deferred),
                    careful=run.careful or "noisy", key_turn=run.key_turn, made=list(run.made),
                )  # fmt: skip
                said = (" " if any(s.strip() for s in spoken) else "") + pending.summary
                spoken.append(pending.summary)
                yield TextDelta(text=said, round=round_no)
                break
        else:
            result.stopped = "max_rounds"
            _LOGGER.warning("Agent stopped after %d rounds without a final answer", self.options.max_rounds)
        await run._gate()  # nor remembers an exchange the person may not have finished
        result.text = " ".join(s.strip() for s in spoken if s.strip())
        self._recent.extend(result.tool_calls)
        # a continuation is remembered by the app, as the answer to the person's yes
        if user is not None and (result.stopped != "empty" or result.tool_calls):  # else said again
            self._remember_message(user, result.text)

    async def _run_calls(
        self,
        round_no: int,
        calls: list[StreamedCall],
        specs: Mapping[str, ToolSpec],
        context: CallContext,
        result: AgentResult,
        messages: list[dict[str, Any]],
        run: AgentRun,
    ) -> AsyncIterator[AgentEvent]:
        """Run the round's tool calls concurrently (confirm-level ones become pending, and writes too on a
        careful run), answer each to the model."""
        runnable: list[tuple[StreamedCall, dict[str, Any]]] = []
        answers: dict[str, str] = {}
        run._deferred = {}
        for call in calls:
            args = call.arguments()
            yield ToolCallStarted(round_no, call.id, call.name, args if args is not None else {})
            spec = specs.get(call.name)
            failure = _check_call(call, args, spec)
            if failure is not None:
                record = ToolCallRecord(call.name, args or {}, failure, 0.0, call_id=call.id)
                result.tool_calls.append(record)
                answers[call.id] = failure.for_model()
                yield ToolCallFinished(round_no, record)
                continue
            assert spec is not None and args is not None
            if spec.safety is Safety.CONFIRM:
                if result.pending is None:
                    # the first call: the backend answers with a token for the app, not for the model
                    first, duration = await self._call_tool(call.name, args, context)
                    known = [*self._recent, *result.tool_calls]
                    summary, display = summarise(call.name, args, known, self.options.language)
                    pending = PendingConfirmation.from_result(call.name, args, first, summary, display)
                    if pending is None:  # refused before any confirmation (not allowed, unreachable...)
                        record = ToolCallRecord(call.name, args, first, duration, call_id=call.id)
                        result.tool_calls.append(record)
                        answers[call.id] = first.for_model()
                        yield ToolCallFinished(round_no, record)
                        continue
                    result.pending = pending
                    yield ConfirmationNeeded(round_no, pending, call.id)
                    answers[call.id] = json.dumps(_AWAITING)
                else:  # one confirmation at a time: this one was never asked for
                    answers[call.id] = json.dumps(_HELD_TOO)
                    run._deferred[call.id] = call.name
                continue
            args = _with_idempotency(spec, args, run.key_turn, call)
            made = _already_made(call.name, args, run.made) if spec.safety is Safety.WRITE else None
            if made is not None:  # a continuation asking again for what a yes already made: not made twice
                again = {
                    "ok": True,
                    "status": "already_made",
                    "message": _ALREADY_MADE,
                    "data": made.result.data,
                }
                answers[call.id] = json.dumps(again, ensure_ascii=False, default=str)
                shown = ToolResult.success({"already_made": True, **made.result.data}, made.result.display)
                yield ToolCallFinished(round_no, ToolCallRecord(call.name, args, shown, 0.0, call_id=call.id))
                continue
            if run.careful and spec.safety is Safety.WRITE:
                if result.pending is None:
                    result.pending = self._held(call.name, args, result, run.careful)
                    run._held_call = call.id
                    yield ConfirmationNeeded(round_no, result.pending, call.id)
                    answers[call.id] = json.dumps(_AWAITING)
                else:
                    answers[call.id] = json.dumps(_HELD_TOO)
                    run._deferred[call.id] = call.name
                continue
            runnable.append((call, args))
        tasks = {
            call.id: asyncio.create_task(self._call_tool(call.name, args, context)) for call, args in runnable
        }
        try:
            for call, args in runnable:
                tool_result, duration = await tasks[call.id]
                record = ToolCallRecord(call.name, args, tool_result, duration, call_id=call.id)
                result.tool_calls.append(record)
                answers[call.id] = tool_result.for_model()
                yield ToolCallFinished(round_no, record)
        finally:
            for task in tasks.values():
                task.cancel()
        for call in calls:
            messages.append(
                {
                    "role": "tool",
                    "tool_call_id": call.id,
                    "content": wrap_tool_result(call.name, answers[call.id]),
                }
            )

    def _held(self, tool: str, args: dict[str, Any], result: AgentResult, why: str) -> PendingConfirmation:
        """A write not made: said back whole for the person's yes, made by the app on that yes."""
        today = now_in(self.options.timezone).date()
        summary, display = say_back(
            tool, args, [*self._recent, *result.tool_calls],
            services=self._services, language=self.options.language, why=why, today=today,
        )  # fmt: skip
        return PendingConfirmation(tool, args, summary, token="", display=display, held=True)

    async def _call_tool(
        self, name: str, args: dict[str, Any], context: CallContext
    ) -> tuple[ToolResult, float]:
        """Run one tool within the timeout; failures become results the model can read."""
        started = time.monotonic()
        timeout = self.options.tool_timeout_s
        try:
            tool_result = await asyncio.wait_for(self.backend.call_tool(name, args, context=context), timeout)
        except TimeoutError:
            tool_result = ToolResult.failure(
                "timeout",
                f"The tool {name} did not answer within {timeout:g} s; it may or may not have run.",
                hint="Tell the person the workshop system is slow and offer to try again.",
            )
        except Exception as exc:  # a tool failure is told to the model, never raised to the person
            _LOGGER.warning("Tool %s failed: %s", name, exc, exc_info=True)
            code = getattr(exc, "code", None) or "tool_failed"
            tool_result = ToolResult.failure(str(code), f"The tool {name} failed: {exc}")
        return tool_result, time.monotonic() - started

    def remember(self, text: str, answer: str) -> None:
        """Keep an exchange as context for later turns (also turns the fast path or the app answered)."""
        self._remember_message({"role": "user", "content": text}, answer)

    def _remember_message(self, user: dict[str, Any], answer: str) -> None:
        # the user message is kept as sent (with its clock note), so the next turn's request repeats
        # the same bytes and a prefix cache reaches past it
        self._history.extend([user, {"role": "assistant", "content": answer or "…"}])
        del self._history[: max(0, len(self._history) - 2 * self.options.history_turns)]


def _writes(spec: ToolSpec | None) -> bool:
    """True for a tool that changes something or asks for a confirmation (never run speculatively)."""
    return spec is not None and spec.safety is not Safety.READ


def _check_call(call: StreamedCall, args: dict[str, Any] | None, spec: ToolSpec | None) -> ToolResult | None:
    if spec is None:
        return ToolResult.failure("unknown_tool", f"There is no tool called {call.name!r}.")
    if args is None:
        return ToolResult.failure(
            "invalid_arguments",
            f"The arguments for {call.name} are not a JSON object.",
            hint="Send valid JSON.",
        )
    return validate_arguments(spec, args)


def _with_idempotency(spec: ToolSpec, args: dict[str, Any], turn: str, call: StreamedCall) -> dict[str, Any]:
    """Write tools get an idempotency key when the model left it out, stable for the same call in a turn
    (`turn`: the turn's id, the held turn's in a continuation)."""
    if "idempotency_key" not in spec.parameters.get("properties", {}) or args.get("idempotency_key"):
        return args
    digest = hashlib.sha1(
        (spec.name + json.dumps(args, sort_keys=True, default=str)).encode(), usedforsecurity=False
    ).hexdigest()[:16]
    return {**args, "idempotency_key": f"{turn}-{digest}"}


def _already_made(name: str, args: dict[str, Any], made: list[ToolCallRecord]) -> ToolCallRecord | None:
    """The write a yes of this request already made: the same key, or the same arguments but the key."""
    key = args.get("idempotency_key")
    rest = {k: v for k, v in args.items() if k != "idempotency_key"}
    for record in made:
        if record.name != name or not record.result.ok:
            continue
        if (key and key == record.arguments.get("idempotency_key")) or rest == {
            k: v for k, v in record.arguments.items() if k != "idempotency_key"
        }:
            return record
    return None


def _resumed(held: HeldTurn, record: ToolCallRecord) -> list[dict[str, Any]]:
    """The held turn's conversation with the held call answered by its real result (made on the yes), and
    the calls it kept waiting told they may be asked for now."""
    messages: list[dict[str, Any]] = []
    for message in held.messages:
        call_id = message.get("tool_call_id") if message.get("role") == "tool" else None
        if call_id == held.call_id:
            payload = {"ok": True, "status": "done", "message": _DONE_ON_YES, "data": record.result.data}
            answer = json.dumps(payload, ensure_ascii=False, default=str)
            message = {**message, "content": wrap_tool_result(held.tool, answer)}
        elif call_id in held.deferred:
            message = {**message, "content": wrap_tool_result(held.deferred[call_id], json.dumps(_NOW_FREE))}
        messages.append(message)
    return messages


def _assistant_message(out: RoundOutput) -> dict[str, Any]:
    return {
        "role": "assistant",
        "content": out.text or None,
        "tool_calls": [
            {
                "id": c.id,
                "type": "function",
                # arguments that are not a JSON object go back as {}: servers that parse them to
                # render the chat template (llama.cpp) would fail the next request on them
                "function": {
                    "name": c.name,
                    "arguments": c.raw_arguments if c.raw_arguments and c.arguments() is not None else "{}",
                },
            }
            for c in out.calls
        ],
    }
