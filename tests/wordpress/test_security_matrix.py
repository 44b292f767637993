"""The security matrix: every route of the plugin × every kind of caller, with the HTTP status expected.

Callers: no credentials, a wrong application password, a subscriber (no Officina capability), a
receptionist with officina_voice_use only, a manager with officina_voice_use and officina_voice_bulk.
Write tools get arguments that pass the schema but name records that do not exist, so a cell shows
that the caller got through (404 from the tool) or did not (401/403/405), and the matrix changes no
booking. Confirm tools are called without a confirmation: 428 once the caller may run them.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import httpx
import pytest

from tests.contract.seed_data import TODAY, build_seed
from tests.wordpress.site import SessionSite
from wp_api.contract import TOOLS, Safety

pytestmark = pytest.mark.wordpress

CALLERS = ("anonymous", "wrong_password", "subscriber", "use", "bulk")
_TOMORROW = (TODAY + timedelta(days=1)).isoformat()
_MISSING = 999_999

# tool → (arguments, status for a caller with officina_voice_use, status with officina_voice_bulk too)
TOOL_CASES: dict[str, tuple[dict[str, Any], int, int]] = {
    "find_vehicle": ({"plate": "AB123CD"}, 200, 200),
    "find_customer": ({"query": "Rossi"}, 200, 200),
    "vehicle_history": ({"vehicle_id": 1}, 200, 200),
    "list_services": ({}, 200, 200),
    "list_vehicle_models": ({"limit": 50}, 200, 200),
    "check_availability": ({"service_id": 2, "date_from": _TOMORROW}, 200, 200),
    "search_appointments": ({"customer_id": 1}, 200, 200),
    "preview_campaign": ({"category": "tyres", "months_since": 6, "channel": "email"}, 200, 200),
    "create_appointment": (
        {
            "service_id": 2,
            "vehicle_id": _MISSING,
            "start": f"{_TOMORROW}T09:30",
            "idempotency_key": "matrix-0001",
        },
        404,
        404,
    ),
    "reschedule_appointment": ({"appointment_id": _MISSING, "new_start": f"{_TOMORROW}T09:30"}, 404, 404),
    "cancel_appointment": ({"appointment_id": _MISSING}, 428, 428),
    "create_customer": ({"full_name": "Cliente Matrice"}, 200, 200),
    "add_vehicle": ({"customer_id": _MISSING, "plate": "ZZ999ZZ", "make": "Fiat", "model": "Uno"}, 404, 404),
    "send_message": (
        {
            "customer_id": _MISSING,
            "channel": "email",
            "kind": "custom",
            "text": "x",
            "idempotency_key": "matrix-0002",
        },
        404,
        404,
    ),
    "schedule_reminder": ({"appointment_id": _MISSING, "channel": "email"}, 404, 404),
    "send_campaign": ({"campaign_id": "cmp_missing"}, 403, 428),
    "undo_last": ({}, 409, 409),
}


def _expected_for_callers(allowed_use: int, allowed_bulk: int) -> dict[str, int]:
    return {
        "anonymous": 401,
        "wrong_password": 401,
        "subscriber": 403,
        "use": allowed_use,
        "bulk": allowed_bulk,
    }


def _routes() -> list[tuple[str, str, dict[str, Any] | None, dict[str, int]]]:
    """(method, route, arguments, caller → status) for every route and method the plugin serves."""
    routes: list[tuple[str, str, dict[str, Any] | None, dict[str, int]]] = [
        ("GET", "/tools", None, _expected_for_callers(200, 200)),
        ("GET", "/health", None, _expected_for_callers(200, 200)),
    ]
    for spec in TOOLS:
        arguments, use, bulk = TOOL_CASES[spec.name]
        routes.append(("POST", f"/tools/{spec.name}", arguments, _expected_for_callers(use, bulk)))
        if spec.safety is Safety.READ:
            routes.append(("GET", f"/tools/{spec.name}", arguments, _expected_for_callers(use, bulk)))
        else:  # writes never run on GET
            routes.append(("GET", f"/tools/{spec.name}", arguments, _expected_for_callers(405, 405)))
    return routes


def test_every_tool_has_a_case() -> None:
    assert set(TOOL_CASES) == {spec.name for spec in TOOLS}


@pytest.fixture(scope="module")
def matrix_site(wp: SessionSite) -> SessionSite:
    """The site loaded with the contract seed once for the whole matrix (no cell changes a booking)."""
    wp.site.load_seed(build_seed(TODAY))
    return wp


@pytest.fixture(scope="module")
def callers(matrix_site: SessionSite) -> dict[str, tuple[str, str] | None]:
    site = matrix_site.site
    return {
        "anonymous": None,
        "wrong_password": (site.admin_user, "abcd efgh ijkl mnop qrst uvwx"),
        "subscriber": ("matrix_subscriber", site.create_user("matrix_subscriber", role="subscriber")),
        "use": ("matrix_use", site.create_user("matrix_use", role="editor", caps=("officina_voice_use",))),
        "bulk": (
            "matrix_bulk",
            site.create_user(
                "matrix_bulk", role="editor", caps=("officina_voice_use", "officina_voice_bulk")
            ),
        ),
    }


@pytest.mark.parametrize(
    ("method", "route", "arguments", "expected"), _routes(), ids=lambda v: v if isinstance(v, str) else ""
)
@pytest.mark.parametrize("caller", CALLERS)
def test_security_matrix(
    matrix_site: SessionSite,
    callers: dict[str, tuple[str, str] | None],
    caller: str,
    method: str,
    route: str,
    arguments: dict[str, Any] | None,
    expected: dict[str, int],
) -> None:
    url = f"{matrix_site.site.base_url}/"
    params: dict[str, str] = {"rest_route": f"/officina-voice/v1{route}"}
    # each cell is its own desktop session: undo_last has nothing of this cell's to undo
    headers = {"X-Officina-Session": f"matrix-{caller}-{method}-{route}"}
    with httpx.Client(auth=callers[caller], timeout=60, headers=headers) as client:
        if method == "POST":
            response = client.post(url, params=params, json={"arguments": arguments})
        else:
            if arguments is not None:
                params["arguments"] = json.dumps(arguments)
            response = client.get(url, params=params)
    assert response.status_code == expected[caller], f"{method} {route} as {caller}: {response.text[:300]}"
    if response.status_code >= 400:
        body = response.json()
        assert "trace" not in json.dumps(body).lower()  # a refusal, never a stack trace
