"""The outbox: sent once across crashes, retries with backoff, and real providers end to end."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.fakes.smtp_server import LoopbackSmtp
from tests.fakes.whatsapp_server import FakeWhatsApp
from wp_api.contract import CallContext
from wp_api.local import LocalBackend
from wp_api.local.outbox import LEASE
from wp_api.messaging import SmtpEmailProvider, WhatsAppCloudProvider
from wp_api.messaging.base import MessageProvider, OutboundMessage, SendError, SendReceipt

CTX = CallContext(session_id="outbox-tests")
REMINDER_DUE = datetime(2026, 3, 3, 18, 0)


def _agreed_to_everything(db: Path, customer_id: int) -> None:
    """Custom texts need consent (issue 10): these tests are about the outbox, so the customer agreed."""
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE customers SET consent_whatsapp = 1, consent_email = 1, consent_sms = 1 WHERE id = ?",
            (customer_id,),
        )


# A runner process that dies at a chosen point of a send, as a killed process would: "before" the
# provider is called (claimed, nothing sent) or "after" the log provider wrote the message (sent,
# but the outbox never heard back).
_CRASHING_RUNNER = r"""
import asyncio, os, sys
from datetime import datetime
from pathlib import Path
from wp_api.local import LocalBackend
from wp_api.messaging.log_provider import LogProvider

db, log, when, moment = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]

class DyingLog(LogProvider):
    async def _send_impl(self, msg):
        if when == "before":
            os._exit(9)
        receipt = await super()._send_impl(msg)
        os._exit(9)


async def main():
    backend = LocalBackend(Path(db), now=lambda: datetime.fromisoformat(moment), messaging=DyingLog(Path(log)))
    await backend.run_outbox()

asyncio.run(main())
"""


def _status(db: Path, message_id: int) -> str:
    conn = sqlite3.connect(str(db))
    try:
        return conn.execute("SELECT status FROM messages WHERE id = ?", (message_id,)).fetchone()[0]
    finally:
        conn.close()


async def _schedule(local: LocalBackend) -> int:
    result = await local.call_tool(
        "schedule_reminder", {"appointment_id": 103, "channel": "whatsapp"}, context=CTX
    )
    assert result.ok, result.error
    assert result.data["reminder"]["send_at"] == "2026-03-03T18:00"
    return result.data["reminder"]["message_id"]


@pytest.mark.parametrize("when", ["before", "after"])
async def test_runner_killed_mid_send_then_restarted_sends_once(
    local, seeded_db, message_log, tmp_path, when
):
    message_id = await _schedule(local)
    crashed = subprocess.run(
        [sys.executable, "-c", _CRASHING_RUNNER, str(seeded_db), str(message_log.path), when,
         REMINDER_DUE.isoformat()],
        capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parents[3],
    )  # fmt: skip
    assert crashed.returncode == 9, crashed.stderr
    assert _status(seeded_db, message_id) == "sending"
    assert len(message_log.entries()) == (1 if when == "after" else 0)

    # restarted inside the lease: the claimed row is left alone (another runner may still own it)
    soon = await local.run_outbox(REMINDER_DUE + timedelta(minutes=1))
    assert soon["sent"] == 0 and _status(seeded_db, message_id) == "sending"

    # after the lease the row is re-checked against the provider, and sent only if it never went out
    later = await local.run_outbox(REMINDER_DUE + LEASE + timedelta(minutes=1))
    assert _status(seeded_db, message_id) == "sent"
    if when == "after":
        assert later["recovered"] == 1 and later["sent"] == 0
    else:
        assert later["requeued"] == 1 and later["sent"] == 1
    await local.run_outbox(REMINDER_DUE + LEASE + timedelta(minutes=30))
    entries = message_log.entries()
    assert len(entries) == 1
    assert entries[0]["kind"] == "reminder" and entries[0]["to"] == "+393331000009"


class FlakyProvider(MessageProvider):
    """Fails the first `failures` sends with a retryable error, then delivers (to a list)."""

    name = "flaky"
    channels = frozenset({"whatsapp", "email", "sms"})

    def __init__(self, failures: int, *, retryable: bool = True) -> None:
        self.failures = failures
        self.retryable = retryable
        self.delivered: list[OutboundMessage] = []

    async def _send_impl(self, msg: OutboundMessage) -> SendReceipt:
        if self.failures > 0:
            self.failures -= 1
            raise SendError("server busy", retryable=self.retryable)
        self.delivered.append(msg)
        return SendReceipt(provider=self.name, provider_message_id=f"id-{len(self.delivered)}", status="sent")


async def test_retryable_failures_back_off_then_send(seeded_db, clock):
    provider = FlakyProvider(2)
    _agreed_to_everything(seeded_db, 1)
    backend = LocalBackend(seeded_db, now=clock, messaging=provider, kick_outbox=False)
    try:
        args = {"customer_id": 1, "channel": "email", "kind": "custom", "text": "La sua auto è pronta.",
                "idempotency_key": "ready-car-0001"}  # fmt: skip
        assert (await backend.call_tool("send_message", args, context=CTX)).ok
        first = await backend.run_outbox(clock.now)
        assert first["retrying"] == 1 and first["scheduled"] == 1
        assert (await backend.run_outbox(clock.now + timedelta(seconds=30)))["sent"] == 0  # backing off
        second = await backend.run_outbox(clock.now + timedelta(minutes=1))
        assert second["retrying"] == 1
        third = await backend.run_outbox(clock.now + timedelta(minutes=7))
        assert third["sent"] == 1
        assert [m.text for m in provider.delivered] == ["La sua auto è pronta."]
    finally:
        await backend.aclose()


async def test_permanent_failure_is_not_retried(seeded_db, clock):
    provider = FlakyProvider(1, retryable=False)
    _agreed_to_everything(seeded_db, 1)
    backend = LocalBackend(seeded_db, now=clock, messaging=provider, kick_outbox=False)
    try:
        args = {
            "customer_id": 1,
            "channel": "sms",
            "kind": "custom",
            "text": "Ciao",
            "idempotency_key": "perm-0001",
        }
        assert (await backend.call_tool("send_message", args, context=CTX)).ok
        assert (await backend.run_outbox(clock.now))["failed"] == 1
        assert (await backend.run_outbox(clock.now + timedelta(hours=5)))["sent"] == 0
        assert provider.delivered == []
    finally:
        await backend.aclose()


async def test_end_to_end_through_whatsapp_cloud_and_smtp(seeded_db, clock):
    templates = {"booking_confirmation": 5, "appointment_reminder": 5}
    with FakeWhatsApp(templates=templates) as whatsapp, LoopbackSmtp() as smtp:
        wa = WhatsAppCloudProvider(
            token=whatsapp.token, phone_number_id=whatsapp.phone_number_id, api_base=whatsapp.url,
            templates={"booking_confirmation": "booking_confirmation", "reminder": "appointment_reminder"},
        )  # fmt: skip
        mail = SmtpEmailProvider(
            host="127.0.0.1", port=smtp.port, sender="officina@example.it", starttls=False, timeout=5
        )
        backend = LocalBackend(
            seeded_db, now=clock, messaging={"whatsapp": wa, "email": mail}, kick_outbox=False
        )
        try:
            confirm = {"customer_id": 9, "channel": "whatsapp", "kind": "booking_confirmation",
                       "appointment_id": 103, "idempotency_key": "e2e-confirm-103"}  # fmt: skip
            assert (await backend.call_tool("send_message", confirm, context=CTX)).ok
            remind = {"appointment_id": 103, "channel": "email"}
            assert (await backend.call_tool("schedule_reminder", remind, context=CTX)).ok
            assert (await backend.run_outbox(clock.now))["sent"] == 1
            assert (await backend.run_outbox(REMINDER_DUE))["sent"] == 1
            await backend.run_outbox(REMINDER_DUE + timedelta(hours=1))
        finally:
            await backend.aclose()
            await wa.aclose()
        assert len(whatsapp.sent) == 1
        body = whatsapp.sent[0]
        assert body["to"] == "+393331000009" and body["template"]["name"] == "booking_confirmation"
        assert body["biz_opaque_callback_data"] == "message:e2e-confirm-103"
        params = [p["text"] for p in body["template"]["components"][0]["parameters"]]
        assert params[0] == "Davide Bruno" and params[3] == "ZA987YE"
        mails = smtp.wait_for(1)
        assert len(mails) == 1
        assert mails[0]["To"] == "davide.bruno@example.it"
        assert "Promemoria" in mails[0]["Subject"]
        assert "domani" in mails[0].get_body(("plain",)).get_content()


async def test_cli_outbox_run_uses_the_log_provider(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("OFFICINA_HOME", str(home))
    from app.cli import main

    assert main(["demo-data", "--customers", "40"]) == 0
    db = home / "data" / "workshop.sqlite3"
    _agreed_to_everything(db, 1)
    backend = LocalBackend(db, kick_outbox=False)
    try:
        args = {
            "customer_id": 1,
            "channel": "sms",
            "kind": "custom",
            "text": "Prova",
            "idempotency_key": "cli-test-0001",
        }
        assert (await backend.call_tool("send_message", args, context=CTX)).ok
    finally:
        await backend.aclose()
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "outbox", "run"], capture_output=True, text=True, timeout=60,
        env={**os.environ, "OFFICINA_HOME": str(home)}, cwd=Path(__file__).resolve().parents[3],
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["sent"] == 1
    logged = [json.loads(line) for line in (home / "data" / "outbox-log.jsonl").read_text().splitlines()]
    assert [m["text"] for m in logged] == ["Prova"]


class BrokenProvider(MessageProvider):
    """A provider with a bug: raises something that is not a SendError."""

    name = "broken"
    channels = frozenset({"sms"})

    async def _send_impl(self, msg: OutboundMessage) -> SendReceipt:
        raise RuntimeError("bug in the provider")


async def test_a_provider_bug_does_not_stop_the_other_messages(seeded_db, clock, message_log):
    _agreed_to_everything(seeded_db, 1)
    backend = LocalBackend(
        seeded_db, now=clock, messaging={"sms": BrokenProvider(), "email": message_log}, kick_outbox=False
    )
    try:
        for channel, key in (("sms", "bug-sms-0001"), ("email", "bug-mail-0001")):
            args = {
                "customer_id": 1,
                "channel": channel,
                "kind": "custom",
                "text": "Ciao",
                "idempotency_key": key,
            }
            assert (await backend.call_tool("send_message", args, context=CTX)).ok
        summary = await backend.run_outbox(clock.now)
        assert summary["sent"] == 1 and summary["retrying"] == 1
        assert [m["channel"] for m in message_log.entries()] == ["email"]
    finally:
        await backend.aclose()
