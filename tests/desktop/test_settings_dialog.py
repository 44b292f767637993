"""The settings dialog saves settings to config.json and secrets to the keyring (file store here)."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.settings_dialog import SettingsDialog
from engine import secrets
from engine.config import Settings, load_settings
from engine.paths import app_paths
from i18n.ui import set_language


def test_settings_saved_and_restored_with_secrets_outside_the_config_file(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(1)
    dialog.stt_mode.setCurrentIndex(2)
    dialog.deadline.setValue(900)
    dialog.api_key.setText("sk-test-secret-123")
    dialog.base_url.setText("http://127.0.0.1:9999/v1")
    dialog.backend_wordpress.setChecked(True)
    dialog.wp_url.setText("https://officina.example.it/")
    dialog.wp_user.setText("reception")
    dialog.wp_password.setText("abcd efgh ijkl")
    dialog.save_audio.setChecked(True)
    dialog.retention.setValue(7)
    dialog.offline_only.setChecked(True)
    dialog.global_hotkey.setCurrentText("F8")
    with qtbot.waitSignal(dialog.saved) as saved:
        assert dialog.save() is not None
    assert saved.args[0].language == "en"

    config_text = Path(app_paths().config_file).read_text(encoding="utf-8")
    assert "sk-test-secret-123" not in config_text and "abcd efgh ijkl" not in config_text
    restored = load_settings()
    assert (restored.language, restored.stt_mode, restored.stt_cloud_deadline_ms) == ("en", "hybrid", 900)
    assert restored.backend == "wordpress" and restored.wordpress_url == "https://officina.example.it"
    assert (restored.save_audio, restored.retention_days, restored.offline_only) == (True, 7, True)
    assert restored.global_hotkey == "F8"
    assert secrets.get_secret(secrets.OPENAI_API_KEY) == "sk-test-secret-123"
    wp_name = secrets.wordpress_secret_name("https://officina.example.it", "reception")
    assert secrets.get_secret(wp_name) == "abcd efgh ijkl"
    store = json.loads((app_paths().config / "secrets.json").read_text(encoding="utf-8"))
    assert store[secrets.OPENAI_API_KEY] == "sk-test-secret-123"

    reopened = SettingsDialog(restored)
    qtbot.addWidget(reopened)
    assert reopened.language.currentData() == "en" and reopened.stt_mode.currentData() == "hybrid"
    assert reopened.api_key.text() == "" and reopened.api_key.placeholderText()
    assert reopened.backend_wordpress.isChecked() and reopened.wp_user.text() == "reception"
    set_language("it")


def test_bad_wordpress_address_is_one_clear_line_and_nothing_is_saved(qtbot: QtBot) -> None:
    set_language("en")
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.backend_wordpress.setChecked(True)
    dialog.wp_url.setText("officina.example.it")
    dialog.wp_user.setText("reception")
    assert dialog.save() is None
    assert dialog.error.text().startswith("Invalid WordPress address")
    assert not app_paths().config_file.exists()
    set_language("it")


def test_a_local_server_preset_fills_the_address_and_says_no_key_is_needed(qtbot: QtBot) -> None:
    set_language("en")
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.server_preset.currentData() == "openai"
    assert "API key is needed" in dialog.server_hint.text()
    dialog.server_preset.setCurrentIndex(dialog.server_preset.findData("ollama"))
    dialog.server_preset.activated.emit(dialog.server_preset.currentIndex())
    assert dialog.base_url.text() == "http://127.0.0.1:11434/v1" and dialog.model.text() == "qwen2.5:7b"
    assert "no API key" in dialog.server_hint.text() and "--self-test" in dialog.server_hint.text()
    # a LAN address typed by hand is local too
    dialog.base_url.setText("http://10.0.0.7:8000/v1")
    dialog.base_url.textEdited.emit(dialog.base_url.text())
    assert "no API key" in dialog.server_hint.text()
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save() is not None
    restored = load_settings()
    assert (restored.llm_base_url, restored.llm_model) == ("http://10.0.0.7:8000/v1", "qwen2.5:7b")
    reopened = SettingsDialog(restored)
    qtbot.addWidget(reopened)
    assert reopened.server_preset.currentData() == "vllm", "port 8000 on the LAN reads as vLLM"
    set_language("it")


def test_the_dialog_says_which_voice_speaks_italian_and_why(qtbot: QtBot, installed_models: Path) -> None:
    import models

    models.install("kokoro-82m")
    set_language("it")
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.voice_it.findText("kokoro-82m") >= 0, "Kokoro can be picked for Italian"
    lines = dialog.voice_reason.text().splitlines()
    assert lines[0].startswith("Italiano: kokoro-82m (it_IT-paola-medium non installata: serve il model hub")
    assert lines[1] == "Inglese: en_US-joe-medium"
