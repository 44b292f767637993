"""The plugin on a real WordPress + MariaDB: discovery, Bookly rows, security, concurrency, WP-Cron sends."""

from __future__ import annotations

import asyncio
import dataclasses
import re
import time
from email.message import EmailMessage
from typing import Any

import httpx
import pytest

from tests.contract.seed_data import TODAY
from tests.wordpress.site import SessionSite
from wp_api.contract import TOOLS, CallContext, ToolResult
from wp_api.wordpress import WordPressBackend

pytestmark = pytest.mark.wordpress

CTX = CallContext(session_id="wp-tests", actor="tests")


async def confirmed(backend: WordPressBackend, name: str, arguments: dict[str, Any]) -> ToolResult:
    """A confirm tool as the app runs it after a person confirmed: first call, then its token."""
    first = await backend.call_tool(name, arguments, context=CTX)
    if first.confirmation is None:
        return first
    token = dataclasses.replace(CTX, confirmation=first.confirmation.token)
    return await backend.call_tool(name, arguments, context=token)


def _day(offset: int) -> str:
    from datetime import timedelta

    return (TODAY + timedelta(days=offset)).isoformat()


def _route(site: SessionSite, route: str) -> str:
    return f"{site.site.base_url}/?rest_route=/officina-voice/v1{route}"


async def test_tools_and_health_match_the_contract(admin_backend: WordPressBackend) -> None:
    assert [t.to_dict() for t in await admin_backend.list_tools()] == [t.to_dict() for t in TOOLS]
    health = await admin_backend.health()
    assert health.ok and health.timezone == "Europe/Rome" and health.version == "0.1.0"
    assert health.extra["bookly"]["missing_tables"] == []


async def test_booking_is_written_as_bookly_writes_it(
    wp_seeded: SessionSite, admin_backend: WordPressBackend
) -> None:
    booked = await admin_backend.call_tool(
        "create_appointment",
        {
            "service_id": 2,
            "vehicle_id": 1,
            "start": f"{_day(1)}T09:30",
            "notes": "Rumore",
            "idempotency_key": "rows-0001",
        },
        context=CTX,
    )
    assert booked.ok, booked.error
    appointment_id = booked.data["appointment"]["appointment_id"]
    site = wp_seeded.site
    (a,) = site.sql(f"SELECT * FROM wp_bookly_appointments WHERE id = {appointment_id}")
    assert a["staff_id"] == "1" and a["service_id"] == "2" and a["staff_any"] == "0"
    assert a["start_date"] == f"{_day(1)} 09:30:00" and a["end_date"] == f"{_day(1)} 10:00:00"  # 1800 s
    assert a["extras_duration"] == "0" and a["created_from"] == "bookly" and a["internal_note"] == "Rumore"
    for column in (
        "location_id",
        "custom_service_name",
        "custom_service_price",
        "google_event_id",
        "online_meeting_provider",
    ):
        assert a[column] is None, column
    assert a["created_at"] == a["updated_at"] == f"{TODAY.isoformat()} 08:00:00"  # WordPress-local "now"
    (ca,) = site.sql(f"SELECT * FROM wp_bookly_customer_appointments WHERE appointment_id = {appointment_id}")
    assert ca["customer_id"] == "1" and ca["status"] == "approved" and ca["created_from"] == "backend"
    assert (ca["number_of_persons"], ca["units"], ca["extras"], ca["custom_fields"]) == ("1", "1", "[]", "[]")
    assert ca["extras_multiply_nop"] == "1" and ca["series_id"] is None and ca["payment_id"] is None
    assert ca["time_zone"] == "Europe/Rome" and ca["time_zone_offset"] == "-60"  # UTC+1 in March, JS sign
    assert re.fullmatch(r"[0-9a-f]{32}", ca["token"] or "")
    assert ca["status_changed_at"] and ca["created_at"] and ca["updated_at"]
    (link,) = site.sql(
        f"SELECT vehicle_id FROM wp_officina_vehicle_appointments WHERE appointment_id = {appointment_id}"
    )
    assert link["vehicle_id"] == "1"

    cancelled = await confirmed(admin_backend, "cancel_appointment", {"appointment_id": appointment_id})
    assert cancelled.ok, cancelled.error
    (ca,) = site.sql(
        f"SELECT status FROM wp_bookly_customer_appointments WHERE appointment_id = {appointment_id}"
    )
    assert ca["status"] == "cancelled"  # Bookly's own status; the row stays, as Bookly keeps it
    (audit,) = site.sql(
        "SELECT COUNT(*) AS n FROM wp_officina_audit WHERE tool IN ('create_appointment', 'cancel_appointment')"
    )
    assert audit["n"] == "2"


async def test_no_credentials_wrong_password_and_missing_capability(wp_seeded: SessionSite) -> None:
    async with httpx.AsyncClient() as client:
        anonymous = await client.post(_route(wp_seeded, "/tools/list_services"), json={"arguments": {}})
        assert anonymous.status_code == 401
        wrong = await client.get(_route(wp_seeded, "/health"), auth=("admin", "wrong wrong wrong"))
        assert wrong.status_code == 401
    password = wp_seeded.site.create_user("subscriber1", role="subscriber")
    async with WordPressBackend(
        base_url=wp_seeded.site.base_url, user="subscriber1", password=password
    ) as backend:
        refused = await backend.call_tool("list_services", {}, context=CTX)
        assert refused.error is not None and refused.error.code == "forbidden"
        assert refused.error.details["http_status"] == 403
        assert not (await backend.health()).ok


async def test_campaign_send_needs_the_bulk_capability(wp_seeded: SessionSite) -> None:
    password = wp_seeded.site.create_user("reception1", role="editor", caps=("officina_voice_use",))
    async with WordPressBackend(
        base_url=wp_seeded.site.base_url, user="reception1", password=password
    ) as backend:
        preview = await backend.call_tool(
            "preview_campaign", {"category": "tyres", "months_since": 6, "channel": "whatsapp"}, context=CTX
        )
        assert preview.ok, preview.error
        campaign_id = preview.data["campaign"]["campaign_id"]
        refused = await confirmed(backend, "send_campaign", {"campaign_id": campaign_id})
        assert refused.error is not None and refused.error.code == "forbidden"
    (queued,) = wp_seeded.site.sql("SELECT COUNT(*) AS n FROM wp_officina_outbox")
    assert queued["n"] == "0"


async def test_raw_requests_method_confirmation_size_and_host(wp_seeded: SessionSite) -> None:
    auth = (wp_seeded.site.admin_user, wp_seeded.site.admin_password)
    async with httpx.AsyncClient(auth=auth, timeout=30) as client:
        base = wp_seeded.site.base_url + "/"
        read = await client.get(
            base, params={"rest_route": "/officina-voice/v1/tools/list_services", "category": "tyres"}
        )
        assert read.status_code == 200 and [s["service_id"] for s in read.json()["data"]["services"]] == [2]
        write_by_get = await client.get(
            base, params={"rest_route": "/officina-voice/v1/tools/create_customer", "full_name": "X Y"}
        )
        assert write_by_get.status_code == 405
        unconfirmed = await client.post(
            _route(wp_seeded, "/tools/cancel_appointment"), json={"arguments": {"appointment_id": 103}}
        )
        assert (
            unconfirmed.status_code == 428 and unconfirmed.json()["error"]["code"] == "confirmation_required"
        )
        invalid = await client.post(
            _route(wp_seeded, "/tools/list_services"), json={"arguments": {"colour": "red"}}
        )
        assert invalid.status_code == 400 and invalid.json()["error"]["code"] == "invalid_arguments"
        huge = await client.post(
            _route(wp_seeded, "/tools/create_customer"),
            json={"arguments": {"full_name": "A" * (2 * 1024 * 1024)}},
        )
        assert huge.status_code in (400, 413)
        sql = await client.post(
            _route(wp_seeded, "/tools/find_customer"),
            json={"arguments": {"query": "x' UNION SELECT user_pass FROM wp_users --"}},
        )
        assert sql.status_code == 404 and sql.json()["error"]["code"] == "not_found"
        # plain HTTP that did not come to a loopback host name is refused by the plugin itself
        foreign = await client.get(_route(wp_seeded, "/health"), headers={"Host": "officina.example"})
        assert foreign.status_code == 403 and foreign.json()["code"] == "officina_https_required"
    (users,) = wp_seeded.site.sql("SELECT COUNT(*) AS n FROM wp_users")
    assert int(users["n"] or 0) >= 1
    (customers,) = wp_seeded.site.sql("SELECT COUNT(*) AS n FROM wp_bookly_customers")
    assert customers["n"] == "12"


async def test_rate_limit_per_user(wp_seeded: SessionSite) -> None:
    password = wp_seeded.site.create_user("busy1", role="editor", caps=("officina_voice_use",))
    settings_php = (
        "$s = get_option('officina_voice_settings'); $s['rate_limit_per_minute'] = %d;"
        " update_option('officina_voice_settings', $s);"
    )
    wp_seeded.site.php(settings_php % 3)
    try:
        if time.gmtime().tm_sec > 45:  # the budget is per clock minute: keep the five calls inside one
            await asyncio.sleep(61 - time.gmtime().tm_sec)
        async with WordPressBackend(
            base_url=wp_seeded.site.base_url, user="busy1", password=password
        ) as backend:
            results = [await backend.call_tool("list_services", {}, context=CTX) for _ in range(5)]
    finally:
        wp_seeded.site.php(settings_php % 0)
    codes = [r.error.code if r.error else "ok" for r in results]
    assert codes.count("rate_limited") >= 1 and codes[0] == "ok"


async def test_twenty_parallel_bookings_for_five_free_slots(wp_seeded: SessionSite) -> None:
    # Friday: Revisione (only Marco, capacity 1) at five start times; four vehicles race for each
    starts = ["08:30", "09:30", "10:30", "11:30", "14:00"]
    async with wp_seeded.backend(timeout=60.0) as backend:
        free = await backend.call_tool(
            "check_availability", {"service_id": 3, "date_from": _day(4), "limit": 50}, context=CTX
        )
        free_starts = {s["start"][11:] for s in free.data["slots"]}
        assert set(starts) <= free_starts
        calls = [
            backend.call_tool(
                "create_appointment",
                {
                    "service_id": 3,
                    "vehicle_id": v,
                    "start": f"{_day(4)}T{hhmm}",
                    "idempotency_key": f"race-{hhmm}-{v:02d}",
                },
                context=CTX,
            )
            for hhmm in starts
            for v in (2, 3, 4, 5)
        ]
        results = await asyncio.gather(*calls)
    winners = [r for r in results if r.ok]
    assert len(winners) == 5, [r.error for r in results if not r.ok]
    assert {r.error.code for r in results if not r.ok} == {"slot_taken"}
    rows = wp_seeded.site.sql(
        "SELECT a.start_date FROM wp_bookly_appointments a JOIN wp_bookly_customer_appointments ca "
        f"ON ca.appointment_id = a.id WHERE a.service_id = 3 AND DATE(a.start_date) = '{_day(4)}' ORDER BY a.start_date"
    )
    assert [r["start_date"][11:16] for r in rows] == starts  # exactly five, no duplicates


def _reminder_emails(messages: list[EmailMessage]) -> list[EmailMessage]:
    return [m for m in messages if "Promemoria" in str(m["Subject"])]


async def test_wp_cron_sends_a_due_reminder_once_by_whatsapp_and_email(wp_seeded: SessionSite) -> None:
    whatsapp_before = len(wp_seeded.whatsapp.sent)
    emails_before = len(_reminder_emails(wp_seeded.smtp.messages))
    async with wp_seeded.backend() as backend:
        for channel in ("whatsapp", "email"):
            scheduled = await backend.call_tool(
                "schedule_reminder", {"appointment_id": 103, "channel": channel}, context=CTX
            )
            assert scheduled.ok, scheduled.error
            assert scheduled.data["reminder"]["send_at"] == f"{_day(1)}T18:00"
    site = wp_seeded.site
    site.set_now(f"{_day(1)}T17:30")
    site.run_cron()
    assert len(wp_seeded.whatsapp.sent) == whatsapp_before  # not due yet
    site.set_now(f"{_day(1)}T18:05")
    site.run_cron()  # WP-Cron, with no desktop app anywhere
    sent = wp_seeded.whatsapp.wait_for_sent(whatsapp_before + 1)
    reminder = sent[-1]
    assert reminder["to"] == "393331000009" and reminder["type"] == "template"
    assert reminder["template"]["name"] == "appointment_reminder"
    params = [p["text"] for p in reminder["template"]["components"][0]["parameters"]]
    assert params[0] == "Davide Bruno" and params[1] == "Tagliando" and params[3] == "ZA987YE"
    assert params[2].startswith("domani")
    mails = _reminder_emails(wp_seeded.smtp.wait_for(emails_before + 1))
    assert len(mails) == emails_before + 1
    assert mails[-1]["To"] == "davide.bruno@example.it" and "domani" in mails[-1].get_content().lower()
    site.set_now(f"{_day(1)}T18:40")
    site.run_cron()
    site.run_cron()
    assert len(wp_seeded.whatsapp.sent) == whatsapp_before + 1  # sent once
    assert len(_reminder_emails(wp_seeded.smtp.messages)) == emails_before + 1
    statuses = site.sql("SELECT status FROM wp_officina_outbox WHERE kind = 'reminder' ORDER BY id")
    assert [r["status"] for r in statuses] == ["sent", "sent"]


def test_tools_become_abilities_where_the_abilities_api_exists(wp_seeded: SessionSite) -> None:
    # WordPress 6.1 has no Abilities API: register_abilities must be a no-op there ...
    assert wp_seeded.site.php("Officina_Abilities::register_abilities(); echo 'quiet';") == "quiet"
    # ... and with one (6.9+), every tool is registered with its schema, annotations and permission check.
    out = wp_seeded.site.php(
        """
function wp_register_ability($name, $args) { $GLOBALS['officina_abilities'][$name] = $args; return true; }
wp_set_current_user(1);
Officina_Abilities::register_abilities();
$out = [];
foreach ($GLOBALS['officina_abilities'] as $name => $a) {
    $out[$name] = ['annotations' => $a['meta']['annotations'], 'allowed' => call_user_func($a['permission_callback']),
        'required' => $a['input_schema']['required'] ?? [], 'category' => $a['category']];
}
$run = $GLOBALS['officina_abilities']['officina-voice/list-services']['execute_callback'](['category' => 'tyres']);
$out['_run'] = $run['data']['services'][0]['name'];
echo wp_json_encode($out);
"""
    )
    import json

    abilities = json.loads(out)
    assert abilities.pop("_run") == "Cambio gomme"
    assert sorted(abilities) == sorted("officina-voice/" + t.name.replace("_", "-") for t in TOOLS)
    assert abilities["officina-voice/find-vehicle"]["annotations"] == {
        "readonly": True,
        "destructive": False,
        "idempotent": True,
    }
    assert abilities["officina-voice/create-appointment"]["annotations"]["idempotent"] is True
    assert abilities["officina-voice/cancel-appointment"]["annotations"]["destructive"] is True
    assert abilities["officina-voice/cancel-appointment"]["allowed"] is False  # needs a person's confirmation
    assert abilities["officina-voice/list-services"]["allowed"] is True
    assert abilities["officina-voice/create-appointment"]["required"] == [
        "service_id",
        "vehicle_id",
        "start",
        "idempotency_key",
    ]


def test_uninstall_drops_only_the_plugins_tables(wp_seeded: SessionSite) -> None:
    site = wp_seeded.site
    saved = site.php("echo wp_json_encode(get_option('officina_voice_settings'));")
    try:
        site.php(
            "define('WP_UNINSTALL_PLUGIN', 'officina-voice/officina-voice.php'); include WP_PLUGIN_DIR . '/officina-voice/uninstall.php';"
        )
        tables = {next(iter(r.values())) for r in site.sql("SHOW TABLES")}
        assert not any(t.startswith("wp_officina_") for t in tables)
        assert {"wp_bookly_appointments", "wp_bookly_customer_appointments", "wp_bookly_customers"} <= tables
        (rows,) = site.sql("SELECT COUNT(*) AS n FROM wp_bookly_appointments")
        assert rows["n"] == "22"
    finally:
        site.php(
            "Officina_Installer::activate(); update_option('officina_voice_settings', json_decode($args['s'], true));",
            args={"s": saved},
        )
    tables = {next(iter(r.values())) for r in site.sql("SHOW TABLES")}
    assert "wp_officina_outbox" in tables and "wp_officina_audit" in tables


def test_settings_page_renders_and_keeps_secrets(wp_seeded: SessionSite) -> None:
    out = wp_seeded.site.php(
        """
require_once ABSPATH . 'wp-admin/includes/template.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_set_current_user(1);
ob_start(); Officina_Settings_Page::render(); $html = ob_get_clean();
$kept = Officina_Settings_Page::sanitize(['whatsapp_token' => '', 'reminder_time' => '25:99', 'smtp_secure' => 'bogus', 'workshop_name' => '<b>Da Gino</b>']);
echo wp_json_encode(['html' => $html, 'kept' => $kept, 'token' => Officina_Settings_Page::settings()['whatsapp_token']]);
"""
    )
    import json

    page = json.loads(out)
    assert "WhatsApp Cloud API" in page["html"] and "officina_voice_roles[bulk][]" in page["html"]
    assert page["token"] not in page["html"]  # secrets are never echoed back into the form
    kept = page["kept"]
    assert kept["whatsapp_token"] == page["token"]  # an empty password field keeps the stored secret
    assert kept["reminder_time"] == "18:00" and kept["smtp_secure"] == "tls"
    assert kept["workshop_name"] == "Da Gino"


async def test_a_message_left_mid_send_is_requeued_after_the_lease_and_sent_once(
    wp_seeded: SessionSite,
) -> None:
    site = wp_seeded.site
    async with wp_seeded.backend() as backend:
        queued = await backend.call_tool(
            "send_message",
            {
                "customer_id": 1,
                "channel": "email",
                "kind": "custom",
                "text": "Auto pronta",
                "idempotency_key": "crash-0001",
            },
            context=CTX,
        )
    assert queued.ok, queued.error
    message_id = queued.data["message"]["message_id"]
    before = len(wp_seeded.smtp.messages)
    # a cron run died after claiming the row (status sending), two minutes ago: inside the lease
    site.sql(
        "UPDATE wp_officina_outbox SET status = 'sending', claim_token = 'dead-run', attempts = 1, "
        f"claimed_at = '{TODAY.isoformat()} 07:58:00' WHERE id = {message_id}"
    )
    site.run_outbox()
    assert len(wp_seeded.smtp.messages) == before
    (row,) = site.sql(f"SELECT status FROM wp_officina_outbox WHERE id = {message_id}")
    assert row["status"] == "sending"
    site.set_now(f"{TODAY.isoformat()}T08:06")  # the lease (5 min) has run out
    site.run_outbox()
    site.run_outbox()
    assert len(wp_seeded.smtp.wait_for(before + 1)) == before + 1
    (row,) = site.sql(f"SELECT status, attempts, last_error FROM wp_officina_outbox WHERE id = {message_id}")
    assert row["status"] == "sent" and row["attempts"] == "2"


def test_controllers_answer_dispatched_wp_rest_requests(wp_seeded: SessionSite) -> None:
    import json

    wp_seeded.site.create_user("subscriber2", role="subscriber")
    out = wp_seeded.site.php(
        """
$server = rest_get_server();
$out = [];
wp_set_current_user(1);
$list = rest_do_request(new WP_REST_Request('GET', '/officina-voice/v1/tools'));
$out['list'] = [$list->get_status(), count($list->get_data()['tools'])];
$run = new WP_REST_Request('POST', '/officina-voice/v1/tools/find_vehicle');
$run->set_header('content-type', 'application/json');
$run->set_body(wp_json_encode(['arguments' => ['plate' => 'AB 123 CD']]));
$response = rest_do_request($run);
$data = $server->response_to_data($response, false);
$out['run'] = [$response->get_status(), $data['data']['matches'][0]['plate']];
$confirm = new WP_REST_Request('POST', '/officina-voice/v1/tools/cancel_appointment');
$confirm->set_header('content-type', 'application/json');
$confirm->set_body(wp_json_encode(['arguments' => ['appointment_id' => 103]]));
$out['confirm'] = rest_do_request($confirm)->get_status();
wp_set_current_user(get_user_by('login', 'subscriber2')->ID);
$out['subscriber'] = rest_do_request(new WP_REST_Request('GET', '/officina-voice/v1/health'))->get_status();
wp_set_current_user(0);
$out['anonymous'] = rest_do_request(new WP_REST_Request('GET', '/officina-voice/v1/tools'))->get_status();
echo wp_json_encode($out);
"""
    )
    result = json.loads(out)
    assert result == {
        "list": [200, len(TOOLS)],  # every tool of the contract, listed
        "run": [200, "AB123CD"],
        "confirm": 428,
        "subscriber": 403,
        "anonymous": 401,
    }
