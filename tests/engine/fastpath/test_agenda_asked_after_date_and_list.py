"""A day's agenda asked with "che" for "chi" right after the date's number ("giovedì, il 3, che abbiamo
segnato?"), and asked as the list of the cars that come in ("venerdì 4, la lista delle macchine che
arrivano"): reads of the day. New sentences in the shape set 21 heard."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Giovedì prossimo, il tre, che abbiamo segnato?", "2026-12-03"),
        ("Venerdì, il 27, che abbiamo segnato in officina?", "2026-11-27"),
    ],
)
def test_che_after_the_dates_number_asks_the_agenda(text: str, date: str) -> None:
    p = _parse(text)
    assert p.intent == "day_appointments" and p.handled, (p.reason, p.slots)
    assert p.slots.get("date") == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Venerdì 4 dicembre, la lista delle macchine che arrivano.", "2026-12-04"),
        ("Per lunedì 30 dammi l'elenco delle auto che ci portano.", "2026-11-30"),
        ("Domani, la lista degli appuntamenti per favore.", "2026-11-26"),
    ],
)
def test_the_list_of_the_days_cars_asks_the_agenda(text: str, date: str) -> None:
    p = _parse(text)
    assert p.intent == "day_appointments" and p.handled, (p.reason, p.slots)
    assert p.slots.get("date") == date


def test_the_job_done_after_il_is_no_agenda() -> None:
    # "il tagliando che abbiamo fatto": no date's number before "che", what was done
    p = _parse("Il tagliando che abbiamo fatto alla Panda AB 123 CD quando era?")
    assert p.intent != "day_appointments", (p.intent, p.reason)


def test_cars_picked_by_what_they_share_are_no_days_list() -> None:
    p = _parse("La lista delle macchine che hanno la revisione scaduta.")
    assert p.intent != "day_appointments", (p.intent, p.reason)
