"""A job said due again ("va rifatta la batteria", "vanno rifatte le pastiglie", set 37: "Il Rancho di Cappellazzo, GC
698 ZL, va rifatta la batteria prima di Natale, …" was no request at all): a booking, as "va fatta" is, its day asked
when none is said ("prima di Natale" is no day). A job asked of as done again ("quand'è che gli abbiamo rifatto le
pastiglie?") stays its history, and one told done ("è già stata rifatta?") no booking."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "service", "date"),
    [
        ("La Punto di Rossi, AB 123 CD, va rifatta la batteria prima di Natale.", "battery", None),
        ("La Punto, AB 123 CD, vanno rifatti i freni prima di Natale.", "brakes", None),
        ("Per la Punto AB 123 CD vanno rifatte le pastiglie giovedì 17 alle 9.", "brakes", "2026-12-17"),
        ("La Punto di Rossi, AB 123 CD: va rifatto il tagliando, lunedì 14 alle 10.", "service", "2026-12-14"),
    ],
)
def test_a_job_due_again_is_booked(text: str, service: str, date: str | None) -> None:
    p = parse_it(text)
    assert p.intent == "book", (p.intent, p.reason)
    assert p.slots["service"]["key"] == service and p.slots.get("date") == date, p.slots
    assert p.handled == (date is not None), p.reason  # no day said: asked


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Quand'è che gli abbiamo rifatto le pastiglie alla Punto AB 123 CD?", "vehicle_history"),
        ("La batteria della Punto AB 123 CD è già stata rifatta?", None),
    ],
)
def test_a_job_done_again_is_not_booked(text: str, intent: str | None) -> None:
    p = parse_it(text)
    assert p.intent == intent, (p.intent, p.reason)
