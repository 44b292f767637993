"""What the hardening review (issue 10) found on the plugin, on a real WordPress + MariaDB: failed writes,
keys left behind by a request that died, undo across users, shared keys, a racy rate limit, GET with JSON
arguments, a message sent twice after a database outage."""

from __future__ import annotations

import asyncio
import contextlib
import json
import shutil
import subprocess
import threading
import time
from datetime import timedelta
from typing import Any

import httpx
import pytest

from tests.contract.seed_data import TODAY
from tests.wordpress.site import SessionSite
from wp_api.contract import CallContext
from wp_api.errors import BackendUnavailable
from wp_api.wordpress import WordPressBackend

pytestmark = pytest.mark.wordpress

CTX = CallContext(session_id="hardening", actor="tests")


def _day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def _url(site: SessionSite, route: str) -> str:
    return f"{site.site.base_url}/?rest_route=/officina-voice/v1{route}"


def _count(site: SessionSite, query: str) -> int:
    (row,) = site.site.sql(query)
    return int(next(iter(row.values())) or 0)


async def _post(
    site: SessionSite, tool: str, arguments: dict[str, Any], *, auth: tuple[str, str] | None = None
) -> httpx.Response:
    auth = auth or (site.site.admin_user, site.site.admin_password)
    async with httpx.AsyncClient(auth=auth, timeout=60) as client:
        return await client.post(_url(site, f"/tools/{tool}"), json={"arguments": arguments})


# --- bug 1: a write that fails is an error, and leaves nothing behind ----------------------------------


async def test_values_longer_than_bookly_columns_are_refused_before_any_write(wp_seeded: SessionSite) -> None:
    for arguments in (
        {"full_name": "Mario " + "R" * 123},  # 129 characters: bookly_customers.full_name is VARCHAR(128)
        {"full_name": "Mario Rossi", "phone": "3" * 33},
        {"full_name": "Mario Rossi", "email": "m" * 118 + "@example.it"},
    ):
        response = await _post(wp_seeded, "create_customer", {**arguments, "idempotency_key": "too-long-01"})
        assert response.status_code == 400 and response.json()["error"]["code"] == "invalid_arguments"
    # the longest name that fits is stored whole; first/last name (64 each in Bookly) are cut to fit
    name = "A" * 70 + " " + "B" * 57
    stored = await _post(wp_seeded, "create_customer", {"full_name": name, "idempotency_key": "longest-01"})
    assert stored.status_code == 200, stored.text
    customer_id = stored.json()["data"]["customer"]["customer_id"]
    (row,) = wp_seeded.site.sql(
        f"SELECT full_name, first_name FROM wp_bookly_customers WHERE id = {customer_id}"
    )
    assert row["full_name"] == name and row["first_name"] == "A" * 64


async def test_a_write_the_database_refuses_is_an_error_with_nothing_half_done(
    wp_seeded: SessionSite,
) -> None:
    site = wp_seeded.site
    arguments = {"full_name": "Nuovo Cliente", "phone": "+39 333 7654321", "consent_whatsapp": True,
                 "idempotency_key": "refused-write-01"}  # fmt: skip
    customers = _count(wp_seeded, "SELECT COUNT(*) FROM wp_bookly_customers")
    # the customer row is written, then MariaDB refuses the consent row (as a full disk or a broken
    # table would): the customer must go too
    site.sql(
        "CREATE TRIGGER officina_test_refuse BEFORE INSERT ON wp_officina_consent FOR EACH ROW "
        "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'"
    )
    try:
        for _attempt in range(2):  # the retry gets the same refusal, never a replayed "success"
            response = await _post(wp_seeded, "create_customer", arguments)
            body = response.json()
            assert response.status_code >= 400 and body["ok"] is False, body
            assert (
                body["error"]["code"] == "backend_error" and "nothing was changed" in body["error"]["message"]
            )
    finally:
        site.sql("DROP TRIGGER IF EXISTS officina_test_refuse")
    assert _count(wp_seeded, "SELECT COUNT(*) FROM wp_bookly_customers") == customers  # rolled back
    assert _count(wp_seeded, "SELECT COUNT(*) FROM wp_officina_consent WHERE customer_id NOT IN "
                             "(SELECT id FROM wp_bookly_customers)") == 0  # fmt: skip
    assert (
        _count(
            wp_seeded, "SELECT COUNT(*) FROM wp_officina_idempotency WHERE idem_key LIKE '%refused-write-01'"
        )
        == 0
    )
    assert _count(wp_seeded, "SELECT COUNT(*) FROM wp_officina_audit WHERE tool = 'create_customer' "
                             "AND (ok = 1 OR undo_op IS NOT NULL)") == 0  # fmt: skip
    # the same key works once the database accepts the rows
    response = await _post(wp_seeded, "create_customer", arguments)
    assert response.status_code == 200, response.text
    new_id = response.json()["data"]["customer"]["customer_id"]
    assert (
        new_id > 0
        and _count(wp_seeded, f"SELECT COUNT(*) FROM wp_officina_consent WHERE customer_id = {new_id}") == 3
    )


# --- bug 2: a request that dies mid-way does not block its idempotency key -----------------------------


async def test_a_request_killed_with_the_database_leaves_its_key_usable(wp_seeded: SessionSite) -> None:
    site = wp_seeded.site
    start = f"{_day(1)}T15:00"
    arguments = {"service_id": 2, "vehicle_id": 1, "start": start, "idempotency_key": "killed-mid-01"}
    day_lock = f"officina_book_officina_wp_{_day(1).replace('-', '')}"[:64]
    # another session holds the day's booking lock, so the request stops mid-way, waiting for it
    holder = subprocess.Popen(
        [shutil.which("mariadb") or "mariadb", "--no-defaults", f"--socket={site.socket_path}", "-uroot",
         "-e", f"SELECT GET_LOCK('{day_lock}', 0); SELECT SLEEP(120);"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        waiting = "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE 'SELECT GET_LOCK(%officina_book%'"
        request = asyncio.create_task(_post(wp_seeded, "create_appointment", arguments))
        deadline = time.monotonic() + 30
        while await asyncio.to_thread(_count, wp_seeded, waiting) < 1:
            assert time.monotonic() < deadline, "the booking request never reached the day lock"
            await asyncio.sleep(0.2)
        await asyncio.to_thread(site.kill_database)  # MariaDB dies mid-request ...
        await asyncio.sleep(7)  # ... and stays down longer than wpdb's reconnection tries (5 s)
        await asyncio.to_thread(site.start_database)
        died = await request
        assert died.status_code >= 500, died.text  # the request died: no answer the client can use
    finally:
        holder.kill()
        holder.wait()
    # the client retries with the same key: it books (once), instead of "still running" for good
    started = time.monotonic()
    async with wp_seeded.backend(timeout=60.0) as backend:
        retried = await backend.call_tool("create_appointment", arguments, context=CTX)
        assert retried.ok, retried.error
        again = await backend.call_tool("create_appointment", arguments, context=CTX)
    assert time.monotonic() - started < 10
    assert again.data["replayed"] is True
    assert again.data["appointment"]["appointment_id"] == retried.data["appointment"]["appointment_id"]
    assert (
        _count(
            wp_seeded,
            f"SELECT COUNT(*) FROM wp_bookly_appointments WHERE start_date = '{start.replace('T', ' ')}:00'",
        )
        == 1
    )


# --- bug 3 and keys: undo and idempotency belong to the user -------------------------------------------


async def test_undo_never_reverts_another_users_change(wp_seeded: SessionSite) -> None:
    site = wp_seeded.site
    password = site.create_user("reception3", role="editor", caps=("officina_voice_use",))
    desk = CallContext(session_id="desk-admin", actor="admin")
    async with wp_seeded.backend() as admin:
        created = await admin.call_tool("create_customer", {"full_name": "Cliente Admin"}, context=desk)
        assert created.ok, created.error
        customer_id = created.data["customer"]["customer_id"]
        async with WordPressBackend(
            base_url=site.base_url, user="reception3", password=password
        ) as reception:
            for ctx in (
                desk,
                CallContext(session_id="wp-user-1", actor="x"),
                CTX,
            ):  # admin's session header too
                refused = await reception.call_tool("undo_last", {}, context=ctx)
                assert refused.error is not None and refused.error.code == "nothing_to_undo"
        assert _count(wp_seeded, f"SELECT COUNT(*) FROM wp_bookly_customers WHERE id = {customer_id}") == 1
        undone = await admin.call_tool("undo_last", {}, context=desk)
        assert undone.ok, undone.error
    assert _count(wp_seeded, f"SELECT COUNT(*) FROM wp_bookly_customers WHERE id = {customer_id}") == 0


async def test_undoing_a_campaign_needs_the_bulk_capability(wp_seeded: SessionSite) -> None:
    site = wp_seeded.site
    password = site.create_user("reception4", role="editor", caps=("officina_voice_use",))
    user_id = int(site.php("echo username_exists('reception4');").strip())
    # a campaign this user sent while they still had the bulk capability (it was taken away since)
    site.sql(
        "INSERT INTO wp_officina_audit (at, user_id, actor, session_id, tool, arguments, ok, result, undo_op) "
        f"VALUES (NOW(), {user_id}, 'reception4', 'desk-r4', 'send_campaign', '{{}}', 1, '{{}}', "
        '\'{"op": "cancel_campaign", "campaign_id": "cmp_r4", "summary": "campaign cmp_r4"}\')'
    )
    async with WordPressBackend(base_url=site.base_url, user="reception4", password=password) as backend:
        refused = await backend.call_tool("undo_last", {}, context=CallContext(session_id="desk-r4"))
    assert refused.error is not None and refused.error.code == "forbidden"
    assert (
        _count(
            wp_seeded,
            f"SELECT COUNT(*) FROM wp_officina_audit WHERE user_id = {user_id} AND tool = 'send_campaign' AND undone_at IS NULL",
        )
        == 1
    )


async def test_an_idempotency_key_belongs_to_its_user(wp_seeded: SessionSite) -> None:
    site = wp_seeded.site
    password = site.create_user("reception5", role="editor", caps=("officina_voice_use",))
    arguments = {"full_name": "Cliente Condiviso", "idempotency_key": "same-key-0001"}
    async with wp_seeded.backend() as admin:
        first = await admin.call_tool("create_customer", arguments, context=CTX)
    async with WordPressBackend(base_url=site.base_url, user="reception5", password=password) as reception:
        other = await reception.call_tool("create_customer", arguments, context=CTX)
        replay = await reception.call_tool("create_customer", arguments, context=CTX)
    assert first.ok and other.ok and replay.ok
    assert other.data["customer"]["customer_id"] != first.data["customer"]["customer_id"]
    assert "replayed" not in other.data  # a new action for this user, not the admin's result
    assert replay.data["replayed"] is True
    assert replay.data["customer"]["customer_id"] == other.data["customer"]["customer_id"]


# --- rate limit, GET with JSON arguments ------------------------------------------------------------------


async def test_the_rate_limit_is_atomic_under_concurrency(wp_seeded: SessionSite) -> None:
    site = wp_seeded.site
    settings_php = (
        "$s = get_option('officina_voice_settings'); $s['rate_limit_per_minute'] = %d;"
        " update_option('officina_voice_settings', $s);"
    )
    site.php(settings_php % 10)
    try:
        # all 40 requests must count in one minute's budget (the plugin's bucket is the calendar minute):
        # a burst that ran into the next minute is sent again at once by a new user, whose buckets are empty
        for attempt in range(3):
            user = f"busy{attempt + 2}"
            password = site.create_user(user, role="editor", caps=("officina_voice_use",))
            minute = time.strftime("%Y%m%d%H%M", time.gmtime())
            async with httpx.AsyncClient(auth=(user, password), timeout=60) as client:
                responses = await asyncio.gather(
                    *(
                        client.post(_url(wp_seeded, "/tools/list_services"), json={"arguments": {}})
                        for _ in range(40)
                    )
                )
            if time.strftime("%Y%m%d%H%M", time.gmtime()) == minute:
                break
    finally:
        site.php(settings_php % 0)
    codes = sorted(r.status_code for r in responses)
    assert codes.count(200) == 10 and codes.count(429) == 30, codes


async def test_get_runs_a_read_tool_with_json_arguments(wp_seeded: SessionSite) -> None:
    auth = (wp_seeded.site.admin_user, wp_seeded.site.admin_password)
    route = "/officina-voice/v1/tools/check_availability"
    async with httpx.AsyncClient(auth=auth, timeout=30) as client:
        base = wp_seeded.site.base_url + "/"
        arguments = {"service_id": 2, "date_from": _day(1), "limit": 3, "first_only": False}
        read = await client.get(base, params={"rest_route": route, "arguments": json.dumps(arguments)})
        assert read.status_code == 200, read.text
        slots = read.json()["data"]["slots"]
        assert len(slots) == 3 and slots[0]["start"] == f"{_day(1)}T09:30"
        for bad in ("[1, 2]", "not json", '"text"'):
            refused = await client.get(base, params={"rest_route": route, "arguments": bad})
            assert refused.status_code == 400 and refused.json()["error"]["code"] == "invalid_arguments"
        invalid = await client.get(
            base, params={"rest_route": route, "arguments": json.dumps({"service_id": "x"})}
        )
        assert invalid.status_code == 400


# --- outbox: a message the provider took is not sent again after a database outage ---------------------


async def test_a_message_sent_while_the_database_died_is_not_sent_again(wp_seeded: SessionSite) -> None:
    site = wp_seeded.site
    async with wp_seeded.backend() as backend:
        queued = await backend.call_tool(
            "send_message",
            {"customer_id": 9, "channel": "whatsapp", "kind": "booking_confirmation", "appointment_id": 103,
             "idempotency_key": "outage-0001"},
            context=CTX,
        )  # fmt: skip
    assert queued.ok, queued.error
    message_id = queued.data["message"]["message_id"]
    before = len(wp_seeded.whatsapp.sent)
    wp_seeded.whatsapp.hang_next(3.0)  # the provider takes 3 s to answer: MariaDB dies meanwhile

    def run_outbox() -> None:
        with contextlib.suppress(
            RuntimeError, ValueError
        ):  # the cron run dies with the database, as on a host
            site.run_outbox()

    runner = threading.Thread(target=run_outbox)
    runner.start()
    deadline = time.monotonic() + 30
    claimed = f"SELECT COUNT(*) FROM wp_officina_outbox WHERE id = {message_id} AND status = 'sending'"
    while await asyncio.to_thread(_count, wp_seeded, claimed) < 1:
        assert time.monotonic() < deadline, "the outbox never claimed the message"
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)  # the request to WhatsApp is on its way
    site.kill_database()
    wp_seeded.whatsapp.wait_for_sent(before + 1)  # the provider accepted it
    runner.join(timeout=60)  # wpdb's reconnection gives up (about 5 s) while MariaDB stays down
    await asyncio.sleep(1)
    site.start_database()
    (row,) = site.sql(f"SELECT status FROM wp_officina_outbox WHERE id = {message_id}")
    assert row["status"] == "sending"  # the run died before it could say "sent"
    site.set_now(f"{TODAY.isoformat()}T08:20")  # long after the lease
    site.run_outbox()
    site.run_outbox()
    assert len(wp_seeded.whatsapp.sent) == before + 1  # not sent twice
    (row,) = site.sql(f"SELECT status, provider_message_id FROM wp_officina_outbox WHERE id = {message_id}")
    assert row["status"] == "sent" and row["provider_message_id"] == wp_seeded.whatsapp.message_ids[-1]
    health = json.loads(site.php("wp_set_current_user(1); echo wp_json_encode(Officina_Outbox::stats());"))
    assert health["receipts_writable"] is True


async def test_the_models_read_with_the_database_down_is_an_error_never_an_empty_list(wp_seeded: SessionSite) -> None:
    # the fast path reads list_vehicle_models in the background: an empty "ok" would look like a workshop with no cars
    site = wp_seeded.site
    async with wp_seeded.backend() as backend:
        read = await backend.call_tool("list_vehicle_models", {}, context=CTX)
        assert read.ok and read.data["models"], read.error
        site.kill_database()
        try:  # WordPress itself fails without its database (HTTP 500): the client raises, as for every tool
            with pytest.raises(BackendUnavailable):
                await backend.call_tool("list_vehicle_models", {}, context=CTX)
        finally:
            site.start_database()
        again = await backend.call_tool("list_vehicle_models", {}, context=CTX)
        assert again.ok and again.data["models"] == read.data["models"]


async def test_a_car_searched_by_its_colour_with_the_database_down_is_an_error_never_not_found(
    wp_seeded: SessionSite,
) -> None:
    # the shade-aware description search reads the colours on file first: the database dying is no "not found"
    site = wp_seeded.site
    async with wp_seeded.backend() as backend:
        found = await backend.call_tool("find_vehicle", {"description": "Panda grigia"}, context=CTX)
        assert found.ok and found.data["matches"], found.error
        site.kill_database()
        try:
            with pytest.raises(BackendUnavailable):
                await backend.call_tool("find_vehicle", {"description": "Panda grigia"}, context=CTX)
        finally:
            site.start_database()
        again = await backend.call_tool("find_vehicle", {"description": "Panda grigia"}, context=CTX)
        assert again.ok and again.data["matches"] == found.data["matches"]
