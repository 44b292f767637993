"""A readable stage waterfall of one turn's trace, for the command line and logs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from engine.trace import events as ev

_BAR = 28


def _short(value: Any, limit: int = 70) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _rows(events: Sequence[ev.TraceEvent]) -> list[tuple[float, float, str, str]]:
    """(start_s, end_s, stage, detail) per row, in event order."""
    rows: list[tuple[float, float, str, str]] = []
    requests: dict[int, float] = {}
    first_tokens: dict[int, float] = {}
    for e in events:
        if isinstance(e, ev.TurnStarted):
            rows.append((e.t, e.t, "turn", f"started from {e.source} ({e.language})"))
        elif isinstance(e, ev.AudioCaptured):
            rows.append(
                (
                    e.t,
                    e.t,
                    "audio",
                    f"{e.duration_s:.2f} s at {e.rate} Hz, peak {e.level:.2f}, {e.device or '-'}",
                )
            )
        elif isinstance(e, ev.VadEvent):
            rows.append((e.t, e.t, "vad", f"{e.kind.replace('_', ' ')} at {e.at_s:.2f} s of audio"))
        elif isinstance(e, ev.SttPartial):
            rows.append((e.t, e.t, "stt", f"partial: {_short(e.text)}"))
        elif isinstance(e, ev.SttFinal):
            won = f", won by {e.won_by}" if e.won_by else ""
            detail = f"[{e.engine}{won}] {_short(e.text)!s}"
            rows.append((e.t - e.elapsed_s, e.t, "stt", detail))
            for engine, text in e.alternatives.items():
                rows.append((e.t, e.t, "stt", f"  {engine}: {_short(text)}"))
            for seg in e.dropped_segments:
                rows.append((e.t, e.t, "stt", f"  dropped: {_short(seg)}"))
        elif isinstance(e, ev.FastPathParsed):
            state = "handled" if e.handled else "not handled"
            detail = f"{e.intent or '-'} {_short(e.slots, 50)} conf {e.confidence:.2f}, {state}"
            rows.append((e.t - e.elapsed_s, e.t, "fastpath", detail))
        elif isinstance(e, ev.LlmRequest):
            requests[e.round] = e.t
        elif isinstance(e, ev.SpeculationDropped):
            began = e.started_s if e.started_s is not None else e.t
            done = f", {e.rounds} round(s)" + (f", ran {', '.join(e.tools)}" if e.tools else "")
            detail = f"speculative start dropped ({e.reason}{done}): {_short(e.text, 50)}"
            rows.append((began, e.t, "llm", detail))
        elif isinstance(e, ev.LlmFirstToken):
            first_tokens[e.round] = e.ttft_s
        elif isinstance(e, ev.LlmToolCall):
            rows.append((e.t, e.t, "tool call", f"{e.name}({_short(e.arguments, 60)})"))
        elif isinstance(e, ev.ToolResultEvent):
            outcome = "ok" if e.ok else f"error {(e.error or {}).get('code', '?')}"
            rows.append((e.t - e.duration_s, e.t, "tool", f"{e.name} → {outcome}"))
        elif isinstance(e, ev.ConfirmationRequested):
            rows.append((e.t, e.t, "confirm", f"waiting for the person: {_short(e.summary)}"))
        elif isinstance(e, ev.ConfirmationResolved):
            rows.append((e.t, e.t, "confirm", ("accepted" if e.accepted else "declined") + f" ({e.how})"))
        elif isinstance(e, ev.LlmDone):
            start = requests.get(e.round, e.t - e.duration_s)
            ttft = first_tokens.get(e.round)
            head = f"round {e.round}" + (f", first token {ttft * 1000:.0f} ms" if ttft is not None else "")
            if "cached_tokens" in e.usage:
                head += f", {e.usage['cached_tokens']}/{e.usage.get('prompt_tokens', 0)} prompt tokens cached"
            tail = f": {_short(e.text, 50)}" if e.text else f" ({e.finish_reason or '-'})"
            rows.append((start, e.t, "llm", head + tail))
        elif isinstance(e, ev.TtsSentence):
            rows.append((e.t, e.t, "tts", f"sentence: {_short(e.text)}"))
        elif isinstance(e, ev.TtsFirstAudio):
            rows.append((e.t - e.ttfb_s, e.t, "tts", f"first audio after {e.ttfb_s * 1000:.0f} ms"))
        elif isinstance(e, ev.TurnError):
            rows.append((e.t, e.t, "ERROR", f"{e.stage}: {e.message}"))
        elif isinstance(e, ev.TurnFinished):
            flag = " (interrupted)" if e.interrupted else ""
            rows.append((e.t, e.t, "turn", f"finished by {e.path}{flag}"))
    return rows


def timeline(events: Sequence[ev.TraceEvent]) -> str:
    """The turn as a text waterfall: start, duration, stage, a bar and what happened."""
    if not events:
        return "(empty trace)"
    rows = _rows(events)
    total = max([e.t for e in events] + [end for _, end, _, _ in rows] + [1e-3])
    lines = [f"turn {events[0].turn_id}  total {total * 1000:.0f} ms"]
    lines.append(f"{'start':>7} {'dur':>6}  {'stage':<9} {'':<{_BAR}}  detail")
    for start, end, stage, detail in rows:
        start = max(start, 0.0)
        begin = int(start / total * (_BAR - 1))
        width = max(1, round((end - start) / total * _BAR))
        bar = (" " * begin + ("█" * width if end > start else "·"))[:_BAR]
        dur = f"{(end - start) * 1000:.0f}" if end > start else ""
        lines.append(f"{start * 1000:>7.0f} {dur:>6}  {stage:<9} {bar:<{_BAR}}  {detail}")
    return "\n".join(lines)
