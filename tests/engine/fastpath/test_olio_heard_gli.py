""" "Olio" heard with its "i" glide as "gli" ("mi serve un cambio oliglio domani alle 10"): put back, the oil change
read. Without a service word the booking still asks which service."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def test_oliglio_is_olio() -> None:
    p = parse(
        "Per la Yaris, GB 4 19 KM, mi serve un cambio oliglio venerdì alle 9.", language="it", today=today()
    )
    assert p.intent == "book"
    assert (p.slots.get("service") or {}).get("key") == "oil_change"


def test_no_service_said_is_asked() -> None:
    p = parse(
        "Per la Yaris, GB 4 19 KM, mi serve un appuntamento venerdì alle 9.", language="it", today=today()
    )
    assert not p.handled
    assert "service" not in p.slots
