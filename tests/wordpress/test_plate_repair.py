"""Plates recovered from the workshop's data on the WordPress plugin: find_vehicle's `heard_forms`
through the fast path, over REST on the real site (the contract seed: DP321TB is Anna Romano's Fiesta)."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.contract.seed_data import TODAY, now_for
from wp_api.contract import CallContext
from wp_api.wordpress import WordPressBackend

pytestmark = pytest.mark.wordpress

CTX = CallContext(session_id="plate-repair", actor="counter")


def _fast(backend: WordPressBackend) -> FastPath:
    now = now_for(TODAY)
    return FastPath(backend, language="it", now=lambda: now)


async def test_the_plugin_returns_every_reading_it_finds(admin_backend: WordPressBackend) -> None:
    args = {"plate": "DP321", "heard_forms": ["DP321TB", "AB123CD"], "limit": 20}
    result = await admin_backend.call_tool("find_vehicle", args, context=CTX)
    assert result.ok, result.error
    plates = [m["plate"] for m in result.data["matches"]]
    assert {"DP321TB", "AB123CD"} <= set(plates)
    too_many = {"plate": "DP321", "heard_forms": ["AB123CD"] * 13}
    refused = await admin_backend.call_tool("find_vehicle", too_many, context=CTX)
    assert not refused.ok and refused.error and refused.error.code == "invalid_arguments"


async def test_a_misheard_plate_is_read_from_the_site(admin_backend: WordPressBackend) -> None:
    out = await _fast(admin_backend).handle("di chi è la Dipi 321 Tibi?", CTX)
    assert out.handled and "DP321TB" in out.reply_text and "Anna Romano" in out.reply_text
    assert any("heard_forms" in c.arguments for c in out.tool_calls)


async def test_a_write_on_a_recovered_plate_asks_then_books(admin_backend: WordPressBackend) -> None:
    fast = _fast(admin_backend)
    out = await fast.handle("prenota un tagliando per la Dipi 321 TV domani alle 10", CTX)
    # the whole booking is said back with the recovered plate, for a yes
    assert out.clarification and "DP321TB" in out.clarification and "alle 10:00" in out.clarification
    assert not [c for c in out.tool_calls if c.name == "create_appointment"]
    said_back = fast.said_back
    done = await fast.resume("sì", CTX)
    assert done is not None and done.handled
    booked = [c for c in done.tool_calls if c.name == "create_appointment"]
    assert booked and booked[0].result.ok and booked[0].arguments["vehicle_id"] == 4
    assert said_back is not None and booked[0].arguments == said_back["arguments"]  # exactly what was said
