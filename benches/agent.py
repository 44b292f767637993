"""`officina bench agent`: the labelled requests (benches/data/agent_cases.jsonl) through the real agent against one model; one JSON object of scores and times.

Each case runs on a fresh copy of the bench workshop with a fresh agent (no history), with the
confirmation gate as in the app (confirm-level tools never run: the turn ends asking). Wrong writes
are read from the workshop's audit log, not from what the model claims.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import models
from benches.agent_cases import Case, Score, load_cases, score_calls
from benches.agent_workshop import BenchWorkshop, build_workshop
from engine.agent import Agent, AgentOptions
from engine.agent.events import FirstToken, RoundDone, TextDelta, ToolCallStarted
from engine.agent.llm import RoundOutput, stream_round
from engine.agent.prompt import now_in, tool_schemas
from engine.errors import LlmError, OfficinaError
from engine.tts import PiperTTS
from models import ModelError
from wp_api.contract import CallContext
from wp_api.local import LocalBackend

_LOGGER = logging.getLogger(__name__)
Speaker = Callable[[str], float]
"""Speaks a sentence; returns the milliseconds to its first audio chunk."""
_SENTENCE_END = (".", "!", "?", ":", ";")


def _median(values: Sequence[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def _p90(values: Sequence[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))], 1)


def _wrong_writes(path: Path, session_id: str, allowed: set[str]) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT tool FROM audit_log WHERE session_id = ? AND ok = 1", (session_id,)
        ).fetchall()
    finally:
        conn.close()
    return [tool for (tool,) in rows if tool not in allowed]


async def run_case(
    case: Case,
    options: AgentOptions,
    shop: BenchWorkshop,
    folder: Path,
    today: dt.date,
    speak: Speaker | None = None,
) -> dict[str, Any]:
    """One case on a fresh copy of the workshop: score, timings, tokens.

    First audio = first sentence + the time `speak` (Piper) takes to its first chunk of that sentence,
    measured after the turn so the model's timings are not disturbed."""
    path = folder / f"case-{case.id}.sqlite3"
    shutil.copy(shop.path, path)
    backend = LocalBackend(path, kick_outbox=False)
    agent = Agent(dataclasses.replace(options, language=case.lang), backend)
    session = f"bench-{case.id}"
    context = CallContext(session_id=session, actor="bench", turn_id=case.id)
    calls: list[tuple[str, dict[str, Any]]] = []
    usage: Counter[str] = Counter()
    first_token_ms: float | None = None
    first_sentence_ms: float | None = None
    first_sentence = ""
    spoken = ""
    error: str | None = None
    rounds = 0
    started = time.perf_counter()
    try:
        run = agent.run(case.text, context=context)
        async for event in run:
            if isinstance(event, FirstToken) and first_token_ms is None:
                first_token_ms = (time.perf_counter() - started) * 1000
            elif isinstance(event, TextDelta):
                spoken += event.text
                if first_sentence_ms is None and spoken.rstrip().endswith(_SENTENCE_END):
                    first_sentence_ms = (time.perf_counter() - started) * 1000
                    first_sentence = spoken
            elif isinstance(event, ToolCallStarted):
                calls.append((event.name, dict(event.arguments)))
            elif isinstance(event, RoundDone):
                usage.update({k: v for k, v in event.usage.items() if isinstance(v, int)})
        if run.result is not None:
            rounds = run.result.rounds
            if first_sentence_ms is None and run.result.text.strip():
                first_sentence_ms = (time.perf_counter() - started) * 1000
                first_sentence = run.result.text
    except LlmError as exc:
        error = exc.message
    finally:
        await agent.aclose()
        await backend.aclose()
    seconds = time.perf_counter() - started
    first_audio_ms = None
    if speak is not None and first_sentence_ms is not None and first_sentence.strip():
        first_audio_ms = first_sentence_ms + await asyncio.to_thread(speak, first_sentence.strip())
    score: Score = score_calls(case, calls, shop, today)
    wrong = _wrong_writes(path, session, {*case.tools, *case.allow_writes})
    path.unlink(missing_ok=True)
    return {
        "id": case.id,
        "kind": case.kind,
        "lang": case.lang,
        "tool_right": score.tool_right and error is None,
        "args_right": score.args_right if error is None else (False if case.args else None),
        "forbidden_called": score.forbidden_called,
        "wrong_writes": wrong,
        "calls": [name for name, _ in calls],
        "rounds": rounds,
        "first_token_ms": None if first_token_ms is None else round(first_token_ms, 1),
        "first_sentence_ms": None if first_sentence_ms is None else round(first_sentence_ms, 1),
        "first_audio_ms": None if first_audio_ms is None else round(first_audio_ms, 1),
        "turn_ms": round(seconds * 1000, 1),
        "prompt_tokens": usage["prompt_tokens"],
        "cached_tokens": usage["cached_tokens"],
        "completion_tokens": usage["completion_tokens"],
        "error": error,
    }


def piper_speaker(voice: str = "en_US-joe-medium") -> Speaker | None:
    """Piper with an installed voice (the joe voice ships with the app), or None when there is none."""
    try:
        tts = PiperTTS.load(models.resolve(voice))
    except (ModelError, OfficinaError) as exc:
        _LOGGER.warning("No voice for first-audio figures: %s", exc)
        return None

    def speak(text: str) -> float:
        started = time.perf_counter()
        for _chunk in tts.synthesize_blocking(text):
            break
        return (time.perf_counter() - started) * 1000

    speak("Pronto.")  # load and warm the voice outside the measurements
    return speak


async def prefix_cache_probe(
    options: AgentOptions, shop: BenchWorkshop, *, language: str = "it"
) -> dict[str, Any]:
    """First token for the agent's whole first request: cold, the same again, and as built a minute later.

    Run before the cases, so "cold" is cold on a freshly started server (for a cloud model, whatever
    its cache holds). The third shows what the clock (a note in front of the request, after
    everything static) does to a prefix cache.
    """
    backend = LocalBackend(shop.path, kick_outbox=False)
    agent = Agent(dataclasses.replace(options, language=language), backend)
    try:
        specs = await agent.tool_specs()
        tools = tool_schemas(specs.values())  # as the agent sends them
        context = CallContext(session_id="bench-prefix", actor="bench")
        now = now_in(options.timezone)
        figures: dict[str, Any] = {}
        for label, moment in (("cold", now), ("warm", now), ("next_minute", now + dt.timedelta(minutes=1))):
            # the agent's own layout: static system message first, the clock note in the request
            messages = await agent.messages_for("Ciao, ci sei?", context, now=moment)
            out = RoundOutput()
            async for _ in stream_round(
                agent.client(), model=options.model, messages=messages, tools=tools, out=out
            ):
                pass
            figures[f"{label}_first_token_ms"] = round((out.ttft_s or out.duration_s) * 1000, 1)
            figures[f"{label}_cached_tokens"] = out.usage.get("cached_tokens", 0)
            figures["prompt_tokens"] = out.usage.get("prompt_tokens", 0)
        return figures
    finally:
        await agent.aclose()
        await backend.aclose()


def summarise(results: Sequence[dict[str, Any]], *, prices: dict[str, float] | None = None) -> dict[str, Any]:
    """The scores and figures over all cases, overall and per kind."""

    def block(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
        with_args = [r for r in rows if r["args_right"] is not None]
        return {
            "cases": len(rows),
            "tool_right": round(sum(r["tool_right"] for r in rows) / len(rows), 3) if rows else None,
            "args_right": round(sum(r["args_right"] for r in with_args) / len(with_args), 3)
            if with_args
            else None,
            "wrong_writes": sum(len(r["wrong_writes"]) for r in rows),
            "forbidden_called": sum(len(r["forbidden_called"]) for r in rows),
            "errors": sum(r["error"] is not None for r in rows),
        }

    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in results:
        by_kind[row["kind"]].append(row)
    answered = [r for r in results if r["error"] is None]
    summary: dict[str, Any] = {
        **block(results),
        "rounds_median": _median([r["rounds"] for r in answered]),
        "rounds_max": max((r["rounds"] for r in answered), default=None),
        "first_token_ms_median": _median([r["first_token_ms"] for r in answered if r["first_token_ms"]]),
        "first_token_ms_p90": _p90([r["first_token_ms"] for r in answered if r["first_token_ms"]]),
        "first_sentence_ms_median": _median(
            [r["first_sentence_ms"] for r in answered if r["first_sentence_ms"]]
        ),
        "first_audio_ms_median": _median([r["first_audio_ms"] for r in answered if r["first_audio_ms"]]),
        "turn_ms_median": _median([r["turn_ms"] for r in answered]),
        "prompt_tokens_per_turn": _median([r["prompt_tokens"] for r in answered]),
        "cached_tokens_per_turn": _median([r["cached_tokens"] for r in answered]),
        "completion_tokens_per_turn": _median([r["completion_tokens"] for r in answered]),
        "by_kind": {kind: block(rows) for kind, rows in sorted(by_kind.items())},
    }
    if prices:
        costs = [
            (
                (r["prompt_tokens"] - r["cached_tokens"]) * prices["input"]
                + r["cached_tokens"] * prices.get("cached", prices["input"])
                + r["completion_tokens"] * prices["output"]
            )
            / 1_000_000
            for r in answered
        ]
        summary["cost_per_turn_usd_median"] = round(statistics.median(costs), 6) if costs else None
        summary["cost_per_turn_usd_mean"] = round(statistics.fmean(costs), 6) if costs else None
    return summary


async def run_async(
    options: AgentOptions,
    *,
    ids: Sequence[str] | None = None,
    limit: int | None = None,
    prefix_probe: bool = True,
    prices: dict[str, float] | None = None,
    details: bool = False,
    speak: Speaker | None = None,
) -> dict[str, Any]:
    cases = load_cases()
    if ids:
        wanted = set(ids)
        cases = [c for c in cases if c.id in wanted]
    if limit:
        cases = cases[:limit]
    today = dt.date.today()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="officina-agentbench-") as tmp:
        folder = Path(tmp)
        shop = await build_workshop(folder, today=today)
        result: dict[str, Any] = {"model": options.model, "base_url": options.base_url}
        if prefix_probe:
            try:
                result["prefix_cache"] = await prefix_cache_probe(options, shop)
            except LlmError as exc:
                result["prefix_cache"] = {"error": exc.message}
        rows = [await run_case(case, options, shop, folder, today, speak) for case in cases]
    result.update(summarise(rows, prices=prices))
    result["failed_cases"] = [
        {k: r[k] for k in ("id", "calls", "forbidden_called", "wrong_writes", "error")}
        for r in rows
        if not r["tool_right"] or r["args_right"] is False or r["wrong_writes"]
    ][:40]
    if details:
        result["cases_detail"] = rows
    result["bench_seconds"] = round(time.perf_counter() - started, 1)
    return result


def run(
    options: AgentOptions,
    *,
    ids: Sequence[str] | None = None,
    limit: int | None = None,
    prefix_probe: bool = True,
    prices: dict[str, float] | None = None,
    details: bool = False,
    speak: Speaker | None = None,
) -> dict[str, Any]:
    """The whole bench (blocking): see run_async."""
    return asyncio.run(
        run_async(
            options,
            ids=ids,
            limit=limit,
            prefix_probe=prefix_probe,
            prices=prices,
            details=details,
            speak=speak,
        )
    )
