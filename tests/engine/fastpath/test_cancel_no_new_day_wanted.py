"""The call-off told with no new day wanted ("Carlevaris disdice: martedì 15 non può e per ora un'altra data non la
vuole", set 36; "non vuole un altro giorno"): why only the cancel is asked, no negation of it and no booking. With
no cancel asked it is no request."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Carlevaris disdice: martedì 15 non può e per ora un'altra data non la vuole. DC 719 BN.",
        "Carlevaris disdice martedì 15, non vuole un altro giorno per ora, DC 719 BN.",
        "Carlevaris martedì 15 non può, annulla la DC 719 BN, un nuovo appuntamento non lo vuole.",
    ],
)
def test_called_off_with_no_new_day(text: str) -> None:
    assert_parsed(parse_it(text), "cancel", {"plate": "DC719BN", "old_date": "2026-12-15"})


@pytest.mark.parametrize(
    "text",
    [
        "Carlevaris un'altra data non la vuole, DC 719 BN.",
        "Carlevaris non vuole un altro giorno.",
    ],
)
def test_no_new_day_alone_is_no_request(text: str) -> None:
    p = parse_it(text)
    assert not p.handled and p.intent is None, (p.intent, p.reason)
