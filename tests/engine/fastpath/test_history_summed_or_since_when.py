"""A car's history asked as a summary of its works ("fammi un riepilogo dei lavori fatti sulla Clio") or as how
long since a job was last done ("da quanti mesi non le cambiamo l'olio?"): a read, never refused for the
"riepilogo" of the blockers nor for the "non" of how long since, and its verb ("cambiamo") no booking. Set 24 asked
both of the counter."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    "text",
    [
        "Mi fai un riepilogo dei lavori fatti sulla Clio di Bonetti, EB 417 KM?",
        "Dammi il resoconto degli interventi della Tipo, EB 417 KM.",
        "Fammi il riassunto di tutti i lavori della EB 417 KM.",
    ],
)
def test_a_summary_of_the_works_is_the_history(text: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "vehicle_history" and parsed.handled
    assert parsed.slots["plate"] == "EB417KM"


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("La Clio, EB 417 KM: da quanto tempo non gli facciamo il tagliando?", "service"),
        ("Da quanti anni non le cambiamo la batteria alla EB 417 KM?", "battery"),
        ("La Yaris grigia, EB 4 1 7 KM, da quanti mesi non le cambiamo l'olio?", "oil_change"),
    ],
)
def test_how_long_since_a_job_is_its_history(text: str, service: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "vehicle_history" and parsed.handled
    assert parsed.slots["plate"] == "EB417KM" and parsed.slots["service"]["key"] == service


@pytest.mark.parametrize(
    "text",
    [
        "Fammi il riepilogo delle vendite di novembre.",
        "Non le cambiamo l'olio alla Clio EB 417 KM.",
    ],
)
def test_other_summaries_and_plain_negations_stay_refused(text: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent is None and not parsed.handled


def test_the_oil_changed_in_the_present_is_an_oil_change() -> None:
    parsed = parse("Cambia l'olio alla Clio, EB 417 KM, domani alle 9.", language="it", today=TODAY)
    assert parsed.intent == "book" and parsed.slots["service"]["key"] == "oil_change"
