"""An appointment taken off "dall'agenda" by a cancel's own verb ("…, non viene più, levalo dall'agenda", set 27:
refused as a read of the agenda), and one named only by when it came ("quello che veniva giovedì 10 alle 3 e
mezza"): which vehicle is asked, never taken from the agenda; "dall'agenda" with no verb of its own is still
refused."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_levalo_dall_agenda_is_a_cancel_that_asks_the_vehicle() -> None:
    p = parse_it("Quello che doveva venire lunedì 30 alle 10 non viene più: toglilo dall'agenda")
    assert p.intent == "cancel" and not p.handled, (p.reason, p.slots)
    assert p.slots.get("old_date") == "2026-11-30"


def test_one_named_by_when_it_came_asks_the_vehicle() -> None:
    p = parse_it("Quella che veniva venerdì alle 4 non viene più, cancellala")
    assert p.intent == "cancel" and not p.handled, (p.reason, p.slots)


def test_with_its_plate_it_cancels() -> None:
    p = parse_it("Levami dall'agenda la revisione della Punto GA 412 KB di venerdì")
    assert p.intent == "cancel" and p.handled and p.slots.get("plate") == "GA412KB", (p.reason, p.slots)


def test_agenda_without_a_verb_is_refused() -> None:
    p = parse_it("dall'agenda di giovedì 10 quello delle 3 e mezza")
    assert not p.handled
