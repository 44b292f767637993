"""A booking with its reminder, the reminder's hour said roughly: "…, e mandale un promemoria per SMS la sera prima
verso le 7" (set 30) lost the reminder ("verso" no word of a follow-up), so the whole was asked again."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_reminder_the_evening_before_around_an_hour_is_kept() -> None:
    p = parse_it(
        "Prenota le gomme per la Punto grigia, AB 123 CD, venerdì 4 dicembre alle 9, e mandagli un promemoria "
        "su WhatsApp la sera prima verso le 6."
    )
    assert [part.intent for part in p.parts] == ["book", "send_reminder"], (p.intent, p.reason, p.parts)
    assert p.parts[1].slots["reminder"]["time"] == "18:00", p.parts[1].slots


def test_an_unknown_word_in_the_reminder_is_still_asked() -> None:
    p = parse_it(
        "Prenota le gomme per la Punto grigia, AB 123 CD, venerdì 4 dicembre alle 9, e mandagli un promemoria "
        "su WhatsApp la sera prima col cugino."
    )
    assert p.parts == [] and p.reason is not None, (p.intent, p.reason, p.parts)
