"""W's "doppia vu" as whisper base writes it at a plate: its d heard on the "e" said before it and its "vu" run on
("… della Salene, ed oppiavo, 781 zs", set 42, for E W 781 ZS), and its "vu" run into the plate's last letter R, the
r heard l, as the verb "vuole" ("Ixilono 8.04 Doppia vuole.", set 44; "di D396 doppia vuole, …", set 50: W R). Each
only at a plate: after the plate's digits, with none after it; "la doppia vuole …" elsewhere stays the verb."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import plates_in


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("per le pastiglie della Salene, ed oppiavo, 781 zs, prenotala lì", "EW781ZS"),
        ("la Punto di Rossi, ed oppiavu 1 2 3 AB, tagliando", "EW123AB"),
    ],
)  # fmt: skip
def test_e_doppia_vu_heard_ed_oppiavo(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("La Arabella di D396 doppia vuole, quando è stata l'ultima revisione?", "DD396WR"),
        ("la Panda, AB 123 doppia vuole, tagliando domani", "AB123WR"),
    ],
)  # fmt: skip
def test_vu_erre_heard_as_vuole(text: str, plate: str) -> None:
    assert plates_in(text) == [plate]


@pytest.mark.parametrize(
    "text",
    [
        "la signora dice che la doppia vuole cambiarla",
        "il doppia vuole 246 accadì, venerdì",  # digits after it: W and its digits, no R
        "ed oppiamo tre volte",
    ],
)
def test_the_same_words_elsewhere_stay(text: str) -> None:
    tokens = heard_tokens(text)
    assert "erre" not in tokens and "doppiavo" not in tokens
