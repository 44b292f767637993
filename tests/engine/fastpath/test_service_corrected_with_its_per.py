"""A job taken back for another said whole with its "per" again and its verb (set 45, it-ee10: "…, per la
convergenza... anzi no, per cambiare le gomme: scrivilo"): the job said instead is the one booked, the words of the
first dropped. A correction with another kind after it (a car, a day) is left as before."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Domattina alle 8 e mezza ci arriva il Bearcat bianco di Iannuzzi, AB 123 CD, per la convergenza... anzi no, "
         "per cambiare le gomme: scrivilo.", "tyres"),
        ("Prenota la AB 123 CD per la revisione, no scusa, per il tagliando, venerdì alle 10", "service"),
        ("Prenota una diagnosi... no, aspetta, è la batteria, per la AB 123 CD venerdì alle 10", "battery"),
    ],
)  # fmt: skip
def test_the_job_said_instead_is_booked(text: str, service: str) -> None:
    assert_parsed(parse_it(text), "book", {"service": service, "plate": "AB123CD"})


@pytest.mark.parametrize(
    "text",
    [
        "Prenota la AB 123 CD per la revisione... anzi no, per la Clio EF 456 GH, venerdì alle 10",
        "Prenota la AB 123 CD per la revisione venerdì alle 10... anzi no, per domani",
    ],
)
def test_a_correction_of_another_kind_is_not_a_job_taken_back(text: str) -> None:
    p = parse_it(text)
    assert not p.handled or p.slots.get("service", {}).get("key") != "inspection", p
