"""What else was said about a vehicle whose plate was misheard (its model, colour, owner, an appointment),
weighed as likelihoods in the plate ranking: text level (deterministic), then through the fast path on
the contract seed's real SQLite workshop (AB123CD, a grey Panda of Mario Rossi, and AP123CD, a white 500
of Roberto Conti, are look-alikes)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath.context import Context, Memory
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse
from engine.fastpath.plate_evidence import appointment_evidence, combined, said_evidence
from engine.fastpath.plate_hearing import (
    CORROBORATED_SURE_COST,
    SURE_COST,
    Evidence,
    join_letter_names,
    rank,
    readings,
)
from engine.fastpath.steps import appointment_priors, upcoming_days
from engine.fastpath.vehicles import VehicleDescription
from tests.engine.fastpath.conftest import NOW
from wp_api.contract import CallContext
from wp_api.local import LocalBackend

FOCUS = "DZ809PM"
LOOK_ALIKE = "DZ809PN"


def _vehicle(plate: str, model: str, colour: str, owner: str) -> dict[str, Any]:
    return {"plate": plate, "make": "", "model": model, "colour": colour, "customer": {"full_name": owner}}


def _fleet() -> dict[str, dict[str, Any]]:
    """Twenty candidates a lookup might return: the white Focus, a look-alike Panda, eighteen others."""
    others = {
        f"DZ8{i:02d}XY": _vehicle(f"DZ8{i:02d}XY", model, "nero", f"Cliente {i}")
        for i, model in enumerate(["Panda", "Golf", "Yaris", "Clio", "Corsa", "Polo"] * 3)
    }
    return {
        FOCUS: _vehicle(FOCUS, "Focus", "bianco", "Sara Fontana"),
        LOOK_ALIKE: _vehicle(LOOK_ALIKE, "Panda", "grigio", "Mario Neri"),
        **others,
    }


def _found(heard: str) -> list[Any]:
    return readings(tokenize(heard))


def test_a_corroborated_candidate_reaches_the_write_confidence() -> None:
    found = _found("di Z809 PM")  # the D heard as the word "di": the look-alike is close in sound
    fleet = _fleet()
    alone = rank(found, fleet)
    assert alone[0].plate == FOCUS and alone[0].confidence < 0.9
    desc = VehicleDescription(model="Focus", make="Ford", colour="white")
    ranked = rank(found, fleet, evidence=said_evidence(desc, None, fleet))
    assert ranked[0].plate == FOCUS and ranked[0].confidence >= 0.9


def test_a_contradicted_look_alike_is_never_sure() -> None:
    found = _found("di Z809 PN")  # sounds like the look-alike; the Focus was said
    fleet = _fleet()
    desc = VehicleDescription(model="Focus", make="Ford")
    ranked = rank(found, fleet, evidence=said_evidence(desc, None, fleet))
    look_alike = next(r for r in ranked if r.plate == LOOK_ALIKE)
    assert look_alike.confidence < 0.1 and ranked[0].plate == FOCUS


def test_a_description_that_fits_two_candidates_still_asks() -> None:
    found = _found("di Z809 PM")
    fleet = _fleet()
    fleet[LOOK_ALIKE] = _vehicle(LOOK_ALIKE, "Focus", "bianco", "Mario Neri")
    desc = VehicleDescription(model="Focus", make="Ford", colour="white")
    ranked = rank(found, fleet, evidence=said_evidence(desc, None, fleet))
    assert ranked[0].confidence < 0.9 and ranked[0].confidence - ranked[1].confidence < 0.5


def test_the_owners_name_is_evidence_and_a_name_nobody_has_is_ignored() -> None:
    fleet = _fleet()
    fits = said_evidence(None, "signora Fontana", fleet)
    assert fits.likelihood[FOCUS] == 1.0 and fits.likelihood[LOOK_ALIKE] < 0.5 and fits.unknown < 0.2
    nobody = said_evidence(None, "Diacca", fleet)  # a misheard word read as a surname
    assert nobody.unknown == 1.0 and set(nobody.likelihood.values()) == {1.0}


@pytest.mark.parametrize(
    ("heard", "plate"),
    [("pivullone 3 15 2 L", "PV315KL"), ("vi 315 2 L", "PV315KL"), ("H272B doppia", "DH272BW")],
)
def test_evidence_lifts_a_garbled_span_only_up_to_the_corroborated_cap(heard: str, plate: str) -> None:
    found = _found(heard)
    cost = rank(found, [plate])[0].cost
    assert cost > SURE_COST and rank(found, [plate])[0].confidence < 0.9
    strong = Evidence({plate: 1.0}, unknown=1e-6)
    confidence = rank(found, [plate], evidence=strong)[0].confidence
    assert (confidence >= 0.9) == (cost <= CORROBORATED_SURE_COST)
    weak = Evidence({plate: 1.0}, unknown=0.5)  # half the fleet would fit: no lift
    assert rank(found, [plate], evidence=weak)[0].confidence < 0.9


def test_a_request_about_an_appointment_favours_plates_that_have_one() -> None:
    booked = {FOCUS: {"2026-11-30"}, LOOK_ALIKE: {"2026-12-01"}}
    on_monday = appointment_evidence([FOCUS, LOOK_ALIKE, "AB123CD"], booked, "2026-11-30")
    assert on_monday.likelihood[FOCUS] == 1.0
    assert on_monday.likelihood[LOOK_ALIKE] < on_monday.likelihood[FOCUS]
    assert on_monday.likelihood["AB123CD"] < on_monday.likelihood[LOOK_ALIKE]
    assert on_monday.unknown < 1.0
    nobody = appointment_evidence([FOCUS], {}, "2026-11-30")  # no candidate has one: nothing learnt
    assert nobody.unknown == 1.0 and not nobody.likelihood
    both = combined(on_monday, Evidence({FOCUS: 0.5}, 0.1))
    assert both.likelihood[FOCUS] == 0.5 and abs(both.unknown - on_monday.unknown * 0.1) < 1e-12


def test_w_said_as_two_words_is_one_letter() -> None:
    assert join_letter_names(["272b", "doppia", "vu"]) == ["272b", "doppiavu"]
    assert "DH272BW" in [r.text for r in _found("diacca 272b doppia vu")[:6]]


# --- through the fast path (contract seed) -------------------------------------------------------------


async def test_a_look_alike_of_another_model_is_never_written(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando per la Yaris a di 123 cidi domani alle 10", context)
    assert not out.handled and out.clarification
    assert not [c for c in out.tool_calls if c.name == "create_appointment"]


async def test_the_model_said_picks_among_look_alikes_but_a_small_workshop_still_asks(
    fast: FastPath, context: CallContext
) -> None:
    out = await fast.handle("prenota un tagliando per la Panda a di 123 cidi domani alle 10", context)
    # the 500 is no longer offered: the Panda is asked about alone (two candidates say little about
    # how common Pandas are, so the fleet share stays high and the confirmation stays)
    assert out.clarification and "AB123CD" in out.clarification
    assert "AP123CD" not in out.clarification
    assert not [c for c in out.tool_calls if c.name == "create_appointment"]


async def test_a_busy_weeks_appointments_are_all_priors(seeded_db: Path, tmp_path: Path) -> None:
    """120 appointments on Monday and Tuesday fill more than one search (100): Friday's still count."""
    path = tmp_path / "workshop.sqlite3"
    shutil.copy(seeded_db, path)
    with sqlite3.connect(path) as conn:
        rows = [
            (1, "manutenzione", 1, 1, 1, f"2026-03-0{2 + i % 2}T{8 + i % 10:02d}:{i % 60:02d}", "approved")
            for i in range(120)
        ] + [(1, "manutenzione", 1, 4, 4, "2026-03-06T10:00", "approved")]  # DP321TB on Friday
        conn.executemany(
            "INSERT INTO appointments (service_id, category, staff_id, customer_id, vehicle_id, start, end, "
            "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2026-03-01', '2026-03-01')",
            [(*r[:6], r[5], r[6]) for r in rows],
        )
    backend = LocalBackend(path, now=lambda: NOW, kick_outbox=False)
    try:
        ctx = Context(
            backend, CallContext(session_id="t", actor="t"), parse("storico della AB123CD", language="it"),
            now=lambda: NOW, memory=Memory(),
        )  # fmt: skip
        priors = await appointment_priors(ctx)
        assert "DP321TB" in priors and "AB123CD" in priors
        booked = await upcoming_days(ctx, ["DP321TB"], "2026-03-06")
        assert booked["DP321TB"] == {"2026-03-06"}
    finally:
        await backend.aclose()
