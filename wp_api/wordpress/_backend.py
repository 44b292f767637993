"""WordPressBackend: the tool contract over the Officina Voice plugin's REST API (httpx, pooled)."""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

from i18n.languages import Language, pick
from i18n.timezone import WORKSHOP_TIMEZONE
from wp_api.base_backend import BaseBackend
from wp_api.contract import TOOLS_BY_NAME, BackendHealth, CallContext, Safety, ToolResult, ToolSpec
from wp_api.errors import BackendUnavailable

_LOGGER = logging.getLogger(__name__)

NAMESPACE = "/officina-voice/v1"
CONFIRMATION_HEADER = "X-Officina-Confirmation"
"""Carries the token of a confirm tool's second call (the site issued it on the first)."""
SESSION_HEADER = "X-Officina-Session"
ACTOR_HEADER = "X-Officina-Actor"
TURN_HEADER = "X-Officina-Turn"
LANGUAGE_HEADER = "X-Officina-Language"
"""The app's language (it|en): the plugin writes its card titles in it (else in its own setting's)."""
_RETRIES = 2
_RETRY_DELAY_S = 0.25


def is_loopback_url(url: str) -> bool:
    """True when `url`'s host is a loopback address or 'localhost'."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_url(base_url: str) -> str:
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"Not a web address: {base_url!r} (expected https://your-site.example)")
    if parts.scheme == "http" and not is_loopback_url(base_url):
        raise ValueError(
            f"Refusing plain HTTP to {parts.hostname}: application passwords must travel over HTTPS "
            "(plain HTTP is allowed only on this computer's loopback address)"
        )
    return base_url.rstrip("/")


_CODE_FROM_WP = {
    "rest_forbidden": "forbidden",
    "rest_cannot_view": "forbidden",
    "rest_not_logged_in": "forbidden",
    "incorrect_password": "forbidden",
    "invalid_username": "forbidden",
    "invalid_email": "forbidden",
    "application_passwords_disabled": "forbidden",
    "rest_invalid_param": "invalid_arguments",
    "rest_missing_callback_param": "invalid_arguments",
    "rest_invalid_json": "invalid_arguments",
    "rest_no_route": "not_found",
}


def _code(result: ToolResult) -> str | None:
    return result.error.code if result.error is not None else None


class WordPressBackend(BaseBackend):
    """The workshop tools served by a WordPress site running the Officina Voice plugin.

    The site gates confirm tools (it issues and checks the tokens); this client only carries them.
    """

    def __init__(
        self,
        *,
        base_url: str,
        user: str,
        password: str,
        timeout: float = 10.0,
        transport: httpx.AsyncBaseTransport | None = None,
        language: str | None = None,
    ) -> None:
        self.base_url = _check_url(base_url)
        self.user = user
        self.language: Language | None = pick(language) if language else None
        """The app's language, sent with every tool call; None leaves the site's `language` setting."""
        self._client = httpx.AsyncClient(
            auth=httpx.BasicAuth(user, password),
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            limits=httpx.Limits(max_connections=20, max_keepalive_connections=10),
            headers={"User-Agent": "officina-voice", "Accept": "application/json"},
            transport=transport,
            follow_redirects=False,
        )
        self._tools: list[ToolSpec] | None = None

    # --- requests -------------------------------------------------------------------------------------

    def _url(self, route: str) -> str:
        # ?rest_route= works without pretty permalinks (and with them).
        return f"{self.base_url}/?rest_route={NAMESPACE}{route}"

    async def _request(
        self,
        method: str,
        route: str,
        *,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool,
    ) -> httpx.Response:
        attempts = _RETRIES + 1 if idempotent else 1
        content = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        all_headers = dict(headers or {})
        if content is not None:
            all_headers["Content-Type"] = "application/json"
        last: Exception | None = None
        for attempt in range(attempts):
            started = time.perf_counter()
            try:
                response = await self._client.request(
                    method, self._url(route), content=content, headers=all_headers
                )
            except httpx.TimeoutException as exc:
                _LOGGER.info(
                    "%s %s -> timeout after %.0f ms", method, route, (time.perf_counter() - started) * 1000
                )
                last = BackendUnavailable(f"WordPress at {self.base_url} did not answer in time ({route})")
                last.__cause__ = exc
            except httpx.TransportError as exc:
                _LOGGER.info("%s %s -> %s", method, route, type(exc).__name__)
                last = BackendUnavailable(f"WordPress at {self.base_url} is unreachable: {exc}")
                last.__cause__ = exc
            else:
                _LOGGER.info(
                    "%s %s -> %d in %.0f ms",
                    method,
                    route,
                    response.status_code,
                    (time.perf_counter() - started) * 1000,
                )
                if response.status_code < 500:
                    return response
                last = BackendUnavailable(
                    f"WordPress at {self.base_url} failed with HTTP {response.status_code} ({route})"
                )
            if attempt + 1 < attempts:
                await asyncio.sleep(_RETRY_DELAY_S * (attempt + 1))
        assert last is not None
        raise last

    @staticmethod
    def _json(response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError:
            return None

    def _failure_from(self, response: httpx.Response, payload: Any) -> ToolResult:
        """A ToolResult failure for a WP_Error body or a non-JSON answer."""
        status = response.status_code
        wp_code = payload.get("code") if isinstance(payload, dict) else None
        wp_message = payload.get("message") if isinstance(payload, dict) else None
        if status in (401, 403):
            if status == 401:
                message = (
                    f"WordPress refused the credentials of {self.user!r}: check the user name and the "
                    "application password (officina wordpress connect)"
                )
            elif wp_code == "officina_https_required":
                message = f"{wp_message} Connect with an https:// address."
            else:
                message = (
                    f"The WordPress user {self.user!r} is not allowed to do this "
                    "(needs the officina_voice_use capability, or officina_voice_bulk for campaigns)"
                )
            return ToolResult.failure(
                "forbidden", message, hint=wp_message, http_status=status, wp_code=wp_code
            )
        code = _CODE_FROM_WP.get(str(wp_code), "invalid_arguments" if status == 400 else "backend_error")
        if status == 429:
            code = "rate_limited"
        elif status == 413:
            code = "invalid_arguments"
        message = str(wp_message or f"WordPress answered HTTP {status}")
        return ToolResult.failure(code, message, http_status=status, wp_code=wp_code)

    # --- ToolBackend ------------------------------------------------------------------------------------

    async def list_tools(self) -> list[ToolSpec]:
        """The tools the site serves (GET /tools), cached for the backend's lifetime."""
        if self._tools is None:
            response = await self._request("GET", "/tools", idempotent=True)
            payload = self._json(response)
            if response.status_code != 200 or not isinstance(payload, dict):
                failure = self._failure_from(response, payload)
                assert failure.error is not None
                raise BackendUnavailable(f"Cannot list the site's tools: {failure.error.message}")
            self._tools = [ToolSpec.from_dict(raw) for raw in payload.get("tools", [])]
        return list(self._tools)

    def spec_for(self, name: str) -> ToolSpec | None:
        """The site's definition once listed (a newer plugin may serve more), else the contract's."""
        served = {t.name: t for t in self._tools} if self._tools is not None else {}
        return served.get(name) or TOOLS_BY_NAME.get(name)

    async def _call_tool_impl(
        self, spec: ToolSpec, arguments: dict[str, Any], context: CallContext
    ) -> ToolResult:
        name = spec.name
        headers = {SESSION_HEADER: context.session_id[:120], ACTOR_HEADER: context.actor[:120]}
        if context.turn_id:
            headers[TURN_HEADER] = context.turn_id[:120]
        if context.confirmation:
            headers[CONFIRMATION_HEADER] = context.confirmation
        if self.language:
            headers[LANGUAGE_HEADER] = self.language
        idempotent = spec.safety is Safety.READ or "idempotency_key" in arguments
        response = await self._request(
            "POST",
            f"/tools/{name}",
            body={"arguments": dict(arguments)},
            headers=headers,
            idempotent=idempotent,
        )
        payload = self._json(response)
        if isinstance(payload, dict) and "ok" in payload:
            result = ToolResult.from_dict(payload)
            if _code(result) == "confirmation_required" and result.confirmation is None:
                return ToolResult.failure(
                    "backend_error",
                    f"The Officina Voice plugin on {urlsplit(self.base_url).hostname} is older than this app "
                    "and cannot confirm cancellations or campaigns: update the plugin "
                    "(officina wordpress plugin-zip).",
                )
            return result
        return self._failure_from(response, payload)

    async def health(self) -> BackendHealth:
        host = urlsplit(self.base_url).hostname or self.base_url
        try:
            response = await self._request("GET", "/health", idempotent=True)
        except BackendUnavailable as exc:
            return BackendHealth(ok=False, backend="wordpress", detail=exc.message)
        payload = self._json(response)
        if response.status_code != 200 or not isinstance(payload, dict):
            failure = self._failure_from(response, payload)
            assert failure.error is not None
            return BackendHealth(
                ok=False, backend="wordpress", detail=f"WordPress {host}: {failure.error.message}"
            )
        bookly = payload.get("bookly") or {}
        ok = bool(payload.get("ok"))
        missing = bookly.get("missing_tables") or []
        detail = (
            f"WordPress {host}: reachable" if ok else f"WordPress {host}: Bookly tables missing {missing}"
        )
        return BackendHealth(
            ok=ok,
            backend="wordpress",
            detail=detail,
            version=payload.get("version"),
            timezone=str(payload.get("timezone") or WORKSHOP_TIMEZONE),
            extra=payload,
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> WordPressBackend:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
