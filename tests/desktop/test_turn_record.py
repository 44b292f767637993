"""Trace events fold into waterfall stages: STT with the winning engine and both transcripts, LLM rounds
with first-token time, tool calls with arguments/result/duration, TTS first audio, errors in place."""

from __future__ import annotations

from desktop.models.turn_record import TurnRecord
from desktop.stage_detail import stage_html
from engine.trace import events as ev
from i18n.ui import set_language

TID = "20260101T000000-aaaaaa"


def _events() -> list[ev.TraceEvent]:
    return [
        ev.TurnStarted(turn_id=TID, t=0.0, source="audio", language="en"),
        ev.AudioCaptured(turn_id=TID, t=0.01, duration_s=2.5, device="file", level=0.5),
        ev.VadEvent(turn_id=TID, t=0.05, kind="speech_start", at_s=0.2),
        ev.VadEvent(turn_id=TID, t=0.06, kind="speech_end", at_s=2.3),
        ev.SttFinal(
            turn_id=TID,
            t=0.5,
            text="Which car has plate AB123CD?",
            engine="hybrid",
            won_by="local",
            alternatives={"cloud": "Which car has plate AB 123 CB?"},
            elapsed_s=0.4,
        ),
        ev.LlmRequest(turn_id=TID, t=0.51, round=1, model="gpt-test", messages=3, speculative=True),
        ev.LlmFirstToken(turn_id=TID, t=0.7, round=1, ttft_s=0.19),
        ev.LlmToolCall(
            turn_id=TID, t=0.8, round=1, call_id="c1", name="find_vehicle", arguments={"plate": "AB123CD"}
        ),
        ev.LlmDone(
            turn_id=TID,
            t=0.8,
            round=1,
            finish_reason="tool_calls",
            usage={"prompt_tokens": 4200, "completion_tokens": 12, "cached_tokens": 3968},
            duration_s=0.29,
        ),
        ev.ToolResultEvent(
            turn_id=TID,
            t=0.83,
            call_id="c1",
            name="find_vehicle",
            ok=False,
            error={"code": "not_found", "message": "No vehicle with that plate."},
            duration_s=0.03,
        ),
        ev.TtsSentence(turn_id=TID, t=1.0, text="I could not find that plate."),
        ev.TtsFirstAudio(turn_id=TID, t=1.05, ttfb_s=0.05),
        ev.TurnError(
            turn_id=TID, t=1.1, stage="tts", message="The speaker is not available.", detail="AudioError"
        ),
        ev.TurnFinished(
            turn_id=TID, t=1.2, path="llm", duration_s=1.2, reply_text="I could not find that plate."
        ),
    ]


def test_events_become_one_row_per_stage_with_durations() -> None:
    set_language("en")
    turn = TurnRecord(turn_id=TID)
    for event in _events():
        turn.add(event)
    kinds = [s.kind for s in turn.stages]
    assert kinds == ["audio", "vad", "stt", "llm", "tool", "tts", "error"]
    stt = turn.stages[2]
    assert (round(stt.start, 3), stt.end) == (0.1, 0.5)
    assert "local won" in stt.summary
    llm = turn.stages[3]
    assert llm.marker == 0.7 and "190 ms" in llm.summary
    tool = turn.stages[4]
    assert tool.details["arguments"] == {"plate": "AB123CD"}
    assert tool.error and "not_found" in tool.error
    tts = turn.stages[5]
    assert tts.details["ttfb_s"] == 0.05 and tts.error == "The speaker is not available."
    assert turn.user_text == "Which car has plate AB123CD?"
    assert turn.finished and turn.path == "llm" and turn.errors == ["The speaker is not available."]
    assert len(turn.trace_text().splitlines()) == len(_events())
    set_language("it")


def test_detail_pane_shows_local_and_cloud_transcripts_side_by_side_and_tool_arguments() -> None:
    turn = TurnRecord(turn_id=TID)
    for event in _events():
        turn.add(event)
    stt_html = stage_html(turn.stages[2])
    assert "Which car has plate AB123CD?" in stt_html and "Which car has plate AB 123 CB?" in stt_html
    assert "<th align='left'>local</th><th align='left'>cloud</th>" in stt_html
    tool_html = stage_html(turn.stages[4])
    assert "AB123CD" in tool_html and "No vehicle with that plate." in tool_html
    llm_html = stage_html(turn.stages[3])
    assert "cached tokens" in llm_html and "3968 / 4200 (94 %)" in llm_html
    assert "while the key was held" in llm_html


def test_the_fast_path_row_says_whether_it_answered_asked_or_left_the_turn() -> None:
    set_language("it")
    summaries = []
    for handled, question in ((True, None), (False, "Che giorno per la Panda grigia AB123CD?"), (False, None)):
        turn = TurnRecord(turn_id=TID)
        turn.add(ev.TurnStarted(turn_id=TID, t=0.0, source="audio", language="it"))
        turn.add(
            ev.FastPathParsed(
                turn_id=TID, t=0.6, intent="book", confidence=0.5, handled=handled, clarification=question
            )
        )
        (row,) = [s for s in turn.stages if s.kind == "fastpath"]
        summaries.append(row.summary)
    assert summaries[0].endswith("✓")
    assert summaries[1].endswith("→ chiede")  # a question of its own, found asked "→ LLM" offline under Xvfb
    assert summaries[2].endswith("→ LLM")
