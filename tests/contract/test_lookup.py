"""Contract scenarios: vehicles by misheard plate or description, customers, history, services."""

from __future__ import annotations

import pytest

from tests.contract.seed_data import MISHEARD_PLATES, shifted


@pytest.mark.parametrize(("heard", "plate", "kind"), MISHEARD_PLATES, ids=[h for h, _, _ in MISHEARD_PLATES])
async def test_misheard_plates(call, heard, plate, kind):
    result = await call("find_vehicle", plate=heard)
    assert result.ok, result.error
    matches = result.data["matches"]
    if kind == "ambiguous":
        assert result.data["ambiguous"] is True
        assert plate in [m["plate"] for m in matches[:2]]
        return
    assert matches[0]["plate"] == plate
    assert result.data["ambiguous"] is False
    if kind == "exact":
        assert matches[0]["match"] == "exact" and matches[0]["confidence"] == 1.0
    else:
        assert matches[0]["match"] == "fuzzy"
        assert 0 < matches[0]["confidence"] < 1
        if len(matches) > 1:
            assert matches[0]["confidence"] > matches[1]["confidence"]
    assert matches[0]["customer"]["customer_id"] > 0


async def test_unknown_plate_is_not_found(call):
    result = await call("find_vehicle", plate="QQ 999 QQ")
    assert not result.ok and result.error.code == "not_found"


async def test_find_by_description_and_customer(call):
    panda = await call("find_vehicle", description="Panda grigia")
    assert panda.ok
    assert [m["plate"] for m in panda.data["matches"]] == ["AB123CD"]
    both = await call("find_vehicle", description="Fiat Panda")
    assert {m["plate"] for m in both.data["matches"]} == {"AB123CD", "LN777TT"}
    assert both.data["ambiguous"] is True
    narrowed = await call("find_vehicle", description="Panda rossa", customer="Rossi")
    assert [m["plate"] for m in narrowed.data["matches"]] == ["LN777TT"]


async def test_a_model_said_by_its_first_word(call):
    # "the Transit" for the Transit Custom on file: the models of several words that open with it (here Serie 3)
    serie = await call("find_vehicle", description="Serie blu")
    assert serie.ok and [m["plate"] for m in serie.data["matches"]] == ["MAB1234"]
    # a word that is no model's first word names nothing
    assert (await call("find_vehicle", description="Custom")).error.code == "not_found"


async def test_a_model_not_on_file_finds_no_other_vehicle(call):
    # "the green Ford Ranger" with no Ranger on file matched the other Fords, or every car of the colour: a model
    # path would have booked the wrong vehicle. A word beside the make or colour that names no model on file is
    # not found, and the plate is asked for
    for said in ("Ford Ranger", "Ranger blu", "la Multipla grigia", "Fiat Multipla"):
        missing = await call("find_vehicle", description=said)
        assert not missing.ok and missing.error.code == "not_found", said
    # the make, model and colour on file still find it, with the little words people add
    fiesta = await call("find_vehicle", description="Ford Fiesta")
    assert fiesta.ok and [m["model"] for m in fiesta.data["matches"]] == ["Fiesta"]
    own = await call("find_vehicle", description="la sua Panda grigia di Rossi")
    assert own.ok and [m["plate"] for m in own.data["matches"]] == ["AB123CD"]
    grey = await call("find_vehicle", description="the dark grey one")
    assert grey.ok and "AB123CD" in {m["plate"] for m in grey.data["matches"]}


async def test_find_customer_by_name_phone_email(call):
    by_name = await call("find_customer", query="rossi mario")
    assert [c["customer_id"] for c in by_name.data["customers"]] == [1]
    assert {v["plate"] for v in by_name.data["customers"][0]["vehicles"]} == {"AB123CD", "LN777TT"}
    by_phone = await call("find_customer", query="333 100 0006")
    assert [c["full_name"] for c in by_phone.data["customers"]] == ["Sara Ricci"]
    by_email = await call("find_customer", query="F.Greco@example.it")
    assert [c["customer_id"] for c in by_email.data["customers"]] == [8]
    assert by_email.data["customers"][0]["consent"]["whatsapp"] is True
    missing = await call("find_customer", query="Nessuno Sconosciuto")
    assert not missing.ok and missing.error.code == "not_found"


async def test_history_filtered_by_category(call, today):
    everything = await call("vehicle_history", plate="AB 123 CD")
    assert [s["appointment_id"] for s in everything.data["services"]] == [4, 3, 2, 1]
    maintenance = await call("vehicle_history", vehicle_id=1, category="maintenance")
    assert [(s["date"], s["service"]) for s in maintenance.data["services"]] == [
        (shifted("2025-01-15", today), "Tagliando"),
        (shifted("2024-01-20", today), "Tagliando"),
    ]
    assert maintenance.data["services"][0]["mileage_km"] == 74000
    since = await call(
        "vehicle_history",
        vehicle_id=1,
        since=shifted("2024-06-01", today),
        until=shifted("2025-03-01", today),
    )
    assert [s["appointment_id"] for s in since.data["services"]] == [3, 2]
    tyres = await call("vehicle_history", vehicle_id=1, category="tyres")
    assert [s["category"] for s in tyres.data["services"]] == ["tyres"]


async def test_list_services(call):
    everything = await call("list_services")
    assert len(everything.data["services"]) == 7
    tyres = await call("list_services", category="tyres")
    assert [s["name"] for s in tyres.data["services"]] == ["Cambio gomme"]
    assert tyres.data["services"][0]["duration_min"] == 30
    named = await call("list_services", query="freni")
    assert [s["service_id"] for s in named.data["services"]] == [6]


async def test_history_by_misheard_plate_asks_instead_of_guessing(call):
    result = await call("vehicle_history", plate="AD 123 CD")
    assert not result.ok and result.error.code == "ambiguous"
    assert {c["plate"] for c in result.error.details["candidates"][:2]} == {"AB123CD", "AP123CD"}
    unknown = await call("search_appointments", plate="QQ999QQ")
    assert not unknown.ok and unknown.error.code == "not_found"


async def test_find_by_multi_word_make_and_model(call):
    alfa = await call("find_vehicle", description="Alfa Romeo rossa")
    assert [m["plate"] for m in alfa.data["matches"]] == ["BR246KS"]
    bmw = await call("find_vehicle", description="BMW Serie 3 blu")
    assert [m["plate"] for m in bmw.data["matches"]] == ["MAB1234"]


async def test_list_vehicle_models(call):
    from collections import Counter

    from tests.contract.seed_data import VEHICLES

    on_file = Counter((v["make"], v["model"]) for v in VEHICLES)
    result = await call("list_vehicle_models")
    assert result.ok, result.error
    rows = [(m["make"], m["model"], m["vehicles"]) for m in result.data["models"]]
    # most vehicles first, ties by make and model: the same order on both backends
    assert rows == sorted(((mk, md, n) for (mk, md), n in on_file.items()), key=lambda r: (-r[2], r[0], r[1]))
    assert result.display["kind"] == "vehicle_models" and result.display["title"].startswith(str(len(rows)))
    two = await call("list_vehicle_models", limit=2)
    assert [(m["make"], m["model"]) for m in two.data["models"]] == [(mk, md) for mk, md, _ in rows[:2]]
    for hostile in (0, -1, 2001, "300; DROP TABLE vehicles", None):
        refused = await call("list_vehicle_models", limit=hostile)
        assert not refused.ok and refused.error.code == "invalid_arguments", hostile
    extra = await call("list_vehicle_models", make="Fiat")
    assert not extra.ok and extra.error.code == "invalid_arguments"
    assert (await call("list_vehicle_models")).data == result.data  # nothing changed by them
