"""Graph API (WhatsApp Cloud API) error answers translated into `SendError`."""

from __future__ import annotations

import logging
from typing import Any

from wp_api.messaging.base import SendError

_LOGGER = logging.getLogger(__name__)

# Graph / WhatsApp error codes that a later retry can fix (throttling, outages).
_RETRYABLE_CODES = frozenset(
    {
        1,  # API unknown (temporary)
        2,  # API service temporarily unavailable
        4,  # application request limit reached
        17,  # user request limit reached
        341,  # application limit reached
        80007,  # WhatsApp Business Account rate limit
        130429,  # Cloud API throughput reached
        131000,  # something went wrong
        131016,  # service unavailable
        131048,  # spam rate limit hit
        131056,  # too many messages to the same number
        133004,  # server temporarily unavailable
    }
)

# Codes whose meaning the person at the counter needs spelled out.
_EXPLAINED = {
    190: "the WhatsApp access token is invalid or expired: set a new one in the settings",
    10: "the WhatsApp token lacks the permission to send (whatsapp_business_messaging)",
    200: "the WhatsApp token lacks the permission to send (whatsapp_business_messaging)",
    131026: "the number is not on WhatsApp or cannot receive this message",
    131030: "the number is not in the allowed recipients of this test WhatsApp account",
    131047: "more than 24 hours since the customer last wrote: only template messages can be sent",
    131051: "unsupported message type",
    132000: "the number of template parameters does not match the approved template",
    132001: "the template does not exist in this language (or is not approved yet)",
    132005: "the template text is too long once filled in",
    132007: "the template text violates WhatsApp policy",
    132012: "the template parameters are not in the expected format",
    132015: "the template is paused for low quality",
    132016: "the template is disabled",
    132018: "the template parameters contain invalid text (newlines, tabs or too many spaces)",
    133010: "the sender phone number is not registered on the WhatsApp Cloud API",
}


def graph_send_error(status: int, body: Any, *, text: str = "") -> SendError:
    """The `SendError` for an HTTP error answer; `body` is the decoded JSON (or None)."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        snippet = " ".join(text.split())[:200]
        retryable = status == 429 or status >= 500 or status == 408
        return SendError(
            f"WhatsApp API answered HTTP {status}" + (f": {snippet}" if snippet else ""),
            retryable=retryable,
            status=status,
            code=f"http_{status}",
        )
    code = _as_int(error.get("code"))
    subcode = _as_int(error.get("error_subcode"))
    raw_message = str(error.get("message") or "").strip()
    details = ""
    error_data = error.get("error_data")
    if isinstance(error_data, dict) and error_data.get("details"):
        details = str(error_data["details"]).strip()
    retryable = status == 429 or status >= 500 or code in _RETRYABLE_CODES
    if code == 190 or status in (401, 403):
        retryable = False
    explained = _EXPLAINED.get(code) if code is not None else None
    parts = [f"WhatsApp refused the message (HTTP {status}, code {code}"]
    if subcode:
        parts[0] += f"/{subcode}"
    parts[0] += ")"
    if explained:
        parts.append(explained)
    if raw_message:
        parts.append(raw_message)
    if details and details != raw_message:
        parts.append(details)
    trace = error.get("fbtrace_id")
    message = ": ".join([parts[0], "; ".join(parts[1:])]) if len(parts) > 1 else parts[0]
    if trace:
        message += f" [fbtrace_id {trace}]"
    return SendError(
        message, retryable=retryable, status=status, code=str(code) if code is not None else None
    )


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
