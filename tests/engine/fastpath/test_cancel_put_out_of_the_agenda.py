"""An appointment put out of the agenda ("Per giovedì 6 maggio, un cliente prenotato entro mezzogiorno ha dato
forfait. Fallo fuori dall'agenda", set 50, refused as the agenda with no verb read): a cancellation, which one asked
when no car is named. "Fallo fuori" with no agenda after it is none."""

from __future__ import annotations

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_put_out_of_the_agenda_is_a_cancel() -> None:
    assert_parsed(parse_it("La GY 234 TL venerdì non viene: falla fuori dal calendario."), "cancel", {})


def test_with_no_car_it_is_a_cancel_asked() -> None:
    p = parse_it("Per giovedì 6 maggio, un cliente prenotato entro mezzogiorno ha dato forfait. Fallo fuori "
                 "dall'agenda.")  # fmt: skip
    assert p.intent == "cancel" and not p.handled, p


def test_out_of_anything_else_is_no_cancel() -> None:
    assert parse_it("Fallo fuori dall'officina, il cliente della GY 234 TL").intent != "cancel"
