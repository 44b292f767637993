"""Fixtures of the WordPress tests: the session's loopback site, the seed, a backend per test."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.contract.seed_data import TODAY, build_seed, now_for
from tests.support.contract import ContractClock
from tests.wordpress.site import SessionSite, session_site
from wp_api.wordpress import WordPressBackend


@pytest.fixture(scope="session")
def wp() -> SessionSite:
    """The session's WordPress + MariaDB + plugin, with loopback WhatsApp and SMTP servers."""
    return session_site()


@pytest.fixture
def wp_clock() -> ContractClock:
    return ContractClock(now_for(TODAY))


@pytest.fixture
def wp_seeded(wp: SessionSite, wp_clock: ContractClock) -> SessionSite:
    """The site reset to the contract seed (TODAY 08:00 on the site's test clock)."""
    seed: dict[str, Any] = build_seed(TODAY)
    wp.site.load_seed(seed)
    return wp


@pytest.fixture
async def admin_backend(wp_seeded: SessionSite) -> AsyncIterator[WordPressBackend]:
    backend = wp_seeded.backend()
    try:
        yield backend
    finally:
        await backend.aclose()
