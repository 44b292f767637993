"""The language of the plugin's card titles: the app's, sent as X-Officina-Language by the app's own
WordPress backend; a header that is not exactly 'it' or 'en' is ignored (the site's setting rules)."""

from __future__ import annotations

import asyncio
import io
from typing import Any

import httpx
import pytest

from app.cli import main
from engine.config import load_settings
from engine.pipeline.backend_factory import create_backend
from i18n.cards import card_title
from tests.contract.seed_data import TODAY, build_seed
from tests.wordpress.site import SessionSite
from wp_api.contract import CallContext, ToolResult
from wp_api.wordpress import WordPressBackend

pytestmark = pytest.mark.wordpress

HOSTILE: list[str | bytes] = [
    "EN",
    "en-US",
    "de",
    "it;q=1",
    "ën".encode(),
    b"\xffen",
    "en,it",
    "it' OR '1'='1",
    "../../../../etc/passwd",
    "<script>alert(1)</script>",
    "{count}",
    "en" * 3000,
]


def _services_title(language: str, count: int) -> str:
    return card_title("services", language, count=count)


async def _titles(wp: SessionSite, headers: list[dict[str, str | bytes]]) -> list[tuple[int, str, int]]:
    """(HTTP status, title, services listed) of list_services called once with each set of headers."""
    url = f"{wp.site.base_url}/?rest_route=/officina-voice/v1/tools/list_services"
    auth = (wp.site.admin_user, wp.site.admin_password)
    answers: list[tuple[int, str, int]] = []
    async with httpx.AsyncClient(auth=auth, timeout=60) as client:
        for extra in headers:
            sent: dict[str, str | bytes] = {"X-Officina-Session": "lang-test", **extra}
            response = await client.post(url, json={"arguments": {}}, headers=sent)
            body: dict[str, Any] = response.json()
            answers.append((response.status_code, body["display"]["title"], len(body["data"]["services"])))
    return answers


@pytest.mark.parametrize("site_language", ["it", "en"])
async def test_an_unknown_or_hostile_language_header_falls_back_to_the_sites_setting(
    wp: SessionSite, site_language: str
) -> None:
    seed = build_seed(TODAY)
    seed["settings"]["language"] = site_language
    wp.site.load_seed(seed)
    try:
        answers = await _titles(wp, [{}] + [{"X-Officina-Language": value} for value in HOSTILE])
        for value, (status, title, count) in zip([b"(none)", *HOSTILE], answers, strict=True):
            assert (status, title) == (200, _services_title(site_language, count)), value
        # an exact code wins over the site's setting, either way round
        other = "en" if site_language == "it" else "it"
        [(status, title, count)] = await _titles(wp, [{"X-Officina-Language": other}])
        assert (status, title) == (200, _services_title(other, count))
    finally:
        wp.site.load_seed(build_seed(TODAY))  # the seed's own setting (Italian) for the tests after


async def test_a_backend_without_a_language_leaves_the_sites_setting(wp_seeded: SessionSite) -> None:
    async with wp_seeded.backend() as backend:
        assert backend.language is None
        result = await backend.call_tool("list_services", {}, context=CallContext(session_id="no-lang"))
    assert result.ok and result.display is not None
    assert result.display["title"] == _services_title("it", len(result.data["services"]))


def test_the_apps_wordpress_backend_writes_titles_in_the_apps_language(
    wp_seeded: SessionSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = wp_seeded.site.base_url
    monkeypatch.setattr("sys.stdin", io.StringIO(wp_seeded.site.admin_password + "\n"))
    assert main(["wordpress", "connect", url, "admin", "--password-stdin"]) == 0
    for language in ("en", "it"):
        settings = load_settings().model_copy(update={"language": language})
        backend = create_backend(settings)  # what the app opens for these settings
        assert isinstance(backend, WordPressBackend) and backend.language == language
        result = asyncio.run(_list_services(backend))
        assert result.ok and result.display is not None
        assert result.display["title"] == _services_title(language, len(result.data["services"]))


async def _list_services(backend: WordPressBackend) -> ToolResult:
    try:
        return await backend.call_tool("list_services", {}, context=CallContext(session_id="app"))
    finally:
        await backend.aclose()
