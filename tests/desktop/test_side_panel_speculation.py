"""The side panel shows the model's early start that was thrown away: a row of its own spanning from
when it began (while the person was still talking) to when it was dropped, with why and what it had done;
painted in the waterfall like every stage."""

from __future__ import annotations

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop.models.trace_model import TurnListModel
from desktop.models.turn_record import ms
from desktop.side_panel import SidePanel
from desktop.stage_timeline_widget import AXIS_H, ROW_H
from desktop.theme import STAGE_COLOURS
from engine.trace import events as ev
from i18n.ui import set_language

TID = "20260101T000000-cccccc"


def _turn() -> list[ev.TraceEvent]:
    return [
        ev.TurnStarted(turn_id=TID, t=0.0, source="mic", language="en"),
        ev.VadEvent(turn_id=TID, t=1.6, kind="speech_end", at_s=1.5),
        # the model started at 2.0 s on "Book a tyre change for tomorrow morning", ran a read tool, and
        # was dropped at 3.1 s when the person went on ("No, make it Friday afternoon")
        ev.SpeculationDropped(
            turn_id=TID,
            t=3.1,
            text="Book a tyre change for tomorrow morning.",
            reason="speech_resumed",
            started_s=2.0,
            rounds=2,
            tools=["check_availability"],
        ),
        ev.SttFinal(turn_id=TID, t=4.4, text="Book a tyre change... Friday afternoon.", elapsed_s=0.4),
        ev.LlmRequest(turn_id=TID, t=4.41, round=1, model="m", messages=3),
        ev.LlmDone(turn_id=TID, t=4.8, round=1, text="Which car is it for?", duration_s=0.39),
        ev.TurnFinished(turn_id=TID, t=5.0, path="llm", duration_s=5.0, reply_text="Which car is it for?"),
    ]


def test_a_dropped_early_start_is_a_row_with_its_timing_and_detail(qtbot: QtBot) -> None:
    set_language("en")
    turns = TurnListModel()
    panel = SidePanel(turns)
    qtbot.addWidget(panel)
    panel.resize(640, 800)
    panel.show()
    for event in _turn():
        turns.add_event(event)

    kinds = [s.kind for s in panel.turn.stages] if panel.turn else []
    assert kinds == ["vad", "dropped", "stt", "llm"]
    row = kinds.index("dropped")
    stage = panel.stages.stage(row)
    assert stage is not None
    assert (stage.start, stage.end) == (2.0, 3.1)  # from the early start to the drop, not a point
    assert stage.label == "Model, early start dropped"
    assert "you spoke again" in stage.summary and "tomorrow morning" in stage.summary
    assert panel.timeline.height() >= AXIS_H + len(kinds) * ROW_H

    panel.timeline.select(row)
    detail = panel.detail.toPlainText()
    assert "tomorrow morning" in detail and "you spoke again" in detail
    assert "check_availability" in detail  # the read tool it had run
    assert ms(2.0) in detail and ms(1.1) in detail  # started 2 s into the turn, lasted 1.1 s

    # painted: the row's bar, in the dropped colour, covers the middle of its span on the time axis
    timeline = panel.timeline
    image = timeline.grab().toImage()
    left, right = timeline._bar_area()
    scale = (right - left) / panel.stages.total()
    x = int(left + 2.55 * scale)
    y = AXIS_H + row * ROW_H + 12
    painted = QColor(image.pixel(x, y))
    expected = QColor(STAGE_COLOURS["dropped"]).lighter(125)
    assert abs(painted.red() - expected.red()) + abs(painted.blue() - expected.blue()) < 24, painted.name()
    before = QColor(image.pixel(int(left + 1.0 * scale), y))  # no bar before the start
    assert before.name() != painted.name()
    set_language("it")
