"""Contract scenarios: bad input gets a clear, structured refusal and changes nothing."""

from __future__ import annotations

from tests.support.contract import at, day

SQL_NAMES = ["Robert'); DROP TABLE customers;--", "O'Brien \" OR 1=1 --", "%_\\ Rossi"]


async def _state(call, today):
    found = await call("search_appointments", date_from=day(today, -1000), date_to=day(today, 60), limit=1)
    return found.data["total"]


async def test_unknown_service(call, today):
    before = await _state(call, today)
    result = await call(
        "create_appointment",
        service_id=999,
        vehicle_id=1,
        start=at(today, 1, "10:00"),
        idempotency_key="unknown-svc1",
    )
    assert not result.ok and result.error.code == "unknown_service"
    assert "999" in result.error.message and result.error.hint
    slots = await call("check_availability", service_id=999, date_from=day(today, 1))
    assert slots.error.code == "unknown_service"
    assert await _state(call, today) == before


async def test_date_in_the_past(call, today):
    before = await _state(call, today)
    result = await call(
        "create_appointment",
        service_id=1,
        vehicle_id=1,
        start=at(today, -1, "10:00"),
        idempotency_key="past-date-01",
    )
    assert not result.ok and result.error.code == "date_in_past"
    slots = await call("check_availability", service_id=1, date_from=day(today, -10), date_to=day(today, -2))
    assert slots.error.code == "date_in_past"
    assert await _state(call, today) == before


async def test_malformed_arguments(call, today):
    bad_plate = await call("find_vehicle", plate="!!--??")
    assert not bad_plate.ok and bad_plate.error.code == "invalid_arguments"
    bad_date = await call("check_availability", service_id=1, date_from="next tuesday")
    assert bad_date.error.code == "invalid_arguments" and "date_from" in bad_date.error.message
    wrong_type = await call(
        "create_appointment", service_id="one", vehicle_id=1, start="x", idempotency_key="k"
    )
    assert wrong_type.error.code == "invalid_arguments"
    extra = await call("list_services", colour="red")
    assert extra.error.code == "invalid_arguments"
    unknown_tool = await call("drop_database")
    assert not unknown_tool.ok


async def test_the_preflight_refuses_in_the_same_words_on_every_backend(call):
    """BaseBackend.call_tool runs one preflight for all backends: same codes, same sentences."""
    unknown = await call("drop_database")
    assert (unknown.error.code, unknown.error.message) == (
        "unknown_tool",
        "There is no tool named 'drop_database'.",
    )
    big = await call("find_customer", query="x" * 70_000)
    assert big.error.code == "invalid_arguments"
    assert big.error.message.startswith("The arguments for find_customer are too large (")
    schema = await call("find_customer", query=5)
    assert schema.error.message.startswith("Invalid arguments for find_customer: query:")


async def test_ten_megabyte_argument(call, today):
    before = await _state(call, today)
    huge = "A" * (10 * 1024 * 1024)
    result = await call(
        "create_appointment", service_id=1, vehicle_id=1, start=at(today, 1, "10:00"), notes=huge,
        idempotency_key="huge-args-01",
    )  # fmt: skip
    assert not result.ok and result.error.code == "invalid_arguments"
    assert len(result.error.message) < 500
    assert await _state(call, today) == before
    customer = await call("create_customer", full_name=huge)
    assert not customer.ok and customer.error.code == "invalid_arguments"


async def test_sql_metacharacters_are_plain_text(call, today):
    for name in SQL_NAMES:
        created = await call(
            "create_customer",
            full_name=name,
            phone="+39 340 5550001",
            idempotency_key=f"sql-{len(name):04d}x",
        )
        assert created.ok, created.error
        assert created.data["customer"]["full_name"] == name
    found = await call("find_customer", query="O'Brien")
    assert [c["full_name"] for c in found.data["customers"]] == [SQL_NAMES[1]]
    dropped = await call("find_customer", query="Robert'); DROP TABLE customers;--")
    assert dropped.ok and dropped.data["customers"][0]["full_name"] == SQL_NAMES[0]
    # the rest of the workshop is intact
    assert (await call("find_customer", query="Mario Rossi")).ok
    odd = await call("find_vehicle", plate="AB1'; DELETE FROM vehicles;--")
    assert not odd.ok
    assert (await call("find_vehicle", plate="AB123CD")).ok
    assert (await call("find_vehicle", description="' OR 1=1 --")).error.code == "not_found"


async def test_hostile_descriptions_name_no_vehicle_and_change_nothing(call):
    # the words a description may not hold (a model not on file) are echoed in the error: any text, none of it run
    for said in (
        "Panda'; DROP TABLE vehicles;-- grigia",
        "grigia " + "x" * 5000,
        "rossa 🚗 <script>alert(1)</script> Multipla",
        "Panda\x00 grigia UNION SELECT plate FROM vehicles",
    ):
        result = await call("find_vehicle", description=said)
        # named nothing on file, or refused by the schema (over its length): never a match, never an error page
        assert not result.ok and result.error.code in ("not_found", "invalid_arguments"), said[:40]
        assert len(result.error.message) < 300
    assert (await call("find_vehicle", description="Panda grigia")).ok  # the table is intact


async def test_confirm_tools_refuse_without_confirmation(call, today):
    preview = await call("preview_campaign", category="tyres", months_since=6, channel="whatsapp")
    refused = await call("send_campaign", campaign_id=preview.data["campaign"]["campaign_id"])
    assert not refused.ok and refused.error.code == "confirmation_required"
