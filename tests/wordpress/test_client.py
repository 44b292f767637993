"""WordPressBackend against httpx.MockTransport: URL safety, error mapping, retries, confirmation header."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from wp_api.contract import TOOLS, CallContext, ToolResult
from wp_api.errors import BackendUnavailable
from wp_api.wordpress import WordPressBackend, is_loopback_url

CTX = CallContext(session_id="s-1", actor="reception@PC-1")


def _backend(handler: Any, url: str = "https://officina.example") -> WordPressBackend:
    return WordPressBackend(
        base_url=url, user="reception", password="abcd efgh", transport=httpx.MockTransport(handler)
    )


def test_plain_http_refused_except_on_loopback() -> None:
    with pytest.raises(ValueError, match="HTTPS"):
        WordPressBackend(base_url="http://officina.example", user="u", password="p")
    with pytest.raises(ValueError, match="HTTPS"):
        WordPressBackend(base_url="http://192.168.1.10", user="u", password="p")
    for url in ("http://127.0.0.1:8080", "http://localhost", "http://[::1]:81", "https://officina.example"):
        WordPressBackend(base_url=url, user="u", password="p")
    assert is_loopback_url("http://127.0.0.5/") and not is_loopback_url("http://10.0.0.1/")
    with pytest.raises(ValueError):
        WordPressBackend(base_url="officina.example", user="u", password="p")


async def test_lists_tools_and_sends_rest_route_urls_with_basic_auth() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"version": "0.1.0", "tools": [t.to_dict() for t in TOOLS]})

    backend = _backend(handler)
    tools = await backend.list_tools()
    await backend.list_tools()  # cached
    await backend.aclose()
    assert [t.name for t in tools] == [t.name for t in TOOLS]
    assert len(seen) == 1
    assert seen[0].url.params["rest_route"] == "/officina-voice/v1/tools"
    assert seen[0].headers["authorization"].startswith("Basic ")


async def test_result_bodies_are_parsed_whatever_the_status() -> None:
    refusal = ToolResult.failure("slot_taken", "Taken.", alternatives=[{"start": "2026-03-03T09:30"}])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(409, json=refusal.to_dict())

    backend = _backend(handler)
    result = await backend.call_tool(
        "create_appointment",
        {"service_id": 1, "vehicle_id": 1, "start": "2026-03-03T09:00", "idempotency_key": "k-12345678"},
        context=CTX,
    )
    await backend.aclose()
    assert result.error is not None and result.error.code == "slot_taken"
    assert result.error.details["alternatives"][0]["start"] == "2026-03-03T09:30"


@pytest.mark.parametrize(("status", "wp_code", "word"), [(401, "incorrect_password", "credentials"),
                                                         (403, "rest_forbidden", "not allowed")])  # fmt: skip
async def test_auth_failures_become_forbidden(status: int, wp_code: str, word: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json={"code": wp_code, "message": "no", "data": {"status": status}})

    backend = _backend(handler)
    result = await backend.call_tool("list_services", {}, context=CTX)
    await backend.aclose()
    assert result.error is not None and result.error.code == "forbidden"
    assert word in result.error.message


async def test_server_errors_retry_reads_only() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.params["rest_route"])
        return httpx.Response(502, text="Bad gateway")

    backend = _backend(handler)
    with pytest.raises(BackendUnavailable, match="502"):
        await backend.call_tool("list_services", {}, context=CTX)
    assert len(calls) == 3  # a read is retried
    calls.clear()
    with pytest.raises(BackendUnavailable):
        await backend.call_tool("create_customer", {"full_name": "Anna Neri"}, context=CTX)
    assert len(calls) == 1  # a write without an idempotency key is not
    calls.clear()
    with pytest.raises(BackendUnavailable):
        await backend.call_tool(
            "create_customer", {"full_name": "Anna Neri", "idempotency_key": "key-00001"}, context=CTX
        )
    assert len(calls) == 3  # ... but one carrying a key is
    await backend.aclose()


async def test_transport_failure_is_backend_unavailable() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    backend = _backend(handler)
    with pytest.raises(BackendUnavailable, match="unreachable"):
        await backend.call_tool("list_services", {}, context=CTX)
    health = await backend.health()
    await backend.aclose()
    assert not health.ok and health.backend == "wordpress"


async def test_the_confirmation_token_travels_only_on_the_second_call() -> None:
    bodies: list[dict[str, Any]] = []
    headers: list[httpx.Headers] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        headers.append(request.headers)
        if "x-officina-confirmation" not in request.headers:
            first = ToolResult.failure(
                "confirmation_required", "cancel_appointment needs the person's confirmation."
            )
            return httpx.Response(
                428,
                json={
                    **first.to_dict(),
                    "confirmation": {"token": "T" * 43, "expires_at": "2026-03-02T10:10:00+01:00"},
                },
            )
        return httpx.Response(
            200, json=ToolResult.success({"appointment": {"status": "cancelled"}}).to_dict()
        )

    backend = _backend(handler)
    first = await backend.call_tool("cancel_appointment", {"appointment_id": 3}, context=CTX)
    assert first.error is not None and first.error.code == "confirmation_required"
    assert first.confirmation is not None and first.confirmation.token == "T" * 43
    assert "T" * 43 not in first.for_model()
    second = CallContext(session_id="s-1", actor="reception@PC-1", confirmation=first.confirmation.token)
    ok = await backend.call_tool("cancel_appointment", {"appointment_id": 3}, context=second)
    await backend.aclose()
    assert ok.ok and bodies == [{"arguments": {"appointment_id": 3}}] * 2
    assert "x-officina-confirmation" not in headers[0] and "x-officina-confirmed" not in headers[0]
    assert headers[1]["x-officina-confirmation"] == "T" * 43 and headers[1]["x-officina-session"] == "s-1"


async def test_a_plugin_without_tokens_is_named_as_too_old() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        old = ToolResult.failure(
            "confirmation_required", "cancel_appointment needs the person's confirmation."
        )
        return httpx.Response(428, json=old.to_dict())

    backend = _backend(handler)
    result = await backend.call_tool("cancel_appointment", {"appointment_id": 3}, context=CTX)
    await backend.aclose()
    assert result.error is not None and result.error.code == "backend_error"
    assert "update the plugin" in result.error.message


async def test_bad_arguments_never_leave_the_machine() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request expected")

    backend = _backend(handler)
    result = await backend.call_tool("create_customer", {"full_name": "A" * 5_000_000}, context=CTX)
    unknown = await backend.call_tool("drop_database", {}, context=CTX)
    await backend.aclose()
    assert result.error is not None and result.error.code == "invalid_arguments"
    assert len(result.error.message) < 500
    assert unknown.error is not None and unknown.error.code == "unknown_tool"
