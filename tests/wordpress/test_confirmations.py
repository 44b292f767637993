"""Confirmation tokens on the real plugin, as a bare REST client and as another WordPress user sees them."""

from __future__ import annotations

import httpx
import pytest

from tests.wordpress.site import SessionSite

pytestmark = pytest.mark.wordpress

CANCEL_103 = {"arguments": {"appointment_id": 103}}


def _route(site: SessionSite, route: str) -> str:
    return f"{site.site.base_url}/?rest_route=/officina-voice/v1{route}"


def _status_of_103(site: SessionSite) -> str:
    (row,) = site.site.sql("SELECT status FROM wp_bookly_customer_appointments WHERE appointment_id = 103")
    return str(row["status"])


async def test_a_bare_rest_client_cannot_cancel_in_one_call(wp_seeded: SessionSite) -> None:
    auth = (wp_seeded.site.admin_user, wp_seeded.site.admin_password)
    url = _route(wp_seeded, "/tools/cancel_appointment")
    async with httpx.AsyncClient(auth=auth, timeout=30) as client:
        # the header that used to be enough is now ignored
        old_way = await client.post(url, json=CANCEL_103, headers={"X-Officina-Confirmed": "1"})
        assert old_way.status_code == 428
        body = old_way.json()
        assert body["error"]["code"] == "confirmation_required" and body["confirmation"]["token"]
        made_up = await client.post(url, json=CANCEL_103, headers={"X-Officina-Confirmation": "x" * 43})
        assert made_up.status_code == 409 and made_up.json()["error"]["code"] == "confirmation_invalid"
        malformed = await client.post(url, json=CANCEL_103, headers={"X-Officina-Confirmation": "<script>"})
        assert malformed.status_code == 409 and malformed.json()["error"]["code"] == "confirmation_invalid"
        assert _status_of_103(wp_seeded) == "approved"

        # other arguments: the token for 103 does not cancel 104
        token = body["confirmation"]["token"]
        other = await client.post(
            url, json={"arguments": {"appointment_id": 104}}, headers={"X-Officina-Confirmation": token}
        )
        assert other.status_code == 409 and other.json()["error"]["code"] == "confirmation_invalid"
        # a token is spent once presented, even with the wrong arguments
        spent = await client.post(url, json=CANCEL_103, headers={"X-Officina-Confirmation": token})
        assert spent.status_code == 409 and spent.json()["error"]["code"] == "confirmation_invalid"
        assert _status_of_103(wp_seeded) == "approved"

        # the two calls, in order, do it once
        first = await client.post(url, json=CANCEL_103)
        token = first.json()["confirmation"]["token"]
        done = await client.post(url, json=CANCEL_103, headers={"X-Officina-Confirmation": token})
        assert done.status_code == 200 and done.json()["ok"], done.text
        assert "confirmation" not in done.json()
        reused = await client.post(url, json=CANCEL_103, headers={"X-Officina-Confirmation": token})
        assert reused.status_code == 409 and reused.json()["error"]["code"] == "confirmation_invalid"
    assert _status_of_103(wp_seeded) == "cancelled"
    (stored,) = wp_seeded.site.sql(
        "SELECT token_hash FROM wp_officina_confirmations WHERE used_at IS NOT NULL LIMIT 1"
    )
    assert stored["token_hash"] != token and len(stored["token_hash"]) == 64  # only the hash is stored
    assert not token.startswith("-") and len(token) == 64  # hex: a shell or CLI never reads it as an option


async def test_another_users_token_is_refused(wp_seeded: SessionSite) -> None:
    password = wp_seeded.site.create_user("reception_tokens", role="editor", caps=("officina_voice_use",))
    url = _route(wp_seeded, "/tools/cancel_appointment")
    admin = (wp_seeded.site.admin_user, wp_seeded.site.admin_password)
    async with httpx.AsyncClient(auth=admin, timeout=30) as client:
        first = await client.post(url, json=CANCEL_103)
    token = first.json()["confirmation"]["token"]
    async with httpx.AsyncClient(auth=("reception_tokens", password), timeout=30) as client:
        stolen = await client.post(url, json=CANCEL_103, headers={"X-Officina-Confirmation": token})
    assert stolen.status_code == 409 and stolen.json()["error"]["code"] == "confirmation_invalid"
    assert _status_of_103(wp_seeded) == "approved"


async def test_a_campaign_token_needs_the_bulk_capability_first(wp_seeded: SessionSite) -> None:
    """A user who may not send campaigns is told so at once, not handed a token it cannot use."""
    password = wp_seeded.site.create_user("reception_nobulk", role="editor", caps=("officina_voice_use",))
    async with httpx.AsyncClient(auth=("reception_nobulk", password), timeout=30) as client:
        preview = await client.post(
            _route(wp_seeded, "/tools/preview_campaign"),
            json={"arguments": {"category": "tyres", "months_since": 6, "channel": "whatsapp"}},
        )
        campaign_id = preview.json()["data"]["campaign"]["campaign_id"]
        send = await client.post(
            _route(wp_seeded, "/tools/send_campaign"), json={"arguments": {"campaign_id": campaign_id}}
        )
    assert send.status_code == 403 and "confirmation" not in send.json()
