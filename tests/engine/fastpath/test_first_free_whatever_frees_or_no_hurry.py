"""Set 45's bookings put in the first free slot: "appena si libera qualcosa, ficcala dentro tu" (it-ee15), whatever
frees up read as the first place freed; and "non ha fretta ma nemmeno tanta pazienza, dagli la prima data utile"
(it-ee16), how soon the customer needs it told, no negation nor condition. The same asked as a question ("appena si
libera qualcosa me lo dici?") may ask only to be told: said back, never written; "non prenotare …, non ha fretta"
still says no."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "La Panda della Rossi, AB 123 CD, deve fare il tagliando: appena si libera qualcosa, mettila dentro.",
        "Tagliando per la AB 123 CD, appena si libera qualcosa.",
        "La AB 123 CD deve fare il tagliando: quando si libera qualcosa, mettila dentro tu.",
    ],
)
def test_whatever_frees_up_is_the_first_free_slot(text: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "book", {"first_free": True, "service": "service"})
    assert p.careful is None, p.careful


@pytest.mark.parametrize(
    "text",
    [
        "La AB 123 CD deve fare il tagliando: appena si libera qualcosa me lo dici?",
        "La AB 123 CD deve fare il tagliando: appena si libera un posto la avvisi?",
    ],
)
def test_first_freed_asked_is_said_back(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.careful == "asked", (p.intent, p.reason, p.careful)


@pytest.mark.parametrize(
    "text",
    [
        "Cambio pastiglie per la Panda, AB 123 CD: non ha fretta ma nemmeno tanta pazienza, dagli la prima data utile.",
        "Tagliando per la Panda di Rossi, AB 123 CD: non ha fretta, dagli la prima data utile.",
        "Cambio pastiglie per la AB 123 CD: non c'è fretta ma neanche troppa calma, dagli il primo posto libero.",
    ],
)
def test_no_hurry_told_before_the_first_free_slot(text: str) -> None:
    assert_parsed(parse_it(text), "book", {"first_free": True})


@pytest.mark.parametrize(
    "text",
    [
        "Non prenotare la AB 123 CD, non ha fretta",
        "La AB 123 CD non ha fretta, ma spostala a venerdì alle 10",
    ],
)
def test_no_hurry_lifts_no_other_negation_or_condition(text: str) -> None:
    assert not parse_it(text).handled


def test_no_hurry_as_whisper_writes_it() -> None:
    text = "Cambio pastiglie per la Panda, AB 123 CD. Non affretta ma nemmeno tanta passienza, dai la prima data utile."
    assert_parsed(parse_it(text), "book", {"first_free": True})
