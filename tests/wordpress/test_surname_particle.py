"""A surname's particle whisper ran onto it ("Deluca") put apart by the fast path on the WordPress plugin too: the
same answer over REST on the real site as on the demo (the contract seed: Elena De Luca owns the Sandero FG112HH)."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.contract.seed_data import TODAY, now_for
from wp_api.contract import CallContext
from wp_api.wordpress import WordPressBackend

pytestmark = pytest.mark.wordpress

CTX = CallContext(session_id="surname-particle", actor="counter")


async def test_the_owner_heard_run_on_is_found_on_the_site(admin_backend: WordPressBackend) -> None:
    now = now_for(TODAY)
    out = await FastPath(admin_backend, language="it", now=lambda: now).handle(
        "lo storico della Sandero grigia di Deluca", CTX
    )
    assert out.handled and "FG112HH" in out.reply_text
    lookups = [c for c in out.tool_calls if c.name == "find_vehicle"]
    assert (
        not lookups[0].result.ok and lookups[-1].arguments["customer"] == "De Luca" and lookups[-1].result.ok
    )
