"""When a job was done, asked with its "quando" said after the job's verb ("All'F22 di Uccellini, DH 830 YV, l'olio
l'abbiamo cambiato quando?", set 39; "le pastiglie gliele avevamo fatte quando?", "la batteria è stata sostituita
quando?") or with "quand'è stata" of a feminine job ("la ricarica del clima quand'è stata?", set 39): the vehicle's
history, filtered by the job; the oil named first and taken up by its pronoun ("l'olio l'abbiamo …") is the oil
change. Whisper's "gli alle avevamo" (gliele) and "del climaco andè" (del clima quand'è) are put back. Told
("l'olio l'abbiamo fatto ieri"), or with an hour after "gli alle", it is no history."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_it
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "plate", "service"),
    [
        ("All'F22 di Uccellini, DH 830 YV, l'olio l'abbiamo cambiato quando?", "DH830YV", "oil_change"),
        ("La Panda FB 906 VG, l'olio quando gliel'avevamo fatto?", "FB906VG", "oil_change"),
        ("Alla GE 404 NW le pastiglie gliele avevamo cambiate quando?", "GE404NW", "brakes"),
        ("Alla Clio FB 906 VG la batteria è stata sostituita quando?", "FB906VG", "battery"),
        ("Sulla Cizeta, ET 0 90 YP, la ricarica del clima quand'è stata?", "ET090YP", "aircon"),
        ("La revisione della GE 404 NW quand'è stata?", "GE404NW", "inspection"),
        ("Le gomme della FB 906 VG quando sono state montate?", "FB906VG", "tyres"),
        # whisper's: "gliele" heard "gli alle", "clima quand'è" run together after "del"
        ("Le pastiglie dell'Atonis FB906VG, quando gli alle avevamo sostituite.", "FB906VG", "brakes"),
        ("Sulla ET 090 YP la ricarica del climaco andè stata.", "ET090YP", "aircon"),
    ],
)  # fmt: skip
def test_when_said_after_the_job_is_its_history(text: str, plate: str, service: str) -> None:
    assert_parsed(parse_it(text), "vehicle_history", {"plate": plate, "service": service})


@pytest.mark.parametrize(
    "text",
    [
        "Alla Panda di Rossi l'olio l'abbiamo fatto ieri",  # told, no "quando"
        "Gli alle 9 gli abbiamo fatto il tagliando",  # an hour after "gli alle", no "gliele"
        "Cambia l'olio alla FB 906 VG domani alle 9",  # a booking
    ],
)
def test_told_or_booked_is_no_history(text: str) -> None:
    assert parse_it(text).intent != "vehicle_history", text


async def test_the_oil_asked_after_its_verb_reads_the_cars_maintenance(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("La AB 123 CD, l'olio l'abbiamo cambiato quando?", context, alone=True)
    calls = [c for c in out.tool_calls if c.name == "vehicle_history"]
    assert out.handled and calls and calls[0].arguments.get("category") == "maintenance", out
