"""A surname said after the vehicle ("annulla il cambio gomme della 500 grigia di gentile", found speaking to the
app) was put back as the nearest known word ("sentire"), and the three grey 500s on file were asked about: after a
vehicle's colour or model and "di", the word is kept as heard, the owner. Elsewhere the put-back stays."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


def test_a_surname_after_the_vehicle_is_kept_and_is_the_owner() -> None:
    assert parse_it("annulla il cambio gomme della 500 grigia di gentile").slots.get("customer") == "Gentile"
    assert "bellotti" in heard_tokens("sposta il tagliando della Panda di bellotti a lunedì 7 alle 9")


def test_elsewhere_a_word_one_sound_off_is_still_put_back() -> None:
    assert "gentile" not in heard_tokens("annulla la revisione gentile di domani")
