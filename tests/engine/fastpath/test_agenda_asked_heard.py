"""The agenda of a day asked over the noise: "c'è in programma" run into one word ("centrogramma"), and a coming
verb's plural with its "-no" heard apart ("ci entra no"), taken for a refusing "no". Both put back so the day's
agenda is read (a read, never a write); a "no" with no day asked stays as heard."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Cosa centrogramma giovedì 3 dicembre?", "2026-12-03"),
        ("Ciao, cemprogramma per lunedì 30?", "2026-11-30"),
        ("Domani quante macchine ci entra no e chi sono?", "2026-11-26"),
        ("Venerdì chi ci arriva no, leggimi la lista", "2026-11-27"),
    ],
)  # fmt: skip
def test_agenda_asked_heard_off_is_read(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": date})


def test_a_no_with_no_day_asked_stays() -> None:
    p = parse_it("la Panda ci entra no nel ponte")
    assert p.intent is None, (p.intent, p.reason)
