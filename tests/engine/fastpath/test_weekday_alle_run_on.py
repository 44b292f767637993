"""A weekday with "alle" run on before its hour, as whisper base writes it: "Spostalo a Venerdiale 11".

Found speaking to the app under Xvfb: "Spostalo a venerdì alle 11" was heard "Spostalo a Venerdiale 11" and the
hour was asked ("A che ora, esattamente?"). Put back only before an hour."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "day", "hour"),
    [("spostalo a venerdiale 11", "2026-11-27", "11:00"), ("sposta la AB 123 CD a lunediale 9", "2026-11-30", "09:00")],
)
def test_a_weekday_with_alle_run_on_before_its_hour(text: str, day: str, hour: str) -> None:
    p = parse(text, language="it", today=TODAY)
    assert (p.slots.get("date"), p.slots.get("time")) == (day, hour), p


def test_with_no_hour_after_it_nothing_is_put_back() -> None:
    assert "time" not in parse("la revisione di venerdiale", language="it", today=TODAY).slots
