"""One turn as the app sees it: its trace events folded into waterfall stages (no Qt here)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

from engine.trace import events as ev
from i18n.dates import number
from i18n.ui import language, tr, tr_or

_LOGGER = logging.getLogger(__name__)


@dataclass
class Stage:
    """One row of the waterfall: a span (or a point) of the turn, with what happened in it."""

    kind: str
    """audio, vad, stt, fastpath, llm, dropped (the model's early start, thrown away), tool, confirm, tts,
    error."""
    label: str
    start: float
    """Seconds since the turn started."""
    end: float
    summary: str = ""
    """Short text shown next to the bar."""
    marker: float | None = None
    """A time inside the span worth a tick (first token, first audio), seconds since the turn started."""
    error: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    """Everything the detail pane shows (arguments, results, transcripts side by side...)."""
    key: str = ""
    """Joins a start event to its end (tool call id, LLM round)."""

    @property
    def duration(self) -> float:
        return max(0.0, self.end - self.start)


def ms(seconds: float) -> str:
    """Seconds as a short human duration, written the UI language's way ("12,5 s" / "12.5 s")."""
    value = seconds * 1000
    if value >= 10000:
        return f"{number(seconds, language(), decimals=1)} s"
    return f"{number(round(value), language())} ms"


def _short(value: Any, limit: int = 60) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class TurnRecord:
    """The events of one turn and what the conversation and the side panel show of it."""

    turn_id: str
    events: list[ev.TraceEvent] = field(default_factory=list)
    stages: list[Stage] = field(default_factory=list)
    source: str = "text"
    user_text: str | None = None
    reply_text: str = ""
    path: str | None = None
    finished: bool = False
    interrupted: bool = False
    errors: list[str] = field(default_factory=list)
    trace_path: str | None = None
    started_ts: float = 0.0
    total_s: float = 0.0

    def add(self, event: ev.TraceEvent) -> Stage | None:
        """Fold one event in; returns the stage it created or updated (None when none)."""
        self.events.append(event)
        if not self.started_ts:
            self.started_ts = event.ts - event.t
        self.total_s = max(self.total_s, event.t)
        handler = getattr(self, "_on_" + event.type, None)
        return handler(event) if handler else None

    # --- one handler per event type ----------------------------------------------------------------

    def _on_turn_started(self, e: ev.TurnStarted) -> None:
        self.source = e.source
        if e.text:
            self.user_text = e.text

    def _on_audio_captured(self, e: ev.AudioCaptured) -> Stage:
        start = max(0.0, e.t - e.duration_s) if e.t > e.duration_s * 0.5 else e.t
        details = {"duration_s": e.duration_s, "rate": e.rate, "device": e.device, "peak": e.level}
        if e.audio_path:
            details["audio_path"] = e.audio_path
        summary = f"{e.duration_s:.1f} s · {e.device or '-'} · peak {e.level:.2f}"
        if e.snr_db is not None:
            details["snr_db"] = e.snr_db
            summary += f" · {e.snr_db:.0f} dB"
        return self._push(Stage("audio", tr("stage.audio"), start, e.t, summary, details=details))

    def _on_vad(self, e: ev.VadEvent) -> Stage:
        stage = self._find("vad")
        edge = f"{e.kind.replace('_', ' ')} @ {e.at_s:.2f} s"
        if stage is None:
            stage = self._push(Stage("vad", tr("stage.vad"), e.t, e.t, edge, details={"edges": []}))
        stage.end = max(stage.end, e.t)
        stage.details["edges"].append({"kind": e.kind, "at_s": e.at_s, "t": e.t})
        stage.summary = " · ".join(
            f"{x['kind'].replace('_', ' ')} @ {x['at_s']:.2f} s" for x in stage.details["edges"]
        )
        return stage

    def _on_stt_partial(self, e: ev.SttPartial) -> Stage:
        stage = self._find("stt")
        if stage is None:
            stage = self._push(Stage("stt", tr("stage.stt"), e.t, e.t, details={"partials": []}))
        stage.end = max(stage.end, e.t)
        stage.details.setdefault("partials", []).append({"engine": e.engine, "text": e.text, "t": e.t})
        stage.summary = f"… {_short(e.text)}"
        return stage

    def _on_stt_final(self, e: ev.SttFinal) -> Stage:
        self.user_text = e.text
        stage = self._find("stt")
        start = max(0.0, e.t - e.elapsed_s)
        if stage is None:
            stage = self._push(Stage("stt", tr("stage.stt"), start, e.t))
        stage.start, stage.end = start, e.t
        who = e.won_by or e.engine or "?"
        stage.summary = f"{tr('stage.won_by', engine=who)} · “{_short(e.text, 48)}”"
        stage.details.update(
            {
                "text": e.text,
                "engine": e.engine,
                "won_by": e.won_by,
                "language": e.language,
                "alternatives": dict(e.alternatives),
                "dropped_segments": list(e.dropped_segments),
                "elapsed_s": e.elapsed_s,
            }
        )
        return stage

    def _on_fastpath_parsed(self, e: ev.FastPathParsed) -> Stage:
        # answered; a question of its own asked (a slot missing, the vehicle in focus named); else left to the model
        state = "✓" if e.handled else tr("stage.fastpath_asks") if e.clarification else "→ LLM"
        summary = f"{e.intent or '—'} · {e.confidence:.2f} {state}"
        details = {
            "intent": e.intent,
            "slots": e.slots,
            "confidence": e.confidence,
            "handled": e.handled,
            "clarification": e.clarification,
        }
        start = max(0.0, e.t - e.elapsed_s)
        return self._push(Stage("fastpath", tr("stage.fastpath"), start, e.t, summary, details=details))

    def _on_llm_request(self, e: ev.LlmRequest) -> Stage:
        details = {"round": e.round, "model": e.model, "messages": e.messages, "speculative": e.speculative}
        stage = Stage(
            "llm", tr("stage.llm", n=e.round), e.t, e.t, e.model, details=details, key=f"r{e.round}"
        )
        return self._push(stage)

    def _on_speculation_dropped(self, e: ev.SpeculationDropped) -> Stage:
        # the model's early start (on the transcript made while the person was still talking), thrown
        # away unseen: a row of its own from when it began to when it was dropped
        start = e.started_s if e.started_s is not None else e.t
        reason = tr_or(f"dropped.{e.reason}", e.reason)
        details = {
            "text": e.text,
            "reason": e.reason,
            "reason_text": reason,
            "rounds": e.rounds,
            "tools": list(e.tools),
            "started_s": start,
        }
        summary = f"{reason} · “{_short(e.text, 40)}”"
        return self._push(
            Stage("dropped", tr("stage.dropped"), min(start, e.t), e.t, summary, details=details)
        )

    def _on_llm_first_token(self, e: ev.LlmFirstToken) -> Stage | None:
        stage = self._find("llm", f"r{e.round}")
        if stage is None:
            return None
        stage.marker = e.t
        stage.end = max(stage.end, e.t)
        stage.details["ttft_s"] = e.ttft_s
        stage.summary = tr("stage.first_token", ms=ms(e.ttft_s))
        return stage

    def _on_llm_tool_call(self, e: ev.LlmToolCall) -> Stage:
        llm = self._find("llm", f"r{e.round}")
        if llm is not None:
            llm.end = max(llm.end, e.t)
        details = {"name": e.name, "arguments": e.arguments, "call_id": e.call_id, "round": e.round}
        stage = Stage("tool", e.name, e.t, e.t, _short(e.arguments, 48), details=details, key=e.call_id)
        return self._push(stage)

    def _on_tool_result(self, e: ev.ToolResultEvent) -> Stage:
        stage = self._find("tool", e.call_id)
        if stage is None:
            start = max(0.0, e.t - e.duration_s)
            stage = self._push(Stage("tool", e.name, start, e.t, key=e.call_id, details={"name": e.name}))
        stage.start = max(0.0, min(stage.start, e.t - e.duration_s))
        stage.end = max(e.t, stage.start)
        stage.details.update({"ok": e.ok, "data": e.data, "error": e.error, "duration_s": e.duration_s})
        if e.display:
            stage.details["display"] = e.display
        if e.ok:
            title = (e.display or {}).get("title")
            stage.summary = f"✓ {ms(e.duration_s)}" + (f" · {_short(title, 40)}" if title else "")
        else:
            error = e.error or {}
            stage.error = f"{error.get('code', 'error')}: {error.get('message', '')}"
            stage.summary = f"✗ {error.get('code', 'error')}"
        return stage

    def _on_confirmation_requested(self, e: ev.ConfirmationRequested) -> Stage:
        details = {"tool": e.tool, "arguments": e.arguments, "summary": e.summary, "pending_id": e.pending_id}
        return self._push(
            Stage("confirm", tr("stage.confirm"), e.t, e.t, _short(e.summary, 50), details=details)
        )

    def _on_confirmation_resolved(self, e: ev.ConfirmationResolved) -> Stage:
        text = tr("confirm.accepted") if e.accepted else tr("confirm.declined")
        details = {"pending_id": e.pending_id, "accepted": e.accepted, "how": e.how}
        return self._push(
            Stage("confirm", tr("stage.confirm"), e.t, e.t, f"{text} ({e.how})", details=details)
        )

    def _on_llm_done(self, e: ev.LlmDone) -> Stage:
        stage = self._find("llm", f"r{e.round}")
        if stage is None:
            stage = self._push(
                Stage("llm", tr("stage.llm", n=e.round), max(0.0, e.t - e.duration_s), e.t, key=f"r{e.round}")
            )
        stage.end = max(stage.end, e.t)
        stage.details.update({"text": e.text, "finish_reason": e.finish_reason, "usage": e.usage})
        ttft = stage.details.get("ttft_s")
        head = tr("stage.first_token", ms=ms(ttft)) if ttft is not None else (e.finish_reason or "")
        tail = f" · “{_short(e.text, 36)}”" if e.text else f" · {e.finish_reason or ''}"
        stage.summary = head + tail
        return stage

    def _on_tts_sentence(self, e: ev.TtsSentence) -> Stage:
        index = sum(1 for s in self.stages if s.kind == "tts")
        details = {"text": e.text, "voice": e.voice}
        stage = Stage(
            "tts", tr("stage.tts"), e.t, e.t, f"“{_short(e.text, 48)}”", details=details, key=str(index)
        )
        return self._push(stage)

    def _on_tts_first_audio(self, e: ev.TtsFirstAudio) -> Stage:
        # the first audio belongs to the first sentence handed to TTS
        stage = next((s for s in self.stages if s.kind == "tts" and s.marker is None), None)
        if stage is None:
            stage = self._push(Stage("tts", tr("stage.tts"), max(0.0, e.t - e.ttfb_s), e.t))
        stage.end = max(stage.end, e.t)
        stage.marker = e.t
        stage.details["ttfb_s"] = e.ttfb_s
        if e.since_speech_end_s is not None:
            stage.details["since_speech_end_s"] = e.since_speech_end_s
        stage.summary = tr("stage.first_audio", ms=ms(e.ttfb_s)) + " · " + stage.summary
        return stage

    def _on_turn_error(self, e: ev.TurnError) -> Stage:
        self.errors.append(e.message)
        owner = self._find(e.stage)
        if owner is not None and owner.error is None:
            owner.error = e.message
            if e.detail:
                owner.details["error_detail"] = e.detail
        details = {"stage": e.stage, "message": e.message, "detail": e.detail}
        return self._push(
            Stage(
                "error",
                tr("stage.error"),
                e.t,
                e.t,
                f"{e.stage}: {e.message}",
                error=e.message,
                details=details,
            )
        )

    def _on_turn_finished(self, e: ev.TurnFinished) -> None:
        self.finished = True
        self.path = e.path
        self.interrupted = e.interrupted
        self.reply_text = e.reply_text or self.reply_text
        self.total_s = max(self.total_s, e.duration_s, e.t)

    # --- helpers ---------------------------------------------------------------------------------

    def _push(self, stage: Stage) -> Stage:
        self.stages.append(stage)
        return stage

    def _find(self, kind: str, key: str | None = None) -> Stage | None:
        for stage in reversed(self.stages):
            if stage.kind == kind and (key is None or stage.key == key):
                return stage
        return None

    def trace_text(self) -> str:
        """The whole trace as JSON Lines, for "copy trace"."""
        return "\n".join(event.model_dump_json() for event in self.events)
