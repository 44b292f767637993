"""Plain-language summaries of confirm-level tool calls, for the confirmation card and the spoken question."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from engine.confirmation import ToolCallRecord


def _find_in_results(records: Sequence[ToolCallRecord], key: str, value: Any) -> dict[str, Any] | None:
    """The most recent result object carrying `key == value` (e.g. an appointment or a campaign)."""
    for record in reversed(records):
        if not record.result.ok:
            continue
        stack: list[Any] = [record.result.data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                if item.get(key) == value:
                    return item
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return None


def summarise(
    tool: str, arguments: dict[str, Any], records: Sequence[ToolCallRecord], language: str
) -> tuple[str, dict[str, Any]]:
    """(summary sentence, card display) for a pending confirm-level call."""
    it = language != "en"
    display: dict[str, Any] = {"kind": "confirmation", "tool": tool, "arguments": arguments}
    if tool == "cancel_appointment":
        appointment_id = arguments.get("appointment_id")
        found = _find_in_results(records, "appointment_id", appointment_id) or {}
        who = found.get("customer") or ""
        who = who.get("full_name", "") if isinstance(who, dict) else str(who)
        when = str(found.get("start", "")).replace("T", " ")
        service = found.get("service") or ""
        service = service.get("name", "") if isinstance(service, dict) else str(service)
        bits = ", ".join(b for b in (service, who, found.get("plate") or "", when) if b)
        display.update(
            title="Annullare l'appuntamento" if it else "Cancel the appointment", what=bits, count=1
        )
        if it:
            return f"Annullo l'appuntamento {appointment_id}{': ' + bits if bits else ''}. Confermi?", display
        return f"Cancel appointment {appointment_id}{': ' + bits if bits else ''}. Confirm?", display
    if tool == "send_campaign":
        campaign_id = arguments.get("campaign_id")
        found = _find_in_results(records, "campaign_id", campaign_id) or {}
        count = found.get("count")
        channel = found.get("channel", "")
        display.update(
            title="Inviare la campagna" if it else "Send the campaign",
            count=count,
            channel=channel,
            draft=found.get("draft"),
        )
        if it:
            n = f" a {count} clienti" if count is not None else ""
            return (
                f"Invio la campagna {campaign_id}{n}{' via ' + channel if channel else ''}. Confermi?",
                display,
            )
        n = f" to {count} customers" if count is not None else ""
        return f"Send campaign {campaign_id}{n}{' by ' + channel if channel else ''}. Confirm?", display
    display.update(title=tool)
    return (f"Eseguo {tool}. Confermi?" if it else f"Run {tool}. Confirm?"), display
