"""The mileage a car came in with on its last visit, asked with no job named ("Che lavori ha fatto da noi la
Moskvich, …, e con quanti chilometri è entrata l'ultima volta?", set 35): its history (a read), "da noi" the
workshop and no "since". The kilometres made since a visit, or the car's mileage now, stay refused."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Che lavori ha fatto da noi la Moskvich, Genova Zara 4 0 3 Torino Genova, e con quanti chilometri è entrata "
        "l'ultima volta?",
        "La Moskvich GZ 403 TG, quanti km aveva l'ultima volta?",
        "L'ultima volta che è venuta la Moskvich GZ 403 TG, quanti chilometri aveva?",
        "Con quanti chilometri è passata l'ultima volta la GZ 403 TG?",
    ],
)
def test_the_mileage_of_the_last_visit_is_its_history(text: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "vehicle_history", {"plate": "GZ403TG"})
    assert p.slots.get("mileage") is True


@pytest.mark.parametrize(
    "text",
    [
        "Quanti chilometri ha fatto la Moskvich GZ 403 TG dall'ultima volta?",
        "Quanti chilometri ha la Moskvich GZ 403 TG?",
        "Quanti km fa la GZ 403 TG da noi all'officina fino a l'ultima volta?",
    ],
)
def test_the_mileage_since_or_now_stays_refused(text: str) -> None:
    p = parse_it(text)
    assert p.intent is None, (p.intent, p.reason)
