"""One loopback WordPress per test session (shared by tests/wordpress and the contract suite's factory)."""

from __future__ import annotations

import atexit
import json
import logging
import os
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from benches.loopback_site import LoopbackSite, missing_prerequisites, start_site
from tests.fakes.smtp_server import LoopbackSmtp
from tests.fakes.whatsapp_server import FakeWhatsApp
from wp_api.wordpress import WordPressBackend

_LOGGER = logging.getLogger(__name__)

_lock = threading.Lock()
_state: dict[str, Any] = {}


class SessionSite:
    """The running site plus the loopback WhatsApp and SMTP servers its outbox talks to."""

    def __init__(self, site: LoopbackSite, whatsapp: FakeWhatsApp, smtp: LoopbackSmtp) -> None:
        self.site = site
        self.whatsapp = whatsapp
        self.smtp = smtp

    def backend(self, *, user: str | None = None, password: str | None = None, **kw: Any) -> WordPressBackend:
        return WordPressBackend(
            base_url=self.site.base_url,
            user=user or self.site.admin_user,
            password=password or self.site.admin_password,
            **kw,
        )

    def stop(self) -> None:
        self.site.stop()
        self.whatsapp.stop()
        self.smtp.stop()


def require_prerequisites() -> None:
    """Skip (or, with CI=true, fail) when MariaDB/PHP/WordPress are not installed here."""
    reason = missing_prerequisites()
    if reason is None:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"WordPress tests need their Debian packages in CI: {reason}")
    pytest.skip(f"WordPress tests skipped: {reason}")


def session_site() -> SessionSite:
    """Start the site once per process (about 10 s); later calls return the same one."""
    require_prerequisites()
    with _lock:
        if "site" not in _state:
            if "error" in _state:
                pytest.fail(_state["error"])
            whatsapp = FakeWhatsApp().start()
            smtp = LoopbackSmtp().start()
            try:
                site = start_site(test_clock=True)
            except Exception as exc:
                whatsapp.stop()
                smtp.stop()
                _state["error"] = f"the loopback WordPress did not start: {exc}"
                pytest.fail(_state["error"])
            site.set_options(
                {
                    "officina_voice_settings": {
                        "workshop_name": "Officina",
                        "whatsapp_api_base": whatsapp.url,
                        "whatsapp_phone_number_id": whatsapp.phone_number_id,
                        "whatsapp_token": whatsapp.token,
                        "smtp_host": "127.0.0.1",
                        "smtp_port": smtp.port,
                        "smtp_secure": "",
                        "smtp_from": "officina@example.test",
                        "rate_limit_per_minute": 0,
                    }
                }
            )
            _state["site"] = SessionSite(site, whatsapp, smtp)
            atexit.register(_state["site"].stop)
        return _state["site"]


class ClockTransport(httpx.AsyncBaseTransport):
    """Pushes the contract clock to the site (its test clock) before a request when it moved."""

    def __init__(self, site: LoopbackSite, clock: Any) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._site = site
        self._clock = clock
        self.pushed: datetime | None = None

    def sync(self) -> None:
        now = self._clock()
        if now != self.pushed:
            self._site.set_now(now.strftime("%Y-%m-%dT%H:%M"))
            self.pushed = now

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sync()
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


class ContractWordPressBackend(WordPressBackend):
    """The WordPress backend plus the contract suite's optional capabilities (outbox run, sent list)."""

    def __init__(self, shared: SessionSite, clock: Any, language: str | None = None) -> None:
        self._clock_transport = ClockTransport(shared.site, clock)
        super().__init__(
            base_url=shared.site.base_url,
            user=shared.site.admin_user,
            password=shared.site.admin_password,
            transport=self._clock_transport,
            timeout=30.0,
            language=language,
        )
        self.shared = shared

    async def run_outbox(self, now: datetime | None = None) -> dict[str, Any]:
        if now is not None:
            self._clock_transport._clock.set(now)
        self._clock_transport.sync()
        before = len(self.sent_messages())
        self.shared.site.run_outbox()
        return {"sent": len(self.sent_messages()) - before}

    def sent_messages(self) -> list[dict[str, Any]]:
        rows = self.shared.site.sql(
            "SELECT o.id, o.kind, o.channel, o.to_address, o.body, o.template_params, c.full_name "
            "FROM wp_officina_outbox o LEFT JOIN wp_bookly_customers c ON c.id = o.customer_id "
            "WHERE o.status = 'sent' ORDER BY o.id"
        )
        return [
            {
                "message_id": int(r["id"] or 0),
                "kind": r["kind"],
                "channel": r["channel"],
                "to": r["to_address"],
                "text": r["body"],
                "template_params": json.loads(r["template_params"] or "[]"),
                "customer_name": r["full_name"],
            }
            for r in rows
        ]


async def make_contract_backend(seed: dict[str, Any], tmp_path: Path) -> ContractWordPressBackend:
    """The contract suite's "wordpress" factory: the session site reset to `seed`."""
    shared = session_site()
    shared.site.load_seed(seed)
    backend = ContractWordPressBackend(shared, seed["clock"], seed.get("language"))
    backend._clock_transport.pushed = seed["clock"]()
    return backend
