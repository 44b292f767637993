"""Settings → the ToolBackend the agent, the fast path and the app act through."""

from __future__ import annotations

import logging

from engine.config import Settings
from engine.errors import ConfigError
from engine.paths import Paths, app_paths
from engine.pipeline.turn import MissingItem
from engine.secrets import SMTP_PASSWORD, WHATSAPP_TOKEN, get_secret, wordpress_secret_name
from wp_api.contract import ToolBackend
from wp_api.errors import BackendUnavailable
from wp_api.local import LocalBackend
from wp_api.local.demo import build_demo
from wp_api.messaging import MessageProvider, MessagingConfig, build_providers
from wp_api.wordpress import WordPressBackend

_LOGGER = logging.getLogger(__name__)

DEMO_CUSTOMERS = 300


def create_backend(settings: Settings, *, kind: str | None = None) -> ToolBackend:
    """The configured backend: the local SQLite workshop (seeded with the demo on first run) or WordPress.

    Blocking (the first run builds the demo database); call it off the event loop.
    """
    kind = kind or settings.backend
    if kind == "wordpress":
        return _wordpress(settings)
    return create_local_backend(settings)


def messaging_providers(settings: Settings, paths: Paths) -> dict[str, MessageProvider]:
    """Providers per channel from the settings and the keyring; unconfigured channels go to the log."""
    config = MessagingConfig.from_settings(
        settings,
        whatsapp_token=get_secret(WHATSAPP_TOKEN),
        smtp_password=get_secret(SMTP_PASSWORD),
        log_path=paths.data / "outbox-log.jsonl",
    )
    try:
        return build_providers(config)
    except ValueError as exc:
        raise ConfigError(f"Messaging settings are incomplete: {exc}", kind="config.messaging") from exc


def create_local_backend(
    settings: Settings, paths: Paths | None = None, *, kick_outbox: bool = True
) -> LocalBackend:
    """The local SQLite workshop with the configured message providers; the first run builds the demo.

    `kick_outbox=False` for one-shot commands that run the outbox themselves.
    """
    paths = (paths or app_paths()).ensure()
    if not paths.database.exists():
        _LOGGER.info("First run: creating the demo workshop in %s", paths.database)
        build_demo(paths.database, customers=DEMO_CUSTOMERS)
    try:
        return LocalBackend(
            paths.database,
            messaging=messaging_providers(settings, paths),
            kick_outbox=kick_outbox,
            language=settings.language,  # messages to customers in the app's language, as the plugin's option
        )
    except BackendUnavailable as exc:
        raise ConfigError(
            f"{exc.message} (rebuild the demo with: officina demo-data --force)", kind="config.database"
        ) from exc


def _wordpress(settings: Settings) -> ToolBackend:
    if not settings.wordpress_url or not settings.wordpress_user:
        raise ConfigError(
            "The WordPress site is not set: add its URL and user in Settings (or use the local demo).",
            kind="config.wordpress",
        )
    password = get_secret(wordpress_secret_name(settings.wordpress_url, settings.wordpress_user))
    if not password:
        raise ConfigError(
            f"No application password for {settings.wordpress_user} on {settings.wordpress_url}: add it in Settings.",
            kind="config.wordpress",
        )
    return WordPressBackend(
        base_url=settings.wordpress_url,
        user=settings.wordpress_user,
        password=password,
        language=settings.language,  # the plugin writes its card titles in the app's language
    )


def backend_or_demo(settings: Settings) -> tuple[ToolBackend, MissingItem | None]:
    """The configured backend; a WordPress site that is not usable opens the local demo instead, with
    the reason as a missing item for the status bar. Blocking, like create_backend."""
    try:
        return create_backend(settings), None
    except ConfigError as exc:
        if settings.backend != "wordpress":
            raise
        _LOGGER.warning("WordPress is not usable (%s); opening the local demo workshop", exc.message)
        return create_backend(settings, kind="local"), MissingItem(exc.message, "Settings → Backend")
