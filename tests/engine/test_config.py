"""Settings and secrets: OFFICINA_HOME, round trip, broken file, secrets never in the config file."""

from __future__ import annotations

import stat
from pathlib import Path

from engine import secrets
from engine.config import Settings, load_settings, save_settings
from engine.paths import app_paths


def test_officina_home_holds_everything(officina_home: Path) -> None:
    paths = app_paths().ensure()
    for folder in (paths.config, paths.data, paths.models, paths.traces):
        assert folder.is_dir()
        assert officina_home in folder.parents


def test_settings_round_trip() -> None:
    save_settings(Settings(language="en", stt_mode="hybrid", stt_cloud_deadline_ms=900))
    loaded = load_settings()
    assert (loaded.language, loaded.stt_mode, loaded.stt_cloud_deadline_ms) == ("en", "hybrid", 900)


def test_broken_settings_file_is_kept_aside() -> None:
    paths = app_paths().ensure()
    paths.config_file.write_text("{not json", encoding="utf-8")
    assert load_settings() == Settings()
    assert paths.config_file.with_suffix(".broken.json").exists()


def test_secret_goes_to_restricted_file_not_config() -> None:
    save_settings(Settings())
    secrets.set_secret(secrets.OPENAI_API_KEY, "sk-test-123")
    assert secrets.get_secret(secrets.OPENAI_API_KEY) == "sk-test-123"
    paths = app_paths()
    assert "sk-test-123" not in paths.config_file.read_text(encoding="utf-8")
    store = paths.config / "secrets.json"
    assert stat.S_IMODE(store.stat().st_mode) == 0o600
    secrets.delete_secret(secrets.OPENAI_API_KEY)
    assert secrets.get_secret(secrets.OPENAI_API_KEY) is None
