"""The settings dialog: language, audio devices (test tone, mic test), keys, STT, LLM, voice, backend,
traces. Settings go to the config file; secrets only to the keyring (engine.secrets)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import esc, plain_label, rich_label
from desktop.level_meter import LevelMeter
from engine import secrets
from engine.agent.options import AgentOptions
from engine.agent.servers import PRESETS, preset_for
from engine.config import Settings, save_settings
from engine.tts.voice_choice import CHOICES, voice_choices
from i18n.ui import language as ui_language
from i18n.ui import tr

_LOGGER = logging.getLogger(__name__)

KEYS = ["Space", "F8", "F9", "F10", "F11", "F12", "Pause", "Scroll_Lock"]
VOICES_IT = list(CHOICES["it"])
VOICES_EN = list(CHOICES["en"])


def _combo(items: list[str], current: str | None, *, editable: bool = False) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    box.addItems(items)
    if current and current not in items:
        box.addItem(current)
    if current:
        box.setCurrentText(current)
    return box


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return holder


class SettingsDialog(QDialog):
    """Edits a copy of the settings; `saved(Settings)` after they were written."""

    saved = Signal(object)

    def __init__(self, settings: Settings, bridge: Any | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("settings.title"))
        self.setMinimumWidth(560)
        self._settings = settings
        self._bridge = bridge
        tabs = QTabWidget()
        tabs.addTab(self._general_tab(), tr("settings.tab.general"))
        tabs.addTab(self._speech_tab(), tr("settings.tab.speech"))
        tabs.addTab(self._ai_tab(), tr("settings.tab.ai"))
        tabs.addTab(self._workshop_tab(), tr("settings.tab.workshop"))
        tabs.addTab(self._traces_tab(), tr("settings.tab.privacy"))
        self.tabs = tabs
        self.error = plain_label()
        self.error.setStyleSheet("color: #c92a2a;")
        self.error.setWordWrap(True)
        note = plain_label(tr("settings.restart_note"))
        note.setObjectName("muted")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("settings.save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("settings.cancel"))
        buttons.accepted.connect(self._save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(note)
        layout.addWidget(buttons)
        if bridge is not None:
            bridge.connection_tested.connect(self._connection_tested)
            bridge.audio_test_done.connect(self._audio_test_done)
            bridge.level.connect(self.mic_meter.set_level)

    # --- tabs -------------------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        s = self._settings
        self.language = QComboBox()
        self.language.addItem("Italiano", "it")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if s.language == "it" else 1)
        inputs, outputs, problem = self._bridge.device_names() if self._bridge is not None else ([], [], None)
        default = tr("settings.default_device")
        self.input_device = _combo([default, *inputs], s.input_device or default)
        self.output_device = _combo([default, *outputs], s.output_device or default)
        self.test_tone_button = QPushButton(tr("settings.test_tone"))
        self.mic_test_button = QPushButton(tr("settings.mic_test"))
        self.test_tone_button.clicked.connect(self._test_tone)
        self.mic_test_button.clicked.connect(self._mic_test)
        self.mic_meter = LevelMeter()
        self.audio_result = plain_label(problem or "")
        self.audio_result.setWordWrap(True)
        self.ptt_key = _combo(KEYS, s.ptt_key, editable=True)
        none = tr("settings.hotkey_none")
        self.global_hotkey = _combo([none, *KEYS[1:]], s.global_hotkey or none, editable=True)
        form = QFormLayout()
        form.addRow(tr("settings.language"), self.language)
        form.addRow(tr("settings.input"), _row(self.input_device, self.mic_test_button))
        form.addRow("", self.mic_meter)
        form.addRow(tr("settings.output"), _row(self.output_device, self.test_tone_button))
        form.addRow("", self.audio_result)
        form.addRow(tr("settings.ptt_key"), self.ptt_key)
        form.addRow(tr("settings.hotkey"), self.global_hotkey)
        return self._page(form)

    def _speech_tab(self) -> QWidget:
        s = self._settings
        self.stt_mode = QComboBox()
        for mode in ("local", "cloud", "hybrid"):
            self.stt_mode.addItem(tr(f"settings.stt.{mode}"), mode)
        self.stt_mode.setCurrentIndex(["local", "cloud", "hybrid"].index(s.stt_mode))
        self.deadline = QSpinBox()
        self.deadline.setRange(100, 10000)
        self.deadline.setSingleStep(100)
        self.deadline.setValue(s.stt_cloud_deadline_ms)
        self.voice_it = _combo(VOICES_IT, s.voice_it, editable=True)
        self.voice_en = _combo(VOICES_EN, s.voice_en, editable=True)
        form = QFormLayout()
        form.addRow(tr("settings.stt_mode"), self.stt_mode)
        form.addRow(tr("settings.deadline"), self.deadline)
        # Which voice speaks each language now, and why (e.g. paola needs the model hub: Kokoro speaks).
        self.voice_reason = plain_label(self._voice_reasons(s))
        self.voice_reason.setObjectName("muted")
        self.voice_reason.setWordWrap(True)
        form.addRow(tr("settings.voice") + " (it)", self.voice_it)
        form.addRow(tr("settings.voice") + " (en)", self.voice_en)
        form.addRow("", self.voice_reason)
        return self._page(form)

    @staticmethod
    def _voice_reasons(s: Settings) -> str:
        choices = voice_choices({"it": s.voice_it, "en": s.voice_en})
        return "\n".join(choice.reason(ui_language()) for choice in choices)

    def _ai_tab(self) -> QWidget:
        s = self._settings
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        if secrets.get_secret(secrets.OPENAI_API_KEY):
            self.api_key.setPlaceholderText(tr("settings.api_key_set"))
        self.base_url = QLineEdit(s.llm_base_url)
        self.model = QLineEdit(s.llm_model)
        self.server_preset = QComboBox()
        for preset in PRESETS:
            self.server_preset.addItem(tr(f"settings.server.{preset.id}"), preset.id)
        self.server_preset.addItem(tr("settings.server.custom"), "custom")
        current = preset_for(s.llm_base_url)
        self.server_preset.setCurrentIndex(self.server_preset.findData(current.id if current else "custom"))
        self.server_hint = plain_label()
        self.server_hint.setWordWrap(True)
        self._show_server_hint()
        self.server_preset.activated.connect(self._server_chosen)
        self.base_url.textEdited.connect(self._show_server_hint)
        self.fastpath = QCheckBox(tr("settings.fastpath"))
        self.fastpath.setChecked(s.fastpath_enabled)
        self.offline_only = QCheckBox(tr("settings.offline_only"))
        self.offline_only.setChecked(s.offline_only)
        form = QFormLayout()
        form.addRow(tr("settings.server"), self.server_preset)
        form.addRow("", self.server_hint)
        form.addRow(tr("settings.api_key"), self.api_key)
        form.addRow(tr("settings.base_url"), self.base_url)
        form.addRow(tr("settings.model"), self.model)
        form.addRow("", self.fastpath)
        form.addRow("", self.offline_only)
        return self._page(form)

    def _server_chosen(self) -> None:
        """A preset fills the address and a model that calls tools well; the person may edit both."""
        preset = next((p for p in PRESETS if p.id == self.server_preset.currentData()), None)
        if preset is not None:
            self.base_url.setText(preset.base_url)
            self.model.setText(preset.model)
        self._show_server_hint()

    def _show_server_hint(self) -> None:
        url = self.base_url.text().strip() or Settings().llm_base_url
        local = AgentOptions(base_url=url, model="", api_key=None).is_local_server
        self.server_hint.setText(tr("settings.server_hint.local" if local else "settings.server_hint.openai"))

    def _workshop_tab(self) -> QWidget:
        s = self._settings
        self.backend_local = QRadioButton(tr("settings.backend.local"))
        self.backend_wordpress = QRadioButton(tr("settings.backend.wordpress"))
        group = QButtonGroup(self)
        group.addButton(self.backend_local)
        group.addButton(self.backend_wordpress)
        (self.backend_wordpress if s.backend == "wordpress" else self.backend_local).setChecked(True)
        self.wp_url = QLineEdit(s.wordpress_url or "")
        self.wp_url.setPlaceholderText("https://officina.example.it")
        self.wp_user = QLineEdit(s.wordpress_user or "")
        self.wp_password = QLineEdit()
        self.wp_password.setEchoMode(QLineEdit.EchoMode.Password)
        if (
            s.wordpress_url
            and s.wordpress_user
            and secrets.get_secret(secrets.wordpress_secret_name(s.wordpress_url, s.wordpress_user))
        ):
            self.wp_password.setPlaceholderText(tr("settings.api_key_set"))
        self.test_connection_button = QPushButton(tr("settings.test_connection"))
        self.test_connection_button.clicked.connect(self._test_connection)
        self.connection_result = rich_label()
        self.connection_result.setWordWrap(True)
        for widget in (self.wp_url, self.wp_user, self.wp_password, self.test_connection_button):
            widget.setEnabled(self.backend_wordpress.isChecked())
            self.backend_wordpress.toggled.connect(widget.setEnabled)
        form = QFormLayout()
        form.addRow(tr("settings.backend"), self.backend_local)
        form.addRow("", self.backend_wordpress)
        form.addRow(tr("settings.wp_url"), self.wp_url)
        form.addRow(tr("settings.wp_user"), self.wp_user)
        form.addRow(tr("settings.wp_password"), self.wp_password)
        form.addRow("", _row(self.test_connection_button, self.connection_result))
        return self._page(form)

    def _traces_tab(self) -> QWidget:
        s = self._settings
        self.save_audio = QCheckBox(tr("settings.save_audio"))
        self.save_audio.setChecked(s.save_audio)
        self.retention = QSpinBox()
        self.retention.setRange(1, 3650)
        self.retention.setValue(s.retention_days)
        form = QFormLayout()
        form.addRow("", self.save_audio)
        form.addRow(tr("settings.retention"), self.retention)
        return self._page(form)

    @staticmethod
    def _page(form: QFormLayout) -> QWidget:
        page = QWidget()
        page.setLayout(form)
        return page

    # --- reading the form -------------------------------------------------------------------------

    def _device(self, box: QComboBox) -> str | None:
        text = box.currentText().strip()
        return None if not text or text == tr("settings.default_device") else text

    def result_settings(self) -> Settings:
        """The settings as edited (validated by the Settings model)."""
        hotkey = self.global_hotkey.currentText().strip()
        changes: dict[str, Any] = {
            "language": self.language.currentData(),
            "input_device": self._device(self.input_device),
            "output_device": self._device(self.output_device),
            "ptt_key": self.ptt_key.currentText().strip() or "Space",
            "global_hotkey": None if not hotkey or hotkey == tr("settings.hotkey_none") else hotkey,
            "stt_mode": self.stt_mode.currentData(),
            "stt_cloud_deadline_ms": self.deadline.value(),
            "voice_it": self.voice_it.currentText().strip(),
            "voice_en": self.voice_en.currentText().strip(),
            "llm_base_url": self.base_url.text().strip() or Settings().llm_base_url,
            "llm_model": self.model.text().strip() or Settings().llm_model,
            "fastpath_enabled": self.fastpath.isChecked(),
            "offline_only": self.offline_only.isChecked(),
            "backend": "wordpress" if self.backend_wordpress.isChecked() else "local",
            "wordpress_url": self.wp_url.text().strip().rstrip("/") or None,
            "wordpress_user": self.wp_user.text().strip() or None,
            "save_audio": self.save_audio.isChecked(),
            "retention_days": self.retention.value(),
        }
        return Settings.model_validate({**self._settings.model_dump(), **changes})

    def validation_error(self) -> str | None:
        if self.backend_wordpress.isChecked():
            url = self.wp_url.text().strip()
            if not url.startswith(("https://", "http://")) or not self.wp_user.text().strip():
                return tr("settings.invalid_url")
        return None

    def save(self) -> Settings | None:
        """Write the settings file and the secrets; None (and a red line) when something is invalid."""
        problem = self.validation_error()
        if problem:
            self.error.setText(problem)
            return None
        try:
            settings = self.result_settings()
        except ValueError as exc:
            self.error.setText(str(exc).splitlines()[0])
            return None
        if self.api_key.text().strip():
            secrets.set_secret(secrets.OPENAI_API_KEY, self.api_key.text().strip())
        if settings.backend == "wordpress" and self.wp_password.text().strip():
            name = secrets.wordpress_secret_name(settings.wordpress_url or "", settings.wordpress_user or "")
            secrets.set_secret(name, self.wp_password.text().strip())
        save_settings(settings)
        self._settings = settings
        self.saved.emit(settings)
        return settings

    def _save_clicked(self) -> None:
        if self.save() is not None:
            self.accept()

    # --- tests through the bridge -----------------------------------------------------------------

    def _test_connection(self) -> None:
        if self._bridge is None:
            return
        problem = self.validation_error()
        if problem:
            self.connection_result.setText(esc(problem))
            return
        password = self.wp_password.text().strip()
        url, user = self.wp_url.text().strip().rstrip("/"), self.wp_user.text().strip()
        if not password:
            password = secrets.get_secret(secrets.wordpress_secret_name(url, user)) or ""
        self.connection_result.setText(esc(tr("settings.testing")))
        self.test_connection_button.setEnabled(False)
        self._bridge.test_connection(url, user, password)

    def _connection_tested(self, ok: bool, detail: str) -> None:
        self.test_connection_button.setEnabled(self.backend_wordpress.isChecked())
        colour = "#2f9e44" if ok else "#c92a2a"
        self.connection_result.setText(
            f"<span style='color:{colour}'>{'✓' if ok else '✗'} {esc(detail)}</span>"
        )

    def _test_tone(self) -> None:
        if self._bridge is not None:
            self.audio_result.setText(tr("settings.testing"))
            self._bridge.test_tone(self._device(self.output_device))

    def _mic_test(self) -> None:
        if self._bridge is not None:
            self.audio_result.setText(tr("settings.testing"))
            self._bridge.mic_test(self._device(self.input_device))

    def _audio_test_done(self, error: str) -> None:
        self.audio_result.setText(("✗ " + error) if error else "✓")
