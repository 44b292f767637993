"""The day's list asked as the people or cars coming ("Fammi l'elenco di quelli che passano oggi, con gli orari.",
"Dopodomani, che è venerdì, mi elenchi le macchine in arrivo e i proprietari?", set 38; "dimmi quelli che arrivano
domani", "quali auto in arrivo abbiamo giovedì?"): the day's appointments, read only. A message to "quelli che
passano" is many told at once (a campaign, refused), and a part "in arrivo" is no list of the day."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Fammi l'elenco di quelli che passano oggi, con gli orari.", "2026-11-25"),
        ("Dimmi quelli che arrivano domani.", "2026-11-26"),
        ("Dopodomani, che è venerdì, mi elenchi le macchine in arrivo e i proprietari?", "2026-11-27"),
        ("Mi elenchi le macchine in arrivo dopodomani?", "2026-11-27"),
        ("Quali auto in arrivo abbiamo venerdì?", "2026-11-27"),
    ],
)
def test_those_coming_in_are_the_days_list(text: str, date: str) -> None:
    assert_parsed(parse_it(text), "day_appointments", {"date": date})


@pytest.mark.parametrize(
    "text",
    [
        "Manda un messaggio a quelli che passano oggi.",
        "Scrivi a quelli che arrivano domani che siamo in ritardo.",
    ],
)
def test_a_message_to_those_coming_is_refused(text: str) -> None:
    parsed = parse_it(text)
    assert parsed.intent is None and parsed.reason == "out_of_scope:campaign", text


def test_a_part_on_its_way_is_no_days_list() -> None:
    assert parse_it("La batteria in arrivo per la EB 674 SV.").intent != "day_appointments"
