"""The window without an engine: push-to-talk keys (auto-repeat ignored), language switch, cards."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.app import build_window
from desktop.cards import ToolCard
from desktop.engine_bridge import describe_error
from engine.config import Settings
from engine.errors import AudioError
from engine.trace import events as ev
from i18n.ui import set_language


def _window(qtbot: QtBot, **settings: Any) -> tuple[Any, list[str]]:
    window, bridge = build_window(Settings(**settings), use_tray=False)
    qtbot.addWidget(window)
    calls: list[str] = []
    bridge.press = lambda: calls.append("press")  # type: ignore[method-assign]
    bridge.release = lambda: calls.append("release")  # type: ignore[method-assign]
    bridge.apply_settings = lambda s: calls.append(f"settings:{s.language}")  # type: ignore[method-assign]
    window.show()
    window._ready()
    return window, calls


def _key(window: Any, kind: QEvent.Type, key: Qt.Key, *, repeat: bool = False) -> None:
    QApplication.sendEvent(window, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, "", repeat))


def test_holding_space_talks_and_auto_repeat_is_ignored(qtbot: QtBot) -> None:
    window, calls = _window(qtbot)
    _key(window, QEvent.Type.KeyPress, Qt.Key.Key_Space)
    for _ in range(5):
        _key(window, QEvent.Type.KeyPress, Qt.Key.Key_Space, repeat=True)
        _key(window, QEvent.Type.KeyRelease, Qt.Key.Key_Space, repeat=True)
    assert window.ptt.state == "listening"
    _key(window, QEvent.Type.KeyRelease, Qt.Key.Key_Space)
    assert calls == ["press", "release"]
    assert window.ptt.state == "busy"
    set_language("it")


def test_configured_key_replaces_space(qtbot: QtBot) -> None:
    window, calls = _window(qtbot, ptt_key="F8")
    _key(window, QEvent.Type.KeyPress, Qt.Key.Key_Space)
    _key(window, QEvent.Type.KeyRelease, Qt.Key.Key_Space)
    assert calls == []
    _key(window, QEvent.Type.KeyPress, Qt.Key.Key_F8)
    _key(window, QEvent.Type.KeyRelease, Qt.Key.Key_F8)
    assert calls == ["press", "release"]


def test_switching_language_retranslates_and_rebuilds_the_engine(qtbot: QtBot) -> None:
    window, calls = _window(qtbot)
    assert "Tieni premuto" in window.ptt.text()
    window.apply_settings(Settings(language="en"))
    assert "Hold to talk" in window.ptt.text() and window.live.state == "loading"
    assert calls == ["settings:en"]
    set_language("it")


def test_an_error_is_one_sentence_in_the_conversation_and_in_place_in_the_panel(qtbot: QtBot) -> None:
    window, _calls = _window(qtbot, language="en")
    tid = "20260101T000000-bbbbbb"
    for event in (
        ev.TurnStarted(turn_id=tid, source="text", text="Book the Panda"),
        ev.LlmRequest(turn_id=tid, t=0.01, round=1, model="m"),
        ev.TurnError(
            turn_id=tid,
            t=0.5,
            stage="llm",
            message="The model server could not be reached.",
            detail="LlmConnectionError: connect timeout",
        ),
        ev.TurnFinished(turn_id=tid, t=0.6, path="error", duration_s=0.6, reply_text=""),
    ):
        window.on_event(event)
    block = window.conversation.block(tid)
    assert block.user is not None and block.user.text() == "Book the Panda"
    assert block.error is not None and "could not be reached" in block.error.text()
    panel = window.side_panel
    assert panel.turn is not None and panel.turn.stages[0].error == "The model server could not be reached."
    assert "connect timeout" in panel.detail.toPlainText()  # the first error is opened by itself
    set_language("it")


def test_write_tool_cards_offer_undo_and_read_cards_do_not(qtbot: QtBot) -> None:
    booked = ToolCard("create_appointment", {"kind": "appointment", "title": "Tagliando", "appointment": {}})
    found = ToolCard("find_vehicle", {"kind": "vehicle", "title": "AB123CD", "matches": []})
    qtbot.addWidget(booked)
    qtbot.addWidget(found)
    assert booked.undo_button is not None and found.undo_button is None
    with qtbot.waitSignal(booked.undo_requested):
        booked.undo_button.click()


def test_space_talks_even_when_the_side_panel_has_focus_but_types_in_the_text_box(qtbot: QtBot) -> None:
    window, calls = _window(qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.side_panel.picker.setFocus()
    qtbot.waitUntil(window.side_panel.picker.hasFocus, timeout=5000)
    qtbot.keyPress(window.side_panel.picker, Qt.Key.Key_Space)
    qtbot.keyRelease(window.side_panel.picker, Qt.Key.Key_Space)
    assert calls == ["press", "release"]
    window.text_entry.setFocus()
    qtbot.waitUntil(window.text_entry.hasFocus, timeout=5000)
    qtbot.keyClicks(window.text_entry, "a b")
    assert window.text_entry.text() == "a b" and calls == ["press", "release"]


def test_a_failed_command_is_told_in_the_window_language_without_device_numbers(qtbot: QtBot) -> None:
    """The issue's window: 'Non è andata: No usable output audio device (default): Error querying device -1'."""
    window, _calls = _window(qtbot, language="it")
    exc = AudioError(
        "No usable output audio device (default): Error querying device -1", kind="audio.no_speaker"
    )
    with qtbot.waitSignal(window.bridge.failed, timeout=5000) as failed:
        window.bridge.failed.emit(describe_error(exc))
    said = failed.args[0]
    assert said.startswith("Nessun altoparlante") and "device" not in said and "-1" not in said
    notes = [label.text() for label in window.conversation.findChildren(QLabel)]
    assert any(said in text for text in notes)
    window.apply_settings(Settings(language="en"))
    assert describe_error(exc).startswith("No speaker found")
    set_language("it")


def test_a_refused_tool_card_says_why_in_the_window_language(qtbot: QtBot) -> None:
    window, _calls = _window(qtbot, language="it")
    tid = "20260101T000000-cccccc"
    refused = ev.ToolResultEvent(
        turn_id=tid, t=0.2, name="send_message", ok=False, call_id="c1",
        error={"code": "no_consent", "message": "Mario Rossi has not agreed to receive messages by sms."},
    )  # fmt: skip
    for event in (ev.TurnStarted(turn_id=tid, source="text", text="manda un sms a Mario"), refused):
        window.on_event(event)
    [card] = window.conversation.block(tid).findChildren(ToolCard)
    texts = " ".join(label.text() for label in card.findChildren(QLabel))
    assert "consenso" in texts and "has not agreed" not in texts


def test_a_wordpress_site_that_does_not_answer_is_told_in_the_window_language(qtbot: QtBot) -> None:
    window, _calls = _window(qtbot, language="it")
    answers: list[tuple[bool, str]] = []
    window.bridge.connection_tested.connect(lambda ok, text: answers.append((ok, text)))
    asyncio.run(window.bridge._test_connection("http://127.0.0.1:9", "admin", "xxxx xxxx xxxx xxxx"))
    [(ok, text)] = answers
    assert not ok and "controlla indirizzo, utente e password" in text
    assert "127.0.0.1" not in text and "refused" not in text.lower()


def test_a_look_up_that_found_nothing_is_told_in_grey_not_as_a_refusal(qtbot: QtBot) -> None:
    """Found speaking to the app: a plate misheard, looked up, not found (then put right from the workshop's data)
    showed a red "Rifiutato · find_vehicle" card, as if the workshop had refused something."""
    window, _calls = _window(qtbot, language="it")
    tid = "20260101T000000-dddddd"
    missing = ev.ToolResultEvent(
        turn_id=tid, t=0.2, name="find_vehicle", ok=False, call_id="c1",
        error={"code": "not_found", "message": "No vehicle with that plate."},
    )  # fmt: skip
    for event in (ev.TurnStarted(turn_id=tid, source="text", text="di chi è la targa ZZ999ZZ"), missing):
        window.on_event(event)
    [card] = window.conversation.block(tid).findChildren(ToolCard)
    texts = " ".join(label.text() for label in card.findChildren(QLabel))
    assert "Non trovato" in texts and "Rifiutato" not in texts
    assert "#c92a2a" not in card.styleSheet()


def test_a_look_up_the_answer_does_not_rest_on_makes_no_card(qtbot: QtBot) -> None:
    """Seen speaking to the app: a plate not on file showed two grey "Non trovato" cards, one for the lookup as
    heard and one for the fast path's search among look-alikes (hidden from the conversation, yet failed calls
    made a card whatever their display). One card, for the lookup the answer rests on."""
    window, _calls = _window(qtbot, language="it")
    tid = "20260101T000000-eeeeee"
    error = {"code": "not_found", "message": "No vehicle with that plate."}
    asked = ev.ToolResultEvent(turn_id=tid, t=0.2, name="find_vehicle", ok=False, call_id="c1", error=error)
    alike = ev.ToolResultEvent(
        turn_id=tid, t=0.3, name="find_vehicle", ok=False, call_id="c2", error=error, shown=False
    )
    for event in (ev.TurnStarted(turn_id=tid, source="text", text="di chi è la ZQ 871 QZ"), asked, alike):
        window.on_event(event)
    [card] = window.conversation.block(tid).findChildren(ToolCard)
    assert "Non trovato" in " ".join(label.text() for label in card.findChildren(QLabel))


def test_an_agenda_card_says_each_appointments_state_in_the_window_language(qtbot: QtBot) -> None:
    """Seen speaking to the app: the booking's own card said "Stato: confermato" and the list under it "approved"."""
    set_language("it")
    card = ToolCard(
        "search_appointments",
        {"kind": "appointments", "title": "1 appuntamenti", "appointments": [
            {"start": "2026-12-05T08:30", "service": "Cambio gomme", "plate": "BR811JP", "status": "approved"},
            {"start": "2026-12-05T09:00", "service": "Tagliando", "plate": "AB123CD", "status": "odd_state"},
        ]},
    )  # fmt: skip
    qtbot.addWidget(card)
    texts = " ".join(label.text() for label in card.findChildren(QLabel))
    assert "confermato" in texts and "approved" not in texts
    assert "odd_state" in texts  # a state the table does not know is shown as stored
