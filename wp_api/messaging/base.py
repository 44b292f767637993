"""The message-provider interface: one outbound message in, a receipt or a `SendError` out."""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from types import TracebackType
from typing import Literal, Self

_LOGGER = logging.getLogger(__name__)

Channel = Literal["whatsapp", "email", "sms"]
Kind = Literal["booking_confirmation", "reminder", "campaign", "custom"]
Language = Literal["it", "en"]

CHANNELS: frozenset[str] = frozenset({"whatsapp", "email", "sms"})
KINDS: frozenset[str] = frozenset({"booking_confirmation", "reminder", "campaign", "custom"})
LANGUAGES: frozenset[str] = frozenset({"it", "en"})


@dataclass(frozen=True)
class OutboundMessage:
    """One message to one customer, as the outbox hands it to a provider.

    `idempotency_key` is the outbox's key for this message: providers pass it on to the remote side
    where the protocol allows (WhatsApp `biz_opaque_callback_data`, the email Message-ID), so a send
    repeated after a crash can be recognised and reconciled.
    """

    idempotency_key: str
    channel: Channel
    to: str
    """E.164 phone number (whatsapp, sms) or email address (email)."""
    customer_name: str
    kind: Kind
    subject: str | None
    text: str
    """The plain text; for WhatsApp templates the parameters below are what is actually sent."""
    template: str | None = None
    """WhatsApp template name; None lets the provider pick its configured template for `kind`."""
    template_params: list[str] = field(default_factory=list)
    language: Language = "it"

    def __post_init__(self) -> None:
        if not self.idempotency_key or not self.idempotency_key.strip():
            raise ValueError("OutboundMessage needs a non-empty idempotency_key")
        if self.channel not in CHANNELS:
            raise ValueError(f"unknown channel {self.channel!r}; expected one of {sorted(CHANNELS)}")
        if self.kind not in KINDS:
            raise ValueError(f"unknown message kind {self.kind!r}; expected one of {sorted(KINDS)}")
        if self.language not in LANGUAGES:
            raise ValueError(f"unsupported language {self.language!r}; expected 'it' or 'en'")
        if not self.to or not self.to.strip():
            raise ValueError("OutboundMessage needs a recipient ('to')")


@dataclass(frozen=True)
class SendReceipt:
    """What a provider reports after the remote side took the message.

    `status` is "sent" when the message was handed over for delivery (SMTP relay, log file) and
    "accepted" when the remote API only queued it (WhatsApp: delivery is reported later by webhook).
    """

    provider: str
    provider_message_id: str | None
    status: Literal["sent", "accepted"]
    detail: str = ""


class SendError(Exception):
    """A send failed. `retryable` tells the outbox whether trying again later can help.

    Permanent (retryable=False): the message itself or the configuration is wrong (bad number,
    unknown template, refused recipient, bad credentials); retrying the same message cannot succeed.
    Retryable: rate limits, server errors, timeouts, connection failures.
    """

    def __init__(
        self,
        message: str,
        retryable: bool,
        *,
        provider: str | None = None,
        code: str | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.retryable = retryable
        self.provider = provider
        self.code = code
        """Provider-specific error code (Graph API error code, SMTP reply code), as text."""
        self.status = status
        """HTTP status, when the failure came from an HTTP answer."""

    def __repr__(self) -> str:
        return f"SendError({self.message!r}, retryable={self.retryable}, code={self.code!r})"


class MessageProvider(ABC):
    """Sends messages on one or more channels.

    Callers use `send()`; implementations write `_send_impl()`. `send()` checks that the channel is
    served and logs the outcome once, so every provider behaves the same at the edges.
    """

    name: str
    channels: frozenset[str]

    async def send(self, msg: OutboundMessage) -> SendReceipt:
        """Send one message; raises `SendError` (check `.retryable`) when it did not go out."""
        if msg.channel not in self.channels:
            raise SendError(
                f"provider {self.name!r} does not send {msg.channel} messages",
                retryable=False,
                provider=self.name,
                code="unsupported_channel",
            )
        try:
            receipt = await self._send_impl(msg)
        except SendError as exc:
            if exc.provider is None:
                exc.provider = self.name
            _LOGGER.warning(
                "%s send %s failed (%s): %s",
                self.name,
                msg.idempotency_key,
                "retryable" if exc.retryable else "permanent",
                exc.message,
            )
            raise
        _LOGGER.info(
            "%s sent %s %s to %s: %s %s",
            self.name,
            msg.kind,
            msg.idempotency_key,
            msg.to,
            receipt.status,
            receipt.provider_message_id,
        )
        return receipt

    @abstractmethod
    async def _send_impl(self, msg: OutboundMessage) -> SendReceipt:
        """Deliver `msg` to the remote side; translate every failure into `SendError`."""

    async def aclose(self) -> None:
        """Release connections; the provider may not be used afterwards."""
        return None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
