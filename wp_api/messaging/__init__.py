"""Message providers (WhatsApp Cloud API, SMTP email, log) behind one interface, and message texts.

    provider = build_providers(config)[msg.channel]
    receipt = await provider.send(msg)      # or raises SendError(message, retryable)

The outbox (wp_api.local) decides when and whether to send; providers only deliver.
"""

from wp_api.messaging.base import (
    CHANNELS,
    KINDS,
    MessageProvider,
    OutboundMessage,
    SendError,
    SendReceipt,
)
from wp_api.messaging.config import DEFAULT_TEMPLATES, MessagingConfig, build_providers
from wp_api.messaging.log_provider import LogProvider
from wp_api.messaging.phone import InvalidPhoneNumber, normalize_phone
from wp_api.messaging.render import format_when, render
from wp_api.messaging.smtp import SmtpEmailProvider, build_email, message_id_for
from wp_api.messaging.whatsapp import WhatsAppCloudProvider

__all__ = [
    "CHANNELS",
    "DEFAULT_TEMPLATES",
    "KINDS",
    "InvalidPhoneNumber",
    "LogProvider",
    "MessageProvider",
    "MessagingConfig",
    "OutboundMessage",
    "SendError",
    "SendReceipt",
    "SmtpEmailProvider",
    "WhatsAppCloudProvider",
    "build_email",
    "build_providers",
    "format_when",
    "message_id_for",
    "normalize_phone",
    "render",
]
