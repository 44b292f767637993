"""Messaging settings and the channel → provider table built from them."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wp_api.messaging.base import MessageProvider
from wp_api.messaging.log_provider import LogProvider
from wp_api.messaging.smtp import SmtpEmailProvider
from wp_api.messaging.whatsapp import DEFAULT_API_BASE, WhatsAppCloudProvider

_LOGGER = logging.getLogger(__name__)

DEFAULT_TEMPLATES = {"booking_confirmation": "booking_confirmation", "reminder": "appointment_reminder"}


@dataclass
class MessagingConfig:
    """Everything needed to build the providers; secrets are passed in, never read from files here."""

    whatsapp_token: str | None = None
    whatsapp_phone_number_id: str | None = None
    whatsapp_api_base: str = DEFAULT_API_BASE
    templates: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_TEMPLATES))
    """WhatsApp template name per message kind (booking_confirmation, reminder, campaign, custom)."""
    whatsapp_language_codes: dict[str, str] = field(default_factory=dict)
    """Meta template language per message language, e.g. {"en": "en_US"}; default "it"/"en"."""
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_from: str | None = None
    smtp_starttls: bool = True
    log_path: Path | None = None
    """JSON Lines file of the log provider, which serves every channel without a real provider."""
    workshop_name: str = "Officina"
    timeout: float = 10.0

    @classmethod
    def from_settings(
        cls,
        settings: Any,
        *,
        whatsapp_token: str | None,
        smtp_password: str | None,
        log_path: Path,
    ) -> MessagingConfig:
        """Build from the app's settings object (engine.config.Settings, read by attribute name) plus
        the secrets the caller took from the keyring. wp_api does not import engine, hence duck typing."""
        template_language = str(getattr(settings, "whatsapp_template_language", "") or "it")
        return cls(
            whatsapp_token=whatsapp_token or None,
            whatsapp_phone_number_id=getattr(settings, "whatsapp_phone_number_id", None),
            whatsapp_api_base=getattr(settings, "whatsapp_api_base", None) or DEFAULT_API_BASE,
            templates={
                "booking_confirmation": getattr(
                    settings, "whatsapp_template_confirmation", DEFAULT_TEMPLATES["booking_confirmation"]
                ),
                "reminder": getattr(settings, "whatsapp_template_reminder", DEFAULT_TEMPLATES["reminder"]),
            },
            whatsapp_language_codes={template_language.split("_")[0]: template_language},
            smtp_host=getattr(settings, "smtp_host", None),
            smtp_port=int(getattr(settings, "smtp_port", 587) or 587),
            smtp_user=getattr(settings, "smtp_user", None),
            smtp_password=smtp_password or None,
            smtp_from=getattr(settings, "smtp_from", None),
            smtp_starttls=bool(getattr(settings, "smtp_starttls", True)),
            log_path=Path(log_path),
            workshop_name=str(getattr(settings, "workshop_name", None) or "Officina"),
        )

    @property
    def whatsapp_configured(self) -> bool:
        return bool(self.whatsapp_token and self.whatsapp_phone_number_id)

    @property
    def email_configured(self) -> bool:
        return bool(self.smtp_host and self.smtp_from)


def build_providers(config: MessagingConfig) -> dict[str, MessageProvider]:
    """Map each channel ("whatsapp", "email", "sms") to the provider that serves it.

    WhatsApp needs a token and a phone number id, email an SMTP host and a sender; a channel without
    them falls back to the log provider (receipts then say provider "log": nothing was delivered).
    SMS always goes to the log provider: no SMS vendor is integrated.
    """
    providers: dict[str, MessageProvider] = {}
    if config.whatsapp_configured:
        providers["whatsapp"] = WhatsAppCloudProvider(
            token=str(config.whatsapp_token),
            phone_number_id=str(config.whatsapp_phone_number_id),
            api_base=config.whatsapp_api_base or DEFAULT_API_BASE,
            timeout=config.timeout,
            templates=config.templates,
            language_codes=config.whatsapp_language_codes,
        )
    if config.email_configured:
        providers["email"] = SmtpEmailProvider(
            host=str(config.smtp_host),
            port=config.smtp_port,
            user=config.smtp_user or None,
            password=config.smtp_password,
            sender=str(config.smtp_from),
            starttls=config.smtp_starttls,
            timeout=config.timeout,
        )
    missing = [channel for channel in ("whatsapp", "email", "sms") if channel not in providers]
    if missing:
        if config.log_path is None:
            raise ValueError(
                f"no provider configured for {', '.join(missing)} and no log_path to fall back to"
            )
        log = LogProvider(config.log_path)
        for channel in missing:
            providers[channel] = log
        _LOGGER.info("messages on %s are only logged to %s", ", ".join(missing), config.log_path)
    return providers
