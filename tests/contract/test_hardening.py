"""Contract scenarios from the hardening review (issue 10): consent for marketing texts, campaign previews
that expire and a segment re-checked at send time, start times off the grid, too far ahead or missing."""

from __future__ import annotations

from datetime import date

from tests.contract.conftest import at, make_local
from wp_api.contract import CallContext


async def test_a_custom_text_needs_consent_unless_it_is_about_the_customers_own_appointment(call):
    # Luca Esposito (3) never agreed to WhatsApp messages: a free text is marketing, refused
    marketing = await call("send_message", customer_id=3, channel="whatsapp", kind="custom",
                           text="Sconto 20% sulle gomme!", idempotency_key="promo-0003-wa")  # fmt: skip
    assert not marketing.ok and marketing.error.code == "no_consent"
    assert "Luca Esposito" in marketing.error.message
    # about his own appointment (7, his tyre change) it is a service message: no consent needed
    service = await call("send_message", customer_id=3, channel="whatsapp", kind="custom",
                         text="La sua auto è pronta.", appointment_id=7, idempotency_key="ready-0003-wa")  # fmt: skip
    assert service.ok, service.error
    # someone else's appointment does not make a text a service message
    foreign = await call("send_message", customer_id=3, channel="whatsapp", kind="custom",
                         text="La sua auto è pronta.", appointment_id=103, idempotency_key="ready-0103-wa")  # fmt: skip
    assert not foreign.ok and foreign.error.code == "invalid_arguments"
    # a booking confirmation is about the customer's own booking: Roberto Conti (11) has no consent either
    confirmation = await call("send_message", customer_id=11, channel="whatsapp", kind="booking_confirmation",
                              appointment_id=101, idempotency_key="confirm-0101-wa")  # fmt: skip
    assert confirmation.ok, confirmation.error


async def test_a_campaign_preview_expires_after_a_day(call, clock):
    preview = await call("preview_campaign", category="tyres", months_since=6, channel="whatsapp")
    assert preview.ok, preview.error
    clock.advance(hours=24, minutes=1)
    late = await call("send_campaign", campaign_id=preview.data["campaign"]["campaign_id"], confirmed=True)
    assert not late.ok and late.error.code == "preview_expired"
    assert "preview_campaign" in (late.error.hint or "")


async def test_a_campaign_send_checks_the_segment_again(backend, call, today):
    preview = await call("preview_campaign", category="tyres", months_since=6, channel="whatsapp")
    assert preview.ok, preview.error
    assert preview.data["campaign"]["count"] == 4  # customers 1, 6, 8, 10
    # Francesca Greco (8) books a visit after the preview: she has come back, the campaign must skip her
    booked = await call("create_appointment", service_id=1, vehicle_id=20, start=at(today, 1, "14:00"),
                        idempotency_key="back-0008-a")  # fmt: skip
    assert booked.ok, booked.error
    sent = await call("send_campaign", campaign_id=preview.data["campaign"]["campaign_id"], confirmed=True)
    assert sent.ok, sent.error
    assert sent.data["campaign"]["queued"] == 3
    await backend.run_outbox()
    names = {m["customer_name"] for m in backend.sent_messages() if m["kind"] == "campaign"}
    assert "Francesca Greco" not in names and len(names) == 3


async def test_start_times_off_the_grid_too_far_ahead_or_missing_are_refused(call, today):
    async def book(start: str, key: str):
        return await call("create_appointment", service_id=2, vehicle_id=1, start=start, idempotency_key=key)

    off_grid = await book(at(today, 1, "14:07"), "grid-0001-a")
    assert not off_grid.ok and off_grid.error.code == "invalid_arguments"
    assert off_grid.error.details["reason"] == "off_grid" and "14:07" in off_grid.error.message
    assert off_grid.error.details["alternatives"]  # the nearest real start times
    far = await book("9999-03-01T09:00", "far-0001-a")
    assert not far.ok and far.error.code == "invalid_arguments" and "too far ahead" in far.error.message
    # 29 March 2026: Europe/Rome skips from 02:00 to 03:00
    spring = date(today.year, 3, 31)
    spring = spring.replace(day=31 - (spring.isoweekday() % 7))  # the last Sunday of March
    gap = await book(f"{spring.isoformat()}T02:30", "dst-0001-a")
    assert not gap.ok and gap.error.code == "invalid_arguments" and "does not exist" in gap.error.message
    moved = await call("reschedule_appointment", appointment_id=103, new_start=at(today, 2, "10:10"))
    assert not moved.ok and moved.error.details["reason"] == "off_grid"
    on_grid = await book(at(today, 1, "14:00"), "grid-0002-a")
    assert on_grid.ok, on_grid.error


async def test_local_undo_reverts_only_the_callers_own_changes(seed, tmp_path):
    # the desktop's rule, as the plugin's per WordPress user: a session id alone is not enough to undo
    backend = await make_local(seed, tmp_path)
    try:
        mine = CallContext(session_id="desk", actor="reception@PC-1")
        other = CallContext(session_id="desk", actor="cli@someone")
        created = await backend.call_tool("create_customer", {"full_name": "Cliente Locale"}, context=mine)
        assert created.ok, created.error
        refused = await backend.call_tool("undo_last", {}, context=other)
        assert not refused.ok and refused.error.code == "nothing_to_undo"
        undone = await backend.call_tool("undo_last", {}, context=mine)
        assert undone.ok and undone.data["undone"]["tool"] == "create_customer"
    finally:
        await backend.aclose()
