"""Where Officina Voice keeps its config, data, models and traces."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "officina-voice"
APP_AUTHOR = "Officina"
"""platformdirs' names of the app's folders; models._store.APP_DATA names the same pair (models is a
leaf and may not import this; tests/models/test_store.py checks that both find the same models folder)."""


@dataclass(frozen=True)
class Paths:
    """The four folders the app writes to. `OFFICINA_HOME=DIR` puts them all under DIR."""

    config: Path
    data: Path
    models: Path
    traces: Path

    @property
    def config_file(self) -> Path:
        return self.config / "config.json"

    @property
    def database(self) -> Path:
        return self.data / "workshop.sqlite3"

    def ensure(self) -> Paths:
        for folder in (self.config, self.data, self.models, self.traces):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths() -> Paths:
    """Resolve the folders for this process (honours OFFICINA_HOME)."""
    home = os.environ.get("OFFICINA_HOME")
    if home:
        root = Path(home).expanduser().resolve()
        return Paths(
            config=root / "config", data=root / "data", models=root / "models", traces=root / "traces"
        )
    data = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return Paths(
        config=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        data=data,
        models=data / "models",
        traces=data / "traces",
    )
