"""Contract scenarios: confirmations, reminders through the outbox, campaigns preview and send."""

from __future__ import annotations

from datetime import datetime

from tests.contract.seed_data import TYRES_WHATSAPP_EXCLUSIONS, TYRES_WHATSAPP_RECIPIENTS, shifted
from tests.support.contract import at


def _sent(backend, kind=None):
    return [m for m in backend.sent_messages() if kind is None or m["kind"] == kind]


async def test_booking_confirmation_sent_once(backend, call, clock):
    args = {"customer_id": 9, "channel": "whatsapp", "kind": "booking_confirmation", "appointment_id": 103,
            "idempotency_key": "confirm-103-wa"}  # fmt: skip
    first = await call("send_message", **args)
    assert first.ok, first.error
    assert first.data["message"]["to"] == "+393331000009"
    assert "Tagliando" in first.data["message"]["preview"]
    again = await call("send_message", **args)
    assert again.data["message"]["message_id"] == first.data["message"]["message_id"]
    await backend.run_outbox()
    await backend.run_outbox()
    sent = _sent(backend, "booking_confirmation")
    assert len(sent) == 1
    assert sent[0]["to"] == "+393331000009" and "ZA987YE" in sent[0]["template_params"]


async def test_no_contact_for_channel(call):
    result = await call("send_message", customer_id=4, channel="whatsapp", kind="custom", text="Auto pronta",
                        idempotency_key="no-phone-0004")  # fmt: skip
    assert not result.ok and result.error.code == "no_contact"


async def test_reminder_becomes_due_and_is_sent_once(backend, call, clock, today):
    scheduled = await call("schedule_reminder", appointment_id=103, channel="whatsapp")
    assert scheduled.ok, scheduled.error
    reminder = scheduled.data["reminder"]
    assert reminder["send_at"] == at(today, 1, "18:00")  # the day before at 18:00
    assert reminder["status"] == "queued"

    clock.set(datetime.fromisoformat(at(today, 1, "17:59")))
    early = await backend.run_outbox()
    assert early["sent"] == 0 and _sent(backend, "reminder") == []

    clock.set(datetime.fromisoformat(at(today, 1, "18:00")))
    due = await backend.run_outbox()
    assert due["sent"] == 1
    clock.advance(minutes=30)
    await backend.run_outbox()
    sent = _sent(backend, "reminder")
    assert len(sent) == 1
    assert "domani" in sent[0]["text"].lower()


async def test_reminder_follows_a_rescheduled_appointment_and_dies_with_a_cancel(backend, call, clock, today):
    assert (await call("schedule_reminder", appointment_id=103, channel="email")).ok
    moved = await call("reschedule_appointment", appointment_id=103, new_start=at(today, 4, "10:00"))
    assert moved.ok
    clock.set(datetime.fromisoformat(at(today, 1, "18:30")))
    assert (await backend.run_outbox())["sent"] == 0  # now due the day before the new date
    assert (await call("cancel_appointment", appointment_id=103, confirmed=True)).ok
    clock.set(datetime.fromisoformat(at(today, 3, "18:30")))
    await backend.run_outbox()
    assert _sent(backend, "reminder") == []


async def test_campaign_preview_matches_hand_computed_set_and_send_is_never_repeated(backend, call, today):
    preview = await call("preview_campaign", category="tyres", months_since=6, channel="whatsapp")
    assert preview.ok, preview.error
    campaign = preview.data["campaign"]
    assert campaign["count"] == len(TYRES_WHATSAPP_RECIPIENTS)
    assert {s["customer_id"] for s in campaign["sample"]} == TYRES_WHATSAPP_RECIPIENTS
    assert campaign["exclusions"] == TYRES_WHATSAPP_EXCLUSIONS
    assert "{name}" in campaign["draft"]
    by_id = {s["customer_id"]: s for s in campaign["sample"]}
    assert by_id[6]["last_service"] == shifted("2025-08-01", today) and by_id[6]["plate"] == "CX808BZ"

    sent = await call("send_campaign", campaign_id=campaign["campaign_id"], confirmed=True)
    assert sent.ok, sent.error
    assert sent.data["campaign"]["queued"] == 4 and sent.data["campaign"]["total"] == 4
    await backend.run_outbox()
    repeat = await call("send_campaign", campaign_id=campaign["campaign_id"], confirmed=True)
    assert repeat.ok and repeat.data["campaign"]["queued"] == 0
    assert repeat.data["campaign"]["already_sent"] == 4
    assert repeat.data["campaign"]["progress"]["sent"] == 4
    await backend.run_outbox()
    messages = _sent(backend, "campaign")
    assert len(messages) == 4
    texts = {m["customer_name"]: m["text"] for m in messages}
    assert "Sara Ricci" in texts["Sara Ricci"] and "CX808BZ" in texts["Sara Ricci"]


async def test_campaign_with_explicit_date_and_email(call, today):
    preview = await call(
        "preview_campaign", category="tyres", last_service_before=shifted("2025-06-01", today), channel="email",
        message="Ciao {name}, le gomme della {plate} aspettano il cambio stagionale!",
    )  # fmt: skip
    campaign = preview.data["campaign"]
    # before 2025-06-01: c1 ok, c2 returned, c8 ok, c10 has no email consent (checked before contact);
    # c3, c4, c6 had their last change later
    assert {s["customer_id"] for s in campaign["sample"]} == {1, 8}
    assert campaign["exclusions"] == {"returned_since": 1, "no_consent": 1, "no_contact": 0}
    assert campaign["example"].startswith("Ciao ")


async def test_campaign_including_customers_who_came_back(call, today):
    preview = await call(
        "preview_campaign", category="tyres", last_service_before=shifted("2025-06-01", today), channel="email",
        not_returned_since=False,
    )  # fmt: skip
    campaign = preview.data["campaign"]
    assert {s["customer_id"] for s in campaign["sample"]} == {1, 2, 8}
    assert campaign["exclusions"] == {"returned_since": 0, "no_consent": 1, "no_contact": 0}
