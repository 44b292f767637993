"""The app driven through the REAL engine (whisper base, Piper joe, Silero VAD, SQLite, fast path):
a WAV turn fills the conversation and the side panel, barge-in, confirmation cards, undo, and a UI
thread that never stalls while a slow backend is called."""

from __future__ import annotations

import datetime
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from benches.openai_server import FakeOpenAI, Round, ToolCall
from desktop.app import build_window
from desktop.cards import ConfirmationCard, SayBackCard, ToolCard
from desktop.models.trace_model import StageRoles
from engine.config import Settings
from engine.trace import events as ev
from i18n.ui import set_language
from tests.desktop.conftest import PLATE, SlowBackend, seeded_backend, wait_until

pytestmark = pytest.mark.slow

SPEAKER_PACE = 4.0
"""How many times faster than real time the module's speaker plays (see `app`)."""


@pytest.fixture(scope="module")
def app(
    qapp: Any, installed_models: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SimpleNamespace]:
    """One window + engine bridge + real pipeline for the whole module (models load once).

    The speaker is a FileSink consuming the answer block by block at four times real time: a test sees
    it speaking and then quiet, as on a device, without waiting out every answer's length (the
    barge-in test plays its answer in real time: `_real_time`)."""
    from engine.audio import FileSink

    home = tmp_path_factory.mktemp("desktop-home")
    keys = ("OFFICINA_HOME", "OFFICINA_KEYRING", "OFFICINA_SECRET_OPENAI_API_KEY")
    saved = {k: os.environ.get(k) for k in keys}
    os.environ["OFFICINA_HOME"] = str(home)
    os.environ["OFFICINA_KEYRING"] = "file"
    os.environ["OFFICINA_SECRET_OPENAI_API_KEY"] = "test-key"
    llm = FakeOpenAI().start()
    backend = SlowBackend(seeded_backend(home))
    settings = Settings(language="en", llm_base_url=llm.base_url, llm_model="fake-model")
    window, bridge = build_window(
        settings,
        use_tray=False,
        backend_factory=lambda _s: backend,
        pipeline_kwargs={"player": lambda: FileSink(realtime=True, pace=SPEAKER_PACE)},
    )
    state = SimpleNamespace(window=window, bridge=bridge, backend=backend, home=home, llm=llm)
    state.events, state.results, state.failures = [], [], []
    bridge.stage_event.connect(state.events.append)
    bridge.turn_finished.connect(state.results.append)
    bridge.failed.connect(state.failures.append)
    window.show()
    bridge.start()
    try:
        wait_until(lambda: window.ptt.isEnabled() or state.failures, 240, "the engine to start")
        assert not state.failures, state.failures
        yield state
    finally:
        bridge.shutdown()
        window.close()
        llm.stop()
        _delete_now(window, bridge)
        set_language("it")
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _delete_now(*objects: Any) -> None:
    """Destroy Qt objects while the QApplication lives (not in the interpreter's final GC)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for obj in objects:
        obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QCoreApplication.processEvents()


def _finished(state: SimpleNamespace, after: int, timeout: float = 90.0) -> ev.TurnFinished:
    return wait_until(
        lambda: next((e for e in state.events[after:] if isinstance(e, ev.TurnFinished)), None),
        timeout,
        "the turn to finish",
    )


def _playing(state: SimpleNamespace) -> bool:
    """The current pipeline's speaker (a realtime FileSink) still has audio to play."""
    pipeline = state.bridge.pipeline
    return bool(pipeline is not None and pipeline.player.playing)


def _idle(state: SimpleNamespace) -> None:
    """Nothing playing and the window ready: a test starts from a quiet counter."""
    wait_until(
        lambda: not _playing(state) and state.window.live.state == "idle",
        60,
        f"a quiet counter (state {state.window.live.state}, playing {_playing(state)})",
    )


@contextmanager
def _real_time(state: SimpleNamespace) -> Iterator[None]:
    """The speaker plays in real time meanwhile (an answer long enough to be interrupted)."""
    player = state.bridge.pipeline.player
    player.pace = 1.0
    try:
        yield
    finally:
        player.pace = SPEAKER_PACE


def _first(state: SimpleNamespace, kind: type, turn_id: str) -> Any:
    return next((e for e in state.events if isinstance(e, kind) and e.turn_id == turn_id), None)


def _appointment_status(home: Path) -> str:
    with sqlite3.connect(home / "workshop.sqlite3") as conn:
        return conn.execute("SELECT status FROM appointments WHERE id = 1").fetchone()[0]


def test_wav_turn_updates_conversation_and_every_stage_of_the_side_panel(
    app: SimpleNamespace, tmp_path: Path
) -> None:
    from engine.audio import read_audio
    from engine.tts.speech_wav import speech_wav

    wav = speech_wav("Who owns Alpha Bravo one two three Charlie Delta?", tmp_path / "question.wav")
    start = len(app.events)
    app.bridge.run_audio_turn(read_audio(wav))
    finished = _finished(app, start)
    wait_until(lambda: app.results, 10, "the TurnResult")
    turn_id = finished.turn_id
    stt = _first(app, ev.SttFinal, turn_id)
    assert stt is not None and "bravo" in stt.text.lower()

    # the conversation: what was heard, the vehicle card, the answer
    block = app.window.conversation.block(turn_id)
    assert block.user is not None and block.user.text() == stt.text
    assert block.reply is not None and finished.reply_text and block.reply.text() == finished.reply_text
    cards = [c for c in block.cards if isinstance(c, ToolCard)]
    results = [e for e in app.events if isinstance(e, ev.ToolResultEvent) and e.turn_id == turn_id]
    assert [c.tool for c in cards] == [e.name for e in results if e.display or not e.ok]
    parse = _first(app, ev.FastPathParsed, turn_id)
    if parse is not None and parse.slots.get("plate") == PLATE:  # whisper heard the plate right
        assert any(c.tool == "find_vehicle" and PLATE in str(c.display.get("title")) for c in cards)

    # the side panel follows the newest turn and shows every stage, with durations
    panel = app.window.side_panel
    assert panel.turn is not None and panel.turn.turn_id == turn_id
    kinds = [panel.stages.index(r).data(StageRoles.KIND) for r in range(panel.stages.rowCount())]
    assert {"audio", "vad", "stt", "fastpath", "tool", "tts"} <= set(kinds), kinds
    stt_row = kinds.index("stt")
    assert panel.stages.index(stt_row).data(StageRoles.END) > panel.stages.index(stt_row).data(
        StageRoles.START
    )
    panel.timeline.select(stt_row)
    assert stt.text in panel.detail.toPlainText()
    tool_row = kinds.index("tool")
    panel.timeline.select(tool_row)
    assert PLATE in panel.detail.toPlainText() and "find_vehicle" in panel.detail.toPlainText()
    wait_until(lambda: app.window.live.state == "idle", 30, "the answer to be played out")

    # the trace file is found and holds the same events
    wait_until(lambda: panel.turn.trace_path, 5, "the trace path")
    lines = Path(panel.turn.trace_path).read_text(encoding="utf-8").splitlines()
    assert len(lines) == len([e for e in app.events if e.turn_id == turn_id])
    panel.copy_trace()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text().count("\n") == len(lines) - 1


def test_pressing_while_the_answer_is_spoken_barges_in(
    app: SimpleNamespace, request: pytest.FixtureRequest
) -> None:
    try:  # a real microphone (PulseAudio null sink) so the press also opens a device
        request.getfixturevalue("pulse_sink")
        have_mic = True
    except pytest.skip.Exception:
        have_mic = False
    _idle(app)
    story = " ".join(
        f"This is sentence number {n} of a long answer about the workshop." for n in range(1, 13)
    )
    app.llm.reset()
    app.llm.script([Round(text=story, text_pieces=24, chunk_delay_s=0.25)])
    start = len(app.events)
    with _real_time(app):
        app.bridge.run_text_turn("Tell me everything about the workshop, in detail")
        wait_until(
            lambda: (
                _playing(app)
                and app.window.ptt.state == "speaking"
                and any(isinstance(e, ev.TtsFirstAudio) for e in app.events[start:])
            ),
            60,
            "the answer to be playing",
        )
        assert app.window.live.state == "speaking"
        app.window.ptt_press()  # a press while speaking interrupts
        wait_until(lambda: not _playing(app), 5, "the speaker to stop")
    finished = _finished(app, start)
    assert finished.interrupted and finished.path == "llm"
    spoken = [e for e in app.events[start:] if isinstance(e, ev.TtsSentence)]
    assert 0 < len(spoken) < 12  # generation stopped too, not only playback
    app.window.ptt_release()
    if have_mic:
        after = start + app.events[start:].index(finished) + 1
        second = _finished(app, after, 60)
        assert second.path in ("none", "clarify")
    wait_until(lambda: app.window.ptt.state == "idle", 30, "the button to be idle again")


def _confirmation(app: SimpleNamespace, qtbot: QtBot, accept: bool) -> tuple[ConfirmationCard, list[str]]:
    _idle(app)
    start = len(app.events)
    calls_before = list(app.backend.calls)
    app.llm.reset()
    app.llm.script(
        [
            Round(
                tool_calls=[
                    ToolCall("cancel_appointment", {"appointment_id": 1, "reason": "customer called"})
                ]
            ),
            Round(text="I need your confirmation to cancel it."),
            Round(text="Done."),
        ]
    )
    app.bridge.run_text_turn("Please take care of the booking we talked about yesterday")
    requested = wait_until(
        lambda: next((e for e in app.events[start:] if isinstance(e, ev.ConfirmationRequested)), None),
        60,
        "a confirmation card",
    )
    assert requested.tool == "cancel_appointment"
    _finished(app, start)
    block = app.window.conversation.block(requested.turn_id)
    card = next(c for c in block.cards if isinstance(c, ConfirmationCard))
    assert card.pending_id == requested.pending_id and requested.summary
    # the first call only asked for a token: nothing ran, and the token is in no card and no model request
    first = len(calls_before) + app.backend.calls[len(calls_before) :].index("cancel_appointment")
    assert app.backend.tokens[first] is None and _appointment_status(app.home) == "approved"
    token = app.bridge.pipeline.pending.token
    assert token and token not in json.dumps([r.body for r in app.llm.requests])
    assert all(token not in label.text() for label in card.findChildren(QLabel))
    after = len(app.events)
    qtbot.mouseClick(card.accept_button if accept else card.decline_button, Qt.MouseButton.LeftButton)
    resolved = wait_until(
        lambda: next((e for e in app.events[after:] if isinstance(e, ev.ConfirmationResolved)), None),
        60,
        "the answer to the confirmation",
    )
    assert resolved.accepted is accept and resolved.how == "click"
    _finished(app, after)
    assert card.resolved
    if accept:  # the card's click sent the second call with the token
        assert app.backend.tokens[first + 1 :].count(token) == 1
    return card, app.backend.calls[len(calls_before) :]


def test_declined_confirmation_never_runs_the_tool(app: SimpleNamespace, qtbot: QtBot) -> None:
    _card, calls = _confirmation(app, qtbot, accept=False)
    assert calls.count("cancel_appointment") == 1  # the first call, which only issued a token
    assert _appointment_status(app.home) == "approved"


def test_accepted_confirmation_runs_the_tool_and_undo_reverts_it(app: SimpleNamespace, qtbot: QtBot) -> None:
    _card, calls = _confirmation(app, qtbot, accept=True)
    assert calls.count("cancel_appointment") == 2
    assert _appointment_status(app.home) == "cancelled"
    with qtbot.waitSignal(app.bridge.undo_done, timeout=30_000) as undone:
        app.window.undo_last()
    assert undone.args[0].ok, undone.args[0].error
    assert _appointment_status(app.home) == "approved"


def test_a_spoken_yes_confirms_and_the_card_shows_it(app: SimpleNamespace, qtbot: QtBot) -> None:
    _idle(app)
    app.llm.reset()
    app.llm.script(
        [
            Round(tool_calls=[ToolCall("cancel_appointment", {"appointment_id": 1})]),
            Round(text="Shall I cancel it?"),
            Round(text="Done."),
        ]
    )
    start = len(app.events)
    app.bridge.run_text_turn("Please take care of the booking we talked about yesterday")
    requested = wait_until(
        lambda: next((e for e in app.events[start:] if isinstance(e, ev.ConfirmationRequested)), None),
        60,
        "a confirmation card",
    )
    _finished(app, start)
    card = next(
        c for c in app.window.conversation.block(requested.turn_id).cards if isinstance(c, ConfirmationCard)
    )
    wait_until(lambda: app.window.live.state == "confirm", 60, "the question to be spoken")
    assert not card.resolved
    after = len(app.events)
    app.bridge.run_text_turn("yes, confirm")  # what whisper writes when the person says it
    resolved = wait_until(
        lambda: next((e for e in app.events[after:] if isinstance(e, ev.ConfirmationResolved)), None),
        60,
        "the spoken answer",
    )
    assert resolved.accepted and resolved.how == "voice" and resolved.pending_id == requested.pending_id
    wait_until(lambda: card.resolved, 10, "the card to show the answer")
    _finished(app, after)
    assert _appointment_status(app.home) == "cancelled"
    with qtbot.waitSignal(app.bridge.undo_done, timeout=30_000):
        app.window.undo_last()
    assert _appointment_status(app.home) == "approved"


def test_ui_thread_never_stalls_while_a_slow_backend_is_called(app: SimpleNamespace) -> None:
    _idle(app)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(beat)
    app.backend.delay_s = 2.0
    start = len(app.events)
    calls = len(app.backend.calls)
    try:
        last[0] = time.perf_counter()
        heartbeat.start()
        app.bridge.run_text_turn(f"Who owns {PLATE}?")
        wait_until(lambda: len(app.backend.calls) > calls, 30, "the slow tool call")
        _finished(app, start)
    finally:
        heartbeat.stop()
        app.backend.delay_s = 0.0
    assert sum(gaps) >= 2.0 and len(gaps) > 50
    # A call made on the UI thread would stall it for the backend's whole 2 s; a GIL-bound pause of the
    # other threads on a loaded 2-core machine reaches ~0.1 s, so the line sits well between the two.
    assert max(gaps) < 0.5, f"the UI thread stalled for {max(gaps) * 1000:.0f} ms"


def test_status_bar_shows_backend_speech_to_text_model_and_models(app: SimpleNamespace) -> None:
    bar = app.window.status
    assert bar.backend.text().endswith("Demo workshop (local): reachable")
    assert "Speech-to-text: local (local" in bar.stt.text()
    assert "Cloud model: ready (fake-model)" in bar.llm.text()
    assert "Models installed" in bar.models.text() or "Missing models" in bar.models.text()


def test_saved_settings_rebuild_the_engine_and_the_status_bar(app: SimpleNamespace) -> None:
    _idle(app)
    old = app.bridge.pipeline
    app.window.apply_settings(app.bridge.settings.model_copy(update={"offline_only": True}))
    assert not app.window.ptt.isEnabled() and app.window.live.state == "loading"
    wait_until(lambda: app.window.ptt.isEnabled() and app.bridge.pipeline is not old, 120, "the new engine")
    assert "Offline fast path only" in app.window.status.llm.text()
    start = len(app.events)
    app.bridge.run_text_turn(f"Who owns {PLATE}?")
    assert _finished(app, start).path == "fastpath"


def test_holding_the_button_while_speaking_into_a_real_microphone(
    app: SimpleNamespace,
    pulse_sink: str,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    import numpy as np

    from engine.audio import AudioChunk, Player, read_audio
    from engine.tts.speech_wav import speech_wav

    _idle(app)
    question = read_audio(speech_wav("Who owns Alpha Bravo one two three Charlie Delta?", tmp_path / "q.wav"))
    levels: list[float] = []
    app.bridge.level.connect(levels.append)
    start = len(app.events)
    qtbot.mousePress(app.window.ptt, Qt.MouseButton.LeftButton)
    wait_until(lambda: app.window.live.state == "listening", 20, "the microphone to open")
    speaker = Player()  # plays into the null sink, whose monitor is the default microphone
    try:
        speaker.play(AudioChunk(np.concatenate([question, np.zeros(8000, np.float32)]), 16_000))
        wait_until(lambda: not speaker.playing, 30, "the question to be played")
        until = time.monotonic() + 0.8  # the person lets go a moment after speaking
        wait_until(lambda: time.monotonic() > until, 5, "a moment")
        assert app.window.live.meter.level > 0 or levels
        qtbot.mouseRelease(app.window.ptt, Qt.MouseButton.LeftButton)
        finished = _finished(app, start)
    finally:
        speaker.close()
        app.bridge.level.disconnect(levels.append)
    assert _first(app, ev.TurnStarted, finished.turn_id).source == "mic"
    assert levels and max(levels) > 0.3  # the meter saw the speech
    # The turn ran from the microphone, stage after stage; what whisper heard word for word is the
    # STT bench's business (a model's hearing through a null sink varies from run to run).
    turn = [e for e in app.events[start:] if e.turn_id == finished.turn_id]
    stages = (ev.TurnStarted, ev.VadEvent, ev.AudioCaptured, ev.SttFinal, ev.TurnFinished)
    firsts = [next((i for i, e in enumerate(turn) if isinstance(e, kind)), -1) for kind in stages]
    assert -1 not in firsts and firsts == sorted(firsts), [type(e).__name__ for e in turn]
    speech = _first(app, ev.VadEvent, finished.turn_id)
    assert speech.kind == "speech_start"
    stt = _first(app, ev.SttFinal, finished.turn_id)
    assert stt.text.strip(), "the microphone's speech gave an empty transcript"
    assert app.window.conversation.block(finished.turn_id).user.text() == stt.text


_HOLIDAYS = frozenset({(1, 1), (6, 1), (25, 4), (1, 5), (2, 6), (15, 8), (1, 11), (8, 12), (25, 12), (26, 12)})
"""Italy's fixed holidays (day, month): the workshop is closed."""


def _a_wednesday_ahead() -> str:
    """ "Wednesday the 16th of December": the first working Wednesday three days or more from today, said with its
    date. "Next Wednesday" said on a Monday or a Tuesday (in Rome: from 23:00 UTC on Sundays) is asked back ("which
    day exactly?"), as it should be: the test named a weekday only and failed on those days."""
    day = datetime.date.today() + datetime.timedelta(days=3)
    while day.weekday() != 2 or (day.day, day.month) in _HOLIDAYS:
        day += datetime.timedelta(days=1)
    suffix = "th" if 10 <= day.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    return f"Wednesday the {day.day}{suffix} of {day.strftime('%B')}"


@pytest.mark.parametrize("accept", [False, True])
def test_a_write_said_back_is_answered_by_a_click(app: SimpleNamespace, qtbot: QtBot, accept: bool) -> None:
    """A booking for a bare day is said back with its first free time; the card's buttons answer it
    as the words would, and the card closes."""
    _idle(app)
    start = len(app.events)
    calls_before = len(app.backend.calls)
    request = f"Book a tyre change for {PLATE} on {_a_wednesday_ahead()}"
    app.bridge.run_text_turn(request)
    # this turn's events only: a turn of the test before (the microphone's) may still be ending
    turn_id = wait_until(
        lambda: next(
            (e.turn_id for e in app.events[start:] if isinstance(e, ev.TurnStarted) and e.text == request), None
        ),
        60,
        "the turn to start",
    )
    parsed = wait_until(
        lambda: next(
            (e for e in app.events[start:] if isinstance(e, ev.FastPathParsed) and e.turn_id == turn_id), None
        ),
        60,
        "the parse",
    )
    finished = wait_until(
        lambda: next(
            (e for e in app.events[start:] if isinstance(e, ev.TurnFinished) and e.turn_id == turn_id), None
        ),
        90,
        "the turn to finish",
    )
    assert parsed.said_back and finished.path == "clarify", (parsed, finished)
    assert "Shall I?" in finished.reply_text and "create_appointment" not in app.backend.calls[calls_before:]
    card = next(c for c in app.window.conversation.block(parsed.turn_id).cards if isinstance(c, SayBackCard))
    _idle(app)
    after = len(app.events)
    qtbot.mouseClick(card.accept_button if accept else card.decline_button, Qt.MouseButton.LeftButton)
    answer = wait_until(
        lambda: next((e for e in app.events[after:] if isinstance(e, ev.TurnStarted)), None), 30, "the answer"
    )
    assert answer.text == ("yes" if accept else "no")
    done = _finished(app, after)
    assert card.resolved
    booked = "create_appointment" in app.backend.calls[calls_before:]
    assert booked is accept, (done.reply_text, app.backend.calls[calls_before:])
    assert done.reply_text.startswith("Done:" if accept else "All right")
