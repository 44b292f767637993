"""The trace recorder: JSON Lines per turn, listeners, retention, the timeline."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import numpy as np

from engine.config import Settings
from engine.trace import (
    LlmDone,
    LlmRequest,
    SttFinal,
    ToolResultEvent,
    TraceRecorder,
    TurnFinished,
    TurnStarted,
    load_trace,
    parse_event,
    timeline,
)


def test_turn_events_are_written_stamped_and_read_back(tmp_path: Path) -> None:
    recorder = TraceRecorder(tmp_path, save_audio=True)
    seen = []
    recorder.add_listener(seen.append)
    trace = recorder.begin()
    trace.emit(TurnStarted(source="audio", language="it"))
    trace.emit(SttFinal(text="di chi è la AB123CD", engine="local", elapsed_s=0.2))
    trace.emit(LlmRequest(round=1, model="m"))
    trace.emit(LlmDone(round=1, text="È di Mario Rossi.", duration_s=0.1))
    trace.emit(ToolResultEvent(call_id="c1", name="find_vehicle", ok=True, duration_s=0.01))
    trace.emit(TurnFinished(path="llm", duration_s=0.5, reply_text="È di Mario Rossi."))
    assert trace.save_audio(np.zeros(1600, dtype=np.float32) + 0.1) is not None
    trace.close()

    assert trace.path is not None and trace.path.parent.name == dt.date.today().isoformat()
    assert trace.path.with_suffix(".wav").exists()
    events = load_trace(trace.path)
    assert [e.type for e in events] == [e.type for e in seen]
    assert {e.turn_id for e in events} == {trace.turn_id}
    assert events[1].text == "di chi è la AB123CD"
    assert all(b.t >= a.t for a, b in itertools.pairwise(events))
    text = timeline(events)
    assert "find_vehicle" in text and "[local]" in text and "finished by llm" in text


def test_parse_event_rejects_unknown_types() -> None:
    assert parse_event('{"type": "tts_sentence", "text": "Ciao."}').text == "Ciao."
    try:
        parse_event('{"type": "nope"}')
    except ValueError:
        return
    raise AssertionError("an unknown event type was accepted")


def test_retention_removes_old_day_folders(tmp_path: Path) -> None:
    old = tmp_path / (dt.date.today() - dt.timedelta(days=40)).isoformat()
    recent = tmp_path / (dt.date.today() - dt.timedelta(days=3)).isoformat()
    for folder in (old, recent):
        folder.mkdir()
        (folder / "x.jsonl").write_text("{}\n")
    recorder = TraceRecorder(tmp_path, retention_days=30)
    recorder.begin().close()
    assert not old.exists() and recent.exists()


def test_a_broken_listener_does_not_break_the_turn(tmp_path: Path) -> None:
    recorder = TraceRecorder.from_settings(Settings())

    def boom(event: object) -> None:
        raise RuntimeError("listener bug")

    recorder.add_listener(boom)
    trace = recorder.begin("t1")
    trace.emit(TurnStarted())
    trace.close()
    assert trace.path is not None and trace.path.exists()


def test_otel_export_is_skipped_without_an_endpoint_or_the_extra(caplog) -> None:
    import importlib.util

    from engine.trace.otel import make_otel_exporter

    assert make_otel_exporter(None) is None
    if importlib.util.find_spec("opentelemetry") is None:
        assert make_otel_exporter("http://127.0.0.1:4318") is None
        assert "not installed" in caplog.text
