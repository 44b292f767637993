"""WhatsApp Cloud API provider (Meta Graph API, `POST /{phone_number_id}/messages`)."""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Mapping
from typing import Any

import httpx

from wp_api.messaging.base import MessageProvider, OutboundMessage, SendError, SendReceipt
from wp_api.messaging.graph_errors import graph_send_error
from wp_api.messaging.phone import InvalidPhoneNumber, normalize_phone
from wp_api.messaging.render import template_param

_LOGGER = logging.getLogger(__name__)

DEFAULT_API_BASE = "https://graph.facebook.com/v21.0"
MAX_TEXT_BODY = 4096
MAX_CALLBACK_DATA = 512


class WhatsAppCloudProvider(MessageProvider):
    """Sends WhatsApp messages through Meta's Cloud API.

    Business-initiated messages (confirmations, reminders, campaigns) must be *template* messages:
    Meta delivers free text only inside the 24-hour customer-service window that opens when the
    customer writes to the business. So every kind is sent as a template when one is known (the
    message's `template`, else `templates[kind]`); a "custom" message without a template is sent as
    a plain text message, which Meta accepts but delivers only inside that window (outside it the
    API answers error 131047, reported as a permanent `SendError`).

    The outbox's idempotency key travels as `biz_opaque_callback_data`; Meta echoes it in the
    status webhooks, so a send repeated after a crash can be matched to the first one.
    """

    name = "whatsapp"
    channels = frozenset({"whatsapp"})

    def __init__(
        self,
        *,
        token: str,
        phone_number_id: str,
        api_base: str = DEFAULT_API_BASE,
        timeout: float = 10.0,
        transport: httpx.AsyncBaseTransport | None = None,
        templates: Mapping[str, str] | None = None,
        language_codes: Mapping[str, str] | None = None,
    ) -> None:
        if not token:
            raise ValueError("WhatsAppCloudProvider needs an access token")
        if not phone_number_id or not str(phone_number_id).strip().isdigit():
            raise ValueError("WhatsAppCloudProvider needs the numeric phone_number_id of the sender")
        self._token = token
        self.phone_number_id = str(phone_number_id).strip()
        self.api_base = api_base.rstrip("/")
        self.timeout = timeout
        self.templates: dict[str, str] = dict(templates or {})
        """Template name per message kind, used when a message names none."""
        self.language_codes: dict[str, str] = {"it": "it", "en": "en", **(language_codes or {})}
        """Meta template language code per message language (e.g. {"en": "en_US"})."""
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._client_loop: asyncio.AbstractEventLoop | None = None

    @property
    def messages_url(self) -> str:
        return f"{self.api_base}/{self.phone_number_id}/messages"

    def build_payload(self, msg: OutboundMessage) -> dict[str, Any]:
        """The JSON body for `msg`; raises a permanent `SendError` when it cannot be sent at all."""
        try:
            to = normalize_phone(msg.to)
        except InvalidPhoneNumber as exc:
            raise SendError(
                f"invalid WhatsApp number: {exc}", retryable=False, code="invalid_number"
            ) from exc
        payload: dict[str, Any] = {
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": to,
            "biz_opaque_callback_data": _callback_data(msg.idempotency_key),
        }
        template = msg.template or self.templates.get(msg.kind)
        if template:
            body: dict[str, Any] = {"name": template, "language": {"code": self._language_code(msg.language)}}
            if msg.template_params:
                body["components"] = [
                    {
                        "type": "body",
                        "parameters": [
                            {"type": "text", "text": template_param(p)} for p in msg.template_params
                        ],
                    }
                ]
            payload.update(type="template", template=body)
        elif msg.kind == "custom":
            if len(msg.text) > MAX_TEXT_BODY:
                raise SendError(
                    f"WhatsApp text messages hold at most {MAX_TEXT_BODY} characters ({len(msg.text)} given)",
                    retryable=False,
                    code="text_too_long",
                )
            payload.update(type="text", text={"preview_url": False, "body": msg.text})
        else:
            raise SendError(
                f"WhatsApp delivers business-initiated {msg.kind} messages only as approved templates, and "
                f"no template is configured for {msg.kind!r}: add one to the WhatsApp templates setting",
                retryable=False,
                code="no_template",
            )
        return payload

    async def _send_impl(self, msg: OutboundMessage) -> SendReceipt:
        payload = self.build_payload(msg)
        client = self._get_client()
        try:
            response = await client.post(self.messages_url, json=payload)
        except httpx.TimeoutException as exc:
            raise SendError(
                f"WhatsApp API did not answer within {self.timeout:g} s", retryable=True, code="timeout"
            ) from exc
        except httpx.HTTPError as exc:
            raise SendError(
                f"cannot reach the WhatsApp API at {self.api_base}: {exc}", retryable=True, code="connection"
            ) from exc
        body = _json_or_none(response)
        if response.is_error:
            raise graph_send_error(response.status_code, body, text=response.text)
        try:
            message = body["messages"][0]
            message_id = str(message["id"])
        except (KeyError, IndexError, TypeError) as exc:
            # The API took the request; retrying could deliver twice, so this is not retryable.
            raise SendError(
                f"WhatsApp API answered HTTP {response.status_code} without a message id: {response.text[:200]}",
                retryable=False,
                status=response.status_code,
                code="bad_answer",
            ) from exc
        wa_id = ""
        contacts = body.get("contacts") if isinstance(body, dict) else None
        if isinstance(contacts, list) and contacts and isinstance(contacts[0], dict):
            wa_id = str(contacts[0].get("wa_id") or "")
        status = str(message.get("message_status") or "accepted")
        detail = f"{payload['type']} message {status}" + (f" for wa_id {wa_id}" if wa_id else "")
        return SendReceipt(
            provider=self.name, provider_message_id=message_id, status="accepted", detail=detail
        )

    async def aclose(self) -> None:
        client, loop = self._client, self._client_loop
        self._client = self._client_loop = None
        if client is not None and loop is asyncio.get_running_loop():
            await client.aclose()
        # A client of another (finished) loop cannot be closed from here; its sockets go with it.

    def _get_client(self) -> httpx.AsyncClient:
        # A client's connection pool belongs to the loop that used it; `officina outbox run` and the
        # app may call from different loops, so a new loop gets a new client.
        loop = asyncio.get_running_loop()
        if self._client is None or self._client_loop is not loop or self._client.is_closed:
            # The previous client (if any) belongs to another loop: it is dropped, not awaited.
            self._client = httpx.AsyncClient(
                timeout=self.timeout,
                transport=self._transport,
                headers={"Authorization": f"Bearer {self._token}", "User-Agent": "officina-voice"},
            )
            self._client_loop = loop
        return self._client

    def _language_code(self, language: str) -> str:
        return self.language_codes.get(language, language)


def _callback_data(key: str) -> str:
    if len(key) <= MAX_CALLBACK_DATA:
        return key
    return "sha256:" + hashlib.sha256(key.encode()).hexdigest()


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None
