""""La prima data buona per la ricarica del clima qual è?" heard "… per la ricarica del climacoale" (set 37): the
service lost, asked back; "clima qual è" run together after its "del" is put back."""

from __future__ import annotations

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_the_aircon_is_read() -> None:
    text = "Per la Genesis blu, EC 726 HT, la prima data buona per la ricarica del climacoale."
    assert_parsed(parse_it(text), "first_free_slot", {"service": "aircon", "plate": "EC726HT"})
    assert_parsed(parse_it("La prima data buona per la ricarica del clima qual è?"), "first_free_slot",
                  {"service": "aircon"})


def test_the_word_alone_is_no_service() -> None:
    assert parse_it("La prima data buona per il climacoale?").slots.get("service") is None
