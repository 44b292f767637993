"""The local backend writes customer messages (and its card titles) in the language asked, as the plugin
does with its `language` option: the backend's `language`, else the workshop's `language` setting, else
Italian."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.wp_api.local.test_local_outbox import FlakyProvider
from wp_api.contract import CallContext
from wp_api.local import LocalBackend
from wp_api.messaging.render import render

CTX = CallContext(session_id="language-tests")
CONFIRM = {"customer_id": 9, "channel": "whatsapp", "kind": "booking_confirmation", "appointment_id": 103}


def _set_workshop_language(db: Path, language: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('language', ?)", (language,))


@pytest.mark.parametrize(
    ("asked", "setting", "expected"),
    [("en", None, "en"), ("it", "en", "it"), (None, "en", "en"), (None, None, "it"), ("fr", None, "it")],
)
async def test_a_confirmation_is_written_and_sent_in_the_language_asked(
    seeded_db, clock, asked, setting, expected
):
    if setting:
        _set_workshop_language(seeded_db, setting)
    provider = FlakyProvider(0)
    backend = LocalBackend(seeded_db, now=clock, messaging=provider, kick_outbox=False, language=asked)
    try:
        args = {**CONFIRM, "idempotency_key": f"lang-{asked}-{setting}"}
        assert (await backend.call_tool("send_message", args, context=CTX)).ok
        assert (await backend.run_outbox(clock.now))["sent"] == 1
    finally:
        await backend.aclose()
    [sent] = provider.delivered
    assert sent.language == expected
    with sqlite3.connect(seeded_db) as conn:
        start, service, plate, name = conn.execute(
            "SELECT a.start, s.name, v.plate, c.full_name FROM appointments a JOIN services s ON s.id = a.service_id "
            "LEFT JOIN vehicles v ON v.id = a.vehicle_id JOIN customers c ON c.id = a.customer_id WHERE a.id = 103"
        ).fetchone()
    subject, text, params = render(
        "booking_confirmation", expected, workshop_name=backend.workshop, customer_name=name,
        service=service, starts_at=start, plate=plate,
    )  # fmt: skip
    assert (sent.subject, sent.text, sent.template_params) == (subject, text, params)
    assert render("booking_confirmation", "it" if expected == "en" else "en", workshop_name=backend.workshop,
                  customer_name=name, service=service, starts_at=start, plate=plate)[1] != sent.text  # fmt: skip


@pytest.mark.parametrize(("language", "word"), [("it", "servizi"), ("en", "services")])
async def test_card_titles_are_in_the_backends_language(seeded_db, clock, language, word):
    backend = LocalBackend(seeded_db, now=clock, kick_outbox=False, language=language)
    try:
        result = await backend.call_tool("list_services", {}, context=CTX)
    finally:
        await backend.aclose()
    assert result.ok and result.display is not None
    assert str(result.display["title"]).endswith(f" {word}")
