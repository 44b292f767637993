"""The owner's name said with a plate whisper misheard, as evidence for the workshop's data, from held-out set
18 ("la T-Cross bianca di Zanadi, GT 450 RZ" for Zanardi's GT 415 RZ; the sentences below are new): the name as
whisper writes surnames counts ("Fontanna" for Fontana), and an owner's name is rare in the fleet (a prior share
of 2%, not a Laplace half), so a candidate owned by the name said, its model and colour said too, is likelier
than a plate not on file. A look-alike owned by someone else is never lifted, and a write without a candidate
that fits is still asked."""

from __future__ import annotations

from typing import Any

from engine.fastpath import FastPath
from engine.fastpath.normalize import tokenize
from engine.fastpath.plate_evidence import said_evidence
from engine.fastpath.plate_hearing import rank, readings
from engine.fastpath.vehicles import VehicleDescription
from wp_api.contract import CallContext

SAID = "GT 450 RZ"  # an Italian plate itself, not on file: one digit misheard, one dropped
MEANT = "GT415RZ"
LOOK_ALIKE = "GT425RZ"


def _vehicle(plate: str, model: str, colour: str, owner: str) -> dict[str, Any]:
    return {"plate": plate, "make": "", "model": model, "colour": colour, "customer": {"full_name": owner}}


def _fleet() -> dict[str, dict[str, Any]]:
    return {
        MEANT: _vehicle(MEANT, "T-Cross", "bianco", "Sara Fontana"),
        LOOK_ALIKE: _vehicle(LOOK_ALIKE, "Polo", "nero", "Mario Neri"),
        "GT415RA": _vehicle("GT415RA", "Clio", "rosso", "Luca Bassi"),
    }


def _top(customer: str | None, desc: VehicleDescription | None) -> tuple[str, float]:
    fleet = _fleet()
    ranked = rank(readings(tokenize(SAID)), fleet, evidence=said_evidence(desc, customer, fleet))
    return ranked[0].plate, ranked[0].confidence


def test_the_owners_name_as_whisper_writes_it_lifts_the_candidate_it_names() -> None:
    desc = VehicleDescription(model="T-Cross", make="Volkswagen", colour="white")
    assert _top(None, desc)[1] < 0.9  # model and colour alone: a plate not on file stays likely
    plate, confidence = _top("Fontanna", desc)
    assert plate == MEANT and confidence >= 0.9


def test_a_name_nobody_has_adds_nothing() -> None:
    desc = VehicleDescription(model="T-Cross", make="Volkswagen", colour="white")
    assert _top("Diacca", desc)[1] == _top(None, desc)[1]


def test_the_look_alikes_owner_never_lifts_the_other_plate() -> None:
    plate, confidence = _top("Neri", None)
    assert not (plate == MEANT and confidence >= 0.9)


async def test_a_look_alike_of_another_owner_is_never_written(fast: FastPath, context: CallContext) -> None:
    # the contract seed: AB123CD is Mario Rossi's grey Panda, AP123CD Roberto Conti's white 500
    out = await fast.handle(
        "prenota un tagliando per la Panda di Conti, a di 123 cidi domani alle 10", context
    )
    assert not [c for c in out.tool_calls if c.name == "create_appointment"]
