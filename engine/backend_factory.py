"""Settings → the ToolBackend the agent, the fast path and the app act through."""

from __future__ import annotations

import logging

from engine.config import Settings
from engine.errors import ConfigError
from engine.paths import app_paths
from engine.secrets import get_secret, wordpress_secret_name
from wp_api.contract import ToolBackend

_LOGGER = logging.getLogger(__name__)

DEMO_CUSTOMERS = 300


def create_backend(settings: Settings, *, kind: str | None = None) -> ToolBackend:
    """The configured backend: the local SQLite workshop (seeded with the demo on first run) or WordPress.

    Blocking (the first run builds the demo database); call it off the event loop.
    """
    kind = kind or settings.backend
    if kind == "wordpress":
        return _wordpress(settings)
    return _local()


def _local() -> ToolBackend:
    from wp_api.local import LocalBackend

    path = app_paths().ensure().database
    if not path.exists():
        from wp_api.local.demo import build_demo

        _LOGGER.info("First run: creating the demo workshop in %s", path)
        build_demo(path, customers=DEMO_CUSTOMERS)
    return LocalBackend(path)


def _wordpress(settings: Settings) -> ToolBackend:
    if not settings.wordpress_url or not settings.wordpress_user:
        raise ConfigError(
            "The WordPress site is not set: add its URL and user in Settings (or use the local demo)."
        )
    password = get_secret(wordpress_secret_name(settings.wordpress_url, settings.wordpress_user))
    if not password:
        raise ConfigError(
            f"No application password for {settings.wordpress_user} on {settings.wordpress_url}: add it in Settings."
        )
    from wp_api.wordpress import WordPressBackend

    return WordPressBackend(base_url=settings.wordpress_url, user=settings.wordpress_user, password=password)
