"""Letter names whisper base writes short in a plate: H's "acca" spelt "haca" after D's "di" ("di haca 1.9.8 kL"
for DH 198 KL, set 53: the "di" is the plate's first letter, "haca" H alone), F's "effe" with its ff heard single
("Efe in lunga 7,59 DM" for FJ 759 DM, sets 46, 48, 53), and NATO's Delta heard "Data" beside a NATO word ("Data
hotel 198 kg Lima", set 53). Each only where it makes a plate: "data" and "di" elsewhere stay words. New
sentences."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_en, parse_it, plates_in


def test_after_di_haca_is_h_alone() -> None:
    tokens = heard_tokens("il tagliando della Panda di haca 4 7 2 ti elle")
    assert "acca" in tokens and tokens[tokens.index("acca") + 1] == "4", tokens


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("la Panda di Ferri, di haca 4.7.2 TL, quando ha fatto la revisione", "DH472TL"),
        ("il furgone di haca 315 bi ci, cambio olio", "DH315BC"),
        ("la Clio haca 318 di ci", "HA318DC"),  # "haca" alone before the digits: H and A as ever
        ("la Clio, efe in lunga 7 5 9 di emme", "FJ759DM"),
        ("la Punto, efe a 460 zeta emme", "FA460ZM"),
    ],
)  # fmt: skip
def test_short_letter_names_make_the_plate(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


def test_delta_heard_data_beside_a_nato_word() -> None:
    assert plates_in("the brown Torpedo, Data hotel 198 kilo Lima, oil change") == ["DH198KL"]


@pytest.mark.parametrize(
    "text",
    [
        "what's the first data slot for an oil change",
        "send the data to Mr Rossi",
        "la prima data utile per il tagliando",
    ],
)
def test_data_alone_stays_a_word(text: str) -> None:
    assert plates_in(text) == []


def test_a_plate_read_through_the_short_names_is_the_request_s_plate() -> None:
    p = parse_it("Per la Torpedo di Cavalieri, di haca 1 9 8 kappa elle, quando c'è posto per un tagliando?")
    assert p.slots.get("plate") == "DH198KL", (p.reason, p.slots)
    p = parse_en("Data hotel 198 kg Lima, oil change on Tuesday the 12th of January at 9:30")
    assert p.slots.get("plate") == "DH198KL", (p.reason, p.slots)
