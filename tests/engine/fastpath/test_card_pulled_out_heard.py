"""A vehicle's card asked to be pulled out with its verb misheard ("Mi tiri fuori la scheda di Golf Zulu 4 0 3 Tango
Golf?" heard "Bittili fuori, la scheda di golf. Zulu 4.03 tango golf.", set 35): "fuori" with the card right after
it still shows it (a look-up). Without the card ("è fuori, la Moskvich …") it is nothing."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Bittili fuori, la scheda di golf. Zulu 4.03 tango golf.", "GZ403TG"),
        ("Tiralo fuori la scheda della GZ 403 TG", "GZ403TG"),
        ("Mi tiri fuori la pratica della FL 885 EK?", "FL885EK"),
        ("Tirimi fuori i dati della DM 219 XH", "DM219XH"),
    ],
)  # fmt: skip
def test_the_card_pulled_out_is_looked_up(text: str, plate: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": plate})


def test_out_without_the_card_is_no_look_up() -> None:
    p = parse_it("La Sperandio è fuori, la Moskvich GZ 403 TG")
    assert p.intent != "lookup_plate", (p.intent, p.reason)
