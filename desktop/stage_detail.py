"""HTML for the detail pane of one stage: transcripts side by side, tool arguments and results, errors."""

from __future__ import annotations

import html
import json
import logging
from typing import Any

from desktop.models.turn_record import Stage, ms
from i18n.ui import tr

_LOGGER = logging.getLogger(__name__)

MAX_JSON = 4000


def _esc(value: Any) -> str:
    return html.escape(str(value))


def _json(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2, default=str)
    if len(text) > MAX_JSON:
        text = text[:MAX_JSON] + "\n…"
    return f"<pre style='margin:2px 0'>{_esc(text)}</pre>"


def _row(key: str, value: Any) -> str:
    return f"<tr><td style='color:#5c6370;padding-right:8px'>{_esc(key)}</td><td>{_esc(value)}</td></tr>"


def _cached(usage: dict[str, Any]) -> str:
    """Prompt tokens the server's prefix cache reused, of all prompt tokens ("—" when not reported)."""
    cached = usage.get("cached_tokens")
    if cached is None:
        return "—"
    prompt = usage.get("prompt_tokens") or 0
    return f"{cached} / {prompt}" + (f" ({100 * cached // prompt} %)" if prompt else "")


def stage_html(stage: Stage) -> str:
    """The detail pane's HTML for a stage."""
    d = stage.details
    parts = [
        f"<b>{_esc(stage.label)}</b> &nbsp; <span style='color:#5c6370'>{ms(stage.start)} → {ms(stage.end)}"
        f" ({ms(stage.duration)})</span>"
    ]
    if stage.error:
        parts.append(f"<p style='color:#c92a2a'><b>⚠ {_esc(stage.error)}</b></p>")
        if d.get("error_detail"):
            parts.append(f"<pre style='color:#c92a2a'>{_esc(d['error_detail'])}</pre>")
    rows: list[str] = []
    if stage.kind == "stt":
        parts.append(f"<p style='font-size:12pt'>“{_esc(d.get('text', ''))}”</p>")
        rows += [
            _row("engine", d.get("engine")),
            _row("won by", d.get("won_by") or "—"),
            _row("language", d.get("language") or "—"),
            _row("elapsed", ms(d.get("elapsed_s") or 0.0)),
        ]
        alternatives = d.get("alternatives") or {}
        if alternatives:
            used = d.get("won_by") or d.get("engine") or "used"
            columns = {used: d.get("text", ""), **alternatives}
            head = "".join(f"<th align='left'>{_esc(k)}</th>" for k in columns)
            cells = "".join(
                f"<td valign='top' style='padding-right:10px'>{_esc(v)}</td>" for v in columns.values()
            )
            parts.append(
                f"<p><b>{_esc(tr('stage.local_vs_cloud'))}</b></p><table width='100%'><tr>{head}</tr>"
                f"<tr>{cells}</tr></table>"
            )
        for seg in d.get("dropped_segments") or []:
            parts.append(f"<p style='color:#e8590c'>dropped: {_esc(seg)}</p>")
        partials = d.get("partials") or []
        if partials:
            parts.append(
                "<p style='color:#5c6370'>" + "<br>".join(_esc(p["text"]) for p in partials[-5:]) + "</p>"
            )
    elif stage.kind == "tool":
        rows += [
            _row("tool", d.get("name")),
            _row("ok", d.get("ok")),
            _row("duration", ms(d.get("duration_s") or 0.0)),
        ]
        parts.append("<p><b>arguments</b></p>" + _json(d.get("arguments", {})))
        if d.get("error"):
            parts.append("<p><b>error</b></p>" + _json(d["error"]))
        if d.get("data"):
            parts.append("<p><b>result</b></p>" + _json(d["data"]))
    elif stage.kind == "llm":
        rows += [
            _row("model", d.get("model")),
            _row("messages", d.get("messages")),
            _row("first token", ms(d["ttft_s"]) if d.get("ttft_s") is not None else "—"),
            _row("finish", d.get("finish_reason") or "—"),
            _row("usage", d.get("usage") or "—"),
            _row("cached tokens", _cached(d.get("usage") or {})),
        ]
        if d.get("speculative"):
            rows.append(_row("started", "while the key was held (speculative transcript)"))
        if d.get("text"):
            parts.append(f"<p>“{_esc(d['text'])}”</p>")
    elif stage.kind == "dropped":
        parts.append(f"<p>“{_esc(d.get('text', ''))}”</p>")
        rows += [
            _row("reason", d.get("reason_text") or d.get("reason")),
            _row(tr("dropped.started"), ms(d.get("started_s") or 0.0)),
            _row(tr("dropped.rounds"), d.get("rounds", 0)),
            _row(tr("dropped.tools"), ", ".join(d.get("tools") or []) or "—"),
        ]
        parts.append(f"<p style='color:#5c6370'>{_esc(tr('dropped.note'))}</p>")
    elif stage.kind == "fastpath":
        rows += [
            _row("intent", d.get("intent") or "—"),
            _row("confidence", f"{d.get('confidence', 0):.2f}"),
            _row("handled", d.get("handled")),
            _row("clarification", d.get("clarification") or "—"),
        ]
        parts.append("<p><b>slots</b></p>" + _json(d.get("slots", {})))
    elif stage.kind == "tts":
        parts.append(f"<p>“{_esc(d.get('text', ''))}”</p>")
        rows += [
            _row("voice", d.get("voice") or "—"),
            _row("first audio", ms(d["ttfb_s"]) if d.get("ttfb_s") is not None else "—"),
        ]
        if d.get("since_speech_end_s") is not None:
            rows.append(_row("end of speech → audio", ms(d["since_speech_end_s"])))
    elif stage.kind == "error":
        parts.append(f"<p>{_esc(d.get('stage'))}: {_esc(d.get('message'))}</p>")
        if d.get("detail"):
            parts.append(_json(d["detail"]))
    else:
        parts.append(_json(d))
    if rows:
        parts.insert(1, "<table>" + "".join(rows) + "</table>")
    return "".join(parts)
