"""Differential check: the same read calls on the local backend and on WordPress give the same data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.contract.seed_data import MISHEARD_PLATES, TODAY, VEHICLES, build_seed, now_for
from tests.support.contract import ContractClock, at, day, make_local
from tests.wordpress.site import SessionSite, make_contract_backend
from wp_api.contract import CallContext

pytestmark = pytest.mark.wordpress

CTX = CallContext(session_id="parity", actor="parity")


def _calls() -> list[tuple[str, dict[str, Any]]]:
    calls: list[tuple[str, dict[str, Any]]] = [("list_services", {}), ("list_services", {"query": "gomme"})]
    calls += [("list_vehicle_models", {}), ("list_vehicle_models", {"limit": 3})]  # the same models, the same order
    calls += [("find_vehicle", {"plate": heard}) for heard, _, _ in MISHEARD_PLATES]
    calls += [  # a misheard plate's other readings (the fast path's plate repair)
        ("find_vehicle", {"plate": "DP321", "heard_forms": ["DP321TB", "DP321T", "D321TB"], "limit": 20}),
        ("find_vehicle", {"plate": "P321TB", "heard_forms": ["EP321TB", "P321TB"], "limit": 20}),
        ("find_vehicle", {"plate": "AD123CD", "heard_forms": ["AD123CD", "AT123CD", "AB123CD"]}),
        ("find_vehicle", {"plate": "ZZ999ZZ", "heard_forms": ["ZZ999ZZ", "ZZ99ZZ"]}),
        ("find_vehicle", {"plate": "AB123CD", "heard_forms": ["AB123CD"], "customer": "Rossi"}),
    ]
    calls += [
        ("find_vehicle", {"description": "Panda grigia"}),
        ("find_vehicle", {"description": "fiat", "customer": "Rossi"}),
        ("find_vehicle", {"customer": "Giulia Bianchi"}),
        ("find_customer", {"query": "rossi"}),
        ("find_customer", {"query": "+39 333 1000005"}),
        ("find_customer", {"query": "elena.deluca@example.it"}),
    ]
    for service_id in range(1, 8):
        for offset in (0, 1, 2, 5, 7):
            calls.append(
                (
                    "check_availability",
                    {"service_id": service_id, "date_from": day(TODAY, offset), "limit": 50},
                )
            )
        calls.append(
            ("check_availability", {"service_id": service_id, "date_from": day(TODAY, 0), "first_only": True})
        )
        calls.append(
            ("check_availability", {"service_id": service_id, "date_from": day(TODAY, 1), "date_to": day(TODAY, 6),
                                    "part_of_day": "afternoon", "limit": 20})
        )  # fmt: skip
    calls += [("vehicle_history", {"vehicle_id": v["id"]}) for v in VEHICLES]
    calls += [("vehicle_history", {"plate": "AB123CD", "category": "maintenance"})]
    calls += [
        ("preview_campaign", {"category": "tyres", "months_since": 6, "channel": "whatsapp"}),
        ("preview_campaign", {"category": "maintenance", "months_since": 3, "channel": "email", "not_returned_since": False,
                              "message": "Ciao {name}, la {plate} aspetta il tagliando"}),
        ("search_appointments", {}),
        ("search_appointments", {"date_from": day(TODAY, -1000), "date_to": day(TODAY, 60), "limit": 100}),
        ("search_appointments", {"customer_id": 10}),
        ("search_appointments", {"plate": "ZA987YE"}),
        ("search_appointments", {"status": "done", "date_from": day(TODAY, -1000), "limit": 100}),
        ("create_appointment", {"service_id": 1, "vehicle_id": 3, "start": at(TODAY, 2, "09:00"), "idempotency_key": "parity-0001"}),
        ("create_appointment", {"service_id": 2, "vehicle_id": 4, "start": at(TODAY, 1, "08:30"), "idempotency_key": "parity-0002"}),
        ("reschedule_appointment", {"appointment_id": 104, "new_start": at(TODAY, 5, "11:30")}),
        ("schedule_reminder", {"appointment_id": 105, "channel": "email"}),
        ("send_message", {"customer_id": 2, "channel": "email", "kind": "booking_confirmation", "appointment_id": 6,
                          "idempotency_key": "parity-msg-1"}),
    ]  # fmt: skip
    return calls


def _scrub(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: _scrub(v) for k, v in value.items() if k not in ("campaign_id", "message_id", "appointment_id")
        }
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


async def test_local_and_wordpress_answer_alike(wp: SessionSite, tmp_path: Path) -> None:
    results = {}
    for name, factory in (("local", make_local), ("wordpress", make_contract_backend)):
        seed = build_seed(TODAY)
        seed["clock"] = ContractClock(now_for(TODAY))
        backend = await factory(seed, tmp_path / name)
        try:
            results[name] = [await backend.call_tool(tool, args, context=CTX) for tool, args in _calls()]
        finally:
            await backend.aclose()
    mismatches = []
    for (tool, args), local, remote in zip(_calls(), results["local"], results["wordpress"], strict=True):
        if local.ok != remote.ok or _scrub(local.data) != _scrub(remote.data):
            mismatches.append((tool, args, local.data or local.error, remote.data or remote.error))
        elif not local.ok and (local.error.code != remote.error.code):  # type: ignore[union-attr]
            mismatches.append((tool, args, local.error, remote.error))
    assert not mismatches, "\n".join(repr(m)[:600] for m in mismatches[:8])
