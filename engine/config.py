"""User settings: one JSON file in the config dir. Secrets never live here (see engine.secrets)."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from engine.paths import Paths, app_paths

_LOGGER = logging.getLogger(__name__)

Language = Literal["it", "en"]
SttMode = Literal["local", "cloud", "hybrid"]
BackendKind = Literal["local", "wordpress"]


class Settings(BaseModel):
    """Everything a person can change in the settings dialog (secrets excluded)."""

    language: Language = Field("it", description="Spoken and UI language")
    detect_language: bool = Field(False, description="Let whisper detect it/en per turn instead of fixing it")
    # speech-to-text
    stt_mode: SttMode = "local"
    stt_cloud_deadline_ms: int = Field(
        1200, ge=100, le=10000, description="Hybrid: cloud must win within this"
    )
    stt_cloud_model: str = "gpt-4o-mini-transcribe"
    stt_cloud_base_url: str | None = Field(None, description="Defaults to llm_base_url")
    whisper_model: str = "whisper-base"
    whisper_auto: bool = Field(
        True, description="With whisper base: use the larger whisper the first-run speed check installed"
    )
    # language model
    llm_base_url: str = "https://api.openai.com/v1"
    llm_model: str = "gpt-4.1-mini"
    llm_max_rounds: int = Field(6, ge=1, le=20)
    llm_tool_timeout_s: float = Field(15.0, gt=0)
    # offline fast path
    fastpath_enabled: bool = True
    offline_only: bool = False
    # text-to-speech
    voice_it: str = "it_IT-paola-medium"
    voice_en: str = "en_US-joe-medium"
    # audio and keys
    input_device: str | None = None
    output_device: str | None = None
    ptt_key: str = "Space"
    global_hotkey: str | None = "F9"
    hands_free: bool = False
    # backend
    backend: BackendKind = "local"
    wordpress_url: str | None = None
    wordpress_user: str | None = None
    # messaging (the local backend's outbox; WordPress has its own settings page). Secrets
    # (WhatsApp token, SMTP password) live in the keyring: engine.secrets WHATSAPP_TOKEN / SMTP_PASSWORD.
    whatsapp_phone_number_id: str | None = None
    whatsapp_api_base: str = "https://graph.facebook.com/v21.0"
    whatsapp_template_confirmation: str = "booking_confirmation"
    whatsapp_template_reminder: str = "appointment_reminder"
    whatsapp_template_language: str = "it"
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_from: str | None = None
    smtp_starttls: bool = True
    workshop_name: str = "Officina Demo"
    # traces
    save_audio: bool = False
    retention_days: int = Field(30, ge=1, le=3650)
    otel_endpoint: str | None = None

    def voice_for(self, language: str) -> str:
        return self.voice_en if language == "en" else self.voice_it


def load_settings(paths: Paths | None = None) -> Settings:
    """Read the settings file; a missing file gives defaults, a broken one is kept aside and defaults used."""
    paths = paths or app_paths()
    path = paths.config_file
    if not path.exists():
        return Settings()
    try:
        return Settings.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, ValidationError) as exc:
        backup = path.with_suffix(".broken.json")
        path.replace(backup)
        _LOGGER.warning("Settings file %s was unreadable (%s); kept as %s, using defaults", path, exc, backup)
        return Settings()


def save_settings(settings: Settings, paths: Paths | None = None) -> Path:
    """Write the settings file atomically."""
    paths = (paths or app_paths()).ensure()
    path = paths.config_file
    tmp = path.with_suffix(".tmp")
    tmp.write_text(settings.model_dump_json(indent=2), encoding="utf-8")
    os.replace(tmp, path)
    return path
