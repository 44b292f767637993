"""The counter window: live state, conversation with cards, the big push-to-talk button, the side panel."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.app_icon import app_icon
from desktop.cards import ConfirmationCard, SayBackCard, ToolCard
from desktop.conversation_view import ConversationView
from desktop.engine_bridge import EngineBridge
from desktop.global_hotkey import GlobalHotkey
from desktop.live_state_widget import LiveStateWidget
from desktop.models.trace_model import TurnListModel
from desktop.push_to_talk_button import PushToTalkButton
from desktop.side_panel import SidePanel
from desktop.status_bar import StatusBar
from desktop.tray import Tray
from engine.config import Settings
from engine.trace import events as ev
from i18n.errors import error_message
from i18n.fastpath import refusal
from i18n.replies import undone_change
from i18n.ui import language, set_language, tr

_LOGGER = logging.getLogger(__name__)

_PTT_STATE = {
    "listening": "listening",
    "speaking": "speaking",
    "transcribing": "busy",
    "thinking": "busy",
    "acting": "busy",
}


def qt_key(name: str) -> int:
    """The Qt key code of a key name such as "Space" or "F8" (Space when unknown)."""
    sequence = QKeySequence.fromString(name)
    if sequence.count() == 0:
        return int(Qt.Key.Key_Space.value)
    return int(sequence[0].key().value)  # type: ignore[index]  # QKeySequence.__getitem__ is missing from the PySide6 stubs


class MainWindow(QMainWindow):
    """Wires the bridge's signals to the widgets; holds no engine logic of its own."""

    def __init__(self, bridge: EngineBridge, settings: Settings, *, use_tray: bool = True) -> None:
        super().__init__()
        self.bridge = bridge
        self.settings = settings
        set_language(settings.language)
        self.setWindowTitle(tr("app.title"))
        self.setWindowIcon(app_icon())
        self.resize(1280, 800)
        self._ptt_held = False
        self._speaking = False
        self._ptt_key = qt_key(settings.ptt_key)
        self._confirm_cards: dict[str, ConfirmationCard] = {}
        self._say_back_cards: list[SayBackCard] = []
        self._say_back_turns: set[str] = set()
        self._undo_card: ToolCard | None = None

        self.turns = TurnListModel(self)
        self.live = LiveStateWidget()
        self.conversation = ConversationView()
        self.conversation.turn_clicked.connect(self._turn_clicked)
        self.ptt = PushToTalkButton()
        self.ptt.pressed.connect(self.ptt_press)
        self.ptt.released.connect(self.ptt_release)
        self.hands_free = QPushButton(tr("hands_free"))
        self.hands_free.setCheckable(True)
        self.hands_free.setChecked(settings.hands_free)
        self.hands_free.setMinimumHeight(84)
        self.hands_free.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hands_free.toggled.connect(self.bridge.set_hands_free)
        self.text_entry = QLineEdit()
        self.text_entry.setPlaceholderText(tr("text.placeholder"))
        self.text_entry.returnPressed.connect(self.send_text)
        self.side_panel = SidePanel(self.turns)
        self.status = StatusBar()
        self.setStatusBar(self.status)
        self.side_panel.message.connect(lambda text: self.status.showMessage(text, 4000))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(16, 12, 16, 12)
        left_layout.setSpacing(10)
        left_layout.addWidget(self.live)
        left_layout.addWidget(self.conversation, 1)
        ptt_row = QHBoxLayout()
        ptt_row.addWidget(self.ptt, 5)
        ptt_row.addWidget(self.hands_free, 1)
        left_layout.addLayout(ptt_row)
        left_layout.addWidget(self.text_entry)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.side_panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([740, 540])
        self.setCentralWidget(split)
        self._build_actions()

        self.hotkey = GlobalHotkey(self)
        self.hotkey.pressed.connect(self.ptt_press)
        self.hotkey.released.connect(self.ptt_release)
        self.tray = Tray(self) if use_tray else None
        if self.tray is not None:
            self.tray.show_requested.connect(self.restore)
            self.tray.quit_requested.connect(self.close)

        bridge.ready.connect(self._ready)
        bridge.stage_event.connect(self.on_event)
        bridge.turn_finished.connect(self.on_turn_result)
        bridge.confirmation_requested.connect(self.show_confirmation)
        bridge.status_changed.connect(self.status.set_status)
        bridge.level.connect(self.live.meter.set_level)
        bridge.failed.connect(self.show_failure)
        bridge.undo_done.connect(self._undo_done)
        bridge.playback_finished.connect(self._playback_finished)

        app = QApplication.instance()
        assert app is not None, "MainWindow needs a QApplication"
        app.installEventFilter(self)
        self.conversation.add_note(tr("conv.welcome"))
        if settings.backend == "local":
            self.conversation.add_note(tr("conv.connect_hint"))
        self.ptt.setEnabled(False)
        self.live.set_state("loading")

    def _build_actions(self) -> None:
        toolbar = QToolBar()
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.settings_action = QAction(tr("menu.settings"), self)
        self.settings_action.triggered.connect(self.open_settings)
        self.undo_action = QAction("↩ " + tr("menu.undo"), self)
        self.undo_action.triggered.connect(self.undo_last)
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.settings_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def start_hotkey(self) -> None:
        """Start the global hotkey; a refusal becomes one line in the status bar."""
        reason = self.hotkey.start(self.settings.global_hotkey)
        if reason:
            _LOGGER.warning("Global hotkey %s refused: %s", self.settings.global_hotkey, reason)
            self.status.showMessage(tr("status.hotkey_failed", key=self.settings.global_hotkey))

    # --- push to talk -----------------------------------------------------------------------------

    def ptt_press(self) -> None:
        if self._ptt_held or not self.ptt.isEnabled():
            return
        self._ptt_held = True
        self._speaking = False
        self.bridge.press()  # barges in on a spoken answer first
        self.ptt.set_state("listening")
        if self.tray is not None:
            self.tray.set_listening(True)

    def ptt_release(self) -> None:
        if not self._ptt_held:
            return
        self._ptt_held = False
        self.bridge.release()
        self.ptt.set_state("busy")
        if self.tray is not None:
            self.tray.set_listening(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The push-to-talk key works whichever widget of this window has focus (the side panel's
        list, a card's button...), except where it types text; auto-repeat is ignored."""
        kind = event.type()
        if not isinstance(event, QKeyEvent) or kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return super().eventFilter(watched, event)
        if event.key() == self._ptt_key and self.isActiveWindow() and not self._typing():
            if not event.isAutoRepeat():
                if kind == QEvent.Type.KeyPress:
                    self.ptt_press()
                else:
                    self.ptt_release()
            return True
        return super().eventFilter(watched, event)

    def _typing(self) -> bool:
        focus = QApplication.focusWidget()
        return isinstance(focus, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox) or (
            isinstance(focus, QComboBox) and focus.isEditable()
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == self._ptt_key and not event.isAutoRepeat():
            self.ptt_press()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == self._ptt_key and not event.isAutoRepeat():
            self.ptt_release()
            return
        super().keyReleaseEvent(event)

    def send_text(self) -> None:
        text = self.text_entry.text().strip()
        if text:
            self.text_entry.clear()
            self.bridge.run_text_turn(text)
            self.setFocus()

    # --- engine events ----------------------------------------------------------------------------

    def _ready(self) -> None:
        self.ptt.setEnabled(True)
        self.live.set_state("idle")
        self.setFocus()

    def on_event(self, event: Any) -> None:
        """Fold an engine event into the side panel, the conversation and the live state."""
        turn, _stage = self.turns.add_event(event)
        block = self.conversation.block(event.turn_id)
        if isinstance(event, ev.StateChanged):
            if event.state == "speaking":
                self._speaking = True
            if event.state == "idle" and (self._speaking or self.live.state == "confirm"):
                return  # the answer is still playing, or a card waits: stay in that state
            self.live.set_state(event.state, event.detail)
            self.ptt.set_state(_PTT_STATE.get(event.state, "listening" if self._ptt_held else "idle"))
        elif isinstance(event, ev.TurnStarted):
            self._close_say_backs()  # a new turn answers (or drops) the write said back
            if event.text:
                block.set_user(event.text)
        elif isinstance(event, ev.FastPathParsed) and event.said_back:
            self._say_back_turns.add(event.turn_id)  # its buttons go under the answer, when it is finished
        elif isinstance(event, ev.SttFinal):
            block.set_user(event.text or tr("conv.no_speech"))
        elif isinstance(event, ev.TtsSentence):
            spoken = f"{block.reply.text()} {event.text}".strip() if block.reply else event.text
            block.set_reply(spoken)
        elif isinstance(event, ev.ToolResultEvent):
            if event.shown and (event.display or not event.ok):
                error = event.error or {}
                message = (
                    None
                    if event.ok
                    else refusal(str(error.get("code") or ""), str(error.get("message") or ""), language())
                )
                code = str(error.get("code") or "")
                card = ToolCard(event.name, event.display, ok=event.ok, error=message, not_found=code == "not_found")
                card.undo_requested.connect(lambda c=card: self.undo_last(c))
                block.add_card(card)
        elif isinstance(event, ev.ConfirmationResolved):
            confirmation = self._confirm_cards.get(event.pending_id)
            if confirmation is not None and not confirmation.resolved:
                confirmation.resolve(event.accepted)
        elif isinstance(event, ev.TurnError):
            block.set_error(tr("conv.error", message=event.message) + " " + tr("conv.details_in_panel"))
        elif isinstance(event, ev.TurnFinished):
            if event.reply_text:
                block.set_reply(event.reply_text)
            if event.turn_id in self._say_back_turns:
                self._say_back_turns.discard(event.turn_id)
                say_back = SayBackCard()
                say_back.answered.connect(self._say_back_answered)
                self._say_back_cards.append(say_back)
                block.add_under_reply(say_back)
            elif turn.user_text is None and event.path == "none":
                block.set_user(tr("conv.no_speech"))
            self.side_panel.set_trace_path(event.turn_id, self.bridge.trace_path(event.turn_id))
            if not self._speaking:
                self.ptt.set_state("listening" if self._ptt_held else "idle")
                if self.live.state not in ("listening", "confirm"):
                    self.live.set_state("idle")

    def _playback_finished(self) -> None:
        """The spoken answer ended (or was cut): back to ready unless the person is already talking."""
        self._speaking = False
        waiting = any(not card.resolved for card in self._confirm_cards.values())
        if self.live.state == "speaking":
            self.live.set_state("confirm" if waiting else "idle")
        if self.ptt.state == "speaking":
            self.ptt.set_state("listening" if self._ptt_held else "idle")

    def on_turn_result(self, result: Any) -> None:
        """A command's TurnResult: the trace file, and an error sentence if neither the events nor a spoken
        reply said what went wrong (`result.error` is the technical text: it stays in the trace)."""
        if result.trace_path:
            self.side_panel.set_trace_path(result.turn_id, str(result.trace_path))
        if result.error and self.conversation.has_block(result.turn_id):
            block = self.conversation.block(result.turn_id)
            if block.error is None and block.reply is None:
                said = error_message("unexpected", language())
                block.set_error(tr("conv.error", message=said) + " " + tr("conv.details_in_panel"))

    def _say_back_answered(self, accepted: bool) -> None:
        self.bridge.run_text_turn(tr("sayback.yes_word" if accepted else "sayback.no_word"))

    def _close_say_backs(self) -> None:
        for card in self._say_back_cards:
            card.close_answer()
        self._say_back_cards.clear()

    def show_confirmation(self, event: ev.ConfirmationRequested) -> None:
        card = ConfirmationCard(event.pending_id, event.tool, event.summary, event.display)
        card.answered.connect(self._confirmation_answered)
        self._confirm_cards[event.pending_id] = card
        self.conversation.block(event.turn_id).add_card(card)
        self.live.set_state("confirm")

    def _confirmation_answered(self, pending_id: str, accepted: bool) -> None:
        self.live.set_state("thinking" if accepted else "idle")
        self.bridge.confirm(pending_id, accepted)

    def show_failure(self, message: str) -> None:
        """A command failed outside a turn: one sentence in the conversation, the rest in the log."""
        self.conversation.add_note("⚠ " + message).setStyleSheet("color: #c92a2a; font-weight: 600;")
        if not self.bridge.pipeline:
            self.live.set_state("error")
        self.ptt.set_state("idle")

    def undo_last(self, card: ToolCard | None = None) -> None:
        self._undo_card = card
        self.bridge.undo_last()

    def _undo_done(self, result: Any) -> None:
        if result.ok:
            summary = undone_change(result.data, language()) or ""
        else:
            code, message = (result.error.code, result.error.message) if result.error else ("", "")
            summary = refusal(code, message, language())
        if self._undo_card is not None and result.ok:
            self._undo_card.mark_undone(summary)
        self._undo_card = None
        self.status.showMessage(tr("card.undone", summary=summary) if result.ok else summary, 6000)

    def _turn_clicked(self, turn_id: str) -> None:
        self.side_panel.select_turn(turn_id)

    # --- settings, tray, language -----------------------------------------------------------------

    def open_settings(self) -> None:
        from desktop.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.bridge, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.apply_settings)
        dialog.open()

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        set_language(settings.language)
        self._ptt_key = qt_key(settings.ptt_key)
        self.retranslate()
        self.start_hotkey()
        self.ptt.setEnabled(False)
        self.live.set_state("loading")
        self.bridge.apply_settings(settings)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("app.title"))
        self.ptt.retranslate()
        self.live.retranslate()
        self.side_panel.retranslate()
        self.status.retranslate()
        self.hands_free.setText(tr("hands_free"))
        self.text_entry.setPlaceholderText(tr("text.placeholder"))
        self.settings_action.setText(tr("menu.settings"))
        self.undo_action.setText("↩ " + tr("menu.undo"))

    def restore(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def changeEvent(self, event: QEvent) -> None:
        minimised = event.type() == QEvent.Type.WindowStateChange and self.isMinimized()
        if minimised and self.tray is not None and self.tray.available:
            QTimer.singleShot(0, self.hide)
            self.tray.notify_minimised()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hotkey.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)
