"""Contract scenarios: every card title (the `display` hint's 'title') in the app's language.

Both backends are built in `language` (the local one through LocalBackend(language=…), the WordPress
one through the X-Officina-Language header) and must write the titles of i18n.cards, the one source
the plugin's includes/texts.json is generated from."""

from __future__ import annotations

from typing import Any

import pytest

from i18n.cards import card_title
from i18n.dates import when
from i18n.replies import undone_change
from tests.support.contract import at, day


@pytest.fixture(params=["it", "en"])
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def seed(seed: dict[str, Any], language: str) -> dict[str, Any]:
    """The suite's seed, with the app's language the backend is built in."""
    return {**seed, "language": language}


def _title(result: Any) -> str:
    assert result.ok, result.error
    assert result.display is not None
    return str(result.display["title"])


async def test_lists_and_history_titles(call, language):
    services = await call("list_services")
    assert _title(services) == card_title("services", language, count=len(services.data["services"]))
    appointments = await call("search_appointments", customer_id=9)
    total = appointments.data["total"]
    assert _title(appointments) == card_title("appointments", language, count=total)
    history = await call("vehicle_history", plate="AB 123 CD")
    assert _title(history) == card_title("history", language, plate="AB123CD", count=4)
    assert _title(history) == {"it": "AB123CD · 4 interventi", "en": "AB123CD · 4 services done"}[language]


async def test_slot_titles(call, language, today):
    found = await call("check_availability", service_id=2, date_from=day(today, 1), first_only=True)
    service = found.data["service"]["name"]
    first = when(at(today, 1, "09:30"), language, style="written")  # in words, as the reminder's
    assert _title(found) == card_title("slots", language, service=service, first=first)
    # the company holiday: nothing free that day
    none = await call("check_availability", service_id=2, date_from=day(today, 3), date_to=day(today, 3))
    assert none.data["slots"] == []
    assert _title(none) == card_title("no_slots", language, service=service)
    assert _title(none).endswith({"it": "nessun posto libero", "en": "no free slot"}[language])


async def test_campaign_titles(call, language):
    preview = await call("preview_campaign", category="tyres", months_since=6, channel="whatsapp")
    campaign = preview.data["campaign"]
    assert _title(preview) == card_title(
        "campaign_preview", language, count=campaign["count"], channel="whatsapp"
    )
    sent = await call("send_campaign", campaign_id=campaign["campaign_id"], confirmed=True)
    assert _title(sent) == card_title("campaign", language, id=campaign["campaign_id"])


async def test_reminder_title(call, language, today):
    scheduled = await call("schedule_reminder", appointment_id=103, channel="whatsapp")
    assert scheduled.data["reminder"]["send_at"] == at(today, 1, "18:00")
    # its day in words, as the card's "Quando" line and the message say it (not "2026-03-03 18:00")
    assert _title(scheduled) == card_title("reminder", language, when=when(at(today, 1, "18:00"), language, style="written"))
    assert "-" not in _title(scheduled)


async def test_undo_title_says_what_came_back_never_the_audit_line(call, language, today):
    booked = await call(
        "create_appointment",
        service_id=2,
        vehicle_id=5,
        start=at(today, 4, "09:00"),
        idempotency_key="undo-title-1",
    )
    assert booked.ok, booked.error
    undone = await call("undo_last")
    said = undone_change(undone.data, language)
    assert said == {"it": "la prenotazione non c'è più", "en": "the booking is gone"}[language]
    assert _title(undone) == card_title("undo", language, summary=said)
    audit_line = undone.data["undone"]["summary"]  # English, for logs and the model
    assert audit_line and audit_line not in _title(undone)
