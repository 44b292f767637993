"""Secrets (API keys, WordPress application passwords) in the OS keyring.

On machines without a usable keyring (headless Linux, CI) a file backend in the config dir is used
instead, readable only by the user, with a warning. `OFFICINA_KEYRING=file` forces the file backend.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
import threading
from pathlib import Path

from engine.paths import app_paths

_LOGGER = logging.getLogger(__name__)
SERVICE = "officina-voice"

OPENAI_API_KEY = "openai_api_key"
STT_API_KEY = "stt_api_key"
WHATSAPP_TOKEN = "whatsapp_token"
SMTP_PASSWORD = "smtp_password"


def wordpress_secret_name(url: str, user: str) -> str:
    return f"wordpress:{user}@{url.rstrip('/')}"


class _FileStore:
    """A JSON file with mode 0600: the fallback when the OS has no keyring."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def _read(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except ValueError:
            _LOGGER.warning("Secrets file %s is unreadable; starting empty", self.path)
            return {}

    def _write(self, data: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.replace(tmp, self.path)
        os.chmod(self.path, stat.S_IRUSR | stat.S_IWUSR)

    def get(self, name: str) -> str | None:
        with self._lock:
            return self._read().get(name)

    def set(self, name: str, value: str) -> None:
        with self._lock:
            data = self._read()
            data[name] = value
            self._write(data)

    def delete(self, name: str) -> None:
        with self._lock:
            data = self._read()
            if data.pop(name, None) is not None:
                self._write(data)


_warned = False


def _keyring_usable() -> bool:
    if os.environ.get("OFFICINA_KEYRING") == "file":
        return False
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        name = type(backend).__module__ + "." + type(backend).__name__
        # keyrings.alt's plaintext backends and the fail backend are not a real OS keyring.
        return not isinstance(backend, fail.Keyring) and "keyrings.alt" not in name
    except Exception:  # any import/backend failure means: no keyring here
        return False


def _file_store() -> _FileStore:
    return _FileStore(app_paths().config / "secrets.json")


def backend_name() -> str:
    """'keyring' or 'file', for the status bar and self-test."""
    return "keyring" if _keyring_usable() else "file"


def get_secret(name: str) -> str | None:
    env_name = "OFFICINA_SECRET_" + "".join(c if c.isalnum() else "_" for c in name).upper()
    if env_name in os.environ:
        return os.environ[env_name]
    if name == OPENAI_API_KEY and os.environ.get("OPENAI_API_KEY"):
        return os.environ["OPENAI_API_KEY"]
    if _keyring_usable():
        import keyring

        return keyring.get_password(SERVICE, name)
    return _file_store().get(name)


def set_secret(name: str, value: str) -> None:
    global _warned
    if _keyring_usable():
        import keyring

        keyring.set_password(SERVICE, name, value)
        return
    if not _warned:
        _LOGGER.warning(
            "No OS keyring available: secrets are kept in %s (readable only by you)", _file_store().path
        )
        _warned = True
    _file_store().set(name, value)


def delete_secret(name: str) -> None:
    if _keyring_usable():
        import keyring
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):
            keyring.delete_password(SERVICE, name)
        return
    _file_store().delete(name)
